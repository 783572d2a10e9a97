"""The one ranked first, last or next to do or undergo an act: sentences → relations."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_text

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


def _triples(text, nlp):
    ex = extract_text(text, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    return [(actors[r.subject], r.predicate, actors[r.object]) for r in ex.relations]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_ranked_act_is_read(nlp, text, subject, predicate, obj):
    triples = _triples(text, nlp)
    assert any(
        p == predicate and actor_matches(subject, s) and actor_matches(obj, o)
        for s, p, o in triples
    ), [(s.label, p, o.label) for s, p, o in triples]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_ranked_act_must_not(nlp, text, subject, predicate, obj):
    for s, p, o in _triples(text, nlp):
        assert not (p == predicate and actor_matches(subject, s) and actor_matches(obj, o))
