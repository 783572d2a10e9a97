"""Score kgraph on the PLOVER gold-standard sentences (CAMEO root between source and target).

Usage::

    python tests/benchmarks/bench_peer_cases.py ../shared/eval/peer_cases.jsonl [--errors]

The same as ``kgraph evaluate FILE --dataset plover``: a prediction is a
relation of the JSONL export (not negated, with a CAMEO code) in the class of
its CAMEO root, deduplicated per (sentence, subject, object, root); it matches
a gold event of the same root whose source and target name its arguments
(label, alias or the mention it was read from; symmetric predicates either way
round). Events without a target count as missed.
"""

from __future__ import annotations

import sys

from scoring import run

if __name__ == "__main__":
    sys.exit(run("plover", __doc__.splitlines()[0], None))
