"""Event ids are unique in a document by construction."""

from __future__ import annotations

from collections import Counter

import pytest

from kgraph.extract.pipeline import extract_text

SENTENCES = [
    # a verb and a standing tie both read "aligned with": once two events with one id
    "Analysts said the Houthis, who are ideologically aligned with Iran, receive weapons.",
    "Questions remain how much help is received by the Houthis who are ideologically "
    "aligned with Iran.",
    "Iran did not attack Israel, but Iran threatened Israel and attacked its embassy.",
    "The US and the EU sanctioned Russia, and Russia sanctioned the US and the EU.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_every_relation_of_a_document_has_its_own_id(nlp, text: str):
    relations = extract_text(text, nlp=nlp).relations
    assert relations
    assert max(Counter(r.id for r in relations).values()) == 1


@pytest.mark.parametrize(("text", "confidence"), [(SENTENCES[0], 0.8), (SENTENCES[1], 0.8)])
def test_two_readings_of_one_claim_keep_the_more_confident(nlp, text: str, confidence: float):
    (relation,) = [
        r for r in extract_text(text, nlp=nlp).relations if r.predicate == "affiliatedWith"
    ]
    assert relation.confidence == confidence
