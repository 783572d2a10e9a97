"""An attack told from the side of the one attacked: sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    (
        "Kurdish fighters received mortar fire from Turkish troops overnight.",
        "Turkey",
        "attacks",
        "Kurdish fighters",
    ),
    ("Israel suffered a missile attack from the Houthis.", "Houthis", "attacks", "Israel"),
    (
        "Ukrainian soldiers faced heavy attacks by Russian forces near Avdiivka.",
        "Russian forces",
        "attacks",
        "Ukrainian soldiers",
    ),
    (
        "Syrian troops came under fire from Islamic State fighters.",
        "Islamic State",
        "attacks",
        "Syrian troops",
    ),
    # fire and attacks between unarmed sides are words
    (
        "Rishi Sunak came under fire from Labour lawmakers over the budget.",
        "Labour lawmakers",
        "criticizes",
        "Rishi Sunak",
    ),
    (
        "Macron faced attacks from Marine Le Pen over the pension reform.",
        "Le Pen",
        "criticizes",
        "Macron",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    (
        "Rishi Sunak came under fire from Labour lawmakers over the budget.",
        "Labour lawmakers",
        "attacks",
        "Rishi Sunak",
    ),
    ("The ministry received complaints from Egypt.", "Egypt", "attacks", "ministry"),
    ("Kenya received aid from Japan.", "Japan", "attacks", "Kenya"),
    # the undergoer is the subject, never the doer
    ("Israel suffered a missile attack from the Houthis.", "Israel", "attacks", "Houthis"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_undergone_attack_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_undergone_attack_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
