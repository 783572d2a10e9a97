"""Centrality scores that size the nodes of a picture.

The analytics stage's :func:`kgraph.analytics.centrality.rank` is used when it
is installed; the small fallbacks here keep pictures working without it (and
without scipy, which networkx's own PageRank needs).
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from kgraph.errors import KGraphError

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
_FALLBACK = ("pagerank", "degree", "betweenness")


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
    out = dict.fromkeys(G, 0.0)
    if G.number_of_nodes() == 0:
        return out
    try:
        from kgraph.analytics.centrality import rank
    except ImportError:
        return _fallback(G, measure)
    for score in rank(G, measures=(measure,), top=None, sort_by=measure):
        if score.actor in out:
            out[score.actor] = float(score.score(measure))
    return out


def _fallback(G: nx.MultiDiGraph, measure: str) -> dict[str, float]:
    if measure not in _FALLBACK:
        raise KGraphError(f"centrality measure {measure!r} needs kgraph.analytics")
    simple = collapse_undirected(G)
    if measure == "degree":
        return {n: float(v) for n, v in nx.degree_centrality(simple).items()}
    if measure == "betweenness":
        return {n: float(v) for n, v in nx.betweenness_centrality(simple).items()}
    return pagerank(G)


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


def pagerank(G: nx.MultiDiGraph, *, alpha: float = 0.85, tol: float = 1e-10) -> dict[str, float]:
    """Return PageRank by power iteration, parallel edges counted as weight.

    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b")])
    >>> pr = pagerank(G)
    >>> max(pr, key=pr.get), round(sum(pr.values()), 6)
    ('b', 1.0)
    """
    nodes = sorted(G)
    n = len(nodes)
    if n == 0:
        return {}
    out_w: dict[str, dict[str, float]] = {u: {} for u in nodes}
    for u, v in G.edges():
        if u != v:
            out_w[u][v] = out_w[u].get(v, 0.0) + 1.0
    totals = {u: sum(w.values()) for u, w in out_w.items()}
    rank: Mapping[str, float] = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(200):
        dangling = sum(rank[u] for u in nodes if totals[u] == 0)
        nxt = dict.fromkeys(nodes, (1.0 - alpha) / n + alpha * dangling / n)
        for u in nodes:
            if totals[u]:
                share = alpha * rank[u] / totals[u]
                for v, w in out_w[u].items():
                    nxt[v] += share * w
        delta = sum(abs(nxt[u] - rank[u]) for u in nodes)
        rank = nxt
        if delta < tol * n:
            break
    return dict(rank)
