"""Credentials for an endpoint: from the environment or a netrc file, never the command line.

``KGRAPH_SPARQL_USER`` and ``KGRAPH_SPARQL_PASSWORD`` (HTTP Basic, or Digest
with ``KGRAPH_SPARQL_AUTH=digest``, which Virtuoso's ``/sparql-auth`` wants)
win over the netrc file (``$NETRC``, else ``~/.netrc``), whose entry for the
endpoint's host is sent as HTTP Basic.
"""

from __future__ import annotations

import netrc
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kgraph.errors import KGraphError

USER_VARIABLE = "KGRAPH_SPARQL_USER"
PASSWORD_VARIABLE = "KGRAPH_SPARQL_PASSWORD"
SCHEME_VARIABLE = "KGRAPH_SPARQL_AUTH"


def auth_from_environment(environ: Mapping[str, str] | None = None) -> Any:
    """Return the httpx auth to send, or ``None`` for none.

    Raises KGraphError for half a pair of variables, an unknown scheme or a
    netrc file that cannot be read.
    """
    import httpx

    env = os.environ if environ is None else environ
    user, password = env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE)
    if user or password:
        if not (user and password):
            raise KGraphError(f"set both {USER_VARIABLE} and {PASSWORD_VARIABLE}, or neither")
        scheme = env.get(SCHEME_VARIABLE, "basic").lower()
        if scheme == "basic":
            return httpx.BasicAuth(user, password)
        if scheme == "digest":
            return httpx.DigestAuth(user, password)
        raise KGraphError(f"{SCHEME_VARIABLE}={scheme!r}: use basic or digest")
    path = Path(env.get("NETRC") or Path.home() / ".netrc")
    if not path.is_file():
        return None
    try:
        return httpx.NetRCAuth(str(path))
    except (netrc.NetrcParseError, OSError) as exc:
        raise KGraphError(f"{path}: cannot read the netrc file: {exc}") from None
