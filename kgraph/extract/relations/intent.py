"""Intended acts whose party the parse puts out of the trigger's reach (CAMEO 03, 13).

* :func:`amount_gifts` — aid counted in an amount: "Japan agreed to provide *$70
  million of aid for* Kenya", "Norway will send *two tonnes of medicine to* Sudan":
  the recipient hangs on the aid noun inside the amount, two phrases below the verb
  of giving. The act keeps its modality, so an agreed or promised gift is coded as
  the intent to give (CAMEO 033) by :mod:`kgraph.extract.relations.coding`.
* :func:`conditional_threats` — a threat made on a condition names its target as the
  condition's subject: "Turkey threatened to close the border *if Syria* keeps
  shelling it", "Hanoi warned it would cut ties *unless Beijing* withdrew" (CAMEO
  13). Only the condition of the threatened act counts, and only when that act has
  no party of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import AID_NOUNS, lemma_of, noun_trigger, verb_trigger_at
from kgraph.extract.relations.arguments import Candidate, resolve_all
from kgraph.extract.relations.objects import pobjs_of, subject_pairs
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

AID = "providesAidTo"
THREAT = "threatens"
OF = frozenset(("of",))
RECIPIENT_PREPS = frozenset(("for", "to"))
CONDITION_MARKS = shipped_classes()["condition_marks"]
INNER_DEPS = frozenset(("xcomp", "ccomp"))
STRENGTH = 0.6


def _aid_noun(noun: Token, governor: str) -> bool:
    """Tell whether a noun is given as aid: "aid", "medicine", "sent *food*"."""
    lemma = noun.lemma_.lower()
    trig = noun_trigger(lemma, governor)
    return lemma in AID_NOUNS or (trig is not None and trig.predicate == AID)


def amount_gifts(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield aid given in an amount, to the recipient named on the aid noun or the verb.

    "Japan agreed to provide $70 million of aid for Kenya", "Norway will send two
    tonnes of medicine to Sudan" → ``providesAidTo`` (planned).
    """
    if verb.pos_ != "VERB":
        return
    governor = lemma_of(verb)
    trig = verb_trigger_at(verb)
    giving = trig is not None and trig.predicate == AID
    gifts = [
        aid
        for amount in verb.children
        if amount.dep_ == "dobj"
        for aid in pobjs_of(amount, OF)
        if (giving and aid.lemma_.lower() in AID_NOUNS) or _aid_noun(aid, governor)
    ]
    if not gifts:
        return
    recipients = [r for aid in gifts for r in pobjs_of(aid, RECIPIENT_PREPS)]
    recipients += pobjs_of(verb, RECIPIENT_PREPS)
    objects = resolve_all(recipients, actors, hops=2)
    yield from subject_pairs("providesAidTo", verb, objects, actors, STRENGTH)


def _inner_acts(verb: Token) -> list[Token]:
    """Return the threatened act and the verbs below it: "threatened *to close* …"."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ in INNER_DEPS]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ in INNER_DEPS or c.dep_ == "advcl")
    return out


def _condition_subjects(act: Token) -> list[Token]:
    """Return the subjects of the conditions an act carries: "… *if Syria* keeps …"."""
    return [
        s
        for clause in act.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children)
        for s in clause.children
        if s.dep_ == "nsubj"
    ]


def conditional_threats(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield a threat against the party whose conduct its condition names.

    "Russia threatened to quit the talks if the United States deploys the missiles"
    → Russia ``threatens`` the United States.
    """
    trig = verb_trigger_at(verb)
    if trig is None or trig.predicate != THREAT:
        return
    if any(c.dep_ == "dobj" for c in verb.children):
        return  # "threatened X": the target is named
    acts = _inner_acts(verb)
    if not acts:
        return
    targets = [s for act in acts for s in _condition_subjects(act)]
    if not targets:
        return
    objects = [
        o for o in resolve_all(targets, actors, hops=2) if o.actor.type is not ActorType.LOCATION
    ]
    yield from subject_pairs("threatens", verb, objects, actors, STRENGTH)
