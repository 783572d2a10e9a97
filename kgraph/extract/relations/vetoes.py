"""Precision rules: readings of a candidate relation that news text shows to be wrong.

Each rule reads one construction and either drops the candidate or lowers its
modality:

* :func:`vehicle_agent` — "was struck by *a Volvo*", "hit by a Toyota pickup":
  a product is no attacker. An indefinite article before a name, a model code
  after it ("Volvo XC90") or a vehicle noun makes the agent a thing.
* :func:`measure_agent` — "Kenya was *hit by the sanctions* imposed by the United
  States": an economic measure that hits is no act of force (its imposer sanctions).
* :func:`own_organ` — "Turkey allowed the Turkish army to deploy": a state does
  not yield to, praise or criticise its own government or military (the
  ``partOf`` ties say how they are related).
* :func:`told_or_let` — "shared details *with VOA*" is telling a newspaper, not
  material cooperation; "ordered schools to *allow students*" and "a law that
  *allowed* merchants and students" let people in, which is no yielding to them.
* :func:`place_agent` — a place does no violence: "attacks in the Al-Sinek
  neighborhood, which killed 28 people" (the relative clause is about the attacks).
* :func:`sympathy` — "offered condolences to the families" is a word of sympathy,
  no promise of cooperation.
* :func:`byline` — "X contributed to this report from the United Nations" is a
  credit line, no aid.
* :func:`same_by_initials` — "the Houston Asian American Archive, or HAAA": a
  name and its initials are one actor, no relation between the two.
* :func:`speaker_label` — "VOA: Russia's President … visited China": the name
  before a colon that opens the sentence labels who speaks (an interview's
  question, a source), it is no subject.
* :func:`located_person` — "offered to pay Alinejad's relatives *in Iran*": a
  place after a private person says where they are; the state receives nothing.
* :func:`judged_act_patient` — "welcomed *the closure of* Incirlik", "welcomed the
  release of the hostages": a stance on an act is a stance on its doer; the place shut
  or the people freed (the "of" of an act done to something) are not praised, blamed
  or rejected, nor is a place the act happened at ("the reopening of Kabul airport").
* :func:`question_asked` — "asked Lavrov *whether* Russia would help": asking a question
  is no appeal (CAMEO 020 is a request: "asked Lavrov *to* help").
* :func:`protest_venue` — "students marched in Belgrade": a city a protest is held in is
  where it is, not whom it is against ("demonstrated in Serbia" is read as against
  the state).
* :func:`linked_object` — "a spokesman *linking the attack* with Afghanistan": a verb
  of linking with a direct object ties that object to the other party, not its subject.
* :func:`subject_of_its_own` — "Banda was upset when the school refused to enroll her
  daughter": a verb whose own subject names no actor is that subject's act; the
  subject of the clause above does not stand in for it.
* :func:`place_modifier` — "the Jeddah talks with Ukrainian officials", "a
  Mediterranean agreement with Cairo": a place that modifies the event's noun says
  where or what, not who; it is no party.
* :func:`figurative_gift` — "efforts that could *provide impetus* to the rapprochement",
  "gave a boost to X", "gave a speech to X", "gave UNRWA access to Gaza": what is given
  is a figure of speech, words or access, no aid or offer.
* :func:`laid_down_arms` — "the rebels handed their weapons to the UN": arms of one's
  own handed in are laid down, no aid to the one who takes them.
* :func:`own_receiver` — "a deal between Britain and Mauritius to hand over the islands
  *to Mauritius*": the one an act is done to or for is not also its doer.
* :func:`published` — "China released an AI development program", "released a video
  of the hostages": what is released is made public, no one is freed.
* :func:`forum_modifier` — "Canada requested *World Trade Organization* dispute
  consultations with the U.S.": a body named before an event that someone else asks
  for or holds is its forum, not a party.
* :func:`presupposed` — a temporal clause states a fact even inside a question:
  "Why did Ankara act *after Erdogan spoke with Trump*?" asks about the act, not
  about the call.
* :func:`purpose_modality` — "created a task force *to counter* possible
  interference", "met *to sign an agreement*": an act in a purpose clause is
  intended, not done (planned);
  "possible / potential / any" on its object makes it hypothetical.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.agents import load_agents
from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import NOUNS, PLACE_NOUNS
from kgraph.extract.mentions.actor_words import PRIVATE_PERSON_NOUNS
from kgraph.extract.relations.clauses import STANCE_PREDICATES
from kgraph.extract.syntax import infinitive_marker
from kgraph.model import ActorType, Modality

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.relations.arguments import Candidate

ASKING_QUESTION = shipped_classes()["question_verbs"]
QUESTION_MARKS = frozenset({"if", "whether"})
PATIENT_NOUNS = shipped_classes()["patient_nouns"]
# the asking acts, whose "of" phrase names who asks: "the demands of Greece"
ASKING_PREDICATES = frozenset(("demands", "appealsTo"))
OPPOSITION_MEASURES = shipped_classes()["opposition_measures"]
HIRING_VERBS = shipped_classes()["hiring_verbs"]
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
QUESTION_TAGS = RELATIVE_TAGS | {"WRB"}  # the wh-words a question opens with
FIGURATIVE_GIFTS = (
    shipped_classes()["figurative_gifts"]
    | shipped_classes()["spoken_gifts"]
    | shipped_classes()["access_nouns"]  # a concession (transfers.access_granted)
    | shipped_classes()["sold_services"]  # "airlines offer flights to Cuban cities"
)
PUBLICATION_NOUNS = shipped_classes()["publication_nouns"]
MILITARY_GOODS = shipped_classes()["military_goods"]
HANDING_IN = frozenset({"hand", "turn", "surrender"})
GIVING = frozenset({"providesAidTo", "expressesIntentToCooperateWith"})
FORCE = frozenset({"attacks", "kills", "assaults", "targets", "fightsAgainst"})
VEHICLE_NOUNS = shipped_classes()["vehicle_nouns"]
EXPLOSIVES = shipped_classes()["explosive_nouns"]  # not a drone or rocket shot down
MODEL_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9-]{2,}$")  # "XC90", "F-150", "A4"
SELF_RELATIONS = frozenset({"yieldsTo", "praises", "criticizes", "rejects", "appealsTo"})
HEDGES = shipped_classes()["hedge_modifiers"]
PURPOSE_DEPS = frozenset({"advcl", "acl"})
TEMPORAL_MARKS = frozenset({"after", "before", "since", "when", "once", "until", "while"})
PERMIT_VERBS = shipped_classes()["permitting_verbs"]
WRITINGS = shipped_classes()["writing_nouns"]
SYMPATHY_NOUNS = shipped_classes()["sympathy_nouns"]
# what is shared when sharing is telling or having in common: "shared details of their
# ordeal with VOA", "shares borders with Chad"
TOLD_NOUNS = shipped_classes()["told_nouns"]


def vehicle_agent(cand: Candidate) -> bool:
    """Return True when an act of force has a product as its agent: "struck by a Volvo"."""
    if cand.predicate not in FORCE or cand.subject.actor.type is not ActorType.ORGANIZATION:
        return False
    token = cand.subject.token
    doc = token.doc
    start = token.left_edge.i
    if any(t.lower_ in ("a", "an") and t.dep_ == "det" for t in doc[start : token.i]):
        return True
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and (MODEL_CODE.match(nxt.text) or nxt.lower_ in VEHICLE_NOUNS):
        return True
    return token.lower_ in VEHICLE_NOUNS or token.head.lower_ in VEHICLE_NOUNS


def struck_explosive(cand: Candidate) -> bool:
    """Return True when a verb of force has a mine or device as its object: "hit a Taliban mine".

    The vehicle or patrol that strikes a mine or a roadside bomb undergoes it; the
    side whose explosive it is ("a Taliban mine") is not attacked.
    """
    if cand.predicate not in FORCE or cand.trigger.pos_ != "VERB":
        return False
    token = cand.object.token
    weapon = token.head if token.dep_ in ("compound", "amod", "nmod", "poss") else token
    return (
        weapon.lemma_.lower() in EXPLOSIVES
        and weapon.dep_ == "dobj"
        and weapon.head.i == cand.trigger.i
    )


def measure_agent(cand: Candidate) -> bool:
    """Return True when a verb of force has an economic measure as its doer: "hit by sanctions"."""
    if cand.predicate not in FORCE or cand.trigger.pos_ != "VERB":
        return False
    doers = [c for c in cand.trigger.children if c.dep_ == "nsubj"] + [
        o for c in cand.trigger.children if c.dep_ == "agent" for o in c.children
    ]
    for doer in doers:
        trig = NOUNS.get(doer.lemma_.lower())
        if trig is not None and trig.predicate == "sanctions":
            return True
    return False


def own_organ(cand: Candidate) -> bool:
    """Return True for a state acting on its own government or military: "Turkey … its army"."""
    if cand.predicate not in SELF_RELATIONS:
        return False
    subj, obj = cand.subject.actor, cand.object.actor
    home = subj.iso if subj.type is ActorType.STATE else None
    organ = obj.type in (ActorType.GOVERNMENT, ActorType.MILITARY)
    return home is not None and organ and obj.country == home


def told_or_let(cand: Candidate) -> bool:
    """Return True for sharing with the media or allowing an unnamed group (no relation)."""
    lemma = cand.trigger.lemma_.lower()
    obj = cand.object.actor
    shared = {c.lemma_.lower() for c in cand.trigger.children if c.dep_ == "dobj"}
    shared.add(cand.object.token.head.lemma_.lower())  # "shared with VOA details" (compound)
    told = shared & TOLD_NOUNS
    if lemma == "share" and (obj.type is ActorType.MEDIA or told):
        return True
    return lemma in PERMIT_VERBS and cand.predicate == "yieldsTo" and obj.type is ActorType.GROUP


def place_agent(cand: Candidate) -> bool:
    """Return True for an act of force whose agent is a place ("the neighborhood … killed")."""
    return cand.predicate in FORCE and cand.subject.actor.type is ActorType.LOCATION


def sympathy(cand: Candidate) -> bool:
    """Return True for offering condolences or sympathy ("offer our condolences to X")."""
    offered = {c.lemma_.lower() for c in cand.trigger.children if c.dep_ == "dobj"}
    return bool(offered & SYMPATHY_NOUNS)


def byline(cand: Candidate) -> bool:
    """Return True for a credit line: "contributed to this report"."""
    if cand.trigger.lemma_.lower() != "contribute":
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and c.dep_ == "pobj"
        and c.lemma_.lower() in WRITINGS
        for prep in cand.trigger.children
        for c in prep.children
    )


def speaker_label(cand: Candidate) -> bool:
    """Return True when the subject is a label before a colon opening the sentence ("VOA: …")."""
    token = cand.subject.token
    sent = token.sent
    after = token.i + 1
    # a headline "White House: …" over quotes names who speaks in them; only a label
    # inside the act's own sentence stands in for its subject
    return (
        sent.start == cand.trigger.sent.start
        and token.left_edge.i == sent.start
        and after < sent.end
        and token.doc[after].text == ":"
        and token.i - sent.start < 4  # a short label, not a clause ending in a colon
    )


def located_person(cand: Candidate) -> bool:
    """Return True when the object is a place after a private person ("relatives in Iran")."""
    place = cand.object.token
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "from", "at", "inside"):
        return False
    if cand.object.actor.type not in (ActorType.STATE, ActorType.LOCATION, ActorType.GOVERNMENT):
        return False
    prep = place.head
    # the parser may hang the phrase on the verb: "wrote another user from Beijing"
    noun = prep.head if prep.head.pos_ in ("NOUN", "PROPN") else prep.doc[prep.i - 1]
    return noun.i < prep.i and noun.lower_ in PRIVATE_PERSON_NOUNS


def judged_act_patient(cand: Candidate) -> bool:
    """Return True when a stance's object undergoes the act judged: "welcomed the closure of X"."""
    # "welcome" is read as hosting a visitor until coding makes its act object praise
    if cand.predicate not in STANCE_PREDICATES and cand.trigger.lemma_.lower() != "welcome":
        return False
    token = cand.object.token
    phrase = token.head if token.dep_ in ("compound", "amod") else token  # "Kabul airport"
    if phrase.dep_ != "pobj" or phrase.head.lower_ != "of":
        return False
    act = phrase.head.head
    if act.pos_ != "NOUN" or act.i == cand.trigger.i or act not in cand.trigger.subtree:
        return False
    if act.lemma_.lower() in OPPOSITION_MEASURES and act.head.head.i == cand.trigger.i:
        return False  # "called for a boycott of Israel": the one to be boycotted is opposed
    if cand.object.actor.type is ActorType.LOCATION or phrase.lemma_.lower() in PLACE_NOUNS:
        return True
    lemma = act.lemma_.lower()
    trigger = NOUNS.get(lemma)
    if trigger is not None and trigger.predicate in ASKING_PREDICATES:
        return False  # "rejected the demands of Greece": who asks, not who undergoes
    return lemma in PATIENT_NOUNS or (trigger is not None and "of" in trigger.preps)


