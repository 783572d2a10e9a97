"""A real HTTP server on a loopback port that records every request made to it."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

TURTLE = b"<https://example.org/fetched> <https://example.org/p> <https://example.org/o> .\n"
RESULTS = b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}'
CONTEXT = b'{"@context": {"name": "https://example.org/name"}}'


@dataclass
class Listener:
    """Where the server listens and what it was asked."""

    port: int
    requests: list[tuple[str, str]] = field(default_factory=list)

    def url(self, path: str = "/data") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@contextmanager
def listening(status: int = 200) -> Iterator[Listener]:
    """Serve Turtle on GET, empty SPARQL results on POST, and log each request.

    With another ``status`` (e.g. 500) every answer is that error, with no body.
    """
    listener = Listener(port=0)

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self, body: bytes, content_type: str) -> None:
            listener.requests.append((self.command, self.path))
            if status != 200:
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if self.path.startswith("/context"):
                self._answer(CONTEXT, "application/ld+json")
            elif "query=" in self.path:
                self._answer(RESULTS, "application/sparql-results+json")
            else:
                self._answer(TURTLE, "text/turtle")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self._answer(RESULTS, "application/sparql-results+json")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    listener.port = server.server_address[1]
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield listener
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
