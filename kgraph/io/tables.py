"""Listings for people (an aligned table) and for programs (CSV, TSV, JSON, JSON Lines).

Every listing command prints through :func:`format_rows`: the same columns in
every format, except that a table leaves out the columns meant for programs
(an actor's IRI beside its name) and fits the terminal, cutting long cells
with '…'. CSV, TSV, JSON and JSON Lines are never cut. The adapters of
:mod:`kgraph.commands.listings` turn what :mod:`kgraph.api` returns into rows.

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
from collections.abc import Iterable, Sequence
from typing import Any

from kgraph.errors import KGraphError

FORMATS = ("table", "csv", "tsv", "json", "jsonl")
_MIN_CELL = 8  # a column is never cut narrower than this in a table
_GAP = "  "


def format_rows(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fmt: str = "table",
    *,
    table_columns: Sequence[str] | None = None,
    width: int | None = None,
    empty: str = "",
) -> str:
    """Return rows in ``fmt`` (one of :data:`FORMATS`), without a trailing newline.

    ``table_columns`` are the columns a table shows (all by default); ``width``
    is the widest a table line may be (no limit by default); ``empty`` is what a
    table says when there are no rows.

    >>> print(format_rows(["actor", "iri"], [["Iran", "https://w3id.org/kgraph/actor/Q794"]],
    ...                   "csv"))
    actor,iri
    Iran,https://w3id.org/kgraph/actor/Q794
    >>> print(format_rows(["actor", "n"], [["Iran", 3]], "jsonl"))
    {"actor": "Iran", "n": 3}
    """
    rows = [list(row) for row in rows]
    if fmt == "table":
        shown = list(table_columns or columns)
        keep = [columns.index(c) for c in shown]
        cells = [[_text(row[i]) for i in keep] for row in rows]
        if not cells and empty:
            return empty
        return _table(shown, cells, width)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n", delimiter="," if fmt == "csv" else "\t")
        writer.writerow(columns)
        writer.writerows([_plain(v) for v in row] for row in rows)
        return buffer.getvalue().rstrip("\n")
    records = [dict(zip(columns, (_json(v) for v in row), strict=True)) for row in rows]
    if fmt == "json":
        return json.dumps(records, indent=2, ensure_ascii=False)
    if fmt == "jsonl":
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    raise KGraphError(f"unknown format {fmt!r} (use one of: {', '.join(FORMATS)})")


def format_table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], *, max_width: int = 60
) -> str:
    """Return rows as an aligned table; cells longer than ``max_width`` are cut with '…'."""
    cells = [[_clip(_text(v), max_width) for v in row] for row in rows]
    return _table(list(headers), cells, None)


def _table(headers: list[str], cells: list[list[str]], width: int | None) -> str:
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    if width is not None:
        widths = _fit(widths, width - len(_GAP) * (len(widths) - 1))
    lines = [_line([_clip(h, w) for h, w in zip(headers, widths, strict=True)], widths)]
    lines.append(_GAP.join("-" * w for w in widths))
    for row in cells:
        lines.append(_line([_clip(c, w) for c, w in zip(row, widths, strict=True)], widths))
    return "\n".join(lines)


def _fit(widths: list[int], room: int) -> list[int]:
    """Narrow the widest columns, one character at a time, until the line fits ``room``."""
    widths = list(widths)
    while sum(widths) > room:
        widest = max(range(len(widths)), key=lambda i: (widths[i], -i))
        if widths[widest] <= _MIN_CELL:
            break  # too many columns for the terminal: let the line wrap
        widths[widest] -= 1
    return widths


def _line(cells: list[str], widths: list[int]) -> str:
    return _GAP.join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4g}"
    return " ".join(str(value).split())


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _json(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)