def _direct_question(clause: Token) -> bool:
    """Tell whether a clause is a question put in its own words: a wh-word first, or a "?"."""
    return clause.left_edge.tag_ in QUESTION_TAGS or any(t.text == "?" for t in clause.subtree)


def question_asked(cand: Candidate) -> bool:
    """Return True for an appeal that asks a question: "asked X whether/if …"."""
    if cand.predicate != "appealsTo" or cand.trigger.lemma_.lower() not in ASKING_QUESTION:
        return False
    clauses = [c for c in cand.trigger.children if c.dep_ in ("ccomp", "advcl")]
    asks = any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for c in clauses for m in c.children)
    # a question quoted before "she asked": "What … has a child, she asked", "Will you …?"
    asks = asks or any(_direct_question(c) for c in clauses)
    requests = any(c.dep_ == "xcomp" or c.lower_ == "for" for c in cand.trigger.children)
    return asks and not requests


def protest_venue(cand: Candidate) -> bool:
    """Return True for a protest "in" a city read as aimed at the city."""
    place = cand.object.token
    return (
        cand.predicate == "protestsAgainst"
        and cand.object.actor.type is ActorType.LOCATION
        and place.dep_ == "pobj"
        and place.head.lower_ in ("in", "at", "inside", "across", "throughout")
    )


