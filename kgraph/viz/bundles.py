"""Parallel events between two actors, aggregated into one drawable edge."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import networkx as nx

from kgraph.viz.style import edge_dash
from kgraph.vocabulary import family_of


@dataclass(frozen=True)
class Bundle:
    """All events ``source → target`` of one family drawn with one line style."""

    source: str
    target: str
    family: str
    dash: str  # solid, dashed (planned/hypothetical), dotted (negated)
    predicates: tuple[str, ...]  # distinct, sorted
    events: tuple[str, ...]  # event keys, sorted
    predicate_counts: tuple[tuple[str, int], ...] = ()  # (predicate, events), most first

    @property
    def count(self) -> int:
        """Return the number of events in the bundle."""
        return len(self.events)


def edge_family(data: dict) -> str:
    """Return an edge's family, falling back to the vocabulary's family of its predicate."""
    return str(data.get("family") or family_of(str(data.get("predicate", ""))))


def bundles(
    G: nx.MultiDiGraph,
    *,
    show_negated: bool = False,
    families: Collection[str] | None = None,
) -> list[Bundle]:
    """Return the bundles of ``G`` in a stable order; negated events only when asked.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("us", "ven", key="e1", predicate="targets", family="hostile")
    >>> _ = G.add_edge("us", "ven", key="e2", predicate="attacks", family="hostile")
    >>> _ = G.add_edge("us", "ven", key="e3", predicate="targets", negated=True)
    >>> [(b.count, b.predicates, b.dash) for b in bundles(G)]
    [(2, ('attacks', 'targets'), 'solid')]
    >>> len(bundles(G, show_negated=True))
    2
    """
    wanted = set(families) if families else None
    groups: dict[tuple[str, str, str, str], list[tuple[str, str]]] = {}
    for u, v, key, data in G.edges(keys=True, data=True):
        negated = bool(data.get("negated"))
        if negated and not show_negated:
            continue
        family = edge_family(data)
        if wanted is not None and family not in wanted:
            continue
        dash = edge_dash(modality=data.get("modality"), negated=negated)
        groups.setdefault((str(u), str(v), family, dash), []).append(
            (str(key), str(data.get("predicate", "")))
        )
    out = []
    for (u, v, family, dash), items in sorted(groups.items()):
        counts: dict[str, int] = {}
        for _, p in items:
            counts[p] = counts.get(p, 0) + 1
        out.append(
            Bundle(
                source=u,
                target=v,
                family=family,
                dash=dash,
                predicates=tuple(sorted({p for _, p in items})),
                events=tuple(sorted(k for k, _ in items)),
                predicate_counts=tuple(sorted(counts.items(), key=lambda pc: (-pc[1], pc[0]))),
            )
        )
    return out
