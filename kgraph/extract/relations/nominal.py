"""Read relations whose trigger is a noun or an adjective.

Nouns: "talks with X", "a call between X and Y", "strikes on X", "sanctions
against Y", "the designation of Z"; the agent is the possessor ("Trump's call"),
a "by" phrase, the subject of a light verb ("X held talks"), of the clause the
noun sits in ("raised concerns in a call with X"), a modifier ("U.S.
strikes") or the leader of a "-led" event ("the Saudi-led campaign").
Adjectives of attitude: "X is grateful to Y".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import (
    ADJECTIVES,
    CLAUSAL,
    CLAUSE_NOUNS,
    LIGHT_VERBS,
    PROTEST_STRIKES,
    VERB_NOUN,
    WRAPPER_HEADS,
    Trigger,
    lemma_of,
    noun_trigger,
)
from kgraph.extract.relations.arguments import (
    Argument,
    Candidate,
    noun_agents,
    resolve,
    resolve_all,
    verb_subjects,
)
from kgraph.extract.relations.constructions import (
    ACCUSED,
    FORCE_PREDICATES,
    accused_doers,
    agent_targets,
    by_agents,
    led_agents,
)
from kgraph.extract.relations.embargoes import goods_origins
from kgraph.extract.relations.events_aims import (
    aimed_targets,
    armed_acceptors,
    blamed_doers,
    responsible_doers,
)
from kgraph.extract.relations.objects import (
    TOPIC_ONLY_PREPS,
    admissible,
    dative,
    inner_objects,
    pair_candidates,
    prep_objects,
)
from kgraph.extract.relations.pairs_attachment import displaced_object_verb
from kgraph.extract.syntax import hyphen_partners
from kgraph.vocabulary import RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

MODS = ("compound", "amod", "nmod")
# acts both sides do to each other: a hyphenated pair before their noun names the sides
MUTUAL_PREDICATES = frozenset(
    [name for name, kind in RELATIONS.items() if kind.symmetric] + ["fightsAgainst"]
)
TEMPORAL_PREPS = frozenset(("after", "before", "since", "until", "following", "during", "amid"))
ENDING_VERBS = shipped_classes()["ending_verbs"]
EXCHANGING_VERBS = shipped_classes()["exchanging_verbs"]
SERIES_HEADS = shipped_classes()["series_heads"]
ACT_NOUNS = shipped_classes()["act_nouns"]
RESPONSE_VERBS = shipped_classes()["response_verbs"]
# the verb of an act noun: lifting -> lift, easing -> ease, removal -> remove,
# imposition -> impose, extension -> extend, relaxation -> relax
ACT_SUFFIXES = (
    ("ing", ""),
    ("ing", "e"),
    ("al", ""),
    ("al", "e"),
    ("ition", "e"),
    ("sion", "d"),
    ("ation", ""),
    ("ation", "e"),
    ("lation", ""),
)


def _distinct(arguments: Iterable[Argument]) -> list[Argument]:
    """Return the arguments in order, one per actor."""
    seen: set[str] = set()
    out = []
    for arg in arguments:
        if arg.actor.id not in seen:
            seen.add(arg.actor.id)
            out.append(arg)
    return out


def noun_candidates(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the relations a nominal trigger states ("Trump's call with Maduro")."""
    lemma = noun.lemma_.lower()
    if actors.actor_at(noun.i) is not None and not (
        noun.dep_ == "dobj" and (lemma_of(noun.head), lemma) in VERB_NOUN
    ):
        return  # a name, not an event ("Operation Southern Spear"), unless "massed troops"
    trigger = noun
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in WRAPPER_HEADS:
        noun = noun.head  # "aid deliveries", "mediation effort": the head holds the arguments
    outer = series_of(noun)  # "carried out a series of strikes": the series stands for them
    gov = outer.head if outer.dep_ in ("dobj", "nsubjpass") and outer.head.pos_ == "VERB" else None
    gov = displaced_object_verb(noun) or gov  # "pressed X to halt at once airstrikes on Y"
    glemma = lemma_of(gov) if gov is not None else None
    act = _act_noun(noun, lemma) if gov is None else None
    if act is not None:  # "the lifting of sanctions on Iran by the UN": as "lifted sanctions"
        gov, glemma = act
    placed = _placing_participles(noun, lemma)  # "sanctions imposed on Russia by the EU"
    if gov is None and placed:
        glemma = lemma_of(placed[0])  # "the aid cut to Egypt": the combination speaks
    trig = noun_trigger(lemma, glemma)
    if trig is None:
        return
    if lemma == "strike" and any(c.lower_ in PROTEST_STRIKES for c in noun.children):
        trig = Trigger("protestsAgainst", frozenset({"against"}), False, 0.8)
    light = glemma is not None and (glemma in LIGHT_VERBS or (glemma, lemma) in VERB_NOUN)
    obj_tokens: list[Token] = []
    between: list[Token] = []
    holders = [noun, gov] if light and gov is not None else [noun]
    holders += [outer] if outer.i != noun.i else []
    holders += placed
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in trig.preps:
                pobjs = [c for c in child.children if c.dep_ == "pobj"]
                if child.lower_ == "between":
                    between.extend(pobjs)
                else:
                    obj_tokens.extend(pobjs)
            elif holder is gov and (
                child.dep_ == "dative"
                or (child.dep_ == "dobj" and child.i < noun.i)
                # "Hamas was given an ultimatum by Israel": the one given it
                or (child.dep_ == "nsubjpass" and noun.dep_ == "dobj")
            ):
                # "gave Kyiv aid", and "deliver ISIL a defeat" parsed with two objects
                obj_tokens.extend(dative(child))
        obj_tokens.extend(
            t for t in prep_objects(holder, trig.preps - {"between"}) if t not in obj_tokens
        )
    subj_tokens, hops = noun_agents(noun)
    if not subj_tokens:  # "Airstrikes by the coalition": "by" parsed as a passive's agent
        subj_tokens, hops = by_agents(noun), 2
        obj_tokens.extend(t for t in agent_targets(noun, trig.preps) if t not in obj_tokens)
    if not subj_tokens and placed:  # "the sanctions imposed on Iran by the EU"
        subj_tokens, hops = [t for p in placed for t in by_agents(p)], 3
    subjects = resolve_all(subj_tokens, actors, hops=hops)
    if not subjects:  # "the Saudi-led campaign against the Houthis": before any clause's subject
        subjects = resolve_all(led_agents(noun), actors, hops=2)
    attributes: tuple[tuple[str, str], ...] = ()
    if not subjects and trig.predicate in FORCE_PREDICATES:
        accused, _ = accused_doers(noun)  # "charged X with the murder of Y"
        accused = accused or blamed_doers(noun, trig.predicate)  # "attacks on X were blamed on Y"
        subjects = resolve_all(accused, actors, hops=3)
        attributes = (ACCUSED,) if subjects else ()
    agents, undergoer = _possessor_undergoes(noun, actors)
    if agents:  # "Navalny's arrest by Russian police"
        subjects = agents
        obj_tokens.extend(undergoer)
    if not subjects:  # "the IRA accepted responsibility for the bombings"
        subjects = armed_acceptors(noun, trig.predicate, actors)
    if not subjects:  # "the Islamic State was behind the attack on X"
        responsible, believed = responsible_doers(noun, trig.predicate)
        subjects = resolve_all(responsible, actors, hops=3)
        attributes = (ACCUSED,) if subjects and believed else attributes
    if not subjects and act is not None:  # "the EU's imposition of sanctions"
        subj_tokens, hops = noun_agents(act[0])
        subjects = resolve_all(subj_tokens, actors, hops=hops + 1)
    if not subjects and light and gov is not None and act is None:
        subj_tokens, hops = verb_subjects(gov)
        subjects = resolve_all(subj_tokens, actors, hops=hops + 1)
    timed = noun.head.lower_ in TEMPORAL_PREPS  # "after the defeat of X": not the clause's act
    # "spoke with Y about talks with X": a topic, not the speaker's own talks
    timed = timed or noun.head.lower_ in TOPIC_ONLY_PREPS
    if not subjects and _response_means(noun):  # "Iran retaliated with strikes on Israel"
        subj_tokens, hops = verb_subjects(noun.head.head)
        subjects = resolve_all(subj_tokens, actors, hops=hops + 2)
    # "voters are behind the war": support; a doer behind an attack is read above
    timed = timed or noun.head.lower_ == "behind"
    if not subjects and lemma in CLAUSE_NOUNS and noun.dep_ == "pobj" and not timed:
        clause_verb = _clause_verb(noun)
        if clause_verb.pos_ in ("VERB", "AUX"):
            subj_tokens, hops = verb_subjects(clause_verb)
            subjects = resolve_all(subj_tokens, actors, hops=hops + 2)
    if not subjects:
        # "U.S. strikes", "Russian attack", "US-China talks"
        # a noun the parser took for a verb keeps its modifier as "nsubj"
        mod_deps = ("compound", "amod", "nmod", "nsubj") if noun.pos_ == "VERB" else MODS
        # "US-China talks": the parser hangs "US" under "China"; a hyphenated pair names
        # the two sides only of a mutual act ("the Russia-Ukraine war"), while in "joint
        # US-Israeli strikes" both do the act
        mutual = trig.predicate in MUTUAL_PREDICATES
        mods = [
            m
            for c in noun.children
            if c.dep_ in mod_deps
            for m in (hyphen_partners(c) if mutual else [c])
            if actors.actor_at(m.i) is not None
        ]
        subjects = _distinct(a for c in mods if (a := resolve(c, actors)) is not None)
        if len(subjects) > 1 and not obj_tokens and not between:
            objects = subjects[1:]
            yield from pair_candidates(
                trig.predicate, subjects[:1], objects, trigger, trigger, trig.strength
            )
            return
    obj_tokens.extend(goods_origins(obj_tokens))  # "a boycott of Israel's goods"
    objects = resolve_all(obj_tokens, actors, hops=2)
    if not objects and not between:  # "the bombings, which were aimed at soldiers"
        objects = resolve_all(aimed_targets(noun, trig.predicate), actors, hops=3)
    if not objects and not between and trig.predicate in CLAUSAL:
        objects = resolve_all(
            inner_objects(gov if light and gov is not None else noun, trig.predicate),
            actors,
            hops=3,
        )
    if between:
        pair = resolve_all(between, actors, hops=2)
        # a host or mediator relates to both sides ("launched a mediation effort between
        # the Emirates and Saudi Arabia"), as CAMEO codes it
        if len(pair) > 1 and trig.predicate in FORCE_PREDICATES:
            # "died in a battle between troops and militants": the two sides fight, not
            # the clause's subject
            subjects, objects = pair[:1], pair[1:]
        elif subjects:
            objects.extend(a for a in pair if all(a.actor.id != s.actor.id for s in subjects))
        elif len(pair) > 1:
            subjects, objects = pair[:1], pair[1:]
    if not subjects:
        return
    if (
        trig.predicate == "controls"
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in ENDING_VERBS
    ):
        return  # "ISIL's control of Raqqa ended in 2017"
    objects = admissible(trig.predicate, objects)
    # "cancelled a planned visit": the verb of a verb-noun combination carries the modality
    clause = gov if gov is not None and (glemma, lemma) in VERB_NOUN else None
    if clause is not None and glemma in EXCHANGING_VERBS:
        # "India and Pakistan exchanged fire", "Russia exchanged prisoners with Ukraine"
        yield from _exchanged(trig, subjects, objects, trigger, clause)
        return
    yield from pair_candidates(
        trig.predicate, subjects, objects, trigger, trigger, trig.strength, attributes, clause
    )


