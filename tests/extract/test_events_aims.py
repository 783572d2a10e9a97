"""Nominal events aimed at someone, attacks undergone as a campaign or a wave, new event nouns.

Sentences → relations tables, and must-nots beside them.
"""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # the target in a participle or relative clause of aiming
    (
        "Hamas claimed responsibility for the attacks, which were aimed at Israeli soldiers.",
        "Hamas",
        "attacks",
        "Israeli soldiers",
    ),
    (
        "The bombings by the IRA, aimed at British soldiers, killed four.",
        "IRA",
        "attacks",
        "British soldiers",
    ),
    ("The EU imposed sanctions aimed at Russia.", "European Union", "sanctions", "Russia"),
    ("UN sanctions aimed at North Korea took effect.", "UN", "sanctions", "North Korea"),
    ("Russian strikes directed against the rebels continued.", "Russia", "targets", "rebels"),
    (
        "The attacks by ISIS seemed to be aimed at Shiite pilgrims.",
        "Islamic State",
        "attacks",
        "Shiite pilgrims",
    ),
    (
        "The Taliban attack was aimed at Afghan soldiers.",
        "Taliban",
        "attacks",
        "Afghan soldiers",
    ),
    # an armed side that accepts responsibility for an attack claims it
    (
        "The IRA accepted responsibility for the bombings, which were aimed at British soldiers.",
        "IRA",
        "attacks",
        "British soldiers",
    ),
    (
        "Hamas accepted responsibility for the attack on Israeli soldiers.",
        "Hamas",
        "attacks",
        "Israeli soldiers",
    ),
    # the side behind or responsible for an attack is its doer
    ("Hamas was behind the attack on Israeli soldiers.", "Hamas", "attacks", "Israeli soldiers"),
    (
        "The gunmen behind the killing of Ahmed Darwish were never caught.",
        "gunmen",
        "kills",
        "Ahmed Darwish",
    ),
    (
        "Al-Shabaab was responsible for the bombing of the Kenyan embassy.",
        "al-Shabaab",
        "attacks",
        "Kenya",
    ),
    (
        "Mossad is believed to be behind the assassination of Mahmoud al-Mabhouh.",
        "Mossad",
        "kills",
        "Mahmoud al-Mabhouh",
    ),
    # an attack claimed in the passive is its claimant's
    (
        "The ambush on the Nigerian soldiers was claimed by Boko Haram.",
        "Boko Haram",
        "attacks",
        "Nigerian soldiers",
    ),
    # who takes part in, masterminds or orchestrates an attack does it
    (
        "Ali Hassan took part in the attack on the Kenyan embassy.",
        "Ali Hassan",
        "attacks",
        "Kenya",
    ),
    (
        "Ali Hassan participated in the massacre of Kurdish villagers.",
        "Ali Hassan",
        "kills",
        "Kurdish villagers",
    ),
    (
        "Ali Hassan was involved in the bombing of the Kenyan embassy.",
        "Ali Hassan",
        "attacks",
        "Kenya",
    ),
    (
        "Ali Hassan masterminded the attack on the Kenyan embassy.",
        "Ali Hassan",
        "attacks",
        "Kenya",
    ),
    # an attack undergone as a campaign or a wave of attacks
    ("Turkey has endured bombing campaigns by ISIS.", "Islamic State", "attacks", "Turkey"),
    (
        "Kyiv faced a series of attacks from Russian forces.",
        "Russian forces",
        "attacks",
        "Kyiv",
    ),
    # event nouns of the lexicon
    ("The capture of Abu Bakr by US forces was announced.", "US forces", "arrests", "Abu Bakr"),
    ("Ukraine's appeal to NATO was rejected.", "Ukraine", "appealsTo", "NATO"),
    ("The genocide of the Yazidis by ISIS horrified the world.", "ISIS", "kills", "Yazidis"),
    ("China's loan to Pakistan eased the crisis.", "China", "providesAidTo", "Pakistan"),
    ("Iran hanged Ali Karimi on Monday.", "Iran", "kills", "Ali Karimi"),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # an advertising campaign or talks aimed at someone name no adversary
    (
        "Joe Biden launched an advertising campaign aimed at Hispanic voters.",
        "Joe Biden",
        "fightsAgainst",
        "Hispanic voters",
    ),
    ("Iran criticized talks aimed at Hamas.", "Iran", "negotiatesWith", "Hamas"),
    # the aim of the act is its target, not its doer
    ("The EU imposed sanctions aimed at Russia.", "Russia", "sanctions", "European Union"),
    # a state or a minister that accepts responsibility answers for a failure
    (
        "Kenya accepted responsibility for the attack on the Somali embassy.",
        "Kenya",
        "attacks",
        "Somalia",
    ),
    # the dead and the wounded of an attack take no part in it
    (
        "Ali Hassan was wounded in the attack on the Kenyan embassy.",
        "Ali Hassan",
        "attacks",
        "Kenya",
    ),
    # standing behind a war is support for it; a throw of support attacks no one
    (
        "American voters are behind the war against the Islamic State.",
        "American voters",
        "fightsAgainst",
        "Islamic State",
    ),
    (
        "Egypt threw its support behind the Libyan army.",
        "Egypt",
        "attacks",
        "Military of Libya",
    ),
    # the one who undergoes is the subject, never the doer
    ("Turkey has endured bombing campaigns by ISIS.", "Turkey", "attacks", "Islamic State"),
    # the capture of a city is a military operation, not an arrest
    ("The capture of Mosul by Iraqi forces ended the siege.", "Iraqi forces", "arrests", "Mosul"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_not_read(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
