"""Demands and disapproval told in a clause or a noun's complement: sentences → relations."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_text
from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # a demanded act done by its own party asks that party
    ("Kosovo demanded an Israeli apology.", "Kosovo", "demands", "Israel"),
    (
        "Armenia demanded Azerbaijan's withdrawal from the border.",
        "Armenia",
        "demands",
        "Azerbaijan",
    ),
    # the "of" phrase of a demand names who asks, not who undergoes a judged act
    ("Turkey rejected the demands of Greece.", "Turkey", "rejects", "Greece"),
    # a party forced to act is coerced; orders and instructions given are demands
    ("Ethiopia forced Eritrea to close its border.", "Ethiopia", "coerces", "Eritrea"),
    (
        "The Kenyan president gave orders to Kenyan police to clear the camp.",
        "Kenya",
        "demands",
        "Kenyan police",
    ),
    (
        "Erdogan sent instructions to the Turkish army to prepare an offensive.",
        "Recep Tayyip Erdoğan",
        "demands",
        "Military of Turkey",
    ),
    # an order of an act its own party does, or an order "for X to" act
    (
        "The Security Council ordered the withdrawal of Ugandan troops from the border.",
        "United Nations Security Council",
        "demands",
        "Military of Uganda",
    ),
    (
        "Erdogan issued orders for Turkish police to close the border.",
        "Recep Tayyip Erdoğan",
        "demands",
        "Turkish police",
    ),
    # the subject of a demand noun's "that" clause is the one asked
    (
        "The rebels insisted on their demand that the Kenyan government release the prisoners.",
        "rebels",
        "demands",
        "Government of Kenya",
    ),
    (
        "Amnesty International renewed its demand that Egypt release the journalists.",
        "Amnesty International",
        "demands",
        "Egypt",
    ),
    # "for X to V" after a demanding phrase or a demand noun
    ("Canada pushed for Brazil to join the talks.", "Canada", "demands", "Brazil"),
    ("France is pressing for Germany to back the plan.", "France", "demands", "Germany"),
    ("Kenya called for the United Nations to sanction Iran.", "Kenya", "demands", "United Nations"),
    (
        "The African Union repeated its call for Ethiopia to withdraw its troops.",
        "African Union",
        "demands",
        "Ethiopia",
    ),
    # a call on X to act appeals to X, as the verb "call on" does
    (
        "Kenya's call on Uganda to withdraw its troops went unanswered.",
        "Kenya",
        "appealsTo",
        "Uganda",
    ),
    (
        "The African Union repeated its calls on Ethiopia to end the war.",
        "African Union",
        "appealsTo",
        "Ethiopia",
    ),
    # pressure on a party to act
    (
        "The United States stepped up pressure on Iran to halt enrichment.",
        "United States",
        "demands",
        "Iran",
    ),
    (
        "The European Union put pressure on Turkey to release the journalists.",
        "European Union",
        "demands",
        "Turkey",
    ),
    ("Kenya came under pressure from Uganda to withdraw its troops.", "Uganda", "demands", "Kenya"),
    # telling a party to act commands it
    ("Trump told Iran to stop the attacks.", "Donald Trump", "demands", "Iran"),
    # a mandative clause in the bare subjunctive asks its subject
    ("Kenya insisted that Uganda withdraw its troops.", "Kenya", "demands", "Uganda"),
    ("Kenya proposed that Uganda join the talks.", "Kenya", "appealsTo", "Uganda"),
    (
        "The United Nations proposed that Kenya join the talks.",
        "United Nations",
        "appealsTo",
        "Kenya",
    ),
    # a message whose clause says what must be done
    (
        "Britain issued a reminder to Iraq that it must cooperate with the inspectors.",
        "United Kingdom",
        "demands",
        "Iraq",
    ),
    (
        "Japan sent a clear message to China that it should respect the ceasefire.",
        "Japan",
        "demands",
        "China",
    ),
    # pressure on a party to act
    ("Washington pressed Iran to halt enrichment.", "United States", "demands", "Iran"),
    ("Moscow pressured Armenia to join the union.", "Russia", "demands", "Armenia"),
    # calling for measures, or for others to join forces, against a party (CAMEO 113)
    ("Norway called for sanctions against Venezuela.", "Norway", "criticizes", "Venezuela"),
    (
        "Pope Francis called for international action against Myanmar.",
        "Pope Francis",
        "criticizes",
        "Myanmar",
    ),
    (
        "The Syrian president called on Arabs to unite against Israel.",
        "Syria",
        "criticizes",
        "Israel",
    ),
    (
        "Iran urged Muslims to unite and mobilize against Israel.",
        "Iran",
        "criticizes",
        "Israel",
    ),
    # an act of its own party called for asks that party
    (
        "The United Nations called for the withdrawal of Russian troops from Ukraine.",
        "United Nations",
        "demands",
        "Russia",
    ),
    ("Kenya called for Uganda's withdrawal from the island.", "Kenya", "demands", "Uganda"),
    # the complaint is made to the one summoned
    (
        "Kenya summoned Uganda's ambassador to protest the border raids.",
        "Kenya",
        "criticizes",
        "Uganda",
    ),
    (
        "Nigeria summoned the British ambassador to complain about the remarks.",
        "Nigeria",
        "criticizes",
        "United Kingdom",
    ),
    (
        "Kenya summoned Uganda's ambassador to lodge a protest over the raids.",
        "Kenya",
        "criticizes",
        "Uganda",
    ),
    (
        "Kenya summoned the Ugandan envoy on Monday over the border raids.",
        "Kenya",
        "criticizes",
        "Uganda",
    ),
    # an arrest warrant accuses the one it is for (CAMEO 112)
    ("The ICC issued an arrest warrant for Duterte.", "ICC", "accuses", "Duterte"),
    ("An Argentine court issued a warrant against Maduro.", "Argentina", "accuses", "Maduro"),
    # a lawsuit accuses (CAMEO 115)
    ("Mexico filed a lawsuit against the United States.", "Mexico", "accuses", "United States"),
    (
        "Mexico's lawsuit against the United States was dismissed.",
        "Mexico",
        "accuses",
        "United States",
    ),
    # diplomatic ties resumed or normalized
    ("Kenya resumed diplomatic relations with Somalia.", "Kenya", "cooperatesWith", "Somalia"),
    ("Israel normalized ties with Bahrain.", "Israel", "cooperatesWith", "Bahrain"),
]

# the one appealed to or pressed does the inner act, which stays unperformed:
# text, subject, predicate, object, modality
INNER_ACTS = [
    (
        "Kenya appealed to Uganda to release the prisoners.",
        "Uganda",
        "releases",
        "prisoners",
        "hypothetical",
    ),
    (
        "Washington pressured Kenya to attack al-Shabab.",
        "Kenya",
        "attacks",
        "al-Shabaab",
        "hypothetical",
    ),
    (
        "Kenya demanded Uganda to release the prisoners.",
        "Uganda",
        "releases",
        "prisoners",
        "hypothetical",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # orders given are no aid; a way forced or an expulsion is no coercion to act
    (
        "Erdogan gave orders to the Turkish army.",
        "Recep Tayyip Erdoğan",
        "providesAidTo",
        "Military of Turkey",
    ),
    ("Ethiopian troops forced their way into Eritrea.", "Ethiopia", "coerces", "Eritrea"),
    # waiting for X to act orders no one; an arrest ordered is the arrested one's, not asked
    (
        "Erdogan waited for Turkish police to arrive.",
        "Recep Tayyip Erdoğan",
        "demands",
        "Turkish police",
    ),
    # what the asked party is to do to someone is not asked of that someone
    (
        "The rebels insisted on their demand that the Kenyan government release Ali Hassan.",
        "rebels",
        "demands",
        "Ali Hassan",
    ),
    # a clause whose subject is no party asks no one
    (
        "Kenya demanded that the meeting with Uganda be postponed.",
        "Kenya",
        "demands",
        "Uganda",
    ),
    # calm or an end to something is called for, not against anyone
    ("Kenya called for calm in Somalia.", "Kenya", "criticizes", "Somalia"),
    ("Kenya called for calm in Somalia.", "Kenya", "demands", "Somalia"),
    # the lifting of sanctions is no measure against the sanctioned
    (
        "Russia called for the lifting of sanctions against Iran.",
        "Russia",
        "criticizes",
        "Iran",
    ),
    # uniting with no one opposed
    ("The Syrian president called on Arabs to unite.", "Syria", "criticizes", "Arabs"),
    # pressure on prices, not on a party
    (
        "The drought in Kenya put pressure on prices.",
        "Kenya",
        "demands",
        "Kenya",
    ),
    # pressure with no act asked of anyone
    ("Kenya faces pressure from Uganda over the dam.", "Uganda", "demands", "Kenya"),
    # a call on a day is no call on a party
    ("Kenya made a call on Monday to Uganda.", "Kenya", "appealsTo", "Uganda"),
    # an indicative clause states, and a passive one names no one asked
    ("Kenya insisted that Uganda was behind the attack.", "Kenya", "demands", "Uganda"),
    ("Kenya suggested that Uganda was behind the attack.", "Kenya", "appealsTo", "Uganda"),
    ("Kenya demanded that Ali Hassan be released.", "Kenya", "demands", "Ali Hassan"),
    ("Kenya renewed its demand that Ali Hassan be released.", "Kenya", "demands", "Ali Hassan"),
    # the one who appeals or presses does not do the inner act
    ("Kenya appealed to Uganda to release the prisoners.", "Kenya", "releases", "prisoners"),
    ("Washington pressured Kenya to attack al-Shabab.", "United States", "attacks", "al-Shabaab"),
    # telling a party what one will do asks nothing of it
    ("Kenya told Uganda that it would attend the summit.", "Kenya", "demands", "Uganda"),
    # a summons to talk, not to complain
    (
        "Kenya summoned Uganda's ambassador to discuss the border.",
        "Kenya",
        "criticizes",
        "Uganda",
    ),
    # the one released, arrested or handed over is not asked to act
    (
        "Kenya called for the release of Ali Hassan by Uganda.",
        "Kenya",
        "demands",
        "Ali Hassan",
    ),
    # a summons to a court is no complaint to an envoy
    (
        "The court in Kenya summoned the minister Ali Hassan over the scandal.",
        "Kenya",
        "criticizes",
        "Ali Hassan",
    ),
    # a message with no "must" clause demands nothing
    (
        "Japan sent a message of condolence to China.",
        "Japan",
        "demands",
        "China",
    ),
    # pressure felt is no demand made
    (
        "Kenya pressed ahead with the plan despite objections from Uganda.",
        "Kenya",
        "demands",
        "Uganda",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_demand_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_demand_is_not_read(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj", "modality"), INNER_ACTS)
def test_inner_act_is_the_addressee_s(nlp, text, subject, predicate, obj, modality):
    ex = extract_text(text, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    found = [
        (actors[r.subject], r.predicate, actors[r.object], r.modality.value) for r in ex.relations
    ]
    assert any(
        p == predicate and m == modality and actor_matches(subject, s) and actor_matches(obj, o)
        for s, p, o, m in found
    ), [(s.label, p, o.label, m) for s, p, o, m in found]
