"""Sanctions on trade: a ban, embargo or boycott on goods hits the goods' origin.

* :func:`goods_origins` — the party a ban, embargo or boycott on traded goods
  sanctions is where the goods come from: "a boycott of *Israel's* goods", "an
  embargo on *Iranian* oil", "its ban on imports from *the EU*".
* :func:`trade_ban` — a ban on traded goods is an embargo (CAMEO 163), not
  coercion: "China banned imports from Australia", "its ban on imports from the EU".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes

if TYPE_CHECKING:
    from spacy.tokens import Token

TRADED_GOODS = shipped_classes()["traded_goods"]
ORIGIN_MODIFIERS = frozenset(("poss", "amod", "compound", "nmod"))
BAN_PREPS = frozenset(("on", "against", "of"))


def _traded(token: Token) -> bool:
    return token.lemma_.lower() in TRADED_GOODS or token.lower_ in TRADED_GOODS


def goods_origins(objects: list[Token]) -> list[Token]:
    """Return where the traded goods among a sanction's objects come from.

    "Turkey called for a boycott of *French* goods": France; "a ban on Russian
    oil imports": the modifier of the compound's head counts too; "a ban on
    imports from the EU": the "from" phrase.
    """
    found: list[Token] = []
    for goods in (t for t in objects if _traded(t)):
        holders = [goods, *(c for c in goods.children if c.dep_ == "compound" and _traded(c))]
        for holder in holders:
            found.extend(
                c for c in holder.children if c.dep_ in ORIGIN_MODIFIERS and not _traded(c)
            )
        found.extend(
            pobj
            for prep in goods.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        )
    return found


def trade_ban(trigger: Token) -> bool:
    """Tell whether a ban's object is traded goods ("*banned* imports from Australia").

    The direct object of the verb, or the "on" object of the noun ("its *ban* on
    imports from the EU").
    """
    return any(
        _traded(obj)
        for child in trigger.children
        for obj in ([child] if child.dep_ == "dobj" else list(child.children))
        if child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in BAN_PREPS)
        if obj.dep_ in ("dobj", "pobj")
    )
