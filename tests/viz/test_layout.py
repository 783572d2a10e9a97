"""Deterministic layout and the pieces under it."""

from __future__ import annotations

import networkx as nx

from kgraph.viz.layout import layout
from kgraph.viz.scores import pagerank, scores
from tests.viz.graphs import sample_graph


def test_layout_is_deterministic_and_inside_the_unit_square():
    pos = layout(sample_graph())
    assert pos == layout(sample_graph())
    assert set(pos) == set(sample_graph())
    assert all(0.0 <= c <= 1.0 for xy in pos.values() for c in xy)


def test_layout_keeps_nodes_apart():
    pos = layout(sample_graph())
    pts = sorted(pos.values())
    closest = min(
        ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
        for i, a in enumerate(pts)
        for b in pts[i + 1 :]
    )
    assert closest > 0.03


def test_isolated_actors_are_placed_too():
    G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    G.add_node("lonely")
    pos = layout(G)
    assert set(pos) == {"a", "b", "c", "lonely"}
    assert len(set(pos.values())) == 4


def test_fallback_pagerank_agrees_with_the_analytics_ranking():
    G = sample_graph()
    ours = pagerank(G)
    theirs = scores(G, "pagerank")
    top = max(theirs, key=lambda n: theirs[n])
    assert max(ours, key=lambda n: ours[n]) == top == "Q30"


def test_mentions_measure_reads_the_node_attribute():
    assert scores(sample_graph(), "mentions")["Q57413"] == 12.0
