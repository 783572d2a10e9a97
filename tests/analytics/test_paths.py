"""Paths between actors, each hop with the evidence that supports it."""

from __future__ import annotations

import networkx as nx
import pytest

from kgraph.analytics.paths import format_path, paths
from kgraph.errors import KGraphError
from kgraph.model import GraphPath

CDS = "criminalorganization-cartel-de-los-soles"


def test_shortest_path_with_evidence(news_graph):
    (path,) = paths(news_graph, "Washington", "Venezuela")
    assert isinstance(path, GraphPath)
    hops = [(h.source, h.predicate, h.target, h.forward) for h in path.hops]
    # the direct cartel → Maduro tie and Trump's talks are both 3 hops; ties go by graph order
    assert path.length == 3
    assert hops[-1] == ("Q57413", "leads", "Q717", True)
    last = path.hops[-1]
    assert last.sentence == "Nicolás Maduro, president of Venezuela"
    assert last.doc_id == "doc-1.txt"
    assert last.event.endswith("/e3")


def test_hop_against_the_edge_direction(news_graph):
    (path,) = paths(news_graph, "Cartel de los Soles", "United States")
    (hop,) = path.hops
    assert (hop.source, hop.target, hop.forward) == (CDS, "Q30", False)
    # the asserted designation is preferred to the negated strike between the same actors
    assert (hop.predicate, hop.negated, hop.date) == ("designates", False, "2025-11-24")
    assert hop.source_label == "Cartel de los Soles"


def test_best_event_between_two_actors_is_chosen(news_graph):
    (path,) = paths(news_graph, "Trump", "Maduro")
    (hop,) = path.hops
    # planned talks (1.0 … 0.9 confidence) beat the hypothetical call
    assert (hop.predicate, hop.modality) == ("proposesTalksWith", "planned")
    assert hop.sentence == "Trump plans to speak directly with Maduro."


@pytest.mark.parametrize(("k", "lengths"), [(1, [2]), (2, [2, 3]), (5, [2, 3, 4])])
def test_k_shortest_simple_paths(k, lengths):
    G = nx.MultiDiGraph()
    for u, v in [
        ("a", "b"),
        ("b", "z"),
        ("a", "c"),
        ("c", "d"),
        ("d", "z"),
        ("a", "e"),
        ("e", "f"),
        ("f", "g"),
        ("g", "z"),
    ]:
        G.add_edge(u, v, key=f"{u}{v}", predicate="meetsWith", sentence=f"{u} met {v}.")
    found = paths(G, "a", "z", k=k)
    assert [p.length for p in found] == lengths
    assert len({tuple(h.target for h in p.hops) for p in found}) == len(found)


def test_max_hops_limits_paths():
    G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    assert paths(G, "a", "d", max_hops=3)[0].length == 3
    with pytest.raises(KGraphError, match="no path between a and d within 2 hops"):
        paths(G, "a", "d", max_hops=2)


def test_directed_paths_follow_edges(news_graph):
    assert paths(news_graph, "Trump", "Venezuela", directed=True)[0].length == 2
    with pytest.raises(KGraphError, match="no directed path between Venezuela and Donald Trump"):
        paths(news_graph, "Venezuela", "Trump", directed=True)


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("Hegseth", "Maduro", "no path between Pete Hegseth and Nicolás Maduro"),
        ("Trump", "Donald Trump", "same actor"),
        ("Trumpp", "Maduro", "unknown actor 'Trumpp'"),
    ],
)
def test_path_errors(news_graph, source, target, message):
    with pytest.raises(KGraphError, match=message):
        paths(news_graph, source, target)


def test_format_path_quotes_evidence(news_graph):
    (path,) = paths(news_graph, "Cartel de los Soles", "Venezuela")
    text = format_path(path)
    lines = text.splitlines()
    assert lines[0].startswith("Cartel de los Soles —affiliatedWith→ Nicolás Maduro  [2025-11-20")
    assert lines[1] == "    “The cartel is tied to Maduro, according to Washington.”"
    assert lines[2].startswith("Nicolás Maduro —leads→ Venezuela")
    backwards = format_path(paths(news_graph, "Cartel de los Soles", "United States")[0])
    assert backwards.startswith("Cartel de los Soles ←designates— United States")
