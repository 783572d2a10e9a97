"""Verb readings with an argument shape of their own: demands told in speech, orders, aid received.

"X said Y must withdraw" is X's demand on Y; "a judge ordered X to appear" a demand on
X; "X received weapons from Y" aid from Y to X.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.triggers import AID_NOUNS
from kgraph.extract.relations.arguments import conjuncts, resolve_all, verb_subjects
from kgraph.extract.relations.objects import pair_candidates, prep_objects
from kgraph.extract.syntax import infinitive_marker
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.relations.arguments import Candidate
    from kgraph.model import ActorIndex

FROM = frozenset(("from",))
OWN_ORGANS = frozenset((ActorType.GOVERNMENT, ActorType.MILITARY))


def demand_in_speech(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "X said Y must/should …" as a demand by X on Y (CAMEO 10)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children):
            continue
        targets = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj_tokens, hops = verb_subjects(verb)
        subjects = resolve_all(subj_tokens, actors, hops=hops)
        objects = [
            a
            for a in resolve_all(targets, actors, hops=2)
            if a.actor.type is not ActorType.LOCATION
        ]
        yield from pair_candidates("demands", subjects, objects, verb, verb, 0.7)


def ordered(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "a judge ordered X to appear" as a demand on X (CAMEO 10).

    Only an actor as the direct object with a "to" clause after it: "ordered strikes on
    Syria" orders an act, not a party.
    """
    if not any(c.dep_ == "xcomp" and infinitive_marker(c) is not None for c in verb.children):
        return
    subj_tokens, hops = verb_subjects(verb)
    for subject in resolve_all(subj_tokens, actors, hops=hops):
        home = subject.actor.country or subject.actor.iso
        objects = [
            o
            for o in resolve_all([c for c in verb.children if c.dep_ == "dobj"], actors)
            # "Putin ordered the Russian army to withdraw": a command within the state
            if not (o.actor.type in OWN_ORGANS and home and o.actor.country == home)
        ]
        yield from pair_candidates("demands", [subject], objects, verb, verb, 0.7)


def received_aid(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "X received weapons and training from Y" as aid from Y to X (CAMEO 07)."""
    gifts = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(t.lemma_.lower() in AID_NOUNS for g in gifts for t in conjuncts(g)):
        return
    donors = resolve_all(
        prep_objects(verb, FROM) + [t for g in gifts for t in prep_objects(g, FROM)], actors
    )
    subj_tokens, hops = verb_subjects(verb)
    yield from pair_candidates(
        "providesAidTo", donors, resolve_all(subj_tokens, actors, hops=hops), verb, verb, 0.7
    )
