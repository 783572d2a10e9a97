"""Read a telephone call told by a bare verb of calling: "Macron *called* Zelensky".

PETRARCH's CAMEO dictionary codes a bare "call" as a consultation by telephone
(041). The verb is read only with a party as its bare direct object and nothing
that makes it another verb: "called Putin *a killer*" and "called him *weak*" name
(``oprd``), "called Iran *to stop*" asks (an appeal, read by the object-control
rules), "called *for* sanctions" and "called *on* X" demand and appeal (the
lexicon's phrases), "a group *called* Hamas" is a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of
from kgraph.extract.relations.arguments import Candidate, is_passive, resolve_all
from kgraph.extract.relations.objects import subject_pairs
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

CALLING_VERBS = shipped_classes()["calling_verbs"]
# a naming complement, an inner clause, a particle or second object: another verb
OTHER_READINGS = frozenset(("oprd", "xcomp", "ccomp", "acomp", "attr", "prt", "dative", "mark"))
DEMANDING_PREPS = frozenset(("for", "off"))
STRENGTH = 0.6


def telephone_calls(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the call a verb of calling states with a party as its bare object."""
    if lemma_of(verb) not in CALLING_VERBS or (verb.tag_ == "VBG" and verb.dep_ == "amod"):
        return
    if is_passive(verb):
        return  # "a group called Hamas", "was called a traitor"
    children = list(verb.children)
    if any(
        c.dep_ in OTHER_READINGS or (c.dep_ == "prep" and c.lower_ in DEMANDING_PREPS)
        for c in children
    ):
        return
    objs = [c for c in children if c.dep_ == "dobj"]
    if not objs:
        return
    objects = [
        o
        for o in resolve_all(objs, actors)
        # a person or body named as the object, not a place nor an actor read through a
        # modifier ("called the Russian strike")
        if o.quality >= 0.75 and o.actor.type not in (ActorType.LOCATION, ActorType.STATE)
    ]
    if not objects:
        return
    yield from subject_pairs("consultsWith", verb, objects, actors, STRENGTH)
