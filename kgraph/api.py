"""The Python API: build, query, rank, trace paths, draw, report and export.

Each function here is what one CLI command calls, so everything the command
line does can be done from Python::

    from kgraph import api
    result = api.build(["seeds/"], "out")          # extraction → RDF → analytics → pictures
    rows = api.query(["out/graph.ttl"], name="designations-and-sanctions").as_dicts()
    for s in api.rank(["out/graph.ttl"], top=5):
        print(s.label, s.score("pagerank"))

Heavy libraries (spaCy, matplotlib, pyoxigraph) are imported inside the
functions that need them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.analytics.defaults import MEASURES as DEFAULT_MEASURES
from kgraph.analytics.defaults import PICTURE_TOP, SORT_BY
from kgraph.errors import KGraphError
from kgraph.model import (
    ActorMerge,
    ActorScore,
    DatasetEvaluation,
    Document,
    DocumentExtraction,
    GraphPath,
)

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

    from kgraph.analytics.tables import Results
    from kgraph.model import ActorRecord, QueryResult

PathLike = str | Path
Progress = Callable[[int, Document], None]


@dataclass(frozen=True)
class ExtractSummary:
    """What an extraction run read and wrote."""

    documents: int
    actors: int
    relations: int
    asserted: int
    output: str | None
    format: str
    model: str
    seconds: float
    skipped: tuple[str, ...] = ()  # bad inputs left out (``skip_bad``), one message each
    merged: int = 0  # actors of several documents merged into one (kgraph.extract.actors.linking)


@dataclass(frozen=True)
class BuildSummary:
    """What ``build`` produced: counts, top actors and the files written."""

    extract: ExtractSummary
    top_actors: tuple[ActorScore, ...]
    files: tuple[str, ...]
    conforms: bool
    warnings: tuple[str, ...] = field(default=())
    violations: int = 0  # SHACL violations in the build's own output
    extracted: int = 0  # documents extracted by this run (the others were reused)
    removed: tuple[str, ...] = ()  # ids of the documents this run dropped
    notes: tuple[str, ...] = ()  # why documents were re-extracted, what was reused
    unchanged: bool = False  # nothing changed: no file was written


# --- extraction ----------------------------------------------------------------


def extract_documents(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
    jobs: int | None = 1,
    dask: str | None = None,
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
    vector_fallback: bool = False,
) -> Iterator[DocumentExtraction]:
    """Run the extraction over documents, streaming one result per document.

    ``jobs`` worker processes (one: in this process; ``None``: the cores the
    free memory allows), or the Dask scheduler at ``dask`` (``"local"`` for a
    local cluster of ``jobs`` workers, at least two): the results are the
    same and in input order. ``lexicon`` and ``gazetteer`` are the user's
    trigger and actor files, read on top of the shipped ones;
    ``vector_fallback`` reads verbs outside the lexicon by word vectors (see
    docs/extraction.md).
    """
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.mentions.gazetteer import load_gazetteer
    from kgraph.extract.parallel import Knowledge, resolve_jobs
    from kgraph.extract.pipeline import extract_documents as run
    from kgraph.nlp.models import load_model

    lex, gaz = load_lexicon(lexicon), load_gazetteer(gazetteer)  # bad files fail before spaCy
    knowledge = Knowledge(
        lexicon=tuple(str(p) for p in lexicon),
        gazetteer=tuple(str(p) for p in gazetteer),
        vector_fallback=vector_fallback,
    )
    jobs = resolve_jobs(jobs)
    if dask:
        from kgraph.extract.parallel import extract_on_dask

        yield from extract_on_dask(
            documents,
            scheduler=dask,
            model=model,
            workers=max(jobs, 2),
            done=progress,
            knowledge=knowledge,
        )
        return
    if jobs > 1:
        from kgraph.extract.parallel import extract_in_processes

        stream: Iterable[DocumentExtraction] = extract_in_processes(
            documents, model=model, jobs=jobs, batch_size=batch_size, knowledge=knowledge
        )
    else:
        stream = run(
            documents,
            nlp=load_model(model),
            batch_size=batch_size,
            lexicon=lex,
            gazetteer=gaz,
            vector_fallback=vector_fallback,
        )
    for i, extraction in enumerate(stream, start=1):
        if progress:
            progress(i, extraction.document)
        yield extraction


def extract_text(
    text: str, *, doc_id: str = "text", date: str | None = None, model: str | None = None
) -> DocumentExtraction:
    """Extract actors and relations from one string.

    >>> ex = extract_text("The US and the EU sanctioned Russia.")
    >>> sorted((r.subject, r.predicate, r.object) for r in ex.relations)
    ... # doctest: +NORMALIZE_WHITESPACE
    [('european-union-q458', 'sanctions', 'russia-q159'),
     ('united-states-q30', 'sanctions', 'russia-q159')]
    """
    from kgraph.extract.pipeline import extract_text as run
    from kgraph.nlp.models import load_model

    return run(text, nlp=load_model(model), doc_id=doc_id, date=date)


def _read(
    inputs: Sequence[str],
    date: str | None,
    *,
    date_field: str | None = None,
    skip_bad: bool = False,
    skipped: list[str] | None = None,
) -> Iterator[Document]:
    from kgraph.io.readers import read_inputs

    return read_inputs(inputs, date=date, date_field=date_field, skip_bad=skip_bad, skipped=skipped)


def extract(
    inputs: Sequence[str],
    output: PathLike | None = None,
    *,
    fmt: str | None = None,
    model: str | None = None,
    date: str | None = None,
    progress: Progress | None = None,
    date_field: str | None = None,
    skip_bad: bool = False,
    jobs: int | None = 1,
    dask: str | None = None,
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
    vector_fallback: bool = False,
) -> tuple[ExtractSummary, bytes]:
    """Read inputs, extract, and serialise to ``output`` (or return the bytes for stdout).

    The output file is written only once everything has been read and
    serialised, atomically: a failure leaves any earlier file as it was.
    ``date_field`` names the JSONL date field; ``skip_bad`` leaves bad inputs
    out (counted in ``summary.skipped``) instead of stopping.
    """
    from kgraph.io.writers import write_atomic
    from kgraph.nlp.models import load_model, model_description
    from kgraph.rdf.serialize import format_from_path

    started = time.perf_counter()
    fmt = fmt or (format_from_path(str(output)) if output else "turtle")
    skipped: list[str] = []
    docs = _read(inputs, date, date_field=date_field, skip_bad=skip_bad, skipped=skipped)
    _check_user_files(lexicon, gazetteer)  # a bad file fails before the model loads
    nlp = load_model(model)
    extractions = list(
        extract_documents(
            docs,
            model=model,
            progress=progress,
            jobs=jobs,
            dask=dask,
            lexicon=lexicon,
            gazetteer=gazetteer,
            vector_fallback=vector_fallback,
        )
    )
    extractions, merges = link_corpus(extractions)
    data = serialise_extractions(extractions, fmt)
    if output is not None:
        write_atomic(output, data)
    summary = _summarise(extractions, output, fmt, model_description(nlp), started)
    return replace(summary, skipped=tuple(skipped), merged=len(merges)), data


def link_corpus(
    extractions: Sequence[DocumentExtraction],
) -> tuple[list[DocumentExtraction], tuple[ActorMerge, ...]]:
    """Merge the actors found in several documents (see :mod:`kgraph.extract.actors.linking`)."""
    from kgraph.extract.actors.linking import link_actors

    linked, merges = link_actors(extractions)
    return list(linked), merges


def _summarise(
    extractions: Sequence[DocumentExtraction],
    output: PathLike | None,
    fmt: str,
    model: str,
    started: float,
) -> ExtractSummary:
    relations = [r for e in extractions for r in e.relations]
    return ExtractSummary(
        documents=len(extractions),
        actors=len({a.id for e in extractions for a in e.actors}),
        relations=len(relations),
        asserted=sum(r.asserted for r in relations),
        output=str(output) if output else None,
        format=fmt,
        model=model,
        seconds=time.perf_counter() - started,
    )


def serialise_extractions(extractions: Sequence[DocumentExtraction], fmt: str) -> bytes:
    """Serialise extractions as RDF (any format) or as the JSONL relation export."""
    if fmt == "jsonl":
        from kgraph.rdf.jsonl import relations_to_jsonl

        return relations_to_jsonl(extractions).encode("utf-8")
    from kgraph.rdf.build import build_dataset
    from kgraph.rdf.serialize import serialize

    return serialize(build_dataset(extractions), fmt)


# --- loading graphs ---------------------------------------------------------------


def load(sources: Sequence[PathLike]) -> rdflib.Dataset:
    """Load graph files (any format kgraph writes), one store folder or an endpoint URL."""
    from kgraph.remote.endpoint import is_endpoint, pull

    if is_endpoint(sources):
        return pull(str(sources[0]))
    if _is_store(sources):
        from kgraph.query.store import dataset_from_store

        return dataset_from_store(Path(sources[0]))
    from kgraph.rdf.load import load_graphs

    return load_graphs([Path(s) for s in sources])


def _is_store(sources: Sequence[PathLike]) -> bool:
    return len(sources) == 1 and Path(sources[0]).is_dir()


def network(
    sources: Sequence[PathLike],
    *,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    families: Sequence[str] | None = None,
    actor_types: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> nx.MultiDiGraph:
    """Load graph files and project them to a networkx multi-digraph of actors."""
    from kgraph.analytics.projection import project

    return project(
        load(sources),
        include_negated=include_negated,
        include_hypothetical=include_hypothetical,
        families=families or None,
        actor_types=actor_types or None,
        date_from=date_from,
        date_to=date_to,
    )


# --- queries -----------------------------------------------------------------------


def query(
    sources: Sequence[PathLike],
    text: str | None = None,
    *,
    name: str | None = None,
    bindings: dict[str, str] | None = None,
    allow_update: bool = False,
    allow_remote: bool = False,
    timeout: float | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Run SPARQL over graph files, a store folder or an endpoint URL: text or a named query.

    ``SERVICE``, ``FROM``, ``FROM NAMED``, ``USING`` and ``LOAD`` are refused
    unless ``allow_remote``; a query is stopped after ``timeout`` seconds
    (``None`` for no limit); ``limit`` keeps the first rows.
    """
    from kgraph.query.sparql import run_query
    from kgraph.remote.endpoint import Endpoint, is_endpoint

    if name:
        from kgraph.query.library import named_queries

        library = named_queries()
        if name not in library:
            raise KGraphError(f"unknown query {name!r}; known: {', '.join(sorted(library))}")
        text = library[name].text
    if not text or not text.strip():
        raise KGraphError("no query given: pass SPARQL text, -f FILE.rq or --name NAME")
    source: Any
    if is_endpoint(sources):
        source = Endpoint(str(sources[0]))
    elif _is_store(sources):
        from kgraph.query.store import open_store

        source = open_store(Path(sources[0]), writable=allow_update)
    elif allow_update:
        raise KGraphError(
            "SPARQL Update changes a store, not graph files (they are never rewritten): "
            "pass a store folder, e.g. out/store from 'kgraph build'"
        )
    else:
        source = load(sources)
    try:
        return run_query(
            source,
            text,
            bindings=bindings,
            allow_update=allow_update,
            allow_remote=allow_remote,
            timeout=timeout,
            limit=limit,
        )
    finally:
        if isinstance(source, Endpoint):
            source.close()


