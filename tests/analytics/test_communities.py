"""Communities and ego networks."""

from __future__ import annotations

import networkx as nx
import pytest

from kgraph.analytics.communities import communities, ego
from kgraph.errors import KGraphError


def two_cliques(size: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    left = [f"l{i}" for i in range(size)]
    right = [f"r{i}" for i in range(size)]
    for group in (left, right):
        G.add_edges_from((u, v) for u in group for v in group if u < v)
    G.add_edge("l0", "r0")  # the bridge
    return G


@pytest.mark.parametrize("size", [3, 4, 6])
@pytest.mark.parametrize("seed", [0, 1, 42])
def test_two_cliques_joined_by_a_bridge(size, seed):
    found = communities(two_cliques(size), seed=seed)
    assert found == [
        tuple(sorted(f"l{i}" for i in range(size))),
        tuple(sorted(f"r{i}" for i in range(size))),
    ]


def test_isolated_actor_is_its_own_community():
    G = two_cliques(3)
    G.add_node("alone")
    assert communities(G)[-1] == ("alone",)


def test_news_graph_communities_are_deterministic(news_graph):
    found = communities(news_graph)
    assert found == communities(news_graph)
    assert ("Q324546", "Q7171956") in found  # Rubio and Hegseth, apart from the rest
    assert sorted(a for c in found for a in c) == sorted(news_graph)


def test_empty_graph_has_no_communities():
    assert communities(nx.MultiDiGraph()) == []


@pytest.mark.parametrize(
    ("hops", "expected"),
    [
        (1, ["Q22686", "Q30", "criminalorganization-cartel-de-los-soles"]),
        (2, ["Q22686", "Q30", "Q57413", "criminalorganization-cartel-de-los-soles"]),
        (3, ["Q22686", "Q30", "Q57413", "Q717", "criminalorganization-cartel-de-los-soles"]),
    ],
)
def test_ego_network(news_graph, hops, expected):
    sub = ego(news_graph, "United States", hops=hops)
    assert sorted(sub) == expected
    assert sub.graph["ego"] == "Q30"
    # every event among the kept actors stays, with its evidence
    assert sub.number_of_edges() == news_graph.subgraph(expected).number_of_edges()
    assert all(d["sentence"] for _, _, d in sub.edges(data=True))


def test_ego_errors(news_graph):
    with pytest.raises(KGraphError, match="at least 1 hop"):
        ego(news_graph, "Trump", hops=0)
    with pytest.raises(KGraphError, match="unknown actor"):
        ego(news_graph, "Trumpp")


def _weighted(U: nx.Graph) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_nodes_from(str(n) for n in U)
    for u, v, w in U.edges(data="weight", default=1.0):
        G.add_edge(str(u), str(v), weight=float(w))
    return G


LEIDEN_GRAPHS = {
    # modularity of the partition Leiden (seed 0) finds; networkx's Louvain finds less
    "scale-free": (nx.barabasi_albert_graph(300, 2, seed=1), 0.505),
    "les misérables": (nx.les_miserables_graph(), 0.566),
}


@pytest.mark.parametrize("name", LEIDEN_GRAPHS)
def test_leiden_finds_connected_communities_of_high_modularity(name):
    U, modularity = LEIDEN_GRAPHS[name]
    G = _weighted(U)
    found = communities(G, seed=0)
    simple = nx.Graph(G.to_undirected())
    assert sorted(n for c in found for n in c) == sorted(G)
    assert all(nx.is_connected(simple.subgraph(c)) for c in found)
    assert nx.community.modularity(simple, [set(c) for c in found]) > modularity
    assert communities(G, seed=0) == found
