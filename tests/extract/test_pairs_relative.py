"""A nominal act done in a relative clause on it: sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    (
        "The sanctions the United States imposed on Iran hurt its economy.",
        "United States",
        "sanctions",
        "Iran",
    ),
    (
        "Kenya condemned the attacks that al-Shabaab carried out against civilians.",
        "al-Shabaab",
        "attacks",
        "civilians",
    ),
    (
        "The video shows the atrocities that the Taliban have perpetrated against women.",
        "Taliban",
        "assaults",
        "women",
    ),
    (
        "The talks that Egypt held with Israel ended without a deal.",
        "Egypt",
        "consultsWith",
        "Israel",
    ),
    ("The aid that Qatar sent to Gaza arrived on Monday.", "Qatar", "providesAidTo", "Gaza"),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # a verb that reports or undergoes the act passes nothing
    (
        "Kenya condemned the attacks that the army reported against civilians.",
        "Kenya",
        "attacks",
        "civilians",
    ),
    (
        "The sanctions that Iran faces on its oil exports are severe.",
        "Iran",
        "sanctions",
        "Iran",
    ),
    # the one who condemns the act does not do it
    (
        "Kenya condemned the attacks that al-Shabaab carried out against civilians.",
        "Kenya",
        "attacks",
        "civilians",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_relative_act_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_relative_act_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)


def test_negated_relative_act_is_negated(nlp):
    from kgraph.extract.pipeline import extract_text

    ex = extract_text(
        "The attacks that Hamas did not carry out on Israel were blamed on it.", nlp=nlp
    )
    labels = {a.id: a.label for a in ex.actors}
    found = [
        r.negated
        for r in ex.relations
        if r.predicate == "attacks"
        and labels[r.subject] == "Hamas"
        and labels[r.object] == "Israel"
    ]
    assert found == [True]
