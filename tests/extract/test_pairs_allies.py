"""Whose ally an "ally" noun with a possessor and a modifier names: relations and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    (
        "The Kremlin wanted to help Assad, its main Middle East ally, defeat the rebels.",
        "Assad",
        "alliedWith",
        "Kremlin",
    ),
    ("Turkey, America’s NATO ally, closed its airspace.", "Turkey", "alliedWith", "America"),
    # with no possessor the modifier is the partner
    ("A NATO ally, Turkey, closed its airspace.", "Turkey", "alliedWith", "NATO"),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    (
        "The Kremlin wanted to help Assad, its main Middle East ally, defeat the rebels.",
        "Assad",
        "alliedWith",
        "Middle East",
    ),
    ("Turkey, America’s NATO ally, closed its airspace.", "Turkey", "alliedWith", "NATO"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_ally_partner_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_ally_partner_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
