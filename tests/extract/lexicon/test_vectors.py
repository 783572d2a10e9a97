"""The word-vector fallback: verbs outside the lexicon placed in the nearest class."""

from __future__ import annotations

import pytest

from kgraph.extract.lexicon import load_lexicon
from kgraph.extract.lexicon.vectors import (
    FALLBACK_STRENGTH,
    VectorFallback,
    nearest,
    same_root,
    verb_centroids,
)
from kgraph.extract.pipeline import extract_documents
from kgraph.model import Document


def _relations(nlp, text, **kwargs):
    (ex,) = extract_documents([Document(id="d", text=text)], nlp=nlp, **kwargs)
    return ex.relations


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Iran excoriated Israel.", "criticizes"),
        ("Iran rebutted Israel.", "rejects"),
    ],
)
def test_an_unknown_verb_is_read_by_its_vector(nlp, sentence, predicate):
    (rel,) = _relations(nlp, sentence, vector_fallback=True)
    assert (rel.predicate, rel.subject, rel.object) == (predicate, "iran-q794", "israel-q801")
    assert dict(rel.attributes)["basis"] == "vector"
    assert rel.confidence <= FALLBACK_STRENGTH


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran excoriated Israel.",  # the fallback is off by default
    ],
)
def test_without_the_fallback_an_unknown_verb_says_nothing(nlp, sentence):
    assert _relations(nlp, sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran wooed Israel.",  # below the threshold
        "Iran faced Israel.",  # a general verb: never guessed
        "Iran condemned Israel.",  # in the lexicon: no guess, no basis mark
    ],
)
def test_the_fallback_stays_out_of_the_way(nlp, sentence):
    for rel in _relations(nlp, sentence, vector_fallback=True):
        assert dict(rel.attributes).get("basis") != "vector"


def test_nearest_class_and_roots(nlp):
    classes = verb_centroids(load_lexicon().verbs, nlp.vocab)
    assert "kills" in classes.predicates and "leads" not in classes.predicates
    assert nearest("excoriate", nlp.vocab, classes)[0] == "criticizes"
    assert nearest("qqqzzz", nlp.vocab, classes) is None
    assert same_root("kills", "assaults") and not same_root("kills", "praises")


def test_the_guesses_are_remembered(nlp):
    fallback = VectorFallback(load_lexicon(), nlp.vocab)
    assert fallback("excoriate") is fallback("excoriate")
    assert fallback("excoriate").source == "vector"
    assert fallback("say") is None
