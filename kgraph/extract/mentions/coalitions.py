"""Find and resolve unnamed coalitions: "the coalition", "Coalition military forces".

News about a war against one adversary calls the alliance fighting it simply
"the coalition" ("the U.S.-led coalition", "coalition aircraft", "Coalition
nations"). The gazetteer records such coalitions with their adversary
(``foe``); a coalition phrase is that coalition only when its adversary is an
actor of the same document, so "the governing coalition collapsed" in a text
about parliament stays unresolved.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.mentions.actor_words import COALITION_MEMBERS

LEADING = shipped_classes()["leading_words"]
COALITION_WORD = "coalition"

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kgraph.extract.mentions.gazetteer import Gazetteer, GazetteerEntry


def coalition_spans(
    tokens: list[Token], lower: list[str], taken: list[bool]
) -> list[tuple[int, int]]:
    """Return the token spans of coalition phrases not yet part of another mention.

    The span takes the modifiers before "coalition" ("the global", "U.S.-led") and,
    when "coalition" modifies a member noun ("Coalition military forces", "coalition
    aircraft"), that noun too.
    """
    out: list[tuple[int, int]] = []
    for tok in [tokens[i] for i, w in enumerate(lower) if w == COALITION_WORD]:
        if tok.pos_ not in ("NOUN", "PROPN") or taken[tok.i]:
            continue
        end = tok.i + 1
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in COALITION_MEMBERS:
            end = tok.head.i + 1
            if any(taken[tok.i + 1 : end]):
                continue
        start = tok.i
        while start > 0 and tokens[start - 1].head.i in (tok.i, end - 1):
            prev = tokens[start - 1]
            if prev.dep_ not in ("amod", "compound", "npadvmod", "punct") or taken[prev.i]:
                break
            start -= 1
        while start < tok.i and tokens[start].is_punct:
            start += 1
        out.append((start, end))
    return out


def led_compound(token: Token) -> bool:
    """Tell whether one token joins a leader's name to "-led"/"-backed": "U.S.-led".

    The tokenizer keeps "U.S.-led" whole (it ends an abbreviation), so the name is
    no mention of its own: the word is a modifier of what follows ("the U.S.-led
    coalition"), not a place or state acting.
    """
    name, dash, rest = token.text.rpartition("-")
    return bool(name and dash) and rest.lower() in LEADING


def led_coalition_label(span: Span) -> str | None:
    """Return "Saudi-led coalition" for a coalition phrase named after its leader, else None.

    The leader's name is a mention of its own ("Saudi"), outside the span.
    """
    root = span.root
    for mod in root.children:
        if mod.dep_ == "amod" and mod.lemma_.lower() in LEADING and mod.i < root.i:
            names = [c for c in mod.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            if names:
                start = names[0].left_edge.i
                return span.doc[start : root.i + 1].text
    return None


def coalition_entry(gazetteer: Gazetteer, linked: Iterable[str]) -> GazetteerEntry | None:
    """Return the coalition against one of the ``linked`` gazetteer labels of a document."""
    return gazetteer.coalition_against(set(linked))
