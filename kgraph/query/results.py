"""Format a :class:`~kgraph.model.QueryResult` for people (an aligned table) or programs.

SELECT and ASK results: ``table``, ``csv`` and ``tsv`` (SPARQL 1.1 CSV/TSV
results), ``json`` (SPARQL 1.1 Query Results JSON) and ``jsonl`` (one JSON
object a row, IRIs and literals as plain values, unbound as ``null``). CONSTRUCT and DESCRIBE
results: any RDF format kgraph writes (``turtle``, ``nt``, ``jsonld``,
``trig``, ``nquads``); ``table`` shows them as Turtle.

>>> from rdflib import Literal, URIRef
>>> r = QueryResult("select", ("actor", "n"),
...                 ((URIRef("https://w3id.org/kgraph/actor/Q717"), Literal(3)),))
>>> print(format_result(r, "table"))
actor       n
----------  -
actor:Q717  3
(1 row)
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from kgraph.errors import KGraphError
from kgraph.model import QueryResult
from kgraph.rdf.namespace import PREFIXES

TABLE_FORMATS = ("table", "csv", "tsv", "json", "jsonl")
MAX_CELL = 80


def format_result(result: QueryResult, fmt: str, *, width: int | None = None) -> str | bytes:
    """Return the result in ``fmt``: text for tables and SPARQL results, bytes for RDF.

    ``width`` is the widest a table line may be (long cells are cut with '…').
    """
    fmt = fmt.lower()
    if result.kind == "update":
        return "update applied\n" if fmt == "table" else ""
    if result.kind == "construct":
        return _graph(result, fmt)
    if fmt == "table":
        return _table(result, width)
    if fmt in ("csv", "tsv"):
        return _delimited(result, fmt)
    if fmt == "json":
        return _json(result)
    if fmt == "jsonl":
        return _jsonl(result)
    raise KGraphError(
        f"format {fmt!r} does not apply to a {result.kind.upper()} result "
        f"(use one of: {', '.join(TABLE_FORMATS)})"
    )


def shorten(term: Any) -> str:
    """Return how a term reads in a table: IRIs as CURIEs where a kgraph prefix fits.

    >>> shorten("https://w3id.org/kgraph/ontology#targets")
    'kg:targets'
    """
    if term is None:
        return ""
    text = str(term)
    if type(term).__name__ in ("URIRef", "str"):
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and _is_local_name(text[len(ns) :]):
                return f"{prefix}:{text[len(ns) :]}"
        return f"<{text}>" if type(term).__name__ == "URIRef" else text
    if type(term).__name__ == "BNode":
        return f"_:{text}"
    return " ".join(text.split())


def _is_local_name(local: str) -> bool:
    return bool(local) and all(c.isalnum() or c in "_-." for c in local)


def _table(result: QueryResult, width: int | None) -> str:
    from kgraph.io.tables import format_rows

    if result.kind == "ask":
        return ("yes" if result.boolean else "no") + "\n"
    cells = [[_clip(shorten(term)) for term in row] for row in result.rows]
    count = len(result.rows)
    footer = f"({count} row{'s' if count != 1 else ''})"
    if result.truncated:
        footer = f"(the first {count} row{'s' if count != 1 else ''}; --limit left the rest out)"
    return format_rows(list(result.variables), cells, "table", width=width) + "\n" + footer


def _jsonl(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"boolean": bool(result.boolean)}) + "\n"
    lines = [
        json.dumps(
            dict(zip(result.variables, (_json_value(t) for t in row), strict=True)),
            ensure_ascii=False,
        )
        for row in result.rows
    ]
    return "".join(line + "\n" for line in lines)


def _json_value(term: Any) -> Any:
    if term is None:
        return None
    if type(term).__name__ == "Literal":
        value = term.toPython()
        if isinstance(value, (bool, int, float, str)):
            return value
    if type(term).__name__ == "BNode":
        return f"_:{term}"
    return str(term)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _delimited(result: QueryResult, fmt: str) -> str:
    out = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        if result.kind == "ask":
            writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
            return out.getvalue()
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if t is None else _csv_value(t) for t in row])
        return out.getvalue()
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else _n3(t) for t in row))
    return "\n".join(lines) + "\n"


def _csv_value(term: Any) -> str:
    return f"_:{term}" if type(term).__name__ == "BNode" else str(term)


def _n3(term: Any) -> str:
    n3 = getattr(term, "n3", None)
    return str(n3()) if callable(n3) else json.dumps(str(term), ensure_ascii=False)


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = []
        for row in result.rows:
            bindings.append(
                {
                    v: _json_term(t)
                    for v, t in zip(result.variables, row, strict=False)
                    if t is not None
                }
            )
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _json_term(term: Any) -> dict[str, str]:
    kind = type(term).__name__
    if kind == "URIRef":
        return {"type": "uri", "value": str(term)}
    if kind == "BNode":
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    language = getattr(term, "language", None)
    datatype = getattr(term, "datatype", None)
    if language:
        out["xml:lang"] = str(language)
    elif datatype:
        out["datatype"] = str(datatype)
    return out


def _graph(result: QueryResult, fmt: str) -> str | bytes:
    import rdflib

    from kgraph.rdf.serialize import RDF_FORMATS, normalize_format, serialize

    target = {"table": "turtle", "json": "jsonld"}.get(fmt, fmt)
    try:
        target = normalize_format(target)
    except KGraphError:
        target = ""
    if target not in RDF_FORMATS:
        raise KGraphError(
            f"format {fmt!r} does not apply to a CONSTRUCT result "
            f"(use table or one of: {', '.join(RDF_FORMATS)})"
        )
    graph = rdflib.Graph()
    if result.graph:
        graph.parse(data=result.graph, format="nt")
    data = serialize(graph, target)  # type: ignore[arg-type]
    return data.decode("utf-8") if fmt == "table" else data
