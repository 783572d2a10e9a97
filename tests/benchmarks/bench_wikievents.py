"""Score kgraph on WikiEvents-style news articles (every event of the covered types annotated).

Usage::

    python tests/benchmarks/bench_wikievents.py ../shared/eval/wikievents_dev.jsonl [--errors]

The same as ``kgraph evaluate FILE --dataset wikievents``: precision over the
relations whose predicate maps to a covered event type
(``kgraph/evaluate/mappings.json``), recall over the gold events that some
kgraph predicate codes.
"""

from __future__ import annotations

import sys

from scoring import run

if __name__ == "__main__":
    sys.exit(run("wikievents", __doc__.splitlines()[0], None))
