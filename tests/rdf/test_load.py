"""Reading RDF back: every format kgraph writes, and one-line errors for bad files."""

from __future__ import annotations

import pytest

from kgraph.errors import KGraphError
from kgraph.rdf.build import build_dataset
from kgraph.rdf.load import load_graphs, sniff_format
from kgraph.rdf.serialize import FORMATS, RDF_FORMATS, serialize
from tests.rdf.sample import sample_extractions


@pytest.fixture(scope="module")
def ds():
    return build_dataset(sample_extractions())


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_round_trip(tmp_path, ds, fmt):
    path = tmp_path / f"graph{FORMATS[fmt]}"
    path.write_bytes(serialize(ds, fmt))
    assert serialize(load_graphs([path]), "nt") == serialize(ds, "nt")


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_named_graphs_survive(tmp_path, ds, fmt):
    path = tmp_path / f"graph{FORMATS[fmt]}"
    path.write_bytes(serialize(ds, fmt))
    assert serialize(load_graphs([path]), fmt) == serialize(ds, fmt)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_unknown_extension_is_sniffed(tmp_path, ds, fmt):
    path = tmp_path / "graph.data"
    path.write_bytes(serialize(ds, fmt))
    assert serialize(load_graphs([path]), "nt") == serialize(ds, "nt")


def test_jsonl_loads_events(tmp_path, ds):
    path = tmp_path / "relations.jsonl"
    path.write_bytes(serialize(ds, "jsonl"))
    back = load_graphs([path])
    assert serialize(back, "jsonl") == serialize(ds, "jsonl")


def test_several_files_are_merged(tmp_path, ds):
    a, b = sample_extractions()
    pa, pb = tmp_path / "a.ttl", tmp_path / "b.nq"
    pa.write_bytes(serialize(build_dataset([a]), "turtle"))
    pb.write_bytes(serialize(build_dataset([b]), "nquads"))
    assert serialize(load_graphs([pa, pb]), "nt") == serialize(ds, "nt")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.ttl", b"", "is empty"),
        ("blank.ttl", b"  \n\n", "is empty"),
        ("binary.ttl", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        ("latin1.ttl", '<a> <b> "caf\xe9" .'.encode("latin-1"), "not UTF-8"),
        (
            "bad.ttl",
            b"@prefix kg: <https://w3id.org/kgraph/ontology#> .\nkg:a kg:b ;\n",
            r"cannot read .*bad\.ttl as turtle: line \d+",
        ),
        ("bad.nt", b"<http://a> <http://b> .\n", r"cannot read .*bad\.nt as nt"),
        ("bad.jsonld", b'{"@id": ', r"cannot read .*bad\.jsonld as jsonld"),
        ("bad.jsonl", b'{"doc": 1}\n', r"bad\.jsonl, line 1: not a kgraph relation record"),
        ("notes.xyz", b"hello world", r"cannot read .*notes\.xyz as trig"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(KGraphError, match=message) as info:
        load_graphs([path])
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(KGraphError, match="no such file"):
        load_graphs([tmp_path / "nope.ttl"])


def test_directory_is_refused(tmp_path):
    with pytest.raises(KGraphError, match="is a directory"):
        load_graphs([tmp_path])


def test_no_paths():
    with pytest.raises(KGraphError, match="no RDF file"):
        load_graphs([])


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b'{"@context": {}}', "jsonld"),
        (b'{"id":"r1","doc":"d","predicate":"targets"}\n', "jsonl"),
        (b"<http://a> <http://b> <http://c> <http://g> .\n", "nquads"),
        (b"<http://a> <http://b> <http://c> .\n", "trig"),
        (b"PREFIX kg: <x>\nkg:a kg:b kg:c .", "trig"),
    ],
)
def test_sniff_format(data, fmt):
    assert sniff_format(data) == fmt
