"""Find groups of actors (communities) and the neighbourhood of one actor (ego network).

Communities maximise modularity with the Leiden method (leidenalg on an
igraph copy of the undirected, confidence-weighted simple graph; the graph
the caller holds stays networkx). The ``seed`` fixes Leiden's random node
order, so the same graph always gives the same communities. Leiden, unlike
Louvain, never returns a community that falls apart into disconnected
pieces, and it is far faster on large graphs (docs/analytics.md).
"""

from __future__ import annotations

import networkx as nx

from kgraph.analytics.lookup import find_actor
from kgraph.analytics.projection import collapse
from kgraph.errors import KGraphError


def communities(G: nx.MultiDiGraph, *, seed: int = 0) -> list[tuple[str, ...]]:
    """Return the communities as sorted tuples of actor ids, largest first (ties by first id).

    Actors without any event form communities of their own.

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"),
    ...                      ("z", "x"), ("c", "x")])
    >>> communities(G)
    [('a', 'b', 'c'), ('x', 'y', 'z')]
    """
    if G.number_of_nodes() == 0:
        return []
    U = collapse(G, directed=False)
    U.remove_edges_from(list(nx.selfloop_edges(U)))
    groups = [tuple(sorted(c)) for c in _leiden(U, seed=seed)]
    return sorted(groups, key=lambda c: (-len(c), c[0]))


def _leiden(U: nx.Graph, *, seed: int) -> list[list[str]]:
    """Return the Leiden modularity partition of a weighted simple graph, seeded."""
    import igraph
    import leidenalg

    nodes = sorted(U, key=str)
    index = {v: i for i, v in enumerate(nodes)}
    edges = sorted(
        (min(index[u], index[v]), max(index[u], index[v]), w)
        for u, v, w in U.edges(data="weight", default=1.0)
    )
    g = igraph.Graph(n=len(nodes), edges=[(a, b) for a, b, _ in edges])
    g.es["weight"] = [float(w) for _, _, w in edges]
    partition = leidenalg.find_partition(
        g, leidenalg.ModularityVertexPartition, weights="weight", n_iterations=2, seed=seed
    )
    return [[nodes[i] for i in members] for members in partition]


def ego(G: nx.MultiDiGraph, actor: str, *, hops: int = 1) -> nx.MultiDiGraph:
    """Return the actors within ``hops`` hops of ``actor`` (either direction) and all their events.

    ``actor`` is an id or a name (see :func:`~kgraph.analytics.lookup.find_actor`).

    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> sorted(ego(G, "b")), sorted(ego(G, "b", hops=2))
    (['a', 'b', 'c'], ['a', 'b', 'c', 'd'])
    """
    if hops < 1:
        raise KGraphError(f"ego network radius must be at least 1 hop, not {hops}")
    centre = find_actor(G, actor)
    reach = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), centre, hops)
    sub: nx.MultiDiGraph = G.subgraph(reach).copy()
    sub.graph["ego"] = centre
    return sub


def format_relations(G: nx.MultiDiGraph) -> str:
    """Return the relations of a (usually ego) graph as a sorted table, one per event."""
    from kgraph.io.tables import format_table

    rows = sorted(
        [
            G.nodes[u].get("label", u),
            d.get("predicate", ""),
            G.nodes[v].get("label", v),
            d.get("modality", ""),
            d.get("date") or "",
        ]
        for u, v, d in G.edges(data=True)
    )
    if not rows:
        return "no relations around this actor"
    return format_table(["subject", "relation", "object", "modality", "date"], rows)
