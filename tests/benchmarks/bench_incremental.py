"""Measure a full build of a large corpus, an incremental add, and a rebuild that changes nothing.

Usage::

    python tests/benchmarks/bench_incremental.py --size 10000 --add 100 \\
        ../shared/eval/voa_stories.jsonl ../shared/eval/wikinews_geopolitics.jsonl

The corpus is made at run time in a temporary folder: the given articles
repeated with new ids and lightly varied text (weekday names rotated, one
sentence dropped from every other copy), so no two documents are identical
and none is skipped as a duplicate. Each step runs ``kgraph`` as its own
process; the peak resident memory of that process is sampled every half
second, and printed at each tenth of the full build so a flat line shows.

Printed: full build time and RSS, then the add of ``--add`` new documents
(its time as a share of the full build; target ≤ 5 %), then a rebuild with
nothing changed (target: no extraction, seconds).
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
from pathlib import Path

CLI = "import sys; from kgraph.cli import main; sys.exit(main())"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def read_articles(paths: list[Path]) -> list[dict[str, str]]:
    """Return the articles of JSONL corpora as id/text/date/title records."""
    articles = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            date = str(row.get("date") or row.get("published") or "")[:10] or None
            articles.append({"text": row["text"], "date": date, "title": row.get("title") or None})
    return articles


def vary(text: str, copy: int) -> str:
    """Return a light variation of a text: weekdays rotated, a sentence dropped every other copy."""
    text = _WEEKDAY.sub(lambda m: WEEKDAYS[(WEEKDAYS.index(m[1]) + copy) % 7], text)
    if copy % 2:
        sentences = _SENTENCE_END.split(text)
        if len(sentences) > 3:
            del sentences[copy % (len(sentences) - 1) + 1]
            text = " ".join(sentences)
    return text


def write_corpus(path: Path, articles: list[dict[str, str]], start: int, count: int) -> None:
    """Write documents ``start`` … ``start + count - 1`` of the repeated corpus as JSONL."""
    with path.open("w", encoding="utf-8") as fh:
        for n in range(start, start + count):
            article = articles[n % len(articles)]
            copy = n // len(articles)
            record = {"id": f"doc-{n:06d}", "text": vary(article["text"], copy)}
            record.update({k: article[k] for k in ("date", "title") if article[k]})
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def rss_kb(pid: int) -> int:
    """Return the resident memory of a process in kB (0 once it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"^VmRSS:\s+(\d+)", status, re.M)
    return int(match[1]) if match else 0


def run(*args: str) -> tuple[float, list[tuple[float, int]], str]:
    """Run kgraph, sampling its RSS; return seconds, (time, kB) samples and stdout."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    samples = []
    while proc.poll() is None:
        samples.append((time.perf_counter() - started, rss_kb(proc.pid)))
        time.sleep(0.5)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode:
        sys.exit(f"kgraph {' '.join(args)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return seconds, samples, out.decode()


def profile(samples: list[tuple[float, int]], seconds: float) -> str:
    """Return the highest RSS within each tenth of a run, in MB."""
    marks = []
    for tenth in range(10):
        low, high = seconds * tenth / 10, seconds * (tenth + 1) / 10
        within = [kb for t, kb in samples if low <= t < high]
        marks.append(f"{max(within, default=0) / 1024:.0f}")
    return " ".join(marks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="JSONL corpora of real articles")
    parser.add_argument("--size", type=int, default=10_000, help="documents in the full build")
    parser.add_argument("--add", type=int, default=100, help="documents added afterwards")
    parser.add_argument("--keep", type=Path, help="keep the build folder here")
    args = parser.parse_args()

    articles = read_articles(args.corpora)
    work = Path(tempfile.mkdtemp(prefix="kgraph-bench-incremental-"))
    try:
        corpus, extra = work / "corpus.jsonl", work / "new.jsonl"
        write_corpus(corpus, articles, 0, args.size)
        write_corpus(extra, articles, args.size, args.add)
        words = sum(len(a["text"].split()) for a in articles) * args.size // len(articles)
        out = args.keep or work / "out"
        print(f"corpus: {args.size} documents (~{words:,} words) from {len(articles)} articles")

        full, samples, _ = run("build", str(corpus), "-o", str(out), "-q")
        peak = max((kb for _, kb in samples), default=0) / 1024
        print(f"full build: {full:.1f} s, peak RSS {peak:.0f} MB")
        print(f"  highest RSS in each tenth of the run (MB): {profile(samples, full)}")

        added, samples, summary = run("add", str(out), str(extra), "-q")
        peak = max((kb for _, kb in samples), default=0) / 1024
        print(
            f"add {args.add}: {added:.1f} s = {100 * added / full:.1f} % of the full build "
            f"(target ≤ 5 %), peak RSS {peak:.0f} MB; {summary.splitlines()[0]}"
        )

        write_corpus(corpus, articles, 0, args.size + args.add)
        again, _, summary = run("build", str(corpus), "-o", str(out), "-q")
        print(f"no-change rebuild: {again:.2f} s; {summary.splitlines()[0]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
