"""The one ranked first, last or next to do or undergo an act: sentences → relations."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # a passive "to" clause: the copula's subject undergoes the act
    (
        "Moldova and Georgia are the latest to be threatened by Russia.",
        "Russia",
        "threatens",
        "Moldova",
    ),
    (
        "Moldova and Georgia are the latest to be threatened by Russia.",
        "Russia",
        "threatens",
        "Georgia",
    ),
    # an active one: the copula's subject does it
    ("Russia was the first country to recognise Abkhazia.", "Russia", "cooperatesWith", "Abkhazia"),
    ("The Netherlands became the latest to sanction Iran.", "Netherlands", "sanctions", "Iran"),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # the undergoer is never the doer
    (
        "Moldova and Georgia are the latest to be threatened by Russia.",
        "Moldova",
        "threatens",
        "Russia",
    ),
    # no rank: a "to" clause of a plain complement states no act of the subject
    ("Iran is the country to watch, Israel said.", "Iran", "threatens", "Israel"),
    ("Hungary was the country to be persuaded, the EU said.", "EU", "appealsTo", "Hungary"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_ranked_act_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_ranked_act_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
