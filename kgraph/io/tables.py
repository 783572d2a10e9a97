"""Plain-text tables for terminal output.

>>> print(format_table(["actor", "score"], [["Donald Trump", "0.31"], ["Venezuela", "0.2"]]))
actor         score
------------  -----
Donald Trump  0.31
Venezuela     0.2
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from kgraph.model import ActorScore


def format_table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], *, max_width: int = 60
) -> str:
    """Return rows as an aligned table; cells longer than ``max_width`` are cut with '…'."""

    def cell(value: object) -> str:
        text = "" if value is None else " ".join(str(value).split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    )
    return "\n".join(lines)


def format_scores(scores: Sequence[ActorScore], measures: Sequence[str], fmt: str = "table") -> str:
    """Return centrality scores as an aligned table, CSV or JSON.

    >>> s = ActorScore("iran-q794", "Iran", "State", "Q794", (("pagerank", 0.25),))
    >>> print(format_scores([s], ["pagerank"], "csv"))
    rank,actor,type,QID,pagerank
    1,Iran,State,Q794,0.25
    """
    if fmt == "json":
        return json.dumps(
            [
                {"actor": s.actor, "label": s.label, "type": s.type, "qid": s.qid, **dict(s.scores)}
                for s in scores
            ],
            indent=2,
        )
    headers = ["rank", "actor", "type", "QID", *measures]
    rows = [
        [str(i), s.label, s.type, s.qid or ""] + [f"{s.score(m):.4g}" for m in measures]
        for i, s in enumerate(scores, start=1)
    ]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    return format_table(headers, rows) if rows else "no actors in the graph"
