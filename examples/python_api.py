"""Build a graph from the seed article and ask it questions from Python.

Run from the project root:
    python examples/python_api.py [OUTDIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from kgraph import api


def main(outdir: str = "out/example") -> None:
    out = Path(outdir)
    summary = api.build(["seeds/"], out, pictures=False, store=False)
    print(f"{summary.extract.actors} actors, {summary.extract.relations} relations")

    graph = [out / "graph.ttl"]
    print("\nDesignations and sanctions:")
    for row in api.query(graph, name="designations-and-sanctions").as_dicts():
        print("  ", row)

    print("\nMost central actors:")
    for score in api.rank(graph, top=5):
        print(f"   {score.label:30} {score.type:22} pagerank {score.score('pagerank'):.3f}")

    print("\nHow is Trump connected to the Cartel de Los Soles?")
    for path in api.paths(graph, "Trump", "Cartel de Los Soles"):
        for hop in path.hops:
            print(f"   {hop.source_label} —{hop.predicate}→ {hop.target_label}: {hop.sentence!r}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
