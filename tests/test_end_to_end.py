"""The README's main job on the seed article, with the real spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.rdf.namespace import KG

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out, result.output


@pytest.fixture(scope="module")
def graph(built):
    g = rdflib.Graph()
    g.parse(built[0] / "graph.ttl", format="turtle")
    return g


def _labels(g: rdflib.Graph, node: rdflib.term.Node) -> set[str]:
    names = {str(o) for o in g.objects(node, rdflib.RDFS.label)}
    names |= {str(o) for o in g.objects(node, KG.alias)}
    return {n.lower() for n in names}


def _edges(g: rdflib.Graph, predicate: rdflib.URIRef) -> list[tuple[set[str], set[str]]]:
    return [(_labels(g, s), _labels(g, o)) for s, o in g.subject_objects(predicate)]


def test_summary_and_files(built):
    out, output = built
    assert "Actors:" in output and "Relations:" in output and "pagerank" in output
    assert "SHACL: conforms" in output
    for name in (
        "graph.ttl",
        "graph.trig",
        "relations.jsonl",
        "graph.png",
        "graph.html",
        "report.html",
        "report.md",
    ):
        assert (out / name).stat().st_size > 0, name
    assert (out / "store").is_dir()


def test_trump_proposes_talks_with_maduro(graph):
    # A planned claim: an event node, never a direct edge.
    q = """SELECT ?e ?m WHERE { ?e kg:relationType kg:proposesTalksWith ; kg:subject ?s ;
             kg:object ?o ; kg:modality ?m . ?s rdfs:label ?sl . ?o rdfs:label ?ol .
             FILTER(CONTAINS(?sl, "Trump") && CONTAINS(?ol, "Maduro")) }"""
    rows = list(graph.query(q, initNs={"kg": KG, "rdfs": rdflib.RDFS}))
    assert rows, "Trump proposesTalksWith Maduro is missing"


def test_united_states_designates_the_cartel_as_fto(graph):
    q = """SELECT ?d ?sl WHERE { ?e kg:relationType kg:designates ; kg:subject ?s ;
             kg:object ?o ; kg:designation ?d . ?s rdfs:label ?sl . ?o rdfs:label ?ol .
             FILTER(CONTAINS(LCASE(?ol), "cartel de los soles")) }"""
    rows = list(graph.query(q, initNs={"kg": KG, "rdfs": rdflib.RDFS}))
    assert rows, "the designation of the Cartel de Los Soles is missing"
    assert any("foreign terrorist organization" in str(d).lower() for d, _ in rows)
    assert any(("united states" in str(s).lower()) or ("trump" in str(s).lower()) for _, s in rows)


def test_us_strikes_target_trafficking_networks_or_vessels(graph):
    edges = _edges(graph, KG.targets)
    assert any(
        any(w in " ".join(o) for w in ("traffick", "vessel", "boat"))
        and any(w in " ".join(s) for w in ("united states", "southern spear", "u.s."))
        for s, o in edges
    ), edges


def test_nobody_targets_maduro(graph):
    for predicate in (KG.targets, KG.attacks, KG.kills, KG.assaults, KG.fightsAgainst):
        for _, o in _edges(graph, predicate):
            assert not any("maduro" in name for name in o), (predicate, o)
    q = """SELECT ?e WHERE { ?e kg:negated true ; kg:object ?o . ?o rdfs:label ?ol .
             FILTER(CONTAINS(?ol, "Maduro")) }"""
    assert list(graph.query(q, initNs={"kg": KG, "rdfs": rdflib.RDFS})), (
        "'Nobody is planning to go in and shoot him' should be kept as a negated event"
    )


def test_no_blank_nodes(graph):
    assert not [t for t in graph if any(isinstance(x, rdflib.BNode) for x in t)]


def test_rerun_gives_byte_identical_turtle(built, tmp_path):
    again = tmp_path / "again.ttl"
    result = CliRunner().invoke(main, ["extract", str(SEEDS), "-o", str(again), "-q"])
    assert result.exit_code == 0, result.output
    assert again.read_bytes() == (built[0] / "graph.ttl").read_bytes()


def test_store_answers_named_queries_and_takes_updates_only_when_allowed(built, tmp_path):
    import shutil

    store = tmp_path / "store"
    shutil.copytree(built[0] / "store", store)
    runner = CliRunner()
    found = runner.invoke(main, ["query", str(store), "-n", "designations-and-sanctions"])
    assert found.exit_code == 0 and "Cartel de Los Soles" in found.output, found.output
    insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    refused = runner.invoke(main, ["query", str(store), insert])
    assert refused.exit_code == 2 and "read-only" in refused.output
    files = runner.invoke(main, ["query", str(built[0] / "graph.ttl"), "--update", insert])
    assert files.exit_code == 2 and "never rewritten" in files.output
    assert runner.invoke(main, ["query", str(store), "--update", insert]).exit_code == 0
    count = runner.invoke(main, ["query", str(store), "ASK { <urn:x:a> <urn:x:b> <urn:x:c> }"])
    assert count.output.strip() == "yes", count.output
