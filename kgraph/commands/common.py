"""Options and helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from kgraph.errors import KGraphError
from kgraph.model import ActorType
from kgraph.vocabulary import FAMILIES

ACTOR_TYPES = [t.value for t in ActorType]
LIST_FORMATS = ("table", "csv", "tsv", "json", "jsonl")
GRAPH_FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads", "jsonl")
_SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "trig": ".trig"}
_SUFFIXES |= {"nquads": ".nq", "jsonl": ".jsonl"}
STDIN_LIMIT = 2_000_000_000  # bytes of RDF read from standard input at most


def filters(fn: Callable[..., Any]) -> Callable[..., Any]:
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


def list_format(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--format table|csv|tsv|json|jsonl`` (as ``fmt``) to a listing command."""
    return click.option(
        "--format",
        "fmt",
        default="table",
        show_default=True,
        type=click.Choice(LIST_FORMATS),
        help="Output: an aligned table, or CSV, TSV, JSON, JSON Lines for programs.",
    )(fn)


def input_format(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--input-format``, the format of a graph read from standard input ('-')."""
    return click.option(
        "--input-format",
        type=click.Choice(GRAPH_FORMATS),
        help="Format of a graph read from standard input as '-' (default: sniffed).",
    )(fn)


def terminal_width() -> int | None:
    """Return the terminal's width when standard output is one, else None (no limit)."""
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns


@contextlib.contextmanager
def graph_sources(graphs: Sequence[str], fmt: str | None = None) -> Iterator[list[str]]:
    """Yield the graph arguments with '-' replaced by a file holding standard input.

    The format is ``fmt`` or sniffed from the first bytes; the file is removed
    afterwards. '-' may be given once.
    """
    if "-" not in graphs:
        yield list(graphs)
        return
    if list(graphs).count("-") > 1:
        raise KGraphError("standard input ('-') can be given only once")
    from kgraph.rdf.load import sniff_format

    if sys.stdin.isatty():  # nothing piped in: reading would wait for typing
        raise KGraphError(
            "'-' reads a graph from standard input: pipe one in, e.g. kgraph extract …"
        )
    data = sys.stdin.buffer.read(STDIN_LIMIT + 1)
    if len(data) > STDIN_LIMIT:
        raise KGraphError(f"<stdin>: larger than the {STDIN_LIMIT / 1e9:.0f} GB limit")
    if not data.strip():
        raise KGraphError("<stdin> is empty: pipe a graph in, e.g. kgraph extract … | kgraph …")
    suffix = _SUFFIXES[fmt or sniff_format(data, "<stdin>")]
    with tempfile.TemporaryDirectory(prefix="kgraph-stdin-") as folder:
        path = Path(folder) / f"stdin{suffix}"
        path.write_bytes(data)
        yield [str(path) if g == "-" else g for g in graphs]


def query_text(data: bytes, name: str) -> str:
    """Return the text of a query file, or raise KGraphError if it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KGraphError(
            f"{name}: not UTF-8 text (byte {exc.start}); save the query as UTF-8"
        ) from None


def _count_documents(inputs: Sequence[str]) -> int | None:
    """Return how many documents the inputs hold (a line of JSONL is one), None if unknown."""
    from kgraph.io.readers import JSONL_SUFFIXES, TEXT_SUFFIXES

    total = 0
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = [
                f
                for f in sorted(path.rglob("*"))
                if f.is_file()
                and f.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            ]
        elif item != "-" and path.is_file():
            files = [path]
        else:  # standard input, a FIFO: not read ahead
            return None
        for f in files:
            if f.suffix.lower() in JSONL_SUFFIXES:
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    return total


@contextlib.contextmanager
def progress(quiet: bool, inputs: Sequence[str] = ()) -> Iterator[Callable[[int, Any], None]]:
    """Yield a progress callback: a bar with count, total and time left on a terminal.

    The bar and the "loading …" line of the spaCy model go to standard error,
    only when it is a terminal (the loading line always, unless ``quiet``).
    """
    from tqdm import tqdm

    show = not quiet and sys.stderr.isatty()
    sized = show and _stderr_columns() > 0  # a terminal that reports no size gets 80 columns
    bar = tqdm(
        total=_count_documents(inputs) if show else None,
        unit="doc",
        desc="extracting",
        file=sys.stderr,
        disable=not show,
        dynamic_ncols=sized,
        ncols=None if sized else 80,
        nrows=None if sized else 24,
    )
    handler = _StderrHandler()
    logger = logging.getLogger("kgraph")
    if not quiet:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)

    def report(i: int, document: Any) -> None:
        bar.update(i - bar.n)

    try:
        yield report
    finally:
        bar.close()
        logger.removeHandler(handler)


def _stderr_columns() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError):
        return 0


class _StderrHandler(logging.Handler):
    """Print a log record as one line on standard error, above any progress bar."""

    def emit(self, record: logging.LogRecord) -> None:
        from tqdm import tqdm

        tqdm.write(self.format(record), file=sys.stderr)


def echo_bytes(data: bytes | str) -> None:
    from kgraph.io.writers import write_stdout

    if isinstance(data, str):
        data = data.encode("utf-8")
    write_stdout(data + (b"\n" if data and not data.endswith(b"\n") else b""))


class HiddenAlias(click.Option):
    """An option whose names after the first still work but are left out of --help."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        if record is None:
            return None
        _names, text = record
        return self.opts[0], text


def _stack(*options: Callable[[Any], Any]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return a decorator that adds ``options`` in the order given (as written above a def)."""

    def add(fn: Callable[..., Any]) -> Callable[..., Any]:
        return functools.reduce(lambda f, opt: opt(f), reversed(options), fn)

    return add


input_options = _stack(
    click.option("--date", metavar="YYYY-MM-DD", help="Publication date of plain-text inputs."),
    click.option(
        "--date-field",
        metavar="NAME",
        help="JSONL field with the date (default: date, published …).",
    ),
    click.option(
        "--skip-bad", is_flag=True, help="Leave bad input files out, each named on stderr."
    ),
)
jobs_option = click.option(
    "-j",
    "--jobs",
    type=int,
    default=None,
    help=(
        "Worker processes for the extraction and the graph parts "
        "(default: the cores the free memory allows)."
    ),
)
dask_option = click.option(
    "--dask",
    metavar="SCHEDULER",
    help="Extract on Dask workers: a scheduler address, or 'local' for a local cluster.",
)
user_files = _stack(
    click.option(
        "--lexicon",
        multiple=True,
        type=click.Path(dir_okay=False),
        help="Trigger file (TSV) read on top of the shipped lexicon; repeatable.",
    ),
    click.option(
        "--gazetteer",
        multiple=True,
        type=click.Path(dir_okay=False),
        help="Actor file (JSON Lines) read on top of the shipped gazetteer; repeatable.",
    ),
)
knowledge_options = _stack(
    user_files,
    click.option(
        "--vector-fallback",
        is_flag=True,
        help="Read verbs outside the lexicon by word vectors (marked basis=vector).",
    ),
)
