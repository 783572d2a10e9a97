"""Read an act told by a gerund the parser took for a noun, with its direct object.

"Russian jets bombing Aleppo were shot down": en_core_web_md tags *bombing* as a
noun modifying *jets* (``acl``) with *Aleppo* as its ``dobj``, so neither the verb
reading (the lemma is the noun's) nor the nominal one (it takes objects from
prepositions) sees the pair. A noun trigger with a direct object is an act: its doer
is the noun it modifies, or the modifier before it ("the coalition bombing the
Houthis").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.triggers import noun_trigger
from kgraph.extract.relations.arguments import Candidate, resolve_all
from kgraph.extract.relations.objects import admissible, pair_candidates

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex


def gerund_doers(gerund: Token) -> list[Token]:
    """Return the doer of a gerund that governs an object: the noun it modifies, or its modifier.

    "jets bombing Aleppo" (``acl``) → jets; "the coalition bombing the Houthis"
    (*coalition* a ``compound`` of *bombing*) → coalition.
    """
    if gerund.dep_ == "acl" and gerund.head.pos_ in ("NOUN", "PROPN"):
        return [gerund.head]
    return [c for c in gerund.children if c.dep_ == "compound" and c.i < gerund.i]


def gerund_candidates(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the act of a noun-tagged gerund with an object ("Russian jets bombing Aleppo")."""
    if not noun.lower_.endswith("ing"):
        return
    objs = [c for c in noun.children if c.dep_ == "dobj"]
    if not objs:
        return
    trig = noun_trigger(noun.lemma_.lower(), None)
    if trig is None:
        return
    subjects = resolve_all(gerund_doers(noun), actors, hops=2)
    objects = admissible(trig.predicate, resolve_all(objs, actors, hops=1))
    yield from pair_candidates(trig.predicate, subjects, objects, noun, noun, trig.strength)
