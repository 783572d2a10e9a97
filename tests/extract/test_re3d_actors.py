"""Arguments that are no names: described bodies, partners and victims, object pronouns.

Real spaCy pipeline; sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kgraph.extract.pipeline import extract_text
from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
READ = [
    # a definite description with modifiers refers back: "the militant group"
    (
        "Islamic State fighters seized the town. Iraqi troops later attacked the militant group.",
        "Military of Iraq",
        "attacks",
        "Islamic State",
    ),
    (
        "Al-Shabaab claimed the attack. Kenyan police arrested members of the armed group.",
        "Kenyan police",
        "arrests",
        "al-Shabaab",
    ),
    (
        "The army arrested two Hamas members. Police later raided the terrorist organization.",
        "police",
        "attacks",
        "Hamas",
    ),
    # an object pronoun is not the subject its verb shares across "and"
    ("Putin hosted Lukashenko and praised him.", "Putin", "praises", "Lukashenko"),
    # partners, allies and victims are groups
    ("The rebels attacked our allies in the region.", "rebels", "attacks", "allies"),
    ("Japan will consult its partners on the sanctions.", "Japan", "proposesTalksWith", "partners"),
    ("Gunmen shot the victims near the market.", "gunmen", "assaults", "victims"),
    # ministers are a group; an organisation's name before a group names it
    ("Blinken met Arab foreign ministers in Amman.", "Blinken", "meetsWith", "foreign ministers"),
    ("Hamas attacked NATO troops near the border.", "Hamas", "attacks", "NATO troops"),
    # opponents, critics and enemies are groups
    (
        "Police arrested dozens of government opponents in the capital.",
        "police",
        "arrests",
        "government opponents",
    ),
    ("Erdogan's critics accused him of corruption.", "critics", "accuses", "Erdogan"),
    # members are a group when counted or harmed, and the body they make up when it is named;
    # names in apposition to a group are the actors
    ("Gunmen attacked members of the Hazara tribe.", "gunmen", "attacks", "members"),
    ("Police arrested five members of Hamas.", "police", "arrests", "Hamas"),
    (
        "Two senators, John Reed and Susan Collins, urged Rubio to act.",
        "Susan Collins",
        "appealsTo",
        "Rubio",
    ),
    # "the government" is that of the state whose troops the sentence names, not of a place
    (
        "Yemen-based Houthi rebels attacked Saudi troops in 2015, when the government sent"
        " soldiers into Yemen to fight the rebel group.",
        "Government of Saudi Arabia",
        "fightsAgainst",
        "Houthis",
    ),
    # a quotation that runs on speaks for the side its first sentence named
    (
        "“We struck the depot,” said Col. John Smith, the spokesman of the Combined Joint"
        " Task Force. “We will attack the Islamic State again.”",
        "Combined Joint Task Force",
        "attacks",
        "Islamic State",
    ),
]

# sentence, subject, predicate, object that must not be read
MUST_NOT = [
    # "the rival group" is another group than the one named before
    (
        "Hamas fired rockets at Israel. Israeli jets struck the rival group.",
        "Israel",
        "attacks",
        "Hamas",
    ),
    # one's partners are no members of one's own
    ("Japan will consult its partners on the sanctions.", "partners", "affiliatedWith", "Japan"),
    ("The rebels attacked Turkey's allies in the region.", "allies", "affiliatedWith", "Turkey"),
    ("Erdogan's critics accused him of corruption.", "critics", "affiliatedWith", "Erdogan"),
    # an unnamed group's "include" names who is among them, no members of a body
    (
        "Erdogan's critics, which include the opposition party CHP, accused him of fraud.",
        "CHP",
        "memberOf",
        "critics",
    ),
    # members that undergo nothing are no group of their own
    (
        "Putin agreed to add two members to the council.",
        "Putin",
        "expressesIntentToCooperateWith",
        "members",
    ),
    # "him" is not the subject of "hosted … and praised"
    ("Putin hosted Lukashenko and praised him.", "Putin", "praises", "Putin"),
    # a noun naming an actor before an operation's noun is its owner, no description
    (
        "Islamic State fighters seized the town. The coalition campaign against them continued.",
        "Islamic State",
        "fightsAgainst",
        "Islamic State",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), READ)
def test_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_not_read(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)


def test_led_compound_is_no_actor(nlp):
    # "U.S.-led" is one token: a modifier of the coalition, no place or state of its own
    ex = extract_text("The U.S.-led coalition's jets bombed Islamic State fighters.", nlp=nlp)
    assert [a.label for a in ex.actors if "led" in a.label] == [], [a.label for a in ex.actors]


def test_government_is_not_of_a_place(nlp):
    # "Yemen-based" and "into Yemen" say where; the troops named say whose government acts
    text = (
        "Yemen-based Houthi rebels attacked Saudi troops in 2015, when the government sent"
        " soldiers into Yemen to fight the rebel group."
    )
    labels = [a.label for a in extract_text(text, nlp=nlp).actors]
    assert "Government of Yemen" not in labels, labels
