"""Read RDF files (any format kgraph writes) back into one dataset.

The format comes from the file extension (``.ttl .nt .jsonld .json .trig .nq
.jsonl``); files with another extension are sniffed. TriG and N-Quads keep
their named graphs; triple formats go to the default graph. The returned
dataset queries the union of all graphs by default.

Only regular files are read (a FIFO would block, a device never end). A
literal that is not valid for its datatype (an ``xsd:date`` of
"not-a-date") is kept as written; instead of rdflib's traceback per literal,
one warning line per file names the first such triple and the count, and
``kgraph validate`` reports each as a violation.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.errors import KGraphError
from kgraph.rdf.namespace import PREFIXES
from kgraph.rdf.serialize import EXTENSIONS

if TYPE_CHECKING:
    import rdflib

# kgraph format name → rdflib parser name
_PARSERS = {
    "turtle": "turtle",
    "nt": "nt",
    "jsonld": "json-ld",
    "trig": "trig",
    "nquads": "nquads",
}
_SNIFF_BYTES = 4096
log = logging.getLogger(__name__)
_NQUAD_LINE = re.compile(rb"^\s*(<[^>]*>|_:\S+)\s+<[^>]*>\s+.+\s+(<[^>]*>|_:\S+)\s*\.\s*$")


def load_graphs(paths: Sequence[str | Path]) -> rdflib.Dataset:
    """Return a dataset holding the triples and quads of every file in ``paths``.

    Raises :class:`KGraphError` with a one-line message for a missing, empty,
    binary or malformed file, or one whose format cannot be recognised.
    """
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    if not paths:
        raise KGraphError("no RDF file given")
    for raw in paths:
        load_file(ds, Path(raw))
    return ds


def load_file(ds: rdflib.Dataset, path: Path) -> str:
    """Parse one file into ``ds`` and return the format it was read as."""
    data = _read(path)
    fmt = EXTENSIONS.get(path.suffix.lower()) or sniff_format(data, path)
    if fmt == "jsonl":
        _load_jsonl(ds, data, path)
        return fmt
    if fmt == "jsonld":  # rdflib would fetch a remote @context
        from kgraph.rdf.contexts import check_jsonld

        check_jsonld(data, source=str(path))
    import rdflib
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kgraph.rdf.serialize import iter_quads

    # Parse into a fresh dataset and copy: rdflib's N-Quads parser empties the
    # default graph of the dataset it parses into.
    parsed = rdflib.Dataset()
    try:
        with quiet_literal_warnings():
            parsed.parse(data=data, format=_PARSERS[fmt], publicID=path.resolve().as_uri())
    except Exception as exc:  # rdflib parsers raise many unrelated exception types
        raise KGraphError(f"cannot read {path} as {fmt}: {_first_line(exc)}") from exc
    graphs: dict[object, rdflib.Graph] = {}
    ill_typed = []
    for s, p, o, name in iter_quads(parsed):
        if name not in graphs:
            default = name == DATASET_DEFAULT_GRAPH_ID
            graphs[name] = ds.default_graph if default else ds.graph(name)
        graphs[name].add((s, p, o))
        if isinstance(o, rdflib.Literal) and o.ill_typed:
            ill_typed.append((s, p, o))
    if ill_typed:
        log.warning(
            f"{path}: {len(ill_typed)} literal(s) not valid for their datatype, e.g. "
            f"{describe_triple(min(ill_typed))}; kept as written ('kgraph validate' lists them)"
        )
    return fmt


def describe_triple(triple: tuple[object, object, object]) -> str:
    """Return a triple in N-Triples syntax, for one-line messages."""
    return " ".join(t.n3() if hasattr(t, "n3") else str(t) for t in triple)


class _NoLiteralTraceback(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Failed to convert Literal lexical form")


@contextmanager
def quiet_literal_warnings() -> Iterator[None]:
    """Silence rdflib's traceback for each ill-typed literal while a file is parsed."""
    logger = logging.getLogger("rdflib.term")
    quiet = _NoLiteralTraceback()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


def sniff_format(data: bytes, path: Path | str = "<data>") -> str:
    """Guess the RDF format of some bytes from their first lines.

    Turtle and N-Triples are read as TriG, which accepts both.

    >>> sniff_format(b'@prefix kg: <https://w3id.org/kgraph/ontology#> .')
    'trig'
    >>> sniff_format(b'<http://a> <http://b> <http://c> <http://g> .')
    'nquads'
    >>> sniff_format(b'{"@context": {}}')
    'jsonld'
    """
    head = data[:_SNIFF_BYTES].lstrip()
    if head.startswith((b"{", b"[")):
        first = head.split(b"\n", 1)[0].strip()
        if first.startswith(b"{") and first.endswith(b"}") and b'"predicate"' in first:
            return "jsonl"
        return "jsonld"
    lines = [ln for ln in head.splitlines() if ln.strip() and not ln.lstrip().startswith(b"#")]
    if lines and all(_NQUAD_LINE.match(ln) for ln in lines[:-1] or lines):
        return "nquads"  # N-Quads readers also take N-Triples
    text = head.decode("utf-8", errors="replace")
    if re.search(r"(?im)^\s*(@prefix|@base|prefix|base)\b", text) or re.search(r"\S+\s*\{", text):
        return "trig"  # TriG is a superset of Turtle
    if lines:
        return "trig"
    raise KGraphError(
        f"cannot tell the RDF format of {path}; name it .ttl, .nt, .jsonld, .trig, .nq or .jsonl"
    )


def _read(path: Path) -> bytes:
    from kgraph.io.readers import check_regular

    if not path.exists():
        raise KGraphError(f"no such file: {path}")
    if path.is_dir():
        raise KGraphError(f"{path} is a directory, not an RDF file")
    check_regular(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KGraphError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not data.strip():
        raise KGraphError(f"{path} is empty")
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise KGraphError(f"{path} is a binary file, not RDF")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KGraphError(f"{path} is not UTF-8 text (byte {exc.start}), not RDF") from exc
    return data


def _load_jsonl(ds: rdflib.Dataset, data: bytes, path: Path) -> None:
    from kgraph.rdf.build import add_extraction, doc_slug
    from kgraph.rdf.jsonl import jsonl_to_extractions
    from kgraph.rdf.namespace import DOC

    try:
        extractions = list(jsonl_to_extractions(data.decode("utf-8"), source=str(path)))
    except RecursionError:
        raise KGraphError(f"cannot read {path}: JSON nested too deeply") from None
    for extraction in extractions:
        add_extraction(ds.graph(DOC[doc_slug(extraction.document.id)]), extraction)


def _first_line(exc: BaseException) -> str:
    why = getattr(exc, "_why", None)
    if why is not None and hasattr(exc, "lines"):  # notation3.BadSyntax (Turtle, TriG)
        return f"line {int(exc.lines) + 1}: {why}"
    if isinstance(exc, IndexError):
        return "unexpected end of input"
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]
