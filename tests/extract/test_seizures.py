"""Seizures from an armed party: confiscating goods (CAMEO 17) or taking ground (CAMEO 19)."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

READS = [
    # goods taken from an armed party: confiscation, coercion
    ("Police confiscated weapons from the rebels.", "police", "coerces", "rebels"),
    (
        "Soldiers seized arms and ammunition from the militias at a checkpoint.",
        "soldiers",
        "coerces",
        "militias",
    ),
    ("Troops confiscated cash from the insurgents.", "troops", "coerces", "insurgents"),
    # ground taken from an armed party: a military operation
    (
        "Kurdish troops seized the airport from ISIS fighters.",
        "Kurdish troops",
        "fightsAgainst",
        "ISIS",
    ),
]

MUST_NOT = [
    ("Police confiscated weapons from the rebels.", "police", "fightsAgainst", "rebels"),
    (
        "Soldiers seized arms and ammunition from the militias at a checkpoint.",
        "soldiers",
        "fightsAgainst",
        "militias",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), READS)
def test_seizure_reads(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_seizure_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
