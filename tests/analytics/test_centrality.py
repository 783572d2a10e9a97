"""Centrality ranking on small graphs whose answers are known."""

from __future__ import annotations

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from kgraph.analytics.centrality import (
    MEASURES,
    betweenness,
    closeness,
    eigenvector,
    pagerank,
    rank,
    scores_to_rdf,
)
from kgraph.errors import KGraphError
from kgraph.rdf.namespace import ACTOR, KG


def star(leaves: int = 5) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("hub", label="Hub", type="State", qid="Q1")
    for i in range(leaves):
        G.add_edge(f"leaf{i}", "hub", weight=1.0)  # every leaf acts on the hub
    return G


@pytest.mark.parametrize("measure", MEASURES)
def test_star_centre_ranks_first(measure):
    G = star()
    if measure == "out_degree":
        G = G.reverse(copy=True)
    scores = rank(G, measures=(measure,), sort_by=measure, top=None)
    assert scores[0].actor == "hub"
    assert scores[0].score(measure) > scores[1].score(measure)


def test_ties_are_broken_by_id_and_top_cuts():
    scores = rank(star(), measures=("degree",), sort_by="degree", top=3)
    assert [s.actor for s in scores] == ["hub", "leaf0", "leaf1"]
    assert scores[1].score("degree") == pytest.approx(0.2)
    assert scores[0].score("degree") == pytest.approx(1.0)


def test_scores_carry_actor_attributes_and_requested_measures():
    top = rank(star(), top=1)[0]
    assert (top.actor, top.label, top.type, top.qid) == ("hub", "Hub", "State", "Q1")
    assert [m for m, _ in top.scores] == ["degree", "pagerank", "betweenness"]
    assert top.score("betweenness") == pytest.approx(1.0)
    assert top.score("closeness") == 0.0  # not computed


def test_sort_by_is_computed_even_when_not_listed():
    scores = rank(star(), measures=("degree",), sort_by="pagerank", top=1)
    assert [m for m, _ in scores[0].scores] == ["degree", "pagerank"]


def test_path_centre_has_highest_betweenness():
    G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")])
    scores = rank(G, measures=("betweenness",), sort_by="betweenness", top=None)
    # b and d (and a and e) tie: PageRank, which flows down the path, breaks the tie
    assert [s.actor for s in scores] == ["c", "d", "b", "e", "a"]


def test_pagerank_matches_networkx_definition():
    D = nx.DiGraph(nx.gnp_random_graph(60, 0.06, seed=3, directed=True))
    for i, (u, v) in enumerate(D.edges):
        D[u][v]["weight"] = 0.5 + (i % 5) / 10
    D.add_node(999)  # dangling and isolated
    ours = pagerank(D)
    ref = _pagerank_python(D, weight="weight", tol=1e-12, max_iter=500)
    assert ours == pytest.approx(ref, abs=1e-8)


def test_eigenvector_matches_networkx_definition():
    U = nx.karate_club_graph()
    ours = eigenvector(U)
    ref = nx.eigenvector_centrality(U, weight="weight", tol=1e-10)
    assert ours == pytest.approx(ref, abs=1e-6)


GRAPHS = {
    "karate": nx.karate_club_graph(),
    "scale-free": nx.barabasi_albert_graph(400, 2, seed=1),
    "disconnected": nx.Graph([(0, 1), (1, 2), (3, 4), (4, 5), (5, 3), (6, 6)]),
    "path": nx.path_graph(6),
}


@pytest.mark.parametrize("name", GRAPHS)
@pytest.mark.parametrize("k", [None, 1, 3, 50])
def test_betweenness_matches_networkx(name, k):
    U = GRAPHS[name]
    if k is not None and k >= len(U):
        k = None
    ours = betweenness(U, k=k, seed=11)
    ref = nx.betweenness_centrality(U, k=k, seed=11, normalized=True)
    assert ours == pytest.approx(ref, abs=1e-12, nan_ok=True)


@pytest.mark.parametrize("name", GRAPHS)
def test_closeness_matches_networkx(name):
    U = GRAPHS[name]
    assert closeness(U) == pytest.approx(nx.closeness_centrality(U), abs=1e-12)


def test_sampled_betweenness_is_seeded():
    G = nx.MultiDiGraph(nx.barabasi_albert_graph(300, 2, seed=1).edges)
    a = rank(G, measures=("betweenness",), sort_by="betweenness", betweenness_k=20, seed=7)
    b = rank(G, measures=("betweenness",), sort_by="betweenness", betweenness_k=20, seed=7)
    exact = rank(G, measures=("betweenness",), sort_by="betweenness")
    assert a == b
    assert a[0].actor in [s.actor for s in exact[:3]]
    assert a != rank(G, measures=("betweenness",), sort_by="betweenness", betweenness_k=20, seed=8)


