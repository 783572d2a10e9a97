"""The Python API: build, query, rank, trace paths, draw, report and export.

Each function here is what one CLI command calls, so everything the command
line does can be done from Python::

    from kgraph import api
    result = api.build(["seeds/"], "out")          # extraction → RDF → analytics → pictures
    rows = api.query(["out/graph.ttl"], name="designations-and-sanctions").dicts()
    for s in api.rank(["out/graph.ttl"], top=5):
        print(s.label, s.score("pagerank"))

Heavy libraries (spaCy, matplotlib, pyoxigraph) are imported inside the
functions that need them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.errors import KGraphError
from kgraph.model import ActorScore, Document, DocumentExtraction, GraphPath

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

    from kgraph.model import QueryResult

PathLike = str | Path
PICTURE_TOP = 50  # actors in the static picture that ``build`` draws
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


@dataclass(frozen=True)
class BuildSummary:
    """What ``build`` produced: counts, top actors and the files written."""

    extract: ExtractSummary
    top_actors: tuple[ActorScore, ...]
    files: tuple[str, ...]
    conforms: bool
    warnings: tuple[str, ...] = field(default=())


# --- extraction ----------------------------------------------------------------


def extract_documents(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
    vector_fallback: bool = False,
) -> Iterator[DocumentExtraction]:
    """Run the extraction over documents, streaming one result per document.

    ``lexicon`` and ``gazetteer`` are the user's trigger and actor files, read on
    top of the shipped ones; ``vector_fallback`` reads verbs outside the lexicon by
    word vectors (see docs/extraction.md).
    """
    from kgraph.extract.gazetteer import load_gazetteer
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.pipeline import extract_documents as run
    from kgraph.nlp.models import load_model

    lex, gaz = load_lexicon(lexicon), load_gazetteer(gazetteer)  # bad files fail before spaCy
    nlp = load_model(model)
    stream = run(
        documents,
        nlp=nlp,
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


def _read(inputs: Sequence[str], date: str | None) -> Iterator[Document]:
    from kgraph.io.readers import read_inputs

    return read_inputs(inputs, date=date)


def extract(
    inputs: Sequence[str],
    output: PathLike | None = None,
    *,
    fmt: str | None = None,
    model: str | None = None,
    date: str | None = None,
    progress: Progress | None = None,
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
    vector_fallback: bool = False,
) -> tuple[ExtractSummary, bytes]:
    """Read inputs, extract, and serialise to ``output`` (or return the bytes for stdout).

    The output file is written only once everything has been read and
    serialised, atomically: a failure leaves any earlier file as it was.
    """
    from kgraph.io.writers import write_atomic
    from kgraph.nlp.models import load_model, model_description
    from kgraph.rdf.serialize import format_from_path

    started = time.perf_counter()
    fmt = fmt or (format_from_path(str(output)) if output else "turtle")
    nlp = load_model(model)
    extractions = list(
        extract_documents(
            _read(inputs, date),
            model=model,
            progress=progress,
            lexicon=lexicon,
            gazetteer=gazetteer,
            vector_fallback=vector_fallback,
        )
    )
    data = serialise_extractions(extractions, fmt)
    if output is not None:
        write_atomic(output, data)
    summary = _summarise(extractions, output, fmt, model_description(nlp), started)
    return summary, data


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
    """Load graph files (any format kgraph writes), or one store folder, into a Dataset."""
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
) -> QueryResult:
    """Run SPARQL over graph files or a store folder: inline text or a named query."""
    from kgraph.query.sparql import run_query

    if name:
        from kgraph.query.library import named_queries

        library = named_queries()
        if name not in library:
            raise KGraphError(f"unknown query {name!r}; known: {', '.join(sorted(library))}")
        text = library[name].text
    if not text or not text.strip():
        raise KGraphError("no query given: pass SPARQL text, -f FILE.rq or --name NAME")
    source: Any
    if _is_store(sources):
        from kgraph.query.store import open_store

        source = open_store(Path(sources[0]), writable=allow_update)
    elif allow_update:
        raise KGraphError(
            "SPARQL Update changes a store, not graph files (they are never rewritten): "
            "pass a store folder, e.g. out/store from 'kgraph build'"
        )
    else:
        source = load(sources)
    return run_query(source, text, bindings=bindings, allow_update=allow_update)


# --- analytics -----------------------------------------------------------------------


def rank(
    sources: Sequence[PathLike],
    *,
    measures: Sequence[str] = ("degree", "pagerank", "betweenness"),
    top: int | None = 20,
    sort_by: str = "pagerank",
    betweenness_k: int | None = None,
    seed: int = 0,
    write: PathLike | None = None,
    **filters: Any,
) -> list[ActorScore]:
    """Rank actors by centrality; optionally write the scores back as RDF (Turtle)."""
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
    return scores


def paths(
    sources: Sequence[PathLike],
    source: str,
    target: str,
    *,
    k: int = 1,
    max_hops: int = 6,
    directed: bool = False,
    **filters: Any,
) -> list[GraphPath]:
    """Find the shortest (or k shortest) paths between two actors named by label, alias or QID."""
    from kgraph.analytics.paths import paths as run_paths

    G = network(sources, **filters)
    return run_paths(G, source, target, k=k, max_hops=max_hops, directed=directed)


def neighbours(
    sources: Sequence[PathLike], actor: str, *, hops: int = 1, **filters: Any
) -> nx.MultiDiGraph:
    """Return an actor's ego network (actors within ``hops`` of it)."""
    from kgraph.analytics.communities import ego

    return ego(network(sources, **filters), actor, hops=hops)


