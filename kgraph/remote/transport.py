"""One place where kgraph talks HTTP to endpoints (through httpx), and turns failures into errors.

Every failure becomes a one-line :class:`~kgraph.errors.RemoteError` (exit 4)
naming the endpoint and the reason, or a TimeoutExceededError (exit 5):
unreachable hosts, refusals (401, 403, 405), other HTTP errors with the first
line of the server's message.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

from kgraph.errors import KGraphError, RemoteError, TimeoutExceededError

TIMEOUT_VARIABLE = "KGRAPH_SPARQL_TIMEOUT"
DEFAULT_TIMEOUT = 60.0  # seconds for a whole request: a CONSTRUCT of a large graph takes time

_REFUSALS = {
    401: "refused: authentication required (set KGRAPH_SPARQL_USER and KGRAPH_SPARQL_PASSWORD)",
    403: "refused: forbidden (a read-only store, or no rights for these credentials)",
    404: "not found: is this the endpoint's URL?",
    405: "refused the method (a read-only endpoint, or not its Graph Store URL?)",
    415: "refused the content type (not a SPARQL or Graph Store endpoint?)",
}


def check_url(url: str) -> str:
    """Return ``url`` if it is an http(s) URL without credentials in it, else raise KGraphError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KGraphError(f"{url}: not an http(s) endpoint URL")
    if parts.username or parts.password:
        raise KGraphError(
            "credentials in the endpoint URL are refused: set KGRAPH_SPARQL_USER and "
            "KGRAPH_SPARQL_PASSWORD, or use a netrc file"
        )
    return url


def timeout() -> float:
    """Return the request timeout in seconds (``KGRAPH_SPARQL_TIMEOUT``, default 60)."""
    raw = os.environ.get(TIMEOUT_VARIABLE)
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        raise KGraphError(f"{TIMEOUT_VARIABLE}={raw!r}: not a number of seconds") from None
    if value <= 0:
        raise KGraphError(f"{TIMEOUT_VARIABLE}={raw!r}: give a positive number of seconds")
    return value


def client() -> Any:
    """Return an httpx client with kgraph's credentials and timeout."""
    import httpx

    from kgraph.remote.credentials import auth_from_environment

    return httpx.Client(
        auth=auth_from_environment(), timeout=timeout(), follow_redirects=True, trust_env=False
    )


def send(http: Any, method: str, url: str, *, allow: tuple[int, ...] = (), **kwargs: Any) -> Any:
    """Send one request and return the response; raise RemoteError for any failure.

    Statuses in ``allow`` are answers, not failures (404 for deleting a graph
    that is not there).
    """
    import httpx

    check_url(url)
    try:
        response = http.request(method, url, **kwargs)
    except httpx.TimeoutException:
        raise TimeoutExceededError(
            f"{url}: no answer within {http.timeout.read or DEFAULT_TIMEOUT:g}s "
            f"(raise {TIMEOUT_VARIABLE})"
        ) from None
    except httpx.HTTPError as exc:
        raise RemoteError(f"{url}: unreachable: {_reason(exc)}") from None
    if response.is_success or response.status_code in allow:
        return response
    raise RemoteError(f"{url}: {describe_failure(response)}")


def describe_failure(response: Any) -> str:
    """Return why the server said no: the status and the first line of its message."""
    known = _REFUSALS.get(response.status_code)
    detail = _first_line(response.text)
    text = f"HTTP {response.status_code} {known or response.reason_phrase}"
    return f"{text}: {detail}" if detail and not detail.startswith("<") else text


def _reason(exc: Exception) -> str:
    text = _first_line(str(exc)) or type(exc).__name__
    return "connection refused" if "refused" in text.lower() else text


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:200]
    return ""
