"""Read casualties whose doer is not the subject of the verb that tells them.

* :func:`remainder_toll` — a second verb of harm whose object only counts more of
  the people harmed before: "the militants killed 23 soldiers *and injured another
  15*", "killing 40 people *and wounding scores more*", "*and wounding 100*" → the
  doer of the first verb harms the same group again.
* :func:`agent_of_misread_participle` — a participle with a "by" agent that the parser
  took for the main verb, with the one harmed as its subject: "The gunman, *shot dead
  by police*, had a record", "a soldier *killed and beheaded by* troops was buried"
  → the agent harms the subject.
* :func:`headline_toll_in_attack` — the headline's participle with the ones harmed as
  its subject: "Afghan civilians *killed in Pakistani airstrike*".
* :func:`toll_when_attacked` — a passive of killing or wounding (or a verb of dying)
  timed by a clause of force: "two soldiers were killed *when jets bombed* their
  base", "ten protesters died *as troops opened fire*" → the clause's subject kills
  them.
* :func:`toll_in_gerund_attack` — the attack noun of "killed in", "died in" tagged as a
  verb: "four soldiers died *in Russian shelling* overnight" → its modifier kills them.

* :func:`toll_of_partner_phrase` — two tolls told together share the attack the last one
  names: "two soldiers were killed and five more were wounded *in a Taliban ambush*"
  (the Taliban kills the soldiers, and wounds five more of them).

* :func:`patient_of_passive_gerund` — "X did …, *before being killed by* Y": the one
  killed is the subject of the clause the gerund hangs on ("gunmen stormed the hotel,
  killing 14 guests before being shot dead by police" → police kill the gunmen).
* :func:`toll_of_blamed_attack` — an attack *blamed on* a side is its act: "five soldiers
  were killed in an ambush blamed on jihadists", "a bombing blamed on the rebels killed
  ten people".
* :func:`toll_among`, :func:`toll_among_casualties` — the ones said to be *among those
  killed* or *among the dead* in an attack: "two journalists were among those killed in
  the Israeli strike", "three soldiers were among the dead in the al-Shabab attack".
* :func:`toll_of_wounds` — "died of wounds *sustained in* a Taliban attack": the attack's
  doer kills.
* :func:`toll_of_gerund_subject` — a subject attack noun the parser made a gerund clause,
  with its "by" agent: "*Shelling by Russian forces* killed five civilians".

A doer read from a clause beside the toll, of one kind and land with the victims,
is no reading (they may be its own: :func:`kgraph.extract.relations.antecedents.same_side`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of, noun_trigger, verb_trigger_at
from kgraph.extract.relations.antecedents import DYING_VERBS, force_predicate, same_side
from kgraph.extract.relations.arguments import (
    Argument,
    Candidate,
    is_passive,
    noun_agents,
    resolve,
    resolve_all,
    verb_subjects,
)
from kgraph.extract.relations.constructions import FORCE_PREDICATES
from kgraph.extract.relations.objects import pair_candidates, pobjs_of
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

TOLL_PREDICATES = frozenset({"kills", "assaults"})
# "another 15", "scores more", "20 others", "dozens of others": more of those harmed before
REMAINDER_WORDS = shipped_classes()["remainder_words"]
COUNT_NOUNS = shipped_classes()["count_nouns"]
FIRE_NOUNS = shipped_classes()["fire_nouns"]
TIMING_MARKS = shipped_classes()["timing_marks"]
BLAMING_VERBS = shipped_classes()["blaming_verbs"]
DEAD_WORDS = shipped_classes()["dead_words"]
WOUNDED_WORDS = shipped_classes()["wounded_words"]
WOUND_NOUNS = shipped_classes()["wound_nouns"]
STRENGTH = 0.7
_IN = frozenset(("in", "during"))  # "wounded in / during a Taliban ambush"
_ON_TO = frozenset(("on", "to"))
_OF_FROM = frozenset(("of", "from"))


def _toll_predicate(verb: Token) -> Predicate | None:
    trig = verb_trigger_at(verb) if verb.pos_ == "VERB" else None
    if trig is None or trig.predicate not in TOLL_PREDICATES:
        return None
    return trig.predicate


def _remainder(obj: Token) -> bool:
    """Tell whether an object only counts more people: "another 15", "scores more", "100".

    A bare number, or a number or count noun ("dozens", "scores") with "another",
    "more" or "other(s)"; "dozens of others" through its "of" phrase.
    """
    if obj.lower_ in REMAINDER_WORDS:
        return obj.lower_ == "others"  # "killed 20 soldiers and wounded others"
    counting = obj.like_num or obj.lower_ in COUNT_NOUNS
    if not counting:
        return False
    kids = list(obj.children)
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if any(c.lower_ in REMAINDER_WORDS for c in kids) or (
        after is not None and after.lower_ == "more"  # "wounded dozens more": on the verb
    ):
        return True
    of_others = [
        p
        for p in kids
        if p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lower_ == "others" for o in p.children)
    ]
    if of_others:
        return True
    return obj.like_num and not any(c.dep_ in ("prep", "amod", "compound") for c in kids)


def _phrase_end(count: Token) -> Token:
    """Return the last word of a count phrase, its head: "scores *more*", "dozens of *others*"."""
    end = count.right_edge
    after = count.doc[end.i + 1] if end.i + 1 < len(count.doc) else None
    return after if after is not None and after.lower_ == "more" else end


def _first_conjunct(verb: Token) -> Token | None:
    """Return the verb a coordinated verb follows: "killed 23 soldiers and *injured* …"."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        return verb.head
    return None


