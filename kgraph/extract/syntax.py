"""Readings of the dependency parse that every stage of extraction shares."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def infinitive_marker(verb: Token) -> Token | None:
    """Return the "to" that marks a verb as an infinitive ("urged Iran *to* stop"), else None."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