# --- analytics -----------------------------------------------------------------------


def rank(
    sources: Sequence[PathLike],
    *,
    measures: Sequence[str] = DEFAULT_MEASURES,
    top: int | None = 20,
    sort_by: str = SORT_BY,
    betweenness_k: int | None = None,
    seed: int = 0,
    write: PathLike | None = None,
    **filters: Any,
) -> Results[ActorScore]:
    """Rank actors by centrality; optionally write the scores back as RDF (Turtle).

    By default, as everywhere in kgraph (:mod:`kgraph.analytics.defaults`):
    asserted and reported claims count, actors are sorted by degree, ties by
    PageRank. The result is a list of :class:`ActorScore` (``.scores_dict``)
    with ``.as_dicts()`` and ``.to_pandas()``.
    """
    from kgraph.analytics.centrality import rank as run_rank

    G = network(sources, **filters)
    scores = run_rank(
        G, measures=measures, top=top, sort_by=sort_by, betweenness_k=betweenness_k, seed=seed
    )
    if write is not None:
        from kgraph.analytics.centrality import scores_to_rdf
        from kgraph.io.writers import write_atomic
        from kgraph.rdf.serialize import format_from_path, serialize

        graph = load(sources)
        for triple in scores_to_rdf(scores):
            graph.default_graph.add(triple)
        write_atomic(write, serialize(graph, format_from_path(str(write))))
    from kgraph.analytics.tables import Results

    return Results(scores)


