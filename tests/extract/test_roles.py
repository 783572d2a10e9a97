"""Role titles resolve to the named holder, else to a government (real spaCy pipeline)."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_text

# text, subject, predicate, object
CASES = [
    (
        "British Foreign Secretary David Lammy visited Kyiv on Monday. "
        "The Foreign Secretary later criticized Russia.",
        "David Lammy",
        "criticizes",
        "Russia",
    ),
    (
        "Egypt's interior minister condemned Hamas on Sunday.",
        "Government of Egypt",
        "criticizes",
        "Hamas",
    ),
    (
        "The Iranian foreign minister met Putin in Moscow.",
        "Government of Iran",
        "meetsWith",
        "Putin",
    ),
    (
        "Japan hosted the summit on Tuesday. The foreign minister later criticized North Korea.",
        "Government of Japan",
        "criticizes",
        "North Korea",
    ),
    (
        # the gazetteer's office of the person named before
        "Sergei Lavrov flew to Tehran. The Russian foreign minister met his Iranian counterpart.",
        "Sergey Lavrov",
        "meetsWith",
        "Government of Iran",
    ),
]

# text, predicate, a subject that must not be read
MUST_NOT = [
    # the other side of the meeting is no context for the role
    ("The Foreign Secretary met his Iranian counterpart in London.", "meetsWith", "Iran"),
    # a bare counterpart with no state names nobody
    ("The Foreign Secretary met his counterpart in London.", "meetsWith", None),
]


def _triples(ex):
    actors = {a.id: a for a in ex.actors}
    return [(actors[r.subject], r.predicate, actors[r.object]) for r in ex.relations]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_role_title_resolves(nlp, text, subject, predicate, obj):
    ex = extract_text(text, nlp=nlp)
    triples = _triples(ex)
    assert any(
        p == predicate and actor_matches(subject, s) and actor_matches(obj, o)
        for s, p, o in triples
    ), [(s.label, p, o.label) for s, p, o in triples]


@pytest.mark.parametrize(("text", "predicate", "subject"), MUST_NOT)
def test_role_title_must_not(nlp, text, predicate, subject):
    ex = extract_text(text, nlp=nlp)
    for s, p, _o in _triples(ex):
        assert p != predicate or (subject is not None and not actor_matches(subject, s))
