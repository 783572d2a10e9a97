"""Words per second of the whole extraction vs spaCy's own ``nlp.pipe``, 1 and 2 processes; Dask.

Usage::

    python tests/benchmarks/bench_parallel.py \\
        ../shared/eval/raw/wikinews/wikinews_2019.csv \\
        ../shared/eval/raw/wikinews/wikinews_2020.csv \\
        ../shared/eval/voa_stories.jsonl --limit 160

Every configuration runs on the same texts in one run, so that the ratios
hold on a shared, noisy machine even when the absolute figures drift:

* ``spacy pipe n_process=1|2``: ``nlp.pipe`` over the texts, nothing else;
* ``kgraph jobs=1|2``: :func:`kgraph.api.extract_documents` (parse, mentions,
  actors, relations), two processes through ``--jobs``;
* ``kgraph dask local 2 workers``: the same on a two-worker
  ``distributed.LocalCluster`` (``--dask local``), cluster start included.

Process start-up and model loading are inside the parallel timings, as a user
sees them. ``--rss`` also reports the peak resident memory of one extraction
worker (a spawned process that loads the model and extracts every text).
The 2-process outputs are checked to equal the 1-process output.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kgraph import api
from kgraph.model import Document


def read(paths: list[str]) -> list[Document]:
    csv.field_size_limit(10**8)
    docs: list[Document] = []
    for path in paths:
        if path.endswith(".jsonl"):
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    date = (r.get("date") or r.get("published") or "")[:10] or None
                    docs.append(Document(id=f"voa-{r['id']}", text=r["text"], date=date))
        else:
            with open(path, encoding="utf-8", newline="") as fh:
                for i, row in enumerate(csv.DictReader(fh)):
                    date = (row.get("date") or "")[:10] or None
                    docs.append(Document(id=f"{Path(path).stem}-{i}", text=row["text"], date=date))
    return [d for d in docs if d.text.strip()]


def interleave(groups: list[list[Document]], limit: int) -> list[Document]:
    """Take texts from every source in turn, so that a small limit still mixes them."""
    out: list[Document] = []
    for i in range(max(len(g) for g in groups)):
        for g in groups:
            if i < len(g) and len(out) < limit:
                out.append(g[i])
    return out


def timed(label: str, words: int, run: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:8.1f} s {words / seconds:9.0f} words/s", flush=True)
    return seconds, result


def _worker_peak(documents: list[Document], model: str | None) -> int:
    """Extract every text in chunks, as a pool worker does; return this process's peak RSS."""
    from kgraph.extract.parallel import chunked, extract_chunk

    for chunk in chunked(documents):
        extract_chunk(chunk, model=model)
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=160, help="texts to use (mixed sources)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--rss", action="store_true", help="peak memory of one worker")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument(
        "--only-rss", action="store_true", help="measure the worker's peak memory only"
    )
    args = parser.parse_args(argv)
    documents = interleave([read([p]) for p in args.paths], args.limit)
    words = sum(len(d.text.split()) for d in documents)
    print(f"documents={len(documents)} words={words} cores={os.cpu_count()}")
    print("load average at start: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))

    from kgraph.nlp.models import load_model, model_description

    nlp = load_model(args.model)
    nlp("warm up")
    print(f"model={model_description(nlp)}")
    texts = [d.text for d in documents]
    if args.only_rss:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            peak = pool.apply(_worker_peak, (documents, args.model))
        print(f"worker peak rss = {peak / 2**20:.0f} MiB")
        return 0

    def extract(**kw: Any) -> Callable[[], Any]:
        return lambda: list(api.extract_documents(documents, model=args.model, **kw))

    t_pipe1, _ = timed("spacy pipe n_process=1", words, lambda: list(nlp.pipe(texts)))
    t_pipe2, _ = timed("spacy pipe n_process=2", words, lambda: list(nlp.pipe(texts, n_process=2)))
    t_kg1, one = timed("kgraph jobs=1", words, extract(jobs=1))
    t_kg2, two = timed("kgraph jobs=2", words, extract(jobs=2))
    ser = api.serialise_extractions
    assert ser(two, "trig") == ser(one, "trig"), "jobs=2 differs from jobs=1"
    print(f"ratio kgraph/spacy 1 process = {t_kg1 / t_pipe1:.2f}")
    print(f"ratio kgraph/spacy 2 processes = {t_kg2 / t_pipe2:.2f}")
    print(f"speed-up kgraph jobs=2 over jobs=1 = {t_kg1 / t_kg2:.2f}")
    print(f"speed-up spacy n_process=2 over 1 = {t_pipe1 / t_pipe2:.2f}")
    if not args.no_dask:
        t_dask, on_dask = timed("kgraph dask local 2 workers", words, extract(jobs=2, dask="local"))
        assert ser(on_dask, "trig") == ser(one, "trig"), "dask differs from jobs=1"
        print(f"ratio dask local 2 workers / jobs=2 = {t_dask / t_kg2:.2f}")
    if args.rss:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            peak = pool.apply(_worker_peak, (documents, args.model))
        print(f"worker peak rss = {peak / 2**20:.0f} MiB")
    print("load average at end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
