"""Listings for people (an aligned table) and for programs (CSV, TSV, JSON, JSON Lines).

Every listing command prints through :func:`format_rows`: the same columns in
every format, except that a table leaves out the columns meant for programs
(an actor's IRI beside its name) and fits the terminal, cutting long cells
with '…'. CSV, TSV, JSON and JSON Lines are never cut. The adapters below
turn what :mod:`kgraph.api` returns into rows.

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
from collections.abc import Iterable, Mapping, Sequence
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


# --- adapters: what the API returns → rows ----------------------------------------


def actor_iri(actor_id: str) -> str:
    """Return the IRI of an actor id (the local name of its IRI) unless it is one already."""
    from kgraph.rdf.namespace import ACTOR

    return actor_id if "://" in actor_id else str(ACTOR[actor_id])


def _scores(record: Any) -> dict[str, float]:
    scores = getattr(record, "scores", {})
    return dict(scores.items() if isinstance(scores, Mapping) else scores)


def format_scores(
    scores: Sequence[Any], measures: Sequence[str], fmt: str = "table", *, width: int | None = None
) -> str:
    """Return centrality scores, best first, with the actor's name and IRI.

    >>> from kgraph.model import ActorScore
    >>> s = ActorScore("iran-q794", "Iran", "State", "Q794", (("pagerank", 0.25),))
    >>> print(format_scores([s], ["pagerank"], "csv"))
    rank,actor,type,qid,iri,pagerank
    1,Iran,State,Q794,https://w3id.org/kgraph/actor/iran-q794,0.25
    """
    columns = ["rank", "actor", "type", "qid", "iri", *measures]
    rows = [
        [i, s.label, s.type, s.qid, actor_iri(s.actor)] + [_scores(s).get(m, 0.0) for m in measures]
        for i, s in enumerate(scores, start=1)
    ]
    table = [c for c in columns if c != "iri"]
    return format_rows(
        columns, rows, fmt, table_columns=table, width=width, empty="no actors in the graph"
    )


_HOP_COLUMNS = [
    "path",
    "hop",
    "source",
    "relation",
    "target",
    "forward",
    "negated",
    "date",
    "modality",
    "document",
    "sentence",
    "source_iri",
    "target_iri",
    "event",
]


def format_paths(paths: Sequence[Any], fmt: str, *, width: int | None = None) -> str:
    """Return paths one hop a row (``path``, ``hop`` number them), with actor names and IRIs."""
    rows = [
        [
            i,
            j,
            hop.source_label,
            hop.predicate,
            hop.target_label,
            hop.forward,
            hop.negated,
            hop.date,
            hop.modality,
            hop.doc_id,
            hop.sentence,
            actor_iri(hop.source),
            actor_iri(hop.target),
            hop.event,
        ]
        for i, path in enumerate(paths, start=1)
        for j, hop in enumerate(path.hops, start=1)
    ]
    return format_rows(_HOP_COLUMNS, rows, fmt, table_columns=_HOP_COLUMNS[:10], width=width)


def format_relations(graph: Any, fmt: str, *, width: int | None = None) -> str:
    """Return the relations of a networkx actor graph, one event a row, sorted."""
    columns = ["subject", "relation", "object", "modality", "date", "subject_iri", "object_iri"]
    rows = sorted(
        (
            [
                graph.nodes[u].get("label", u),
                d.get("predicate", ""),
                graph.nodes[v].get("label", v),
                d.get("modality", ""),
                d.get("date") or "",
                actor_iri(u),
                actor_iri(v),
            ]
            for u, v, d in graph.edges(data=True)
        ),
        key=lambda row: [str(x) for x in row],
    )
    return format_rows(
        columns,
        rows,
        fmt,
        table_columns=columns[:5],
        width=width,
        empty="no relations around this actor",
    )


def _member(member: Any) -> tuple[str, str]:
    """Return (name, IRI) of a community member: an actor record or an actor id."""
    if isinstance(member, str):
        return member, actor_iri(member)
    actor_id = str(getattr(member, "id", "") or getattr(member, "actor", ""))
    name = getattr(member, "label", None) or getattr(member, "name", None) or actor_id
    iri = getattr(member, "iri", None) or actor_iri(actor_id)
    return str(name), str(iri)


def format_communities(
    groups: Sequence[Iterable[Any]], fmt: str, *, width: int | None = None
) -> str:
    """Return communities: in a table one line each, elsewhere one row per member."""
    # A community is a sequence of members, or a record with a ``members`` sequence.
    named = [[_member(m) for m in getattr(group, "members", group)] for group in groups]
    if fmt == "table":
        rows = [[i, len(g), ", ".join(name for name, _ in g)] for i, g in enumerate(named, 1)]
        return format_rows(
            ["community", "size", "actors"], rows, fmt, width=width, empty="no actors in the graph"
        )
    rows = [[i, name, iri] for i, g in enumerate(named, 1) for name, iri in g]
    return format_rows(["community", "actor", "iri"], rows, fmt, width=width)


def format_queries(queries: Iterable[Any], fmt: str, *, width: int | None = None) -> str:
    """Return named queries with their parameters (one row per query, or per parameter).

    A table lists each query with its parameters in one cell; the other formats
    give one row per parameter (a query without any gets one row with no parameter).
    """
    from kgraph.query.library import describe_parameter

    if fmt == "table":
        rows = [
            [q.name, ", ".join(describe_parameter(p) for p in q.parameters) or "–", q.description]
            for q in queries
        ]
        return format_rows(["query", "parameters", "description"], rows, fmt, width=width)
    columns = [
        "query",
        "parameter",
        "type",
        "required",
        "default",
        "parameter_description",
        "description",
    ]
    rows = []
    for q in queries:
        for p in q.parameters or (None,):
            if p is None:
                rows.append([q.name, None, None, None, None, None, q.description])
            else:
                rows.append(
                    [q.name, p.name, p.type, p.required, p.default, p.description, q.description]
                )
    return format_rows(columns, rows, fmt, width=width)