def linked_object(cand: Candidate) -> bool:
    """Return True for a tie read from a subject that links something else: "linking X with Y"."""
    if cand.predicate != "affiliatedWith" or cand.trigger.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "dobj" and c.i != cand.subject.token.i and c.i != cand.object.token.i
        for c in cand.trigger.children
    )


def subject_of_its_own(cand: Candidate) -> bool:
    """Return True when an act with a subject of its own is given a subject from outside."""
    trigger, subject = cand.trigger, cand.subject.token
    if trigger.pos_ != "VERB" or subject in trigger.subtree:
        return False
    if subject.head not in list(trigger.ancestors):
        return False  # an agent told in an earlier sentence ("The attack killed 14")
    return any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.tag_ not in RELATIVE_TAGS
        for c in trigger.children
    )


def place_modifier(cand: Candidate) -> bool:
    """Return True for a subject that is a place modifying the event noun ("the Jeddah talks")."""
    token = cand.subject.token
    return (
        cand.subject.actor.type is ActorType.LOCATION
        and token.dep_ in ("compound", "amod", "nmod")
        and token.head.i == cand.trigger.i
    )


def figurative_gift(cand: Candidate) -> bool:
    """Return True for giving or providing a figure of speech ("provide impetus to X")."""
    if cand.predicate not in GIVING:
        return False
    given = [c for c in cand.trigger.children if c.dep_ == "dobj"]
    if cand.trigger.pos_ == "NOUN":
        given.append(cand.trigger)
    return any(g.lemma_.lower() in FIGURATIVE_GIFTS for g in given)


