"""Named queries through kgraph vs raw pyoxigraph on the same store, and on an Oxigraph server.

Usage::

    python tests/benchmarks/bench_remote.py --triples 200000

Builds the corpus-shaped synthetic graph of ``bench_sparql.py``, bulk-loads it
into a store folder and, from the same N-Quads, into an ``oxigraph serve``
started on a loopback port. For each named query it times (median of
``--repeat`` runs, all in one run so the ratios hold on a noisy machine):

* ``raw``: what a pyoxigraph user does with a store folder: open it
  read-only, ``Store.query`` with the parameters already resolved to terms,
  every term of every solution read;
* ``api store``: :func:`kgraph.api.query` on the store folder (what
  ``kgraph query out/store -n NAME`` runs: opening the store, resolving
  actor names, converting the terms to rdflib's), as a ratio to raw
  (target ≤ 1.2);
* ``held``: the same two with the store opened once beforehand, as a caller
  that queries repeatedly holds it: raw ``Store.query`` on the open store vs
  :func:`kgraph.query.sparql.run_query` on it (no open, actor names still
  resolved), as a ratio;
* ``api server``: :func:`kgraph.api.query` on the server's endpoint URL
  (HTTP, JSON results, rdflib's parser), as a ratio to raw on the held store
  (the server holds its store open).

The rows of the three kgraph runs are compared; a difference is reported.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sparql import QUERIES, build

from tests.remote.servers import start_oxigraph


def median_seconds(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm: the first run pays for caches, on every side alike
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import pyoxigraph as ox

    from kgraph import api
    from kgraph.query.library import named_queries
    from kgraph.query.sparql import resolve_bindings, run_query, to_oxigraph
    from kgraph.query.store import build_store, open_store
    from kgraph.rdf.serialize import serialize

    tmp = Path(tempfile.mkdtemp(prefix="kgraph-bench-remote-"))
    ds, n_docs, _ = build(args.triples)
    nq = tmp / "graph.nq"
    nq.write_bytes(serialize(ds, "nquads"))
    del ds
    info = build_store([nq], tmp / "store")
    server_dir = tmp / "server"
    server = start_oxigraph(server_dir)
    try:
        import httpx

        with nq.open("rb") as fh:
            httpx.post(
                f"{server.base}/store",
                content=fh.read(),
                headers={"Content-Type": "application/n-quads"},
                timeout=600,
            ).raise_for_status()
        store = open_store(tmp / "store")
        library = named_queries()
        print(f"pyoxigraph {ox.__version__}; {n_docs} documents, {info.triples:,} quads")
        print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
        print(
            "\n| query | rows | raw (ms) | api store (ms) | ratio "
            "| raw, held (ms) | run_query, held (ms) | ratio "
            "| api server (ms) | ratio to raw, held |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        folder = str(tmp / "store")
        for name, bindings in QUERIES:
            text = library[name].text
            terms = resolve_bindings(store, text, bindings)
            subs = {ox.Variable(k): to_oxigraph(v) for k, v in terms.items()} or None

            def raw_on(held: Any, text: str = text, subs: Any = subs) -> int:
                result = held.query(text, use_default_graph_as_union=True, substitutions=subs)
                if isinstance(result, ox.QueryBoolean):
                    return 1
                count = 0
                for solution in result:
                    tuple(solution)  # every term read, as a caller of the raw store would
                    count += 1
                return count

            def raw() -> int:
                return raw_on(ox.Store.read_only(folder))

            rows = raw()
            t_raw = median_seconds(raw, args.repeat)
            t_api = median_seconds(
                lambda n=name, b=bindings: api.query([folder], name=n, bindings=b), args.repeat
            )
            t_raw_held = median_seconds(lambda: raw_on(store), args.repeat)
            t_held = median_seconds(
                lambda t=text, b=bindings: run_query(store, t, bindings=b), args.repeat
            )
            local = api.query([folder], name=name, bindings=bindings)
            held = run_query(store, text, bindings=bindings)
            remote = api.query([server.query_url], name=name, bindings=bindings)
            same = ""
            if local.rows != held.rows or local.boolean != held.boolean:
                same = " (held rows differ!)"
            if len(remote.rows) != len(local.rows):
                same += " (server row count differs!)"
            t_srv = median_seconds(
                lambda n=name, b=bindings: api.query([server.query_url], name=n, bindings=b),
                args.repeat,
            )
            print(
                f"| {name} | {rows:,} | {t_raw * 1e3:,.1f} | {t_api * 1e3:,.1f} "
                f"| {t_api / t_raw:.2f} | {t_raw_held * 1e3:,.1f} | {t_held * 1e3:,.1f} "
                f"| {t_held / t_raw_held:.2f} | {t_srv * 1e3:,.1f}{same} "
                f"| {t_srv / t_raw_held:.2f} |",
                flush=True,
            )
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
