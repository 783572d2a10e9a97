"""Commands that read text: extract and build."""

from __future__ import annotations

from collections.abc import Sequence

import click

from kgraph.commands.common import echo_bytes, progress


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "nt", "jsonld", "trig", "nquads", "jsonl"]),
    help="Output format (default: from the extension, else turtle).",
)
@click.option("--model", help="spaCy pipeline to use (default: the best installed).")
@click.option("--date", metavar="YYYY-MM-DD", help="Publication date of plain-text inputs.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
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
@click.option(
    "--vector-fallback",
    is_flag=True,
    help="Read verbs outside the lexicon by word vectors (marked basis=vector).",
)
def extract(
    inputs: Sequence[str],
    output: str | None,
    fmt: str | None,
    model: str | None,
    date: str | None,
    quiet: bool,
    lexicon: Sequence[str],
    gazetteer: Sequence[str],
    vector_fallback: bool,
) -> None:
    """Extract actors and relations from text and write RDF or JSONL.

    INPUT is a .txt/.md file, a folder of them, a .jsonl corpus of
    {"id", "text", "date"?, "title"?, "url"?} lines, or - for standard input.

    \b
    Example:
      kgraph extract seeds/ -o out/graph.ttl
      kgraph extract corpus.jsonl -o relations.jsonl
      echo "The US sanctioned Iran." | kgraph extract - --format jsonl
      kgraph extract corpus.jsonl -o out.ttl --lexicon my_verbs.tsv --gazetteer my_actors.jsonl
    """
    from kgraph import api

    summary, data = api.extract(
        inputs,
        output,
        fmt=fmt,
        model=model,
        date=date,
        progress=progress(quiet),
        lexicon=lexicon,
        gazetteer=gazetteer,
        vector_fallback=vector_fallback,
    )
    if output is None:
        echo_bytes(data)
    if not quiet:
        click.echo(
            f"{summary.documents} document(s), {summary.actors} actors, {summary.relations} "
            f"relations ({summary.asserted} asserted) with {summary.model} in "
            f"{summary.seconds:.1f}s" + (f" → {output}" if output else ""),
            err=True,
        )


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    "outdir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for everything written.",
)
@click.option("--model", help="spaCy pipeline to use (default: the best installed).")
@click.option("--date", metavar="YYYY-MM-DD", help="Publication date of plain-text inputs.")
@click.option("--title", help="Title for the pictures and the report.")
@click.option("--top", default=10, show_default=True, help="How many top actors to print.")
@click.option("--no-store", is_flag=True, help="Skip the Oxigraph store.")
@click.option("--no-pictures", is_flag=True, help="Skip pictures and reports.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
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
@click.option(
    "--vector-fallback",
    is_flag=True,
    help="Read verbs outside the lexicon by word vectors (marked basis=vector).",
)
def build(
    inputs: Sequence[str],
    outdir: str,
    model: str | None,
    date: str | None,
    title: str | None,
    top: int,
    no_store: bool,
    no_pictures: bool,
    quiet: bool,
    lexicon: Sequence[str],
    gazetteer: Sequence[str],
    vector_fallback: bool,
) -> None:
    """Run the whole job: extract, write RDF, store, rank, draw and report.

    \b
    Writes OUT/graph.ttl, graph.trig, relations.jsonl, store/, graph.png,
    graph.html, report.html and report.md, then prints a summary.

    \b
    Example:
      kgraph build seeds/ -o out
      kgraph build seeds/ -o out --lexicon my_verbs.tsv
    """
    from kgraph import api
    from kgraph.io.tables import format_table

    result = api.build(
        inputs,
        outdir,
        model=model,
        date=date,
        store=not no_store,
        pictures=not no_pictures,
        top=top,
        progress=progress(quiet),
        title=title,
        lexicon=lexicon,
        gazetteer=gazetteer,
        vector_fallback=vector_fallback,
    )
    s = result.extract
    click.echo(f"Read {s.documents} document(s) with {s.model} in {s.seconds:.1f}s.")
    click.echo(
        f"Actors: {s.actors}   Relations: {s.relations} ({s.asserted} asserted)   "
        f"SHACL: {'conforms' if result.conforms else 'VIOLATIONS (kgraph validate)'}"
    )
    if result.top_actors:
        click.echo("\nTop actors by degree centrality:")
        rows = [
            [a.label, a.type, a.qid or ""]
            + [f"{a.score(m):.3f}" for m in ("degree", "betweenness", "pagerank")]
            for a in result.top_actors
        ]
        click.echo(
            format_table(["actor", "type", "QID", "degree", "betweenness", "pagerank"], rows)
        )
    click.echo("\nWrote:")
    for f in result.files:
        click.echo(f"  {f}")
