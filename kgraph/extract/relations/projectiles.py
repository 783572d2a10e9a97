"""Read an attack told by a projectile sent at a side: "Iran launched missiles at Israel".

* :func:`projectile_attacks` — a verb of launching (the ``launching_verbs`` class:
  fire, launch, lob, throw …) with a projectile as its object (the
  ``projectile_nouns`` class: missile, rocket, drone …) and a phrase of direction
  ("at", "into", "against", "on") attacks what the phrase names: "Hezbollah fired
  rockets *into* Israel". Only a projectile: "launched an investigation into X",
  "launched sanctions against Y" attack no one.
* :func:`detonation_attacks` — a bomb set off where a side is (the
  ``detonating_verbs`` class with a projectile or an explosive, the
  ``explosive_nouns`` class) attacks it: "al-Shabaab *detonated a car bomb near* a
  Somali army checkpoint", "a bomber *blew himself up at* a Nigerian army base".
* :func:`weapon_relatives` — a weapon fired, planted or set off that a relative
  clause tells harming someone is the doer's act: "Hamas *fired a rocket that
  killed* two Israeli soldiers" → Hamas kills them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of
from kgraph.extract.relations.antecedents import force_predicate
from kgraph.extract.relations.arguments import Argument, Candidate, resolve_all, verb_subjects
from kgraph.extract.relations.objects import pair_candidates, prep_objects, subject_pairs
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import Actor, ActorIndex

LAUNCHING_VERBS = shipped_classes()["launching_verbs"]
PROJECTILE_NOUNS = shipped_classes()["projectile_nouns"]
WATER_WORDS = shipped_classes()["water_words"]
DETONATING_VERBS = shipped_classes()["detonating_verbs"]
EXPLOSIVE_NOUNS = shipped_classes()["explosive_nouns"] | PROJECTILE_NOUNS
REFLEXIVES = frozenset(("himself", "herself", "themselves"))
# not "toward": a missile fired toward Japan may land in the sea, a show of force
DIRECTIONS = frozenset(("at", "into", "against", "on"))
# where a bomb goes off: at the side's place, or beside it
BLAST_PLACES = frozenset(("at", "near", "outside", "inside", "against", "on", "under", "beside"))
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
    yield from subject_pairs("attacks", verb, objects, actors, STRENGTH)


def _sets_off(verb: Token) -> bool:
    """Tell whether a verb sets off or plants an explosive: "detonated", "set off", "blew up"."""
    lemma = lemma_of(verb)
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in DETONATING_VERBS or any(f"{lemma} {p}" in DETONATING_VERBS for p in particles)


def _detonating(verb: Token) -> list[Token]:
    """Return what a verb sets off: "detonated *a bomb*", "blew *himself* up"."""
    if not _sets_off(verb):
        return []
    lemma = lemma_of(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "blow":
        return [o for o in objects if o.lower_ in REFLEXIVES]
    return [o for o in objects if o.lemma_.lower() in EXPLOSIVE_NOUNS]


def detonation_attacks(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the attack of a bomb set off at or near a side ("detonated a bomb near X").

    A blast place that is no actor ("near a market") gives nothing.
    """
    bombs = _detonating(verb)
    if not bombs:
        return
    places = prep_objects(verb, BLAST_PLACES) + [
        t for b in bombs for t in prep_objects(b, BLAST_PLACES)
    ]
    objects = resolve_all(places, actors, hops=2)
    if not objects:
        return
    yield from subject_pairs("attacks", verb, objects, actors, STRENGTH)


def weapon_relatives(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Hamas fired a rocket that killed two soldiers": Hamas kills the soldiers.

    The weapon is the object of a verb of launching, setting off or planting; the
    relative clause on it, with the weapon as its subject, is an act of force whose
    object the verb's subject does it to.
    """
    if lemma_of(verb) not in LAUNCHING_VERBS and not _sets_off(verb):
        return
    weapons = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EXPLOSIVE_NOUNS]
    clauses = [
        r
        for w in weapons
        for r in w.children
        if r.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in r.children)
    ]
    subjects: list[Argument] = []
    for clause in clauses:
        predicate = force_predicate(clause)
        if predicate is None:
            continue
        if not subjects:
            subj_tokens, hops = verb_subjects(verb)
            subjects = resolve_all(subj_tokens, actors, hops=hops)
        harmed = [c for c in clause.children if c.dep_ == "dobj"]
        objects = resolve_all(harmed, actors, hops=2)
        yield from pair_candidates(predicate, subjects, objects, clause, clause, STRENGTH)


def projectile_candidates(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the attacks of projectiles and explosives a verb sends or sets off."""
    yield from projectile_attacks(verb, actors)
    yield from detonation_attacks(verb, actors)
    yield from weapon_relatives(verb, actors)
