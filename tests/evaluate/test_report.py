"""Printing an evaluation: the table, the confusion table, the errors and JSON."""

from __future__ import annotations

import json

from kgraph.evaluate.report import MAX_COLUMNS, format_text, to_json
from kgraph.model import DatasetEvaluation, EvaluationError, Score

REPORT = DatasetEvaluation(
    dataset="re3d",
    documents=2,
    overall=Score(predicted=4, predicted_correct=2, gold=3, gold_found=2),
    by_class=(("CommWith", Score(1, 1, 1, 1)), ("Dislikes", Score(3, 1, 2, 1))),
    confusion=(("CommWith", "CommWith", 1), ("Dislikes", "Dislikes", 1), ("Dislikes", "—", 2)),
    note="re3d relations",
    errors=(
        EvaluationError("missed", "d1", "Kenya", "Dislikes", "Uganda",
                        "Kenya  did not\ncriticize."),
        EvaluationError("false alarm", "d2", "Iran", "Dislikes", "Iraq", "Iran threatened Iraq.",
                        "threatens"),
    ),
)  # fmt: skip


def test_table_rows_and_overall():
    text = format_text(REPORT)
    assert text.splitlines()[0] == "dataset: re3d (2 documents)"
    assert "CommWith  1.000  1.000  1.000     1     1" in text
    assert "overall   0.500  0.667  0.571     4     3" in text
    assert "FN" not in text  # errors only when asked


def test_confusion_matrix():
    lines = format_text(REPORT).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("predicted \\ gold"))
    assert lines[at].split()[3:] == ["CommWith", "Dislikes", "—"]
    dislikes = next(line for line in lines[at:] if line.startswith("Dislikes "))
    assert dislikes.split()[1:] == [".", "1", "2"]


def test_errors_with_their_sentence_on_one_line():
    text = format_text(REPORT, errors=True)
    assert "FN d1: Kenya -Dislikes-> Uganda | Kenya did not criticize." in text
    assert "FP d2: Iran -Dislikes/threatens-> Iraq | Iran threatened Iraq." in text


def test_wide_confusion_is_a_list():
    cells = tuple((f"c{i}", f"c{i}", 1) for i in range(MAX_COLUMNS + 1))
    text = format_text(DatasetEvaluation("rams", 1, Score(), confusion=cells, recall_only=True))
    assert "  c0 → c0: 1" in text


def test_recall_only_leaves_precision_out():
    report = DatasetEvaluation("rams", 1, Score(5, 1, 4, 2), by_class=(("x", Score(5, 1, 4, 2)),),
                               recall_only=True, note="recall only: …")  # fmt: skip
    text = format_text(report)
    assert "overall      —  0.500      —     5     4" in text
    data = json.loads(to_json(report))
    assert data["overall"]["precision"] is None and data["overall"]["f1"] is None
    assert data["overall"]["recall"] == 0.5
    assert data["note"] == "recall only: …"


def test_json_for_machines():
    data = json.loads(to_json(REPORT, errors=True))
    assert data["dataset"] == "re3d" and data["recall_only"] is False
    assert data["overall"] == {
        "precision": 0.5, "recall": 0.6667, "f1": 0.5714,
        "predicted": 4, "predicted_correct": 2, "gold": 3, "gold_found": 2,
    }  # fmt: skip
    assert data["classes"]["Dislikes"]["gold"] == 2
    assert {"predicted": "Dislikes", "gold": "—", "count": 2} in data["confusion"]
    assert data["errors"][1]["predicate"] == "threatens"
    assert "errors" not in json.loads(to_json(REPORT))
