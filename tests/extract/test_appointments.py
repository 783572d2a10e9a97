"""Appointments: the one appointed joins the appointing body, and holds the office named."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
CASES = [
    (
        "The UN appointed Staffan de Mistura as its envoy to Syria.",
        "Staffan de Mistura",
        "memberOf",
        "United Nations",
    ),
    (
        "Ahmed Karimi, who was appointed by the Taliban last year, fled.",
        "Ahmed Karimi",
        "memberOf",
        "Taliban",
    ),
    (
        "Viktor Zolotov has been appointed as head of the National Guard.",
        "Viktor Zolotov",
        "leads",
        "National Guard",
    ),
    (
        "NATO named Jens Stoltenberg as its secretary general.",
        "Jens Stoltenberg",
        "memberOf",
        "NATO",
    ),
]

MUST_NOT = [
    # an appointment still to come
    (
        "The UN will appoint Staffan de Mistura as its envoy.",
        "Staffan de Mistura",
        "memberOf",
        "United Nations",
    ),
    # naming someone as a suspect puts them in no office
    ("The FBI named Ahmed Karimi as a suspect.", "Ahmed Karimi", "memberOf", "FBI"),
    # a person who appoints is no body to be a member of
    (
        "Trump appointed John Bolton as national security adviser.",
        "John Bolton",
        "memberOf",
        "Trump",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_appointments(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_appointments_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
