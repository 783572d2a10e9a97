"""Measure the peak resident memory of each step of a build, at several corpus sizes.

Usage::

    python tests/benchmarks/bench_derive_memory.py --size 1000 --size 3000 \\
        ../shared/eval/voa_stories.jsonl ../shared/eval/wikinews_geopolitics.jsonl

The corpus is the one of ``bench_incremental.py`` (the given articles
repeated with new ids and lightly varied text), documents 0 … N-1. Each size
is built by ``api.build`` in a process of its own (``--jobs`` workers, 2 by
default); the steps are told apart by the build's checkpoints
(:mod:`kgraph.outputs.faults`) and by wrapping the functions that draw and
report. Before each step the peak is reset (``5`` written to
``/proc/self/clear_refs``); after it the peak (``VmHWM``) and the resident
memory (``VmRSS``) of the build's process are read, so each row is that
step's own peak. The workers' memory is not counted.

``--records FOLDER`` starts each size from a copy of the records of an
earlier build of at least N documents of the same corpus (its ``docs/`` and
``manifest.json``, made with ``kgraph build``): the build then extracts
nothing and derives every output (parts, graph files, store, pictures,
reports) from the records, which is the end of a build without the wait for
the extraction.

Printed: one row a step, one column a size, in MB (``peak; RSS after``).
Linux only.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_incremental import read_articles, write_corpus

STEPS = (
    ("extracted", "end of the extraction"),
    ("derived", "parts and graph files"),
    ("store", "store"),
    ("graph.png", "ranking and graph.png"),
    ("graph.html", "graph.html"),
    ("reports", "reports"),
    ("done", "checks, manifest and switch"),
)
# Every output but the records and the manifest: what --records deletes so that all is derived.
DERIVED = (
    "graph.ttl",
    "graph.trig",
    "relations.jsonl",
    "store",
    "parts",
    "graph.png",
    "graph.html",
    "report.html",
    "report.md",
    "report.svg",
)


def _status_kb(field: str) -> int:
    match = re.search(rf"^{field}:\s+(\d+)", Path("/proc/self/status").read_text(), re.M)
    return int(match[1]) if match else 0


class Meter:
    """The peak and resident memory of this process at the end of each named step."""

    def __init__(self) -> None:
        self.steps: dict[str, tuple[float, float]] = {}
        self.started = time.perf_counter()
        self.seconds: dict[str, float] = {}
        self.reset()

    @staticmethod
    def reset() -> None:
        """Make the peak the current resident memory."""
        Path("/proc/self/clear_refs").write_text("5")

    def mark(self, name: str) -> None:
        """Record the step ``name`` just ended, then reset the peak for the next one."""
        if name in self.steps:
            return
        peak, rss = _status_kb("VmHWM") / 1024, _status_kb("VmRSS") / 1024
        self.steps[name] = (peak, rss)
        self.seconds[name] = time.perf_counter() - self.started
        self.reset()


def _wrap(meter: Meter, func: Callable[..., Any], name_of: Callable[..., str]) -> Any:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = func(*args, **kwargs)
        meter.mark(name_of(*args, **kwargs))
        return result

    return wrapped


def child(corpus: Path, out: Path, jobs: int) -> None:
    """Build ``corpus`` into ``out`` in this process and print each step's memory as JSON."""
    from kgraph import api
    from kgraph.api import building
    from kgraph.outputs import derive, update

    meter = Meter()
    watched = {"extracted", "derived", "store"}

    def checkpoint(stage: str, _real: Callable[[str], None] = update.checkpoint) -> None:
        _real(stage)
        if stage in watched:
            meter.mark(stage)

    update.checkpoint = derive.checkpoint = checkpoint  # type: ignore[assignment]
    building.build_draw = _wrap(  # type: ignore[assignment]
        meter, building.build_draw, lambda G, docs, path, title: Path(path).name
    )
    building.build_report = _wrap(  # type: ignore[assignment]
        meter, building.build_report, lambda *a, **k: "reports"
    )
    summary = api.build([str(corpus)], out, jobs=jobs, prune=True)
    meter.mark("done")
    print(
        json.dumps(
            {
                "steps": meter.steps,
                "seconds": meter.seconds,
                "extracted": summary.extracted,
                "documents": summary.extract.documents,
                "relations": summary.extract.relations,
                "html": (out / "graph.html").stat().st_size,
            }
        )
    )


def _from_records(records: Path, out: Path) -> None:
    """Put a copy of an earlier build's records in ``out``, without any derived output."""
    shutil.copytree(records / "docs", out / "docs")
    shutil.copy2(records / "manifest.json", out / "manifest.json")
    for name in DERIVED:
        path = out / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def measure(
    articles: list[dict[str, str]], size: int, jobs: int, records: Path | None, work: Path
) -> dict[str, Any]:
    """Build ``size`` documents in a process of its own; return what :func:`child` printed."""
    corpus, out = work / f"corpus-{size}.jsonl", work / f"out-{size}"
    write_corpus(corpus, articles, 0, size)
    if records is not None:
        _from_records(records, out)
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(corpus), str(out), "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode:
        sys.exit(f"build of {size} documents failed: {proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    shutil.rmtree(out, ignore_errors=True)
    return result


def table(results: dict[int, dict[str, Any]]) -> str:
    """Return the steps as a Markdown table, one column a size."""
    sizes = sorted(results)
    lines = [
        "| step | " + " | ".join(f"{n:,} documents" for n in sizes) + " |",
        "| --- |" + " --- |" * len(sizes),
    ]
    for key, label in STEPS:
        cells = []
        for n in sizes:
            peak, rss = results[n]["steps"].get(key, (0.0, 0.0))
            cells.append(f"{peak:.0f} MB; {rss:.0f} MB")
        lines.append(f"| {label} (peak; RSS after) | " + " | ".join(cells) + " |")
    for n in sizes:
        r = results[n]
        lines.append(
            f"\n{n:,} documents: {r['extracted']} extracted, {r['relations']:,} relations, "
            f"graph.html {r['html'] / 1e6:.1f} MB, {r['seconds']['done']:.0f} s"
        )
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        parser = argparse.ArgumentParser()
        parser.add_argument("--child", type=Path)
        parser.add_argument("out", type=Path)
        parser.add_argument("--jobs", type=int, default=2)
        args = parser.parse_args()
        child(args.child, args.out, args.jobs)
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="JSONL corpora of real articles")
    parser.add_argument("--size", type=int, action="append", help="documents (repeatable)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--records", type=Path, help="a build folder to take the records from")
    args = parser.parse_args()
    articles = read_articles(args.corpora)
    work = Path(tempfile.mkdtemp(prefix="kgraph-bench-derive-"))
    try:
        results = {
            n: measure(articles, n, args.jobs, args.records, work)
            for n in args.size or [1000, 3000]
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(table(results))


if __name__ == "__main__":
    main()
