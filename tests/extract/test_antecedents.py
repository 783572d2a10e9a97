"""A toll with no doer of its own reads it from the attack told before: sentences → relations."""

from __future__ import annotations

import pytest

from kgraph.extract.pipeline import extract_text
from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # agentless_toll: the passive toll in the next sentence
    (
        "Gunmen raided a farm outside Jos on Monday. Nine people were killed.",
        "gunmen",
        "kills",
        "people",
    ),
    (
        "Militants attacked a checkpoint near the border. Three policemen were wounded.",
        "militants",
        "assaults",
        "policemen",
    ),
    # ... or later in the same sentence
    (
        "Insurgents stormed the garrison, and eight soldiers were killed.",
        "insurgents",
        "kills",
        "soldiers",
    ),
    # a definite attack told again is passed over for the one first told
    (
        "Gunmen attacked a convoy in the north. In the attack, six policemen were killed.",
        "gunmen",
        "kills",
        "policemen",
    ),
    # death_in_attack: "died in" an attack with a doer, or in the one told before
    ("Four soldiers died in a Houthi raid on the port.", "Houthis", "kills", "soldiers"),
    (
        "The rebels stormed the airport on Friday. Eleven soldiers died in the fighting.",
        "rebels",
        "kills",
        "soldiers",
    ),
    # toll_of_told_attack: "the attack killed …"
    (
        "Jihadists raided a mosque in the east. The attack killed 14 worshippers.",
        "jihadists",
        "kills",
        "worshippers",
    ),
    # an attack told by a verb with its preposition
    (
        "Police fired on the crowd. Five protesters were killed.",
        "police",
        "kills",
        "protesters",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # no attack before the toll
    (
        "The governor toured the region on Sunday. Nine people were killed.",
        "governor",
        "kills",
        "people",
    ),
    # the attack comes after the toll
    (
        "Nine people were killed in a bus crash. Later, rebels attacked a base.",
        "rebels",
        "kills",
        "people",
    ),
    # a killing told before has its own doer and victims: no attack to read the toll from
    (
        "Troops shot dead two gunmen. Four other people were killed.",
        "troops",
        "kills",
        "people",
    ),
    # the doer of the nearest attack is no actor: nothing is read past it
    (
        "The militants fled. A car bomb struck the market. Nine people were killed.",
        "militants",
        "kills",
        "people",
    ),
    # victims of the doer's own kind may be its own
    (
        "Government forces attacked rebel positions. Twelve soldiers were killed.",
        "government forces",
        "kills",
        "soldiers",
    ),
    # dying not in an attack
    (
        "The army besieged the city for months. Many residents died of hunger.",
        "army",
        "kills",
        "residents",
    ),
    # a toll with its own doer keeps it
    (
        "Rebels attacked the town. Six villagers were killed by a landslide.",
        "rebels",
        "kills",
        "villagers",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_toll_reads_the_attack_told_before(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_toll_reads_no_doer_it_cannot_have(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)


def test_toll_read_across_sentences_is_weaker_than_one_named(nlp):
    """The doer read from the sentence before is less sure than one named in the clause."""

    def confidence(text):
        kills = [r for r in extract_text(text, nlp=nlp).relations if r.predicate == "kills"]
        assert kills, text
        return kills[0].confidence

    named = confidence("Gunmen killed nine people at a farm outside Jos.")
    told = confidence("Gunmen raided a farm outside Jos on Monday. Nine people were killed.")
    assert told < named
