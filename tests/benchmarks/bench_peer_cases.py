"""Score kgraph on the PLOVER gold-standard sentences (CAMEO root between source and target).

Usage::

    python tests/benchmarks/bench_peer_cases.py ../shared/eval/peer_cases.jsonl

An event is found when kgraph yields a relation (not negated, with a CAMEO
code) whose CAMEO root equals the gold root and whose subject and object match
the gold source and target actor texts (``kgraph.evaluate.gold.actor_matches``:
normalised equality or whole-word containment against the actor's label,
aliases or mention texts; symmetric predicates match in either direction).
Precision is over kgraph's distinct (sentence, subject, object, root)
relations, recall over the gold events (events without a target count as
missed), F1 is their harmonic mean. Per-root figures follow.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict

from scoring import parse_args, print_scores, read_records

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_documents
from kgraph.model import Document
from kgraph.nlp.models import load_model
from kgraph.vocabulary import RELATIONS, cameo_root


def main(argv: list[str] | None = None) -> int:
    args = parse_args(__doc__.splitlines()[0], argv)
    records = read_records(args.path)
    nlp = load_model(args.model)
    documents = [Document(id=r["id"], text=r["text"]) for r in records]
    started = time.perf_counter()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # pred, ok, gold, found
    for record, extraction in zip(records, extract_documents(documents, nlp=nlp), strict=True):
        actors = {a.id: a for a in extraction.actors}
        preds = {}
        for rel in extraction.relations:
            if rel.negated or not rel.cameo:
                continue
            key = (rel.subject, rel.object, cameo_root(rel.cameo))
            preds.setdefault(key, rel)
        events = [e for e in record["events"]]

        def match(e: dict, key: tuple[str, str, str | None], rel, actors=actors) -> bool:
            if e.get("cameo_root") != key[2] or not e.get("target") or not e.get("source"):
                return False
            s, o = actors.get(key[0]), actors.get(key[1])
            if actor_matches(e["source"], s) and actor_matches(e["target"], o):
                return True
            kind = RELATIONS.get(rel.predicate)
            return bool(
                kind
                and kind.symmetric
                and actor_matches(e["source"], o)
                and actor_matches(e["target"], s)
            )

        for key, rel in preds.items():
            ok = any(match(e, key, rel) for e in events)
            counts[key[2] or "?"][0] += 1
            counts[key[2] or "?"][1] += ok
            if args.errors and not ok:
                s, o = actors.get(key[0]), actors.get(key[1])
                print(
                    f"FP {record['id']}: {s.label if s else key[0]} -{rel.predicate}/{key[2]}-> "
                    f"{o.label if o else key[1]} [{rel.evidence.trigger}]"
                )
        for e in events:
            root = e.get("cameo_root") or "?"
            found = any(match(e, key, rel) for key, rel in preds.items())
            counts[root][2] += 1
            counts[root][3] += found
            if args.errors and not found:
                print(
                    f"FN {record['id']}: {e.get('source')} -{root}-> {e.get('target')} "
                    f"[{e.get('event_text')}] | {record['text'][:160]}"
                )
    elapsed = time.perf_counter() - started

    print_scores(counts, "root", 6)
    print(f"sentences={len(records)} seconds={elapsed:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
