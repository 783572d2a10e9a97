"""Protests, permission, opposition and planned coercion: sentences → relations, must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # a demand told as the aim of a protest act is the protest (CAMEO 14)
    (
        "Kenyan farmers staged a demonstration outside parliament to demand the resignation of "
        "President William Ruto.",
        "Kenyan farmers",
        "protestsAgainst",
        "William Ruto",
    ),
    (
        "Chilean miners began a hunger strike to demand the release of wages withheld by "
        "the Chilean government.",
        "Chilean miners",
        "protestsAgainst",
        "Chilean government",
    ),
    (
        "Bolivian truckers blocked the highways for two days, demanding that President "
        "Luis Arce resign.",
        "Bolivian truckers",
        "protestsAgainst",
        "Luis Arce",
    ),
    # a protest against an act is a protest against its doer
    (
        "Hundreds of Kenyan farmers rallied against the Ugandan government's new tax.",
        "Kenyan farmers",
        "protestsAgainst",
        "Ugandan government",
    ),
    (
        "Peruvian workers continued a hunger strike in protest of the Peruvian "
        "government's decision to close the mines.",
        "Peruvian workers",
        "protestsAgainst",
        "Peruvian government",
    ),
    # a protest told by a verb and its object takes its aim from its purpose clause
    (
        "Young Kenyans blocked the roads to press their demands on President Ruto's government.",
        "Kenya",
        "protestsAgainst",
        "Ruto",
    ),
    # a protest whose clauses name only the protesters is aimed at where it happens
    (
        "Chechen prisoners rioted at a jail in southern Russia, burning their bedding.",
        "Chechen prisoners",
        "protestsAgainst",
        "Russia",
    ),
    # "allowed X to V": the parser's clause subject is the one allowed (CAMEO 08)
    (
        "Kenya's Supreme Court decided to allow opposition leader Raila Odinga to contest "
        "the vote.",
        "Supreme Court",
        "yieldsTo",
        "Raila Odinga",
    ),
    ("Egypt permitted Mohamed ElBaradei to return to Cairo.", "Egypt", "yieldsTo", "ElBaradei"),
    # "is opposed to" a party's act rejects the party (CAMEO 12)
    ("Hungary is opposed to Turkish mediation in the dispute.", "Hungary", "rejects", "Turkey"),
    # extending or tightening a curfew or blockade is coercion and force
    (
        "Kenya said it would extend the curfew in Mombasa.",
        "Kenya",
        "coerces",
        "Mombasa",
    ),
    (
        "Israel said it would tighten the blockade of Gaza.",
        "Israel",
        "fightsAgainst",
        "Gaza",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    (
        "Kenyan farmers staged a demonstration outside parliament to demand the resignation of "
        "President William Ruto.",
        "Kenyan farmers",
        "demands",
        "William Ruto",
    ),
    # a demand with a subject of its own stays a demand
    (
        "Kenyan farmers marched through Nairobi as the Kenyan opposition demanded talks "
        "with President William Ruto.",
        "Kenyan opposition",
        "protestsAgainst",
        "William Ruto",
    ),
    # an event allowed is no party let act
    (
        "General Henri Namphy resigned to allow Haiti's elections to take place.",
        "Henri Namphy",
        "yieldsTo",
        "Haiti",
    ),
    # opposing measures against a party is no rejection of it
    ("Hungary is opposed to sanctions on Russia.", "Hungary", "rejects", "Russia"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_not_read(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
