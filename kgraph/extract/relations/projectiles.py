"""Read an attack told by a projectile sent at a side: "Iran launched missiles at Israel".

A verb of launching (the ``launching_verbs`` class: fire, launch, lob …) with a
projectile as its object (the ``projectile_nouns`` class: missile, rocket, drone …)
and a phrase of direction ("at", "into", "against", "on") attacks what the phrase
names: "Hezbollah fired rockets *into* Israel". Only a projectile: "launched an
investigation into X", "launched sanctions against Y" attack no one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of
from kgraph.extract.relations.arguments import Candidate, resolve_all, verb_subjects
from kgraph.extract.relations.objects import pair_candidates, prep_objects
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import Actor, ActorIndex

LAUNCHING_VERBS = shipped_classes()["launching_verbs"]
PROJECTILE_NOUNS = shipped_classes()["projectile_nouns"]
WATER_WORDS = shipped_classes()["water_words"]
# not "toward": a missile fired toward Japan may land in the sea, a show of force
DIRECTIONS = frozenset(("at", "into", "against", "on"))
STRENGTH = 0.75


def _waters(actor: Actor) -> bool:
    """Tell whether a place is a sea or other water: a missile fired into it hits no one.

    "North Korea fired a ballistic missile into the Sea of Japan" is a test or a
    show of force, not an attack on the sea.
    """
    return actor.type is ActorType.LOCATION and any(
        word in WATER_WORDS for word in actor.label.lower().split()
    )


def projectile_attacks(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the attack of a projectile launched at a side ("fired rockets into Israel")."""
    if lemma_of(verb) not in LAUNCHING_VERBS:
        return
    shots = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PROJECTILE_NOUNS]
    if not shots:
        return
    targets = prep_objects(verb, DIRECTIONS) + [
        t for s in shots for t in prep_objects(s, DIRECTIONS)
    ]
    objects = [a for a in resolve_all(targets, actors, hops=2) if not _waters(a.actor)]
    if not objects:
        return
    subj_tokens, hops = verb_subjects(verb)
    subjects = resolve_all(subj_tokens, actors, hops=hops)
    yield from pair_candidates("attacks", subjects, objects, verb, verb, STRENGTH)
