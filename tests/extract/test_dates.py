"""Date resolution against the document date."""

from __future__ import annotations

import pytest

from kgraph.extract.qualifiers.dates import relation_date, resolve_date

# 2025-11-26 is a Wednesday
REF = "2025-11-26"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("on Monday", REF, "2025-11-24"),
        ("Wednesday", REF, "2025-11-26"),
        ("last Wednesday", REF, "2025-11-19"),
        ("next Monday", REF, "2025-12-01"),
        ("Sunday", REF, "2025-11-23"),
        ("yesterday", REF, "2025-11-25"),
        ("today", REF, "2025-11-26"),
        ("last week", REF, "2025-11-19"),
        ("March 3, 2020", REF, "2020-03-03"),
        ("March 3, 2020", None, "2020-03-03"),
        ("3 January", "2020-01-05", "2020-01-03"),
        ("on 3 January", "2020-01-05", "2020-01-03"),
        ("December 28", "2020-01-05", "2019-12-28"),  # a week ahead means last year
        ("the 5th of May 2019", None, "2019-05-05"),
        ("2019-07-14", None, "2019-07-14"),
        ("on Monday", None, None),  # no document date: no guess
        ("yesterday", None, None),
        ("3 January", None, None),
        ("February 30, 2020", REF, None),
        ("last month", REF, None),
        ("in recent years", REF, None),
    ],
)
def test_resolve_date(text, reference, expected):
    assert resolve_date(text, reference) == expected


def test_relation_date_prefers_the_date_attached_to_the_trigger(nlp):
    doc = nlp("After talks on Tuesday, Turkey attacked Kurdish forces on Monday.")
    trigger = next(t for t in doc if t.lower_ == "attacked")
    assert relation_date(trigger, reference=REF) == "2025-11-24"


def test_relation_date_without_date_entity(nlp):
    doc = nlp("Turkey attacked Kurdish forces.")
    trigger = next(t for t in doc if t.lower_ == "attacked")
    assert relation_date(trigger, reference=REF) is None
