"""Benchmark SPARQL on a corpus-shaped graph: an Oxigraph store on disk vs rdflib in memory.

Generates synthetic extractions with the shape the pipeline produces (documents
of ~8 relations between actors drawn from a skewed pool, every qualifier
filled in), builds the RDF dataset with ``kgraph.rdf.build``, then measures:
building the dataset, Turtle serialisation (rdflib vs Oxigraph), bulk-loading
the store, and the latency of the named queries on both engines, checking that
both return the same number of rows.

    python tests/benchmarks/bench_sparql.py --triples 1000000

``--queries events-between,evidence`` times only those queries (with a small
``--triples`` for quick iterations).
``--rdflib-triples`` runs the rdflib query timings on a smaller graph when the
full size would take too long in pure Python.

``--against-raw`` compares kgraph with raw pyoxigraph on the same store
instead (what ``bench_remote.py`` does without a server), in CPU time of
this process: rounds of the four runs of each query, interleaved, median of
each. On a machine shared with other work, wall times swing with the load;
the CPU time of a single-threaded query much less.

    python tests/benchmarks/bench_sparql.py --triples 200000 --against-raw --repeat 40
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kgraph.model import (
    Actor,
    ActorType,
    Document,
    DocumentExtraction,
    Evidence,
    Mention,
    MentionKind,
    Modality,
    Relation,
)
from kgraph.vocabulary import RELATIONS

COUNTRIES = (
    "USA",
    "VEN",
    "COL",
    "RUS",
    "UKR",
    "CHN",
    "IRN",
    "ISR",
    "TUR",
    "SYR",
    "FRA",
    "DEU",
    "GBR",
    "MEX",
    "BRA",
    "CUB",
    "PRK",
    "KOR",
    "JPN",
    "IND",
    "PAK",
    "AFG",
    "IRQ",
    "SAU",
    "EGY",
    "LBY",
    "NGA",
    "ETH",
    "SDN",
    "YEM",
)
HOSTILE = [k for k, v in RELATIONS.items() if v.family == "hostile"]
OTHER = [k for k, v in RELATIONS.items() if v.family != "hostile"]
MODALITIES = (
    (Modality.ASSERTED,) * 6 + (Modality.REPORTED,) * 2 + (Modality.PLANNED, Modality.HYPOTHETICAL)
)


def actor_pool(size: int, rng: random.Random) -> list[Actor]:
    """Return ``size`` actors of every type, most with a QID and a country."""
    types = list(ActorType)
    pool = []
    for i in range(size):
        kind = types[i % len(types)]
        country = COUNTRIES[i % len(COUNTRIES)]
        pool.append(
            Actor(
                id=f"Q{100000 + i}" if i % 5 else f"{kind.value.lower()}-actor-{i}",
                label=f"Actor {i}",
                type=kind,
                aliases=(f"A{i}", f"the actor {i}") if i % 3 == 0 else (),
                qid=f"Q{100000 + i}" if i % 5 else None,
                iso=country if kind is ActorType.STATE else None,
                cameo=f"{country}GOV" if kind is ActorType.GOVERNMENT else None,
                country=country if kind is not ActorType.INTERNATIONAL_ORGANIZATION else None,
                office=f"Leader of {country}" if kind is ActorType.PERSON else None,
            )
        )
    return pool


def _pick(pool: list[Actor], rng: random.Random) -> Actor:
    # Heavy-tailed, like news: a few actors appear everywhere.
    return pool[min(int(rng.paretovariate(0.8)) - 1, len(pool) - 1) % len(pool)]


def synthetic_extractions(
    n_docs: int, *, actors: int = 3000, relations: int = 8, seed: int = 7
) -> list[DocumentExtraction]:
    """Return ``n_docs`` corpus-shaped extractions (deterministic for a seed)."""
    rng = random.Random(seed)
    pool = actor_pool(actors, rng)
    out = []
    for d in range(n_docs):
        doc_id = f"doc-{d:06d}"
        day = f"2025-{1 + d % 12:02d}-{1 + d % 28:02d}"
        rels, used, offset = [], {}, 0
        for r in range(relations):
            subject, obj = _pick(pool, rng), _pick(pool, rng)
            if subject.id == obj.id:
                obj = pool[(pool.index(obj) + 1) % len(pool)]
            predicate = rng.choice(HOSTILE) if rng.random() < 0.5 else rng.choice(OTHER)
            sentence = f"{subject.label} {predicate} {obj.label} in report {d}, item {r}."
            start, end = offset, offset + len(sentence)
            offset = end + 1
            trig = start + len(subject.label) + 1
            used[subject.id], used[obj.id] = subject, obj
            rels.append(
                Relation(
                    id=f"{doc_id}-{r}",
                    doc_id=doc_id,
                    subject=subject.id,
                    predicate=predicate,
                    object=obj.id,
                    evidence=Evidence(sentence, start, end, predicate, trig, trig + len(predicate)),
                    negated=rng.random() < 0.05,
                    modality=rng.choice(MODALITIES),
                    date=day if rng.random() < 0.7 else None,
                    confidence=round(rng.uniform(0.5, 1.0), 2),
                    attributed_to="Reuters" if rng.random() < 0.2 else None,
                    attributes=(("designation", "Foreign Terrorist Organization"),)
                    if predicate == "designates"
                    else (),
                )
            )
        mentioned = tuple(
            Actor(
                a.id,
                a.label,
                a.type,
                a.aliases,
                a.qid,
                a.iso,
                a.cameo,
                a.country,
                a.office,
                (Mention(a.label, 0, len(a.label), MentionKind.NAME, "ORG", 0),) * (1 + i % 3),
            )
            for i, a in enumerate(used.values())
        )
        out.append(
            DocumentExtraction(
                Document(doc_id, "", date=day, title=f"Report {d}"),
                mentioned,
                tuple(rels),
                extractor_version="0.1.0",
            )
        )
    return out


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Return the median wall time of ``repeat`` calls (seconds) and the last result."""
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


