"""Timeouts and their settings: a server that accepts the connection and never answers."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from kgraph.errors import KGraphError
from kgraph.remote.transport import DEFAULT_TIMEOUT, timeout
from tests.remote.corpus import run


@pytest.fixture
def silent() -> Iterator[str]:
    """A listening socket that reads requests and never replies."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/sparql"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_a_server_that_never_answers_times_out_in_one_line(silent, monkeypatch):
    monkeypatch.setenv("KGRAPH_SPARQL_TIMEOUT", "0.5")
    status, _, err = run("query", silent, "ASK {}")
    assert status == 5
    assert err == f"kgraph: error: {silent}: no answer within 0.5s (raise KGRAPH_SPARQL_TIMEOUT)\n"


@pytest.mark.parametrize(("value", "expected"), [("", DEFAULT_TIMEOUT), ("2.5", 2.5), ("90", 90.0)])
def test_timeout_setting(monkeypatch, value, expected):
    monkeypatch.setenv("KGRAPH_SPARQL_TIMEOUT", value)
    assert timeout() == expected


@pytest.mark.parametrize("value", ["soon", "0", "-3"])
def test_a_bad_timeout_setting_is_refused(monkeypatch, value):
    monkeypatch.setenv("KGRAPH_SPARQL_TIMEOUT", value)
    with pytest.raises(KGraphError, match="KGRAPH_SPARQL_TIMEOUT"):
        timeout()
