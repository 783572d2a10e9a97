"""Reading evaluation files in their own formats, and telling the formats apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.errors import KGraphError
from kgraph.evaluate.datasets import detect_format, load_dataset, sentence_around

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "dataset", "documents", "gold"),
    [
        ("gold.jsonl", "kgraph", 3, 4),
        ("plover.jsonl", "plover", 3, 4),
        ("re3d.jsonl", "re3d", 2, 3),  # the CoLocated relation is outside what is scored
        ("rams.jsonl", "rams", 2, 2),  # the event no kgraph predicate codes is left out
        ("wikievents.jsonl", "wikievents", 2, 3),
    ],
)
def test_each_format_is_detected_and_read(name, dataset, documents, gold):
    found, docs = load_dataset(DATA / name)
    assert found == dataset
    assert len(docs) == documents
    assert sum(len(d.events) for d in docs) == gold


def test_re3d_keeps_the_publisher_and_spans():
    _, docs = load_dataset(DATA / "re3d.jsonl")
    first = docs[0]
    assert first.document.publisher == "US State Department"
    assert docs[1].document.publisher is None
    event = first.events[0]
    assert (event.cls, event.source, event.source_span) == (
        "Dislikes",
        "The United States",
        (0, 17),
    )


def test_event_sets_keep_accepted_predicates_and_canonical_names():
    _, docs = load_dataset(DATA / "wikievents.jsonl")
    threat = next(e for e in docs[0].events if e.cls == "Contact.ThreatenCoerce")
    assert threat.accepts == ("threatens",)
    assert threat.source_names == ("Pakistan",)
    assert threat.sentence == "He later threatened Kabul."
    meeting = next(e for e in docs[0].events if e.cls == "Contact.Contact")
    assert meeting.symmetric


def _records(*events_per_passage):
    return [
        {
            "id": str(i),
            "text": "x",
            "events": [{"kgraph": ["attacks"], "trigger_span": t} for t in ts],
        }
        for i, ts in enumerate(events_per_passage)
    ]


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        (_records([[0, 1]], [[2, 3], [2, 3]]), "rams"),  # one trigger per passage
        (_records([[0, 1]], [[2, 3], [5, 6]]), "wikievents"),  # a passage with two events
        ([{"id": "a", "text": "x", "relations": []}, {"id": "b", "text": "y", "relations": [
            {"subject": "A", "predicate": "attacks", "object": "B"}]}], "kgraph"),
        ([{"id": "a", "text": "x", "relations": [], "entities": []}], "re3d"),
        ([{"id": "a", "text": "x", "events": [{"cameo_root": "19"}]}], "plover"),
    ],
)  # fmt: skip
def test_detect_format(records, expected):
    assert detect_format(records) == expected


def test_dataset_can_be_forced(tmp_path):
    path = tmp_path / "one.jsonl"
    # a single passage with a single event: detected as RAMS-style, forced to WikiEvents
    path.write_text((DATA / "rams.jsonl").read_text(encoding="utf-8").splitlines()[0] + "\n")
    assert load_dataset(path)[0] == "rams"
    assert load_dataset(path, dataset="wikievents")[0] == "wikievents"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "no records"),
        ("{not json\n", r"bad\.jsonl:1: not JSON"),
        ('{"id": "a"}\n', r"bad\.jsonl:1: a record needs 'id' and 'text'"),
        ('{"id": "a", "text": "x", "events": []}\n', "cannot tell the evaluation format"),
        (
            '{"id": "a", "text": "x", "relations": [{"subject": "A", "predicate": "bombs", '
            '"object": "B"}]}\n',
            r"bad\.jsonl:1: not a kgraph record .*unknown predicate 'bombs'",
        ),
        (
            '{"id": "a", "text": "x", "events": [{"source": "A", "kgraph": ["attacks"]}]}\n',
            r"bad\.jsonl:1: not a rams record",
        ),
    ],
)
def test_bad_files_name_the_problem(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KGraphError, match=message):
        load_dataset(path)


def test_a_forced_dataset_must_fit_the_file():
    with pytest.raises(KGraphError, match="not a re3d file: no record has 'relations'"):
        load_dataset(DATA / "plover.jsonl", dataset="re3d")


def test_unknown_dataset_is_refused():
    with pytest.raises(KGraphError, match="unknown dataset 'acled'"):
        load_dataset(DATA / "gold.jsonl", dataset="acled")


@pytest.mark.parametrize(
    ("text", "span", "sentence"),
    [
        ("One here. Two there. Three.", (10, 13), "Two there."),
        ("A headline\nThe body says so.", (11, 14), "The body says so."),
        ("Only one sentence", (0, 4), "Only one sentence"),
    ],
)
def test_sentence_around(text, span, sentence):
    assert sentence_around(text, *span) == sentence


def test_fixtures_are_valid_json_lines():
    for path in DATA.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert isinstance(json.loads(line), dict)
