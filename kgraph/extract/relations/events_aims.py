"""Read the target of a nominal event from a clause of aiming after it, and its armed claimant.

News names an act by a noun and tells whom it was aimed at in a participle or a
relative clause hung on the noun: "the bombings, *which were aimed at* British
soldiers", "strikes *directed against* the rebels", "sanctions *aimed at* the
regime". The noun's own phrase holds no target ("attacks on X" is read by the
nominal reader); the clause's "at" or "against" phrase does.

Only acts that have a target in the sense of harm, pressure or blame are read so:
an "advertising campaign aimed at young voters" or "talks aimed at a truce" name no
adversary, and ``fightsAgainst`` nouns ("campaign", "operation") are left out.

The doer of such an act is often its claimant; "accepted responsibility for" is a
claim only in an armed side's mouth (:func:`armed_acceptors`); the side it is blamed
on is its doer as the blamers say (:func:`blamed_doers`); the side that was behind
it or responsible for it is its doer (:func:`responsible_doers`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of
from kgraph.extract.relations.arguments import Argument, resolve_all, verb_subjects
from kgraph.extract.relations.constructions import FORCE_PREDICATES
from kgraph.extract.relations.objects import prep_objects
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

AIMING_VERBS = shipped_classes()["aiming_verbs"]
BLAMING_VERBS = shipped_classes()["blaming_verbs"]
PARTICIPATION_WORDS = shipped_classes()["participation_words"]
BLAMED_PREDICATES = frozenset(("attacks", "targets", "kills", "assaults"))
AIM_PREPS = frozenset(("at", "against"))
TARGET_NOUNS = frozenset(("target", "victim"))  # "X was the *target* of an attack by Y"
# sides whose acceptance of responsibility for an attack claims it: armed ones, and
# organisations of no known kind ("the IRA" when the gazetteer does not type it)
CLAIMING_TYPES = frozenset(
    (
        ActorType.MILITARY,
        ActorType.ARMED_GROUP,
        ActorType.CRIMINAL_ORGANIZATION,
        ActorType.ORGANIZATION,
    )
)
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
    strikes appeared to be directed against Y"); or the one said to be its target
    ("Abqaiq was the target of an al-Qaeda attack").
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
    return _target_subjects(noun)


def _target_subjects(noun: Token) -> list[Token]:
    """Return X of "X was the target of an attack by Y", "X became a target of strikes".

    The subject of a copula whose complement is the *target* (or *victim*) the event
    is "of".
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in TARGET_NOUNS:
        return []
    role = prep.head
    if role.dep_ != "attr" or lemma_of(role.head) not in ("be", "become", "remain"):
        return []
    return [c for c in role.head.children if c.dep_ == "nsubj"]


def _aiming_participle(clause: Token) -> Token | None:
    """Return the participle of aiming a clause is, or governs through one "to be"."""
    for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
        if verb.tag_ == "VBN" and lemma_of(verb) in AIMING_VERBS:
            return verb
    return None


def armed_acceptors(noun: Token, predicate: str, actors: ActorIndex) -> list[Argument]:
    """Return the armed side that "accepted responsibility for" an attack.

    "The IRA accepted responsibility for the bombings": an armed group, a military or
    an organisation that accepts responsibility for an act of force claims it. A
    minister, a state or a government that accepts responsibility for an attack
    answers for a failure to stop it: not read.
    """
    prep = noun.head
    if predicate not in FORCE_PREDICATES or noun.dep_ != "pobj" or prep.lower_ != "for":
        return []
    responsibility = prep.head
    verb = responsibility.head
    if (
        responsibility.lemma_.lower() != "responsibility"
        or responsibility.dep_ != "dobj"
        or lemma_of(verb) != "accept"
    ):
        return []
    subj_tokens, hops = verb_subjects(verb)
    claimants = resolve_all(subj_tokens, actors, hops=hops + 2)
    return [a for a in claimants if a.actor.type in CLAIMING_TYPES]


def blamed_doers(noun: Token, predicate: str) -> list[Token]:
    """Return the side an attack is blamed on: "attacks on X were *blamed on* Hamas".

    The noun as the subject of a passive of blaming, or under a participle of blaming
    ("the killing of X, blamed on the army"); its "on" or "to" phrase ("attributed to").
    Only an attack, killing or assault: "the defeat of X was blamed on Y" may blame Y
    for failing X.
    """
    if predicate not in BLAMED_PREDICATES:
        return []
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    return [
        pobj
        for verb in verbs
        if lemma_of(verb) in BLAMING_VERBS
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "to")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _copula_subjects(verb: Token) -> tuple[list[Token], bool]:
    """Return the subject of a copula ("X *was* behind …"), and whether it is only believed."""
    if lemma_of(verb) != "be":
        return [], False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects or verb.dep_ != "xcomp":
        return subjects, False
    # "X is believed (said, thought) to be behind …": the believed one, as others say
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")], True


def responsible_doers(noun: Token, predicate: str) -> tuple[list[Token], bool]:
    """Return the side said to be behind or responsible for an attack, and whether believed.

    "The Islamic State was *behind* the attack on X", "the gunmen *behind* the
    killing of X", "al-Qaeda was *responsible for* the bombing of Y", "X *took part
    in* the massacre of Y"; "X is believed to be behind it" is what others say of X.
    Only an attack, killing or assault: "voters are behind the war" is support, not a
    doer.
    """
    prep = noun.head
    if predicate not in BLAMED_PREDICATES or noun.dep_ != "pobj":
        return [], False
    if prep.lower_ == "behind":
        holder = prep.head
        if holder.pos_ in ("NOUN", "PROPN", "PRON"):
            return [holder], False  # "the gunmen behind the attack"
        return _copula_subjects(holder)
    if prep.lower_ == "for" and prep.head.lower_ == "responsible" and prep.head.dep_ == "acomp":
        return _copula_subjects(prep.head.head)
    if prep.lower_ == "in":
        return _participants(prep.head), False
    return [], False


def _participants(word: Token) -> list[Token]:
    """Return who takes part in what the word's "in" phrase names: "X *took part* in …".

    "X participated in the massacre of Y", "X took part in the attack on Y", "X was
    involved in the killing of Y" (the ``participation_words`` class).
    """
    if word.lemma_.lower() == "part" and word.dep_ == "dobj":
        word = word.head  # the parser hangs "in" on "part" or on "took"
    taking = lemma_of(word) == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in word.children
    )
    if word.pos_ != "VERB" or not (taking or lemma_of(word) in PARTICIPATION_WORDS):
        return []
    passive = [c for c in word.children if c.dep_ == "nsubjpass"]
    return passive or verb_subjects(word)[0]  # "X was involved in …": X
