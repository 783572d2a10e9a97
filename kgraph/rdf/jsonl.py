"""Relations as JSON Lines: one claim a line, for pandas, jq and spreadsheets.

Each line holds the relation id, the document id, subject and object actors
(id, label, type, aliases, QID, country), the predicate with its CAMEO code,
PLOVER category and family, negation, modality, date, evidence (sentence and
trigger with their offsets), confidence, extra attributes and attribution,
and the mention each argument was read from (``subject_mention``,
``object_mention``: ``{"text", "start", "end"}`` in document offsets). An actor
merged across documents lists what it absorbed in ``merged_from``.
The same lines can be read back (:func:`jsonl_to_extractions`) and turned
into RDF again, so ``.jsonl`` is one of the formats :mod:`kgraph.rdf.load`
reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kgraph.errors import KGraphError
from kgraph.model import (
    Actor,
    ActorMerge,
    ActorType,
    Document,
    DocumentExtraction,
    Evidence,
    Modality,
    Relation,
    TextSpan,
)
from kgraph.predicates import as_predicate
from kgraph.vocabulary import RELATIONS

if TYPE_CHECKING:
    import rdflib


def relations_to_jsonl(extractions: Iterable[DocumentExtraction]) -> str:
    """Return one JSON object a line for every relation, in document and relation order."""
    lines = []
    for extraction in extractions:
        actors = {a.id: a for a in extraction.actors}
        for rel in extraction.relations:
            lines.append(_dumps(relation_record(rel, actors)))
    return "".join(line + "\n" for line in lines)


def relation_record(rel: Relation, actors: dict[str, Actor]) -> dict[str, Any]:
    """Return the JSON-ready record of one relation."""
    kind = RELATIONS.get(rel.predicate)
    ev = rel.evidence
    attributed = rel.attributed_to
    if attributed in actors:
        attributed = actors[attributed].label
    return {
        "id": rel.id,
        "doc": rel.doc_id,
        "subject": actor_record(actors.get(rel.subject), rel.subject),
        "predicate": rel.predicate,
        "object": actor_record(actors.get(rel.object), rel.object),
        "cameo": rel.cameo or (kind.cameo if kind else None),
        "plover": rel.plover or (kind.plover if kind else None),
        "family": kind.family if kind else None,
        "negated": rel.negated,
        "modality": str(rel.modality),
        "date": rel.date,
        "evidence": {
            "sentence": ev.sentence,
            "start": ev.start,
            "end": ev.end,
            "trigger": ev.trigger,
            "trigger_start": ev.trigger_start,
            "trigger_end": ev.trigger_end,
        },
        "confidence": rel.confidence,
        "attributes": dict(rel.attributes),
        "attributed_to": attributed,
        "extractor": rel.extractor,
        "subject_mention": span_record(rel.subject_mention),
        "object_mention": span_record(rel.object_mention),
    }


def span_record(span: TextSpan | None) -> dict[str, Any] | None:
    """Return ``{"text", "start", "end"}`` of an argument's mention, or None when unknown."""
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def actor_record(actor: Actor | None, actor_id: str) -> dict[str, Any]:
    """Return the JSON-ready summary of an actor (only the id when it is unknown)."""
    if actor is None:
        return {"id": actor_id, "label": actor_id, "type": None, "aliases": []}
    record: dict[str, Any] = {
        "id": actor.id,
        "label": actor.label,
        "type": actor.type.value,
        "aliases": list(actor.aliases),
    }
    for key, value in (
        ("qid", actor.qid),
        ("iso", actor.iso),
        ("cameo", actor.cameo),
        ("country", actor.country),
        ("office", actor.office),
    ):
        if value:
            record[key] = value
    if actor.merged_from:
        record["merged_from"] = [merge_record(m) for m in actor.merged_from]
    return record


def merge_record(merge: ActorMerge) -> dict[str, Any]:
    """Return the JSON-ready record of one cross-document merge."""
    return {"id": merge.merged, "label": merge.label, "rule": merge.rule, "score": merge.score}


