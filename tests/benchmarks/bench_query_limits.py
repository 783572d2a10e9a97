"""Benchmark what a time limit costs: each named query with and without one, on both engines.

A query with a time limit runs in a forked child process (kgraph.query.limits);
this measures the price of the fork and of sending the rows back, on the
corpus-shaped graph of bench_sparql.py, and how soon a runaway query stops.

    python tests/benchmarks/bench_query_limits.py --triples 100000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_sparql import QUERIES, build, rss_mb, timed

from kgraph.errors import TimeoutExceededError
from kgraph.query.library import named_queries
from kgraph.query.sparql import run_query
from kgraph.query.store import build_store, open_store

CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--stop-after", type=float, default=1.0, help="timeout of the runaway")
    args = parser.parse_args()

    ds, n_docs, _ = build(args.triples)
    library = named_queries()
    with tempfile.TemporaryDirectory() as folder:
        build_store(ds, Path(folder) / "store")
        store = open_store(Path(folder) / "store")
        quads = sum(len(g) for g in ds.graphs())
        print(f"{n_docs} documents, {quads} quads, RSS {rss_mb():.0f} MB")
        print("| engine | query | rows | no limit (ms) | --timeout 60 (ms) |")
        print("|---|---|---:|---:|---:|")
        for engine, source in (("oxigraph", store), ("rdflib", ds)):
            for name, bindings in QUERIES:
                text = library[name].text
                plain, result = timed(
                    lambda t=text, b=bindings, s=source: run_query(s, t, bindings=b),
                    args.repeat,
                )
                bounded, _ = timed(
                    lambda t=text, b=bindings, s=source: run_query(s, t, bindings=b, timeout=60),
                    args.repeat,
                )
                print(
                    f"| {engine} | {name} | {len(result)} | {plain * 1000:.0f} "
                    f"| {bounded * 1000:.0f} |"
                )
        print()
        print(f"| engine | cross product, timeout={args.stop_after:g}: stopped after (s) |")
        print("|---|---:|")
        for engine, source in (("oxigraph", store), ("rdflib", ds)):
            started = time.perf_counter()
            try:
                run_query(source, CROSS_PRODUCT, timeout=args.stop_after)
                outcome = "finished"
            except TimeoutExceededError:
                outcome = f"{time.perf_counter() - started:.2f}"
            print(f"| {engine} | {outcome} |")


if __name__ == "__main__":
    main()
