"""Commands that query a graph: query and queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from kgraph.commands.common import echo_bytes
from kgraph.errors import KGraphError


@click.command()
@click.argument("args", nargs=-1, metavar="GRAPH... [QUERY]")
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.File("r", encoding="utf-8"),
    help="Read the query from a .rq file.",
)
@click.option("-n", "--name", help="Run a named query from the library (see 'kgraph queries').")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query parameter (repeatable), e.g. -p actor=Trump.",
)
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["table", "csv", "tsv", "json", "turtle", "nt", "jsonld"]),
    help="Result format (RDF formats for CONSTRUCT/DESCRIBE).",
)
@click.option(
    "--update",
    "allow_update",
    is_flag=True,
    help="Allow SPARQL Update on a store folder (graph files are never rewritten).",
)
def query(
    args: Sequence[str],
    query_file: Any,
    name: str | None,
    params: Sequence[str],
    fmt: str,
    allow_update: bool,
) -> None:
    """Run a SPARQL query over graph files or a store folder.

    GRAPH is one or more graph files written by kgraph (.ttl .nt .jsonld .trig
    .nq), a store folder written by 'kgraph build', or a SPARQL endpoint URL
    (credentials from KGRAPH_SPARQL_USER/KGRAPH_SPARQL_PASSWORD or netrc;
    see docs/scaling.md). The last argument is the
    query unless -f or -n is given. The prefixes kg:, actor:, event:, doc:,
    rdfs:, owl:, prov:, dcterms: and xsd: are predefined.

    \b
    Example:
      kgraph query out/graph.ttl 'SELECT ?s ?o WHERE { ?s kg:designates ?o }'
      kgraph query out/store -n events-between -p a=Trump -p b=Maduro
      kgraph query out/graph.ttl -f examples/queries/who-targets-whom.rq --format csv
      kgraph query http://localhost:7878/query -n designations-and-sanctions
    """
    from kgraph import api
    from kgraph.query.results import format_result

    graphs, text = list(args), None
    if query_file is not None:
        text = query_file.read()
    elif not name:
        if len(graphs) < 2:
            raise KGraphError("give GRAPH... and a query (or -f FILE.rq, or -n NAME)")
        text = graphs.pop()
    if not graphs:
        raise KGraphError("no graph given: pass graph files or a store folder")
    bindings = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise KGraphError(f"--param {item!r}: expected NAME=VALUE")
        bindings[key.lstrip("?$")] = value
    result = api.query(
        graphs, text, name=name, bindings=bindings or None, allow_update=allow_update
    )
    echo_bytes(format_result(result, fmt))


@click.command()
def queries() -> None:
    """List the named queries that ship with kgraph, with their parameters.

    \b
    Example:
      kgraph queries
    """
    from kgraph.query.library import named_queries

    for q in sorted(named_queries().values(), key=lambda q: q.name):
        click.echo(f"{q.name}: {q.description}")
        for p in q.parameters:
            default = f" (default {p.default})" if getattr(p, "default", None) else ""
            click.echo(f"    -p {p.name}=…  {p.description}{default}")
