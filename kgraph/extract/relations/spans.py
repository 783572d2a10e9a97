"""Find the mention an argument was read from, for the relation's subject and object spans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.model import Actor, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Token


def mention_span(actor: Actor, start: int, end: int, text: str) -> TextSpan:
    """Return the actor's narrowest mention holding ``[start, end)``, else that stretch itself.

    A mention that only overlaps the stretch is taken when none holds it (a
    relative pronoun read through its antecedent, a name split by the parser).
    """
    holding = [m for m in actor.mentions if m.start <= start and end <= m.end]
    overlapping = [m for m in actor.mentions if m.start < end and start < m.end]
    found = holding or overlapping
    if not found:
        return TextSpan(text, start, end)
    best = min(found, key=lambda m: (m.end - m.start, m.start))
    return TextSpan(best.text, best.start, best.end)


def token_span(actor: Actor, token: Token) -> TextSpan:
    """Return the mention of ``actor`` that the parse token ``token`` belongs to."""
    return mention_span(actor, token.idx, token.idx + len(token.text), token.text)
