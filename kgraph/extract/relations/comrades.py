"""Fighting beside a partner: military cooperation with it (CAMEO 062).

* :func:`fought_alongside` — the side an act of force is done beside is a
  partner in it, no foe, and fights the foe too: "Hezbollah is fighting *alongside* the Syrian army
  against Islamic State", "Kurdish fighters fought *side by side with* American
  troops", "French troops fought *together with* Malian soldiers", "Hezbollah
  fought *on the side of* the government"; coordinated sides that fight
  *together* cooperate with each other, and so does a side set off beside the
  subject ("X, *together with* Y, is working to defeat Z")
  (:func:`kgraph.extract.relations.objects.comrade` keeps the partner out of the
  act's targets).
* :func:`joined_forces` — "X *joined forces with* Y": cooperation (CAMEO 050).
* :func:`joined_in` — "X *joined* Y *in* attacking Z": Y attacks Z too, and X,
  doing so with Y, cooperates with it militarily; "Turkey joined the United
  States in condemning the attack": the United States condemned it too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.triggers import lemma_of, verb_trigger_at
from kgraph.extract.relations.arguments import Candidate, resolve_all, verb_subjects
from kgraph.extract.relations.constructions import co_subjects
from kgraph.extract.relations.objects import (
    FORCE_PREDICATES,
    admissible,
    comrade,
    pair_candidates,
    pobjs_of,
    prep_objects,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

PARTNER_PREPS = frozenset(("alongside", "with", "of"))
JOINED_FORCES = frozenset(("forces", "hands"))  # "joined forces with X"
WITH = frozenset(("with",))
COMPANION_ADVERBS = frozenset(("together", "along", "jointly"))  # "X, together with Y, …"
STRENGTH = 0.75


def _partners(verb: Token) -> list[Token]:
    """Return the words of the sides the verb's act is done beside."""
    holders = [
        verb,
        *(c for c in verb.children if c.lower_ == "together" or c.lower_ == "shoulder"),
    ]
    sides = [  # "on the side of X", "on X's side"
        side
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for side in prep.children
        if side.lemma_.lower() == "side"
    ]
    holders += [p for side in sides for p in side.children if p.lower_ == "of"]
    words = [c for side in sides for c in side.children if c.dep_ == "poss"]
    words += [
        pobj
        for holder in holders
        for prep in (holder, *holder.children)
        if prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return [w for w in words if comrade(w)]


def _companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """Return the sides set off beside a subject: "X, *together with* Y, fought Z"."""
    withs = [
        prep
        for subject in subjects
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        if any(c.lower_ in COMPANION_ADVERBS for c in prep.children)
    ]
    withs += [  # "X, along with Y, …": "with" under "along"
        w
        for subject in subjects
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ in COMPANION_ADVERBS
        for w in prep.children
        if w.dep_ == "prep" and w.lower_ == "with"
    ]
    found = [p for w in withs for p in w.children if p.dep_ == "pobj"]
    return found + co_subjects(verb, subjects)


def fought_alongside(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Hezbollah fought alongside the Syrian army" as military cooperation with it.

    A side set off beside the subject is a partner too: "X, together with our
    partners, is working to defeat Z".
    """
    trig = verb_trigger_at(verb)
    if trig is None or trig.predicate not in FORCE_PREDICATES:
        return
    partners = _partners(verb)
    subj_tokens, hops = verb_subjects(verb)
    if not partners:
        partners = _companions(verb, subj_tokens)
        subj_tokens = [t for t in subj_tokens if t not in partners]
    if not partners and any(c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children):
        # "Kurdish fighters and American troops fought together": each beside the other
        sides = resolve_all(subj_tokens, actors, hops=hops)
        yield from pair_candidates("cooperatesMateriallyWith", sides, [], verb, verb, STRENGTH)
        return
    if not partners:
        return
    subjects = resolve_all(subj_tokens, actors, hops=hops)
    objects = resolve_all(partners, actors, hops=2)
    yield from pair_candidates("cooperatesMateriallyWith", subjects, objects, verb, verb, STRENGTH)
    # "... alongside the Syrian army against Islamic State": the army fights it too
    foe_tokens = [c for c in verb.children if c.dep_ == "dobj" and trig.direct]
    foe_tokens += prep_objects(verb, trig.preps)
    foes = admissible(trig.predicate, resolve_all(foe_tokens, actors, hops=2))
    yield from pair_candidates(trig.predicate, objects, foes, verb, verb, trig.strength)


def joined_act(verb: Token) -> Token | None:
    """Return the act of "joined Y *in attacking* Z", the gerund of the "in" phrase."""
    if lemma_of(verb) != "join":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for act in prep.children:
                if act.dep_ == "pcomp" and act.tag_ == "VBG":
                    return act
    return None


def joined_in(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Iran joined Russia in attacking the rebels": Russia attacks them too."""
    act = joined_act(verb)
    trig = verb_trigger_at(act) if act is not None else None
    if act is None or trig is None:
        return
    joined = resolve_all([c for c in verb.children if c.dep_ == "dobj"], actors)
    if not joined:
        return
    obj_tokens = [c for c in act.children if c.dep_ == "dobj" and trig.direct]
    obj_tokens += prep_objects(act, trig.preps)
    objects = admissible(trig.predicate, resolve_all(obj_tokens, actors))
    yield from pair_candidates(trig.predicate, joined, objects, act, act, trig.strength)
    if trig.predicate in FORCE_PREDICATES:
        subj_tokens, hops = verb_subjects(verb)
        subjects = resolve_all(subj_tokens, actors, hops=hops)
        yield from pair_candidates("cooperatesMateriallyWith", subjects, joined, act, act, STRENGTH)


def joined_forces(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "the rebels joined forces with al-Qaeda" as cooperation with it (CAMEO 050).

    Only the bare idiom: "joined the coalition forces" is membership, and "joined
    forces in Syria" names no partner.
    """
    if lemma_of(verb) != "join" or not any(
        c.dep_ == "dobj" and c.lower_ in JOINED_FORCES and not list(c.children)
        for c in verb.children
    ):
        return
    subj_tokens, hops = verb_subjects(verb)
    subjects = resolve_all(subj_tokens, actors, hops=hops)
    partners = resolve_all(pobjs_of(verb, WITH), actors, hops=2)
    yield from pair_candidates("cooperatesWith", subjects, partners, verb, verb, STRENGTH)
