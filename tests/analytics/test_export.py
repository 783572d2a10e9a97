"""Exports re-load with networkx; CSV headers suit Neo4j LOAD CSV."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from kgraph.analytics.centrality import rank
from kgraph.analytics.export import export_graph, export_paths
from kgraph.errors import KGraphError

CDS = "criminalorganization-cartel-de-los-soles"


@pytest.mark.parametrize(
    ("suffix", "reader"), [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)]
)
def test_export_reloads(tmp_path, news_graph, suffix, reader):
    scores = rank(news_graph, top=None)
    out = export_graph(news_graph, tmp_path / f"actors{suffix}", scores=scores)
    assert out == tmp_path / f"actors{suffix}"
    H = reader(out)
    assert H.number_of_nodes() == news_graph.number_of_nodes()
    assert H.number_of_edges() == news_graph.number_of_edges()
    trump = H.nodes["Q22686"]
    assert trump["type"] == "Person"
    assert trump["aliases"] == "President Trump|Trump"
    assert trump["qid"] == "Q22686"
    assert trump["pagerank"] == pytest.approx(
        scores[[s.actor for s in scores].index("Q22686")].score("pagerank")
    )
    assert H.nodes[CDS]["qid"] == ""  # never None
    edges = {d.get("id", k): d for _, _, k, d in H.edges(keys=True, data=True)}
    e1 = edges["e1"]
    assert e1["predicate"] == "designates"
    assert e1["negated"] is False
    assert e1["date"] == "2025-11-24"
    assert e1["weight"] == pytest.approx(0.9)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".csv"])
def test_exports_are_byte_identical(tmp_path, news_graph, suffix):
    first = [p.read_bytes() for p in _export(news_graph, tmp_path / "a", suffix)]
    second = [p.read_bytes() for p in _export(news_graph, tmp_path / "b", suffix)]
    assert first == second


def _export(G, directory, suffix):
    out = directory / f"actors{suffix}"
    export_graph(G, out)
    return export_paths(out)


def test_gexf_is_gephi_loadable_xml(tmp_path, news_graph):
    text = export_graph(news_graph, tmp_path / "g.gexf").read_text()
    assert "lastmodifieddate" not in text
    assert 'type="string"' in text and 'type="boolean"' in text and 'type="double"' in text
    assert "None" not in text


def test_csv_headers_and_rows(tmp_path, news_graph):
    scores = rank(news_graph, top=None, measures=("degree", "pagerank"))
    nodes_path = export_graph(news_graph, tmp_path / "neo.csv", scores=scores)
    edges_path = tmp_path / "neo_edges.csv"
    assert nodes_path == tmp_path / "neo_nodes.csv"
    with nodes_path.open(newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with edges_path.open(newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert list(nodes[0]) == [
        "id",
        "label",
        "type",
        "qid",
        "iso",
        "country",
        "cameo",
        "office",
        "aliases",
        "mentions",
        "degree",
        "pagerank",
    ]
    assert list(edges[0])[:4] == ["source", "target", "type", "id"]
    assert {"family", "modality", "negated", "date", "confidence", "sentence", "doc"} <= set(
        edges[0]
    )
    assert len(nodes) == news_graph.number_of_nodes()
    assert len(edges) == news_graph.number_of_edges()
    maduro = next(n for n in nodes if n["id"] == "Q57413")
    assert maduro["label"] == "Nicolás Maduro"
    e5 = next(e for e in edges if e["id"] == "e5")
    assert (e5["source"], e5["target"], e5["type"], e5["negated"]) == (
        "Q30",
        CDS,
        "targets",
        "true",
    )


def test_unknown_extension_is_a_user_error(tmp_path, news_graph):
    with pytest.raises(KGraphError, match=r"cannot export to g\.dot"):
        export_graph(news_graph, tmp_path / "g.dot")
