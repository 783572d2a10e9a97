"""Readings of the dependency parse that every stage of extraction shares."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def infinitive_marker(verb: Token) -> Token | None:
    """Return the "to" that marks a verb as an infinitive ("urged Iran *to* stop"), else None."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


HYPHENS = frozenset(("-", "–", "—"))


def hyphen_partners(token: Token) -> list[Token]:
    """Return the words joined to ``token`` by hyphens before it, then ``token`` itself.

    In "the US-China talks" the parser hangs "US" under "China" with the hyphen
    between them; both name a side of the talks.

    >>> import spacy
    >>> doc = spacy.blank("en")("US - China")
    >>> doc[0].head, doc[0].dep_, doc[1].head = doc[2], "compound", doc[2]
    >>> [t.text for t in hyphen_partners(doc[2])]
    ['US', 'China']
    """
    out = [token]
    node = token
    while node.i >= 2 and node.doc[node.i - 1].text in HYPHENS:
        left = node.doc[node.i - 2]
        if left.head != node or left.dep_ not in ("compound", "amod", "nmod"):
            break
        out.insert(0, left)
        node = left
    return out
