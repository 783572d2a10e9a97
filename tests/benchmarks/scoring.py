"""Command line, data loading and P/R/F1 tables shared by the accuracy benchmarks."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def parse_args(description: str, argv: list[str] | None) -> argparse.Namespace:
    """Parse the benchmark options: the JSONL file, ``--model`` and ``--errors``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("path")
    parser.add_argument("--model", default=None)
    parser.add_argument("--errors", action="store_true", help="print misses and false alarms")
    return parser.parse_args(argv)


def read_records(path: str) -> list[dict[str, Any]]:
    """Return the records of a JSONL file, skipping blank lines."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def prf(c: list[int]) -> tuple[float, float, float]:
    """Return precision, recall, F1 from [predicted, correct predicted, gold, gold found]."""
    p = c[1] / c[0] if c[0] else 0.0
    r = c[3] / c[2] if c[2] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def print_scores(counts: Mapping[str, list[int]], label: str, width: int) -> None:
    """Print one row per key, then the micro-averaged row 'all'."""
    print(f"{label:<{width}} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}")
    for key in sorted(counts):
        p, r, f = prf(counts[key])
        print(f"{key:<{width}} {p:6.3f} {r:6.3f} {f:6.3f} {counts[key][0]:5d} {counts[key][2]:5d}")
    total = [sum(c[i] for c in counts.values()) for i in range(4)]
    p, r, f = prf(total)
    print(f"{'all':<{width}} {p:6.3f} {r:6.3f} {f:6.3f} {total[0]:5d} {total[2]:5d}")
