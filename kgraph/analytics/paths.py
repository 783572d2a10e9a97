"""Find how two actors are connected: shortest and k shortest simple paths, with evidence.

Paths are searched on the simple graph (one edge per actor pair, undirected
unless ``directed``); each hop then shows the best event between the two
actors: walked forward when possible, then the most confident, asserted
before reported, planned or hypothetical, earliest date, lowest event id.
Two paths through the same actors are one path, whichever events link them.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from itertools import islice, pairwise
from typing import Any

import networkx as nx

from kgraph.analytics.lookup import find_actor
from kgraph.errors import KGraphError, NoResultError
from kgraph.model import GraphPath, PathHop

_MODALITY_ORDER = {"asserted": 0, "reported": 1, "planned": 2, "hypothetical": 3}


def paths(
    G: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    k: int = 1,
    max_hops: int = 6,
    directed: bool = False,
) -> list[GraphPath]:
    """Return up to ``k`` shortest simple paths of at most ``max_hops`` hops, shortest first.

    ``source`` and ``target`` are actor ids or names (see
    :func:`~kgraph.analytics.lookup.find_actor`). Raises :class:`KGraphError`
    when no path exists within ``max_hops``.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="e1", predicate="meetsWith", sentence="A met B.")
    'e1'
    >>> G.add_edge("c", "b", key="e2", predicate="targets", sentence="C targeted B.")
    'e2'
    >>> [(h.source, h.predicate, h.target, h.forward) for h in paths(G, "a", "c")[0].hops]
    [('a', 'meetsWith', 'b', True), ('b', 'targets', 'c', False)]
    """
    if k < 1:
        raise KGraphError(f"number of paths must be at least 1, not {k}")
    if max_hops < 1:
        raise KGraphError(f"maximum hops must be at least 1, not {max_hops}")
    s, t = find_actor(G, source), find_actor(G, target)
    if s == t:
        raise KGraphError(f"source and target are the same actor ({s})")
    found: list[GraphPath] = []
    try:
        for nodes in islice(_node_paths(G, s, t, k=k, directed=directed), k):
            if len(nodes) - 1 > max_hops:
                break
            found.append(GraphPath(tuple(_hop(G, u, v, directed) for u, v in pairwise(nodes))))
    except nx.NetworkXNoPath:
        pass
    if not found:
        how = "directed path" if directed else "path"
        raise NoResultError(
            f"no {how} between {_label(G, s)} and {_label(G, t)} within {max_hops} hops"
        )
    return found


def format_path(path: GraphPath) -> str:
    """Return a path as text: one hop a line, each followed by its quoted evidence.

    >>> hop = PathHop("trump", "Donald Trump", "designates", "cds", "Cartel de los Soles",
    ...               True, "2025-11-24", "asserted", False, "Trump designated the cartel.",
    ...               "axios-1", "https://w3id.org/kgraph/event/e1")
    >>> print(format_path(GraphPath((hop,))))
    Donald Trump —designates→ Cartel de los Soles  [2025-11-24, asserted, axios-1]
        “Trump designated the cartel.”
    """
    lines = []
    for hop in path.hops:
        rel = f"{'NOT ' if hop.negated else ''}{hop.predicate}"
        arrow = f"—{rel}→" if hop.forward else f"←{rel}—"
        meta = ", ".join(x for x in (hop.date, hop.modality, hop.doc_id) if x)
        lines.append(f"{hop.source_label} {arrow} {hop.target_label}  [{meta}]")
        if hop.sentence:
            quote = textwrap.fill(
                f"“{hop.sentence}”", width=96, initial_indent="    ", subsequent_indent="     "
            )
            lines.append(quote)
    return "\n".join(lines)


def _node_paths(
    G: nx.MultiDiGraph, s: str, t: str, *, k: int, directed: bool
) -> Iterator[list[str]]:
    """Yield node paths from s to t, shortest first."""
    if k == 1:
        # a view searches the multigraph in place: no copy of a large graph for one path
        view = G if directed else G.to_undirected(as_view=True)
        yield nx.bidirectional_shortest_path(view, s, t)
        return
    # Yen's algorithm needs a simple graph
    H: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from(G.edges())
    yield from nx.shortest_simple_paths(H, s, t)


def _hop(G: nx.MultiDiGraph, u: str, v: str, directed: bool) -> PathHop:
    """Return the hop u → v backed by the best event between the two actors."""
    candidates: list[tuple[bool, str, dict[str, Any]]] = [
        (True, key, data) for key, data in (G.get_edge_data(u, v) or {}).items()
    ]
    if not directed:
        candidates += [(False, key, data) for key, data in (G.get_edge_data(v, u) or {}).items()]
    forward, key, data = min(candidates, key=_preference)
    return PathHop(
        source=u,
        source_label=_label(G, u),
        predicate=str(data.get("predicate", "")),
        target=v,
        target_label=_label(G, v),
        forward=forward,
        date=data.get("date"),
        modality=str(data.get("modality", "asserted")),
        negated=bool(data.get("negated", False)),
        sentence=str(data.get("sentence") or ""),
        doc_id=str(data.get("doc") or ""),
        event=str(data.get("event") or key),
    )


def _preference(c: tuple[bool, str, dict[str, Any]]) -> tuple[Any, ...]:
    forward, key, data = c
    return (
        not forward,
        bool(data.get("negated", False)),
        -float(data.get("confidence", 1.0)),
        _MODALITY_ORDER.get(str(data.get("modality", "asserted")), 4),
        data.get("date") or "9999",
        str(key),
    )


def _label(G: nx.MultiDiGraph, v: str) -> str:
    return str(G.nodes[v].get("label") or v)
