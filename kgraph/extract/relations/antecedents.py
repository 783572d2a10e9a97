"""Read the doer of a killing or wounding that names none from the attack told just before.

News tells an attack, then its toll, often in the next sentence: "Gunmen
stormed a village on Sunday. *Twelve people were killed.*" The toll has no
agent of its own; its doer is the one of the nearest act of force before it,
in its own sentence or the one before (:func:`earlier_force`). The rules:

* :func:`agentless_toll` — a passive of killing or wounding with no agent
  anywhere ("Twelve people were killed", "four officers were wounded");
* :func:`death_in_attack` — "died" in an attack: "three soldiers *died in a
  Taliban ambush*" (the ambush's own doer), "ten soldiers *died in the
  fighting*" (a definite attack with none: the one told before);
* :func:`toll_of_told_attack` — a definite attack noun that kills or wounds:
  "*The attack* killed 12 worshippers", said after the attack was told;
* :func:`claimed_told_attack` — a claim of the attack told before: "Rockets hit
  the U.S. embassy in Baghdad. *Kataib Hezbollah claimed the attack.*", "A bomb
  exploded near an army convoy, killing five soldiers. *The BLA claimed
  responsibility.*" (the claimant does each act of force told just before to its
  objects, when none of those acts names its doer).

The nearest act of force decides: when its doer is no actor ("A bomb went
off … Twelve people were killed") nothing is read, and a doer of the same
kind and country as the victims ("Soldiers attacked the camp. Five soldiers
were killed.") is no reading either: the victims may as well be its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of, noun_trigger, verb_trigger, verb_trigger_at
from kgraph.extract.relations.arguments import (
    Argument,
    Candidate,
    is_passive,
    noun_agents,
    resolve_all,
    verb_subjects,
)
from kgraph.extract.relations.constructions import FORCE_PREDICATES
from kgraph.extract.relations.objects import pair_candidates, prep_objects
from kgraph.model import ActorType
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

TOLL_PREDICATES = frozenset({"kills", "assaults"})
ATTACK_PREDICATES = frozenset({"attacks", "targets", "fightsAgainst"})
# sides of a fight: two unnamed ones of a kind may be one ("forces … soldiers")
FIGHTING_TYPES = frozenset(
    {ActorType.MILITARY, ActorType.ARMED_GROUP, ActorType.STATE, ActorType.GOVERNMENT}
)
DYING_VERBS = shipped_classes()["dying_verbs"]
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
TOLL_STRENGTH = 0.6  # read across a sentence: weaker than a doer named in the clause
CLAIM_NOUNS = shipped_classes()["claim_nouns"]
NEW_INCIDENT_WORDS = shipped_classes()["new_incident_words"]
TARGET_PREPS = frozenset(("on", "against", "at"))


def force_predicate(token: Token) -> Predicate | None:
    """Return the predicate of force a verb or noun states ("stormed", "the attack"), else None."""
    if token.pos_ == "VERB":
        trig = verb_trigger_at(token)  # as the verb reader does: "opened up", "fired on"
    elif token.pos_ == "NOUN":
        trig = noun_trigger(token.lemma_.lower())
    else:
        return None
    if trig is None or trig.predicate not in FORCE_PREDICATES:
        return None
    return trig.predicate


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _told_again(noun: Token) -> bool:
    """Tell an attack told again: a definite noun of force naming no doer ("the attack")."""
    return (
        noun.pos_ == "NOUN"
        and force_predicate(noun) is not None
        and _definite(noun)
        and not own_agents(noun)
    )


def own_agents(trigger: Token) -> list[Token]:
    """Return the doer words a trigger names itself (no antecedent is looked for)."""
    if trigger.pos_ == "NOUN":
        agents, _ = noun_agents(trigger)
        mods = [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")]
        return agents or mods
    if is_passive(trigger) and not any(c.dep_ == "agent" for c in trigger.children):
        return []
    agents, _ = verb_subjects(trigger)
    return agents


def earlier_force(token: Token) -> Token | None:
    """Return the nearest attack before ``token``, in its sentence or the one before.

    "Gunmen *stormed* a village. Twelve people were killed": "stormed". A
    definite noun of force with no doer ("the attack") is the same act told
    again and is passed over; a killing or wounding stops the search (None).
    """
    doc = token.doc
    sent = token.sent
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for i in range(token.i - 1, start - 1, -1):
        word = doc[i]
        predicate = force_predicate(word)
        if word.i == token.i or predicate is None:
            continue
        if _told_again(word):
            continue  # "the attack" again: look further back for where it was told
        # a killing told before is a toll with its own doer and victims ("soldiers shot
        # dead two militants. Seven other people were killed"): no attack to read from
        return word if predicate in ATTACK_PREDICATES else None
    return None


def same_side(doer: Argument, victim: Argument) -> bool:
    """Tell whether victims may be the doer's own: one actor, or fighters of one kind and land."""
    a, b = doer.actor, victim.actor
    if a.id == b.id:
        return True
    if a.type is not b.type or a.type not in FIGHTING_TYPES:
        return False  # police and protesters, gunmen and villagers: two sides
    home_a, home_b = a.country or a.iso, b.country or b.iso
    return home_a == home_b or home_a is None or home_b is None


