"""Serialise a kgraph dataset to Turtle, N-Triples, JSON-LD, TriG or N-Quads, deterministically.

Turtle, N-Triples and JSON-LD hold the union of the document graphs; TriG and
N-Quads keep one named graph per document. The same dataset always gives the
same bytes, whatever order its triples were added in: triples are copied into
a fresh store in sorted order before rdflib writes them, and line-based
formats are sorted line by line.

>>> format_from_path("out/graph.ttl"), format_from_path("g.nq"), format_from_path("g.json")
('turtle', 'nquads', 'jsonld')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from kgraph.errors import KGraphError
from kgraph.rdf.namespace import PREFIXES

if TYPE_CHECKING:
    import rdflib

FORMATS: dict[str, str] = {
    "turtle": ".ttl",
    "nt": ".nt",
    "jsonld": ".jsonld",
    "trig": ".trig",
    "nquads": ".nq",
    "jsonl": ".jsonl",
}
"""Output format name → file extension."""

EXTENSIONS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "jsonld",
    ".json": "jsonld",
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".jsonl": "jsonl",
}
"""File extension → format name (what :func:`format_from_path` recognises)."""

ALIASES = {
    "ttl": "turtle",
    "ntriples": "nt",
    "n-triples": "nt",
    "json-ld": "jsonld",
    "nq": "nquads",
    "n-quads": "nquads",
}

RDF_FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads")

# a local name Turtle takes without escapes: no "~", no "." at either end
_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")


def normalize_format(fmt: str) -> str:
    """Return the canonical name of a format given by name or alias, or raise KGraphError.

    >>> normalize_format("TTL")
    'turtle'
    """
    name = ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        raise KGraphError(f"unknown format {fmt!r} (use one of: {', '.join(FORMATS)})")
    return name


def format_from_path(path: str, default: str = "turtle") -> str:
    """Return the format implied by a file name's extension.

    A name without an extension (or ``-`` for standard output) gets ``default``;
    an extension kgraph does not write raises :class:`KGraphError`.
    """
    suffix = PurePath(path).suffix.lower()
    if not suffix or path == "-":
        return normalize_format(default)
    fmt = EXTENSIONS.get(suffix)
    if fmt is None:
        known = ", ".join(sorted(EXTENSIONS))
        raise KGraphError(f"unknown file extension {suffix!r} for {path} (use one of: {known})")
    return fmt


def serialize(ds: rdflib.Dataset, fmt: str) -> bytes:
    """Return the dataset serialised in ``fmt`` (see :data:`FORMATS`) as UTF-8 bytes."""
    fmt = normalize_format(fmt)
    if fmt == "jsonl":
        from kgraph.rdf.jsonl import dataset_to_jsonl

        return dataset_to_jsonl(ds).encode("utf-8")
    # Line formats need no canonical copy: sorting the lines is enough (and much faster).
    if fmt in ("nt", "nquads"):
        return _line_format(ds, with_graph=fmt == "nquads")
    if fmt == "trig":
        return _trig(ds)
    if fmt == "turtle" and _is_dataset(ds):
        return _sectioned_turtle(ds)
    graph = union_graph(ds)
    if fmt == "turtle":
        return union_turtle(graph)
    return _jsonld(graph)


def union_turtle(union: rdflib.Graph) -> bytes:
    """Return the Turtle of a graph made by :func:`union_graph` (what ``serialize`` writes)."""
    return union.serialize(format="turtle", encoding="utf-8")


def jsonld_context() -> dict[str, str]:
    """Return the JSON-LD ``@context`` kgraph writes: its prefixes."""
    return dict(PREFIXES)


def union_graph(source: rdflib.Graph) -> rdflib.Graph:
    """Return a new graph with every triple of ``source`` (all named graphs), sorted."""
    if _is_dataset(source):
        return _graph_from({q[:3] for q in iter_quads(source)})
    return _graph_from(set(source.triples((None, None, None))))


def _line_format(ds: Any, *, with_graph: bool) -> bytes:
    """Return N-Triples (union) or N-Quads lines, sorted and without duplicates."""
    from rdflib import Literal
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    from rdflib.plugins.serializers.nt import _quoteLiteral

    lines = set()
    for s, p, o, g in iter_quads(ds):
        obj = _quoteLiteral(o) if isinstance(o, Literal) else o.n3()
        if with_graph and g is not None and g != DATASET_DEFAULT_GRAPH_ID:
            lines.add(f"{s.n3()} {p.n3()} {obj} {g.n3()} .\n")
        else:
            lines.add(f"{s.n3()} {p.n3()} {obj} .\n")
    return "".join(sorted(lines)).encode("utf-8")


def iter_quads(ds: Any) -> Iterable[tuple[Any, Any, Any, Any]]:
    """Yield ``(s, p, o, graph name)`` for every triple of every graph, the default one too.

    A plain graph yields ``None`` as the graph name.
    """
    if not _is_dataset(ds):
        for s, p, o in ds.triples((None, None, None)):
            yield s, p, o, None
        return
    for s, p, o, g in ds.quads((None, None, None, None)):
        yield s, p, o, getattr(g, "identifier", g)


def canonical_dataset(ds: rdflib.Graph) -> rdflib.Dataset:
    """Return a copy of a dataset with graphs and triples added in sorted order."""
    import rdflib
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    out = rdflib.Dataset()
    _bind(out)
    if not _is_dataset(ds):
        for triple in sorted(set(ds), key=_triple_key):
            out.add(triple)
        return out
    by_graph: dict[Any, set[Any]] = {}
    for s, p, o, name in iter_quads(ds):
        by_graph.setdefault(name, set()).add((s, p, o))
    for name in sorted(by_graph, key=_term_key):
        graph = out.graph(name) if name != DATASET_DEFAULT_GRAPH_ID else out.default_graph
        for triple in sorted(by_graph[name], key=_triple_key):
            graph.add(triple)
    return out


def _trig(ds: Any) -> bytes:
    """Return TriG with one block per graph, the blocks sorted by graph name."""
    return trig_document(_graph_blocks(ds))


def _sectioned_turtle(ds: Any) -> bytes:
    """Return the Turtle of a dataset: one section a named graph, in graph-name order."""
    return turtle_document(_graph_blocks(ds))


def graph_block(triples: Iterable[Any]) -> tuple[tuple[str, ...], str]:
    """Return the Turtle prefix lines and body of one graph's triples, the same bytes every time."""
    return sorted_block(_graph_from(triples))


