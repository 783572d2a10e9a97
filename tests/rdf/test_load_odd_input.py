"""Graph files that are odd rather than broken: special files and ill-typed literals."""

from __future__ import annotations

import logging
import os

import pytest

from kgraph.errors import KGraphError
from kgraph.rdf.build import build_dataset
from kgraph.rdf.load import load_graphs
from kgraph.rdf.serialize import serialize
from kgraph.rdf.validate import validate
from tests.rdf.sample import sample_extractions

BAD_DATE = (
    "@prefix kg: <https://w3id.org/kgraph/ontology#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    '<https://w3id.org/kgraph/event/e1> kg:date "not-a-date"^^xsd:date .\n'
    '<https://w3id.org/kgraph/event/e2> kg:date "2025-13-45"^^xsd:date .\n'
    '<https://w3id.org/kgraph/event/e3> kg:date "2025-11-24"^^xsd:date .\n'
)


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "graph.ttl"
    os.mkfifo(fifo)
    with pytest.raises(KGraphError, match="is a named pipe"):
        load_graphs([fifo])


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused(device):
    with pytest.raises(KGraphError, match="is a character device, not a regular file"):
        load_graphs([device])


def test_ill_typed_literal_warns_once_in_one_line(tmp_path, caplog):
    path = tmp_path / "graph.ttl"
    path.write_text(BAD_DATE, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        ds = load_graphs([path])
    assert len(ds) == 3  # every triple is kept, as written
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert messages == [
        f"{path}: 2 literal(s) not valid for their datatype, e.g. "
        "<https://w3id.org/kgraph/event/e1> <https://w3id.org/kgraph/ontology#date> "
        '"not-a-date"^^<http://www.w3.org/2001/XMLSchema#date>; kept as written '
        "('kgraph validate' lists them)"
    ]
    assert not any(r.exc_info for r in caplog.records)  # no rdflib traceback


def test_validate_counts_each_ill_typed_literal(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(serialize(build_dataset(sample_extractions()), "turtle"))
    assert validate(load_graphs([path])).conforms
    with path.open("a", encoding="utf-8") as fh:
        fh.write(BAD_DATE)
    result = validate(load_graphs([path]))
    assert not result.conforms
    assert result.violations == 2
    assert result.report.count("not valid for its datatype") == 2
    assert '"not-a-date"' in result.report and '"2025-13-45"' in result.report


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("relations.jsonl", '{"predicate": ' + "[" * 100_000 + "]" * 100_000 + "}\n", "nested"),
        ("graph.jsonld", '{"@graph": ' + "[" * 100_000 + "]" * 100_000 + "}", "recursion"),
    ],
)
def test_deeply_nested_json_graphs_are_one_line_errors(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    with pytest.raises(KGraphError, match=message) as info:
        load_graphs([path])
    assert "\n" not in str(info.value)
