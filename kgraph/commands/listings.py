"""Turn what :mod:`kgraph.api` returns into the rows of a listing (:mod:`kgraph.io.tables`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kgraph.io.tables import format_rows
from kgraph.model import QueryParameter


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


def describe_parameter(param: QueryParameter) -> str:
    """Return how a parameter reads in a listing, e.g. ``a (actor, required)``.

    >>> describe_parameter(QueryParameter("start", "date", default="0001-01-01"))
    'start (date, default 0001-01-01)'
    """
    need = "required" if param.required else "optional"
    if param.default is not None:
        need = f"default {param.default}"
    return f"{param.name} ({param.type}, {need})"
