"""Bring a build folder up to date: extract what changed, derive the rest, switch in one step.

:func:`update_folder` is what ``build``, ``add`` and ``remove`` run, under the
folder's lock:

1. put back a folder a kill left half-renamed, read the manifest, check
   every target before anything is written;
2. diff the input against the manifest (:func:`kgraph.outputs.manifest.plan`);
   when nothing changed, stop: no file is touched, spaCy is not loaded;
3. in a staging folder beside the output, link the unchanged records,
   extract the changed documents, derive the union outputs from all
   records (:func:`kgraph.outputs.derive.derive_outputs`), write the manifest;
4. switch the staging folder in (:func:`kgraph.outputs.staging.switch`).

A failure or a kill before step 4 leaves the output folder as it was; the
records a killed run had written are picked up by the next one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kgraph.errors import KGraphError
from kgraph.model import Actor, Document, DocumentExtraction
from kgraph.outputs import staging
from kgraph.outputs.derive import (
    OUTPUT_NAMES,
    STORE,
    BuildOptions,
    Derived,
    Renderers,
    Source,
    derive_outputs,
    derived_from_plain,
    derived_to_plain,
)
from kgraph.outputs.faults import checkpoint
from kgraph.outputs.lock import folder_lock
from kgraph.outputs.manifest import (
    MANIFEST,
    DocumentEntry,
    Manifest,
    Plan,
    Versions,
    encode_manifest,
    plan,
    read_manifest,
)
from kgraph.outputs.records import (
    LinkIndex,
    decode_extraction,
    decode_index,
    encode_extraction,
    encode_index,
    index_name,
    index_of,
)
from kgraph.outputs.spool import DocumentSpool

Extract = Callable[[BuildOptions, Iterable[Document]], Iterable[DocumentExtraction]]


@dataclass(frozen=True)
class Request:
    """What one run asks of a build folder."""

    mode: str = "build"  # "build" (the input is the corpus), "add" or "remove"
    documents: Iterable[Document] = ()
    remove: tuple[str, ...] = ()
    prune: bool = False
    rebuild: bool = False


@dataclass(frozen=True)
class Outcome:
    """What a run did and what the folder now holds."""

    derived: Derived
    model: str  # the pipeline that read the documents, "en_core_web_md 3.7.1"
    extracted: int = 0
    kept: int = 0
    removed: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    unchanged: bool = False


def update_folder(
    folder: Path,
    request: Request,
    *,
    options: BuildOptions | None,
    versions: Callable[[BuildOptions], Versions],
    extract: Extract,
    render: Renderers,
    wait: bool = False,
    notify: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> Outcome:
    """Update ``folder`` as ``request`` asks (see the module docstring).

    ``options`` None takes the ones the folder was built with (``add``,
    ``remove``). ``versions`` tells the versions the extraction would use now;
    ``extract`` runs it over the documents that need it. ``jobs`` processes
    make the graph parts; the outputs are the same whatever it is.
    """
    if folder.exists() and not folder.is_dir():
        raise KGraphError(f"{folder}: exists and is not a folder")
    with folder_lock(folder, wait=wait, notify=notify):
        checkpoint("locked")
        staging.recover(folder)
        old = None if request.rebuild else read_manifest(folder)
        if request.mode != "build" and old is None:
            raise KGraphError(
                f"{folder}: not a kgraph build folder (no {MANIFEST}); "
                f"run 'kgraph build INPUT -o {folder}' first"
            )
        options = options or _options_of(old)
        check_targets(folder, options)
        todo = _plan(folder, old, request, versions(options))
        try:
            if old is not None and _unchanged(folder, old, todo, options):
                staging.clean(folder)  # what a killed run left beside the folder, not in it
                return Outcome(
                    derived=derived_from_plain(old.summary["derived"]),
                    model=str(old.summary.get("model", "")),
                    kept=len(todo.documents),
                    unchanged=True,
                )
            return _write(folder, old, todo, options, extract=extract, render=render, jobs=jobs)
        finally:
            todo.extract.close()


def check_targets(folder: Path, options: BuildOptions) -> None:
    """Refuse before writing anything when a target in ``folder`` is taken by something else."""
    if not folder.is_dir():
        return
    for name in options.names():
        path = folder / name
        if name == STORE:
            taken = path.exists() and not _is_store(path)
            if taken and (not path.is_dir() or any(path.iterdir())):
                raise KGraphError(
                    f"{path} is not a kgraph store; move it away or choose another folder"
                )
        elif path.is_dir():
            raise KGraphError(f"{path} is a folder; move it away or choose another output folder")


def _is_store(path: Path) -> bool:
    # The mark of a RocksDB folder, as kgraph.query.store checks it.
    return path.is_dir() and (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def _options_of(manifest: Manifest | None) -> BuildOptions:
    known = {f.name for f in dataclasses.fields(BuildOptions)}
    recorded = {k: v for k, v in (manifest.options if manifest else ()) if k in known}
    for name in ("lexicon", "gazetteer"):  # JSON keeps them as lists
        if name in recorded:
            recorded[name] = tuple(recorded[name])
    return BuildOptions(**recorded)


def _plan(folder: Path, old: Manifest | None, request: Request, versions: Versions) -> Plan:
    if request.mode == "remove":
        assert old is not None
        todo = _removal(old, request.remove)
    else:
        todo = plan(
            old,
            request.documents,
            versions,
            prune=request.prune,
            replace=request.mode == "build",
            has_record=lambda entry: _has(folder, entry),
        )
    fresh = set(todo.extract.ids)
    missing = [e.id for e in todo.documents if e.id not in fresh and not _has(folder, e)]
    if missing:
        raise KGraphError(
            f"{folder}: the record of {missing[0]!r} is missing"
            + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
            + "; pass --rebuild to start over"
        )
    return todo


def _has(folder: Path, entry: DocumentEntry) -> bool:
    return (folder / entry.record).is_file()


def _removal(old: Manifest, ids: Sequence[str]) -> Plan:
    known = old.entries()
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise KGraphError(
            f"no document {unknown[0]!r} in this build"
            + (f" (nor {', '.join(map(repr, unknown[1:]))})" if unknown[1:] else "")
            + "; OUT/manifest.json lists the ids"
        )
    gone = set(ids)
    kept = tuple(d for d in old.documents if d.id not in gone)
    return Plan(
        documents=kept, extract=DocumentSpool(), kept=len(kept), removed=tuple(dict.fromkeys(ids))
    )


def _unchanged(folder: Path, old: Manifest, todo: Plan, options: BuildOptions) -> bool:
    return (
        not todo.extract
        and not todo.removed
        and todo.documents == old.documents
        and _options_of(old) == options
        and "derived" in old.summary
        and all((folder / name).exists() for name in old.outputs)
    )


def _write(
    folder: Path,
    old: Manifest | None,
    todo: Plan,
    options: BuildOptions,
    *,
    extract: Extract,
    render: Renderers,
    jobs: int,
) -> Outcome:
    staged = staging.new_staging(folder)
    try:
        notes, salvaged = _stage_records(folder, staged, todo)
        staging.clean(folder, keep=(staged,))
        shared: dict[Actor, Actor] = {}  # one copy of an actor many documents name
        fresh = _extract_into(staged, todo, salvaged, options, extract, shared)
        checkpoint("extracted")
        # Records stay as extracted, one document each; actors are merged across the
        # corpus afresh on every derivation, since a new document can change any merge.
        # Linking reads each record's index, not the record (kgraph.outputs.records).
        indexes = [fresh.get(e.id) or _index(staged, e, shared) for e in todo.documents]
        sources = _sources(staged, todo.documents, indexes)
        derived = derive_outputs(
            sources,
            staged,
            options,
            render=render,
            previous=folder if old is not None and folder.is_dir() else None,
            jobs=jobs,
        )
        model = next((i.model for i in indexes if i.model), "")
        manifest = Manifest(
            documents=todo.documents,
            options=tuple(sorted(dataclasses.asdict(options).items())),
            outputs=derived.files,
            summary={"derived": derived_to_plain(derived), "model": model},
        )
        _write_file(staged / MANIFEST, encode_manifest(manifest))
        staging.carry_over(folder, staged, skip=OUTPUT_NAMES.__contains__)
        checkpoint("switch")
        previous = staging.switch(folder, staged)
    except OSError as exc:
        staging.clean(folder)
        raise KGraphError(
            f"cannot write {folder}: {exc.strerror or exc}; {folder} is as it was"
        ) from exc
    except KGraphError as exc:
        staging.clean(folder)
        # Name the file as the user knows it, not its place in the staging folder.
        message = str(exc).replace(str(staged), str(folder))
        raise type(exc)(f"{message}; {folder} is as it was", exit_code=exc.exit_code) from exc
    except BaseException:
        staging.clean(folder)
        raise
    checkpoint("switched")
    staging.clean(folder)
    del previous  # cleaned with the other leftovers
    return Outcome(
        derived=derived,
        model=model,
        extracted=len(fresh),
        kept=len(todo.documents) - len(fresh),
        removed=todo.removed,
        notes=todo.notes + notes,
    )


def _stage_records(folder: Path, staged: Path, todo: Plan) -> tuple[tuple[str, ...], set[str]]:
    """Link unchanged records into ``staged``; return notes and the ids not to extract after all.

    Records a killed build wrote in its staging folder are reused: their
    names say what they were extracted from and with what.
    """
    (staged / "docs").mkdir(parents=True, exist_ok=True)
    fresh = set(todo.extract.ids)
    for entry in todo.documents:
        if entry.id not in fresh:
            _link_record(folder, staged, entry.record)
    by_id = {e.id: e for e in todo.documents}
    salvaged = set()
    for doc_id in todo.extract.ids:
        record = by_id[doc_id].record
        found = [p for p in staging.leftovers(folder) if p != staged and (p / record).is_file()]
        if found:
            _link_record(found[0], staged, record)
            salvaged.add(doc_id)
    notes = (
        (f"reused {len(salvaged)} document(s) extracted by an interrupted build",)
        if salvaged
        else ()
    )
    return notes, salvaged


def _link_record(source: Path, staged: Path, record: str) -> None:
    """Link a record, and its index when there is one, from the folder ``source``."""
    staging.link_tree(source / record, staged / record)
    index = index_name(record)
    if (source / index).is_file():
        staging.link_tree(source / index, staged / index)


def _extract_into(
    staged: Path,
    todo: Plan,
    salvaged: set[str],
    options: BuildOptions,
    extract: Extract,
    shared: dict[Actor, Actor],
) -> dict[str, LinkIndex]:
    """Extract the plan's documents but ``salvaged`` into records and indexes; return the indexes.

    Neither the documents (read back from the plan's spool) nor the
    extractions are kept: a build of any size holds one of each at a time.
    """
    by_id = {e.id: e for e in todo.documents}
    fresh: dict[str, LinkIndex] = {}
    if len(todo.extract) == len(salvaged):
        return fresh
    documents = (d for d in todo.extract if d.id not in salvaged)
    for extraction in extract(options, documents):
        # The file it was read from is no part of the record (see content_hash).
        extraction = dataclasses.replace(
            extraction, document=dataclasses.replace(extraction.document, path=None)
        )
        entry = by_id[extraction.document.id]
        data = encode_extraction(extraction)
        _write_file(staged / entry.record, data)
        index = fresh[entry.id] = index_of(extraction, _digest(data), shared)
        _write_file(staged / index_name(entry.record), encode_index(index))
        if len(fresh) == 1:
            checkpoint("extracting")
    return fresh


def _index(staged: Path, entry: DocumentEntry, shared: dict[Actor, Actor]) -> LinkIndex:
    """Return the index of a record; make it (decoding the record) when it is missing or stale."""
    record = staged / entry.record
    data = record.read_bytes()
    digest = _digest(data)
    path = staged / index_name(entry.record)
    index = decode_index(path.read_bytes(), shared) if path.is_file() else None
    if index is None or index.record != digest:
        index = index_of(_read_record(record, entry.id, data), digest, shared)
        _write_file(path, encode_index(index))
    return index


def _read_record(path: Path, doc_id: str, data: bytes | None = None) -> DocumentExtraction:
    extraction = decode_extraction(path.read_bytes() if data is None else data, where=str(path))
    if extraction.document.id != doc_id:
        raise KGraphError(f"{path}: holds {extraction.document.id!r}, not {doc_id!r}")
    return extraction


def _sources(
    staged: Path, entries: Sequence[DocumentEntry], indexes: Sequence[LinkIndex]
) -> list[Source]:
    """Link the actors of the corpus; return each document as derive_outputs takes it."""
    from kgraph.extract.actors.linking import link_plan
    from kgraph.outputs.parts import part_keys

    merged, _records = link_plan([i.actors for i in indexes])
    keys = part_keys([i.record for i in indexes], [i.actors.actors for i in indexes], merged)
    return [
        Source(e.id, k, LinkedRecord(staged / e.record, e.id, _merged_of(i, merged)))
        for e, k, i in zip(entries, keys, indexes, strict=True)
    ]


def _merged_of(index: LinkIndex, merged: dict[str, Actor]) -> dict[str, Actor]:
    # Only what rewrites this document's actors, so that a loader sent to a worker is small.
    return {a.id: merged[a.id] for a in index.actors.actors if a.id in merged}


@dataclass(frozen=True)
class LinkedRecord:
    """Load one record with the corpus's merged actors in its place; it pickles for a worker."""

    path: Path
    id: str
    merged: dict[str, Actor]

    def __call__(self) -> DocumentExtraction:
        """Return the record's extraction, its actors merged (``linking.rewrite``)."""
        from kgraph.extract.actors.linking import rewrite

        return rewrite(_read_record(self.path, self.id), self.merged)


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _write_file(path: Path, data: bytes) -> None:
    from kgraph.io.writers import write_atomic

    write_atomic(path, data)
