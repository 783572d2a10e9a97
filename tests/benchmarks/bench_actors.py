"""Measure what the actors stage adds to spaCy's own time.

Parses the Wikinews articles once with ``nlp.pipe`` (timed), then runs
``find_mentions`` + ``resolve_actors`` over the parsed documents (timed, after
one warm-up document so that the cached gazetteer and phrase matcher are built
outside the measurement; their one-off build time is printed separately).
Prints the best of ``--repeat`` runs of each.

Run from the project root:
    python tests/benchmarks/bench_actors.py [--shared ../shared] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kgraph.extract.actors.actors import resolve_actors
from kgraph.extract.mentions.gazetteer import load_gazetteer
from kgraph.extract.mentions.mentions import find_mentions, phrase_matcher
from kgraph.nlp.models import load_model, model_description


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", type=Path)
    parser.add_argument("--repeat", default=3, type=int)
    args = parser.parse_args()
    path = args.shared / "eval/wikinews_geopolitics.jsonl"
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    nlp = load_model()

    t0 = time.perf_counter()
    gaz = load_gazetteer()
    phrase_matcher(gaz, nlp.vocab)
    build = time.perf_counter() - t0

    spacy_times, actor_times = [], []
    docs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts))
        spacy_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_actors = n_mentions = 0
        for doc in docs:
            mentions = list(find_mentions(doc, gazetteer=gaz))
            index = resolve_actors(doc, mentions, gazetteer=gaz)
            n_mentions += len(mentions)
            n_actors += len(index.actors)
        actor_times.append(time.perf_counter() - t0)
    tokens = sum(len(d) for d in docs)
    spacy_s, actor_s = min(spacy_times), min(actor_times)
    print(f"pipeline            {model_description(nlp)}")
    print(f"documents           {len(docs)} ({tokens} tokens)")
    print(f"gazetteer entries   {len(gaz)}; gazetteer + phrase matcher build {build:.2f} s (once)")
    print(f"spaCy nlp.pipe      {spacy_s:.2f} s")
    print(f"mentions + actors   {actor_s:.3f} s ({n_mentions} mentions, {n_actors} actors)")
    print(f"share of spaCy time {100 * actor_s / spacy_s:.1f} %")


if __name__ == "__main__":
    main()
