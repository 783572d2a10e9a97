"""The ``kgraph`` command line: parse options, call one :mod:`kgraph.api` function, print.

Errors the user can fix are printed as one line (``kgraph: error: …``) with a
non-zero exit status; no traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from kgraph import __version__
from kgraph.errors import KGraphError
from kgraph.model import ActorType
from kgraph.vocabulary import FAMILIES

ACTOR_TYPES = [t.value for t in ActorType]


class _Group(click.Group):
    """A group that turns every failure into a one-line message and an exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        debug = bool(ctx.params.get("debug"))
        try:
            return super().invoke(ctx)
        except KGraphError as exc:
            if debug:
                raise
            click.echo(f"kgraph: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("kgraph: interrupted", err=True)
            sys.exit(130)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "kgraph"
            click.echo(f"kgraph: error: {exc.format_message()} (see '{where} --help')", err=True)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except BrokenPipeError:
            sys.exit(0)
        except Exception as exc:  # a bug, not a user error: still one line by default
            if debug:
                raise
            click.echo(
                f"kgraph: internal error: {type(exc).__name__}: {exc} (rerun with --debug "
                "for the traceback)",
                err=True,
            )
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgraph")
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected errors.")
def main(debug: bool) -> None:
    """Turn news text about geopolitics into a knowledge graph of actors.

    \b
    Example:
      kgraph build seeds/ -o out        # extract, write RDF, rank, draw, report
      kgraph query out/graph.ttl -n designations-and-sanctions
    """


def _filters(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add the projection filters shared by the analytics commands."""
    options = [
        click.option(
            "--family",
            "families",
            multiple=True,
            type=click.Choice(FAMILIES),
            help="Keep only these relation families (repeatable).",
        ),
        click.option(
            "--type",
            "actor_types",
            multiple=True,
            type=click.Choice(ACTOR_TYPES),
            help="Keep only actors of this type (repeatable).",
        ),
        click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events on or after."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events on or before."),
        click.option("--include-negated", is_flag=True, help="Keep negated claims."),
        click.option(
            "--include-hypothetical", is_flag=True, help="Keep planned and hypothetical claims."
        ),
    ]
    return functools.reduce(lambda f, opt: opt(f), reversed(options), fn)


def _progress(quiet: bool) -> Callable[[int, Any], None] | None:
    if quiet:
        return None

    def report(i: int, document: Any) -> None:
        if i == 1 or i % 25 == 0:
            click.echo(f"  read {i} document(s) … {document.id}", err=True)

    return report


def _echo_bytes(data: bytes | str) -> None:
    if isinstance(data, str):
        data = data.encode("utf-8")
    sys.stdout.buffer.write(data)
    if data and not data.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()


# --- extraction ------------------------------------------------------------------


@main.command()
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
def extract(
    inputs: Sequence[str],
    output: str | None,
    fmt: str | None,
    model: str | None,
    date: str | None,
    quiet: bool,
) -> None:
    """Extract actors and relations from text and write RDF or JSONL.

    INPUT is a .txt/.md file, a folder of them, a .jsonl corpus of
    {"id", "text", "date"?, "title"?, "url"?} lines, or - for standard input.

    \b
    Example:
      kgraph extract seeds/ -o out/graph.ttl
      kgraph extract corpus.jsonl -o relations.jsonl
      echo "The US sanctioned Iran." | kgraph extract - --format jsonl
    """
    from kgraph import api

    summary, data = api.extract(
        inputs, output, fmt=fmt, model=model, date=date, progress=_progress(quiet)
    )
    if output is None:
        _echo_bytes(data)
    if not quiet:
        click.echo(
            f"{summary.documents} document(s), {summary.actors} actors, {summary.relations} "
            f"relations ({summary.asserted} asserted) with {summary.model} in "
            f"{summary.seconds:.1f}s" + (f" → {output}" if output else ""),
            err=True,
        )


@main.command()
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
) -> None:
    """Run the whole job: extract, write RDF, store, rank, draw and report.

    \b
    Writes OUT/graph.ttl, graph.trig, relations.jsonl, store/, graph.png,
    graph.html, report.html and report.md, then prints a summary.

    \b
    Example:
      kgraph build seeds/ -o out
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
        progress=_progress(quiet),
        title=title,
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


# --- queries -------------------------------------------------------------------------


@main.command()
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
    .nq) or a store folder written by 'kgraph build'. The last argument is the
    query unless -f or -n is given. The prefixes kg:, actor:, event:, doc:,
    rdfs:, owl:, prov:, dcterms: and xsd: are predefined.

    \b
    Example:
      kgraph query out/graph.ttl 'SELECT ?s ?o WHERE { ?s kg:designates ?o }'
      kgraph query out/store -n events-between -p a=Trump -p b=Maduro
      kgraph query out/graph.ttl -f examples/queries/who-targets-whom.rq --format csv
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
    _echo_bytes(format_result(result, fmt))


@main.command()
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


# --- analytics -------------------------------------------------------------------------


@main.command()
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
@click.option("--sort-by", default=None, help="Measure to sort by (default: pagerank or first).")
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
@click.option(
    "--format",
    "fmt",
    default="table",
    type=click.Choice(["table", "csv", "json"]),
    show_default=True,
)
@_filters
def rank(
    graphs: Sequence[str],
    measures: Sequence[str],
    top: int,
    sort_by: str | None,
    betweenness_k: int | None,
    seed: int,
    write: str | None,
    fmt: str,
    **filters: Any,
) -> None:
    """Rank actors by centrality (degree, PageRank, betweenness …).

    \b
    Example:
      kgraph rank out/graph.ttl --top 10
      kgraph rank out/graph.ttl -m pagerank -m closeness --family hostile --format csv
    """
    from kgraph import api
    from kgraph.io.tables import format_scores

    measures = tuple(measures) or ("degree", "pagerank", "betweenness")
    sort_by = sort_by or ("pagerank" if "pagerank" in measures else measures[0])
    if sort_by not in measures:
        raise KGraphError(f"--sort-by {sort_by}: not among the measures computed")
    scores = api.rank(
        graphs,
        measures=measures,
        top=top or None,
        sort_by=sort_by,
        betweenness_k=betweenness_k,
        seed=seed,
        write=write,
        **filters,
    )
    click.echo(format_scores(scores, measures, fmt))


@main.command()
@click.argument("args", nargs=-1, required=True, metavar="GRAPH... FROM TO")
@click.option("-k", default=1, show_default=True, help="How many shortest simple paths.")
@click.option("--max-hops", default=6, show_default=True)
@click.option("--directed", is_flag=True, help="Follow relations only in their direction.")
@_filters
def path(args: Sequence[str], k: int, max_hops: int, directed: bool, **filters: Any) -> None:
    """Show how two actors are connected, with the evidence for each hop.

    Actors are named by label, alias or Wikidata QID.

    \b
    Example:
      kgraph path out/graph.ttl "Trump" "Cartel de Los Soles"
      kgraph path out/graph.ttl Q22686 Maduro -k 3
    """
    from kgraph import api
    from kgraph.analytics.paths import format_path

    if len(args) < 3:
        raise KGraphError("give GRAPH... FROM TO (two actor names after the graph files)")
    *graphs, source, target = args
    found = api.paths(graphs, source, target, k=k, max_hops=max_hops, directed=directed, **filters)
    for i, p in enumerate(found, start=1):
        if len(found) > 1:
            click.echo(f"Path {i} ({p.length} hop(s)):")
        click.echo(format_path(p))
        click.echo()


@main.command()
@click.argument("args", nargs=-1, required=True, metavar="GRAPH... ACTOR")
@click.option("--hops", default=1, show_default=True)
@_filters
def neighbours(args: Sequence[str], hops: int, **filters: Any) -> None:
    """List an actor's neighbours within a number of hops, with their relations.

    \b
    Example:
      kgraph neighbours out/graph.ttl Maduro --hops 2
    """
    from kgraph import api
    from kgraph.analytics.communities import format_relations

    if len(args) < 2:
        raise KGraphError("give GRAPH... ACTOR")
    *graphs, actor = args
    click.echo(format_relations(api.neighbours(graphs, actor, hops=hops, **filters)))


@main.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("--seed", default=0, show_default=True)
@_filters
def communities(graphs: Sequence[str], seed: int, **filters: Any) -> None:
    """Group actors into communities by modularity.

    \b
    Example:
      kgraph communities out/graph.ttl --family hostile
    """
    from kgraph import api

    for i, members in enumerate(api.communities(graphs, seed=seed, **filters), start=1):
        click.echo(f"{i}. " + ", ".join(members))


@main.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help=".graphml, .gexf, .csv (Neo4j nodes+edges), .ttl .nt .jsonld .trig .nq",
)
@_filters
def export(graphs: Sequence[str], output: str, **filters: Any) -> None:
    """Export the graph for Gephi, Neo4j or other RDF tools (format from the extension).

    \b
    Example:
      kgraph export out/graph.ttl -o actors.gexf
      kgraph export out/graph.ttl -o neo4j.csv     # neo4j_nodes.csv + neo4j_edges.csv
    """
    from kgraph import api

    for written in api.export(graphs, output, **filters):
        click.echo(f"wrote {written}")


