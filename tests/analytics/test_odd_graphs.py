"""Graphs with no relation, one actor, or nothing left after a filter: every command answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main

PREFIXES = """@prefix actor: <https://w3id.org/kgraph/actor/> .
@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
# "Chile and Peru are neighbours.": two states, no event between them
TWO_STATES = (
    PREFIXES
    + """actor:chile a kg:Actor, kg:State ; rdfs:label "Chile" ; kg:mentionCount 1 .
actor:peru a kg:Actor, kg:State ; rdfs:label "Peru" ; kg:mentionCount 1 .
"""
)
ONE_ACTOR = PREFIXES + 'actor:chile a kg:Actor, kg:State ; rdfs:label "Chile" .\n'
GRAPHS = {"two states, no relation": TWO_STATES, "one actor": ONE_ACTOR}
RANK_OPTIONS = [
    [],
    *(["-m", m] for m in ("degree", "in_degree", "out_degree", "pagerank")),
    *(["-m", m] for m in ("betweenness", "closeness", "eigenvector")),
    ["--type", "Media"],
]


@pytest.fixture(params=sorted(GRAPHS))
def graph(request, tmp_path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(GRAPHS[request.param], encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("options", RANK_OPTIONS, ids=lambda o: " ".join(o) or "defaults")
def test_rank_answers_a_graph_without_relations(graph, options):
    code, out = run("rank", str(graph), *options)
    assert code == 0, out
    assert "internal error" not in out
    if "--type" in options:
        assert "no actors" in out
    else:
        assert "Chile" in out


def test_rank_writes_scores_of_a_graph_without_relations(graph, tmp_path):
    code, out = run("rank", str(graph), "--write", str(tmp_path / "scored.ttl"))
    assert code == 0, out
    assert "pageRank" in (tmp_path / "scored.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".html"])
def test_draw_gives_a_picture_that_says_there_are_no_relations(graph, tmp_path, suffix):
    out = tmp_path / f"graph{suffix}"
    code, printed = run("draw", str(graph), "-o", str(out))
    assert code == 0, printed
    assert out.stat().st_size > 0
    if suffix == ".svg":
        assert "No relations between these actors" in out.read_text(encoding="utf-8")
    if suffix == ".html":
        assert "0 relations" in out.read_text(encoding="utf-8")


def test_draw_ego_of_an_isolated_actor(graph, tmp_path):
    out = tmp_path / "ego.svg"
    code, printed = run("draw", str(graph), "-o", str(out), "--ego", "Chile")
    assert code == 0, printed
    assert "No relations between these actors" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_report_of_a_graph_without_relations_says_so(graph, tmp_path, suffix):
    out = tmp_path / f"report{suffix}"
    code, printed = run("report", str(graph), "-o", str(out))
    assert code == 0, printed
    text = out.read_text(encoding="utf-8")
    assert "0 relations" in text
    assert "Chile" in text


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".csv"])
def test_export_of_a_graph_without_relations(graph, tmp_path, suffix):
    code, printed = run("export", str(graph), "-o", str(tmp_path / f"actors{suffix}"))
    assert code == 0, printed
    written = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("actors"))
    assert written == (
        ["actors_edges.csv", "actors_nodes.csv"] if suffix == ".csv" else [f"actors{suffix}"]
    )
    assert "Chile" in "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("actors*"))


def test_communities_of_a_graph_without_relations(graph):
    code, out = run("communities", str(graph), "--format", "csv")
    assert code == 0, out
    rows = [line.split(",")[:2] for line in out.splitlines()]
    assert rows[0] == ["community", "actor"]
    assert rows[1] == ["1", "Chile"]


