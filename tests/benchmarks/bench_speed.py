"""Measure what extraction adds to spaCy's own parsing time, and memory over a long stream.

Usage::

    python tests/benchmarks/bench_speed.py \\
        ../shared/eval/wikinews_geopolitics.jsonl \\
        ../shared/eval/raw/wikinews/wikinews_2019.csv \\
        ../shared/eval/raw/wikinews/wikinews_2020.csv

Phase 1 parses every text with ``nlp.pipe`` exactly as the pipeline does (line
by line) and times it; phase 2 times everything after the parse (joining the
lines, mentions, actors, relations) over the same parsed documents, with the
lexicon made the active one around each document as ``extract_documents`` does. The ratio
of the two is the overhead of kgraph over spaCy. Phase 3 streams the corpus
``--repeat`` times through ``extract_documents`` and prints the resident
memory at each quarter: flat figures mean constant memory.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

from kgraph.extract.lexicon import load_lexicon, using
from kgraph.extract.mentions.gazetteer import load_gazetteer
from kgraph.extract.pipeline import extract_doc, extract_documents, split_lines
from kgraph.model import Document
from kgraph.nlp.models import load_model


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
    except OSError:
        return float("nan")
    return pages * 4096 / 1e6


def _read(paths: list[str]) -> list[Document]:
    docs: list[Document] = []
    csv.field_size_limit(10**8)
    for path in paths:
        if path.endswith(".jsonl"):
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    docs.append(Document(id=r["id"], text=r["text"], date=r.get("date")))
        else:
            with open(path, encoding="utf-8", newline="") as fh:
                for i, row in enumerate(csv.DictReader(fh)):
                    docs.append(
                        Document(
                            id=f"{Path(path).stem}-{i}",
                            text=row["text"],
                            date=(row.get("date") or "")[:10] or None,
                        )
                    )
    return [d for d in docs if d.text.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=2, help="passes for the memory phase")
    args = parser.parse_args(argv)
    documents = _read(args.paths)
    nlp = load_model(args.model)
    gazetteer = load_gazetteer()
    nlp("warm up")
    chars = sum(len(d.text) for d in documents)

    started = time.perf_counter()
    parsed = []
    lines = [(line, i) for i, d in enumerate(documents) for line in split_lines(d.text)]
    for doc, i in nlp.pipe(lines, as_tuples=True, batch_size=128):
        parsed.append((doc, i))
    t_parse = time.perf_counter() - started

    from spacy.tokens import Doc

    started = time.perf_counter()
    relations = 0
    groups: dict[int, list[Doc]] = {}
    for doc, i in parsed:
        groups.setdefault(i, []).append(doc)
    # as extract_documents does: the lexicon made the active one around each document
    lexicon = load_lexicon()
    for i, parts in groups.items():
        joined = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        with using(lexicon):
            relations += len(extract_doc(joined, documents[i], gazetteer=gazetteer).relations)
    t_extract = time.perf_counter() - started
    del parsed, groups

    print(f"documents={len(documents)} characters={chars} relations={relations}")
    print(f"nlp.pipe seconds={t_parse:.2f}")
    print(f"extraction seconds={t_extract:.2f}")
    print(f"overhead ratio={t_extract / t_parse:.3f}")

    stream = (d for _ in range(args.repeat) for d in documents)
    total = args.repeat * len(documents)
    marks = {total // 4, total // 2, 3 * total // 4, total}
    for n, _ in enumerate(extract_documents(stream, nlp=nlp), 1):
        if n in marks:
            print(f"streamed={n} rss_mb={_rss_mb():.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
