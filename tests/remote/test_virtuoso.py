"""Virtuoso (Debian's virtuoso-opensource) as the store: refusal, then the round trip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kgraph import api
from kgraph.remote import delete
from tests.remote.corpus import ITEMS, run, write_corpus
from tests.remote.servers import Virtuoso, find_virtuoso, start_virtuoso

pytestmark = [
    pytest.mark.virtuoso,
    pytest.mark.skipif(
        find_virtuoso() is None,
        reason="virtuoso-t/isql-vt not installed (Debian: apt-get install virtuoso-opensource)",
    ),
]

DOC_IDS = "SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id } ORDER BY ?id"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Iterator[Virtuoso]:
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"))


def test_a_store_without_update_rights_refuses_in_one_line(virtuoso, corpus, tmp_path):
    # A fresh Virtuoso lets the anonymous SPARQL user read, not write.
    status, _, err = run(
        "build", str(corpus), "-o", str(tmp_path / "out"), "--no-pictures", "--no-store",
        "--store", virtuoso.store_url, "-q",
    )  # fmt: skip
    assert status == 4, err
    assert "HTTP 403 refused: forbidden" in err and err.count("\n") == 1


def test_build_query_remove_query_round_trip(virtuoso, corpus, tmp_path):
    virtuoso.allow_anonymous_updates()
    out = tmp_path / "out"
    status, _, err = run(
        "build", str(corpus), "-o", str(out), "--no-pictures",
        "--store", virtuoso.store_url, "-q",
    )  # fmt: skip
    assert status == 0, err
    ids = [str(r[0]) for r in api.query([virtuoso.query_url], DOC_IDS).rows]
    assert ids == sorted(i for i, _, _ in ITEMS)
    local = api.query([str(out / "store")], name="designations-and-sanctions")
    remote = api.query([virtuoso.query_url], name="designations-and-sanctions")
    assert remote.rows == local.rows and local.rows
    ranked = [s.label for s in api.rank([virtuoso.query_url])]
    assert ranked == [s.label for s in api.rank([str(out / "store")])]

    assert delete(virtuoso.store_url, ["gulf-1", "gulf-2"]) == ["gulf-1", "gulf-2"]
    ids = [str(r[0]) for r in api.query([virtuoso.query_url], DOC_IDS).rows]
    assert ids == ["east-1", "east-2"]
