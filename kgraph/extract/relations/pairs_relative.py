"""A nominal act whose doer and object sit in a relative clause on it.

"The strikes *that Russia launched on Aleppo* killed ten people": the noun is
the object of a light verb (``[light_verbs]``, or a verb of commitment such as
"plan") inside a relative clause; the clause's subject does the act and the
verb's prepositions that the noun takes ("on", "against", "with" …) name its
object. So "the sanctions the United States imposed on Iran" are sanctions of
the United States on Iran, and "the talks that Egypt held with Israel" talks
between them. A verb that only judges or reports the act ("the attacks that
Kenya condemned", "the strikes that monitors reported") passes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.triggers import CONTROL_PLANNED, LIGHT_VERBS, lemma_of, noun_trigger
from kgraph.extract.relations.arguments import Candidate, is_passive, resolve_all
from kgraph.extract.relations.objects import pair_candidates

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

RELATIVE_TAGS = ("WDT", "WP")  # "that", "which": the clause's object standing for the noun


def _relative_light_verbs(noun: Token) -> list[Token]:
    """Return the light verbs of relative clauses whose object is the noun itself.

    "the strikes (that) Russia launched on Aleppo": *launched* has a subject and,
    for object, only the relative pronoun or nothing.
    """
    verbs = []
    for verb in noun.children:
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or is_passive(verb):
            continue
        lemma = lemma_of(verb)
        if lemma not in LIGHT_VERBS and lemma not in CONTROL_PLANNED:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.tag_ not in RELATIVE_TAGS for o in objects):
            continue  # "the talks that produced a deal": the clause has an object of its own
        if any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in verb.children):
            verbs.append(verb)
    return verbs


def relative_light_candidates(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the act of a nominal trigger done in a relative clause on it.

    "Kenya condemned the attacks that the militants carried out against
    civilians" → the militants attack civilians (Kenya's criticism is read
    apart).
    """
    if actors.actor_at(noun.i) is not None:
        return  # a name ("Operation Eagle"), not an event
    lemma = noun.lemma_.lower()
    for verb in _relative_light_verbs(noun):
        trig = noun_trigger(lemma, lemma_of(verb))
        if trig is None:
            continue
        preps = trig.preps - {"between"}
        obj_tokens = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        subj_tokens = [c for c in verb.children if c.dep_ == "nsubj"]
        subjects = resolve_all(subj_tokens, actors, hops=2)
        objects = resolve_all(obj_tokens, actors, hops=2)
        yield from pair_candidates(
            trig.predicate, subjects, objects, noun, noun, trig.strength, clause=verb
        )
