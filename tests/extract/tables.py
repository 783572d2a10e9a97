"""Check a sentence against a row of a relation table: read, or must not be read."""

from __future__ import annotations

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_text


def triples(nlp, text):
    """Return (subject actor, predicate, object actor) of each relation read in ``text``."""
    ex = extract_text(text, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    return [(actors[r.subject], r.predicate, actors[r.object]) for r in ex.relations]


def assert_read(nlp, text, subject, predicate, obj):
    """Assert that ``text`` gives ``subject predicate obj`` (names matched as the scorer does)."""
    found = triples(nlp, text)
    assert any(
        p == predicate and actor_matches(subject, s) and actor_matches(obj, o) for s, p, o in found
    ), [(s.label, p, o.label) for s, p, o in found]


def assert_not_read(nlp, text, subject, predicate, obj):
    """Assert that ``text`` gives no ``subject predicate obj``."""
    found = triples(nlp, text)
    assert not any(
        p == predicate and actor_matches(subject, s) and actor_matches(obj, o) for s, p, o in found
    ), [(s.label, p, o.label) for s, p, o in found]
