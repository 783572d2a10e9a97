"""Derive a build's union outputs from all of its per-document extractions.

:func:`derive_outputs` is the one place the corpus-level files are made:
``graph.ttl``, ``graph.trig``, ``relations.jsonl``, ``store/``, the
pictures and the reports. It takes every document of the build, in build
order, with its linked extraction to load when needed, so a step over the
whole corpus (such as merging actors across documents) goes right before
it. Every output depends only on those extractions and the options, never
on which of them were extracted in this run, so an incremental build
writes the same bytes as a full one. What it holds of every document at
once is its part without the Turtle and JSONL texts (:mod:`kgraph.outputs.parts`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.analytics.digest import GraphDigest
from kgraph.model import ActorScore, DocumentExtraction
from kgraph.outputs.faults import checkpoint

if TYPE_CHECKING:
    from kgraph.outputs.parts import Part

SUMMARY_TOP = 100  # top actors kept in the manifest for a build that changes nothing

# The edge attributes the ranking reads (kgraph.analytics.defaults.counts, the
# weights) and those graph.png draws; the other outputs read every one.
RANKED = ("modality", "negated", "weight")
DRAWN = ("predicate", "family", "modality", "negated", "date", "weight")

GRAPH_FILES = ("graph.ttl", "graph.trig", "relations.jsonl")
STORE = "store"
PICTURES = ("graph.png", "graph.html", "report.html", "report.md")
OUTPUT_NAMES = frozenset((*GRAPH_FILES, STORE, *PICTURES, "docs", "parts", "manifest.json"))
"""Every name kgraph writes in a build folder; any other entry is the user's and is kept."""

