"""Cut a projected graph down to what one picture should show."""

from __future__ import annotations

from collections.abc import Collection

import networkx as nx

from kgraph.analytics.defaults import MEASURES as SHOWN_MEASURES
from kgraph.analytics.defaults import SORT_BY
from kgraph.analytics.lookup import find_actor
from kgraph.errors import KGraphError
from kgraph.viz.bundles import edge_family
from kgraph.viz.scores import collapse_undirected, keep_scored, ranked
from kgraph.vocabulary import FAMILIES, STANDING


def focus(
    G: nx.MultiDiGraph,
    *,
    ego: str | None = None,
    hops: int = 1,
    families: Collection[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    top: int | None = None,
    size_by: str = SORT_BY,
) -> nx.MultiDiGraph:
    """Return a copy of ``G`` restricted by family, date window, ego network and top-N.

    Filters apply in that order. A date window drops undated events but keeps
    standing relations (``leads``, ``memberOf`` …), which have no date. Actors
    left without any relation by the family or date filter are dropped. ``ego``
    is an actor id, label, alias or Wikidata QID (as ``kgraph.analytics.lookup``
    resolves names); the ego
    network is taken over links in either direction. ``top`` keeps the ``top``
    actors by ``size_by`` (the ego actor always stays).

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="1", family="hostile", date="2025-11-24")
    >>> _ = G.add_edge("b", "c", key="2", family="cooperative", date="2025-10-01")
    >>> _ = G.add_edge("c", "d", key="3", family="hostile", date="2025-11-25")
    >>> sorted(focus(G, families=["hostile"]))
    ['a', 'b', 'c', 'd']
    >>> sorted(focus(G, ego="a", hops=2))
    ['a', 'b', 'c']
    >>> sorted(focus(G, date_from="2025-11-01"))
    ['a', 'b', 'c', 'd']
    >>> sorted(focus(G, date_to="2025-11-24"))
    ['a', 'b', 'c']
    >>> sorted(focus(G, date_from="2025-11", date_to="2025-11"))
    ['a', 'b', 'c', 'd']
    """
    if hops < 0:
        raise KGraphError(f"--hops must be 0 or more, not {hops}")
    if top is not None and top < 1:
        raise KGraphError(f"--top must be 1 or more, not {top}")
    if families:
        unknown = sorted(set(families) - set(FAMILIES))
        if unknown:
            raise KGraphError(
                f"unknown relation family {unknown[0]!r}; use one of {', '.join(FAMILIES)}"
            )
    if date_from and date_to and date_from > date_to:
        raise KGraphError(f"empty date window: {date_from} is after {date_to}")
    H: nx.MultiDiGraph = G.copy()
    filtered = bool(families or date_from or date_to)
    if filtered:
        wanted = set(families) if families else set(FAMILIES)
        drop = []
        for u, v, k, d in H.edges(keys=True, data=True):
            family = edge_family(d)
            if family not in wanted or not _in_window(d.get("date"), family, date_from, date_to):
                drop.append((u, v, k))
        H.remove_edges_from(drop)
    centre = find_actor(H, ego) if ego is not None else None
    if filtered:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and n != centre])
    if centre is not None:
        reach = nx.single_source_shortest_path_length(collapse_undirected(H), centre, cutoff=hops)
        H = keep_scored(H, reach, (*SHOWN_MEASURES, size_by))
    if top is not None and H.number_of_nodes() > top:
        keep = set(ranked(H, size_by)[:top])
        if centre is not None:
            keep.add(centre)
        total = H.number_of_nodes()
        H = keep_scored(H, keep, (*SHOWN_MEASURES, size_by))
        H.graph["cut"] = {"top": top, "of": total, "by": size_by}
    return H


def _in_window(date: object, family: str, date_from: str | None, date_to: str | None) -> bool:
    if not (date_from or date_to):
        return True
    if not date:
        return family == STANDING
    day = str(date)[:10]
    # bounds may be prefixes ("2025-11"), compared at their own length, both inclusive
    early = bool(date_from) and day[: len(date_from or "")] < (date_from or "")
    late = bool(date_to) and day[: len(date_to or "")] > (date_to or "")
    return not (early or late)
