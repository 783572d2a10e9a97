"""Time the analytics on synthetic actor graphs: ranking, paths, communities, projection.

Run from the repository root::

    python tests/benchmarks/bench_analytics.py            # 10k and 100k actors
    python tests/benchmarks/bench_analytics.py --sizes 10000 --events 50000

Each centrality is timed twice in the same run: kgraph's ``rank`` (igraph and numpy) and
the numpy edge-array implementation it replaced (``numpy_centrality.py``
beside this script); communities with Leiden (kgraph) and with networkx's
Louvain.

The graphs are scale-free (preferential attachment, about five events per
actor, seeded), so every run times the same graphs.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from typing import Any

import networkx as nx
import numpy_centrality  # type: ignore[import-not-found]
import rdflib
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import XSD

from kgraph.analytics.centrality import rank
from kgraph.analytics.communities import communities
from kgraph.analytics.paths import paths
from kgraph.analytics.projection import project
from kgraph.rdf.namespace import ACTOR, DOC, EVENT, KG
from kgraph.vocabulary import RELATIONS

PREDICATES = sorted(RELATIONS)
TYPES = ("Person", "State", "Government", "Military", "ArmedGroup", "Organization")
MODALITIES = ("asserted",) * 6 + ("reported", "planned", "hypothetical")


def synthetic_events(n: int, per_actor: int, seed: int) -> list[tuple[int, int]]:
    """Return (subject, object) pairs of a preferential-attachment graph, random directions."""
    rng = random.Random(seed)
    ends: list[int] = list(range(per_actor + 1))
    pairs = [(u, v) for u in range(per_actor + 1) for v in range(u)]
    for new in range(per_actor + 1, n):
        for old in {rng.choice(ends) for _ in range(per_actor)}:
            pairs.append((new, old) if rng.random() < 0.5 else (old, new))
            ends += (new, old)
    return pairs


def synthetic_graph(n: int, *, per_actor: int = 5, seed: int = 0) -> nx.MultiDiGraph:
    """Return a projected-looking MultiDiGraph of ``n`` actors."""
    rng = random.Random(seed + 1)
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"a{i}", label=f"Actor {i}", type=TYPES[i % len(TYPES)], qid=None)
    for j, (u, v) in enumerate(synthetic_events(n, per_actor, seed)):
        conf = round(0.5 + rng.random() / 2, 2)
        G.add_edge(
            f"a{u}",
            f"a{v}",
            key=f"e{j}",
            predicate=PREDICATES[j % len(PREDICATES)],
            modality="asserted",
            negated=False,
            date=f"2025-{1 + j % 12:02d}-{1 + j % 28:02d}",
            confidence=conf,
            weight=conf,
            sentence=f"Actor {u} did something to actor {v}.",
            doc=f"doc-{j % 1000}",
            event=str(EVENT[f"e{j}"]),
        )
    return G


def synthetic_rdf(
    actors: int, events: int, *, seed: int = 0, dataset: bool = False
) -> rdflib.Graph:
    """Return an RDF graph in the kgraph shape with about ``events`` events.

    With ``dataset``, a Dataset with one named graph per document (1,000 of them).
    """
    rng = random.Random(seed + 2)
    pairs = synthetic_events(actors, max(1, events // actors), seed)[:events]
    ds = rdflib.Dataset(default_union=True)
    g = rdflib.Graph()
    graphs = [ds.graph(DOC[f"doc-{d}"]) if dataset else g for d in range(1000)]
    for i in range(actors):
        add = graphs[i % 1000].add
        a = ACTOR[f"a{i}"]
        add((a, RDF.type, KG.Actor))
        add((a, RDF.type, KG[TYPES[i % len(TYPES)]]))
        add((a, RDFS.label, Literal(f"Actor {i}")))
        add((a, KG.alias, Literal(f"A{i}")))
        add((a, KG.mentionCount, Literal(1 + i % 7, datatype=XSD.integer)))
    for j, (u, v) in enumerate(pairs):
        e, kind = EVENT[f"e{j}"], RELATIONS[PREDICATES[j % len(PREDICATES)]]
        doc = DOC[f"doc-{j % 1000}"]
        add = graphs[j % 1000].add
        add((e, RDF.type, KG.Event))
        add((e, RDF.type, KG.PoliticalEvent))
        add((e, KG.relationType, KG[kind.name]))
        add((e, KG.subject, ACTOR[f"a{u}"]))
        add((e, KG.object, ACTOR[f"a{v}"]))
        add((e, KG.family, Literal(kind.family)))
        if kind.cameo:
            add((e, KG.cameoCode, Literal(kind.cameo)))
        add((e, KG.negated, Literal(rng.random() < 0.05)))
        add((e, KG.modality, KG[MODALITIES[j % len(MODALITIES)]]))
        add((e, KG.date, Literal(f"2025-{1 + j % 12:02d}-{1 + j % 28:02d}", datatype=XSD.date)))
        add((e, KG.confidence, Literal(f"0.{50 + j % 50}", datatype=XSD.decimal)))
        add((e, KG.sentence, Literal(f"Actor {u} did something to actor {v}.")))
        add((e, KG.sourceDocument, doc))
        add((ACTOR[f"a{u}"], KG[kind.name], ACTOR[f"a{v}"]))
    return ds if dataset else g


def timed(label: str, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` and print its wall-clock and CPU time (CPU time is steadier on a busy box)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"  {label:<48} {wall:8.2f} s wall {cpu:8.2f} s cpu", flush=True)
    return result


def bench_graph(n: int, *, k: int, closeness_limit: int, seed: int) -> None:
    G = timed(f"build synthetic graph ({n:,} actors)", lambda: synthetic_graph(n, seed=seed))
    print(f"  {G.number_of_nodes():,} actors, {G.number_of_edges():,} events")
    for impl, run in (("kgraph", rank), ("numpy-only", numpy_centrality.rank)):
        bench_centrality(G, impl, run, k=k, closeness=n <= closeness_limit, seed=seed)
    far = f"a{n - 1}"
    timed("shortest path a0 → last actor", lambda: paths(G, "a0", far, max_hops=10))
    timed("3 shortest simple paths", lambda: paths(G, "a0", far, k=3, max_hops=10))
    found = timed("communities (Leiden, seeded)", lambda: communities(G, seed=seed))
    print(f"  {len(found)} communities, largest {len(found[0]):,} actors")
    U = nx.Graph(G.to_undirected())
    louvain = timed(
        "communities (networkx Louvain, seeded)",
        lambda: nx.community.louvain_communities(U, weight="weight", seed=seed),
    )
    print(f"  {len(louvain)} communities, largest {max(map(len, louvain)):,} actors")


def bench_centrality(
    G: nx.MultiDiGraph, impl: str, run: Callable[..., Any], *, k: int, closeness: bool, seed: int
) -> None:
    timed(f"[{impl}] degree", lambda: run(G, measures=("degree",), sort_by="degree"))
    timed(f"[{impl}] pagerank", lambda: run(G, measures=("pagerank",), sort_by="pagerank"))
    timed(f"[{impl}] eigenvector", lambda: run(G, measures=("eigenvector",), sort_by="eigenvector"))
    timed(
        f"[{impl}] betweenness, sampled k={k}",
        lambda: run(
            G, measures=("betweenness",), sort_by="betweenness", betweenness_k=k, seed=seed
        ),
    )
    timed(f"[{impl}] defaults (degree, pagerank, betweenness)", lambda: run(G, seed=seed))
    if closeness:
        timed(
            f"[{impl}] closeness (exact)",
            lambda: run(G, measures=("closeness",), sort_by="closeness"),
        )
    else:
        print(f"  [{impl}] {'closeness':<39}  skipped: exact closeness is one BFS per actor")


def bench_projection(actors: int, events: int, *, seed: int, dataset: bool) -> None:
    what = "Dataset, 1,000 named graphs" if dataset else "Graph"
    g = timed(
        f"build RDF {what}",
        lambda: synthetic_rdf(actors, events, seed=seed, dataset=dataset),
    )
    print(f"  {actors:,} actors, {events:,} events, {len(g):,} triples")
    G = timed("project (defaults)", lambda: project(g))
    print(f"  {G.number_of_nodes():,} actors, {G.number_of_edges():,} events kept")
    timed(
        "project (all, hostile family, 2025-06..)",
        lambda: project(
            g,
            include_negated=True,
            include_hypothetical=True,
            families=["hostile"],
            date_from="2025-06",
        ),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--k", type=int, default=256, help="betweenness sample size")
    parser.add_argument("--closeness-limit", type=int, default=20_000)
    parser.add_argument("--actors", type=int, default=10_000, help="projection benchmark")
    parser.add_argument("--events", type=int, default=50_000, help="projection benchmark")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-projection", action="store_true")
    args = parser.parse_args()
    for n in args.sizes:
        print(f"== {n:,} actors")
        bench_graph(n, k=args.k, closeness_limit=args.closeness_limit, seed=args.seed)
    for dataset in () if args.skip_projection else (False, True):
        print("== projection")
        bench_projection(args.actors, args.events, seed=args.seed, dataset=dataset)


if __name__ == "__main__":
    main()
