"""The party a protest aims at through the act it protests (CAMEO 14).

* :func:`protest_aims` — a protest against an act is a protest against its doer:
  "dockers *marched against* the government's pension reform", "a hunger strike *in
  protest of* the army's detention of students", "farmers *staged a rally over* new
  levies *by* the EU" (the doer named as the act's possessor or "by" agent). The act
  itself is no actor, so without this rule the protest has no target. A protest
  told by a verb and its object ("blocked the roads", "staged a sit-in") takes its
  aim from its purpose clause too, like a protest verb: "truckers *blocked the
  highway to press their demands on* the government".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.triggers import verb_trigger_at
from kgraph.extract.relations.arguments import Candidate, resolve_all
from kgraph.extract.relations.objects import inner_objects, pobjs_of, subject_pairs
from kgraph.extract.relations.protests import protest_act

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

AIM_PREPS = frozenset(("against", "over"))  # "rallied against X's tax", "struck over the bill"
PROTEST_NOUN_PREPS = frozenset(("of", "at", "against", "over"))  # "in protest of/at X's act"
STRENGTH = 0.6


def _aimed_acts(verb: Token) -> list[Token]:
    """Return the nouns of the acts a protest verb aims at.

    "rallied *against* the tax", "began a hunger strike *in protest of* the
    arrest": the phrase hangs on the verb or on the protest noun it governs.
    """
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    acts: list[Token] = []
    for holder in holders:
        acts.extend(pobjs_of(holder, AIM_PREPS))
        for inner in pobjs_of(holder, frozenset(("in",))):
            if inner.lemma_.lower() == "protest":
                acts.extend(pobjs_of(inner, PROTEST_NOUN_PREPS))
    return acts


def _doers(act: Token) -> list[Token]:
    """Return the possessor or "by" agent of an act: "the *government's* tax"."""
    doers = [c for c in act.children if c.dep_ == "poss"]
    return doers + pobjs_of(act, frozenset(("by",)))


def protest_aims(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield a protest against the doer of the act a protest verb aims at."""
    if verb.pos_ != "VERB" or not protest_act(verb):
        return
    doers = [d for act in _aimed_acts(verb) if actors.actor_at(act.i) is None for d in _doers(act)]
    trig = verb_trigger_at(verb)
    if trig is None or trig.predicate != "protestsAgainst":
        # "blocked roads to press their demands from X's government": a protest told
        # by a verb and its object takes its aim from its purpose clause, as a protest
        # verb does ("rallied to demand …")
        doers += inner_objects(verb, "protestsAgainst")
    if not doers:
        return
    objects = resolve_all(doers, actors, hops=2)
    yield from subject_pairs("protestsAgainst", verb, objects, actors, STRENGTH)
