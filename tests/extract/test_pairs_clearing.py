"""Clearing a place of an armed foe: sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    (
        "Iraqi forces cleared the city of Taliban fighters.",
        "Iraqi forces",
        "fightsAgainst",
        "Taliban",
    ),
    (
        "Kurdish forces cleared Raqqa of Islamic State militants.",
        "Kurdish forces",
        "fightsAgainst",
        "Islamic State",
    ),
    ("Nigeria purged the region of Boko Haram.", "Nigeria", "fightsAgainst", "Boko Haram"),
    # the "of" phrase on the passive verb, the doer in the "by" phrase
    (
        "The town was cleared of Taliban fighters by Afghan troops.",
        "Afghan troops",
        "fightsAgainst",
        "Taliban",
    ),
    # through a part of the place
    (
        "The Iraqis have cleared a fifth of the city of Islamic State fighters.",
        "Iraq",
        "fightsAgainst",
        "Islamic State",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # an unarmed group driven out is no foe in a fight
    ("The police cleared the square of protesters.", "police", "fightsAgainst", "protesters"),
    # the place itself is no foe
    ("Syrian troops cleared the city of Aleppo.", "Syrian troops", "fightsAgainst", "Aleppo"),
    # the foe does not fight the one that clears it out
    (
        "Kurdish forces cleared Raqqa of Islamic State militants.",
        "Islamic State",
        "fightsAgainst",
        "Raqqa",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_clearing_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_clearing_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
