"""Score kgraph's actor-actor relations on re3d press releases (State Department, CENTCOM).

Usage::

    python tests/benchmarks/bench_re3d.py ../shared/eval/re3d_dev.jsonl

kgraph predicates are mapped onto re3d relation types (:data:`MAPPING`); re3d
types with no kgraph counterpart (CoLocated, HasAttrOf, IsSynonymOf, Apart)
are left out of both sides. AlliesOf and CommWith are undirected, the others
directed (re3d source = kgraph subject). Negated relations are not claims and
are ignored. Diplomatic cooperation, an agreement, a stated intent to
cooperate and an appeal (CAMEO 05, 057, 03, 02) are exchanges between the two
parties, which re3d annotates as CommWith ("working with", "agreed", "signed
an agreement", "urged"); its AlliesOf is reserved for allies and material or
military support ("our ally", "in support of"), kgraph's alliedWith and
cooperatesMateriallyWith. re3d relates two annotated entity spans, so the ties kgraph reads
from inside one mention (attribute ``basis: mention``: "the government of
Iraq" → Government of Iraq partOf Iraq) are outside what it can annotate and
are left out. A kgraph relation matches a gold relation of its mapped type when
each argument matches: a mention of the actor overlaps the gold span, or the
gold text names the actor (``kgraph.evaluate.gold.actor_matches``). Precision
is over distinct (document, subject, object, type) predictions, recall over
gold relations.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict

from scoring import parse_args, print_scores, read_records

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_documents
from kgraph.model import Actor, Document
from kgraph.nlp.models import load_model

MAPPING = {
    **dict.fromkeys(
        ("fightsAgainst", "attacks", "targets", "kills", "assaults", "mobilizesAgainst"),
        "FightingAgainst",
    ),
    **dict.fromkeys(
        (
            "alliedWith",
            "cooperatesMateriallyWith",
        ),
        "AlliesOf",
    ),
    **dict.fromkeys(
        (
            "consultsWith",
            "meetsWith",
            "negotiatesWith",
            "proposesTalksWith",
            "cooperatesWith",
            "signsAgreementWith",
            "expressesIntentToCooperateWith",
            "appealsTo",
        ),
        "CommWith",
    ),
    **dict.fromkeys(("leads", "controls"), "InChargeOf"),
    **dict.fromkeys(("memberOf", "partOf", "affiliatedWith"), "BelongsTo"),
    **dict.fromkeys(("praises", "providesAidTo"), "Likes"),
    **dict.fromkeys(
        (
            "criticizes",
            "accuses",
            "rejects",
            "threatens",
            "sanctions",
            "protestsAgainst",
            "designates",
            "reducesRelationsWith",
            "expels",
            "coerces",
            "arrests",
        ),
        "Dislikes",
    ),
}
UNDIRECTED = frozenset(("AlliesOf", "CommWith"))
TYPES = frozenset(MAPPING.values())


def _matches(actor: Actor | None, text: str, span: list[int]) -> bool:
    if actor is None:
        return False
    if any(m.start < span[1] and span[0] < m.end for m in actor.mentions):
        return True
    return actor_matches(text, actor)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(__doc__.splitlines()[0], argv)
    records = read_records(args.path)
    nlp = load_model(args.model)
    # The publisher is input metadata (who issued the release), not gold: it lets
    # "we"/"our" outside quotations resolve to the issuing body.
    documents = [
        Document(id=r["id"], text=r["text"], publisher=r.get("source_name") or None)
        for r in records
    ]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # pred, ok, gold, found
    started = time.perf_counter()
    for record, extraction in zip(records, extract_documents(documents, nlp=nlp), strict=True):
        actors = {a.id: a for a in extraction.actors}
        gold = [g for g in record["relations"] if g["type"] in TYPES]
        preds: dict[tuple[str, str, str], object] = {}
        for rel in extraction.relations:
            kind = MAPPING.get(rel.predicate)
            if kind is None or rel.negated or ("basis", "mention") in rel.attributes:
                continue
            preds.setdefault((rel.subject, rel.object, kind), rel)

        def match(g: dict, key: tuple[str, str, str], actors=actors) -> bool:
            if g["type"] != key[2]:
                return False
            s, o = actors.get(key[0]), actors.get(key[1])
            if _matches(s, g["source"], g["source_span"]) and _matches(
                o, g["target"], g["target_span"]
            ):
                return True
            return key[2] in UNDIRECTED and (
                _matches(o, g["source"], g["source_span"])
                and _matches(s, g["target"], g["target_span"])
            )

        for key, rel in preds.items():
            ok = any(match(g, key) for g in gold)
            counts[key[2]][0] += 1
            counts[key[2]][1] += ok
            if args.errors and not ok:
                s, o = actors.get(key[0]), actors.get(key[1])
                print(
                    f"FP {s.label if s else key[0]} -{rel.predicate}/{key[2]}-> "  # type: ignore[attr-defined]
                    f"{o.label if o else key[1]} | {rel.evidence.sentence[:150]}"
                )  # type: ignore[attr-defined]
        for g in gold:
            found = any(match(g, key) for key in preds)
            counts[g["type"]][2] += 1
            counts[g["type"]][3] += found
            if args.errors and not found:
                print(f"FN {g['source']} -{g['type']}-> {g['target']} | {g['evidence'][:150]}")
    elapsed = time.perf_counter() - started

    print_scores(counts, "type", 16)
    print(f"documents={len(records)} seconds={elapsed:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
