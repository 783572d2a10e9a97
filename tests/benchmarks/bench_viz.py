"""Time the pictures and reports on synthetic actor graphs of growing size.

Run: python tests/benchmarks/bench_viz.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import networkx as nx

from kgraph.report import write_report
from kgraph.viz.interactive import write_html
from kgraph.viz.static import draw
from kgraph.vocabulary import RELATIONS

TYPES = ("Person", "State", "Government", "Military", "ArmedGroup", "Organization", "Group")
PREDICATES = sorted(RELATIONS)


def synthetic(n: int, m: int) -> nx.MultiDiGraph:
    """Return a seeded random projected graph with ``n`` actors and ``m`` events."""
    base = nx.gnm_random_graph(n, m, seed=7, directed=True)
    G = nx.MultiDiGraph()
    for v in base:
        G.add_node(f"a{v}", label=f"Actor {v}", type=TYPES[v % len(TYPES)], mentions=v % 9 + 1)
    for i, (u, v) in enumerate(base.edges()):
        p = PREDICATES[i % len(PREDICATES)]
        G.add_edge(
            f"a{u}",
            f"a{v}",
            key=f"e{i}",
            predicate=p,
            family=RELATIONS[p].family,
            modality="planned" if i % 11 == 0 else "asserted",
            negated=i % 13 == 0,
            date=f"2025-11-{i % 28 + 1:02d}",
            confidence=0.8,
            sentence=f"Sentence {i}.",
            doc=f"doc{i % 5}",
        )
    return G


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        print(
            f"{'actors':>7} {'events':>7} {'png s':>7} {'svg s':>7} {'html s':>7} {'report s':>9}"
        )
        for n, m in ((30, 60), (100, 250), (300, 800), (1000, 2500)):
            G = synthetic(n, m)
            times = []
            for write, name in (
                (draw, "g.png"),
                (draw, "g.svg"),
                (write_html, "g.html"),
                (write_report, "r.html"),
            ):
                t = time.perf_counter()
                write(G, out / name)
                times.append(time.perf_counter() - t)
            print(
                f"{n:>7} {m:>7} " + " ".join(f"{x:>7.2f}" for x in times[:3]) + f" {times[3]:>9.2f}"
            )


if __name__ == "__main__":
    main()