def dataset_to_jsonl(graph: rdflib.Graph) -> str:
    """Return the JSONL lines of the events in an RDF graph or dataset.

    Lines are sorted by document id, sentence offset and event id.
    """
    from rdflib.namespace import DCTERMS, RDF

    from kgraph.rdf.build import ATTRIBUTE_PROPERTIES
    from kgraph.rdf.namespace import KG
    from kgraph.rdf.serialize import union_graph

    g = union_graph(graph)
    records: list[dict[str, Any]] = []
    for event in set(g.subjects(RDF.type, KG.Event)):

        def one(prop: Any, node: Any = event) -> Any:
            values = sorted(g.objects(node, prop), key=str)
            return values[0] if values else None

        doc = one(KG.sourceDocument)
        doc_id = one(DCTERMS.identifier, doc) if doc is not None else None
        predicate = one(KG.relationType)
        modality = one(KG.modality)
        date = one(KG.date)
        confidence = one(KG.confidence)
        attributed = one(KG.attributedTo)
        attributes = {
            key: str(value)
            for key, prop in ATTRIBUTE_PROPERTIES.items()
            if (value := one(prop)) is not None
        }
        records.append(
            {
                "id": _local(event),
                "doc": str(doc_id if doc_id is not None else _local(doc) if doc else ""),
                "subject": _graph_actor(g, one(KG.subject)),
                "predicate": _local(predicate) if predicate is not None else None,
                "object": _graph_actor(g, one(KG.object)),
                "cameo": _str(one(KG.cameoCode)),
                "plover": _str(one(KG.ploverCategory)),
                "family": _str(one(KG.family)),
                "negated": bool(_py(one(KG.negated))),
                "modality": _local(modality) if modality is not None else "asserted",
                "date": _str(date),
                "evidence": {
                    "sentence": _str(one(KG.sentence)) or "",
                    "start": _int(one(KG.startOffset)),
                    "end": _int(one(KG.endOffset)),
                    "trigger": _str(one(KG.trigger)) or "",
                    "trigger_start": _int(one(KG.triggerStart)),
                    "trigger_end": _int(one(KG.triggerEnd)),
                },
                "confidence": float(confidence) if confidence is not None else 1.0,
                "attributes": attributes,
                "attributed_to": _str(attributed),
                "extractor": _str(one(KG.extractor)) or "kgraph",
                "subject_mention": _graph_span(
                    one(KG.subjectMention), one(KG.subjectStart), one(KG.subjectEnd)
                ),
                "object_mention": _graph_span(
                    one(KG.objectMention), one(KG.objectStart), one(KG.objectEnd)
                ),
            }
        )
    records.sort(key=lambda r: (r["doc"], r["evidence"]["start"], r["id"]))
    return "".join(_dumps(rec) + "\n" for rec in records)


def _graph_actor(g: rdflib.Graph, iri: Any) -> dict[str, Any]:
    from rdflib.namespace import RDF, RDFS

    from kgraph.rdf.namespace import KG

    if iri is None:
        return {"id": None, "label": None, "type": None, "aliases": []}
    labels = sorted(str(v) for v in g.objects(iri, RDFS.label))
    types = sorted(
        _local(t) for t in g.objects(iri, RDF.type) if t != KG.Actor and _local(t) in _TYPES
    )
    record: dict[str, Any] = {
        "id": _local(iri),
        "label": labels[0] if labels else _local(iri),
        "type": types[0] if types else None,
        "aliases": sorted(str(v) for v in g.objects(iri, KG.alias)),
    }
    for key, prop in (
        ("qid", KG.qid),
        ("iso", KG.isoCode),
        ("cameo", KG.cameoActorCode),
        ("country", KG.country),
        ("office", KG.office),
    ):
        values = sorted(str(v) for v in g.objects(iri, prop))
        if values:
            record[key] = values[0]
    merges = _graph_merges(g, iri)
    if merges:
        record["merged_from"] = merges
    return record


_TYPES = {t.value for t in ActorType}


def _graph_span(text: Any, start: Any, end: Any) -> dict[str, Any] | None:
    if text is None or start is None or end is None:
        return None
    return {"text": str(text), "start": _int(start), "end": _int(end)}


