"""SPARQL stays inside its sources: no SERVICE, FROM, USING or LOAD reaches out unless allowed."""

from __future__ import annotations

import json

import pytest

from kgraph.errors import KGraphError
from kgraph.query.sandbox import outside_reach
from kgraph.query.sparql import run_query
from kgraph.query.store import build_store, open_store
from kgraph.rdf.contexts import remote_contexts
from kgraph.rdf.load import load_graphs
from tests.query.listener import listening

# Each query names the listener's URL as {url}; every one of them reaches out
# on at least one engine when run unchecked.
REACHING_QUERIES = {
    "service": "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "service-silent": "SELECT * WHERE { SERVICE SILENT <{url}> { ?s ?p ?o } }",
    "service-in-subquery": (
        "SELECT ?s WHERE { { SELECT ?s WHERE { SERVICE <{url}> { ?s ?p ?o } } } }"
    ),
    "service-in-exists": ("ASK { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <{url}> { ?s ?p ?o } } }"),
    "service-lowercase": "select * where { service <{url}> { ?s ?p ?o } }",
    "from": "SELECT * FROM <{url}> WHERE { ?s ?p ?o }",
    "from-named": "SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "construct-from": "CONSTRUCT { ?s ?p ?o } FROM <{url}> WHERE { ?s ?p ?o }",
}
REACHING_UPDATES = {
    "load": "LOAD <{url}>",
    "load-silent-into": "LOAD SILENT <{url}> INTO GRAPH <https://example.org/g>",
    "using": "INSERT { ?s ?p ?o } USING <{url}> WHERE { ?s ?p ?o }",
}
# Must not be refused: the words appear only in strings, comments, IRIs and names.
LOCAL_QUERIES = [
    "SELECT * WHERE { ?s ?p 'SERVICE <http://example.org/>' }",
    "SELECT * WHERE { ?s ?p ?o } # FROM <http://example.org/> LOAD <http://x>",
    "SELECT ?service ?load WHERE { ?service <http://example.org/from> ?load }",
    "PREFIX using: <http://example.org/> SELECT * WHERE { ?s using:from ?o }",
    'SELECT * WHERE { ?s ?p """a\nSERVICE <http://x> { }""" }',
    "SELECT * WHERE { ?s ?p 'x'@from }",
]


def _fill(template: str, url: str) -> str:
    return template.replace("{url}", url)


@pytest.fixture
def writable_store(tmp_path, sample_ds):
    path = tmp_path / "store"
    build_store(sample_ds, path)
    store = open_store(path, writable=True)
    yield store
    del store


@pytest.mark.parametrize("template", REACHING_QUERIES.values(), ids=REACHING_QUERIES)
def test_remote_clauses_are_refused_and_nothing_is_contacted(source, template):
    with listening() as server, pytest.raises(KGraphError, match="--allow-remote"):
        run_query(source, _fill(template, server.url()))
    assert server.requests == []


@pytest.mark.parametrize("template", REACHING_UPDATES.values(), ids=REACHING_UPDATES)
@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_remote_updates_are_refused_and_nothing_is_contacted(
    engine, template, sample_ds, writable_store
):
    target = sample_ds if engine == "rdflib" else writable_store
    with listening() as server, pytest.raises(KGraphError, match="reaches outside its sources"):
        run_query(target, _fill(template, server.url()), allow_update=True)
    assert server.requests == []


def test_a_local_file_cannot_be_read_with_from(source, tmp_path):
    secret = tmp_path / "secret.ttl"
    secret.write_text("<https://example.org/a> <https://example.org/b> 'secret' .\n")
    with pytest.raises(KGraphError, match=r"FROM <file://"):
        run_query(source, f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}")


@pytest.mark.parametrize("query", LOCAL_QUERIES)
def test_the_keywords_in_strings_comments_and_names_are_not_refused(query):
    assert outside_reach(query) == []


def test_a_unicode_escaped_keyword_is_still_found():
    assert outside_reach("SELECT * WHERE { \\u0053ERVICE <http://x> { ?s ?p ?o } }")


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_allow_remote_lets_service_through(engine, sample_ds, sample_store):
    # The positive control: the same listener is reached once the flag is given.
    target = sample_ds if engine == "rdflib" else sample_store
    with listening() as server:
        query = _fill(REACHING_QUERIES["service"], server.url("/sparql"))
        result = run_query(target, query, allow_remote=True)
    assert result.rows == ()
    assert server.requests, "the listener was never contacted"


# --- JSON-LD contexts -----------------------------------------------------------


def _jsonld(path, context):
    doc = {"@context": context, "@id": "https://example.org/a", "name": "A"}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_remote_jsonld_context_is_not_fetched(tmp_path):
    with listening() as server:
        graph = _jsonld(tmp_path / "g.jsonld", server.url("/context"))
        with pytest.raises(KGraphError, match="remote JSON-LD @context"):
            load_graphs([graph])
    assert server.requests == []


def test_an_inline_jsonld_context_loads(tmp_path):
    graph = _jsonld(tmp_path / "g.jsonld", {"name": "https://example.org/name"})
    assert len(load_graphs([graph])) == 1


@pytest.mark.parametrize(
    "document, remote",
    [
        ({"@context": "https://schema.org/"}, ["https://schema.org/"]),
        ({"@context": ["https://a.org/", {"x": "https://b.org/x"}]}, ["https://a.org/"]),
        ({"@context": {"@import": "https://c.org/ctx"}}, ["https://c.org/ctx"]),
        ({"@graph": [{"@context": "https://d.org/", "@id": "x"}]}, ["https://d.org/"]),
        (
            {"@context": {"t": {"@id": "https://e.org/t", "@context": "https://f.org/"}}},
            ["https://f.org/"],
        ),
        ({"@context": {"kg": "https://w3id.org/kgraph/ontology#"}}, []),
        ({"@id": "https://example.org/a", "https://example.org/p": "https://x.org/"}, []),
    ],
)
def test_remote_contexts(document, remote):
    assert remote_contexts(document) == remote


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_a_failing_remote_service_is_a_remote_error(engine, sample_ds, sample_store):
    from kgraph.errors import RemoteError

    target = sample_ds if engine == "rdflib" else sample_store
    with listening(status=500) as server:
        query = _fill(REACHING_QUERIES["service"], server.url("/sparql"))
        with pytest.raises(RemoteError, match="a remote source of the query failed") as caught:
            run_query(target, query, allow_remote=True)
    assert caught.value.exit_code == 4
    assert server.requests
