"""Protest acts that carry a demand: the demand is the protest's aim (CAMEO 14).

* :func:`protest_act` — a word that tells a protest: a protest verb ("rallied",
  "rioted"), a protest noun ("a demonstration", "a *hunger* strike"), a verb that
  stages one ("held a rally", "began a hunger strike") or a verb–noun combination
  of protest ("blocked the roads", "stopped work").
* :func:`demand_in_protest` — a demand told in the clause of a protest act is the
  protest's aim, and CAMEO codes the event as the protest (14), not as a demand
  (10): "farmers *staged a sit-in to demand* the minister's resignation", "miners
  *blocked the highway, demanding* that the company reopen the pit", "students
  *rallied*, *saying* the rector must go". A demand with a subject of its own ("the
  workers marched as the union *demanded* talks") stays a demand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.lexicon.triggers import (
    PROTEST_STRIKES,
    lemma_of,
    noun_trigger,
    verb_trigger_at,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

PROTEST = "protestsAgainst"
# the dependencies that tie a purpose, manner or participle clause to the act above it
CLAUSE_DEPS = frozenset(("advcl", "xcomp", "acl", "pcomp", "prep", "dobj", "pobj", "conj"))
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
MAX_STEPS = 4


def _protest_noun(noun: Token, governor: str | None = None) -> bool:
    """Tell whether a noun names a protest: "a rally", "a *hunger* strike"."""
    lemma = noun.lemma_.lower()
    if lemma == "strike" and any(c.lower_ in PROTEST_STRIKES for c in noun.children):
        return True
    trig = noun_trigger(lemma, governor)
    return trig is not None and trig.predicate == PROTEST


def protest_act(token: Token) -> bool:
    """Tell whether a token tells a protest.

    "Dockers *marched* through the port", "a *demonstration* outside the embassy",
    "teachers *held a rally*", "drivers *blocked the bridge*".
    """
    if token.pos_ in ("NOUN", "PROPN"):
        return _protest_noun(token)
    if token.pos_ != "VERB":
        return False
    trig = verb_trigger_at(token)
    if trig is not None and trig.predicate == PROTEST:
        return True
    governor = lemma_of(token)
    return any(c.dep_ == "dobj" and _protest_noun(c, governor) for c in token.children)


def _protest_above(trigger: Token) -> bool:
    """Tell whether a clause without its own subject hangs on a protest act.

    "began a hunger strike *to demand* …": "demand" is a purpose clause of "began",
    which stages the strike.
    """
    token = trigger
    for _ in range(MAX_STEPS):
        if token.i != trigger.i and protest_act(token):
            return True
        if token.dep_ not in CLAUSE_DEPS or token.head.i == token.i:
            return False
        if token.pos_ == "VERB" and any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return False  # "as the union demanded talks": a demand of its own
        token = token.head
    return token.i != trigger.i and protest_act(token)


def demand_in_protest(trigger: Token, predicate: str) -> str:
    """Return ``protestsAgainst`` for a demand told as the aim of a protest act.

    "Farmers staged a sit-in to demand the minister's resignation": the farmers
    protest against the minister (CAMEO 14), they make no separate demand.
    """
    if predicate == "demands" and _protest_above(trigger):
        return PROTEST
    return predicate
