"""Result formatting: tables for people, SPARQL CSV/TSV/JSON and RDF for programs."""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kgraph.errors import KGraphError
from kgraph.model import QueryResult
from kgraph.query.library import named_queries
from kgraph.query.results import format_result, shorten
from kgraph.query.sparql import run_query

Q30 = URIRef("https://w3id.org/kgraph/actor/Q30")
SELECT = QueryResult(
    "select",
    ("actor", "label", "events", "date"),
    (
        (Q30, Literal("United States"), Literal(3), Literal("2025-11-24", datatype=XSD.date)),
        (URIRef("http://example.org/x"), Literal('Ven, "Bolivarian"'), Literal(1), None),
    ),
)


def test_table_is_aligned_with_curies():
    lines = format_result(SELECT, "table").splitlines()
    assert lines[0].split() == ["actor", "label", "events", "date"]
    assert lines[2].startswith("actor:Q30 ")
    assert "<http://example.org/x>" in lines[3]
    assert lines[-1] == "(2 rows)"
    assert lines[2].index("United States") == lines[0].index("label")


def test_table_clips_long_cells():
    long = QueryResult("select", ("s",), ((Literal("word " * 40),),))
    row = format_result(long, "table").splitlines()[2]
    assert len(row) == 80 and row.endswith("…")


def test_csv_follows_sparql_csv():
    rows = list(csv.reader(io.StringIO(format_result(SELECT, "csv"))))
    assert rows[0] == ["actor", "label", "events", "date"]
    assert rows[1] == [str(Q30), "United States", "3", "2025-11-24"]
    assert rows[2][1] == 'Ven, "Bolivarian"'
    assert rows[2][3] == ""


def test_tsv_uses_rdf_terms():
    lines = format_result(SELECT, "tsv").splitlines()
    assert lines[0] == "?actor\t?label\t?events\t?date"
    assert lines[1].split("\t")[:3] == [f"<{Q30}>", '"United States"', f'"3"^^<{XSD.integer}>']


def test_json_follows_sparql_results_json():
    doc = json.loads(format_result(SELECT, "json"))
    assert doc["head"]["vars"] == ["actor", "label", "events", "date"]
    first, second = doc["results"]["bindings"]
    assert first["actor"] == {"type": "uri", "value": str(Q30)}
    assert first["date"] == {"type": "literal", "value": "2025-11-24", "datatype": str(XSD.date)}
    assert "date" not in second


@pytest.mark.parametrize(
    ("fmt", "text"),
    [("table", "yes\n"), ("csv", "boolean\r\ntrue\r\n"), ("tsv", "?boolean\ntrue\n")],
)
def test_ask(fmt, text):
    assert format_result(QueryResult("ask", boolean=True), fmt) == text


def test_ask_json():
    assert json.loads(format_result(QueryResult("ask", boolean=False), "json")) == {
        "head": {},
        "boolean": False,
    }


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "trig", "nquads"])
def test_construct_in_rdf_formats(sample_ds, fmt):
    r = run_query(
        sample_ds, named_queries()["actor-neighbourhood"].text, bindings={"actor": "Maduro"}
    )
    data = format_result(r, fmt)
    assert isinstance(data, bytes)
    back = rdflib.Dataset()
    back.parse(
        data=data,
        format={
            "turtle": "turtle",
            "nt": "nt",
            "jsonld": "json-ld",
            "trig": "trig",
            "nquads": "nquads",
        }[fmt],
    )
    assert len(back) == len(r) or sum(len(g) for g in back.graphs()) == len(r)


def test_construct_as_table_is_turtle(sample_ds):
    r = run_query(
        sample_ds, named_queries()["actor-neighbourhood"].text, bindings={"actor": "Maduro"}
    )
    text = format_result(r, "table")
    assert "actor:Q57413 rdfs:label" in text


def test_rdf_format_for_select_is_an_error():
    with pytest.raises(KGraphError, match="does not apply to a SELECT"):
        format_result(SELECT, "turtle")


def test_table_format_for_construct_is_an_error():
    with pytest.raises(KGraphError, match="does not apply to a CONSTRUCT"):
        format_result(QueryResult("construct"), "csv")


@pytest.mark.parametrize(
    ("term", "text"),
    [
        (URIRef("https://w3id.org/kgraph/ontology#targets"), "kg:targets"),
        (URIRef("https://w3id.org/kgraph/event/abc123"), "event:abc123"),
        (URIRef("https://w3id.org/kgraph/doc/a-b.txt"), "doc:a-b.txt"),
        (URIRef("https://w3id.org/kgraph/actor/a b"), "<https://w3id.org/kgraph/actor/a b>"),
        (Literal("two\nlines"), "two lines"),
        (None, ""),
    ],
)
def test_shorten(term, text):
    assert shorten(term) == text


def test_as_dicts_converts_literals():
    rows = SELECT.as_dicts()
    assert rows[0]["events"] == 3
    assert rows[0]["actor"] == str(Q30)
    assert rows[1]["date"] is None  # unbound: the column is kept