def _new_incident(anchor: Token) -> bool:
    """Tell whether the sentence opens another incident: "*Later*, a man was shot dead".

    A sentence that starts with a word of another time or place ("later",
    "meanwhile", "elsewhere", "in another attack") tells an act of its own, not the
    toll of the one before.
    """
    first = [t for t in anchor.sent[:4] if not t.is_punct]
    return any(
        t.lower_ in NEW_INCIDENT_WORDS
        or (t.lower_ == "another" and t.head.dep_ == "pobj" and t.head.head.i < t.i)
        for t in first[:3]
    )


def _told_doers(anchor: Token, actors: ActorIndex) -> list[Argument]:
    antecedent = earlier_force(anchor)
    if antecedent is None:
        return []
    if antecedent.sent.start != anchor.sent.start and _new_incident(anchor):
        return []
    hops = 4 + (anchor.sent.start != antecedent.sent.start)
    return resolve_all(own_agents(antecedent), actors, hops=hops)


def _pairs(
    predicate: Predicate, doers: list[Argument], victims: list[Argument], trigger: Token
) -> Iterator[Candidate]:
    kept = [v for v in victims if not any(same_side(d, v) for d in doers)]
    if doers and kept:
        yield from pair_candidates(predicate, doers, kept, trigger, trigger, TOLL_STRENGTH)


