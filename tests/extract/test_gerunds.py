"""An act told by a gerund with a direct object: sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # the object of "charge … with" does the gerund
    ("Serbia charged Albania with supporting the rebels.", "Albania", "praises", "rebels"),
    # the gerund, tagged as a noun, modifies its doer
    ("Russian jets bombing Kobani killed ten people.", "Russia", "attacks", "Kobani"),
    ("Russian warplanes bombing Aleppo hit a hospital.", "Russia", "attacks", "Aleppo"),
    ("Israeli tanks shelling Rafah were seen at dawn.", "Israel", "attacks", "Rafah"),
    # the doer parsed as a modifier of the gerund
    (
        "The strikes came from the Saudi-led coalition bombing the Houthis in Yemen.",
        "Saudi-led coalition",
        "attacks",
        "Houthis",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    ("Serbia charged Albania with supporting the rebels.", "Serbia", "praises", "rebels"),
    # the object of the gerund is the patient, never the doer
    ("Russian warplanes bombing Aleppo hit a hospital.", "Aleppo", "attacks", "Russia"),
    # a gerund with no direct object names no patient
    ("The Turkish shelling in Afrin was condemned by the Kurds.", "Kurds", "attacks", "Turkey"),
    # a noun with no object is not read as an act on the clause's subject
    ("Syria condemned the bombing of the embassy.", "Syria", "attacks", "embassy"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_gerund_act_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_gerund_act_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
