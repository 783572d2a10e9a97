"""Refuse JSON-LD files that name a remote ``@context``, which rdflib's parser would fetch.

:func:`remote_contexts` finds those references so that loading can refuse them.
"""

from __future__ import annotations

import json
from typing import Any

from kgraph.errors import KGraphError


def remote_contexts(document: Any) -> list[str]:
    """Return the ``@context`` and ``@import`` references of a JSON-LD document that are IRIs.

    >>> remote_contexts({"@context": ["https://schema.org/", {"kg": "https://w3id.org/kg#"}]})
    ['https://schema.org/']
    """
    found: list[str] = []
    stack: list[tuple[Any, bool]] = [(document, False)]
    while stack:  # iterative: a deeply nested document must not exhaust the stack
        node, in_context = stack.pop()
        if isinstance(node, str):
            if in_context:
                found.append(node)
        elif isinstance(node, list):
            stack.extend((item, in_context) for item in node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key in ("@context", "@import"):
                    stack.append((value, True))
                elif not in_context or isinstance(value, (dict, list)):
                    # Inside a context, only nested contexts (scoped ones) can point away.
                    stack.append((value, False))
    return sorted(set(found))


def check_jsonld(data: bytes, *, source: str) -> None:
    """Raise KGraphError if a JSON-LD document names a remote context (which would be fetched)."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return  # not JSON: the parser reports it
    remote = remote_contexts(document)
    if remote:
        raise KGraphError(
            f"{source} refers to a remote JSON-LD @context ({remote[0]}), which kgraph does "
            "not fetch: put the context in the file"
        )
