"""List the relations the derived lexicon adds to (or removes from) a corpus, for reading.

    python tests/benchmarks/bench_derived_lexicon.py CORPUS.jsonl [LIMIT]

CORPUS is JSON Lines with "id", "text" and "published" or "date". The extraction runs
twice, with the curated lexicon only and with the shipped one (derived base
underneath); each relation found by one run only is printed with its trigger and
sentence, to be read for false alarms.
"""

from __future__ import annotations

import json
import sys

from kgraph.extract.lexicon import load_lexicon
from kgraph.extract.pipeline import extract_documents
from kgraph.model import Document
from kgraph.nlp.models import load_model


def _documents(path: str, limit: int) -> list[Document]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit:
                break
            d = json.loads(line)
            date = (d.get("published") or d.get("date") or "")[:10] or None
            docs.append(Document(id=str(d.get("id", i)), text=d.get("text", ""), date=date))
    return docs


def _relations(docs, nlp, lexicon) -> dict:
    out = {}
    for ex in extract_documents(docs, nlp=nlp, lexicon=lexicon):
        labels = {a.id: a.label for a in ex.actors}
        for r in ex.relations:
            key = (ex.document.id, labels.get(r.subject), r.predicate, labels.get(r.object))
            out[key] = (r.evidence.trigger, r.evidence.sentence)
    return out


def main(argv: list[str]) -> int:
    """Print the relations that differ between the curated and the shipped lexicon."""
    docs = _documents(argv[1], int(argv[2]) if len(argv) > 2 else 10**9)
    nlp = load_model()
    curated = load_lexicon(derived=False)
    base, full = _relations(docs, nlp, curated), _relations(docs, nlp, load_lexicon())
    new = [k for k in full if k not in base]
    gone = [k for k in base if k not in full]
    print(f"documents={len(docs)} curated={len(base)} shipped={len(full)} "
          f"new={len(new)} gone={len(gone)}")  # fmt: skip
    for tag, keys, table in (("NEW", new, full), ("GONE", gone, base)):
        for key in keys:
            trigger, sentence = table[key]
            print(tag, key, "|", trigger, "|", " ".join(sentence.split())[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
