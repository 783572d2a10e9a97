"""Rank actors, trace paths, find neighbours and communities, export the graph."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.analytics.defaults import MEASURES as DEFAULT_MEASURES
from kgraph.analytics.defaults import SORT_BY
from kgraph.api.graphs import load, network
from kgraph.api.summaries import PathLike
from kgraph.errors import KGraphError
from kgraph.model import ActorScore, GraphPath

if TYPE_CHECKING:
    import networkx as nx

    from kgraph.analytics.tables import Results
    from kgraph.model import ActorRecord


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
