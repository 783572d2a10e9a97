"""Score the extractor against hand-labelled relations (a gold-standard JSONL file).

Format, one JSON object a line::

    {"id": "s1", "text": "…", "date": "2025-11-26",
     "relations": [{"subject": "United States", "predicate": "sanctions",
                    "object": "Russia", "negated": false, "modality": "asserted"}]}

``date``, ``negated`` (default false) and ``modality`` (checked only when
given) are optional. An extracted relation matches a gold relation when the
predicate is equal, negation is equal, the modality is equal when the gold
gives one, and both actors match: the gold text equals the actor's label, an
alias or one of its mention texts after normalisation, or one contains the
other as whole words. Symmetric predicates match in either direction.
Precision counts distinct extracted relations, recall distinct gold
relations; figures are micro-averaged.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.errors import KGraphError
from kgraph.model import (
    Actor,
    DocumentExtraction,
    EvaluationReport,
    GoldDocument,
    GoldRelation,
    Relation,
    Score,
)
from kgraph.vocabulary import RELATIONS

if TYPE_CHECKING:
    from spacy.language import Language

    from kgraph.extract.lexicon import Lexicon
    from kgraph.extract.mentions.gazetteer import Gazetteer

_NON_WORD = re.compile(r"[^\w]+")
_ARTICLES = frozenset(("the", "a", "an"))


def normalise(text: str) -> str:
    """Return lower-case words without accents, punctuation, articles or possessives.

    >>> normalise("The U.S.'s  Navy")
    'us navy'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text).replace(".", "")
    words = [w for w in _NON_WORD.split(text) if w and w not in _ARTICLES]
    return " ".join(words)


def text_matches(gold: str, candidate: str) -> bool:
    """Return True when two actor texts are equal or one holds the other as whole words.

    >>> text_matches("Venezuela", "Venezuela's government")
    True
    >>> text_matches("Iran", "Iraq")
    False
    """
    a, b = normalise(gold), normalise(candidate)
    if not a or not b:
        return False
    if a == b:
        return True
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def actor_texts(actor: Actor) -> tuple[str, ...]:
    """Return every text an actor is known by: label, aliases and mention texts."""
    texts = [actor.label, *actor.aliases, *(m.text for m in actor.mentions)]
    return tuple(dict.fromkeys(t for t in texts if t))


def actor_matches(gold: str, actor: Actor | None) -> bool:
    """Return True when a gold actor text names this actor."""
    return actor is not None and any(text_matches(gold, t) for t in actor_texts(actor))


