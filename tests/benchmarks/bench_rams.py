"""Score kgraph's recall on RAMS-style news passages (one annotated event per passage).

Usage::

    python tests/benchmarks/bench_rams.py ../shared/eval/rams_dev.jsonl [--errors]

The same as ``kgraph evaluate FILE --dataset rams``. Each gold event lists the
kgraph predicates that fairly code it; a relation of the JSONL export with one
of them whose arguments overlap (or name) the gold arguments finds it. Recall
only: other events in a passage are not annotated.
"""

from __future__ import annotations

import sys

from scoring import run

if __name__ == "__main__":
    sys.exit(run("rams", __doc__.splitlines()[0], None))
