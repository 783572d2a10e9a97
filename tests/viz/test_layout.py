"""Deterministic layout and the pieces under it."""

from __future__ import annotations

import networkx as nx
import pytest

from kgraph.analytics.centrality import rank
from kgraph.analytics.defaults import counted
from kgraph.viz.layout import layout
from kgraph.viz.scores import keep_scored, ranked, scores
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


@pytest.mark.parametrize("measure", ["degree", "pagerank", "betweenness"])
def test_picture_scores_are_the_ranking_of_the_claims_that_count(measure):
    G = sample_graph()
    assert any(d["modality"] == "planned" for _, _, d in G.edges(data=True))
    expected = rank(counted(G), measures=(measure,), sort_by=measure, top=None)
    assert ranked(G, measure) == [s.actor for s in expected]
    assert scores(G, measure) == {s.actor: s.score(measure) for s in expected}


def test_a_planned_claim_alone_gives_no_degree():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", modality="planned")
    G.add_edge("c", "d", modality="asserted")
    assert scores(G, "degree") == {"a": 0.0, "b": 0.0, "c": 1 / 3, "d": 1 / 3}


def test_a_cut_keeps_the_whole_graph_scores():
    G = sample_graph()
    top = ranked(G)[:3]
    H = keep_scored(G, top, ("degree",))
    assert scores(H, "degree") == {n: scores(G, "degree")[n] for n in top}


def test_mentions_measure_reads_the_node_attribute():
    assert scores(sample_graph(), "mentions")["Q57413"] == 12.0
