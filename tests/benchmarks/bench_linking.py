"""Measure cross-document actor merging: what it merges in a corpus, and how fast it is.

Usage::

    python tests/benchmarks/bench_linking.py ../shared/eval/wikinews_geopolitics.jsonl
    python tests/benchmarks/bench_linking.py --synthetic 20000

With a corpus: extract every document, merge, and print each merge (rule,
score, merged label → kept id) for reading by eye, with the actor counts
before and after. With ``--synthetic N``: time the merging alone on N random
two-word person names spread over N/20 documents.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from collections import Counter

from kgraph.extract.actors.linking import link_actors
from kgraph.model import Actor, ActorType, Document, DocumentExtraction


def _synthetic(n: int) -> list[DocumentExtraction]:
    rnd = random.Random(0)

    def word() -> str:
        return "".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(4, 8)))

    per_doc = 20
    return [
        DocumentExtraction(
            Document(f"d{d}", ""),
            tuple(
                Actor(f"person-{d}-{j}", f"{word().title()} {word().title()}", ActorType.PERSON)
                for j in range(per_doc)
            ),
        )
        for d in range(max(1, n // per_doc))
    ]


def _corpus(path: str) -> list[DocumentExtraction]:
    from kgraph.extract.pipeline import extract_documents
    from kgraph.io.readers import read_inputs
    from kgraph.nlp.models import load_model

    return list(extract_documents(list(read_inputs([path])), nlp=load_model(None)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--synthetic", type=int, default=0)
    args = parser.parse_args(argv)
    if not args.path and not args.synthetic:
        parser.error("give a corpus or --synthetic N")
    extractions = _synthetic(args.synthetic) if args.synthetic else _corpus(args.path)
    before = len({a.id for e in extractions for a in e.actors})
    started = time.perf_counter()
    linked, merges = link_actors(extractions)
    seconds = time.perf_counter() - started
    after = len({a.id for e in linked for a in e.actors})
    if not args.synthetic:
        for m in merges:
            print(f"{m.rule:6} {m.score:5.1f}  {m.label!r} -> {m.into}")
    rules = ", ".join(f"{rule} {n}" for rule, n in sorted(Counter(m.rule for m in merges).items()))
    print(f"documents={len(extractions)} actors={before}->{after} merges={len(merges)} ({rules})")
    print(f"seconds={seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
