"""Force whose target the parse puts beyond the verb's object (CAMEO 18–19).

* :func:`struck_places` — a strike on generic targets in a place strikes the place:
  "jets *struck targets in* Idlib", "artillery *shelled positions in* Kharkiv",
  "tanks *fired shells at sites in* Nablus" (the ``struck_place_nouns`` class).
* :func:`fire_purposes` — "police *opened fire to disperse* the marchers", "troops
  *opened fire to stop* the convoy": a verb–noun combination of fighting that names
  no target of its own aims at the one its purpose clause acts on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of, noun_trigger, verb_trigger_at
from kgraph.extract.relations.arguments import Candidate, resolve_all, verb_subjects
from kgraph.extract.relations.objects import pair_candidates, pobjs_of, subject_pairs
from kgraph.extract.syntax import infinitive_marker
from kgraph.model import ActorType
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

FIGHTING = frozenset(("fightsAgainst", "attacks"))
STRIKING: frozenset[Predicate] = frozenset(("fightsAgainst", "attacks", "targets"))
STRUCK_PLACES = shipped_classes()["struck_place_nouns"]
LAUNCHING_VERBS = shipped_classes()["launching_verbs"]
PROJECTILE_NOUNS = shipped_classes()["projectile_nouns"]
AIMING_PREPS = frozenset(("at", "on", "against"))
IN = frozenset(("in", "inside"))
PLACES = frozenset((ActorType.LOCATION, ActorType.STATE))
NAMED = 0.85  # the quality of an argument read from the word itself, not a modifier or phrase
TARGET_PREPS = frozenset(("on", "at", "against", "into", "upon"))
STRENGTH = 0.6


def _fire_noun(verb: Token) -> Token | None:
    """Return the noun of a fighting combination the verb governs: "opened *fire*"."""
    governor = lemma_of(verb)
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        trig = noun_trigger(child.lemma_.lower(), governor)
        if trig is not None and trig.predicate in FIGHTING:
            return child
    return None


def _has_target(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in token.children)


def _purpose_objects(verb: Token) -> list[Token]:
    """Return the objects of the verb's purpose clauses: "… *to disperse the crowd*"."""
    return [
        o
        for clause in verb.children
        if clause.dep_ in ("advcl", "xcomp") and infinitive_marker(clause) is not None
        for o in clause.children
        if o.dep_ == "dobj"
    ]


def fire_purposes(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield fighting against the one a purpose clause of "opened fire" acts on."""
    noun = _fire_noun(verb)
    if noun is None or _has_target(verb) or _has_target(noun):
        return
    targets = _purpose_objects(verb)
    if not targets:
        return
    objects = [
        o for o in resolve_all(targets, actors, hops=2) if o.actor.type is not ActorType.LOCATION
    ]
    subj_tokens, hops = verb_subjects(verb)
    subjects = resolve_all(subj_tokens, actors, hops=hops)
    yield from pair_candidates("fightsAgainst", subjects, objects, verb, noun, STRENGTH)


def _strike_predicate(verb: Token) -> Predicate | None:
    """Return the predicate of a verb of striking, or of launching a projectile."""
    trig = verb_trigger_at(verb)
    if trig is not None:
        for predicate in STRIKING:
            if trig.predicate == predicate:
                return predicate
    if lemma_of(verb) in LAUNCHING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PROJECTILE_NOUNS for c in verb.children
    ):
        return "attacks"  # "fired shells at targets in Y"
    return None


def _places_of(generic: Token) -> list[Token]:
    """Return the places an "in" phrase gives a generic target: "positions *in Kharkiv*"."""
    if generic.lemma_.lower() not in STRUCK_PLACES:
        return []
    return pobjs_of(generic, IN)


def _owned(generic: Token, actors: ActorIndex) -> bool:
    """Tell whether a generic target names an owner that is no place ("*Hamas* positions")."""
    for child in generic.children:
        if child.dep_ in ("compound", "poss", "nmod"):
            owner = actors.actor_at(child.i)
            if owner is not None and owner.type not in PLACES:
                return True
    return False


def struck_places(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield a strike on the place where the generic targets it struck lie."""
    predicate = _strike_predicate(verb)
    if predicate is None:
        return
    generics = [c for c in verb.children if c.dep_ == "dobj"]
    generics += pobjs_of(verb, AIMING_PREPS)
    # "bombed Hamas positions in Gaza": targets an actor owns are its, not the place's
    generics = [g for g in generics if not _owned(g, actors)]
    places = [p for g in generics for p in _places_of(g)]
    if any(g.lemma_.lower() in STRUCK_PLACES for g in generics):
        places += pobjs_of(verb, IN)  # "struck targets in Gaza" with "in" on the verb
    if not places:
        return
    objects = [
        o
        for o in resolve_all(places, actors, hops=2)
        # a place named itself ("targets in areas abandoned by X" strikes no X)
        if o.actor.type in PLACES and o.quality >= NAMED
    ]
    yield from subject_pairs(predicate, verb, objects, actors, STRENGTH)
