"""End to end with the real pipeline: extract, export JSONL, read it back, score."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.evaluate.run import evaluate_file

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "dataset", "found"),
    [
        # (file, detected dataset, gold relations found); the sentences are plain enough that
        # every miss below is one the fixture was written to contain
        ("rams.jsonl", "rams", 2),
        ("gold.jsonl", "kgraph", 3),  # "Egypt meetsWith Jordan" is not what the text says
        ("re3d.jsonl", "re3d", 2),  # the negated criticism is no claim
        ("wikievents.jsonl", "wikievents", 2),  # "India attacks border posts" is misread
    ],
)
def test_evaluate_fixture(nlp, name, dataset, found):
    report = evaluate_file(DATA / name, nlp=nlp)
    assert report.dataset == dataset
    assert report.overall.gold_found == found


def test_span_match_uses_the_mention_in_the_export(nlp):
    # "The United States" (gold span) and kgraph's mention "United States" overlap
    report = evaluate_file(DATA / "re3d.jsonl", nlp=nlp)
    assert dict(report.by_class)["CommWith"].recall == 1.0
    missed = [(e.subject, e.object) for e in report.errors if e.kind == "missed"]
    assert missed == [("Kenya", "Uganda")]


def test_cli_json(nlp):
    result = CliRunner().invoke(
        main, ["evaluate", str(DATA / "rams.jsonl"), "--format", "json", "--errors"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["dataset"] == "rams" and data["recall_only"] is True
    assert data["overall"]["precision"] is None and data["overall"]["recall"] == 1.0
    assert data["errors"] == []


def test_cli_table_with_errors(nlp):
    result = CliRunner().invoke(main, ["evaluate", str(DATA / "plover.jsonl"), "--errors"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("dataset: plover (3 documents")
    assert "confusion (rows: predicted class, columns: gold class" in result.output
    assert "FN P-3: Germany -04-> France | Germany praised France for its help." in result.output


def test_cli_forced_dataset_and_bad_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "y", "events": []}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(bad)])
    assert result.exit_code == 2
    assert "cannot tell the evaluation format" in result.output
    assert "Traceback" not in result.output


def test_same_input_same_bytes(nlp):
    runs = [
        CliRunner().invoke(main, ["evaluate", str(DATA / "wikievents.jsonl"), "--errors"]).output
        for _ in range(2)
    ]
    assert runs[0] == runs[1]


def test_a_fifo_is_refused(tmp_path):
    import os

    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    result = CliRunner().invoke(main, ["evaluate", str(fifo)])
    assert result.exit_code == 2
    assert "not a regular file" in result.output