QUERIES = (
    ("events-between", {"a": "Actor 1", "b": "Actor 2"}),
    ("designations-and-sanctions", {}),
    ("who-targets-whom", {}),
    ("hostile-ranking", {}),
    ("events-in-range", {"start": "2025-03-01", "end": "2025-03-31"}),
    ("evidence", {"subject": "Actor 1", "predicate": "attacks"}),
    ("negated-and-hypothetical", {}),
    ("actors-by-type", {"type": "State", "country": "VEN"}),
    ("actor-neighbourhood", {"actor": "Q100002"}),
)


def count_quads(ds: Any) -> int:
    """Return the number of quads (a triple counts once per document graph it is in)."""
    return sum(len(g) for g in ds.graphs())


def build(n_triples: int) -> tuple[Any, int, float]:
    from kgraph.rdf.build import build_dataset

    per_doc = count_quads(build_dataset(synthetic_extractions(20))) / 20
    n_docs = max(1, round(n_triples / per_doc))
    extractions = synthetic_extractions(n_docs)
    seconds, ds = timed(lambda: build_dataset(extractions))
    return ds, n_docs, seconds


def against_raw(folder: Path, chosen: list[str], rounds: int) -> None:
    """Print the CPU time of kgraph and of raw pyoxigraph for each named query on ``folder``.

    *raw*: open the folder read-only and ``Store.query`` with the parameters
    already resolved to terms, every term of every solution read. *api*:
    ``kgraph.api.query`` on the folder (opening it, resolving the actor
    names, converting the terms to rdflib's). *held*: the same with the
    store opened once, raw ``Store.query`` vs ``run_query``.
    """
    import pyoxigraph as ox

    from kgraph import api
    from kgraph.query.library import named_queries
    from kgraph.query.sparql import resolve_bindings, run_query, to_oxigraph
    from kgraph.query.store import open_store

    store = open_store(folder)
    library = named_queries()
    print(
        "\n| query | rows | raw (ms CPU) | api store (ms CPU) | ratio "
        "| raw, held | run_query, held | ratio |\n|---|---:|---:|---:|---:|---:|---:|---:|"
    )
    for name, bindings in QUERIES:
        if chosen and name not in chosen:
            continue
        text = library[name].text
        terms = resolve_bindings(store, text, bindings)
        subs = {ox.Variable(k): to_oxigraph(v) for k, v in terms.items()} or None

        def raw_on(held: Any, text: str = text, subs: Any = subs) -> int:
            result = held.query(text, use_default_graph_as_union=True, substitutions=subs)
            if isinstance(result, ox.QueryBoolean):
                return 1
            return sum(1 for solution in result if tuple(solution) is not None)

        runs: dict[str, Callable[[], Any]] = {
            "raw": lambda: raw_on(ox.Store.read_only(str(folder))),
            "api": lambda n=name, b=bindings: api.query([str(folder)], name=n, bindings=b),
            "raw held": lambda: raw_on(store),
            "held": lambda t=text, b=bindings: run_query(store, t, bindings=b),
        }
        times: dict[str, list[float]] = {k: [] for k in runs}
        for fn in runs.values():
            fn()  # warm: the first run pays for caches, on every side alike
        for _ in range(rounds):
            for key, fn in runs.items():
                started = time.process_time()
                fn()
                times[key].append(time.process_time() - started)
        ms = {k: statistics.median(v) * 1e3 for k, v in times.items()}
        print(
            f"| {name} | {raw_on(store):,} | {ms['raw']:.2f} | {ms['api']:.2f} "
            f"| {ms['api'] / ms['raw']:.2f} | {ms['raw held']:.2f} | {ms['held']:.2f} "
            f"| {ms['held'] / ms['raw held']:.2f} |",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument(
        "--rdflib-triples",
        type=int,
        default=None,
        help="graph size for rdflib query timings (default: --triples)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per store query (median)")
    parser.add_argument(
        "--against-raw",
        action="store_true",
        help="compare kgraph with raw pyoxigraph on the store (CPU time; see above)",
    )
    parser.add_argument(
        "--queries",
        default="",
        help="comma-separated named queries to time (default: all of them)",
    )
    args = parser.parse_args()
    chosen = [name for name in args.queries.split(",") if name]
    unknown = sorted(set(chosen) - {name for name, _ in QUERIES})
    if unknown:
        parser.error(f"unknown queries: {', '.join(unknown)}")

    import pyoxigraph as ox

    from kgraph.query.library import named_queries
    from kgraph.query.sparql import run_query
    from kgraph.query.store import build_store, open_store
    from kgraph.rdf.namespace import PREFIXES
    from kgraph.rdf.serialize import serialize

    queries = named_queries()
    tmp = Path(tempfile.mkdtemp(prefix="kgraph-bench-"))
    print(f"python {sys.version.split()[0]}, pyoxigraph {ox.__version__}, work dir {tmp}")

    ds, n_docs, t_build = build(args.triples)
    n_quads = count_quads(ds)
    if args.against_raw:
        nq_path = tmp / "graph.nq"
        nq_path.write_bytes(serialize(ds, "nquads"))
        info = build_store([nq_path], tmp / "store")
        print(f"{n_docs} documents, {info.triples:,} quads; {args.repeat} rounds")
        print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
        against_raw(tmp / "store", chosen, args.repeat)
        return
    print(
        f"\n## Graph: {n_docs} documents, {n_quads:,} quads, {len(ds):,} distinct triples "
        f"(build_dataset {t_build:.1f} s, peak RSS {rss_mb():,.0f} MB)"
    )

    t_nq, nq = timed(lambda: serialize(ds, "nquads"))
    nq_path = tmp / "graph.nq"
    nq_path.write_bytes(nq)
    del nq
    t_ttl, ttl = timed(lambda: serialize(ds, "turtle"))
    ttl_len = len(ttl)
    del ttl
    t_load, info = timed(lambda: build_store([nq_path], tmp / "store"))
    store = open_store(tmp / "store")

    def ox_turtle() -> bytes:
        triples = store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
        )
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)

    t_ox_ttl, ox_ttl = timed(ox_turtle)
    t_ox_nq, _ = timed(lambda: store.dump(format=ox.RdfFormat.N_QUADS))
    print("\n| step | seconds |\n|---|---:|")
    print(f"| rdflib: build_dataset ({n_quads:,} quads) | {t_build:.1f} |")
    print(f"| rdflib: serialize N-Quads, sorted (kgraph) | {t_nq:.1f} |")
    print(
        f"| rdflib: serialize Turtle, union, deterministic (kgraph), {ttl_len / 1e6:.0f} MB "
        f"| {t_ttl:.1f} |"
    )
    print(
        f"| Oxigraph: bulk load N-Quads into on-disk store ({info.triples:,} quads) "
        f"| {t_load:.1f} |"
    )
    print(
        f"| Oxigraph: Turtle of the union (CONSTRUCT + serialize), "
        f"{len(ox_ttl) / 1e6:.0f} MB | {t_ox_ttl:.1f} |"
    )
    print(f"| Oxigraph: dump N-Quads | {t_ox_nq:.1f} |")
    del ox_ttl

    rdflib_ds, rdflib_quads = ds, n_quads
    if args.rdflib_triples and args.rdflib_triples < args.triples:
        del ds
        gc.collect()
        rdflib_ds, _, _ = build(args.rdflib_triples)
        rdflib_quads = count_quads(rdflib_ds)
        small = tmp / "small.nq"
        small.write_bytes(serialize(rdflib_ds, "nquads"))
        build_store([small], tmp / "small-store")
        small_store = open_store(tmp / "small-store")
    else:
        small_store = store

    print(
        f"\n| query | rows | Oxigraph store, {info.triples:,} quads (ms) "
        f"| rdflib in memory, {rdflib_quads:,} quads (ms) | Oxigraph, same size (ms) |"
    )
    print("|---|---:|---:|---:|---:|")
    for name, bindings in QUERIES:
        if chosen and name not in chosen:
            continue
        text = queries[name].text
        t_ox, r_ox = timed(lambda t=text, b=bindings: run_query(store, t, bindings=b), args.repeat)
        t_rl, r_rl = timed(lambda t=text, b=bindings: run_query(rdflib_ds, t, bindings=b))
        t_small, r_small = timed(
            lambda t=text, b=bindings: run_query(small_store, t, bindings=b), args.repeat
        )
        if len(r_rl) != len(r_small):
            same = " (row counts differ!)"
        elif r_rl.rows != r_small.rows or r_rl.graph != r_small.graph:
            same = " (rows differ!)"
        else:
            same = ""
        print(
            f"| {name} | {len(r_ox):,} | {t_ox * 1000:,.0f} | {t_rl * 1000:,.0f}{same} "
            f"| {t_small * 1000:,.0f} |"
        )
        sys.stdout.flush()
    print(f"\npeak RSS {rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
