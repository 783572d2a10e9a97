"""A visit told by a verb of arriving: "X *arrived in* Y *on a visit*" (CAMEO 042).

* :func:`arrival_visits` — the visit noun sits in an "on"/"for" phrase of the verb
  of arriving (the ``arrival_verbs`` class) and the place visited in its "in"/"to"
  phrase: "the Indian prime minister *arrived in* Tokyo *on a three-day visit*",
  "Lula *flew to* Beijing *for talks*". Without the visit noun an arrival is no
  consultation ("troops arrived in the town"), and talks that name their partner
  ("for talks *with* Xi") are with the partner, not the place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of, noun_trigger
from kgraph.extract.relations.arguments import Candidate, resolve_all
from kgraph.extract.relations.objects import pobjs_of, subject_pairs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

ARRIVAL_VERBS = shipped_classes()["arrival_verbs"]
PURPOSE_PREPS = frozenset(("on", "for"))
PLACE_PREPS = frozenset(("in", "to", "at"))
WITH = frozenset(("with",))
STRENGTH = 0.6


def _visit(verb: Token) -> Token | None:
    """Return the noun of the visit or talks an arrival is for: "on a *visit*"."""
    for noun in pobjs_of(verb, PURPOSE_PREPS):
        trig = noun_trigger(noun.lemma_.lower())
        if trig is not None and trig.predicate == "consultsWith":
            return noun
    return None


def arrival_visits(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield a consultation with the place an arrival on a visit names."""
    if lemma_of(verb) not in ARRIVAL_VERBS:
        return
    visit = _visit(verb)
    if visit is None or pobjs_of(visit, WITH):
        return  # "flew to Beijing for talks with Xi": the talks name their partner
    places = [
        p for p in resolve_all(pobjs_of(verb, PLACE_PREPS), actors, hops=2) if p.quality >= 0.85
    ]
    yield from subject_pairs("consultsWith", verb, places, actors, STRENGTH)
