"""Commands that draw pictures and write reports: draw and report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from kgraph.commands.common import HiddenAlias, graph_sources, input_format
from kgraph.vocabulary import FAMILIES


@click.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help=".png, .svg, .pdf or .html (interactive).",
)
@click.option(
    "--size-by",
    default="degree",
    show_default=True,
    type=click.Choice(["degree", "pagerank", "betweenness"]),
    help="Node size, and which actors --top keeps.",
)
@click.option("--title")
@click.option(
    "--top",
    type=int,
    default=40,
    show_default=True,
    help="Keep the N most connected actors (by --size-by); 0 draws all.",
)
@click.option("--ego", metavar="ACTOR", help="Draw only this actor's neighbourhood.")
@click.option("--hops", default=1, show_default=True, help="Radius of --ego.")
@click.option("--family", "families", multiple=True, type=click.Choice(FAMILIES))
@click.option("--from", "date_from", metavar="YYYY-MM-DD")
@click.option("--to", "date_to", metavar="YYYY-MM-DD")
@click.option(
    "--include-negated",
    "--show-negated",
    "show_negated",
    cls=HiddenAlias,
    is_flag=True,
    help="Draw negated claims (dotted).",
)
@input_format
def draw(graphs: Sequence[str], output: str, input_format: str | None, **options: Any) -> None:
    """Draw the actor graph as a picture or an interactive HTML page.

    Scores count asserted and reported claims; planned, hypothetical and
    negated ones are drawn but not counted. The picture says which actors it
    keeps.

    \b
    Example:
      kgraph draw out/graph.ttl -o graph.png --title "Venezuela, Nov 2025"
      kgraph draw out/graph.ttl -o maduro.svg --ego Maduro --hops 2
      kgraph draw out/graph.ttl -o graph.html --top 0
    """
    from kgraph import api

    with graph_sources(graphs, input_format) as sources:
        written = api.draw(sources, output, **options)
    click.echo(f"wrote {written}")


@click.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="report.html or report.md",
)
@click.option("--title")
@input_format
def report(graphs: Sequence[str], output: str, title: str | None, input_format: str | None) -> None:
    """Write a self-contained analyst report (HTML or Markdown).

    \b
    Example:
      kgraph report out/graph.ttl -o report.html --title "Venezuela brief"
    """
    from kgraph import api

    with graph_sources(graphs, input_format) as sources:
        written = api.report(sources, output, title=title)
    click.echo(f"wrote {written}")
