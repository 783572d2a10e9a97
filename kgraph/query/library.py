"""The named SPARQL queries shipped in ``kgraph/query/queries/*.rq``.

Each file starts with comment lines that document it::

    # name: events-between
    # description: Events between two actors, in either direction.
    # param: a actor required "first actor (label, alias, QID or actor id)"
    # param: start date "first day" default=0001-01-01

A parameter is optional unless marked ``required`` (a query run without it is
refused, naming what is missing); an optional one may carry a ``default``.
Parameter types tell :func:`kgraph.query.sparql.run_query` how to turn the
user's string into an RDF term: ``actor`` (label, alias, QID or id → actor
IRI), ``date`` (``xsd:date``), ``predicate`` (relation name → ``kg:`` property),
``actortype`` (``State`` → ``kg:State``), ``iri``, ``integer``, ``literal``.

>>> sorted(named_queries())[:3]
['actor-neighbourhood', 'actors-by-type', 'designations-and-sanctions']
>>> named_queries()["events-between"].parameter("a").type
'actor'
>>> named_queries()["events-between"].parameter("a").required
True
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from kgraph.errors import KGraphError
from kgraph.model import NamedQuery, QueryParameter

PARAM_TYPES = ("actor", "date", "predicate", "actortype", "iri", "integer", "literal")

_HEADER = re.compile(r"^#\s*(name|description|param)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>[a-z]+)(?:\s+(?P<need>required|optional))?"
    r'(?:\s+"(?P<desc>[^"]*)")?(?:\s+default=(?P<default>\S+))?$'
)


def named_queries() -> dict[str, NamedQuery]:
    """Return every shipped named query by name, sorted by name."""
    return dict(_load_all())


def named_query(name: str) -> NamedQuery:
    """Return one named query, or raise KGraphError listing the known names."""
    queries = named_queries()
    if name not in queries:
        raise KGraphError(f"no named query {name!r} (known: {', '.join(queries)})")
    return queries[name]


def parse_query_header(text: str, *, source: str = "<query>") -> NamedQuery:
    """Return the name, description and parameters declared in a query's header comments.

    A query without a header gets the name ``source`` and no parameters.
    """
    name, description, params = "", "", []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if not match:
            continue
        key, value = match.groups()
        if key == "name":
            name = value
        elif key == "description":
            description = value
        else:
            params.append(_parse_param(value, source))
    return NamedQuery(
        name=name or Path(source).stem,
        description=description,
        text=text,
        parameters=tuple(params),
        path=source,
    )


def _parse_param(value: str, source: str) -> QueryParameter:
    match = _PARAM.match(value)
    if not match or match["type"] not in PARAM_TYPES:
        raise KGraphError(
            f"{source}: bad parameter declaration {value!r} (want: name type "
            f'[required|optional] "description" [default=value], type one of '
            f"{', '.join(PARAM_TYPES)})"
        )
    required = match["need"] == "required"
    if required and match["default"] is not None:
        raise KGraphError(f"{source}: parameter {match['name']} is required and has a default")
    return QueryParameter(
        match["name"], match["type"], match["desc"] or "", match["default"], required=required
    )


def check_parameters(query: NamedQuery, values: Mapping[str, Any]) -> None:
    """Raise KGraphError if a required parameter is missing or an unknown one is given.

    A query that declares no parameters takes any binding (an inline query).
    """
    if not query.parameters:
        return
    declared = {p.name for p in query.parameters}
    unknown = sorted(set(values) - declared)
    if unknown:
        raise KGraphError(
            f"query {query.name} has no parameter {', '.join(unknown)} "
            f"(its parameters: {', '.join(p.name for p in query.parameters)})"
        )
    missing = [p for p in query.parameters if p.required and p.name not in values]
    if missing:
        needed = " ".join(f"-p {p.name}=<{p.type}>" for p in missing)
        raise KGraphError(f"query {query.name} needs {needed}")


@lru_cache(maxsize=1)
def _load_all() -> tuple[tuple[str, NamedQuery], ...]:
    folder = importlib.resources.files("kgraph.query") / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq") or entry.name.startswith("_"):
            continue
        query = parse_query_header(entry.read_text(encoding="utf-8"), source=entry.name)
        out[query.name] = query
    return tuple(sorted(out.items()))
