"""The members a body is made up of or singles out (relations/composition.py), and force in
support of a side (relations/coding.py, relations/objects.py), real spaCy."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
READ = [
    (
        "The Gulf Cooperation Council consists of Kuwait, Qatar and Oman.",
        "Qatar",
        "memberOf",
        "Gulf Cooperation Council",
    ),
    (
        "The Syrian Democratic Forces are made up of Kurdish and Arab fighters.",
        "fighters",
        "memberOf",
        "Syrian Democratic Forces",
    ),
    (
        "The SDF, made up largely by Kurdish fighters of the YPG, entered Raqqa.",
        "Kurdish fighters",
        "memberOf",
        "SDF",
    ),
    (
        "The African Union force is composed of troops from Kenya and Uganda.",
        "troops",
        "memberOf",
        "African Union",
    ),
    # a member singled out of a named body: its member, and it shares the body's part
    (
        "The SDF thanked the Global Coalition, especially France, for its air support.",
        "France",
        "memberOf",
        "Global Coalition",
    ),
    (
        "The SDF thanked the Global Coalition, especially France, for its air support.",
        "SDF",
        "praises",
        "France",
    ),
    (
        "Russia condemned Western governments, particularly Britain and France.",
        "Russia",
        "criticizes",
        "France",
    ),
    # ministers and delegates of a body are its members, as its soldiers are
    (
        "Foreign ministers of the Arab League met in Cairo.",
        "foreign ministers",
        "memberOf",
        "Arab League",
    ),
    # force given in support of a side cooperates with it (CAMEO 062), no praise
    (
        "Russian jets carried out strikes in support of Syrian government forces.",
        "Russia",
        "cooperatesMateriallyWith",
        "Government of Syria",
    ),
    (
        "Turkey deployed troops in support of the Azerbaijani army.",
        "Turkey",
        "cooperatesMateriallyWith",
        "Azerbaijani army",
    ),
]

# sentence, subject, predicate, object
MUST_NOT = [
    # "made" without its particle forms no body
    ("Hezbollah made peace with the Lebanese army.", "Lebanese army", "memberOf", "Hezbollah"),
    # a place is made up of districts, it has no members
    ("Aleppo is made up of Kurdish and Arab districts.", "Kurdish", "memberOf", "Aleppo"),
    # "X comprise Y" (X form Y) and "Y comprises X" are both in use: no reading
    (
        "Kurdish fighters comprise most of the Syrian Democratic Forces.",
        "Syrian Democratic Forces",
        "memberOf",
        "fighters",
    ),
    # a group of no name has no members to single out
    (
        "Russia condemned Western governments, particularly Britain and France.",
        "France",
        "memberOf",
        "Western governments",
    ),
    # a state's ministers are its government's, no members of the state
    ("Foreign ministers of Iran and Turkey met in Ankara.", "ministers", "memberOf", "Iran"),
    # the givers of support are not its receivers
    (
        "Kenya is grateful for the support provided by the African Union and Uganda.",
        "African Union",
        "providesAidTo",
        "Uganda",
    ),
    # the side backed is no enemy, and a speech is no material support
    (
        "Turkey deployed troops in support of the Azerbaijani army.",
        "Turkey",
        "mobilizesAgainst",
        "Azerbaijani army",
    ),
    (
        "The minister gave a speech in support of the Kurdish government.",
        "minister",
        "cooperatesMateriallyWith",
        "Kurdish government",
    ),
]


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), READ)
def test_composition(nlp, sentence, subject, predicate, obj):
    assert_read(nlp, sentence, subject, predicate, obj)


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), MUST_NOT)
def test_composition_must_not(nlp, sentence, subject, predicate, obj):
    assert_not_read(nlp, sentence, subject, predicate, obj)
