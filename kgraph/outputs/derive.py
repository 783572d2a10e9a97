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
    from kgraph.outputs.parts import Part

SUMMARY_TOP = 100  # top actors kept in the manifest for a build that changes nothing

GRAPH_FILES = ("graph.ttl", "graph.trig", "relations.jsonl")
STORE = "store"
PICTURES = ("graph.png", "graph.html", "report.html", "report.md")
OUTPUT_NAMES = frozenset((*GRAPH_FILES, STORE, *PICTURES, "docs", "parts", "manifest.json"))
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
    """The functions that draw pictures and write reports from an actor graph.

    Each takes the projected actor graph, the document cards, the output path
    and a title (``kgraph.api`` gives its ``draw`` and ``report`` this way).
    """

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
    keys: Sequence[str],
    previous: Path | None = None,
) -> Derived:
    """Write every union output of ``extractions`` into ``folder``; return what they hold.

    ``keys`` are the part keys of the extractions (:func:`kgraph.outputs.parts.part_keys`);
    the parts ``previous`` (the folder as it was) holds under the same key are
    reused, the others made; the store of ``previous`` is copied and only the
    graphs that changed are written again.
    """
    from kgraph.analytics.defaults import top_actors
    from kgraph.analytics.digest import merge_digests, project_digest
    from kgraph.io.writers import write_atomic
    from kgraph.outputs.parts import documents_of
    from kgraph.rdf.serialize import trig_document, turtle_document

    parts, made = _parts(extractions, keys, folder, previous)
    # graph-name order, as a dataset's TriG and Turtle are written (kgraph.rdf.serialize)
    blocks = [(p.graph, p.prefixes, p.turtle) for p in sorted(parts, key=lambda p: p.graph)]
    write_atomic(folder / "graph.ttl", turtle_document(blocks))
    write_atomic(folder / "graph.trig", trig_document(blocks))
    write_atomic(folder / "relations.jsonl", "".join(p.jsonl for p in parts).encode("utf-8"))
    checkpoint("derived")
    if options.store:
        _store(folder, previous, parts, made)
        checkpoint("store")
    digest = merge_digests(p.digest for p in parts)
    # The one counting and ranking rule of every output (kgraph.analytics.defaults).
    scores = top_actors(project_digest(digest), top=SUMMARY_TOP)
    if options.pictures:
        documents = documents_of(parts)
        every = project_digest(digest, include_negated=True, include_hypothetical=True)
        # draw's default keeps the most connected actors of a larger graph and says so;
        # the interactive page and the reports have their own switch for negated claims.
        firm = project_digest(digest, include_hypothetical=True)
        render.draw(firm, documents, folder / "graph.png", options.title)
        render.draw(every, documents, folder / "graph.html", options.title)
        render.report(every, documents, folder / "report.html", options.title)
        render.report(every, documents, folder / "report.md", options.title)
        checkpoint("pictures")
    violations = _violations(extractions, parts)
    relations = {r.id: r for e in extractions for r in e.relations}
    return Derived(
        documents=len(extractions),
        actors=len({a.id for e in extractions for a in e.actors}),
        relations=len(relations),
        asserted=sum(r.asserted for r in relations.values()),
        conforms=not violations,
        violations=len(violations),
        top_actors=tuple(scores),
        files=options.names(),
    )


def _parts(
    extractions: Sequence[DocumentExtraction],
    keys: Sequence[str],
    folder: Path,
    previous: Path | None,
) -> tuple[list[Part], set[str]]:
    """Return the part of every extraction, and the graphs of those made in this run."""
    from kgraph.outputs.parts import make_part, part_file, read_part, write_part
    from kgraph.outputs.staging import link_tree

    parts, made = [], set()
    for extraction, key in zip(extractions, keys, strict=True):
        name = part_file(extraction, key)
        part = None
        if previous is not None and (previous / name).is_file():
            part = read_part(previous / name, key)
            if part is not None:
                link_tree(previous / name, folder / name)
        if part is None:
            part = make_part(extraction, key)
            write_part(folder / name, part)
            made.add(part.graph)
        parts.append(part)
    return parts, made


def _store(folder: Path, previous: Path | None, parts: Sequence[Part], made: set[str]) -> None:
    """Write the store: the previous one with the changed graphs replaced, or a new one."""
    from kgraph.outputs.parts import PARTS
    from kgraph.query.store import update_store

    base = previous / STORE if previous is not None else None
    old = _part_graphs(previous / PARTS) if previous is not None else None
    if base is None or old is None or not (base / "CURRENT").is_file():
        update_store(folder / STORE, ((p.graph, p.turtle_document()) for p in parts))
        return
    now = {p.graph for p in parts}
    changed = [p for p in parts if p.graph in made or p.graph not in old]
    update_store(
        folder / STORE,
        ((p.graph, p.turtle_document()) for p in changed),
        base=base,
        drop=sorted(old - now),
    )


def _part_graphs(folder: Path) -> set[str] | None:
    """Return the graph IRIs of the parts in a previous build folder, None if it kept none.

    A part's name is ``<slug>.<key>.json`` (:func:`kgraph.outputs.parts.part_file`), and
    its graph is ``doc:<slug>``: the names say it without reading the files.
    """
    from kgraph.rdf.namespace import DOC

    if not folder.is_dir():
        return None
    return {str(DOC[path.name.rsplit(".", 2)[0]]) for path in folder.glob("*.json")}


def _violations(extractions: Sequence[DocumentExtraction], parts: Sequence[Part]) -> set[str]:
    """Return the SHACL violations of the union of the document graphs.

    Each document's graph was checked on its own. An actor is described in
    every document that names it, in the same words once linking has run;
    where two documents describe one actor id differently (two types), the
    actor's descriptions are checked together, as the union would be.
    """
    from kgraph.rdf.build import add_actor
    from kgraph.rdf.namespace import ACTOR
    from kgraph.rdf.validate import violation_keys

    seen: dict[str, set[tuple[object, ...]]] = {}
    for e in extractions:
        for a in e.actors:
            seen.setdefault(a.id, set()).add(_description(a))
    split = {i for i, found in seen.items() if len(found) > 1}
    keys = {k for p in parts for k in p.violations}
    if not split:
        return keys
    import rdflib

    graph = rdflib.Graph()
    for e in extractions:
        for a in e.actors:
            if a.id in split:
                add_actor(graph, a)
    focus = tuple(f"{ACTOR[i].n3()}\t" for i in split)
    return {k for k in keys if not k.startswith(focus)} | set(violation_keys(graph))


def _description(actor: Any) -> tuple[object, ...]:
    # what the shapes allow once per actor: one actor type, one QID (every other
    # constraint holds value by value, so the documents' own checks add up)
    return (actor.type, actor.qid)


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