def test_one_source_sample_ranks_without_nan():
    scores = rank(star(), measures=("betweenness",), sort_by="betweenness", betweenness_k=1)
    assert all(s.score("betweenness") == s.score("betweenness") for s in scores)


def test_ranking_the_news_graph(news_graph):
    scores = rank(news_graph, top=3)  # the default sorts by degree
    assert scores[0].actor == "Q57413"  # Maduro: leads, tied to the cartel, talked to
    by_pagerank = rank(news_graph, top=None, sort_by="pagerank")
    assert by_pagerank[0].actor == "Q717"  # Venezuela: where Maduro's weight flows
    assert rank(news_graph, top=None, sort_by="pagerank") == by_pagerank


def test_empty_graph_ranks_nothing():
    assert rank(nx.MultiDiGraph()) == []


def _no_events(n: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_nodes_from(f"s{i}" for i in range(n))
    return G


ODD_GRAPHS = {
    "one actor": (_no_events(1), {"s0": 0.0}),
    "two actors, no event": (_no_events(2), {"s0": 0.0, "s1": 0.0}),
    "one actor acting on itself": (nx.MultiDiGraph([("s0", "s0")]), {"s0": 0.0}),
}


@pytest.mark.parametrize("name", ODD_GRAPHS)
@pytest.mark.parametrize("measure", MEASURES)
def test_graphs_without_events_rank_every_actor_with_finite_scores(name, measure):
    G, zero = ODD_GRAPHS[name]
    scores = rank(G, measures=(measure,), sort_by=measure, top=None, betweenness_k=1)
    assert sorted(s.actor for s in scores) == sorted(G)
    values = {s.actor: s.score(measure) for s in scores}
    assert all(v == v and abs(v) != float("inf") for v in values.values())
    if measure not in ("pagerank", "eigenvector"):
        assert values == zero


def test_pagerank_without_events_is_uniform():
    scores = rank(_no_events(4), measures=("pagerank",), top=None)
    assert [s.score("pagerank") for s in scores] == pytest.approx([0.25] * 4)
    assert [s.actor for s in scores] == ["s0", "s1", "s2", "s3"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"measures": ("fame",)}, "unknown centrality measure 'fame'"),
        ({"sort_by": "fame"}, "unknown centrality measure 'fame'"),
        ({"top": 0}, "at least 1"),
        ({"betweenness_k": 0}, "at least 1"),
    ],
)
def test_bad_options_are_user_errors(options, message):
    with pytest.raises(KGraphError, match=message):
        rank(star(), **options)


def test_scores_to_rdf_writes_ontology_terms_only():
    scores = rank(star(), measures=("degree", "pagerank", "betweenness", "closeness"), top=1)
    g = scores_to_rdf(scores)
    hub = ACTOR["hub"]
    assert {p for _, p, _ in g} == {KG.degreeCentrality, KG.pageRank, KG.betweenness}
    assert float(g.value(hub, KG.degreeCentrality)) == pytest.approx(1.0)
    assert float(g.value(hub, KG.pageRank)) == pytest.approx(scores[0].score("pagerank"))


def _multigraph() -> nx.MultiDiGraph:
    base = nx.scale_free_graph(300, seed=4)  # a MultiDiGraph with parallel edges and loops
    G = nx.MultiDiGraph()
    for i, (u, v) in enumerate(base.edges()):
        G.add_edge(f"n{u:03d}", f"n{v:03d}", weight=0.5 + (i % 3) / 4)
    return G


REFERENCE = {
    "degree": lambda D, U: nx.degree_centrality(nx.Graph(U.edges)),
    "in_degree": lambda D, U: nx.in_degree_centrality(nx.DiGraph(D.edges)),
    "out_degree": lambda D, U: nx.out_degree_centrality(nx.DiGraph(D.edges)),
    "pagerank": lambda D, U: _pagerank_python(D, weight="weight", tol=1e-12, max_iter=500),
    "eigenvector": lambda D, U: nx.eigenvector_centrality(U, weight="weight", tol=1e-10),
    "closeness": lambda D, U: nx.closeness_centrality(U),
    "betweenness": lambda D, U: nx.betweenness_centrality(U, k=40, seed=5),
}


@pytest.mark.parametrize("measure", MEASURES)
def test_rank_matches_networkx_on_the_collapsed_graph(measure):
    from kgraph.analytics.projection import collapse

    G = _multigraph()
    D = collapse(G, directed=True)
    U = collapse(G, directed=False)
    U.remove_edges_from(list(nx.selfloop_edges(U)))
    D_noloops = D.copy()
    if measure != "pagerank":
        D_noloops.remove_edges_from(list(nx.selfloop_edges(D_noloops)))
    ref = REFERENCE[measure](D_noloops, U)
    scores = rank(G, measures=(measure,), sort_by=measure, top=None, betweenness_k=40, seed=5)
    ours = {s.actor: s.score(measure) for s in scores}
    assert ours == pytest.approx(ref, abs=1e-6)