def agentless_toll(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Gunmen stormed a village. Twelve people were killed." as gunmen kills people.

    Only a passive of killing or wounding whose doer the sentence names in no
    way (no "by" phrase, no attack it happened in, no shared agent).
    """
    trig = verb_trigger(lemma_of(verb))
    if trig is None or trig.predicate not in TOLL_PREDICATES or not is_passive(verb):
        return
    anchor = verb
    own = verb_subjects(verb)[0]
    if len(own) == 1 and _told_again(own[0]):
        anchor = own[0]  # "in the attack, six guards were killed": the attack told before
    elif own:
        return  # a doer of its own: "killed by X", "killed in a U.S. strike"
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not patients:
        return
    victims = resolve_all(patients, actors)
    yield from _pairs(trig.predicate, _told_doers(anchor, actors), victims, verb)


def death_in_attack(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "three soldiers died in a Taliban ambush" as the Taliban kills the soldiers.

    The attack's own doer first; a definite attack with none ("died in the
    fighting") takes the doer of the attack told before.
    """
    if verb.pos_ != "VERB" or lemma_of(verb) not in DYING_VERBS:
        return
    attacks = [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for pobj in prep.children
        if pobj.dep_ == "pobj" and force_predicate(pobj) is not None
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not attacks or not subjects:
        return
    victims = resolve_all(subjects, actors)
    attack = attacks[0]
    if _told_again(attack):
        doers = _told_doers(attack, actors)
    else:
        doers = resolve_all(own_agents(attack), actors, hops=3)
    yield from _pairs("kills", doers, victims, verb)


def toll_of_told_attack(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Gunmen raided a church. The attack killed 12 worshippers." as gunmen kills them.

    Only a definite noun of force, naming no doer, as the subject of an active
    verb of killing or wounding.
    """
    trig = verb_trigger(lemma_of(verb))
    if trig is None or trig.predicate not in TOLL_PREDICATES or is_passive(verb):
        return
    nouns = [c for c in verb.children if c.dep_ == "nsubj" and force_predicate(c) is not None]
    if not nouns or not _told_again(nouns[0]):
        return
    if resolve_all(nouns, actors):
        return  # "the Russian strikes killed …": its doer is read where it is named
    patients = [c for c in verb.children if c.dep_ == "dobj"]
    victims = resolve_all(patients, actors)
    yield from _pairs(trig.predicate, _told_doers(nouns[0], actors), victims, verb)


def _claimed_noun(verb: Token) -> Token | None:
    """Return what a verb of claiming claims: "the attack", or "responsibility" itself.

    "claimed the attack" → *attack*; "claimed responsibility for the bombing" →
    *bombing*; "claimed responsibility" → *responsibility*; else None.
    """
    lemma = lemma_of(verb)
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if lemma == "claim" and force_predicate(obj) is not None:
            return obj
        if obj.lemma_.lower() in CLAIM_NOUNS and lemma in ("claim", "take"):
            fors = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "for"] or [
                p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
            ]
            if not fors:
                return obj
            acts = [c for p in fors for c in p.children if c.dep_ == "pobj"]
            return acts[0] if acts and force_predicate(acts[0]) is not None else None
    return None


def _bare(noun: Token) -> bool:
    """Tell whether a claimed noun tells nothing of its own: "the attack", "responsibility"."""
    if noun.lemma_.lower() in CLAIM_NOUNS:
        return True
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    return definite and not any(
        c.dep_ in ("poss", "compound", "amod", "nmod", "prep", "acl", "relcl")
        for c in noun.children
    )


def _told_acts(claim: Token) -> list[Token]:
    """Return the acts of force told before a claim, in its sentence and the one before."""
    doc = claim.doc
    start = claim.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    return [doc[i] for i in range(start, claim.i) if force_predicate(doc[i]) is not None]


def _objects(act: Token) -> list[Token]:
    """Return whom an act of force was done to: its object, passive subject or target phrase."""
    if act.pos_ == "NOUN":
        return prep_objects(act, TARGET_PREPS | {"of"})
    if is_passive(act):
        return [c for c in act.children if c.dep_ == "nsubjpass"]
    return [c for c in act.children if c.dep_ == "dobj"] + prep_objects(act, TARGET_PREPS)


def _named_doer(act: Token, actors: ActorIndex) -> bool:
    """Tell whether an act names its doer by a name ("Israeli jets", "the Taliban")."""
    doers = resolve_all(own_agents(act), actors)
    return any(d.token.pos_ == "PROPN" or d.token.dep_ in ("amod", "compound") for d in doers)


def claimed_told_attack(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Rockets hit the U.S. embassy. Kataib Hezbollah claimed the attack." as an attack.

    The claimant attacks (kills, wounds) the objects of each act of force told just
    before, when none of those acts names a doer of its own.
    """
    if lemma_of(verb) not in ("claim", "take") or verb.pos_ != "VERB":
        return
    noun = _claimed_noun(verb)
    if noun is None or not _bare(noun):
        return
    subj_tokens, hops = verb_subjects(verb)
    claimants = resolve_all(subj_tokens, actors, hops=hops)
    acts = [a for a in _told_acts(verb) if a.i != noun.i]
    if not claimants or not acts or any(_named_doer(a, actors) for a in acts):
        return
    for act in acts:
        predicate = force_predicate(act)
        victims: list[Argument] = resolve_all(_objects(act), actors, hops=4)
        kept = [v for v in victims if not any(same_side(c, v) for c in claimants)]
        if predicate is not None and kept:
            yield from pair_candidates(predicate, claimants, kept, verb, verb, TOLL_STRENGTH)


def antecedent_candidates(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the relations of a toll whose doer is the attack told before (rules above)."""
    for rule in (agentless_toll, death_in_attack, toll_of_told_attack, claimed_told_attack):
        yield from rule(verb, actors)
