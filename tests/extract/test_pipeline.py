"""The whole extraction on the seed article: the claims that must hold, and determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import (
    EXTRACTOR_NAME,
    extract_documents,
    extract_text,
    split_lines,
)
from kgraph.model import Document, DocumentExtraction, Relation

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_e0f5db45b1a88440.txt"
DATE = "2025-11-26"


@pytest.fixture(scope="module")
def seed(nlp) -> DocumentExtraction:
    return extract_text(SEED.read_text(encoding="utf-8"), nlp=nlp, doc_id="seed", date=DATE)


def _rels(ex: DocumentExtraction, subject: str, predicate: str, obj: str) -> list[Relation]:
    actors = {a.id: a for a in ex.actors}
    return [
        r
        for r in ex.relations
        if r.predicate == predicate
        and actor_matches(subject, actors.get(r.subject))
        and actor_matches(obj, actors.get(r.object))
    ]


def test_trump_proposes_talks_with_maduro(seed):
    found = _rels(seed, "Donald Trump", "proposesTalksWith", "Nicolás Maduro")
    assert found
    assert not any(r.negated for r in found)
    # "is reportedly planning a conversation" states the intent (CAMEO 036) as reported;
    # "a possible phone call … could signal" stays planned.
    assert [r.modality.value for r in found] == ["reported", "reported", "planned"]
    assert any(r.attributed_to == "Axios" for r in found)


def test_cartel_designated_as_foreign_terrorist_organization(seed):
    found = _rels(seed, "Trump administration", "designates", "Cartel de Los Soles")
    assert found
    (rel,) = found
    assert ("designation", "Foreign Terrorist Organization") in rel.attributes
    assert rel.date == "2025-11-24"  # "on Monday" before Wednesday 26 November
    assert rel.asserted


def test_operation_targets_trafficking(seed):
    assert _rels(seed, "U.S. military", "targets", "drug-trafficking networks")
    vessels = _rels(seed, "Operation Southern Spear", "targets", "narco-vessels")
    assert ("quantity", "at least 21 narco-vessels") in vessels[0].attributes
    killed = _rels(seed, "Operation Southern Spear", "kills", "traffickers")
    assert ("quantity", "83 suspected traffickers") in killed[0].attributes


def test_no_asserted_hostile_claim_against_maduro(seed):
    actors = {a.id: a for a in seed.actors}
    # "Nobody is planning to go in and shoot him …," the official told Axios.
    denied = _rels(seed, "White House", "assaults", "Nicolás Maduro")
    assert denied and all(r.negated and not r.asserted for r in denied)
    assert denied[0].attributed_to == "official"
    for rel in seed.relations:
        if rel.predicate in ("targets", "assaults", "kills", "attacks", "fightsAgainst") and (
            actor_matches("Nicolás Maduro", actors.get(rel.object))
        ):
            assert not rel.asserted, rel


def test_standing_relations(seed):
    assert _rels(seed, "Nicolás Maduro", "leads", "Venezuela")
    assert _rels(seed, "Operation Southern Spear", "conductedBy", "United States")
    assert _rels(seed, "drug-trafficking networks", "affiliatedWith", "Maduro's regime")
    for rel in seed.relations:
        if rel.predicate in ("leads", "conductedBy", "affiliatedWith"):
            assert rel.cameo is None


def test_offsets_point_into_the_text(seed):
    text = seed.document.text
    for rel in seed.relations:
        ev = rel.evidence
        assert text[ev.trigger_start : ev.trigger_end] == ev.trigger
        assert text[ev.start : ev.end] == ev.sentence
        assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end
        assert rel.extractor == seed.extractor_version
    assert seed.extractor_version.startswith(f"{EXTRACTOR_NAME} ")
    assert seed.model


def test_every_relation_argument_is_an_actor(seed):
    ids = {a.id for a in seed.actors}
    assert all(r.subject in ids and r.object in ids for r in seed.relations)


def test_deterministic(nlp, seed):
    again = extract_text(SEED.read_text(encoding="utf-8"), nlp=nlp, doc_id="seed", date=DATE)
    assert again == seed
    ids = [r.id for r in seed.relations]
    assert len(ids) == len(set(ids))


def test_extract_documents_streams_in_order(nlp):
    docs = [
        Document(
            id="a", text="Turkey attacked Kurdish forces.\nPoland expelled Russian diplomats."
        ),
        Document(id="b", text=""),
        Document(id="c", text="Japan sent aid to Turkey."),
    ]
    out = list(extract_documents(iter(docs), nlp=nlp, batch_size=2))
    assert [e.document.id for e in out] == ["a", "b", "c"]
    assert out[1].relations == ()
    assert {r.predicate for r in out[0].relations} >= {"attacks", "expels"}


@pytest.mark.parametrize(
    "text", ["", "one line", "Title\nBody.\n\n\nNext  \n", "\n\nlead", "a\r\nb\n"]
)
def test_split_lines_round_trip(text):
    assert "".join(split_lines(text)) == text