def _graph_merges(g: rdflib.Graph, iri: Any) -> list[dict[str, Any]]:
    from kgraph.rdf.namespace import KG

    merges = []
    for node in g.objects(iri, KG.merge):

        def one(prop: Any, node: Any = node) -> Any:
            values = sorted(g.objects(node, prop), key=str)
            return values[0] if values else None

        merged, label, rule, score = (
            one(KG.mergedActor),
            one(KG.mergedLabel),
            one(KG.mergeRule),
            one(KG.mergeScore),
        )
        merges.append(
            {
                "id": _local(merged) if merged is not None else "",
                "label": _str(label) or "",
                "rule": _str(rule) or "",
                "score": float(score) if score is not None else 100.0,
            }
        )
    return sorted(merges, key=lambda m: (m["id"], m["rule"]))


def _local(iri: Any) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
            break
    return text


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int:
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def _py(value: Any) -> Any:
    return value.toPython() if hasattr(value, "toPython") else value


def jsonl_to_extractions(text: str, *, source: str = "<jsonl>") -> tuple[DocumentExtraction, ...]:
    """Rebuild per-document extractions from relation lines written by :func:`relations_to_jsonl`.

    Documents keep only their id (the text is not in the lines). Raises
    :class:`KGraphError` naming the line of the first malformed record.
    """
    docs: dict[str, tuple[dict[str, Actor], list[Relation]]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            actors, relations = docs.setdefault(str(rec["doc"]), ({}, []))
            subject = _actor_from(rec["subject"])
            obj = _actor_from(rec["object"])
            actors.setdefault(subject.id, subject)
            actors.setdefault(obj.id, obj)
            relations.append(_relation_from(rec, subject.id, obj.id))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KGraphError(
                f"{source}, line {number}: not a kgraph relation record ({exc})"
            ) from None
    return tuple(
        DocumentExtraction(Document(doc_id, ""), tuple(actors.values()), tuple(relations))
        for doc_id, (actors, relations) in docs.items()
    )


def _actor_from(rec: dict[str, Any]) -> Actor:
    return Actor(
        id=str(rec["id"]),
        label=str(rec.get("label") or rec["id"]),
        type=ActorType(rec.get("type") or ActorType.GROUP.value),
        aliases=tuple(rec.get("aliases") or ()),
        qid=rec.get("qid"),
        iso=rec.get("iso"),
        cameo=rec.get("cameo"),
        country=rec.get("country"),
        office=rec.get("office"),
        merged_from=tuple(
            ActorMerge(
                merged=str(m["id"]),
                into=str(rec["id"]),
                label=str(m.get("label") or m["id"]),
                rule=str(m.get("rule") or ""),
                score=float(m.get("score", 100.0)),
            )
            for m in rec.get("merged_from") or ()
        ),
    )


def _span_from(rec: Any) -> TextSpan | None:
    if not rec:
        return None
    return TextSpan(text=str(rec["text"]), start=int(rec["start"]), end=int(rec["end"]))


def _relation_from(rec: dict[str, Any], subject: str, obj: str) -> Relation:
    ev = rec["evidence"]
    return Relation(
        id=str(rec["id"]),
        doc_id=str(rec["doc"]),
        subject=subject,
        predicate=as_predicate(str(rec["predicate"])),
        object=obj,
        evidence=Evidence(
            sentence=str(ev["sentence"]),
            start=int(ev["start"]),
            end=int(ev["end"]),
            trigger=str(ev.get("trigger", "")),
            trigger_start=int(ev.get("trigger_start", ev["start"])),
            trigger_end=int(ev.get("trigger_end", ev["start"])),
        ),
        cameo=rec.get("cameo"),
        plover=rec.get("plover"),
        negated=bool(rec.get("negated", False)),
        modality=Modality(rec.get("modality") or "asserted"),
        date=rec.get("date"),
        confidence=float(rec.get("confidence", 1.0)),
        attributed_to=rec.get("attributed_to"),
        attributes=tuple(
            sorted((str(k), str(v)) for k, v in (rec.get("attributes") or {}).items())
        ),
        extractor=str(rec.get("extractor") or "kgraph"),
        subject_mention=_span_from(rec.get("subject_mention")),
        object_mention=_span_from(rec.get("object_mention")),
    )


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
