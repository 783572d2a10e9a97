"""Verbs of the derived lexicon (PETRARCH2's CAMEO dictionary) through the real pipeline."""

from __future__ import annotations

import pytest

from kgraph.extract.pipeline import extract_documents
from kgraph.model import Document


def _triples(nlp, text):
    (ex,) = extract_documents([Document(id="d", text=text)], nlp=nlp)
    labels = {a.id: a.label for a in ex.actors}
    return {(labels[r.subject], r.predicate, labels[r.object]) for r in ex.relations}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The militants beheaded two Kenyan soldiers.", ("militants", "kills")),
        ("Nigerian troops repelled Boko Haram.", ("fightsAgainst", "Boko Haram")),
        ("Islamic State militants beheaded Kurdish fighters.", ("Islamic State", "kills")),
    ],
)
def test_derived_verbs_read(nlp, sentence, expected):
    found = _triples(nlp, sentence)
    assert any(set(expected) <= set(t) for t in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia annexed the Amur Region.",  # a place is no target of a derived verb
        "Iran faced Israel in the final.",  # a general verb
        "Officials will examine Russia's proposal.",  # CAMEO 09 verbs are not derived
    ],
)
def test_derived_verbs_must_not(nlp, sentence):
    derived = {"annexed", "faced", "examine"}
    (ex,) = extract_documents([Document(id="d", text=sentence)], nlp=nlp)
    # taking a place is read as holding it (relations/control.py), not by the derived verb
    derived_readings = [
        r for r in ex.relations if r.evidence.trigger in derived and r.predicate != "controls"
    ]
    assert not derived_readings
