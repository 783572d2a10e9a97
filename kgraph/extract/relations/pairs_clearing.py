"""Clearing a place of an armed foe: "Iraqi forces cleared the town of militants".

A verb of the ``[clearing_verbs]`` class ("clear", "rid", "purge") with a
place as its object and an "of" phrase naming an armed actor states a fight
against that actor (CAMEO 190). The "of" phrase may hang on the verb ("the
town was cleared of militants") or on its object, through "part of" and "city
of" phrases ("cleared a fifth of the city of rebel fighters"). Only an armed
foe counts: "cleared the square of protesters" and "cleared the minister of
wrongdoing" state no fight.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of
from kgraph.extract.relations.arguments import Candidate, resolve_all
from kgraph.extract.relations.objects import subject_pairs
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

CLEARING_VERBS = shipped_classes()["clearing_verbs"]
ARMED_TYPES = frozenset(
    (ActorType.ARMED_GROUP, ActorType.MILITARY, ActorType.CRIMINAL_ORGANIZATION)
)


def _of_objects(token: Token) -> list[Token]:
    """Return the objects of the "of" phrases under a word, following nested ones."""
    out: list[Token] = []
    stack = [token]
    while stack:
        word = stack.pop()
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                out.extend(pobjs)
                stack.extend(pobjs)
    return out


def cleared_candidates(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield a fight of the clearing verb's subject against the armed actor it drives out.

    "Kurdish forces cleared the village of Islamic State militants" → the
    Kurdish forces fight the Islamic State.
    """
    if lemma_of(verb) not in CLEARING_VERBS:
        return
    places = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not places:
        return
    tokens = [t for holder in (verb, *places) for t in _of_objects(holder)]
    foes = [a for a in resolve_all(tokens, actors, hops=2) if a.actor.type in ARMED_TYPES]
    if not foes:
        return
    yield from subject_pairs("fightsAgainst", verb, foes, actors, 0.7)
