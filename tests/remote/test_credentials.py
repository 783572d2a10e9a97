"""Credentials from the environment or a netrc file reach the server; never from the URL."""

from __future__ import annotations

import base64
import http.server
import threading
from collections.abc import Iterator

import httpx
import pytest

from kgraph.errors import KGraphError, RemoteError
from kgraph.remote.credentials import auth_from_environment
from kgraph.remote.endpoint import Endpoint
from kgraph.remote.transport import check_url


@pytest.fixture
def guarded() -> Iterator[str]:
    """A server that answers ASK true only to user 'analyst' with password 's3cret'."""
    expected = "Basic " + base64.b64encode(b"analyst:s3cret").decode()

    class Guarded(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="sparql"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b'{"head": {}, "boolean": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Guarded)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def test_without_credentials_the_refusal_says_what_to_set(guarded):
    with pytest.raises(RemoteError, match="HTTP 401 refused: authentication required"):
        Endpoint(guarded).query("ASK {}")


def test_credentials_from_the_environment(guarded, monkeypatch):
    monkeypatch.setenv("KGRAPH_SPARQL_USER", "analyst")
    monkeypatch.setenv("KGRAPH_SPARQL_PASSWORD", "s3cret")
    assert Endpoint(guarded).query("ASK {}").askAnswer is True


def test_credentials_from_a_netrc_file(guarded, monkeypatch, tmp_path):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login analyst password s3cret\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    assert Endpoint(guarded).query("ASK {}").askAnswer is True


def test_wrong_credentials_are_refused(guarded, monkeypatch):
    monkeypatch.setenv("KGRAPH_SPARQL_USER", "analyst")
    monkeypatch.setenv("KGRAPH_SPARQL_PASSWORD", "wrong")
    with pytest.raises(RemoteError, match="401"):
        Endpoint(guarded).query("ASK {}")


# environment → the auth kgraph sends
AUTH = [
    ({"KGRAPH_SPARQL_USER": "u", "KGRAPH_SPARQL_PASSWORD": "p"}, httpx.BasicAuth),
    (
        {"KGRAPH_SPARQL_USER": "u", "KGRAPH_SPARQL_PASSWORD": "p", "KGRAPH_SPARQL_AUTH": "digest"},
        httpx.DigestAuth,
    ),
    ({"NETRC": "/nonexistent/netrc"}, type(None)),
]


@pytest.mark.parametrize(("environ", "kind"), AUTH)
def test_auth_from_environment(environ, kind):
    assert isinstance(auth_from_environment(environ), kind)


# must not: half a pair, or an unknown scheme
@pytest.mark.parametrize(
    "environ",
    [
        {"KGRAPH_SPARQL_USER": "u"},
        {"KGRAPH_SPARQL_PASSWORD": "p"},
        {"KGRAPH_SPARQL_USER": "u", "KGRAPH_SPARQL_PASSWORD": "p", "KGRAPH_SPARQL_AUTH": "ntlm"},
    ],
)
def test_incomplete_credentials_are_refused(environ):
    with pytest.raises(KGraphError):
        auth_from_environment(environ)


@pytest.mark.parametrize(
    "url", ["http://user:pw@localhost:7878/query", "ftp://localhost/sparql", "http:///sparql"]
)
def test_urls_with_credentials_or_without_a_host_are_refused(url):
    with pytest.raises(KGraphError):
        check_url(url)