def sorted_block(graph: rdflib.Graph) -> tuple[tuple[str, ...], str]:
    """Return :func:`graph_block` of a graph :func:`union_graph` already made (no second copy)."""
    lines = graph.serialize(format="turtle").splitlines()
    prefixes = tuple(line for line in lines if line.startswith("@prefix "))
    body = "\n".join(line for line in lines if not line.startswith("@prefix ")).strip("\n")
    return prefixes, body


Block = tuple[str | None, tuple[str, ...], str]
"""A graph's name (None for the default graph), its prefix lines and its Turtle body."""


def turtle_document(blocks: Iterable[Block]) -> bytes:
    """Join graph blocks into one Turtle document: a comment names each graph's section.

    The union of the graphs, written graph by graph: an actor named in several
    documents is described in each of their sections.
    """
    blocks = list(blocks)
    return _joined(
        blocks, [body if name is None else f"# {name}\n{body}" for name, _, body in blocks]
    )


def trig_document(blocks: Iterable[Block]) -> bytes:
    """Join graph blocks into one TriG document, a ``<name> { … }`` block a named graph."""
    blocks = list(blocks)
    named = [(*_name(name), body) for name, _, body in blocks if name is not None]
    texts = [body for name, _, body in blocks if name is None]
    texts += [f"{short} {{\n{body}\n}}" for short, _, body in named]
    # a graph name written prefixed needs its prefix declared
    extra = tuple(line for _, line, _ in named if line)
    return _joined([*blocks, (None, extra, "")], texts)


def _name(iri: str) -> tuple[str, str]:
    """Return a graph name as written (prefixed in a kgraph namespace) and its prefix line."""
    for prefix, ns in PREFIXES.items():
        local = iri[len(str(ns)) :]
        if iri.startswith(str(ns)) and _LOCAL.match(local):
            return f"{prefix}:{local}", f"@prefix {prefix}: <{ns}> ."
    return f"<{iri}>", ""


def _joined(blocks: list[Block], texts: list[str]) -> bytes:
    header = "\n".join(sorted({line for _, prefixes, _ in blocks for line in prefixes}))
    return (header + "\n\n" + "\n\n".join(t for t in texts if t) + "\n").encode("utf-8")


def _graph_blocks(ds: Any) -> list[Block]:
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    by_graph: dict[Any, set[Any]] = {}
    for s, p, o, name in iter_quads(ds):
        by_graph.setdefault(DATASET_DEFAULT_GRAPH_ID if name is None else name, set()).add(
            (s, p, o)
        )
    default = by_graph.pop(DATASET_DEFAULT_GRAPH_ID, None)
    blocks: list[Block] = [(None, *graph_block(default))] if default else []
    for name in sorted(by_graph, key=_term_key):
        blocks.append((str(name), *graph_block(by_graph[name])))
    return blocks


def _graph_from(triples: Iterable[Any]) -> rdflib.Graph:
    import rdflib

    graph = rdflib.Graph(bind_namespaces="none")
    _bind(graph)
    for triple in sorted(triples, key=_triple_key):
        graph.add(triple)
    return graph


def _bind(graph: rdflib.Graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def _is_dataset(graph: Any) -> bool:
    import rdflib

    return isinstance(graph, rdflib.ConjunctiveGraph)


def _term_key(term: Any) -> tuple[str, str, str, str]:
    return (
        type(term).__name__,
        str(term),
        str(getattr(term, "datatype", None) or ""),
        str(getattr(term, "language", None) or ""),
    )


def _triple_key(triple: Any) -> tuple[tuple[str, str, str, str], ...]:
    return tuple(_term_key(t) for t in triple)


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return b"".join(line + b"\n" for line in lines)


def _jsonld(graph: rdflib.Graph) -> bytes:
    text = graph.serialize(
        format="json-ld", context=jsonld_context(), auto_compact=True, sort_keys=True, indent=2
    )
    # rdflib keeps subject order from the store; sort @graph by @id to be independent of it.
    doc = json.loads(text)
    if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
        doc["@graph"] = sorted(doc["@graph"], key=lambda node: str(node.get("@id", "")))
    return (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
