"""Export the actor graph for Gephi (GraphML, GEXF) and Neo4j (CSV for ``LOAD CSV``).

Attributes are flattened to what both tools load: strings, integers, floats
and booleans, never None (a missing value is an empty string, aliases are
joined with ``|``). Every attribute has one type across the file, so Gephi
builds one column per attribute. The same graph always gives the same bytes.

Neo4j, for example::

    LOAD CSV WITH HEADERS FROM 'file:///actors_nodes.csv' AS row
    MERGE (a:Actor {id: row.id}) SET a.label = row.label, a.type = row.type;
    LOAD CSV WITH HEADERS FROM 'file:///actors_edges.csv' AS row
    MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
    CALL apoc.create.relationship(s, row.type, {date: row.date, sentence: row.sentence}, t)
    YIELD rel RETURN count(rel);
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph.errors import KGraphError
from kgraph.io.writers import write_atomic
from kgraph.model import ActorScore

FORMATS = (".graphml", ".gexf", ".csv")
NODE_FIELDS: dict[str, type] = {
    "label": str,
    "type": str,
    "qid": str,
    "iso": str,
    "country": str,
    "cameo": str,
    "office": str,
    "aliases": str,
    "mentions": int,
}
EDGE_FIELDS: dict[str, type] = {
    "predicate": str,
    "family": str,
    "cameo": str,
    "plover": str,
    "modality": str,
    "negated": bool,
    "date": str,
    "confidence": float,
    "weight": float,
    "sentence": str,
    "doc": str,
    "attributed_to": str,
    "event": str,
    "designation": str,
}


def export_paths(path: Path) -> tuple[Path, ...]:
    """Return the files :func:`export_graph` writes for ``path``.

    >>> [p.name for p in export_paths(Path("out/actors.csv"))]
    ['actors_nodes.csv', 'actors_edges.csv']
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return (
            path.with_name(f"{path.stem}_nodes.csv"),
            path.with_name(f"{path.stem}_edges.csv"),
        )
    return (path,)


def export_graph(
    G: nx.MultiDiGraph, path: Path, *, scores: Sequence[ActorScore] | None = None
) -> Path:
    """Write the graph in the format its extension names and return the file written.

    ``.graphml`` and ``.gexf`` write one file; ``.csv`` writes
    ``<stem>_nodes.csv`` and ``<stem>_edges.csv`` next to ``path`` and returns
    the nodes file (:func:`export_paths` lists both). ``scores`` add one node
    attribute per measure; actors without a score get 0.0, so pass every
    actor's scores (``rank(G, top=None)``).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise KGraphError(f"cannot export to {path.name}: use one of {', '.join(FORMATS)}")
    measures, by_actor = _scores(scores)
    H = _flat(G, measures, by_actor)
    if suffix == ".graphml":
        text = "\n".join(nx.generate_graphml(H, prettyprint=True)) + "\n"
        return write_atomic(path, text)
    if suffix == ".gexf":
        for _, _, key, data in H.edges(keys=True, data=True):
            data["id"] = key
            data["label"] = data["predicate"]
        text = "\n".join(nx.generate_gexf(H, prettyprint=True)) + "\n"
        # the writer stamps today's date, which would make every export differ
        text = re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)
        return write_atomic(path, text)
    nodes_path, edges_path = export_paths(path)
    write_atomic(nodes_path, _nodes_csv(H, measures))
    write_atomic(edges_path, _edges_csv(H))
    return nodes_path


def _scores(
    scores: Sequence[ActorScore] | None,
) -> tuple[list[str], dict[str, dict[str, float]]]:
    measures: list[str] = []
    by_actor: dict[str, dict[str, float]] = {}
    for s in scores or ():
        for m, _ in s.scores:
            if m not in measures:
                measures.append(m)
        by_actor[s.actor] = dict(s.scores)
    return measures, by_actor


def _flat(
    G: nx.MultiDiGraph, measures: list[str], by_actor: dict[str, dict[str, float]]
) -> nx.MultiDiGraph:
    """Return a copy of the graph with only str/int/float/bool attributes, one type per key."""
    H = nx.MultiDiGraph()
    for v, data in G.nodes(data=True):
        attrs = {k: _coerce(data.get(k), t) for k, t in NODE_FIELDS.items()}
        if not attrs["label"]:
            attrs["label"] = str(v)
        for m in measures:
            attrs[m] = float(by_actor.get(v, {}).get(m, 0.0))
        H.add_node(str(v), **attrs)
    for u, v, key, data in G.edges(keys=True, data=True):
        attrs = {k: _coerce(data.get(k), t) for k, t in EDGE_FIELDS.items()}
        H.add_edge(str(u), str(v), key=str(key), **attrs)
    return H


def _coerce(value: Any, kind: type) -> Any:
    if kind is str:
        if value is None:
            return ""
        if isinstance(value, (tuple, list, set, frozenset)):
            return "|".join(str(x) for x in value)
        return str(value)
    if kind is bool:
        return bool(value)
    if kind is int:
        return int(value or 0)
    return float(value if value is not None else 0.0)


def _nodes_csv(H: nx.MultiDiGraph, measures: list[str]) -> str:
    header = ["id", *NODE_FIELDS, *measures]
    rows = [[v, *(data[k] for k in header[1:])] for v, data in H.nodes(data=True)]
    return _csv(header, rows)


def _edges_csv(H: nx.MultiDiGraph) -> str:
    # "type" is the relationship type Neo4j creates; "id" the event's local id
    fields = [k for k in EDGE_FIELDS if k != "predicate"]
    header = ["source", "target", "type", "id", *fields]
    rows = [
        [u, v, data["predicate"], key, *(data[k] for k in fields)]
        for u, v, key, data in H.edges(keys=True, data=True)
    ]
    return _csv(header, rows)


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(x) for x in row])
    return buf.getvalue()


def _cell(x: Any) -> str:
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float):
        return repr(x)
    return str(x)
