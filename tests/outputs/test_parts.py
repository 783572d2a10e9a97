"""Per-document parts: the union outputs put together from them equal those of the union graph."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import rdflib

from kgraph import api
from kgraph.analytics.digest import GraphDigest, merge_digests, project_digest
from kgraph.analytics.projection import project
from kgraph.model import Actor, ActorType, Document, DocumentExtraction
from kgraph.outputs.derive import _violations
from kgraph.outputs.parts import make_part, part_keys
from kgraph.rdf.build import build_dataset
from kgraph.rdf.validate import validate
from tests.outputs.corpus import NEW_STORY, STORIES, write_corpus

FLAGS = [
    {},
    {"include_hypothetical": True},
    {"include_negated": True, "include_hypothetical": True},
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("parts")
    api.build([str(write_corpus(root / "corpus.jsonl"))], root / "out")
    return root / "out"


def _extractions(folder: Path) -> list[DocumentExtraction]:
    from kgraph.extract.actors.linking import link_actors
    from kgraph.outputs.manifest import read_manifest
    from kgraph.outputs.records import decode_extraction

    manifest = read_manifest(folder)
    assert manifest is not None
    records = [e.record for e in manifest.documents]
    raw = [decode_extraction((folder / r).read_bytes(), where=r) for r in records]
    return list(link_actors(raw)[0])


@pytest.mark.parametrize("flags", FLAGS)
def test_merged_digests_project_as_the_union_graph(built: Path, flags: dict[str, bool]):
    extractions = _extractions(built)
    parts = [make_part(e, "k") for e in extractions]
    # through JSON, as a later build reads them
    digests = [GraphDigest.from_plain(json.loads(json.dumps(p.digest.to_plain()))) for p in parts]
    expected = project(build_dataset(extractions), **flags)
    got = project_digest(merge_digests(digests), **flags)
    assert list(got.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(got.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert expected.number_of_edges() > 0


def test_turtle_and_trig_hold_the_union_of_the_document_graphs(built: Path):
    union = {q[:3] for q in build_dataset(_extractions(built)).quads((None, None, None, None))}
    turtle = rdflib.Graph().parse(built / "graph.ttl", format="turtle")
    trig = rdflib.Dataset().parse(built / "graph.trig", format="trig")
    assert set(turtle) == union
    assert {q[:3] for q in trig.quads((None, None, None, None))} == union
    assert len(list(trig.graphs())) - 1 == len(STORIES)  # one named graph a document, no more


def _doc(i: str, *actors: Actor) -> DocumentExtraction:
    return DocumentExtraction(document=Document(id=i, text="x"), actors=actors)


@pytest.mark.parametrize(
    ("docs", "violations"),
    [
        # one actor id typed differently in two documents: one type too many in the union
        (
            [
                _doc("d1", Actor("acme", "Acme", ActorType.ORGANIZATION)),
                _doc("d2", Actor("acme", "Acme", ActorType.ARMED_GROUP)),
            ],
            1,
        ),
        # two QIDs for one actor across documents
        (
            [
                _doc("d1", Actor("acme", "Acme", ActorType.ORGANIZATION, qid="Q1")),
                _doc("d2", Actor("acme", "Acme", ActorType.ORGANIZATION, qid="Q2")),
            ],
            1,
        ),
        # a bad country code said in two documents is one violation, as in the union
        (
            [
                _doc("d1", Actor("acme", "Acme", ActorType.ORGANIZATION, country="usa")),
                _doc("d2", Actor("acme", "Acme", ActorType.ORGANIZATION, country="usa")),
            ],
            1,
        ),
        # the same actor, described alike: nothing to report
        (
            [
                _doc("d1", Actor("acme", "Acme", ActorType.ORGANIZATION, qid="Q1")),
                _doc("d2", Actor("acme", "Acme", ActorType.ORGANIZATION, qid="Q1")),
            ],
            0,
        ),
    ],
)
def test_violations_add_up_to_those_of_the_union(docs: list[DocumentExtraction], violations: int):
    parts = [make_part(e, "k") for e in docs]
    union = validate(build_dataset(docs))
    assert union.violations == violations
    assert len(_violations(parts, [lambda e=e: e for e in docs])) == violations


def test_an_add_reuses_the_parts_of_unchanged_documents(built: Path, tmp_path: Path):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = {p.name: p.stat().st_ino for p in (out / "parts").iterdir()}
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"id": NEW_STORY[0], "text": NEW_STORY[1], "date": "2025-03-14"}))
    api.add(out, [str(new)])
    after = {p.name: p.stat().st_ino for p in (out / "parts").iterdir()}
    made = sorted(set(after) - set(before))
    assert [name.split(".")[0] for name in made] == [NEW_STORY[0]]
    # the others are the same files, linked from the previous build, not written again
    kept = set(after) & set(before)
    assert len(kept) == len(STORIES) and all(after[n] == before[n] for n in kept)


def test_a_merge_that_reaches_an_old_document_changes_its_key():
    us = Actor("united-states", "United States", ActorType.STATE, qid="Q30")
    usa = Actor("usa", "USA", ActorType.STATE, qid="Q30")
    old = _doc("d1", us)
    alone = part_keys(["h1"], [old.actors], {})
    from kgraph.extract.actors.linking import link_plan

    merged, _ = link_plan([old, _doc("d2", usa)])
    joined = part_keys(["h1", "h2"], [old.actors, (usa,)], merged)
    assert joined[0] != alone[0]  # d1's actor now carries d2's name as an alias
    assert part_keys(["h1"], [old.actors], {}) == alone  # and a key is a pure function


def test_the_graph_files_are_the_blocks_of_the_parts_joined(built: Path):
    from kgraph.outputs.manifest import read_manifest
    from kgraph.outputs.parts import read_part, read_texts
    from kgraph.rdf.serialize import trig_document, turtle_document

    manifest = read_manifest(built)
    assert manifest is not None
    files = sorted((built / "parts").iterdir())
    assert len(files) == len(STORIES)
    blocks, lines = [], {}
    for path in files:
        part = read_part(path, path.name.split(".")[1])
        assert part is not None and part.turtle == ""  # the texts are read on their own
        body, jsonl = read_texts(path)
        blocks.append((part.graph, part.prefixes, body))
        lines[path.name.split(".")[0]] = jsonl
    assert (built / "graph.ttl").read_bytes() == turtle_document(blocks)
    assert (built / "graph.trig").read_bytes() == trig_document(blocks)
    in_order = "".join(lines[e.id] for e in manifest.documents)
    assert (built / "relations.jsonl").read_text(encoding="utf-8") == in_order


def test_a_part_cut_short_is_made_again(built: Path, tmp_path: Path):
    from kgraph.outputs.parts import read_part

    path = sorted((built / "parts").iterdir())[0]
    key = path.name.split(".")[1]
    assert read_part(path, key) is not None
    cut = tmp_path / path.name
    cut.write_bytes(path.read_bytes()[:-10])
    assert read_part(cut, key) is None
    assert read_part(path, "another-key") is None
