"""Find a body named by an "of" phrase: "the government of Venezuela", "the regime of X".

A state's government or military noun with "of <state>" is that state's body
(``GOVERNMENT_OF``, ``MILITARY_OF``), as "the Iranian government" is. A
government noun with "of <leader>" — "the administration of President Donald
Trump", "the military government of Prosper Avril" — is the leader's
government (``ADMINISTRATION_OF``), as "the Trump administration" is: the heads
are the words both of the ``government_nouns`` and the ``administration_nouns``
classes (administration, cabinet, government, regime), so "the team of X" or
"the officials of X" stay what they were. Titles may stand between "of" and
the name ("of *President* Donald Trump").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from kgraph.extract.mentions.actor_words import (
    ADMINISTRATION_NOUNS,
    GOVERNMENT_NOUNS,
    MILITARY_NOUNS,
    TITLE_WORDS,
)
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.extract.mentions.gazetteer import GazetteerEntry

STATE_BODY_HEADS = frozenset(("government", "regime", "military", "army"))
LEADER_BODY_HEADS = ADMINISTRATION_NOUNS & GOVERNMENT_NOUNS
# the words of the titles, one by one: "of *Prime Minister* X"
TITLE_PARTS = frozenset(w for title in TITLE_WORDS for w in title.split())

Lookup = Callable[[int, int], "GazetteerEntry | None"]


def of_phrase_bodies(
    doc: Doc, names: Sequence[tuple[int, int, str]], *, lookup: Lookup, taken: Sequence[bool]
) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, label) of each body noun whose "of" phrase is a state or a person.

    ``names`` are the (start, end, label) token spans of the names found so far
    (a spaCy label such as ``PERSON`` for a name the gazetteer does not know) and
    ``lookup`` gives the gazetteer entry of a token span.
    """
    for tok in doc:
        word = tok.lower_
        if taken[tok.i] or (word not in STATE_BODY_HEADS and word not in LEADER_BODY_HEADS):
            continue
        for start, end, name_label in _of_names(tok, names):
            entry = lookup(start, end)
            kind = entry.type if entry is not None else None
            if kind is ActorType.STATE and word in STATE_BODY_HEADS:
                yield tok.i, end, "MILITARY_OF" if word in MILITARY_NOUNS else "GOVERNMENT_OF"
            elif word in LEADER_BODY_HEADS and (
                kind is ActorType.PERSON or (entry is None and name_label == "PERSON")
            ):
                yield tok.i, end, "ADMINISTRATION_OF"


def _of_names(tok: Token, names: Sequence[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Yield the name spans that open the "of" phrase of ``tok``, after titles if any."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            hit = next((n for n in names if n[0] <= pobj.i < n[1]), None)
            if hit is None:
                continue
            between = tok.doc[prep.i + 1 : hit[0]]
            if all(t.lower_ in TITLE_PARTS for t in between):
                yield hit