def _bool(value: object, where: str) -> bool:
    if isinstance(value, bool):
        return value
    raise KGraphError(f"{where}: 'negated' must be true or false")


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read a gold-standard JSONL file (format in the module docstring)."""
    source = Path(path)
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KGraphError(f"cannot read gold file {source}: {exc.strerror or exc}") from exc
    documents: list[GoldDocument] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            data = json.loads(line)
            relations = tuple(
                GoldRelation(
                    subject=str(r["subject"]),
                    predicate=str(r["predicate"]),
                    object=str(r["object"]),
                    negated=_bool(r.get("negated", False), where),
                    modality=r.get("modality"),
                )
                for r in data.get("relations", ())
            )
            documents.append(
                GoldDocument(
                    id=str(data["id"]),
                    text=str(data["text"]),
                    relations=relations,
                    date=data.get("date"),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise KGraphError(f"{where}: not a gold record ({exc})") from exc
        for rel in relations:
            if rel.predicate not in RELATIONS:
                raise KGraphError(f"{where}: unknown predicate '{rel.predicate}'")
    return documents


def relation_matches(gold: GoldRelation, rel: Relation, actors: dict[str, Actor]) -> bool:
    """Return True when an extracted relation is the gold relation."""
    if rel.predicate != gold.predicate or rel.negated != gold.negated:
        return False
    if gold.modality is not None and rel.modality.value != gold.modality:
        return False
    subj, obj = actors.get(rel.subject), actors.get(rel.object)
    if actor_matches(gold.subject, subj) and actor_matches(gold.object, obj):
        return True
    kind = RELATIONS.get(gold.predicate)
    return bool(
        kind
        and kind.symmetric
        and actor_matches(gold.subject, obj)
        and actor_matches(gold.object, subj)
    )


def _describe(doc_id: str, s: str, p: str, o: str, negated: bool, modality: str | None) -> str:
    flags = (" [negated]" if negated else "") + (f" [{modality}]" if modality else "")
    return f"{doc_id}: {s} {p} {o}{flags}"


def score_extractions(
    gold: Sequence[GoldDocument], extractions: Iterable[DocumentExtraction]
) -> EvaluationReport:
    """Score extractions (in the same order as ``gold``) against the gold relations."""
    counts: dict[str, list[int]] = {}
    missed: list[str] = []
    spurious: list[str] = []

    def bump(predicate: str, slot: int) -> None:
        counts.setdefault(predicate, [0, 0, 0, 0])[slot] += 1

    n_docs = 0
    for gdoc, extraction in zip(gold, extractions, strict=True):
        n_docs += 1
        actors = {a.id: a for a in extraction.actors}
        seen: dict[tuple[str, str, str, bool, str], Relation] = {}
        for rel in extraction.relations:
            key = (rel.subject, rel.predicate, rel.object, rel.negated, rel.modality.value)
            seen.setdefault(key, rel)
        predicted = list(seen.values())
        for rel in predicted:
            bump(rel.predicate, 0)
            if any(relation_matches(g, rel, actors) for g in gdoc.relations):
                bump(rel.predicate, 1)
            else:
                subj, obj = actors.get(rel.subject), actors.get(rel.object)
                spurious.append(
                    _describe(
                        gdoc.id,
                        subj.label if subj else rel.subject,
                        rel.predicate,
                        obj.label if obj else rel.object,
                        rel.negated,
                        rel.modality.value,
                    )
                )
        for g in dict.fromkeys(gdoc.relations):
            bump(g.predicate, 2)
            if any(relation_matches(g, rel, actors) for rel in predicted):
                bump(g.predicate, 3)
            else:
                missed.append(
                    _describe(gdoc.id, g.subject, g.predicate, g.object, g.negated, g.modality)
                )
    by_predicate = tuple((p, Score(*counts[p])) for p in sorted(counts))
    total = [sum(c[i] for c in counts.values()) for i in range(4)]
    return EvaluationReport(
        overall=Score(*total),
        by_predicate=by_predicate,
        documents=n_docs,
        missed=tuple(missed),
        spurious=tuple(spurious),
    )


def evaluate(
    gold: Sequence[GoldDocument],
    *,
    nlp: Language,
    lexicon: Lexicon | None = None,
    gazetteer: Gazetteer | None = None,
) -> EvaluationReport:
    """Run the extractor over the gold texts and score it (P/R/F1, micro-averaged)."""
    from kgraph.extract.pipeline import extract_documents
    from kgraph.model import Document

    documents = [Document(id=g.id, text=g.text, date=g.date) for g in gold]
    run = extract_documents(documents, nlp=nlp, lexicon=lexicon, gazetteer=gazetteer)
    return score_extractions(gold, run)


def format_report(report: EvaluationReport) -> str:
    """Return the report as a plain-text table, errors listed after it."""
    lines = [f"{'relation':<32} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}"]

    def row(name: str, s: Score) -> str:
        return (
            f"{name:<32} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.predicted:5d} {s.gold:5d}"
        )

    lines.extend(row(name, score) for name, score in report.by_predicate)
    lines.append(row(f"overall ({report.documents} documents)", report.overall))
    if report.missed:
        lines.append("")
        lines.append("missed:")
        lines.extend(f"  {m}" for m in report.missed)
    if report.spurious:
        lines.append("")
        lines.append("spurious:")
        lines.extend(f"  {s}" for s in report.spurious)
    return "\n".join(lines)
