"""Yielding to a party: letting it act (CAMEO 08).

* :func:`infinitive_subjects` — "X allowed Y to V" is read by the parser as a clause
  "Y to V" with Y its subject; Y is the verb's object all the same: "the court
  *allowed the senator to stand* for re-election", "the ministry *permitted the
  union to hold* its congress" (``yieldsTo`` Y).
* :func:`withdrawn_from` — the place a withdrawal leaves is its own argument: in
  "demanded the withdrawal of the troops *from* Kosovo" Kosovo is asked nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.lexicon.triggers import noun_trigger
from kgraph.extract.syntax import infinitive_marker

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset(("nsubj",))
# a party named, not a thing or an event ("allowed Haiti's elections to take place")
PARTY_ENTS = frozenset(("PERSON", "ORG", "NORP", "GPE"))


def infinitive_subjects(clause: Token) -> list[Token]:
    """Return the subject of an infinitive clause the parser hung as a complement.

    In "the court allowed the senator to stand" the parser makes "the senator" the
    subject of "stand" (a ``ccomp`` with "to"): it is the one allowed. Only a party
    named counts: "resigned to allow *the elections* to take place" lets no one act.
    """
    if clause.dep_ != "ccomp" or clause.tag_ != "VB":
        return []
    if not infinitive_marker(clause) is not None:
        return []
    return [
        c
        for c in clause.children
        if c.dep_ in SUBJECT_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTS)
    ]


FROM = frozenset(("from",))
NONE: frozenset[str] = frozenset()


def withdrawn_from(noun: Token) -> frozenset[str]:
    """Return {"from"} for a noun of withdrawal, whose "from" phrase is the place left."""
    trig = noun_trigger(noun.lemma_.lower())
    return FROM if trig is not None and trig.predicate == "withdrawsFrom" else NONE
