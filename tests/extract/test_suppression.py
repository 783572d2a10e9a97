"""Suppressing a protest coerces those who hold it (relations/suppression.py, real spaCy)."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
READ = [
    ("Police broke up a protest by students in Cairo.", "police", "coerces", "students"),
    (
        "Turkish police prevented the demonstration staged by students in Ankara.",
        "Turkish police",
        "coerces",
        "students",
    ),
    ("Riot police dispersed a rally organised by farmers.", "riot police", "coerces", "farmers"),
    ("Police banned the students' rally in Nairobi.", "police", "coerces", "students"),
]

# sentence, subject, predicate, object
MUST_NOT = [
    # the holders calling off their own protest suppress nothing
    ("The students halted their protest on Friday.", "students", "coerces", "students"),
    # no protest noun: a ban on a party is no suppressed protest here
    ("Police arrested students after a lecture by the minister.", "police", "coerces", "minister"),
    ("Kenya banned imports by Uganda last year.", "Kenya", "coerces", "Uganda"),
]


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), READ)
def test_suppressed_protest(nlp, sentence, subject, predicate, obj):
    assert_read(nlp, sentence, subject, predicate, obj)


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), MUST_NOT)
def test_suppressed_protest_must_not(nlp, sentence, subject, predicate, obj):
    assert_not_read(nlp, sentence, subject, predicate, obj)