def remainder_toll(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "they killed 23 soldiers and injured another 15": they injure the soldiers' group.

    The second verb's object counts more of the first verb's object; the two verbs
    share their subject.
    """
    predicate = _toll_predicate(verb)
    first = _first_conjunct(verb)
    if predicate is None or first is None or _toll_predicate(first) is None:
        return
    counts = [c for c in verb.children if c.dep_ == "dobj" and _remainder(c)]
    if not counts or resolve(counts[0], actors) is not None:
        return  # "injured dozens of others": the others are a group of their own
    earlier = [c for c in first.children if c.dep_ == "dobj"]
    harmed = [a for a in (resolve(t, actors) for t in earlier) if a is not None]
    if not harmed:
        return
    subj_tokens, hops = verb_subjects(verb)
    doers = resolve_all(subj_tokens, actors, hops=hops)
    victims = [Argument(a.actor, _phrase_end(counts[0]), a.quality, a.hops + 2) for a in harmed[:1]]
    yield from _pairs(predicate, doers, victims, verb)


def _agent_pobjs(verb: Token) -> list[Token]:
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def _misread_patients(verb: Token) -> list[Token]:
    """Return the subject of a participle the parser made a finite verb, else nothing.

    "The gunman, shot dead by police, had …": *shot* is the root with *gunman* as
    its ``nsubj``; a verb with a "by" agent and no object is passive whatever its tag.
    """
    if verb.tag_ not in ("VBD", "VBN") or is_passive(verb):
        return []
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]


def _partner(verb: Token) -> Token | None:
    """Return the bare participle right after a verb ("killed *and beheaded* by troops")."""
    for conj in verb.children:
        if (
            conj.dep_ == "conj"
            and conj.tag_ == "VBN"
            and conj.i <= verb.i + 4
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children)
        ):
            return conj
    return None


def agent_of_misread_participle(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "The gunman, shot dead by police, had a record" as the police kill the gunman.

    Also the first of two participles sharing the agent ("a soldier killed and
    beheaded by troops") and the second ("beheaded": its partner's subject).
    """
    predicate = _toll_predicate(verb)
    if predicate is None:
        return
    patients = _misread_patients(verb)
    agents = _agent_pobjs(verb)
    partner = _partner(verb)
    if patients and not agents and partner is not None:
        agents = _agent_pobjs(partner)  # "killed and beheaded by troops"
    if not patients and verb.dep_ == "conj" and agents and _partner(verb.head) is verb:
        patients = _misread_patients(verb.head)  # "beheaded": the soldier killed and beheaded
    if not patients or not agents:
        return
    doers = resolve_all(agents, actors, hops=2)
    victims = resolve_all(patients, actors, hops=2)
    yield from _pairs(predicate, doers, victims, verb)


def headline_toll_in_attack(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read the headline "Afghan civilians killed in Pakistani airstrike": Pakistan kills them.

    A participle with the ones harmed as its subject and no auxiliary, in an attack
    that names its doer.
    """
    predicate = _toll_predicate(verb)
    if predicate is None or verb.tag_ != "VBN":
        return
    patients = _misread_patients(verb)
    doers = _attack_doers(verb, actors) if patients else []
    yield from _pairs(predicate, doers, resolve_all(patients, actors), verb)


def _force_clause(verb: Token) -> Token | None:
    """Return a clause of force that times a verb: "killed *when jets bombed* the base".

    A "when" or "as" clause whose verb is an act of force, or opens fire.
    """
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.i < verb.i:
            continue
        if not any(c.lower_ in TIMING_MARKS and c.i < clause.i for c in clause.children):
            continue
        fire = any(c.dep_ == "dobj" and c.lemma_.lower() in FIRE_NOUNS for c in clause.children)
        if fire or force_predicate(clause) in FORCE_PREDICATES:
            return clause
    return None


def toll_victims(verb: Token) -> tuple[Predicate | None, list[Token]]:
    """Return what a verb of harm or dying tells of its undergoers: "were killed", "died"."""
    if verb.pos_ == "VERB" and lemma_of(verb) in DYING_VERBS:
        return "kills", [c for c in verb.children if c.dep_ == "nsubj"]
    predicate = _toll_predicate(verb)
    if predicate is None or not is_passive(verb):
        return None, []
    if any(c.dep_ == "agent" for c in verb.children):
        return None, []  # "killed by X when …": the agent is read by the verb
    return predicate, [c for c in verb.children if c.dep_ == "nsubjpass"]


def _partner_tolls(verb: Token) -> Iterator[tuple[Token, Predicate, list[Token]]]:
    """Yield the tolls coordinated after a toll: "were killed *and four (were) wounded*".

    With what each is told of: its passive subject, or a count the parser made its
    subject ("and four wounded").
    """
    for partner in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
        second, counts = toll_victims(partner)
        if second is None and partner.tag_ == "VBN":
            counts = [c for c in partner.children if c.dep_ == "nsubj" and _remainder(c)]
            second = _toll_predicate(partner) if counts else None
        if second is not None:
            yield partner, second, counts


def _more_of(
    predicate: Predicate,
    doers: list[Argument],
    victims: list[Argument],
    counts: list[Token],
    partner: Token,
    actors: ActorIndex,
) -> Iterator[Candidate]:
    """Yield the second toll of a count of more of the first toll's victims ("five more")."""
    if counts and _remainder(counts[0]) and resolve(counts[0], actors) is None:
        more = [Argument(v.actor, _phrase_end(counts[0]), v.quality, v.hops + 2) for v in victims]
        yield from _pairs(predicate, doers, more[:1], partner)


def toll_when_attacked(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "two soldiers were killed when Israeli jets bombed the base": Israel kills them.

    The clause may hang on a toll coordinated after ("three soldiers were killed and
    four wounded when militants attacked"): it times both.
    """
    predicate, patients = toll_victims(verb)
    if predicate is None or not patients:
        return
    partners = list(_partner_tolls(verb))
    clause = _force_clause(verb)
    for partner, _, _ in partners:
        clause = clause or _force_clause(partner)
    if clause is None:
        return
    subj_tokens, hops = verb_subjects(clause)
    doers = resolve_all(subj_tokens, actors, hops=hops + 1)
    victims = [v for v in resolve_all(patients, actors) if not any(same_side(d, v) for d in doers)]
    yield from _pairs(predicate, doers, victims, verb)
    for partner, second, counts in partners:
        yield from _more_of(second, doers, victims, counts, partner, actors)


def _gerund_attack(verb: Token) -> Token | None:
    """Return an attack noun tagged as a verb in a verb's "in" phrase ("died in *shelling*")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.pos_ != "VERB" or pobj.tag_ != "VBG":
                continue
            trig = noun_trigger(pobj.lower_)
            if trig is not None and trig.predicate in FORCE_PREDICATES:
                return pobj
    return None


def toll_in_gerund_attack(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "four soldiers died in Russian shelling overnight": Russia kills the soldiers.

    The parser tags *shelling* a verb there; its modifier or possessor is the doer.
    """
    predicate, patients = toll_victims(verb)
    if predicate is None or not patients:
        return
    attack = _gerund_attack(verb)
    if attack is None:
        return
    mods = [c for c in attack.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    doers = [a for c in mods if (a := resolve(c, actors, hops=3)) is not None]
    yield from _pairs(predicate, doers, resolve_all(patients, actors), verb)


def _attack_in(verb: Token) -> Token | None:
    """Return the attack noun of a verb's "in" phrase: "wounded *in a Taliban ambush*"."""
    return next((p for p in pobjs_of(verb, _IN) if force_predicate(p) in FORCE_PREDICATES), None)


def _attack_doers(verb: Token, actors: ActorIndex) -> list[Argument]:
    """Return the doers an attack noun of a verb's "in" phrase names ("in a Taliban ambush")."""
    attack = _attack_in(verb)
    if attack is None:
        return []
    agents, hops = noun_agents(attack)
    mods = agents or [c for c in attack.children if c.dep_ in ("amod", "compound", "nmod")]
    return resolve_all(mods, actors, hops=hops + 3)


def toll_of_partner_phrase(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "two soldiers were killed and five more were wounded in a Taliban ambush".

    The first toll, naming no attack of its own, takes the attack of the toll
    coordinated after it; a count of more ("five more") on the second is of the
    first toll's victims.
    """
    predicate, patients = toll_victims(verb)
    if predicate is None or not patients or _attack_in(verb) is not None:
        return
    victims = resolve_all(patients, actors)
    for partner, second, counts in _partner_tolls(verb):
        doers = _attack_doers(partner, actors)
        if doers:
            yield from _pairs(predicate, doers, victims, verb)
            yield from _more_of(second, doers, victims, counts, partner, actors)


def patient_of_passive_gerund(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "gunmen stormed the hotel, killing 14 guests before being shot dead by police".

    A passive gerund ("being killed") with an agent and no subject of its own, in a
    "before" or "after" phrase: its patient is the subject of the verb above.
    """
    predicate = _toll_predicate(verb)
    if predicate is None or verb.dep_ != "pcomp" or verb.head.lower_ not in ("before", "after"):
        return
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return
    agents = _agent_pobjs(verb)
    above = verb.head.head
    if not agents or above.pos_ != "VERB":
        return
    subj_tokens, hops = verb_subjects(above)
    victims = resolve_all(subj_tokens, actors, hops=hops + 2)
    yield from _pairs(predicate, resolve_all(agents, actors, hops=2), victims, verb)


def _blamed_on(noun: Token) -> list[Token]:
    """Return the side an attack is blamed on: "an ambush *blamed on* jihadists"."""
    return [
        o
        for acl in noun.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and lemma_of(acl) in BLAMING_VERBS
        for o in pobjs_of(acl, _ON_TO)
    ]


def toll_of_blamed_attack(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "five soldiers were killed in an ambush blamed on jihadists": the jihadists kill them.

    Also the attack as the subject: "a bombing blamed on the rebels killed ten people".
    """
    predicate, patients = toll_victims(verb)
    attack = _attack_in(verb) if predicate is not None else None
    if attack is None and not is_passive(verb):
        predicate = _toll_predicate(verb)
        patients = [c for c in verb.children if c.dep_ == "dobj"]
        nouns = [c for c in verb.children if c.dep_ == "nsubj" and force_predicate(c) is not None]
        attack = nouns[0] if nouns else None
    if predicate is None or attack is None or not patients:
        return
    doers = resolve_all(_blamed_on(attack), actors, hops=3)
    yield from _pairs(predicate, doers, resolve_all(patients, actors), verb)


def toll_of_gerund_subject(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Shelling by Russian forces killed five civilians": Russian forces kill them.

    The parser makes *shelling* a gerund clause before the verb, with the "by"
    phrase as its agent, and leaves the verb no subject.
    """
    predicate = _toll_predicate(verb)
    if predicate is None or is_passive(verb) or any(c.dep_ == "nsubj" for c in verb.children):
        return
    gerunds = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i and c.i == c.left_edge.i
    ]
    for gerund in gerunds:
        trig = noun_trigger(gerund.lower_)
        if trig is None or trig.predicate not in FORCE_PREDICATES:
            continue
        doers = resolve_all(_agent_pobjs(gerund), actors, hops=2)
        victims = resolve_all([c for c in verb.children if c.dep_ == "dobj"], actors)
        yield from _pairs(predicate, doers, victims, verb)


def _among_subjects(word: Token) -> list[Token]:
    """Return who is said to be among a word's ones: "*journalists* were among those …"."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return []
    return [c for c in prep.head.children if c.dep_ in ("nsubj", "attr") and c.i != word.i]


def toll_among(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "two journalists were among those killed in the Israeli strike": Israel kills them."""
    predicate = _toll_predicate(verb)
    if predicate is None or verb.dep_ != "acl" or not is_passive(verb):
        return
    patients = _among_subjects(verb.head)
    if not patients:
        return
    subj_tokens, hops = verb_subjects(verb)
    doers = resolve_all(subj_tokens, actors, hops=hops + 1)
    yield from _pairs(predicate, doers, resolve_all(patients, actors), verb)


def toll_among_casualties(word: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "three soldiers were among the dead in the al-Shabab attack": al-Shabab kills them."""
    lower = word.lower_
    predicate: Predicate | None = (
        "kills" if lower in DEAD_WORDS else "assaults" if lower in WOUNDED_WORDS else None
    )
    patients = _among_subjects(word) if predicate is not None else []
    if predicate is None or not patients:
        return
    # the attack's phrase on the word or on "were": "were among the dead in the attack"
    doers = _attack_doers(word, actors) or _attack_doers(word.head.head, actors)
    yield from _pairs(predicate, doers, resolve_all(patients, actors), word)


def toll_of_wounds(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "four soldiers died of wounds sustained in an Islamic State attack" as IS kills them.

    The wounds' participle ("sustained", "suffered") names the attack they came from.
    """
    if verb.pos_ != "VERB" or lemma_of(verb) not in DYING_VERBS:
        return
    wounds = [o for o in pobjs_of(verb, _OF_FROM) if o.lower_ in WOUND_NOUNS]
    parts = [c for w in wounds for c in w.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    doers = [d for part in parts for d in _attack_doers(part, actors)]
    victims = resolve_all([c for c in verb.children if c.dep_ == "nsubj"], actors)
    yield from _pairs("kills", doers, victims, verb)


def _pairs(
    predicate: Predicate,
    doers: list[Argument],
    victims: list[Argument],
    trigger: Token,
    *,
    strict: bool = False,
) -> Iterator[Candidate]:
    """Pair doers and victims; ``strict`` drops victims who may be the doer's own.

    A doer the attack names itself ("in IS attacks") is kept whatever its side; one
    read from a clause beside the toll ("when troops stormed …") is not.
    """
    kept = [v for v in victims if not (strict and any(same_side(d, v) for d in doers))]
    if doers and kept:
        yield from pair_candidates(predicate, doers, kept, trigger, trigger, STRENGTH)


def casualty_candidates(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the casualties of a verb whose doer is not its plain subject (rules above)."""
    for rule in (
        remainder_toll,
        agent_of_misread_participle,
        headline_toll_in_attack,
        toll_when_attacked,
        toll_in_gerund_attack,
        toll_of_partner_phrase,
        patient_of_passive_gerund,
        toll_of_blamed_attack,
        toll_of_gerund_subject,
        toll_among,
        toll_of_wounds,
    ):
        yield from rule(verb, actors)
