"""Commands that query a graph: query and queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from kgraph.commands.common import (
    echo_bytes,
    graph_sources,
    input_format,
    list_format,
    query_text,
    terminal_width,
)
from kgraph.errors import KGraphError


@click.command()
@click.argument("args", nargs=-1, metavar="GRAPH... [QUERY]")
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.File("rb"),
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
    type=click.Choice(
        ["table", "csv", "tsv", "json", "jsonl", "turtle", "nt", "jsonld", "trig", "nquads"]
    ),
    help="Result format (RDF formats for CONSTRUCT/DESCRIBE).",
)
@click.option(
    "--update",
    "allow_update",
    is_flag=True,
    help="Allow SPARQL Update on a store folder (graph files are never rewritten).",
)
@click.option(
    "--allow-remote",
    is_flag=True,
    help="Allow SERVICE, FROM, FROM NAMED, USING and LOAD, which fetch from the web "
    "or read local files (refused by default).",
)
@click.option(
    "--timeout",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Stop a query that runs longer (0: no limit; updates are not limited).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    metavar="N",
    help="Print at most N rows (triples of a CONSTRUCT).",
)
@input_format
def query(
    args: Sequence[str],
    query_file: Any,
    name: str | None,
    params: Sequence[str],
    fmt: str,
    allow_update: bool,
    allow_remote: bool,
    timeout: float,
    limit: int | None,
    input_format: str | None,
) -> None:
    """Run a SPARQL query over graph files or a store folder.

    GRAPH is one or more graph files written by kgraph (.ttl .nt .jsonld .trig
    .nq), - for standard input, a store folder written by 'kgraph build', or a
    SPARQL endpoint URL (credentials from KGRAPH_SPARQL_USER/KGRAPH_SPARQL_PASSWORD
    or netrc; see docs/scaling.md). The last argument is the query unless -f or
    -n is given. The prefixes kg:, actor:, event:, doc:, rdfs:, owl:, prov:,
    dcterms: and xsd: are predefined. A query reads only its GRAPH: SERVICE,
    FROM, FROM NAMED, USING and LOAD are refused unless --allow-remote is given.

    \b
    Example:
      kgraph query out/graph.ttl 'SELECT ?s ?o WHERE { ?s kg:designates ?o }'
      kgraph query out/store -n events-between -p a=Trump -p b=Maduro
      kgraph query out/graph.ttl -f examples/queries/who-targets-whom.rq --format csv
      kgraph extract seeds/ --format nt | kgraph query - -n hostile-ranking --limit 5
      kgraph query http://localhost:7878/query -n designations-and-sanctions
    """
    from kgraph import api
    from kgraph.query.results import format_result

    graphs, text = list(args), None
    if query_file is not None:
        text = query_text(query_file.read(), query_file.name)
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
    with graph_sources(graphs, input_format) as sources:
        result = api.query(
            sources,
            text,
            name=name,
            bindings=bindings or None,
            allow_update=allow_update,
            allow_remote=allow_remote,
            timeout=timeout or None,
            limit=limit,
        )
    echo_bytes(format_result(result, fmt, width=terminal_width()))
    if result.truncated and fmt != "table":
        click.echo(f"kgraph: note: --limit {limit} left rows out", err=True)


@click.command()
@list_format
def queries(fmt: str) -> None:
    """List the named queries that ship with kgraph, with their parameters.

    Each parameter is given as -p NAME=VALUE to 'kgraph query -n QUERY'; a
    required one must be given, an optional one may have a default.

    \b
    Example:
      kgraph queries
      kgraph queries --format json
    """
    from kgraph.commands.listings import format_queries
    from kgraph.query.library import named_queries

    listed = sorted(named_queries().values(), key=lambda q: q.name)
    click.echo(format_queries(listed, fmt, width=terminal_width()))
