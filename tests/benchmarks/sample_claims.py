"""Draw a fixed random sample of extracted claims, each with its sentence, to be read by hand.

    python tests/benchmarks/sample_claims.py [CORPUS.jsonl ...] [-n 50] [--seed 7]

CORPUS defaults to ``../shared/eval/voa_stories.jsonl`` (VOA stories, JSON Lines with
"id", "text", "published"). The corpus is extracted as ``kgraph extract CORPUS -f
jsonl`` does (cross-document linking included); the relations are taken in output order
and ``N`` of them drawn with ``random.Random(SEED)``, so the same code and corpus give
the same sample. Each claim is printed as subject, predicate, object, CAMEO code,
modality, negation, the ``basis`` of a tie read from one mention, the trigger and the
evidence sentence. A claim is right only if its sentence asserts that relation between
those actors with that polarity and modality.
"""

from __future__ import annotations

import argparse
import json
import random
import sys

from kgraph import api

DEFAULT_CORPUS = "../shared/eval/voa_stories.jsonl"


def claims(corpora: list[str]) -> list[dict]:
    """Return the relations ``kgraph extract CORPORA -f jsonl`` writes, in its order."""
    _summary, data = api.extract(corpora, None, fmt="jsonl")
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def sample(relations: list[dict], n: int, seed: int) -> list[dict]:
    """Return ``n`` relations drawn with ``random.Random(seed)`` (all when fewer)."""
    if n >= len(relations):
        return list(relations)
    return [relations[i] for i in random.Random(seed).sample(range(len(relations)), n)]


def describe(rel: dict) -> str:
    """Return one claim as two lines: the claim and its evidence."""
    attrs = rel.get("attributes") or {}
    qualifiers = [rel.get("modality") or "asserted"]
    if rel.get("negated"):
        qualifiers.append("NEGATED")
    if "basis" in attrs:
        qualifiers.append(f"basis={attrs['basis']}")
    ev = rel["evidence"]
    claim = (
        f"{rel['subject']['label']} —{rel['predicate']}→ {rel['object']['label']}"
        f"  [{rel.get('cameo') or '-'}; {', '.join(qualifiers)}; trigger {ev['trigger']!r}]"
    )
    return f"{claim}\n    doc {rel['doc']}: {' '.join(ev['sentence'].split())}"


def main(argv: list[str]) -> int:
    """Print the sample, numbered, with the corpus size and the seed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", default=[DEFAULT_CORPUS])
    parser.add_argument("-n", type=int, default=50, help="claims to draw (default 50)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv[1:])
    relations = claims(args.corpora)
    drawn = sample(relations, args.n, args.seed)
    print(f"{len(relations)} relations in {', '.join(args.corpora)}; {len(drawn)} drawn, "
          f"seed {args.seed}")  # fmt: skip
    for i, rel in enumerate(drawn, 1):
        print(f"{i:2d}. {describe(rel)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
