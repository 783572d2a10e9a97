"""Suppressing a protest acts on those who hold it: "police dispersed a rally by students".

News tells the repression of a protest through the protest, not its people:
"Riot police broke up a march organised by trade unions", "the government banned
the opposition's rally", "police prevented the demonstration staged by students".
The verb's object is a protest noun (one the lexicon reads as ``protestsAgainst``);
its holders are its possessor, its "by" phrase, or the "by" phrase of a participle
of holding on it ("staged / organised / held by X"). The one who suppresses it
``coerces`` them (CAMEO 17, PLOVER COERCE). Suppression verbs are a word class
(``[suppression_verbs]``, with phrasal ones such as "break up").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import LIGHT_VERBS, lemma_of, noun_trigger
from kgraph.extract.relations.arguments import conjuncts, resolve_all, verb_subjects
from kgraph.extract.relations.objects import pair_candidates
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.relations.arguments import Candidate
    from kgraph.model import ActorIndex

COERCES: Predicate = "coerces"
PROTEST: Predicate = "protestsAgainst"
SUPPRESSION_VERBS = shipped_classes()["suppression_verbs"]
STRENGTH = 0.7


def _suppressing(verb: Token) -> bool:
    """Tell whether a verb suppresses its object: "dispersed", "banned", "broke up"."""
    lemma = lemma_of(verb)
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return any(f"{lemma} {p}" in SUPPRESSION_VERBS for p in particles) or (
        not particles and lemma in SUPPRESSION_VERBS
    )


def _protest(noun: Token) -> bool:
    trigger = noun_trigger(noun.lemma_.lower())
    return noun.pos_ == "NOUN" and trigger is not None and trigger.predicate == PROTEST


def _by_phrase(word: Token) -> list[Token]:
    return [
        pobj
        for prep in word.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def protest_holders(noun: Token) -> list[Token]:
    """Return the words naming who holds a protest: "*the opposition's* rally", "a march *by X*".

    Also the "by" phrase of a participle of holding on the noun: "the demonstration
    *staged by* students", "a rally *organised by* the unions".
    """
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return poss
    holders = _by_phrase(noun)
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and lemma_of(child) in LIGHT_VERBS:
            holders.extend(_by_phrase(child))
    return holders


def suppressed_protests(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the holders of a protest the verb suppresses, coerced by its subject.

    "Riot police dispersed a march organised by the unions" → police ``coerces``
    the unions; "the government banned the opposition's rally" → the government
    ``coerces`` the opposition. Not a protest noun ("banned the party"), and no
    holder named ("police dispersed the crowd"), gives nothing here.
    """
    if verb.pos_ != "VERB" or not _suppressing(verb):
        return
    protests = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in conjuncts(c)]
    holders = [h for noun in protests if _protest(noun) for h in protest_holders(noun)]
    if not holders:
        return
    subjects, hops = verb_subjects(verb)
    doers = resolve_all(subjects, actors, hops=hops)
    held = resolve_all(holders, actors, hops=2)
    yield from pair_candidates(COERCES, doers, held, verb, verb, STRENGTH)
