"""Support given in an act of force, and its giver (relations/coding.py, constructions.py), real
spaCy."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
READ = [
    # "aided by support from X": X gives the support, in an act of force military
    (
        "The rebels, aided by support from Turkey, seized the town.",
        "Turkey",
        "cooperatesMateriallyWith",
        "rebels",
    ),
    (
        "Kurdish forces retook the village, aided by American air support.",
        "United States",
        "cooperatesMateriallyWith",
        "Kurdish forces",
    ),
    (
        "Houthi fighters attacked the port, aided by Iranian advisers.",
        "Iran",
        "cooperatesMateriallyWith",
        "Houthis",
    ),
]

# sentence, subject, predicate, object
MUST_NOT = [
    # the support is what is given, never the giver's own act against the receiver
    (
        "The rebels, aided by support from Turkey, seized the town.",
        "Turkey",
        "fightsAgainst",
        "rebels",
    ),
    # the giver named in a "with support from" phrase is no object of the act
    ("With support from Iran, the Houthis seized the port.", "Houthis", "coerces", "Iran"),
    # a question asked is no appeal, and only support participles reach the clause subject
    (
        "Asked by Reuters on Monday about the sanctions, Rubio said the talks would go on.",
        "Reuters",
        "appealsTo",
        "Rubio",
    ),
]


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), READ)
def test_support_in_force(nlp, sentence, subject, predicate, obj):
    assert_read(nlp, sentence, subject, predicate, obj)


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), MUST_NOT)
def test_support_in_force_must_not(nlp, sentence, subject, predicate, obj):
    assert_not_read(nlp, sentence, subject, predicate, obj)
