"""Score relations read back from the JSONL export against an evaluation set.

Predictions are the relations of the export, each given the dataset's class
(:mod:`kgraph.evaluate.mappings`), and deduplicated per (document, subject,
object, class): a claim read twice in one document counts once. A prediction
matches a gold relation of the same document when the class agrees (or, for
the event sets, one of its predicates is among those the gold event lists) and
both arguments match: the argument's mention overlaps the gold span, or the
gold text names the actor (label, alias or mention text; whole-word
containment after normalisation, :func:`kgraph.evaluate.gold.text_matches`).
Undirected classes, symmetric events and (where the mapping says so)
symmetric predicates match in either order. Precision is over predictions,
recall over gold relations, both micro-averaged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from kgraph.evaluate.gold import text_matches
from kgraph.evaluate.mappings import DatasetMapping
from kgraph.model import (
    Actor,
    DatasetEvaluation,
    DocumentExtraction,
    EvaluationDocument,
    EvaluationError,
    GoldEvent,
    Relation,
    Score,
    TextSpan,
)
from kgraph.vocabulary import RELATIONS, cameo_root

NONE = "—"  # the confusion table's "no relation" row and column
RECALL_ONLY_NOTE = (
    "recall only: each passage annotates one event, so a correct relation about any "
    "other event would count as a false alarm; precision and F1 are not reported"
)


@dataclass(frozen=True)
class Argument:
    """One side of a prediction: the actor and the mention it was read from."""

    actor: Actor
    mention: TextSpan | None

    def texts(self) -> tuple[str, ...]:
        """Return every name the argument goes by: label, aliases, mention text."""
        names = [self.actor.label, *self.actor.aliases]
        if self.mention is not None:
            names.append(self.mention.text)
        return tuple(dict.fromkeys(n for n in names if n))


@dataclass(frozen=True)
class Prediction:
    """A relation of the export in the dataset's class (deduplicated)."""

    doc_id: str
    cls: str
    subject: Argument
    object: Argument
    predicates: tuple[str, ...]
    symmetric: bool
    negated: bool
    modality: str
    sentence: str


def prediction_class(rel: Relation, mapping: DatasetMapping) -> str | None:
    """Return a relation's class in a dataset, None when the dataset does not score it."""
    if mapping.skip_negated and rel.negated:
        return None
    if any(attr in mapping.skip_attributes for attr in rel.attributes):
        return None
    if mapping.class_source == "cameo-root":
        return cameo_root(rel.cameo) if rel.cameo else None
    if mapping.class_source == "predicate":
        return rel.predicate
    return mapping.class_of_predicate(rel.predicate)


def predictions(
    extraction: DocumentExtraction, mapping: DatasetMapping, doc_id: str
) -> list[Prediction]:
    """Return the scored predictions of one document, deduplicated per class."""
    actors = {a.id: a for a in extraction.actors}
    found: dict[tuple[object, ...], Prediction] = {}
    for rel in extraction.relations:
        cls = prediction_class(rel, mapping)
        subject, obj = actors.get(rel.subject), actors.get(rel.object)
        if cls is None or subject is None or obj is None:
            continue
        key: tuple[object, ...] = (rel.subject, rel.object, cls)
        if mapping.qualified:
            key += (rel.negated, rel.modality.value)
        kind = RELATIONS.get(rel.predicate)
        if key in found:
            old = found[key]
            if rel.predicate not in old.predicates:
                found[key] = replace(old, predicates=(*old.predicates, rel.predicate))
            continue
        found[key] = Prediction(
            doc_id=doc_id,
            cls=cls,
            subject=Argument(subject, rel.subject_mention),
            object=Argument(obj, rel.object_mention),
            predicates=(rel.predicate,),
            symmetric=bool(mapping.symmetric_predicates and kind and kind.symmetric),
            negated=rel.negated,
            modality=rel.modality.value,
            sentence=rel.evidence.sentence,
        )
    return list(found.values())


def overlaps(mention: TextSpan | None, span: tuple[int, int] | None) -> bool:
    """Return True when a mention and a gold span share a character."""
    if mention is None or span is None:
        return False
    return mention.start < span[1] and span[0] < mention.end


def argument_matches(
    arg: Argument, text: str, span: tuple[int, int] | None, names: Sequence[str] = ()
) -> bool:
    """Return True when an argument's mention overlaps the gold span or the gold names it."""
    if overlaps(arg.mention, span):
        return True
    golds = [g for g in (text, *names) if g]
    return any(text_matches(g, t) for g in golds for t in arg.texts())


