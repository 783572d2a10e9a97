"""Detention, hostage-taking and harm "at the hands of" X (relations/custody.py, real spaCy)."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
READ = [
    # custody: "took X into custody", "placed X under arrest", "held X in detention"
    (
        "Kenyan police took Joseph Mwangi into custody on Sunday.",
        "Kenyan police",
        "arrests",
        "Joseph Mwangi",
    ),
    (
        "Joseph Mwangi was taken into custody by Kenyan police.",
        "Kenyan police",
        "arrests",
        "Joseph Mwangi",
    ),
    (
        "Turkish police placed a Kurdish activist under house arrest.",
        "Turkish police",
        "arrests",
        "Kurdish activist",
    ),
    (
        "Ahmed Salah was placed under arrest by the Sudanese army.",
        "Military of Sudan",
        "arrests",
        "Ahmed Salah",
    ),
    (
        "Syrian authorities have held the blogger in detention since June.",
        "Syria",
        "arrests",
        "blogger",
    ),
    # hostages, captives and prisoners
    (
        "Al-Shabaab took 12 aid workers hostage.",
        "al-Shabaab",
        "assaults",
        "aid workers",
    ),
    (
        "Hezbollah is holding three Israeli soldiers hostage.",
        "Hezbollah",
        "assaults",
        "Military of Israel",
    ),
    ("The Taliban held the reporter captive for a year.", "Taliban", "assaults", "reporter"),
    (
        "Ukrainian forces took 30 Russian soldiers prisoner.",
        "Military of Ukraine",
        "arrests",
        "Military of Russia",
    ),
    (
        "Russian troops were taken prisoner by Ukrainian forces.",
        "Military of Ukraine",
        "arrests",
        "Military of Russia",
    ),
    # "at the hands of X": the doer of a death or harm told without one
    (
        "Hundreds of prisoners died at the hands of Syrian security forces.",
        "Military of Syria",
        "kills",
        "prisoners",
    ),
    (
        "Dozens of villagers were killed at the hands of the Janjaweed militia.",
        "Janjaweed militia",
        "kills",
        "villagers",
    ),
    ("Detainees suffered torture at the hands of Libyan guards.", "Libya", "assaults", "detainees"),
]

# sentence, subject, predicate, object
MUST_NOT = [
    # no custody noun: taking a place, holding talks
    ("Kenyan police took the town of Garissa.", "Kenyan police", "arrests", "Garissa"),
    (
        "Turkish police kept the protesters in the square.",
        "Turkish police",
        "arrests",
        "protesters",
    ),
    # holding a government or a party hostage is a figure of speech
    (
        "Republicans are holding the government hostage over the budget.",
        "Republicans",
        "assaults",
        "government",
    ),
    # the hostages are moved, not taken hostage here
    ("Al-Shabaab took the aid workers to a camp.", "al-Shabaab", "assaults", "aid workers"),
    # a defeat at someone's hands is no harm done to people
    (
        "The Iraqi army suffered a defeat at the hands of the Islamic State.",
        "Islamic State",
        "kills",
        "Military of Iraq",
    ),
    (
        "The Iraqi army suffered a defeat at the hands of the Islamic State.",
        "Islamic State",
        "assaults",
        "Military of Iraq",
    ),
]


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), READ)
def test_custody_phrase(nlp, sentence, subject, predicate, obj):
    assert_read(nlp, sentence, subject, predicate, obj)


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), MUST_NOT)
def test_custody_phrase_must_not(nlp, sentence, subject, predicate, obj):
    assert_not_read(nlp, sentence, subject, predicate, obj)
