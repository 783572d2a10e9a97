"""Derive a build's union outputs from all of its per-document extractions.

:func:`derive_outputs` is the one place the corpus-level files are made:
``graph.ttl``, ``graph.trig``, ``relations.jsonl``, ``store/``, the
pictures and the reports. It takes every document's extraction, in build
order, so a step over the whole corpus (such as merging actors across
documents) goes right before it. Every output depends only on those
extractions and the options, never on which of them were extracted in
this run, so an incremental build writes the same bytes as a full one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.model import ActorScore, DocumentExtraction
from kgraph.outputs.faults import checkpoint

if TYPE_CHECKING:
    import rdflib

SUMMARY_TOP = 100  # top actors kept in the manifest for a build that changes nothing

GRAPH_FILES = ("graph.ttl", "graph.trig", "relations.jsonl")
STORE = "store"
PICTURES = ("graph.png", "graph.html", "report.html", "report.md")
OUTPUT_NAMES = frozenset((*GRAPH_FILES, STORE, *PICTURES, "docs", "manifest.json"))
"""Every name kgraph writes in a build folder; any other entry is the user's and is kept."""

Draw = Callable[..., Path]


@dataclass(frozen=True)
class BuildOptions:
    """What a build writes besides the graph files."""

    store: bool = True
    pictures: bool = True
    title: str | None = None
    model: str | None = None  # the pipeline asked for (None: the best installed)
    # the user's lexicon and gazetteer files and the word-vector fallback: an add or
    # remove extracts as the build did
    lexicon: tuple[str, ...] = ()
    gazetteer: tuple[str, ...] = ()
    vector_fallback: bool = False

    def names(self) -> tuple[str, ...]:
        """Return the output names these options write."""
        return (
            *GRAPH_FILES,
            *((STORE,) if self.store else ()),
            *(PICTURES if self.pictures else ()),
        )


@dataclass(frozen=True)
class Renderers:
    """The functions that draw pictures and write reports (``kgraph.api.draw``/``report``)."""

    draw: Draw
    report: Draw


@dataclass(frozen=True)
class Derived:
    """What the union outputs hold: the counts every output agrees on, and the ranking."""

    documents: int
    actors: int
    relations: int
    asserted: int
    conforms: bool
    violations: int
    top_actors: tuple[ActorScore, ...]
    files: tuple[str, ...]  # names inside the build folder


def derive_outputs(
    extractions: Sequence[DocumentExtraction],
    folder: Path,
    options: BuildOptions,
    *,
    render: Renderers,
) -> Derived:
    """Write every union output of ``extractions`` into ``folder``; return what they hold."""
    from kgraph.analytics.defaults import top_actors
    from kgraph.analytics.projection import project
    from kgraph.io.writers import write_atomic
    from kgraph.rdf.build import build_dataset
    from kgraph.rdf.jsonl import relations_to_jsonl
    from kgraph.rdf.serialize import serialize, union_graph, union_turtle
    from kgraph.rdf.validate import validate_union

    dataset = build_dataset(extractions)
    # The union of the document graphs is made once: Turtle is written from it, and
    # the SHACL validation reads it (the same bytes and result as serialize/validate).
    union = union_graph(dataset)
    write_atomic(folder / "graph.ttl", union_turtle(union))
    write_atomic(folder / "graph.trig", serialize(dataset, "trig"))
    write_atomic(folder / "relations.jsonl", relations_to_jsonl(extractions))
    checkpoint("derived")
    if options.store:
        from kgraph.query.store import build_store

        build_store(dataset, folder / STORE)
        checkpoint("store")
    # The one counting and ranking rule of every output (kgraph.analytics.defaults).
    scores = top_actors(project(dataset), top=SUMMARY_TOP)
    if options.pictures:
        _pictures(dataset, folder, options.title, render)
        checkpoint("pictures")
    result = validate_union(union)
    relations = {r.id: r for e in extractions for r in e.relations}
    return Derived(
        documents=len(extractions),
        actors=len({a.id for e in extractions for a in e.actors}),
        relations=len(relations),
        asserted=sum(r.asserted for r in relations.values()),
        conforms=bool(result.conforms),
        violations=int(result.violations),
        top_actors=tuple(scores),
        files=options.names(),
    )


def _pictures(dataset: rdflib.Dataset, folder: Path, title: str | None, render: Renderers) -> None:
    # draw's default keeps the most connected actors of a larger graph and says so.
    render.draw(dataset, folder / "graph.png", title=title)
    render.draw(dataset, folder / "graph.html", title=title)
    render.report(dataset, folder / "report.html", title=title)
    render.report(dataset, folder / "report.md", title=title)


def derived_to_plain(derived: Derived) -> dict[str, Any]:
    """Return the summary of a build as plain JSON data (kept in the manifest)."""
    from kgraph.outputs.records import to_plain

    return dict(to_plain(derived))


def derived_from_plain(data: Any) -> Derived:
    """Rebuild the summary :func:`derived_to_plain` wrote."""
    from kgraph.outputs.records import from_plain

    value = from_plain(Derived, data)
    assert isinstance(value, Derived)
    return value
