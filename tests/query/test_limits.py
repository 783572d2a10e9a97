"""Time limits that stop a runaway query, and row limits, on both engines."""

from __future__ import annotations

import time

import pytest
from rdflib import Dataset, Literal, URIRef

from kgraph.errors import KGraphError, TimeoutExceededError
from kgraph.query.limits import run_with_timeout
from kgraph.query.sparql import run_query
from kgraph.query.store import build_store, open_store

CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def wide_ds():
    """Two thousand triples: a three-way cross product has 8·10⁹ rows."""
    ds = Dataset(default_union=True)
    graph = ds.graph(URIRef("https://example.org/g"))
    for i in range(2000):
        graph.add(
            (URIRef(f"https://example.org/s{i}"), URIRef("https://example.org/p"), Literal(i))
        )
    return ds


@pytest.fixture(scope="module")
def wide_store(tmp_path_factory, wide_ds):
    path = tmp_path_factory.mktemp("wide") / "store"
    build_store(wide_ds, path)
    return open_store(path)


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_a_cross_product_is_stopped_at_the_timeout(engine, wide_ds, wide_store):
    target = wide_ds if engine == "rdflib" else wide_store
    started = time.monotonic()
    with pytest.raises(TimeoutExceededError, match=r"query timed out after 1 s") as caught:
        run_query(target, CROSS_PRODUCT, timeout=1)
    assert time.monotonic() - started < 10
    assert caught.value.exit_code == 5


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_a_query_within_its_timeout_answers(engine, wide_ds, wide_store):
    target = wide_ds if engine == "rdflib" else wide_store
    result = run_query(target, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=30)
    assert int(result.rows[0][0]) == 2000


@pytest.mark.parametrize(
    "limit, rows, truncated",
    [(3, 3, True), (0, 0, True), (1999, 1999, True), (2000, 2000, False), (5000, 2000, False)],
)
@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_limit_keeps_the_first_rows(engine, wide_ds, wide_store, limit, rows, truncated):
    target = wide_ds if engine == "rdflib" else wide_store
    query = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o"
    result = run_query(target, query, limit=limit)
    assert (len(result.rows), result.truncated) == (rows, truncated)
    assert [int(row[1]) for row in result.rows] == list(range(rows))


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_limit_applies_to_construct_triples(engine, wide_ds, wide_store):
    target = wide_ds if engine == "rdflib" else wide_store
    result = run_query(target, "CONSTRUCT WHERE { ?s ?p ?o }", limit=10)
    assert (len(result), result.truncated) == (10, True)


def test_a_negative_limit_is_refused(wide_ds):
    with pytest.raises(KGraphError, match="limit -1"):
        run_query(wide_ds, "SELECT * WHERE { ?s ?p ?o }", limit=-1)


def test_errors_in_the_child_reach_the_caller():
    def fail() -> None:
        raise KGraphError("bad parameter", exit_code=4)

    with pytest.raises(KGraphError, match="bad parameter") as caught:
        run_with_timeout(fail, timeout=5)
    assert caught.value.exit_code == 4


def test_no_timeout_runs_in_this_process():
    seen: list[int] = []
    assert run_with_timeout(lambda: seen.append(1) or 7, timeout=None) == 7
    assert seen == [1]  # a child process would have appended to its own copy
