"""Load graphs (files, a store folder, an endpoint), project them, query and validate them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.api.summaries import PathLike
from kgraph.errors import KGraphError

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

    from kgraph.model import QueryResult


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


def _graph_of(sources: Sequence[PathLike] | rdflib.Graph) -> rdflib.Graph:
    import rdflib

    return sources if isinstance(sources, rdflib.Graph) else load(sources)


def validate(sources: Sequence[PathLike]) -> Any:
    """Validate graph files against the SHACL shapes in ``ontologies/shapes.ttl``."""
    from kgraph.rdf.validate import validate as run

    return run(load(sources))
