"""Print an evaluation: a P/R/F1 table per class, the confusion table, the errors, or JSON."""

from __future__ import annotations

import json
from typing import Any

from kgraph.model import DatasetEvaluation, EvaluationError, Score


def _row(name: str, s: Score, width: int, recall_only: bool) -> str:
    if recall_only:
        return f"{name:<{width}} {'—':>6} {s.recall:6.3f} {'—':>6} {s.predicted:5d} {s.gold:5d}"
    return (
        f"{name:<{width}} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
        f"{s.predicted:5d} {s.gold:5d}"
    )


MAX_COLUMNS = 10  # a wider confusion table is printed as a list of cells


def _confusion(report: DatasetEvaluation) -> list[str]:
    predicted = sorted({p for p, _, _ in report.confusion})
    gold = sorted({g for _, g, _ in report.confusion})
    if len(gold) > MAX_COLUMNS:
        return [
            "confusion (predicted class → gold class: count; — is no relation):",
            *(f"  {p} → {g}: {n}" for p, g, n in report.confusion),
        ]
    cells = {(p, g): n for p, g, n in report.confusion}
    corner = "predicted \\ gold"
    width = max([len(corner), *(len(p) for p in predicted)])
    cols = [max(len(g), 3) for g in gold]
    lines = [
        "confusion (rows: predicted class, columns: gold class; — is no relation):",
        " ".join([f"{corner:<{width}}", *(f"{g:>{w}}" for g, w in zip(gold, cols, strict=True))]),
    ]
    for p in predicted:
        row = [f"{p:<{width}}"]
        row.extend(f"{cells.get((p, g), 0) or '.':>{w}}" for g, w in zip(gold, cols, strict=True))
        lines.append(" ".join(row))
    return lines


def _error_line(e: EvaluationError) -> str:
    what = f"{e.subject} -{e.cls}{'/' + e.predicate if e.predicate else ''}-> {e.object}"
    sentence = " ".join(e.sentence.split())[:200]
    tag = "FN" if e.kind == "missed" else "FP"
    return f"{tag} {e.doc_id}: {what} | {sentence}"


def format_text(report: DatasetEvaluation, *, errors: bool = False) -> str:
    """Return the report as plain text: header, table per class, overall row, confusion."""
    width = max([len("overall"), len("class"), *(len(c) for c, _ in report.by_class)])
    lines = [
        # no timing here: the same input gives the same bytes
        f"dataset: {report.dataset} ({report.documents} documents)",
        f"note: {report.note}" if report.note else "",
        f"{'class':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}",
    ]
    lines = [line for line in lines if line]
    lines.extend(_row(c, s, width, report.recall_only) for c, s in report.by_class)
    lines.append(_row("overall", report.overall, width, report.recall_only))
    lines.append("")
    lines.extend(_confusion(report))
    if errors:
        lines.append("")
        lines.extend(_error_line(e) for e in report.errors)
    return "\n".join(lines)


def _score(s: Score, recall_only: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "precision": None if recall_only else round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": None if recall_only else round(s.f1, 4),
        "predicted": s.predicted,
        "predicted_correct": s.predicted_correct,
        "gold": s.gold,
        "gold_found": s.gold_found,
    }
    return out


def to_json(report: DatasetEvaluation, *, errors: bool = False) -> str:
    """Return the report as one JSON object (``precision``/``f1`` null when recall-only)."""
    data: dict[str, Any] = {
        "dataset": report.dataset,
        "documents": report.documents,
        "recall_only": report.recall_only,
        "note": report.note,
        "overall": _score(report.overall, report.recall_only),
        "classes": {c: _score(s, report.recall_only) for c, s in report.by_class},
        "confusion": [{"predicted": p, "gold": g, "count": n} for p, g, n in report.confusion],
    }
    if errors:
        data["errors"] = [
            {
                "kind": e.kind,
                "doc": e.doc_id,
                "subject": e.subject,
                "class": e.cls,
                "predicate": e.predicate or None,
                "object": e.object,
                "sentence": e.sentence,
            }
            for e in report.errors
        ]
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
