"""Commands that read text: extract and build."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click

from kgraph.commands.common import (
    dask_option,
    echo_bytes,
    input_options,
    jobs_option,
    knowledge_options,
    progress,
)


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
@input_options
@jobs_option
@dask_option
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
@knowledge_options
def extract(
    inputs: Sequence[str],
    output: str | None,
    fmt: str | None,
    model: str | None,
    date: str | None,
    date_field: str | None,
    skip_bad: bool,
    jobs: int | None,
    dask: str | None,
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
      kgraph extract export.jsonl --date-field issued --skip-bad -o graph.ttl
      echo "The US sanctioned Iran." | kgraph extract - --format jsonl
      kgraph extract corpus.jsonl -o graph.trig --jobs 4
      kgraph extract corpus.jsonl -o graph.trig --dask tcp://scheduler:8786
      kgraph extract corpus.jsonl -o out.ttl --lexicon my_verbs.tsv --gazetteer my_actors.jsonl
    """
    from kgraph import api

    with progress(quiet, inputs) as report:
        summary, data = api.extract(
            inputs,
            output,
            fmt=fmt,
            model=model,
            date=date,
            progress=report,
            date_field=date_field,
            skip_bad=skip_bad,
            jobs=jobs,
            dask=dask,
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
            f"{summary.seconds:.1f}s"
            + (f", {len(summary.skipped)} bad input(s) skipped" if summary.skipped else "")
            + (f", {summary.merged} actor(s) merged across documents" if summary.merged else "")
            + (f" → {output}" if output else ""),
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
@input_options
@click.option("--title", help="Title for the pictures and the report.")
@click.option("--top", default=10, show_default=True, help="How many top actors to print.")
@click.option("--no-store", is_flag=True, help="Skip the Oxigraph store.")
@click.option("--no-pictures", is_flag=True, help="Skip pictures and reports.")
@jobs_option
@dask_option
@click.option(
    "--store",
    "store_url",
    metavar="URL",
    help="Also PUT each document's graph to this SPARQL Graph Store endpoint.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@click.option("--prune", is_flag=True, help="Drop documents no longer in the input.")
@click.option("--rebuild", is_flag=True, help="Ignore the folder's manifest; extract everything.")
@click.option("--wait", is_flag=True, help="Wait for another build of OUT instead of refusing.")
@knowledge_options
def build(
    inputs: Sequence[str],
    outdir: str,
    model: str | None,
    date: str | None,
    date_field: str | None,
    skip_bad: bool,
    title: str | None,
    top: int,
    no_store: bool,
    no_pictures: bool,
    jobs: int | None,
    dask: str | None,
    store_url: str | None,
    quiet: bool,
    prune: bool,
    rebuild: bool,
    wait: bool,
    lexicon: Sequence[str],
    gazetteer: Sequence[str],
    vector_fallback: bool,
) -> None:
    """Run the whole job: extract, write RDF, store, rank, draw and report.

    \b
    Writes OUT/graph.ttl, graph.trig, relations.jsonl, store/, graph.png,
    graph.html, report.html and report.md, then prints a summary. On an
    existing OUT only new or changed documents are extracted (OUT/manifest.json
    says what it holds); the new outputs replace the old ones in one step.

    \b
    Example:
      kgraph build seeds/ -o out
      kgraph build corpus.jsonl -o out --prune     # drop what left the corpus
      kgraph build corpus.jsonl -o out --jobs 2 --store http://localhost:7878/store
      kgraph build seeds/ -o out --lexicon my_verbs.tsv
    """
    from kgraph import api

    with progress(quiet, inputs) as report:
        result = api.build(
            inputs,
            outdir,
            model=model,
            date=date,
            store=not no_store,
            pictures=not no_pictures,
            top=top,
            progress=report,
            title=title,
            date_field=date_field,
            skip_bad=skip_bad,
            prune=prune,
            rebuild=rebuild,
            wait=wait,
            notify=_notify(quiet),
            jobs=jobs,
            dask=dask,
            store_url=store_url,
            lexicon=lexicon,
            gazetteer=gazetteer,
            vector_fallback=vector_fallback,
        )
    _print_build(result, quiet=quiet)


@click.command()
@click.argument("outdir", metavar="OUT", type=click.Path(file_okay=False))
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@input_options
@click.option("--top", default=10, show_default=True, help="How many top actors to print.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@jobs_option
@click.option(
    "--store",
    "store_url",
    metavar="URL",
    help="Also bring this SPARQL Graph Store endpoint in line with OUT.",
)
@click.option("--wait", is_flag=True, help="Wait for another build of OUT instead of refusing.")
def add(
    outdir: str,
    inputs: Sequence[str],
    date: str | None,
    date_field: str | None,
    skip_bad: bool,
    top: int,
    quiet: bool,
    jobs: int | None,
    store_url: str | None,
    wait: bool,
) -> None:
    """Add documents to a build folder (a document with the same id is replaced).

    Only the new documents are extracted; the graph files, store, pictures
    and reports are derived again, with the options OUT was built with.

    \b
    Example:
      kgraph add out/ today.jsonl
    """
    from kgraph import api

    with progress(quiet, inputs) as report:
        result = api.add(
            outdir,
            inputs,
            date=date,
            date_field=date_field,
            skip_bad=skip_bad,
            top=top,
            progress=report,
            wait=wait,
            notify=_notify(quiet),
            jobs=jobs,
            store_url=store_url,
        )
    _print_build(result, quiet=quiet)


@click.command()
@click.argument("outdir", metavar="OUT", type=click.Path(file_okay=False))
@click.argument("doc_ids", nargs=-1, required=True, metavar="DOC-ID...")
@click.option("--top", default=10, show_default=True, help="How many top actors to print.")
@click.option("-q", "--quiet", is_flag=True, help="No notes on stderr.")
@click.option(
    "--store",
    "store_url",
    metavar="URL",
    help="Also bring this SPARQL Graph Store endpoint in line with OUT.",
)
@click.option("--wait", is_flag=True, help="Wait for another build of OUT instead of refusing.")
@jobs_option
def remove(
    outdir: str,
    doc_ids: Sequence[str],
    top: int,
    quiet: bool,
    store_url: str | None,
    wait: bool,
    jobs: int | None,
) -> None:
    """Remove documents by id from a build folder and derive its outputs again.

    \b
    Example:
      kgraph remove out/ story-0412 story-0413
    """
    from kgraph import api

    result = api.remove(
        outdir, doc_ids, top=top, wait=wait, notify=_notify(quiet), store_url=store_url, jobs=jobs
    )
    _print_build(result, quiet=quiet)


def _notify(quiet: bool) -> Callable[[str], None] | None:
    return None if quiet else (lambda line: click.echo(line, err=True))


def _print_build(result: Any, *, quiet: bool) -> None:
    """Print a build's summary; exit 1 when its output fails its own SHACL shapes."""
    from kgraph.errors import NoResultError
    from kgraph.io.tables import format_table

    if not quiet:
        for note in result.notes:
            click.echo(note, err=True)
    s = result.extract
    skipped = f", {len(s.skipped)} bad input(s) skipped" if s.skipped else ""
    if result.unchanged:
        click.echo(f"Nothing changed: {s.documents} document(s), no file written.")
    else:
        click.echo(
            f"Read {s.documents} document(s) with {s.model} in {s.seconds:.1f}s "
            f"({result.extracted} extracted, {s.documents - result.extracted} reused"
            + (f", {len(result.removed)} removed" if result.removed else "")
            + skipped
            + ")."
        )
    click.echo(
        f"Actors: {s.actors}   Relations: {s.relations} ({s.asserted} asserted)   "
        f"SHACL: {'conforms' if result.conforms else f'{result.violations} VIOLATION(S)'}"
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
    click.echo("\nIn the folder:" if result.unchanged else "\nWrote:")
    for f in result.files:
        click.echo(f"  {f}")
    if not result.conforms:
        raise NoResultError(
            f"the graph written to {s.output} does not conform to kgraph's SHACL shapes: "
            f"{result.violations} violation(s) (see 'kgraph validate {s.output}/graph.ttl')"
        )
