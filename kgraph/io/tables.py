"""Plain-text tables for terminal output.

>>> print(format_table(["actor", "score"], [["Donald Trump", "0.31"], ["Venezuela", "0.2"]]))
actor         score
------------  -----
Donald Trump  0.31
Venezuela     0.2
"""

from __future__ import annotations

from collections.abc import Sequence


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
