"""Every event of a build has its own id, the graph conforms, and every output counts the same."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib

from kgraph import api
from tests.outputs.corpus import STORIES, kgraph, snapshot, write_corpus

KG = rdflib.Namespace("https://w3id.org/kgraph/ontology#")

CORPUS = {
    **STORIES,
    # a verb and a standing tie both read "aligned with": once two events with one id
    "story-e": "Questions remain how much help is received by the Houthis who are "
    "ideologically aligned with Iran. The Houthis attacked Saudi Arabia.",
    "story-f": "Iran is aligned with Syria. Iran did not attack Israel on Monday.",
    "story-g": "The European Union sanctioned Russia. Russia condemned the European Union.",
}


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> tuple[api.BuildSummary, Path]:
    root = tmp_path_factory.mktemp("events")
    out = root / "out"
    return api.build([str(write_corpus(root / "corpus.jsonl", CORPUS))], out), out


def test_every_event_id_is_used_once_and_the_graph_conforms(build):
    summary, out = build
    ids = [json.loads(line)["id"] for line in (out / "relations.jsonl").read_text().splitlines()]
    assert len(ids) == len(set(ids)) > 0
    graph = rdflib.Graph().parse(out / "graph.ttl")
    for event in graph.subjects(rdflib.RDF.type, KG.Event):
        assert len(set(graph.objects(event, KG.confidence))) == 1, event
    assert summary.conforms and summary.violations == 0
    assert api.validate([out / "graph.ttl"]).conforms


def test_the_summary_counts_what_the_files_and_pages_count(build):
    summary, out = build
    graph = rdflib.Graph().parse(out / "graph.ttl")
    events = set(graph.subjects(rdflib.RDF.type, KG.Event))
    lines = (out / "relations.jsonl").read_text().splitlines()
    (page,) = re.findall(r"· (\d+) relations", (out / "report.md").read_text())
    assert summary.extract.relations == len(events) == len(lines) == int(page)
    actors = set(graph.subjects(rdflib.RDF.type, KG.Actor))
    assert summary.extract.actors == len(actors)


def test_a_build_whose_output_does_not_conform_exits_1_and_keeps_its_files(build, tmp_path: Path):
    _, base = build
    import shutil

    out = tmp_path / "out"
    shutil.copytree(base, out)
    # A record as an extractor that gave two relations one id would have left it.
    manifest = json.loads((out / "manifest.json").read_text())
    record = out / next(d["record"] for d in manifest["documents"] if d["id"] == "story-a")
    data = json.loads(record.read_text())
    twin = dict(data["relations"][0], confidence=0.11)
    data["relations"].append(twin)
    record.unlink()  # a new file, not the one linked from other folders
    record.write_text(json.dumps(data))
    done = kgraph("remove", str(out), "story-g")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert re.fullmatch(
        r"kgraph: error: the graph written to \S+ does not conform to kgraph's SHACL shapes: "
        r"[1-9]\d* violation\(s\) \(see 'kgraph validate \S+/graph.ttl'\)\n",
        done.stderr,
    )
    assert "VIOLATION(S)" in done.stdout
    written = snapshot(out)
    assert "graph.ttl" in written and "report.html" in written
    assert "story-g" not in (out / "relations.jsonl").read_text()
    assert not api.validate([out / "graph.ttl"]).conforms
