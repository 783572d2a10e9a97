"""Document graphs to a real Oxigraph server through the Graph Store Protocol, and faults."""

from __future__ import annotations

import pytest
import rdflib

from kgraph import api
from kgraph.errors import RemoteError
from kgraph.remote import PartialWriteError, delete, publish
from kgraph.remote.graphstore import graph_iri
from tests.remote.corpus import ITEMS, run, write_corpus
from tests.remote.servers import free_port, start_oxigraph

COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("built")
    out = folder / "out"
    status, _, err = run(
        "build", str(write_corpus(folder)), "-o", str(out), "--no-pictures", "--no-store", "-q"
    )
    assert status == 0, err
    return out


def _graphs(n: int) -> dict[str, rdflib.Graph]:
    graphs = {}
    for i in range(n):
        g = rdflib.Graph()
        g.add((rdflib.URIRef(f"urn:x:{i}"), rdflib.RDFS.label, rdflib.Literal(f"item {i}")))
        graphs[f"d{i}"] = g
    return graphs


def _count(url: str) -> int:
    return int(api.query([url], COUNT_GRAPHS).rows[0][0])


def test_build_query_remove_query_round_trip(tmp_path, oxigraph):
    out = tmp_path / "out"
    status, stdout, err = run(
        "build",
        str(write_corpus(tmp_path)),
        "-o",
        str(out),
        "--no-pictures",
        "--no-store",
        "--store",
        oxigraph.store_url,
    )
    assert status == 0, err
    assert oxigraph.store_url in stdout
    assert _count(oxigraph.query_url) == len(ITEMS)
    local = api.query([str(out / "graph.trig")], name="designations-and-sanctions")
    remote = api.query([oxigraph.query_url], name="designations-and-sanctions")
    assert remote.rows == local.rows and local.rows

    assert delete(oxigraph.store_url, ["gulf-1"]) == ["gulf-1"]
    assert _count(oxigraph.query_url) == len(ITEMS) - 1
    docs = api.query(
        [oxigraph.query_url],
        "SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id } ORDER BY ?id",
    )
    assert [str(r[0]) for r in docs.rows] == sorted(i for i, _, _ in ITEMS if i != "gulf-1")


def test_publishing_twice_replaces_each_graph(oxigraph, built):
    dataset = api.load([str(built / "graph.trig")])
    graphs = {doc_id: dataset.graph(rdflib.URIRef(graph_iri(doc_id))) for doc_id, _, _ in ITEMS}
    publish(oxigraph.store_url, graphs)
    first = api.query([oxigraph.query_url], "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    publish(oxigraph.store_url, graphs)
    again = api.query([oxigraph.query_url], "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    assert first == again and int(first[0][0]) == sum(len(g) for g in graphs.values())


def test_deleting_a_graph_the_store_lacks_is_no_error(oxigraph):
    assert delete(oxigraph.store_url, ["never-written"]) == ["never-written"]


def test_a_server_killed_mid_batch_names_the_documents_written(tmp_path):
    server = start_oxigraph(tmp_path / "db")
    try:
        written: list[str] = []

        def kill_after_two(doc_id: str) -> None:
            written.append(doc_id)
            if len(written) == 2:
                server.kill()

        with pytest.raises(PartialWriteError) as caught:
            publish(server.store_url, _graphs(5), written=kill_after_two)
    finally:
        server.stop()
    assert caught.value.done == ("d0", "d1")
    assert caught.value.failed == "d2"
    message = str(caught.value)
    assert "2 document graph(s) done (d0, d1), then d2 failed" in message
    assert "\n" not in message and caught.value.exit_code == 4


def test_a_read_only_store_refuses_in_one_line(tmp_path, built):
    server = start_oxigraph(tmp_path / "db", read_only=True)
    try:
        status, _, err = run(
            "build",
            str(write_corpus(tmp_path)),
            "-o",
            str(tmp_path / "out"),
            "--no-pictures",
            "--no-store",
            "--store",
            server.store_url,
            "-q",
        )
    finally:
        server.stop()
    assert status == 4
    assert err.startswith("kgraph: error: ") and err.count("\n") == 1, err
    assert "HTTP 403 refused: forbidden (a read-only store" in err
    assert "Traceback" not in err
    # The local outputs are complete before the store is written to.
    assert (tmp_path / "out" / "graph.trig").stat().st_size > 0


def test_a_closed_port_is_unreachable(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(RemoteError, match="unreachable: connection refused"):
        publish(url, _graphs(1))
    status, _, err = run("query", url.replace("/store", "/query"), "ASK {}")
    assert status == 4 and "unreachable" in err and err.count("\n") == 1
