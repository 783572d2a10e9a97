"""The one default every output counts and sorts by: build's summary, rank, report, pictures.

Which claims count: asserted and reported ones. Planned, hypothetical and
negated claims are left out of every score (the report and the pictures
still show them, marked, as evidence). Which measure sorts: degree
centrality (distinct neighbours), ties broken by PageRank, then by id.
Each output states the rule with :func:`counting_note` and
:func:`ranking_note`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

    from kgraph.model import ActorScore

INCLUDE_NEGATED = False
INCLUDE_HYPOTHETICAL = False  # planned and hypothetical claims
COUNTED_MODALITIES = ("asserted", "reported")
SORT_BY = "degree"
TIE_BREAK = "pagerank"
MEASURES = ("degree", "pagerank", "betweenness")
PICTURE_TOP = 40  # actors in the default picture of a larger graph

_MEASURE_NAMES = {
    "degree": "degree (distinct neighbours)",
    "in_degree": "in-degree (distinct actors acting on it)",
    "out_degree": "out-degree (distinct actors it acts on)",
    "pagerank": "PageRank",
    "betweenness": "betweenness",
    "closeness": "closeness",
    "eigenvector": "eigenvector centrality",
    "mentions": "mentions",
}


def counts(edge: dict) -> bool:
    """Return whether one projected event counts towards the scores.

    >>> counts({"modality": "reported", "negated": False}), counts({"modality": "planned"})
    (True, False)
    """
    if edge.get("negated") and not INCLUDE_NEGATED:
        return False
    return INCLUDE_HYPOTHETICAL or (edge.get("modality") or "asserted") in COUNTED_MODALITIES


def counted(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return ``G`` with only the events that count (every actor kept).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", modality="planned")
    >>> _ = G.add_edge("a", "c", modality="asserted")
    >>> sorted(counted(G).edges())
    [('a', 'c')]
    """
    H: nx.MultiDiGraph = G.copy()
    H.remove_edges_from(
        [(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if not counts(d)]
    )
    return H


def ranked_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return what ranking reads of ``G``: every actor, and the events that count by weight alone.

    The same actors, events and order as :func:`counted`, without the events'
    other attributes (their evidence), so ranking a large graph does not copy them.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", modality="planned")
    >>> _ = G.add_edge("a", "c", key="e2", modality="asserted", weight=0.5, sentence="…")
    >>> list(ranked_graph(G).edges(keys=True, data=True))
    [('a', 'c', 'e2', {'weight': 0.5})]
    """
    import networkx as nx

    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(
        (u, v, k, {"weight": d["weight"]} if "weight" in d else {})
        for u, v, k, d in G.edges(keys=True, data=True)
        if counts(d)
    )
    return H


def top_actors(G: nx.MultiDiGraph, *, top: int | None = None) -> list[ActorScore]:
    """Return the actors ranked by the default rule, with the default measures.

    ``G`` is a projection (e.g. ``project(dataset)``); events that do not
    count are left out first, so any projection gives the same numbers.
    """
    from kgraph.analytics.centrality import rank

    return rank(ranked_graph(G), measures=MEASURES, top=top, sort_by=SORT_BY)


def counting_note() -> str:
    """Return the one line that says which claims the scores count."""
    return (
        "Scores count asserted and reported claims; planned, hypothetical and negated "
        "claims are shown but not counted."
    )


def ranking_note(sort_by: str = SORT_BY) -> str:
    """Return the one line that says how actors are ranked.

    >>> ranking_note()
    'Actors ranked by degree (distinct neighbours), ties by PageRank.'
    """
    name = measure_name(sort_by)
    tie = "" if sort_by == TIE_BREAK else f", ties by {_MEASURE_NAMES[TIE_BREAK]}"
    return f"Actors ranked by {name}{tie}."


def measure_name(measure: str) -> str:
    """Return a measure's name in words.

    >>> measure_name("degree")
    'degree (distinct neighbours)'
    """
    return _MEASURE_NAMES.get(measure, measure)


def cut_note(cut: dict) -> str:
    """Return the rule a picture used to keep its actors, with the option that changes it.

    >>> cut_note({"top": 40, "of": 1372, "by": "degree"})
    'the 40 most connected of 1,372 actors (--top to change)'
    >>> cut_note({"top": 10, "of": 50, "by": "pagerank"})
    'the 10 of 50 actors with the highest PageRank (--top to change)'
    """
    if cut["by"] == "degree":
        return f"the {cut['top']} most connected of {cut['of']:,} actors (--top to change)"
    return (
        f"the {cut['top']} of {cut['of']:,} actors with the highest "
        f"{measure_name(cut['by'])} (--top to change)"
    )
