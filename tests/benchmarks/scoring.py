"""The accuracy benchmarks' shared command line: each scores one dataset with ``kgraph evaluate``.

The scoring itself is :mod:`kgraph.evaluate` (the same as ``kgraph evaluate FILE``);
the mapping of kgraph predicates to each dataset's classes is
``kgraph/evaluate/mappings.json``.
"""

from __future__ import annotations

import argparse

from kgraph import api
from kgraph.evaluate.report import format_text, to_json


def run(dataset: str, description: str, argv: list[str] | None) -> int:
    """Parse ``PATH [--model M] [--errors] [--format table|json]``, score, print."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("path")
    parser.add_argument("--model", default=None)
    parser.add_argument("--errors", action="store_true", help="print misses and false alarms")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args(argv)
    report = api.evaluate(args.path, dataset=dataset, model=args.model)
    show = to_json if args.format == "json" else format_text
    print(show(report, errors=args.errors))
    return 0