def paths(
    sources: Sequence[PathLike],
    source: str,
    target: str,
    *,
    k: int = 1,
    max_hops: int = 6,
    directed: bool = False,
    **filters: Any,
) -> Results[GraphPath]:
    """Find the shortest (or k shortest) paths between two actors named by label, alias or QID.

    ``.to_pandas()`` gives one row per hop (``path``, ``hop``, …).
    """
    from kgraph.analytics.paths import paths as run_paths
    from kgraph.analytics.tables import Results

    G = network(sources, **filters)
    return Results(run_paths(G, source, target, k=k, max_hops=max_hops, directed=directed))


def neighbours(
    sources: Sequence[PathLike], actor: str, *, hops: int = 1, **filters: Any
) -> nx.MultiDiGraph:
    """Return an actor's ego network (actors within ``hops`` of it)."""
    from kgraph.analytics.communities import ego

    return ego(network(sources, **filters), actor, hops=hops)


def communities(
    sources: Sequence[PathLike], *, seed: int = 0, **filters: Any
) -> Results[tuple[ActorRecord, ...]]:
    """Return Leiden communities of actors (records with label, IRI, type), largest first.

    ``.to_pandas()`` gives one row per actor with its community number.
    """
    from kgraph.analytics.communities import communities as run
    from kgraph.analytics.tables import Results, actor_record

    G = network(sources, **filters)
    return Results(tuple(actor_record(G, a) for a in members) for members in run(G, seed=seed))