NEWS = (
    PREFIXES
    + """@prefix event: <https://w3id.org/kgraph/event/> .
actor:chile a kg:Actor, kg:State ; rdfs:label "Chile" ; kg:qid "Q298" .
actor:peru a kg:Actor, kg:State ; rdfs:label "Peru" ; kg:qid "Q419" .
actor:bolivia a kg:Actor, kg:State ; rdfs:label "Bolivia" .
event:e1 a kg:Event ; kg:relationType kg:meetsWith ; kg:subject actor:chile ;
    kg:object actor:peru ; kg:modality kg:asserted ; kg:negated false ; kg:confidence 0.9 .
event:e2 a kg:Event ; kg:relationType kg:proposesTalksWith ; kg:subject actor:bolivia ;
    kg:object actor:peru ; kg:modality kg:planned ; kg:negated false ; kg:confidence 0.8 .
"""
)


@pytest.fixture
def news(tmp_path) -> Path:
    path = tmp_path / "news.ttl"
    path.write_text(NEWS, encoding="utf-8")
    return path


def test_api_results_turn_into_rows_and_dataframes(news):
    from kgraph import api

    ranking = api.rank([news], top=None)
    # Bolivia only plans talks: no degree; Peru, acted on, wins the tie on PageRank
    assert [s.label for s in ranking] == ["Peru", "Chile", "Bolivia"]
    assert ranking[2].score("degree") == 0.0
    assert ranking[0].scores_dict == dict(ranking[0].scores)
    frame = ranking.to_pandas()
    assert list(frame.columns) == ["actor", "label", "iri", "type", "qid", *ranking[0].scores_dict]
    assert frame["qid"].tolist()[:2] == ["Q419", "Q298"]
    assert frame["qid"].isna().tolist() == [False, False, True]

    found = api.communities([news])
    assert all(a.iri.startswith("https://w3id.org/kgraph/actor/") for c in found for a in c)
    assert sorted(a.label for c in found for a in c) == ["Bolivia", "Chile", "Peru"]
    members = found.to_pandas()
    assert set(members.columns) >= {"community", "actor", "label", "iri", "type"}

    hops = api.paths([news], "Chile", "Peru").to_pandas()
    assert hops[["source", "predicate", "target"]].values.tolist() == [
        ["chile", "meetsWith", "peru"]
    ]


def test_query_rows_keep_unbound_columns(news):
    from kgraph import api

    text = "SELECT ?a ?q WHERE { ?a a kg:State OPTIONAL { ?a kg:qid ?q } } ORDER BY ?a"
    result = api.query([news], text)
    rows = result.as_dicts()
    assert [r["q"] for r in rows] == [None, "Q298", "Q419"]
    assert list(result.to_pandas().columns) == ["a", "q"]
    with pytest.warns(DeprecationWarning):
        assert result.dicts() == rows


def test_missing_pandas_is_a_clear_error(news, monkeypatch):
    import sys

    from kgraph import api
    from kgraph.errors import KGraphError

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(KGraphError, match=r"pip install 'kgraph\[pandas\]'"):
        api.rank([news]).to_pandas()


def test_every_output_ranks_and_scores_the_same(news):
    """rank, build's summary, the report and the pictures: one rule, the same numbers."""
    import rdflib

    from kgraph import api
    from kgraph.analytics.defaults import top_actors
    from kgraph.analytics.projection import project
    from kgraph.report.content import build_content
    from kgraph.viz.focus import focus
    from kgraph.viz.scores import ranked, scores

    graph = rdflib.Graph().parse(news)
    ranking = api.rank([news], top=None)
    order = [s.actor for s in ranking]
    degree = {s.actor: s.score("degree") for s in ranking}
    summary = top_actors(project(graph), top=None)  # what build prints
    shown = project(graph, include_negated=True, include_hypothetical=True)  # report, pictures
    assert [s.actor for s in summary] == order
    assert [a.id for a in build_content(shown).actors] == order
    assert {a.id: a.degree for a in build_content(shown).actors} == degree
    assert ranked(shown) == order
    assert scores(focus(shown, top=2), "degree") == {a: degree[a] for a in order[:2]}