def _act_noun(noun: Token, lemma: str) -> tuple[Token, str] | None:
    """Return the noun of the act done to a nominal trigger, and its verb.

    "the *lifting* of sanctions" (lift), "the EU's *imposition* of sanctions" (impose):
    a noun of the ``act_nouns`` class whose "of" object the trigger is, read as its
    verb would be with the trigger as object.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in ACT_NOUNS:
        return None
    act = prep.head
    word = act.lower_
    for cut, add in ACT_SUFFIXES:
        verb = word[: len(word) - len(cut)] + add
        if word.endswith(cut) and ((verb, lemma) in VERB_NOUN or verb in LIGHT_VERBS):
            return act, verb
    return None


def series_of(noun: Token) -> Token:
    """Return the head of "a series of strikes", "a wave of attacks", else the noun itself.

    The acts are the series' own: "Israel launched a wave of airstrikes on Gaza" is
    Israel's airstrikes, with the light verb and prepositions of *wave*.
    """
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in SERIES_HEADS:
        return prep.head
    return noun


def _placing_participles(noun: Token, lemma: str) -> list[Token]:
    """Return the participles that place a nominal event: "sanctions *imposed* on Russia".

    A light verb or the verb of a verb-noun combination, as a participle after the
    noun ("talks *held* between X and Y", "the agreement *signed* between X and Y"):
    its prepositions and its "by" agent are the event's.
    """
    return [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and c.tag_ == "VBN"
        and (lemma_of(c) in LIGHT_VERBS or (lemma_of(c), lemma) in VERB_NOUN)
    ]


def _exchanged(
    trig: Trigger,
    subjects: list[Argument],
    objects: list[Argument],
    trigger: Token,
    clause: Token,
) -> Iterator[Candidate]:
    """Yield the act each side of an exchange does to each other side.

    "X and Y exchanged fire" (coordinated subjects) and "X exchanged fire with Y":
    both fire, both are fired on.
    """
    sides = list(subjects)
    sides += [o for o in objects if all(o.actor.id != s.actor.id for s in sides)]
    for doer in sides:
        for other in sides:
            if doer.actor.id != other.actor.id:
                yield Candidate(
                    trig.predicate, doer, other, trigger, trigger, trig.strength, (), clause
                )


def _possessor_undergoes(noun: Token, actors: ActorIndex) -> tuple[list[Argument], list[Token]]:
    """Return the "by" agents of a possessed nominal event and its possessor, who underwent it.

    "Navalny's arrest by Russian police": the police arrested Navalny. Only when
    the "by" phrase names an actor ("Russia's attack by air" keeps its agent).
    """
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if not poss or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return [], []  # "Iran's seizure of the tanker by its navy": the "of" phrase underwent it
    agents = resolve_all(by_agents(noun), actors, hops=2)
    return (agents, poss) if agents else ([], [])


def _response_means(noun: Token) -> bool:
    """Tell whether an act is the means a verb of response names: "retaliated *with* strikes".

    The one who responds does the act: "Iran retaliated with missile strikes on
    Israel", "the army responded with artillery fire on the villages".
    """
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.pos_ == "VERB"
        and lemma_of(prep.head) in RESPONSE_VERBS
    )


def _clause_verb(noun: Token) -> Token:
    """Return the verb of the clause a nominal's phrase sits in ("acted *in support of* Y")."""
    clause_verb = noun.head.head
    for _ in range(3):
        if clause_verb.dep_ == "acomp" or (
            clause_verb.dep_ == "conj" and clause_verb.head.pos_ == "VERB"
        ):
            clause_verb = clause_verb.head  # "remains committed to the defeat of X"
        elif clause_verb.pos_ == "NOUN" and clause_verb.dep_ == "dobj":
            clause_verb = clause_verb.head  # "expressed support for X in the fight against Y"
        elif clause_verb.dep_ == "acl" and clause_verb.head.dep_ == "dobj":
            # "conducted 11 strikes coordinated with and in support of X"
            clause_verb = clause_verb.head.head
        else:
            break
    return clause_verb


def adjective_candidates(adj: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "X is grateful to Y" and "grateful for the support provided by Y" (praise)."""
    trig = ADJECTIVES[adj.lemma_.lower()]
    subj_tokens, hops = verb_subjects(adj.head)
    subjects = resolve_all(subj_tokens, actors, hops=hops + 1)
    objects = resolve_all(prep_objects(adj, trig.preps), actors, hops=2)
    yield from pair_candidates(trig.predicate, subjects, objects, adj, adj, trig.strength)