Draw = Callable[..., Path]
Report = Callable[..., Sequence[Path]]


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
    (``report``: the paths of every report on that graph, so that they share
    their content and picture) and a title (``kgraph.api`` gives its ``draw``
    and ``report`` this way).
    """

    draw: Draw
    report: Report


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


@dataclass(frozen=True)
class Source:
    """One document of a build, as :func:`derive_outputs` takes it.

    ``load`` returns its linked extraction; it is called only when the part
    of ``key`` has to be made (or, rarely, its actors checked against the
    union, see :func:`_violations`), so an unchanged document is not decoded.
    """

    id: str
    key: str  # its part key (:func:`kgraph.outputs.parts.part_keys`)
    load: Callable[[], DocumentExtraction]


def derive_outputs(
    sources: Sequence[Source],
    folder: Path,
    options: BuildOptions,
    *,
    render: Renderers,
    previous: Path | None = None,
    jobs: int = 1,
) -> Derived:
    """Write every union output of the documents ``sources`` into ``folder``; return what they hold.

    The parts ``previous`` (the folder as it was) holds under the same key are
    reused, the others made; the store of ``previous`` is copied and only the
    graphs that changed are written again. The graph files are written from
    the part files one at a time (:mod:`kgraph.outputs.union`). ``jobs``
    processes make the parts (the outputs do not depend on it).
    """
    from kgraph.analytics.defaults import MEASURES, top_actors
    from kgraph.analytics.digest import merge_digests, project_digest
    from kgraph.outputs.parts import documents_of
    from kgraph.outputs.union import write_graph_files
    from kgraph.viz.scores import with_scores

    placed: list[tuple[Part, str]] = []
    made: set[str] = set()
    tally: Counter[str] = Counter()
    # each part's digest is merged as the part is read, not kept
    digest = merge_digests(_parts(sources, folder, previous, placed, made, tally, jobs))
    parts = [p for p, _ in placed]
    write_graph_files(folder, placed)
    checkpoint("derived")
    if options.store:
        _store(folder, previous, placed, made)
        release_memory()
        checkpoint("store")
    # The one counting and ranking rule of every output (kgraph.analytics.defaults).
    scores = top_actors(project_digest(digest, edge_fields=RANKED), top=SUMMARY_TOP)
    if options.pictures:
        documents = documents_of(parts)
        # Each graph is projected and ranked once: its pictures, its cuts and its
        # reports read the same scores (kgraph.viz.scores.with_scores); one projection
        # of the corpus is held at a time.
        # draw's default keeps the most connected actors of a larger graph and says so;
        # the interactive page and the reports have their own switch for negated claims.
        # graph.png shows no evidence: its graph is drawn without the sentences
        firm = with_scores(
            project_digest(digest, include_hypothetical=True, edge_fields=DRAWN), MEASURES
        )
        render.draw(firm, documents, folder / "graph.png", options.title)
        del firm
        release_memory()
        every = with_scores(
            project_digest(digest, include_negated=True, include_hypothetical=True), MEASURES
        )
        del digest
        render.draw(every, documents, folder / "graph.html", options.title)
        release_memory()
        render.report(
            every, documents, (folder / "report.html", folder / "report.md"), options.title
        )
        checkpoint("pictures")
    violations = _violations(parts, [s.load for s in sources])
    return Derived(
        documents=len(sources),
        actors=len({a for p in parts for a, _, _ in p.actors}),
        relations=tally["relations"],
        asserted=tally["asserted"],
        conforms=not violations,
        violations=len(violations),
        top_actors=tuple(scores),
        files=options.names(),
    )


def release_memory() -> None:
    """Give the memory a step has freed back to the system, so the next step starts lower.

    The cycles a step left (a drawn figure's) are collected, and glibc's
    ``malloc_trim`` returns the pages the native code freed (the store's
    load keeps tens of megabytes otherwise). Elsewhere than glibc only the
    collection runs. No output depends on it.
    """
    import ctypes
    import gc

    gc.collect()
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def _parts(
    sources: Sequence[Source],
    folder: Path,
    previous: Path | None,
    placed: list[tuple[Part, str]],
    made: set[str],
    tally: Counter[str],
    jobs: int = 1,
) -> Iterator[GraphDigest]:
    """Put every document's part in ``folder``; yield each digest as it comes.

    ``placed`` gets each part (without its texts, its digest and its
    relations) and its file name, ``made`` the graphs of the parts made in
    this run (by ``jobs`` processes, :func:`kgraph.outputs.making.placed_parts`),
    ``tally`` the count of relations and of asserted ones (a relation's id
    names its document, so no two parts share one).
    """
    from kgraph.outputs.making import Slot, placed_parts
    from kgraph.outputs.parts import part_file, read_part
    from kgraph.outputs.staging import link_tree

    names = [part_file(s.id, s.key) for s in sources]
    # A part's file name holds its key: one absent from the previous folder is to be made.
    present = [previous is not None and (previous / n).is_file() for n in names]

    def slots() -> Iterator[Slot]:
        # One part read at a time: a reused part's digest is merged, then dropped.
        for source, name, there in zip(sources, names, present, strict=True):
            part = None
            if previous is not None and there:
                part = read_part(previous / name, source.key)
                if part is not None:
                    link_tree(previous / name, folder / name)
            yield name, part, source.load, source.key, folder / name

    held: dict[tuple[str, str, str | None], tuple[str, str, str | None]] = {}
    prefixes: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name, part, fresh in placed_parts(slots(), jobs=jobs, to_make=present.count(False)):
        if fresh:
            made.add(part.graph)
        relations = dict(part.relations)
        tally.update(relations=len(relations), asserted=sum(relations.values()))
        # one copy of an actor's (id, type, QID) however many parts name it
        actors = tuple(held.setdefault(a, a) for a in part.actors)
        digest = part.digest
        # and one copy of the prefix lines the parts share
        light = dataclasses.replace(
            part,
            digest=_EMPTY,
            relations=(),
            actors=actors,
            prefixes=prefixes.setdefault(part.prefixes, part.prefixes),
        )
        placed.append((light, name))
        yield digest


_EMPTY = GraphDigest()


def _store(
    folder: Path,
    previous: Path | None,
    placed: Sequence[tuple[Part, str]],
    made: set[str],
) -> None:
    """Write the store: the previous one with the changed graphs replaced, or a new one."""
    from kgraph.outputs.parts import PARTS
    from kgraph.outputs.union import part_turtle as turtle
    from kgraph.query.store import update_store

    base = previous / STORE if previous is not None else None
    old = _part_graphs(previous / PARTS) if previous is not None else None
    if base is None or old is None or not (base / "CURRENT").is_file():
        update_store(folder / STORE, turtle(folder, placed))
        return
    now = {p.graph for p, _ in placed}
    changed = [(p, n) for p, n in placed if p.graph in made or p.graph not in old]
    update_store(folder / STORE, turtle(folder, changed), base=base, drop=sorted(old - now))


def _part_graphs(folder: Path) -> set[str] | None:
    """Return the graph IRIs of the parts in a previous build folder, None if it kept none.

    A part's name is ``<slug>.<key>.part`` (:func:`kgraph.outputs.parts.part_file`), and
    its graph is ``doc:<slug>``: the names say it without reading the files. A
    folder of parts of an earlier kind (``.json``) tells nothing.
    """
    from kgraph.outputs.parts import SUFFIX
    from kgraph.rdf.namespace import DOC

    if not folder.is_dir() or any(folder.glob("*.json")):
        return None
    return {str(DOC[path.name.rsplit(".", 2)[0]]) for path in folder.glob(f"*{SUFFIX}")}


def _violations(
    parts: Sequence[Part], load: Sequence[Callable[[], DocumentExtraction]]
) -> set[str]:
    """Return the SHACL violations of the union of the document graphs.

    Each document's graph was checked on its own. An actor is described in
    every document that names it, in the same words once linking has run;
    where two documents describe one actor id differently (two types), the
    actor's descriptions are checked together, as the union would be: only
    then are the documents that name it decoded (``load``, one a part).
    """
    from kgraph.rdf.build import add_actor
    from kgraph.rdf.namespace import ACTOR
    from kgraph.rdf.validate import violation_keys

    seen: dict[str, set[tuple[object, ...]]] = {}
    for p in parts:
        for actor_id, kind, qid in p.actors:
            seen.setdefault(actor_id, set()).add((kind, qid))
    split = {i for i, found in seen.items() if len(found) > 1}
    keys = {k for p in parts for k in p.violations}
    if not split:
        return keys
    import rdflib

    graph = rdflib.Graph()
    for p, extraction in zip(parts, load, strict=True):
        if any(a in split for a, _, _ in p.actors):
            for a in extraction().actors:
                if a.id in split:
                    add_actor(graph, a)
    focus = tuple(f"{ACTOR[i].n3()}\t" for i in split)
    return {k for k in keys if not k.startswith(focus)} | set(violation_keys(graph))


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