def export(sources: Sequence[PathLike], output: PathLike, **filters: Any) -> list[Path]:
    """Export by extension: GraphML, GEXF, CSV (Neo4j), or any RDF format kgraph writes."""
    from kgraph.rdf.serialize import EXTENSIONS

    out = Path(output)
    suffix = out.suffix.lower()
    if suffix in (".graphml", ".gexf", ".csv"):
        from kgraph.analytics.centrality import rank as run_rank
        from kgraph.analytics.export import export_graph, export_paths

        G = network(sources, **filters)
        export_graph(
            G, out, scores=run_rank(G, measures=("degree", "pagerank", "betweenness"), top=None)
        )
        return list(export_paths(out))
    fmt = EXTENSIONS.get(suffix)
    if fmt is None or fmt == "jsonl":
        raise KGraphError(
            f"{out}: unknown export format; use .graphml, .gexf, .csv, .ttl, .nt, .jsonld, "
            ".trig or .nq"
        )
    from kgraph.io.writers import write_atomic
    from kgraph.rdf.serialize import serialize

    return [write_atomic(out, serialize(load(sources), fmt))]


# --- pictures and reports ---------------------------------------------------------------


def draw(
    sources: Sequence[PathLike] | rdflib.Graph,
    output: PathLike,
    *,
    size_by: str = SORT_BY,
    title: str | None = None,
    top: int | None = PICTURE_TOP,
    ego: str | None = None,
    hops: int = 1,
    families: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    show_negated: bool = False,
) -> Path:
    """Draw the actor graph to .png, .svg, .pdf or a self-contained interactive .html.

    ``sources`` are graph files or a store folder, or a graph already loaded.
    A picture keeps the ``top`` most connected actors (40 by default; ``None``
    keeps all) and says so on itself.
    """
    from kgraph.analytics.projection import project
    from kgraph.viz.focus import focus

    out = Path(output)
    top = top or None  # 0 draws every actor
    if out.suffix.lower() not in (".png", ".svg", ".pdf", ".html", ".htm"):
        raise KGraphError(f"{out}: unknown picture format; use .png, .svg, .pdf or .html")
    graph = _graph_of(sources)
    interactive = out.suffix.lower() in (".html", ".htm")
    # The interactive page has its own switch for negated claims, so it gets them all.
    G = project(graph, include_negated=show_negated or interactive, include_hypothetical=True)
    G = focus(
        G,
        ego=ego,
        hops=hops,
        families=families,
        date_from=date_from,
        date_to=date_to,
        top=top,
        size_by=size_by,
    )
    if interactive:
        from kgraph.report.content import documents_from_graph
        from kgraph.viz.interactive import write_html

        return write_html(
            G, out, title=title, size_by=size_by, documents=documents_from_graph(graph)
        )
    from kgraph.viz.static import draw as draw_static

    return draw_static(G, out, size_by=size_by, title=title, show_negated=show_negated)


