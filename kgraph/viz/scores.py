"""Centrality scores that size the nodes of a picture and rank the actors of a report.

Scores come from :func:`kgraph.analytics.centrality.rank` on the events that
count (:func:`kgraph.analytics.defaults.counted`), so a picture or a report
gives the same numbers as ``kgraph rank`` even when it draws planned or
negated claims.
"""

from __future__ import annotations

from collections.abc import Collection

import networkx as nx

from kgraph.analytics.defaults import SORT_BY, TIE_BREAK, ranked_graph
from kgraph.errors import KGraphError
from kgraph.model import ActorScore

MEASURES = (
    "pagerank",
    "degree",
    "in_degree",
    "out_degree",
    "betweenness",
    "closeness",
    "eigenvector",
    "mentions",
)


def scores(G: nx.MultiDiGraph, measure: str = "pagerank") -> dict[str, float]:
    """Return ``{actor id: score}`` for one measure over every node of ``G``.

    ``mentions`` is the actors' mention count; the other measures are those of
    :func:`kgraph.analytics.centrality.rank`.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="e1"); G.add_edge("c", "b", key="e2")
    'e1'
    'e2'
    >>> s = scores(G, "degree")
    >>> s["b"], s["a"]
    (1.0, 0.5)
    """
    if measure not in MEASURES:
        raise KGraphError(
            f"unknown centrality measure {measure!r}; use one of {', '.join(MEASURES)}"
        )
    if measure == "mentions":
        return {n: float(G.nodes[n].get("mentions") or 0) for n in G}
    kept = G.graph.get("scores", {}).get(measure)
    if kept is not None:
        return {n: kept.get(n, 0.0) for n in G}
    return {s.actor: s.score(measure) for s in _ranked(G, measure)}


def keep_scored(
    G: nx.MultiDiGraph, nodes: Collection[str], measures: Collection[str]
) -> nx.MultiDiGraph:
    """Return the subgraph of ``nodes``, keeping the scores ``G`` gives them.

    A picture of the top actors then shows the same numbers as ``kgraph rank``
    on the whole graph, not scores recomputed on the cut.
    """
    kept = {m: scores(G, m) for m in measures}
    H: nx.MultiDiGraph = G.subgraph(nodes).copy()
    H.graph["scores"] = {**G.graph.get("scores", {}), **kept}
    return H


def with_scores(G: nx.MultiDiGraph, measures: Collection[str]) -> nx.MultiDiGraph:
    """Compute ``measures`` on ``G`` once and keep them on it; return ``G``.

    Every later :func:`scores` of ``G`` (and of a cut made by
    :func:`keep_scored`) reads them instead of ranking the graph again. Only
    for a graph that is not changed afterwards, and only for measures every
    cut of it keeps (:data:`kgraph.analytics.defaults.MEASURES`), so the
    outputs are the same as without.
    """
    if G.number_of_nodes():
        kept = {m: scores(G, m) for m in measures}
        G.graph["scores"] = {**G.graph.get("scores", {}), **kept}
    return G


def ranked(G: nx.MultiDiGraph, measure: str = SORT_BY) -> list[str]:
    """Return the actors best first by ``measure``, ties by PageRank then id, as ``rank`` does.

    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("d", "d")])
    >>> ranked(G, "degree")
    ['b', 'a', 'c', 'd']
    """
    if measure not in MEASURES:
        raise KGraphError(
            f"unknown centrality measure {measure!r}; use one of {', '.join(MEASURES)}"
        )
    primary, tie = scores(G, measure), scores(G, TIE_BREAK)
    return sorted(G, key=lambda n: (-round(primary[n], 12), -round(tie[n], 12), str(n)))


def _ranked(G: nx.MultiDiGraph, measure: str) -> list[ActorScore]:
    from kgraph.analytics.centrality import rank

    return rank(ranked_graph(G), measures=(measure,), top=None, sort_by=measure)


def collapse_undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """Return the simple undirected graph of ``G``, edge weight = number of events."""
    H = nx.Graph()
    H.add_nodes_from(sorted(G))
    for u, v in G.edges():
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += 1
        else:
            H.add_edge(u, v, weight=1)
    return H