def arguments_match(pred: Prediction, gold: GoldEvent, *, undirected: bool = False) -> bool:
    """Return True when the prediction relates the gold's two arguments (in a fair order).

    Either order is fair when the gold event is symmetric, the predicate is
    (and the mapping lets that count) or the class is ``undirected``.
    """

    def pair(a: Argument, b: Argument) -> bool:
        return argument_matches(
            a, gold.source, gold.source_span, gold.source_names
        ) and argument_matches(b, gold.target, gold.target_span, gold.target_names)

    if not gold.source or not gold.target:
        return False
    if pair(pred.subject, pred.object):
        return True
    return (gold.symmetric or pred.symmetric or undirected) and pair(pred.object, pred.subject)


def class_matches(pred: Prediction, gold: GoldEvent, mapping: DatasetMapping) -> bool:
    """Return True when the prediction's class (or predicate) is the gold's."""
    if mapping.qualified:
        if pred.negated != gold.negated:
            return False
        if gold.modality is not None and pred.modality != gold.modality:
            return False
    if mapping.accept == "kgraph-field":
        return any(p in gold.accepts for p in pred.predicates)
    return pred.cls == gold.cls


def matches(pred: Prediction, gold: GoldEvent, mapping: DatasetMapping) -> bool:
    """Return True when a prediction is the gold relation."""
    return class_matches(pred, gold, mapping) and arguments_match(
        pred, gold, undirected=gold.cls in mapping.undirected
    )


class _Tally:
    """Counts per class, the confusion table and the errors, filled document by document."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}
        self.confusion: Counter[tuple[str, str]] = Counter()
        self.errors: list[EvaluationError] = []

    def bump(self, cls: str, slot: int, by: int = 1) -> None:
        self.counts.setdefault(cls, [0, 0, 0, 0])[slot] += by

    def document(
        self, golds: Sequence[GoldEvent], preds: Sequence[Prediction], mapping: DatasetMapping
    ) -> None:
        def _undirected(gold: GoldEvent) -> bool:
            return gold.cls in mapping.undirected

        for pred in preds:
            correct = any(matches(pred, g, mapping) for g in golds)
            self.bump(pred.cls, 0)
            self.bump(pred.cls, 1, correct)
            if not any(arguments_match(pred, g, undirected=_undirected(g)) for g in golds):
                self.confusion[(pred.cls, NONE)] += 1
            if not correct:
                self.errors.append(
                    EvaluationError(
                        "false alarm",
                        pred.doc_id,
                        pred.subject.actor.label,
                        pred.cls,
                        pred.object.actor.label,
                        pred.sentence,
                        "/".join(pred.predicates),
                    )
                )
        for gold in golds:
            hit = [p for p in preds if matches(p, gold, mapping)]
            self.bump(gold.cls, 2)
            self.bump(gold.cls, 3, bool(hit))
            same_pair = hit or [
                p for p in preds if arguments_match(p, gold, undirected=_undirected(gold))
            ]
            self.confusion[(same_pair[0].cls if same_pair else NONE, gold.cls)] += 1
            if not hit:
                self.errors.append(
                    EvaluationError(
                        "missed", gold.doc_id, gold.source, gold.cls, gold.target, gold.sentence
                    )
                )


def score_predictions(
    dataset: str,
    mapping: DatasetMapping,
    documents: Sequence[EvaluationDocument],
    extractions: Iterable[DocumentExtraction],
) -> DatasetEvaluation:
    """Score the extractions (any order, matched by document id) against the documents."""
    by_doc = {e.document.id: e for e in extractions}
    tally = _Tally()
    for doc in documents:
        extraction = by_doc.get(doc.document.id)
        preds = predictions(extraction, mapping, doc.document.id) if extraction else []
        tally.document(doc.events, preds, mapping)
    counts = tally.counts
    total = [sum(c[i] for c in counts.values()) for i in range(4)]
    return DatasetEvaluation(
        dataset=dataset,
        documents=len(documents),
        overall=Score(*total),
        by_class=tuple((cls, Score(*counts[cls])) for cls in sorted(counts)),
        confusion=tuple(
            (p, g, n) for (p, g), n in sorted(tally.confusion.items(), key=lambda x: x[0])
        ),
        recall_only=mapping.recall_only,
        note=RECALL_ONLY_NOTE if mapping.recall_only else mapping.description,
        errors=tuple(tally.errors),
    )
