"""Nominal events with their arguments: "by" agents, stranded targets, the sides of "between"."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
CASES = [
    # "by" parsed as a passive's agent on the noun, the target hung on the agent
    (
        "Airstrikes by the coalition against ISIS intensified.",
        "Global Coalition",
        "targets",
        "Islamic State",
    ),
    ("Raids by Israeli troops on Jenin continued.", "Israel", "attacks", "Jenin"),
    # the two sides of a fight named by "between", whoever the clause's subject is
    (
        "Five people died in a firefight between troops and militants in the market.",
        "troops",
        "fightsAgainst",
        "militants",
    ),
    (
        "The clashes between Armenia and Azerbaijan killed dozens.",
        "Armenia",
        "fightsAgainst",
        "Azerbaijan",
    ),
    # a mediator still relates to both sides of talks
    ("Egypt mediated talks between Israel and Hamas.", "Egypt", "negotiatesWith", "Hamas"),
    # "in an interview with X": the clause's subject spoke with X
    (
        "In an interview with Reuters, Erdogan criticized Sweden.",
        "Erdogan",
        "consultsWith",
        "Reuters",
    ),
]

MUST_NOT = [
    # the dead of a battle are no side in it
    (
        "Five people died in a firefight between troops and militants in the market.",
        "people",
        "fightsAgainst",
        "troops",
    ),
    # the "of" of an agent names the agent's own body, not a target
    ("Criticism by the leader of Hamas grew.", "Hamas", "criticizes", "Hamas"),
    # a topic is no interview of the speaker's own
    (
        "Erdogan spoke with Biden about an interview with Reuters.",
        "Erdogan",
        "consultsWith",
        "Reuters",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_nominal_event(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_nominal_event_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
