"""Where the owner of an effort noun stands when the noun has none of its own.

An effort noun ("effort", "campaign", "operation", ...) whose infinitive names
an act ("the campaign *to defeat* X") takes the act's doer from its possessor,
its modifier or the verb that governs it (:func:`kgraph.extract.relations.arguments.verb_subjects`).
Two further places hold that doer:

* another effort noun the campaign sits in: "X is leading efforts *in the
  campaign* to defeat Y" — the outer noun's owner runs the inner campaign;
* a name the noun is in apposition to: "NATO launched Operation Eagle, *the
  operation* to destroy the rebels" — the named operation.

These helpers only walk the tree; the caller reads the agents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.syntax import infinitive_marker

if TYPE_CHECKING:
    from spacy.tokens import Token

# the prepositions that put one effort inside another: "efforts *in* the campaign"
INNER_PREPS = frozenset(("in", "within"))


def is_infinitive(verb: Token) -> bool:
    """Return True for a bare infinitive with "to" and no subject of its own ("to defeat X")."""
    return (
        verb.tag_ == "VB"
        and infinitive_marker(verb) is not None
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def outer_effort(noun: Token, efforts: frozenset[str]) -> Token | None:
    """Return the effort noun another one sits in, or None.

    "The rebels are leading efforts in the campaign to oust the junta": the
    campaign is inside "efforts", whose owner (the rebels) runs it.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in INNER_PREPS:
        return None
    outer = prep.head
    if outer.pos_ == "NOUN" and outer.lemma_.lower() in efforts:
        return outer
    return None


def named_operation(noun: Token) -> Token | None:
    """Return the name an effort noun is in apposition to, or None.

    "NATO launched Operation Eagle, the operation to destroy the rebels": the
    operation to destroy them is Operation Eagle.
    """
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return None


def auxiliary_subjects(verb: Token) -> list[Token]:
    """Return subjects the parser hung on the verb's auxiliary instead of the verb.

    "Kurdish fighters are leading efforts to defeat the rebels" is sometimes
    parsed with *fighters* under *are*; the subject is the verb's all the same.
    """
    return [
        s
        for aux in verb.children
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i
        for s in aux.children
        if s.dep_ == "nsubj"
    ]
