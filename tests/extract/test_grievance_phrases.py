"""Preposition phrases: a grievance ("over its ties with Y") names no party; "out of X" does."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

READS = [
    (
        "Kenya threatened to cut off relations with Sudan over its ties with Iran.",
        "Kenya",
        "threatens",
        "Sudan",
    ),
    (
        "Ghana broke off relations with Togo over its links with Libya.",
        "Ghana",
        "reducesRelationsWith",
        "Togo",
    ),
    (
        "Peru severed ties with Chile over its border with Bolivia.",
        "Peru",
        "reducesRelationsWith",
        "Chile",
    ),
]

MUST_NOT = [
    (
        "Kenya threatened to cut off relations with Sudan over its ties with Iran.",
        "Kenya",
        "threatens",
        "Iran",
    ),
    (
        "Ghana broke off relations with Togo over its links with Libya.",
        "Ghana",
        "reducesRelationsWith",
        "Libya",
    ),
    (
        "Peru severed ties with Chile over its border with Bolivia.",
        "Peru",
        "reducesRelationsWith",
        "Bolivia",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), READS)
def test_grievance_reads(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_grievance_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)


# "out of X": the parser hangs "of" on "out"; the phrase still names the party
SPLIT_PREPS = [
    ("Russia pulled out of Georgia.", "Russia", "withdrawsFrom", "Georgia"),
    ("Russia pulled its troops out of Georgia.", "Russia", "withdrawsFrom", "Georgia"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), SPLIT_PREPS)
def test_split_preposition_reads(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)