def communities(
    sources: Sequence[PathLike], *, seed: int = 0, **filters: Any
) -> list[tuple[str, ...]]:
    """Return modularity-based communities of actors, largest first."""
    from kgraph.analytics.communities import communities as run

    return run(network(sources, **filters), seed=seed)


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
    size_by: str = "pagerank",
    title: str | None = None,
    top: int | None = None,
    ego: str | None = None,
    hops: int = 1,
    families: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    show_negated: bool = False,
) -> Path:
    """Draw the actor graph to .png, .svg, .pdf or a self-contained interactive .html.

    ``sources`` are graph files or a store folder, or a graph already loaded.
    """
    from kgraph.analytics.projection import project
    from kgraph.viz.focus import focus

    out = Path(output)
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
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
    vector_fallback: bool = False,
) -> BuildSummary:
    """Run the whole job: extraction, RDF files, store, ranking, pictures and report.

    Writes into ``outdir``: ``graph.ttl`` (Turtle), ``graph.trig`` (one named
    graph per document), ``relations.jsonl``, ``store/`` (an Oxigraph store for
    fast SPARQL), ``graph.png`` (the 50 most central actors when there are more),
    ``graph.html`` (interactive), ``report.html`` and ``report.md``. Each file is
    written atomically.
    """
    from kgraph.analytics.centrality import rank as run_rank
    from kgraph.analytics.projection import project
    from kgraph.io.writers import write_atomic
    from kgraph.nlp.models import load_model, model_description
    from kgraph.rdf.build import build_dataset
    from kgraph.rdf.jsonl import relations_to_jsonl
    from kgraph.rdf.serialize import serialize
    from kgraph.rdf.validate import validate as run_validate

    started = time.perf_counter()
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise KGraphError(f"{out}: exists and is not a folder")
    nlp = load_model(model)
    extractions = list(
        extract_documents(
            _read(inputs, date),
            model=model,
            progress=progress,
            lexicon=lexicon,
            gazetteer=gazetteer,
            vector_fallback=vector_fallback,
        )
    )
    dataset = build_dataset(extractions)
    files = [
        write_atomic(out / "graph.ttl", serialize(dataset, "turtle")),
        write_atomic(out / "graph.trig", serialize(dataset, "trig")),
        write_atomic(out / "relations.jsonl", relations_to_jsonl(extractions)),
    ]
    if store:
        from kgraph.query.store import build_store

        build_store(dataset, out / "store")
        files.append(out / "store")
    G = project(dataset)
    # Degree first: on a small graph PageRank mostly rewards the end of one standing edge.
    scores = run_rank(G, measures=("degree", "pagerank", "betweenness"), top=None, sort_by="degree")
    if pictures:
        # A static picture stops being readable somewhere past fifty actors; the
        # interactive page and the report keep them all.
        top_drawn = PICTURE_TOP if G.number_of_nodes() > PICTURE_TOP else None
        files.append(draw(dataset, out / "graph.png", title=title, top=top_drawn))
        files.append(draw(dataset, out / "graph.html", title=title))
        files.append(report(dataset, out / "report.html", title=title))
        files.append(report(dataset, out / "report.md", title=title))
    summary = _summarise(extractions, out, "turtle", model_description(nlp), started)
    result = run_validate(dataset)
    return BuildSummary(
        extract=summary,
        top_actors=tuple(scores[:top]),
        files=tuple(str(f) for f in files),
        conforms=bool(result.conforms),
    )
