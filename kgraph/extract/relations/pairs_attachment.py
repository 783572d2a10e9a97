"""A direct object the parser hung on the wrong verb.

In "urged him to press the regime to cease airstrikes against X" spaCy may
attach *airstrikes* to *press*, which then has two direct objects, the second
after the "to" clause that should hold it. The noun belongs to that inner verb
("cease"), whose subject is the regime, not the one pressing.

In "condemns in the strongest terms the attack on X" the object may be read as an
apposition of *terms* (:func:`objects_after_manner`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.syntax import infinitive_marker

if TYPE_CHECKING:
    from spacy.tokens import Token

INNER_CLAUSES = ("xcomp", "advcl")
MANNER_NOUNS = shipped_classes()["manner_nouns"]


def displaced_object_verb(noun: Token) -> Token | None:
    """Return the inner verb a second direct object belongs to, or None.

    "The envoy pressed the junta to halt at once airstrikes on the rebels":
    *airstrikes*, parsed as a second object of *pressed*, is halted by the junta.
    The noun must come after another direct object of the same verb and after
    an infinitive clause of that verb that has no object of its own.
    """
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children):
        return None
    for inner in verb.children:
        if (
            inner.dep_ in INNER_CLAUSES
            and inner.pos_ == "VERB"
            and inner.i < noun.i
            and infinitive_marker(inner) is not None
            and not any(c.dep_ == "dobj" for c in inner.children)
        ):
            return inner
    return None


def objects_after_manner(prep: Token) -> list[Token]:
    """Return the objects the parser joined to a manner phrase: "condemns *in the strongest
    terms* both the attack and …" (the attack read as an apposition of *terms*)."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    return [
        a
        for p in prep.children
        if p.dep_ == "pobj" and p.lemma_.lower() in MANNER_NOUNS
        for a in p.children
        if a.dep_ == "appos" and a.i > p.i
    ]