def report(
    sources: Sequence[PathLike] | rdflib.Graph, output: PathLike, *, title: str | None = None
) -> Path:
    """Write a self-contained analyst report (.html or .md) about the graph."""
    from kgraph.analytics.projection import project
    from kgraph.report import write_report
    from kgraph.report.content import documents_from_graph

    graph = _graph_of(sources)
    G = project(graph, include_negated=True, include_hypothetical=True)
    return write_report(G, Path(output), documents=documents_from_graph(graph), title=title)


def _graph_of(sources: Sequence[PathLike] | rdflib.Graph) -> rdflib.Graph:
    import rdflib

    return sources if isinstance(sources, rdflib.Graph) else load(sources)


def validate(sources: Sequence[PathLike]) -> Any:
    """Validate graph files against the SHACL shapes in ``ontologies/shapes.ttl``."""
    from kgraph.rdf.validate import validate as run

    return run(load(sources))


def evaluate(
    path: PathLike,
    *,
    dataset: str | None = None,
    model: str | None = None,
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
) -> DatasetEvaluation:
    """Score the extraction on an evaluation file (kgraph gold, PLOVER, re3d, RAMS, WikiEvents).

    The format is detected from the records unless ``dataset`` names it; the
    figures are those of the JSONL export (see :mod:`kgraph.evaluate.scoring`).
    ``lexicon`` and ``gazetteer`` are the user's files, read on top of the shipped ones.
    """
    from kgraph.evaluate.run import evaluate_file
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.mentions.gazetteer import load_gazetteer
    from kgraph.nlp.models import load_model

    lex, gaz = load_lexicon(lexicon), load_gazetteer(gazetteer)  # bad files fail before spaCy
    return evaluate_file(path, nlp=load_model(model), dataset=dataset, lexicon=lex, gazetteer=gaz)


# --- the main job ------------------------------------------------------------------------


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
) -> BuildSummary:
    """Remove documents by id from an existing build folder and derive its outputs again."""
    from kgraph.outputs.update import Request

    if not doc_ids:
        raise KGraphError("no document id given")
    request = Request(mode="remove", remove=tuple(doc_ids))
    return _update(outdir, request, None, top=top, wait=wait, notify=notify, store_url=store_url)


def _check_user_files(lexicon: Sequence[PathLike], gazetteer: Sequence[PathLike]) -> None:
    """Read the user's lexicon and gazetteer files now: a bad one is a one-line error."""
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.mentions.gazetteer import load_gazetteer

    load_lexicon(lexicon)
    load_gazetteer(gazetteer)


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
        render=Renderers(draw=draw, report=report),
        wait=wait,
        notify=notify,
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
