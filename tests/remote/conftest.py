"""Fixtures: a real Oxigraph server per test module, started on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.remote.servers import Server, start_oxigraph


@pytest.fixture
def oxigraph(tmp_path) -> Iterator[Server]:
    server = start_oxigraph(tmp_path / "oxigraph")
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _no_user_credentials(monkeypatch, tmp_path):
    # The tests must not pick up the credentials of whoever runs them.
    for name in ("KGRAPH_SPARQL_USER", "KGRAPH_SPARQL_PASSWORD", "KGRAPH_SPARQL_AUTH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
