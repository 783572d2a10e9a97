"""Opening an embassy or consulate in a state is diplomatic cooperation (CAMEO 05)."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

READS = [
    ("Kenya opened an embassy in Brazil.", "Kenya", "cooperatesWith", "Brazil"),
    ("The United States reopened its embassy in Cuba.", "United States", "cooperatesWith", "Cuba"),
    ("India will open a consulate in Nepal.", "India", "cooperatesWith", "Nepal"),
]

MUST_NOT = [
    (
        "Protesters in Iran attacked the British embassy.",
        "Iran",
        "cooperatesWith",
        "United Kingdom",
    ),
    ("Kenya closed its embassy in Brazil.", "Kenya", "cooperatesWith", "Brazil"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), READS)
def test_embassy_reads(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_embassy_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
