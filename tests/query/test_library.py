"""The named query library: every .rq file has a documented header and parses."""

from __future__ import annotations

import pytest

from kgraph.errors import KGraphError
from kgraph.query.library import PARAM_TYPES, named_queries, named_query, parse_query_header
from kgraph.query.sparql import classify

EXPECTED = {
    "actor-neighbourhood",
    "actors-by-type",
    "designations-and-sanctions",
    "events-between",
    "events-in-range",
    "evidence",
    "hostile-ranking",
    "negated-and-hypothetical",
    "who-targets-whom",
}


def test_the_library_lists_the_shipped_queries():
    assert set(named_queries()) == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_query_is_documented_and_valid(name):
    query = named_queries()[name]
    assert query.name == name
    assert query.path == f"{name}.rq"
    assert len(query.description) > 20
    assert classify(query.text) == "query"
    for param in query.parameters:
        assert param.type in PARAM_TYPES
        assert param.description
        # Oxigraph substitutes only projected variables: SELECT queries project their params.
        if "SELECT" in query.text.split("WHERE")[0]:
            assert f"?{param.name}" in query.text.split("WHERE")[0]


def test_parameters_are_parsed():
    q = named_queries()["events-in-range"]
    assert [(p.name, p.type, p.default) for p in q.parameters] == [
        ("start", "date", "0001-01-01"),
        ("end", "date", "9999-12-31"),
    ]
    assert q.parameter("start").description == "first day, YYYY-MM-DD"
    assert q.parameter("nope") is None


def test_header_of_a_user_query():
    text = '# name: mine\n# param: who actor "someone"\nSELECT ?who WHERE { ?who ?p ?o }'
    q = parse_query_header(text, source="mine.rq")
    assert (q.name, q.parameters[0].name, q.parameters[0].type) == ("mine", "who", "actor")


def test_query_without_header_is_named_after_its_file():
    assert parse_query_header("SELECT * {}", source="dir/foo.rq").name == "foo"


def test_bad_parameter_declaration():
    with pytest.raises(KGraphError, match="bad parameter declaration"):
        parse_query_header("# param: x colour\nSELECT * {}")


def test_unknown_named_query():
    with pytest.raises(KGraphError, match="no named query 'nope'"):
        named_query("nope")


def test_examples_are_copies_of_the_shipped_queries():
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "examples" / "queries"
    examples = {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.rq")}
    assert set(examples) == EXPECTED
    for name, text in examples.items():
        assert text == named_queries()[name].text, name
