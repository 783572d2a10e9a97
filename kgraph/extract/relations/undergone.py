"""Read an attack told from the side of the one attacked: "X came under fire from Y".

* :func:`undergone_force` — a verb whose subject undergoes what its object or
  "under" phrase names (the ``undergoing_verbs`` class: come, face, receive,
  suffer, take …) with a noun of force or of fire (the ``fire_nouns`` class): "the
  convoy *came under fire from* Taliban militants", "Israel *suffered* a rocket
  *attack from* Hamas", "Ukrainian troops *faced* attacks *by* Russian forces",
  "Iraqi forces *received* machine gun *fire from* ISIL fighters", "the city
  *weathered* bombing campaigns *by* the rebels" (a noun whose modifier is the
  attack), "*endured* a wave *of* attacks *by* the rebels" → the doer
  attacks the subject. The doer is the "from" or "by" phrase of the noun or the
  verb, else a modifier of the noun ("came under *Russian* shelling").

"Fire" and "attack" are also figures of speech: "the minister *came under fire from*
lawmakers", "faced attacks from critics" are criticism (``criticizes``), unless a
side is armed (a military or an armed group) or a weapon names the fire ("machine
gun fire", "a rocket attack"). "Received criticism from X", "faced questions from
X" name no force: nothing is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of
from kgraph.extract.relations.antecedents import force_predicate
from kgraph.extract.relations.arguments import Candidate, resolve, resolve_all, verb_subjects
from kgraph.extract.relations.objects import pair_candidates, prep_objects
from kgraph.model import ActorType
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

UNDERGOING_VERBS = shipped_classes()["undergoing_verbs"]
FIRE_NOUNS = shipped_classes()["fire_nouns"]
DOER_PREPS = frozenset(("from", "by"))
NOUN_MODS = frozenset(("compound", "amod", "nmod", "poss"))
STRENGTH = 0.75
# nouns also used figuratively: "came under fire from lawmakers"
FIGURATIVE = shipped_classes()["figurative_attack_nouns"]
ARMED = frozenset((ActorType.MILITARY, ActorType.ARMED_GROUP))


def _force_noun(verb: Token) -> Token | None:
    """Return the noun of force a verb of undergoing governs: "came *under fire*"."""
    holders = [verb] + [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"]
    for holder in holders:
        for child in holder.children:
            if child.dep_ not in ("dobj", "pobj"):
                continue
            if _of_force(child) or any(
                c.dep_ == "compound" and _of_force(c) for c in child.children
            ):
                return child  # "came under fire", "weathered bombing campaigns by X"
            inner = [
                o
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj" and _of_force(o)
            ]
            if inner:
                return inner[0]  # "endured a wave of missile attacks by X"
    return None


def _of_force(noun: Token) -> bool:
    """Tell whether a noun names fire or an attack: "fire", "shelling", "a raid"."""
    return noun.lemma_.lower() in FIRE_NOUNS or force_predicate(noun) in ("attacks", "targets")


def undergone_force(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "the convoy came under fire from Taliban militants": the Taliban attack it."""
    if lemma_of(verb) not in UNDERGOING_VERBS:
        return
    noun = _force_noun(verb)
    if noun is None:
        return
    doers = resolve_all(prep_objects(noun, DOER_PREPS) or prep_objects(verb, DOER_PREPS), actors)
    if not doers:  # "came under Russian shelling"
        mods = [c for c in noun.children if c.dep_ in NOUN_MODS]
        doers = [a for c in mods if (a := resolve(c, actors, hops=2)) is not None]
    subj_tokens, hops = verb_subjects(verb)
    victims = resolve_all(subj_tokens, actors, hops=hops)
    literal = (
        noun.lemma_.lower() not in FIGURATIVE
        or any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" for c in noun.children)
        or any(a.actor.type in ARMED for a in (*doers, *victims))
    )
    predicate: Predicate = "attacks" if literal else "criticizes"
    yield from pair_candidates(predicate, doers, victims, noun, noun, STRENGTH)
