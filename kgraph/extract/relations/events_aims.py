"""Read the target of a nominal event from a clause of aiming after it.

News names an act by a noun and tells whom it was aimed at in a participle or a
relative clause hung on the noun: "the bombings, *which were aimed at* British
soldiers", "strikes *directed against* the rebels", "sanctions *aimed at* the
regime". The noun's own phrase holds no target ("attacks on X" is read by the
nominal reader); the clause's "at" or "against" phrase does.

Only acts that have a target in the sense of harm, pressure or blame are read so:
an "advertising campaign aimed at young voters" or "talks aimed at a truce" name no
adversary, and ``fightsAgainst`` nouns ("campaign", "operation") are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of
from kgraph.extract.relations.objects import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

AIMING_VERBS = shipped_classes()["aiming_verbs"]
AIM_PREPS = frozenset(("at", "against"))
# acts whose "aimed at" phrase names the one harmed, pressed or blamed
AIMED_PREDICATES = frozenset(
    {
        "attacks",
        "targets",
        "kills",
        "assaults",
        "sanctions",
        "threatens",
        "coerces",
        "criticizes",
        "accuses",
    }
)


def aimed_targets(noun: Token, predicate: str) -> list[Token]:
    """Return the words a nominal event is aimed at: "attacks *aimed at* civilians".

    The passive participle of an aiming verb hung on the noun ("sanctions aimed at
    Iran") or heading a relative clause about it ("the bombings, which were aimed at
    soldiers"), also under one raising verb ("which seemed to be aimed at civilians");
    or the passive the noun is the subject of ("the attack *was aimed at* X", "the
    strikes appeared to be directed against Y").
    """
    if predicate not in AIMED_PREDICATES:
        return []
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        clauses.append(noun.head)
    for clause in clauses:
        verb = _aiming_participle(clause)
        if verb is not None:
            return prep_objects(verb, AIM_PREPS)
    return []


def _aiming_participle(clause: Token) -> Token | None:
    """Return the participle of aiming a clause is, or governs through one "to be"."""
    for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
        if verb.tag_ == "VBN" and lemma_of(verb) in AIMING_VERBS:
            return verb
    return None
