"""Letting displaced people in or stay: humanitarian aid to them (CAMEO 07).

* :func:`admitted_refugees` — "Kenya *allowed* 5,000 Somali refugees to stay",
  "Chad will let the refugees cross the border": the state that admits refugees aids
  them. The permitting verb's own reading (yielding to its object) does not take
  people, and the inner verb ("stay", "return") names no relation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.relations.arguments import Candidate, resolve_all
from kgraph.extract.relations.objects import subject_pairs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

ADMITTING_VERBS = shipped_classes()["admitting_verbs"]
DISPLACED_NOUNS = shipped_classes()["displaced_nouns"]
STRENGTH = 0.6


def admitted_refugees(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield aid from the one who admits refugees: "Kenya allowed the refugees to stay"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ADMITTING_VERBS:
        return
    # "allowed the refugees in" (its object) or "allowed the refugees to stay" (the
    # inner clause's subject)
    inner = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    admitted = [c for c in verb.children if c.dep_ == "dobj"]
    admitted += [c for clause in inner for c in clause.children if c.dep_ == "nsubj"]
    admitted = [c for c in admitted if c.lemma_.lower() in DISPLACED_NOUNS]
    objects = resolve_all(admitted, actors, hops=1)
    if not objects:
        return
    yield from subject_pairs("providesAidTo", verb, objects, actors, STRENGTH)
