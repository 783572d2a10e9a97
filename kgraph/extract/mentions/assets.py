"""Find the military assets a strike hits and the strikes that stand for their force.

Military reports name what a strike destroyed rather than who owned it: "15
strikes engaged five ISIL tactical units and destroyed a weapons cache". The
assets are the targets of the act, so they become unnamed group actors
labelled by their phrase ("ISIL tactical units", "a weapons cache" → "weapons
cache"); an asset counts only as the object of an act of force (a verb such
as "destroy", "engage", "strike", or "strikes against …"), so "a vehicle"
in any other role stays a plain word. A bare "strikes" / "airstrikes" that is the
subject of such an act stands for the force that flew them (the nearest
military body named before, else the publisher: see
:mod:`kgraph.extract.actors`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.mentions.actor_words import DROP_MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Token

ASSET_LABEL = "ASSET"
STRIKES_LABEL = "STRIKES"
# head nouns of the equipment, positions and facilities a strike report lists
ASSET_HEADS = shipped_classes()["asset_heads"]
# verbs of force whose direct object is the thing hit
FORCE_VERBS = shipped_classes()["asset_force_verbs"]
STRIKE_NOUNS = shipped_classes()["strike_nouns"]
_AGAINST = frozenset({"against", "on"})


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    return "destroy" if lemma == "destroye" else lemma


def is_asset(tok: Token) -> bool:
    """Tell whether a noun names equipment hit by an act of force ("destroyed two vehicles")."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in ASSET_HEADS or tok.dep_ == "compound":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "shelled positions of the rebels": the "of" phrase names the one hit
    head = tok
    # a list the parser reads as an apposition: "destroyed three buildings, two vehicles, …"
    while head.head.i != head.i and (
        head.dep_ == "conj" or (head.dep_ == "appos" and _lemma(head.head) in ASSET_HEADS)
    ):
        head = head.head
    governor = head.head
    if head.dep_ == "dobj":
        return _lemma(governor) in FORCE_VERBS
    if head.dep_ == "pobj" and governor.lower_ in _AGAINST:
        return _lemma(governor.head) in STRIKE_NOUNS
    return False


def asset_spans(tokens: list[Token], taken: list[bool]) -> Iterator[tuple[int, int]]:
    """Yield (start, end) token spans of assets: the noun with its modifiers, no article.

    A name before the noun ("ISIL vehicle") is left to its own mention; the actor
    stage puts it back into the label.
    """
    for tok in tokens:
        if taken[tok.i] or not is_asset(tok):
            continue
        start = tok.left_edge.i
        for i in range(start, tok.i):
            if taken[i] or (tokens[i].is_punct and tokens[i].text != "-"):
                start = i + 1
        while start < tok.i and (
            tokens[start].lower_ in DROP_MODIFIERS
            or tokens[start].like_num
            or tokens[start].pos_ in ("DET", "NUM", "PRON")
        ):
            start += 1
        yield start, tok.i + 1


def striker_tokens(tokens: list[Token], taken: list[bool]) -> Iterator[int]:
    """Yield bare "strikes" that are the subject of an act of force ("3 strikes destroyed …")."""
    for tok in tokens:
        if taken[tok.i] or _lemma(tok) not in STRIKE_NOUNS or tok.dep_ != "nsubj":
            continue
        if _lemma(tok.head) not in FORCE_VERBS:
            continue
        if any(taken[c.i] or c.dep_ == "poss" for c in tok.children):
            continue  # "U.S. strikes", "its strikes": the modifier names the force
        yield tok.i
