"""Serialisation is deterministic and every format reads back to the same triples."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kgraph.errors import KGraphError
from kgraph.rdf.build import build_dataset
from kgraph.rdf.serialize import FORMATS, RDF_FORMATS, format_from_path, serialize
from tests.rdf.sample import sample_extractions


def _shuffled():
    """The same documents in reverse order, with actors and relations reversed too."""
    return [
        dataclasses.replace(e, actors=e.actors[::-1], relations=e.relations[::-1])
        for e in sample_extractions()[::-1]
    ]


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_same_input_gives_identical_bytes(fmt):
    first = serialize(build_dataset(sample_extractions()), fmt)
    second = serialize(build_dataset(sample_extractions()), fmt)
    assert first == second
    assert len(first) > 1000


@pytest.mark.parametrize("fmt", [*RDF_FORMATS, "jsonl"])
def test_document_order_does_not_change_output(fmt):
    assert serialize(build_dataset(sample_extractions()), fmt) == serialize(
        build_dataset(_shuffled()), fmt
    )


def test_ntriples_lines_are_sorted_and_unique():
    lines = serialize(build_dataset(sample_extractions()), "nt").decode().splitlines()
    assert lines == sorted(set(lines))
    assert all(line.endswith(" .") for line in lines)


def test_nquads_keep_document_graphs():
    text = serialize(build_dataset(sample_extractions()), "nquads").decode()
    assert "<https://w3id.org/kgraph/doc/news-001> .\n" in text


def test_turtle_uses_kgraph_prefixes():
    text = serialize(build_dataset(sample_extractions()), "turtle").decode()
    for prefix in ("@prefix kg:", "@prefix actor:", "@prefix event:", "@prefix doc:"):
        assert prefix in text
    assert "_:" not in text
    assert "event:d1-designates a kg:Event" in text


def test_trig_has_one_block_per_document():
    text = serialize(build_dataset(sample_extractions()), "trig").decode()
    assert text.count("doc:news-001 {") == 1
    assert text.count(" {\n") == 2


def test_jsonld_is_compact_with_context():
    doc = json.loads(serialize(build_dataset(sample_extractions()), "jsonld"))
    assert doc["@context"]["kg"] == "https://w3id.org/kgraph/ontology#"
    ids = [node["@id"] for node in doc["@graph"]]
    assert ids == sorted(ids)
    assert "actor:Q30" in ids
    usa = next(n for n in doc["@graph"] if n["@id"] == "actor:Q30")
    assert usa["rdfs:label"] == "United States"


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("g.ttl", "turtle"),
        ("G.TTL", "turtle"),
        ("dir/g.nt", "nt"),
        ("g.jsonld", "jsonld"),
        ("g.json", "jsonld"),
        ("g.trig", "trig"),
        ("g.nq", "nquads"),
        ("g.jsonl", "jsonl"),
        ("noext", "turtle"),
        ("-", "turtle"),
    ],
)
def test_format_from_path(path, fmt):
    assert format_from_path(path) == fmt


def test_format_from_path_default():
    assert format_from_path("graph", default="nquads") == "nquads"


def test_unknown_extension_is_an_error():
    with pytest.raises(KGraphError, match=r"unknown file extension '\.xyz'"):
        format_from_path("graph.xyz")


def test_unknown_format_is_an_error():
    with pytest.raises(KGraphError, match="unknown format 'rdfxml'"):
        serialize(build_dataset(sample_extractions()), "rdfxml")


def test_formats_table_lists_extensions():
    assert FORMATS["turtle"] == ".ttl"
    assert set(FORMATS) == {"turtle", "nt", "jsonld", "trig", "nquads", "jsonl"}


def test_trig_blocks_follow_graph_names_not_insertion_order():
    import rdflib

    names = ["doc-c", "doc-a", "doc-b"]
    texts = []
    for order in (names, list(reversed(names))):
        ds = rdflib.Dataset()
        for name in order:
            g = ds.graph(rdflib.URIRef(f"https://w3id.org/kgraph/doc/{name}"))
            g.add((rdflib.URIRef(f"urn:x:{name}"), rdflib.RDFS.label, rdflib.Literal(name)))
        texts.append(serialize(ds, "trig"))
    assert texts[0] == texts[1]
    text = texts[0].decode()
    assert text.index("doc:doc-a {") < text.index("doc:doc-b {") < text.index("doc:doc-c {")
    back = rdflib.Dataset()
    back.parse(data=text, format="trig")
    assert len(list(back.quads((None, None, None, None)))) == 3
