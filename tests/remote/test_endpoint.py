"""An Oxigraph server as the graph source: the same answers as the files it was built from."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
import rdflib

from kgraph import api
from kgraph.errors import KGraphError, RemoteError
from kgraph.remote import graphs_by_doc_id, publish
from kgraph.remote.endpoint import is_endpoint, with_prefixes, with_values
from tests.remote.corpus import run, write_corpus
from tests.remote.servers import Server, start_oxigraph


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Iterator[tuple[Server, str]]:
    """A server holding the corpus, and the local store folder of the same build."""
    folder = tmp_path_factory.mktemp("stored")
    out = folder / "out"
    server = start_oxigraph(folder / "db")
    try:
        status, _, err = run(
            "build",
            str(write_corpus(folder)),
            "-o",
            str(out),
            "--no-pictures",
            "--store",
            server.store_url,
            "-q",
        )
        assert status == 0, err
        yield server, str(out / "store")
    finally:
        server.stop()


NAMED = [
    ("designations-and-sanctions", ()),
    ("events-in-range", ("start=2025-04-01", "end=2025-04-30")),
    ("actors-by-type", ("type=State",)),
    ("events-between", ("a=Russia", "b=China")),
    ("evidence", ("subject=United States", "predicate=sanctions")),
]


@pytest.mark.parametrize(("name", "params"), NAMED)
def test_named_queries_answer_as_on_the_local_store(stored, name, params):
    server, store = stored
    args = ["query", "-n", name, "--format", "csv"]
    for p in params:
        args += ["-p", p]
    local = run(args[0], store, *args[1:])
    remote = run(args[0], server.query_url, *args[1:])
    assert local[0] == remote[0] == 0, local[2] + remote[2]
    assert remote[1] == local[1]
    assert remote[1].count("\n") > 1  # a header and at least one row


def test_a_named_construct_answers_as_on_the_local_store(stored):
    server, store = stored
    args = ("-n", "actor-neighbourhood", "-p", "actor=Iran", "--format", "nt")
    local, remote = run("query", store, *args), run("query", server.query_url, *args)
    assert local[0] == remote[0] == 0, local[2] + remote[2]
    assert remote[1] == local[1] and "iran-q794" in remote[1]


def test_ask_and_construct_pass_through(stored):
    server, _ = stored
    assert api.query([server.query_url], "ASK { ?e kg:relationType kg:sanctions }").boolean
    assert not api.query([server.query_url], "ASK { ?e kg:relationType kg:kills }").boolean
    graph = api.query([server.query_url], "CONSTRUCT WHERE { ?a a kg:Actor }").graph
    assert graph and b"https://w3id.org/kgraph/actor/iran-q794" in graph


def test_rank_and_communities_read_the_endpoint(stored):
    server, store = stored
    remote = [(s.label, round(s.score("degree"), 6)) for s in api.rank([server.query_url])]
    local = [(s.label, round(s.score("degree"), 6)) for s in api.rank([store])]
    assert remote == local and remote
    assert api.communities([server.query_url]) == api.communities([store])


def test_report_from_an_endpoint(stored, tmp_path):
    server, _ = stored
    status, _, err = run("report", server.query_url, "-o", str(tmp_path / "r.md"))
    assert status == 0, err
    assert "Iran" in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_updates_are_not_sent_to_an_endpoint(stored):
    server, _ = stored
    with pytest.raises(KGraphError, match="not sent to endpoints"):
        api.query([server.query_url], "CLEAR ALL", allow_update=True)


@pytest.fixture
def html_server() -> Iterator[str]:
    """A web server that answers every request with a web page: not a SPARQL endpoint."""

    class Page(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = b"<html><body>Welcome</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def test_a_web_page_is_no_endpoint(html_server):
    status, _, err = run("query", html_server, "ASK {}")
    assert status == 4 and err.count("\n") == 1
    assert "answered with text/html, not SPARQL results" in err


def test_the_graph_store_url_is_no_query_endpoint(stored):
    server, _ = stored
    with pytest.raises(RemoteError, match="HTTP 415"):
        api.query([server.store_url], "ASK {}")


def test_a_malformed_query_is_the_servers_one_line(stored):
    server, _ = stored
    from kgraph.remote.endpoint import Endpoint

    with pytest.raises(RemoteError, match="HTTP 400"):
        Endpoint(server.query_url).query("SELECT WHERE")


def test_publishing_counts_every_document(stored, tmp_path):
    server, store = stored
    dataset = api.load([store])
    assert isinstance(dataset, rdflib.Dataset)
    extractions = []  # nothing extracted: nothing published
    assert publish(server.store_url, graphs_by_doc_id(dataset, extractions)) == []


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (["http://localhost:7878/query"], True),
        (["https://example.org/sparql"], True),
        (["out/graph.ttl"], False),
        (["out/store"], False),
    ],
)
def test_is_endpoint(sources, expected):
    assert is_endpoint(sources) is expected


def test_a_url_among_files_is_refused():
    with pytest.raises(KGraphError, match="only graph source"):
        is_endpoint(["out/graph.ttl", "http://localhost:7878/query"])


# query → where the VALUES block goes (the text right after it)
PLACEMENT = [
    ("SELECT ?x WHERE { ?x ?p ?v }", "SELECT ?x WHERE { VALUES"),
    ("SELECT * { ?x ?p ?v }", "SELECT * { VALUES"),
    ("ASK { ?x ?p ?v }", "ASK { VALUES"),
    ("CONSTRUCT { ?x ?p ?v } WHERE { ?x ?p ?v }", "CONSTRUCT { ?x ?p ?v } WHERE { VALUES"),
    (
        "PREFIX kg: <https://w3id.org/kgraph/ontology#>\nSELECT ?x WHERE { ?x kg:p ?v }",
        "WHERE { VALUES",
    ),
    ("# a comment with WHERE { in it\nSELECT ?x WHERE { ?x ?p ?v }", "?x WHERE { VALUES"),
    ('SELECT ?x WHERE { ?x ?p "}" . ?x ?q ?v }', "?x WHERE { VALUES"),
    ("SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?v } } }", "SELECT ?x WHERE { VALUES"),
]


def test_sub_queries_get_the_values_too():
    placed = with_values(
        "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?w FILTER(?w > ?v) } } }",
        {"v": rdflib.Literal("a")},
    )
    assert placed.count('VALUES (?v) { ("a") }') == 2
    assert "SELECT ?x WHERE { VALUES" in placed.split("{", 2)[2]


@pytest.mark.parametrize(("query", "expected"), PLACEMENT)
def test_values_go_first_in_the_outermost_where(query, expected):
    placed = with_values(query, {"v": rdflib.Literal("a")})
    assert expected + ' (?v) { ("a") }' in placed


# must not: a prefix the query declares is not declared again
@pytest.mark.parametrize(
    "query",
    ["PREFIX kg: <urn:other#>\nASK { ?s kg:p ?o }", "prefix kg: <urn:other#> ASK { ?s kg:p ?o }"],
)
def test_declared_prefixes_are_kept(query):
    assert with_prefixes(query).lower().count("prefix kg:") == 1


# command (after the endpoint URL) → text its output must hold
COMMANDS = [
    (("path", "Russia", "China"), "China"),
    (("neighbours", "Russia"), "China"),
    (("communities",), "Russia"),
]


@pytest.mark.parametrize(("args", "expected"), COMMANDS)
def test_graph_commands_take_an_endpoint_url(stored, args, expected):
    server, store = stored
    remote = run(args[0], server.query_url, *args[1:])
    local = run(args[0], store, *args[1:])
    assert remote[0] == 0, remote[2]
    assert remote[1] == local[1] and expected in remote[1]


@pytest.mark.parametrize(("command", "name"), [("draw", "graph.svg"), ("export", "graph.graphml")])
def test_draw_and_export_take_an_endpoint_url(stored, tmp_path, command, name):
    server, store = stored
    status, _, err = run(command, server.query_url, "-o", str(tmp_path / "remote" / name))
    assert status == 0, err
    assert run(command, store, "-o", str(tmp_path / "local" / name))[0] == 0
    remote = (tmp_path / "remote" / name).read_bytes()
    assert remote == (tmp_path / "local" / name).read_bytes()
    assert len(remote) > 1000
