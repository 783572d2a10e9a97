"""Score kgraph's actor-actor relations on re3d press releases (State Department, CENTCOM).

Usage::

    python tests/benchmarks/bench_re3d.py ../shared/eval/re3d_dev.jsonl [--errors]

The same as ``kgraph evaluate FILE --dataset re3d``. kgraph predicates are
mapped onto re3d relation types in ``kgraph/evaluate/mappings.json``; re3d
types with no kgraph counterpart (CoLocated, HasAttrOf, IsSynonymOf, Apart)
are left out of both sides. AlliesOf and CommWith are undirected. Negated
relations and ties read from inside one mention (``basis: mention``) are left
out. An argument matches when the mention the relation was read from overlaps
the gold span, or the gold text names the actor.
"""

from __future__ import annotations

import sys

from scoring import run

if __name__ == "__main__":
    sys.exit(run("re3d", __doc__.splitlines()[0], None))
