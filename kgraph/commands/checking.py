"""Commands that check things: validate, evaluate, models."""

from __future__ import annotations

from collections.abc import Sequence

import click

from kgraph.errors import KGraphError


@click.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
def validate(graphs: Sequence[str]) -> None:
    """Validate graph files against the kgraph SHACL shapes.

    \b
    Example:
      kgraph validate out/graph.ttl
    """
    from kgraph import api

    result = api.validate(graphs)
    if result.conforms:
        click.echo("conforms")
        return
    click.echo(result.report)
    raise KGraphError(f"{result.violations} SHACL violation(s)", exit_code=1)


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--model", help="spaCy pipeline to use (default: the best installed).")
@click.option(
    "--lexicon",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Trigger file (TSV) read on top of the shipped lexicon; repeatable.",
)
@click.option(
    "--gazetteer",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Actor file (JSON Lines) read on top of the shipped gazetteer; repeatable.",
)
def evaluate(
    gold: str, model: str | None, lexicon: Sequence[str], gazetteer: Sequence[str]
) -> None:
    """Score the extraction against a gold JSONL file (precision, recall, F1).

    \b
    Example:
      kgraph evaluate tests/data/gold.jsonl
      kgraph evaluate tests/data/gold.jsonl --lexicon my_verbs.tsv
    """
    from kgraph.evaluate.gold import evaluate as run
    from kgraph.evaluate.gold import format_report, load_gold
    from kgraph.extract.gazetteer import load_gazetteer
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.nlp.models import load_model

    lex, gaz = load_lexicon(lexicon), load_gazetteer(gazetteer)
    report = run(load_gold(gold), nlp=load_model(model), lexicon=lex, gazetteer=gaz)
    click.echo(format_report(report))


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
