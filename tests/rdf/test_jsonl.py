"""Relations as JSON Lines: one record a line, readable back into extractions."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kgraph.errors import KGraphError
from kgraph.model import ActorMerge, TextSpan
from kgraph.rdf.build import build_dataset
from kgraph.rdf.jsonl import dataset_to_jsonl, jsonl_to_extractions, relations_to_jsonl
from tests.rdf.sample import sample_extractions


@pytest.fixture(scope="module")
def records():
    text = relations_to_jsonl(sample_extractions())
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_one_line_per_relation(records):
    assert len(records) == sum(len(e.relations) for e in sample_extractions())
    assert [r["id"] for r in records][:2] == ["d1-designates", "d1-talks"]


def test_record_fields(records):
    rec = records[0]
    assert rec["doc"] == "news-001"
    assert rec["subject"] == {
        "id": "Q30",
        "label": "United States",
        "type": "State",
        "aliases": ["US", "Washington"],
        "qid": "Q30",
        "iso": "USA",
        "cameo": "USA",
        "country": "USA",
    }
    assert rec["predicate"] == "designates"
    assert rec["object"]["label"] == "Cartel de Los Soles"
    assert (rec["cameo"], rec["plover"], rec["family"]) == ("172", "COERCE", "hostile")
    assert rec["negated"] is False
    assert rec["modality"] == "asserted"
    assert rec["date"] == "2025-11-24"
    assert rec["evidence"]["sentence"].startswith("The United States designated")
    assert (rec["evidence"]["start"], rec["evidence"]["trigger"]) == (0, "designated")
    assert rec["confidence"] == 0.9
    assert rec["attributes"] == {"designation": "Foreign Terrorist Organization"}
    assert rec["attributed_to"] is None


@pytest.mark.parametrize(
    ("rel_id", "key", "value"),
    [
        ("d1-talks", "modality", "planned"),
        ("d1-sanctions", "negated", True),
        ("d1-targets", "attributed_to", "Axios"),
        ("d2-attacks", "modality", "hypothetical"),
        ("d1-leads", "cameo", None),
    ],
)
def test_qualifiers(records, rel_id, key, value):
    rec = next(r for r in records if r["id"] == rel_id)
    assert rec[key] == value


def test_non_ascii_is_kept_readable():
    assert "Nicolás Maduro" in relations_to_jsonl(sample_extractions())


def test_read_back_gives_the_same_events():
    text = relations_to_jsonl(sample_extractions())
    rebuilt = jsonl_to_extractions(text)
    assert [e.document.id for e in rebuilt] == ["news-001", "news/002 long name.txt"]
    assert relations_to_jsonl(rebuilt) == text


def test_graph_to_jsonl_matches_events():
    from_graph = [
        json.loads(x) for x in dataset_to_jsonl(build_dataset(sample_extractions())).splitlines()
    ]
    direct = {
        r["id"]: r for r in map(json.loads, relations_to_jsonl(sample_extractions()).splitlines())
    }
    assert {r["id"] for r in from_graph} == set(direct)
    for rec in from_graph:
        want = direct[rec["id"]]
        for key in ("doc", "predicate", "negated", "modality", "date", "evidence", "attributes"):
            assert rec[key] == want[key], key
        assert rec["subject"]["id"] == want["subject"]["id"]


def test_malformed_line_names_the_line():
    good = relations_to_jsonl(sample_extractions()).splitlines()[0]
    with pytest.raises(KGraphError, match=r"x\.jsonl, line 2"):
        jsonl_to_extractions(good + "\n{not json}\n", source="x.jsonl")


def _with_mentions_and_merge():
    ex = sample_extractions()[0]
    rel = dataclasses.replace(
        ex.relations[0],
        subject_mention=TextSpan("The United States", 0, 17),
        object_mention=TextSpan("Cartel de los Soles", 40, 59),
    )
    merge = ActorMerge("person-maduro-moros", ex.actors[0].id, "Maduro Moros", "fuzzy", 91.5)
    actor = dataclasses.replace(ex.actors[0], merged_from=(merge,))
    return dataclasses.replace(ex, actors=(actor, *ex.actors[1:]), relations=(rel,))


def test_argument_mentions_and_merges_are_written_and_read_back():
    ex = _with_mentions_and_merge()
    text = relations_to_jsonl([ex])
    record = json.loads(text.splitlines()[0])
    assert record["subject_mention"] == {"text": "The United States", "start": 0, "end": 17}
    assert record["object_mention"] == {"text": "Cartel de los Soles", "start": 40, "end": 59}
    rebuilt = jsonl_to_extractions(text)
    assert rebuilt[0].relations[0].subject_mention == TextSpan("The United States", 0, 17)
    assert relations_to_jsonl(rebuilt) == text


def test_argument_mentions_and_merges_survive_the_graph():
    ex = _with_mentions_and_merge()
    direct = json.loads(relations_to_jsonl([ex]).splitlines()[0])
    from_graph = json.loads(dataset_to_jsonl(build_dataset([ex])).splitlines()[0])
    for key in ("subject_mention", "object_mention"):
        assert from_graph[key] == direct[key]
    side = "subject" if direct["subject"].get("merged_from") else "object"
    assert from_graph[side]["merged_from"] == direct[side]["merged_from"]


def test_a_relation_without_mentions_says_null():
    record = json.loads(relations_to_jsonl(sample_extractions()).splitlines()[0])
    assert record["subject_mention"] is None and record["object_mention"] is None
