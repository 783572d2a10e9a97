"""An attack told from the side of the one attacked: sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_text

# text, subject, predicate, object
CASES = [
    (
        "Kurdish fighters received mortar fire from Turkish troops overnight.",
        "Turkey",
        "attacks",
        "Kurdish fighters",
    ),
    ("Israel suffered a missile attack from the Houthis.", "Houthis", "attacks", "Israel"),
    (
        "Ukrainian soldiers faced heavy attacks by Russian forces near Avdiivka.",
        "Russian forces",
        "attacks",
        "Ukrainian soldiers",
    ),
    (
        "Syrian troops came under fire from Islamic State fighters.",
        "Islamic State",
        "attacks",
        "Syrian troops",
    ),
    # fire and attacks between unarmed sides are words
    (
        "Rishi Sunak came under fire from Labour lawmakers over the budget.",
        "Labour lawmakers",
        "criticizes",
        "Rishi Sunak",
    ),
    (
        "Macron faced attacks from Marine Le Pen over the pension reform.",
        "Le Pen",
        "criticizes",
        "Macron",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    (
        "Rishi Sunak came under fire from Labour lawmakers over the budget.",
        "Labour lawmakers",
        "attacks",
        "Rishi Sunak",
    ),
    ("The ministry received complaints from Egypt.", "Egypt", "attacks", "ministry"),
    ("Kenya received aid from Japan.", "Japan", "attacks", "Kenya"),
    # the undergoer is the subject, never the doer
    ("Israel suffered a missile attack from the Houthis.", "Israel", "attacks", "Houthis"),
]


def _triples(text, nlp):
    ex = extract_text(text, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    return [(actors[r.subject], r.predicate, actors[r.object]) for r in ex.relations]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_undergone_attack_is_read(nlp, text, subject, predicate, obj):
    triples = _triples(text, nlp)
    assert any(
        p == predicate and actor_matches(subject, s) and actor_matches(obj, o)
        for s, p, o in triples
    ), [(s.label, p, o.label) for s, p, o in triples]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_undergone_attack_must_not(nlp, text, subject, predicate, obj):
    for s, p, o in _triples(text, nlp):
        assert not (p == predicate and actor_matches(subject, s) and actor_matches(obj, o))