def laid_down_arms(cand: Candidate) -> bool:
    """Return True for one's own arms handed in: "the rebels handed their weapons to X"."""
    trigger = cand.trigger
    verb = trigger.head if trigger.pos_ == "NOUN" else trigger  # the combination's noun
    if cand.predicate not in GIVING or verb.lemma_.lower() not in HANDING_IN:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in MILITARY_GOODS
        and any(p.dep_ == "poss" for p in c.children)
        for c in verb.children
    )


def own_receiver(cand: Candidate) -> bool:
    """Return True when the subject is named as the act's own receiver ("… to Mauritius")."""
    subject = cand.subject.token
    return subject.pos_ == "PROPN" and any(
        prep.dep_ in ("prep", "dative")
        and prep.lower_ == "to"
        and o.dep_ == "pobj"
        and o.i != subject.i
        and o.lower_ == subject.lower_
        for prep in cand.trigger.children
        for o in prep.children
    )


def published(cand: Candidate) -> bool:
    """Return True for a release that publishes something: "released a report on X"."""
    if cand.predicate != "releases":
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PUBLICATION_NOUNS
        for c in cand.trigger.children
    )


def forum_modifier(cand: Candidate) -> bool:
    """Return True for an international body before an event with a partner another seeks."""
    body, event = cand.subject.token, cand.trigger
    if (
        cand.subject.actor.type is not ActorType.INTERNATIONAL_ORGANIZATION
        or body.dep_ != "compound"
        or body.head.i != event.i
        or event.dep_ != "dobj"
        or not any(c.dep_ == "prep" and c.lower_ == "with" for c in event.children)
    ):
        return False
    # "Canada requested WTO consultations with the U.S.": Canada is the other party
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in event.head.children)


