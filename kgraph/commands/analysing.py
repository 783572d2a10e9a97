"""Commands that analyse the actor network: rank, path, neighbours, communities, export."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from kgraph.analytics.defaults import MEASURES as DEFAULT_MEASURES
from kgraph.analytics.defaults import SORT_BY
from kgraph.commands.common import (
    filters,
    graph_sources,
    input_format,
    list_format,
    terminal_width,
)
from kgraph.errors import KGraphError


@click.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option(
    "-m",
    "--measure",
    "measures",
    multiple=True,
    type=click.Choice(
        ["degree", "in_degree", "out_degree", "betweenness", "closeness", "pagerank", "eigenvector"]
    ),
    help="Centrality measure (repeatable; default degree, pagerank, betweenness).",
)
@click.option("--top", default=20, show_default=True, help="How many actors (0 = all).")
@click.option(
    "--sort-by", default=None, help="Measure to sort by (default: degree, or the first -m)."
)
@click.option(
    "--sample",
    "betweenness_k",
    type=int,
    help="Sampled betweenness with this many pivots (large graphs).",
)
@click.option("--seed", default=0, show_default=True, help="Seed for sampling.")
@click.option(
    "--write",
    type=click.Path(dir_okay=False),
    help="Also write the graph with the scores added as RDF to this file.",
)
@list_format
@input_format
@filters
def rank(
    graphs: Sequence[str],
    measures: Sequence[str],
    top: int,
    sort_by: str | None,
    betweenness_k: int | None,
    seed: int,
    write: str | None,
    fmt: str,
    input_format: str | None,
    **filters: Any,
) -> None:
    """Rank actors by centrality (degree, PageRank, betweenness …).

    Scores count asserted and reported claims (planned, hypothetical and
    negated ones are left out); actors are sorted by degree, ties by
    PageRank: the same rule as build's summary, the report and the pictures.

    \b
    Example:
      kgraph rank out/graph.ttl --top 10
      kgraph rank out/graph.ttl -m pagerank -m closeness --family hostile --format csv
      kgraph rank http://localhost:7878/query --top 10    # a SPARQL endpoint
    """
    from kgraph import api
    from kgraph.commands.listings import format_scores

    measures = tuple(measures) or DEFAULT_MEASURES
    sort_by = sort_by or (SORT_BY if SORT_BY in measures else measures[0])
    if sort_by not in measures:
        raise KGraphError(f"--sort-by {sort_by}: not among the measures computed")
    with graph_sources(graphs, input_format) as sources:
        scores = api.rank(
            sources,
            measures=measures,
            top=top or None,
            sort_by=sort_by,
            betweenness_k=betweenness_k,
            seed=seed,
            write=write,
            **filters,
        )
    click.echo(format_scores(scores, measures, fmt, width=terminal_width()))


@click.command()
@click.argument("args", nargs=-1, required=True, metavar="GRAPH... FROM TO")
@click.option("-k", default=1, show_default=True, help="How many shortest simple paths.")
@click.option("--max-hops", default=6, show_default=True)
@click.option("--directed", is_flag=True, help="Follow relations only in their direction.")
@list_format
@input_format
@filters
def path(
    args: Sequence[str],
    k: int,
    max_hops: int,
    directed: bool,
    fmt: str,
    input_format: str | None,
    **filters: Any,
) -> None:
    """Show how two actors are connected, with the evidence for each hop.

    Actors are named by label, alias or Wikidata QID. A table shows each hop
    with its quoted evidence; the other formats give one row per hop. Exits
    with status 1 when there is no path.

    \b
    Example:
      kgraph path out/graph.ttl "Trump" "Cartel de Los Soles"
      kgraph path out/graph.ttl Q22686 Maduro -k 3
    """
    from kgraph import api
    from kgraph.analytics.paths import format_path
    from kgraph.commands.listings import format_paths

    if len(args) < 3:
        raise KGraphError("give GRAPH... FROM TO (two actor names after the graph files)")
    *graphs, source, target = args
    with graph_sources(graphs, input_format) as sources:
        found = api.paths(
            sources, source, target, k=k, max_hops=max_hops, directed=directed, **filters
        )
    if fmt != "table":
        click.echo(format_paths(found, fmt))
        return
    for i, p in enumerate(found, start=1):
        if len(found) > 1:
            click.echo(f"Path {i} ({p.length} hop(s)):")
        click.echo(format_path(p))
        click.echo()


@click.command()
@click.argument("args", nargs=-1, required=True, metavar="GRAPH... ACTOR")
@click.option("--hops", default=1, show_default=True)
@list_format
@input_format
@filters
def neighbours(
    args: Sequence[str], hops: int, fmt: str, input_format: str | None, **filters: Any
) -> None:
    """List an actor's neighbours within a number of hops, with their relations.

    \b
    Example:
      kgraph neighbours out/graph.ttl Maduro --hops 2
    """
    from kgraph import api
    from kgraph.commands.listings import format_relations

    if len(args) < 2:
        raise KGraphError("give GRAPH... ACTOR")
    *graphs, actor = args
    with graph_sources(graphs, input_format) as sources:
        ego = api.neighbours(sources, actor, hops=hops, **filters)
    click.echo(format_relations(ego, fmt, width=terminal_width()))


@click.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("--seed", default=0, show_default=True)
@list_format
@input_format
@filters
def communities(
    graphs: Sequence[str], seed: int, fmt: str, input_format: str | None, **filters: Any
) -> None:
    """Group actors into communities by modularity.

    \b
    Example:
      kgraph communities out/graph.ttl --family hostile
    """
    from kgraph import api
    from kgraph.commands.listings import format_communities

    with graph_sources(graphs, input_format) as sources:
        found = api.communities(sources, seed=seed, **filters)
    click.echo(format_communities(found, fmt, width=terminal_width()))


@click.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help=".graphml, .gexf, .csv (Neo4j nodes+edges), .ttl .nt .jsonld .trig .nq",
)
@input_format
@filters
def export(graphs: Sequence[str], output: str, input_format: str | None, **filters: Any) -> None:
    """Export the graph for Gephi, Neo4j or other RDF tools (format from the extension).

    \b
    Example:
      kgraph export out/graph.ttl -o actors.gexf
      kgraph export out/graph.ttl -o neo4j.csv     # neo4j_nodes.csv + neo4j_edges.csv
    """
    from kgraph import api

    with graph_sources(graphs, input_format) as sources:
        written_files = api.export(sources, output, **filters)
    for written in written_files:
        click.echo(f"wrote {written}")
