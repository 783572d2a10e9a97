"""Find groups of actors (communities) and the neighbourhood of one actor (ego network).

Communities maximise modularity with the Louvain method on the undirected,
confidence-weighted simple graph; the ``seed`` fixes its random node order,
so the same graph always gives the same communities.
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
    found = nx.community.louvain_communities(U, weight="weight", seed=seed)
    groups = [tuple(sorted(c)) for c in found]
    return sorted(groups, key=lambda c: (-len(c), c[0]))


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