def same_by_initials(cand: Candidate) -> bool:
    """Return True when one argument's label is the initials of the other's ("HAAA")."""
    a, b = cand.subject.actor.label, cand.object.actor.label
    return _initials(a) == b.replace(".", "") or _initials(b) == a.replace(".", "")


def _initials(label: str) -> str:
    words = [w for w in label.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def presupposed(trigger: Token, modality: Modality) -> Modality:
    """Return ASSERTED for an act in a temporal clause of a question, else ``modality``.

    Only the question mark makes such a clause hypothetical; "if" and "whether"
    clauses stay hypothetical.
    """
    if modality is not Modality.HYPOTHETICAL or trigger.dep_ != "advcl":
        return modality
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    if marks & TEMPORAL_MARKS and trigger.sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return Modality.ASSERTED
    return modality


def purpose_modality(trigger: Token, obj: Token, modality: Modality) -> Modality:
    """Return the modality of an act named in a purpose clause ("to counter X").

    "Germany set up a task force to counter possible interference by Russia": the
    countering is intended (planned), and hedged by "possible" (hypothetical).
    Control verbs ("agreed to", "plans to") are read by the modality stage; the act
    someone is hired or paid for ("hired X to kill Y") is intended too.
    """
    modality = presupposed(trigger, modality)
    if (
        modality in (Modality.ASSERTED, Modality.REPORTED)
        and trigger.dep_ == "xcomp"
        and trigger.head.lemma_.lower() in HIRING_VERBS
    ):
        return Modality.PLANNED
    if modality is not Modality.ASSERTED:
        return modality
    if _hedged(obj):
        return Modality.HYPOTHETICAL
    # "met to sign an agreement", "flew to Doha to hold talks": the noun's verb
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    infinitive = verb.tag_ == "VB" and infinitive_marker(verb) is not None
    idiom = any(c.lower_ == verb.lower_ and c.i != verb.i for c in verb.head.children)
    if infinitive and verb.dep_ in PURPOSE_DEPS and not idiom:
        return Modality.PLANNED
    return modality


def _hedged(obj: Token) -> bool:
    """Return whether the object phrase is hedged: "*possible* interference by Russia".

    A hedge on a noun of people hedges their role, not the party: police who shot
    "the *alleged* killer" shot someone.
    """
    node = obj
    for _ in range(3):
        if node.ent_type_ == "PERSON" or load_agents().sectors(node.lemma_):
            return False
        if any(c.dep_ == "amod" and c.lower_ in HEDGES for c in node.children):
            return True
        if node.dep_ == "pobj" and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "interference *by Russia*": the noun of the phrase
        else:
            break
    return False


# every rule that drops a candidate, in the order they are tried
VETOES = (
    vehicle_agent,
    struck_explosive,
    measure_agent,
    own_organ,
    told_or_let,
    place_agent,
    sympathy,
    byline,
    judged_act_patient,
    question_asked,
    protest_venue,
    linked_object,
    subject_of_its_own,
    place_modifier,
    figurative_gift,
    laid_down_arms,
    own_receiver,
    published,
    forum_modifier,
    same_by_initials,
    speaker_label,
    located_person,
)
