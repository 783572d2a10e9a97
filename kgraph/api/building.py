"""Build a folder of outputs, add and remove documents, keep it up to date."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from kgraph.api.extracting import _check_user_files, _read, extract_documents
from kgraph.api.picturing import build_draw, build_report
from kgraph.api.summaries import BuildSummary, ExtractSummary, PathLike, Progress
from kgraph.errors import KGraphError


def build(
    inputs: Sequence[str],
    outdir: PathLike,
    *,
    model: str | None = None,
    date: str | None = None,
    store: bool = True,
    pictures: bool = True,
    top: int = 10,
    progress: Progress | None = None,
    title: str | None = None,
    date_field: str | None = None,
    skip_bad: bool = False,
    prune: bool = False,
    rebuild: bool = False,
    wait: bool = False,
    notify: Callable[[str], None] | None = None,
    jobs: int | None = 1,
    dask: str | None = None,
    store_url: str | None = None,
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
    vector_fallback: bool = False,
) -> BuildSummary:
    """Run the whole job: extraction, RDF files, store, ranking, pictures and report.

    Writes into ``outdir``: ``graph.ttl`` (Turtle), ``graph.trig`` (one named
    graph per document), ``relations.jsonl``, ``store/`` (an Oxigraph store for
    fast SPARQL), ``graph.png`` (the 50 most central actors when there are more),
    ``graph.html`` (interactive), ``report.html``, ``report.md``, and
    ``manifest.json`` with ``docs/`` (what the next build starts from).

    On an existing build folder only new or changed documents are extracted;
    documents no longer in the input are dropped with ``prune``; ``rebuild``
    ignores what is there. The new outputs replace the old ones in one step
    (see docs/building.md); another build of the same folder makes this one
    fail, or wait with ``wait``.
    ``store_url`` (a SPARQL Graph Store endpoint) then receives each
    document's named graph; ``jobs`` and ``dask`` are as for
    :func:`extract_documents`.
    """
    from kgraph.outputs.derive import BuildOptions
    from kgraph.outputs.update import Request

    _check_user_files(lexicon, gazetteer)
    options = BuildOptions(
        store=store,
        pictures=pictures,
        title=title,
        model=model,
        lexicon=tuple(str(p) for p in lexicon),
        gazetteer=tuple(str(p) for p in gazetteer),
        vector_fallback=vector_fallback,
    )
    skipped: list[str] = []
    docs = _read(inputs, date, date_field=date_field, skip_bad=skip_bad, skipped=skipped)
    request = Request(mode="build", documents=docs, prune=prune, rebuild=rebuild)
    summary = _update(
        outdir,
        request,
        options,
        top=top,
        progress=progress,
        wait=wait,
        notify=notify,
        jobs=jobs,
        dask=dask,
        store_url=store_url,
    )
    return replace(summary, extract=replace(summary.extract, skipped=tuple(skipped)))


def add(
    outdir: PathLike,
    inputs: Sequence[str],
    *,
    date: str | None = None,
    date_field: str | None = None,
    skip_bad: bool = False,
    top: int = 10,
    progress: Progress | None = None,
    wait: bool = False,
    notify: Callable[[str], None] | None = None,
    jobs: int | None = 1,
    store_url: str | None = None,
) -> BuildSummary:
    """Add documents (or replace those with the same id) in an existing build folder."""
    from kgraph.outputs.update import Request

    skipped: list[str] = []
    docs = _read(inputs, date, date_field=date_field, skip_bad=skip_bad, skipped=skipped)
    request = Request(mode="add", documents=docs)
    summary = _update(
        outdir,
        request,
        None,
        top=top,
        progress=progress,
        wait=wait,
        notify=notify,
        jobs=jobs,
        store_url=store_url,
    )
    return replace(summary, extract=replace(summary.extract, skipped=tuple(skipped)))


def remove(
    outdir: PathLike,
    doc_ids: Sequence[str],
    *,
    top: int = 10,
    wait: bool = False,
    notify: Callable[[str], None] | None = None,
    store_url: str | None = None,
    jobs: int | None = 1,
) -> BuildSummary:
    """Remove documents by id from an existing build folder and derive its outputs again.

    ``jobs`` processes (None: the default of ``--jobs``) make the graph parts
    that the removal changes.
    """
    from kgraph.outputs.update import Request

    if not doc_ids:
        raise KGraphError("no document id given")
    request = Request(mode="remove", remove=tuple(doc_ids))
    return _update(
        outdir, request, None, top=top, wait=wait, notify=notify, store_url=store_url, jobs=jobs
    )


def _versions(options: Any) -> Any:
    """Return the versions a build with ``options`` extracts with (user files included)."""
    from kgraph.outputs.manifest import current_versions

    user = [Path(p) for p in (*options.lexicon, *options.gazetteer)]
    versions = current_versions(options.model, lexicons=user)
    if options.vector_fallback:
        versions = replace(versions, lexicon=versions.lexicon + "+vectors")
    return versions


def _update(
    outdir: PathLike,
    request: Any,
    options: Any,
    *,
    top: int,
    progress: Progress | None = None,
    wait: bool = False,
    notify: Callable[[str], None] | None = None,
    jobs: int | None = 1,
    dask: str | None = None,
    store_url: str | None = None,
) -> BuildSummary:
    """Bring a build folder up to date (kgraph.outputs.update) and summarise it.

    ``store_url``: afterwards, write the folder's document graphs to that Graph
    Store and delete those of removed documents (see kgraph.remote).
    """
    from kgraph.extract.parallel import resolve_jobs
    from kgraph.outputs.derive import Renderers
    from kgraph.outputs.update import update_folder

    started = time.perf_counter()
    out = Path(outdir)
    outcome = update_folder(
        out,
        request,
        options=options,
        versions=_versions,
        # jobs and dask are how, not what: they stay out of the options compared between builds.
        extract=lambda opts, docs: extract_documents(
            docs,
            model=opts.model,
            progress=progress,
            jobs=jobs,
            dask=dask,
            lexicon=opts.lexicon,
            gazetteer=opts.gazetteer,
            vector_fallback=opts.vector_fallback,
        ),
        render=Renderers(draw=build_draw, report=build_report),
        wait=wait,
        notify=notify,
        # the documents' graph parts are made here, by as many processes as --jobs says
        jobs=resolve_jobs(jobs),
    )
    d = outcome.derived
    published: tuple[str, ...] = ()
    if store_url:
        from kgraph.remote import sync_folder

        sync_folder(store_url, out, removed=outcome.removed)
        published = (store_url,)
    summary = ExtractSummary(
        documents=d.documents,
        actors=d.actors,
        relations=d.relations,
        asserted=d.asserted,
        output=str(out),
        format="turtle",
        model=outcome.model,
        seconds=time.perf_counter() - started,
    )
    return BuildSummary(
        extract=summary,
        top_actors=d.top_actors[:top],
        files=tuple(str(out / name) for name in d.files) + published,
        conforms=d.conforms,
        violations=d.violations,
        extracted=outcome.extracted,
        removed=outcome.removed,
        notes=outcome.notes,
        unchanged=outcome.unchanged,
    )
