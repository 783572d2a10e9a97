"""A grievance phrase ("over its ties with Y") names why, not a party to the act."""

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
