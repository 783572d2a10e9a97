"""General constructions of English that change what a trigger says.

* :func:`resultative` — a resultative phrase turns a verb of force into a
  killing: "police *shot* the attacker *dead*", "was *beaten to death*",
  "*stabbed* him *to death*" (CAMEO 186, like "killed").
* :func:`low_agent` — the agent of a passive that the parser hung on the
  phrase before it: "the villagers were shot dead in their home *by* special
  forces" ("by" under "home").
* :func:`backing_against` — support *against* a foe is taking sides in a
  conflict, not praise: "Saudi Arabia supported the government *against* the
  Houthi rebellion" → ``cooperatesMateriallyWith`` (CAMEO 06).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from kgraph.extract.relations.vetoes import VETOES
from kgraph.predicates import Predicate, is_predicate
from kgraph.vocabulary import RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.relations.arguments import Candidate

KILLING_RESULTS = frozenset({"dead", "death"})


def resultative(trigger: Token, predicate: str) -> str:
    """Return "kills" for an act of force whose result is death ("shot dead"), else ``predicate``.

    The result is an object predicate ("shot *dead*") or a "to" phrase ("beaten
    *to death*") of the trigger verb.
    """
    if predicate not in ("assaults", "attacks", "targets") or trigger.pos_ != "VERB":
        return predicate
    for child in trigger.children:
        if child.dep_ in ("oprd", "acomp", "advmod") and child.lower_ == "dead":
            return "kills"
        if child.dep_ == "dobj" and any(
            c.lower_ == "dead" and c.i == trigger.i + 1 for c in child.children
        ):
            return "kills"  # "shot dead two gunmen", "dead" parsed as the object's modifier
        to_death = child.dep_ == "prep" and child.lower_ == "to"
        if to_death and any(
            c.dep_ == "pobj" and c.lower_ in KILLING_RESULTS for c in child.children
        ):
            return "kills"
    return predicate


def low_agent(verb: Token) -> list[Token]:
    """Return the agent of a passive found one phrase down ("shot in their home *by* X").

    Only where the verb has no agent of its own; only a "by" phrase on the object
    of one of the verb's own prepositions.
    """
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ == "by":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for by in pobj.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    found.extend(c for c in by.children if c.dep_ == "pobj")
    return found


BACKING = frozenset({"support", "back", "help", "assist", "aid"})


def backing_against(trigger: Token, predicate: str) -> str:
    """Return ``cooperatesMateriallyWith`` for support against a foe, else ``predicate``.

    "supported the government of Hadi against the Houthi rebellion": a side in a
    conflict, not words of praise.
    """
    if predicate not in ("praises", "providesAidTo") or trigger.lemma_.lower() not in BACKING:
        return predicate
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    against = any(c.dep_ == "prep" and c.lower_ == "against" for h in holders for c in h.children)
    return "cooperatesMateriallyWith" if against else predicate


def reread(
    cand: Candidate, predicate: Predicate | Literal[""], cameo: str | None
) -> tuple[Predicate | Literal[""], str | None]:
    """Return the predicate and CAMEO code after the rules above and the vetoes.

    An empty predicate means the candidate is dropped (:mod:`kgraph.extract.relations.vetoes`).
    """
    if not predicate or any(veto(cand) for veto in VETOES):
        return "", cameo
    for rule in (resultative, backing_against):  # "shot dead", "backed X against Y"
        changed = rule(cand.trigger, predicate)
        if changed != predicate and is_predicate(changed):
            predicate, cameo = changed, RELATIONS[changed].cameo
    return predicate, cameo