# --- pictures and reports ---------------------------------------------------------------


@main.command()
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
    default="pagerank",
    show_default=True,
    type=click.Choice(["pagerank", "degree", "betweenness"]),
)
@click.option("--title")
@click.option("--top", type=int, help="Keep the N most central actors.")
@click.option("--ego", metavar="ACTOR", help="Draw only this actor's neighbourhood.")
@click.option("--hops", default=1, show_default=True, help="Radius of --ego.")
@click.option("--family", "families", multiple=True, type=click.Choice(FAMILIES))
@click.option("--from", "date_from", metavar="YYYY-MM-DD")
@click.option("--to", "date_to", metavar="YYYY-MM-DD")
@click.option("--show-negated", is_flag=True, help="Draw negated claims (dotted).")
def draw(graphs: Sequence[str], output: str, **options: Any) -> None:
    """Draw the actor graph as a picture or an interactive HTML page.

    \b
    Example:
      kgraph draw out/graph.ttl -o graph.png --title "Venezuela, Nov 2025"
      kgraph draw out/graph.ttl -o maduro.svg --ego Maduro --hops 2
      kgraph draw out/graph.ttl -o graph.html
    """
    from kgraph import api

    click.echo(f"wrote {api.draw(graphs, output, **options)}")


@main.command()
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="report.html or report.md",
)
@click.option("--title")
def report(graphs: Sequence[str], output: str, title: str | None) -> None:
    """Write a self-contained analyst report (HTML or Markdown).

    \b
    Example:
      kgraph report out/graph.ttl -o report.html --title "Venezuela brief"
    """
    from kgraph import api

    click.echo(f"wrote {api.report(graphs, output, title=title)}")


# --- checks ----------------------------------------------------------------------------------


@main.command()
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


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--model", help="spaCy pipeline to use (default: the best installed).")
def evaluate(gold: str, model: str | None) -> None:
    """Score the extraction against a gold JSONL file (precision, recall, F1).

    \b
    Example:
      kgraph evaluate tests/data/gold.jsonl
    """
    from kgraph.evaluate.gold import evaluate as run
    from kgraph.evaluate.gold import format_report, load_gold
    from kgraph.nlp.models import load_model

    click.echo(format_report(run(load_gold(gold), nlp=load_model(model))))


@main.command()
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


if __name__ == "__main__":  # pragma: no cover
    main()
