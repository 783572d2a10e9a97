"""Sanctions in all their verbs, and bans and boycotts of traded goods."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
CASES = [
    # tariffs imposed on a party's goods sanction it (CAMEO 163); lifted, they yield
    ("Brazil imposed tariffs on Argentine wheat.", "Brazil", "sanctions", "Argentina"),
    ("Japanese tariffs on South Korean steel angered Seoul.", "Japan", "sanctions", "South Korea"),
    ("Canada slapped new tariffs on Chinese cars.", "Canada", "sanctions", "China"),
    ("Vietnam lifted tariffs on Indian rice.", "Vietnam", "yieldsTo", "India"),
    # easing sanctions yields (CAMEO 08); keeping or tightening them sanctions
    ("The EU reduced sanctions on Belarus.", "European Union", "yieldsTo", "Belarus"),
    ("Washington waived sanctions on Iraq.", "United States", "yieldsTo", "Iraq"),
    ("The United States eased sanctions on Venezuela.", "United States", "yieldsTo", "Venezuela"),
    (
        "The EU extended sanctions on Russia for six months.",
        "European Union",
        "sanctions",
        "Russia",
    ),
    ("Britain toughened its sanctions against Iran.", "United Kingdom", "sanctions", "Iran"),
    (
        "Washington slapped new sanctions on North Korea.",
        "United States",
        "sanctions",
        "North Korea",
    ),
    ("The EU decided to increase sanctions on Iran.", "European Union", "sanctions", "Iran"),
    # the noun of an act done to sanctions reads as its verb
    (
        "The lifting of sanctions on Iran by the UN was welcomed.",
        "United Nations",
        "yieldsTo",
        "Iran",
    ),
    ("The easing of US sanctions against Cuba began in 2015.", "United States", "yieldsTo", "Cuba"),
    (
        "The EU's imposition of sanctions on Russia hurt trade.",
        "European Union",
        "sanctions",
        "Russia",
    ),
    (
        "The removal of sanctions on Sudan by Washington helped.",
        "United States",
        "yieldsTo",
        "Sudan",
    ),
    # a blow dealt with sanctions is a sanction
    ("Washington hit Moscow with new sanctions.", "United States", "sanctions", "Russia"),
    # a ban or boycott on goods sanctions where they come from
    ("China banned imports from Australia.", "China", "sanctions", "Australia"),
    (
        "Russia extended its ban on imports from the European Union.",
        "Russia",
        "sanctions",
        "European Union",
    ),
    ("The EU imposed an embargo on Iranian oil.", "European Union", "sanctions", "Iran"),
    (
        "The Arab League's boycott of Israeli goods lasted decades.",
        "Arab League",
        "sanctions",
        "Israel",
    ),
    ("The United States banned Russian oil imports.", "United States", "sanctions", "Russia"),
    # a boycott called for rallies opposition to the one to be boycotted
    ("Activists called for a boycott of Israel.", "activists", "criticizes", "Israel"),
    ("Turkey called for a boycott of French goods.", "Turkey", "criticizes", "France"),
]

MUST_NOT = [
    # where goods go is no origin: tariffs on exports to Germany do not sanction Germany
    (
        "Trump levied tariffs on steel exports to Germany from 20 countries.",
        "Trump",
        "sanctions",
        "Germany",
    ),
    ("Vietnam lifted tariffs on Indian rice.", "Vietnam", "sanctions", "India"),
    # lifting or easing sanctions imposes none
    ("The EU reduced sanctions on Belarus.", "European Union", "sanctions", "Belarus"),
    ("The European Union lifted sanctions on Iran.", "European Union", "sanctions", "Iran"),
    ("Washington hit Moscow with new sanctions.", "United States", "attacks", "Russia"),
    # easing sanctions imposes none, also as a noun
    (
        "The easing of US sanctions against Cuba began in 2015.",
        "United States",
        "sanctions",
        "Cuba",
    ),
    (
        "The lifting of sanctions on Iran by the UN was welcomed.",
        "United Nations",
        "sanctions",
        "Iran",
    ),
    # a blow with arms stays an attack
    ("Israel hit Hamas with airstrikes.", "Israel", "sanctions", "Hamas"),
    # slapping sanctions is no assault
    (
        "Washington slapped new sanctions on North Korea.",
        "United States",
        "assaults",
        "North Korea",
    ),
    # a ban on goods is an embargo, not coercion
    ("China banned imports from Australia.", "China", "coerces", "Australia"),
    # a ban on anything else stays coercion
    ("Russia banned the opposition party of Navalny.", "Russia", "sanctions", "Navalny"),
    # condemning a boycott of X is no disapproval of X
    ("Jordan condemned the boycott of Israel.", "Jordan", "criticizes", "Israel"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_embargoes(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_embargoes_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
