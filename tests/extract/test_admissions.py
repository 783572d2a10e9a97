"""Letting refugees in or stay is aid to them (CAMEO 07)."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

READS = [
    (
        "Kenya allowed Somali refugees into the country.",
        "Kenya",
        "providesAidTo",
        "Somali refugees",
    ),
    ("Kenya allowed the refugees to stay.", "Kenya", "providesAidTo", "refugees"),
    (
        "Chad will let Sudanese refugees cross the border.",
        "Chad",
        "providesAidTo",
        "Sudanese refugees",
    ),
]

MUST_NOT = [
    ("Kenya allowed the journalists to stay.", "Kenya", "providesAidTo", "journalists"),
    ("Kenya will allow Sudan to open a consulate.", "Kenya", "providesAidTo", "Sudan"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), READS)
def test_admission_reads(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_admission_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
