"""Commands that check things: validate, evaluate, models."""

from __future__ import annotations

from collections.abc import Sequence

import click

from kgraph.commands.common import graph_sources, input_format, user_files
from kgraph.errors import KGraphError


@click.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@input_format
def validate(graphs: Sequence[str], input_format: str | None) -> None:
    """Validate graph files against the kgraph SHACL shapes ('-' reads standard input).

    \b
    Example:
      kgraph validate out/graph.ttl
      kgraph extract seeds/ --format nt | kgraph validate -
    """
    from kgraph import api

    with graph_sources(graphs, input_format) as sources:
        result = api.validate(sources)
    if result.conforms:
        click.echo("conforms")
        return
    click.echo(result.report)
    raise KGraphError(f"{result.violations} SHACL violation(s)", exit_code=1)


@click.command()
@click.argument("path", metavar="FILE", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--dataset",
    type=click.Choice(["kgraph", "plover", "re3d", "rams", "wikievents"]),
    help="The file's format (default: detected from its records).",
)
@click.option("--model", help="spaCy pipeline to use (default: the best installed).")
@click.option(
    "--errors", is_flag=True, help="List the misses and false alarms with their sentence."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table for reading, json for machines.",
)
@user_files
def evaluate(
    path: str,
    dataset: str | None,
    model: str | None,
    errors: bool,
    fmt: str,
    lexicon: Sequence[str],
    gazetteer: Sequence[str],
) -> None:
    """Score the extraction on an annotated file: P/R/F1 per class and a confusion table.

    Reads kgraph's gold format and the PLOVER, re3d, RAMS and WikiEvents JSONL
    formats; the mapping of kgraph predicates to each dataset's classes is in
    kgraph/evaluate/mappings.json.

    \b
    Examples:
      kgraph evaluate tests/data/gold.jsonl
      kgraph evaluate re3d_dev.jsonl --errors
      kgraph evaluate rams_dev.jsonl --dataset rams --format json
      kgraph evaluate tests/data/gold.jsonl --lexicon my_verbs.tsv
    """
    from kgraph import api
    from kgraph.evaluate.report import format_text, to_json

    report = api.evaluate(path, dataset=dataset, model=model, lexicon=lexicon, gazetteer=gazetteer)
    click.echo(
        to_json(report, errors=errors) if fmt == "json" else format_text(report, errors=errors)
    )


@click.command()
def models() -> None:
    """List the spaCy pipelines kgraph can use, best first.

    \b
    Example:
      kgraph models
    """
    from kgraph.nlp.models import INSTALL_HINT, PREFERENCE, available_models

    found = available_models()
    for name in PREFERENCE:
        click.echo(
            f"{'*' if found and name == found[0] else ' '} {name}"
            f"{'' if name in found else '  (not installed)'}"
        )
    if not found:
        raise KGraphError(INSTALL_HINT, exit_code=3)
