"""Read evaluation sets in their own formats: kgraph gold, PLOVER, re3d, RAMS and WikiEvents.

Every format is JSON Lines, one document a line, with ``id`` and ``text``:

- **kgraph** (``tests/data/gold.jsonl``): ``relations`` of ``{"subject", "predicate", "object",
  "negated"?, "modality"?}``; ``date`` optional.
- **PLOVER** (gold-standard records): ``events`` of ``{"source", "target", "cameo_root", …}``.
- **re3d**: ``relations`` of ``{"source", "target", "type", "source_span", "target_span",
  "evidence"}``, ``entities``, and the issuing body in ``source_name``.
- **RAMS** and **WikiEvents** (event sets): ``events`` of ``{"source", "target", "type",
  "source_span", "target_span", "trigger_span", "symmetric"?, "kgraph": [predicates]}``;
  ``source_canonical``/``target_canonical`` name a pronoun's antecedent. A file whose every
  passage annotates one event (one trigger) is RAMS-style, scored for recall only.

:func:`detect_format` tells them apart from their fields; :func:`load_dataset` turns
a file into :class:`~kgraph.model.EvaluationDocument` records, each gold relation
in the dataset's own class (see :mod:`kgraph.evaluate.mappings`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kgraph.errors import KGraphError
from kgraph.evaluate.mappings import DATASETS, DatasetMapping, load_mapping
from kgraph.model import Document, EvaluationDocument, GoldEvent
from kgraph.vocabulary import RELATIONS

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")

Record = dict[str, Any]


def read_records(path: str | Path) -> list[tuple[int, Record]]:
    """Return the (line number, record) pairs of a JSONL file; KGraphError names a bad line."""
    source = Path(path)
    if source.exists() and not source.is_file():  # a FIFO or a device would never end
        raise KGraphError(f"{source}: not a regular file")
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KGraphError(f"cannot read evaluation file {source}: {exc}") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise KGraphError(f"{source}:{number}: not JSON ({exc})") from None
        if not isinstance(record, dict) or "id" not in record or "text" not in record:
            raise KGraphError(f"{source}:{number}: a record needs 'id' and 'text'")
        records.append((number, record))
    if not records:
        raise KGraphError(f"{source}: no records")
    return records


def _record_format(record: Record) -> str | None:
    relations, events = record.get("relations"), record.get("events")
    if isinstance(relations, list):
        if relations and isinstance(relations[0], dict):
            return "kgraph" if "predicate" in relations[0] else "re3d"
        return "re3d" if "entities" in record or "source_name" in record else None
    if isinstance(events, list) and events and isinstance(events[0], dict):
        if "cameo_root" in events[0]:
            return "plover"
        if "kgraph" in events[0]:
            return "events"
    return None


def detect_format(records: Sequence[Record]) -> str:
    """Return the dataset name of records, from their fields (see the module docstring)."""
    found = next((f for r in records if (f := _record_format(r)) is not None), None)
    if found is None:
        raise KGraphError(
            "cannot tell the evaluation format: no record has kgraph 'relations', re3d "
            "'relations', PLOVER 'events' or event-set 'events'; use --dataset"
        )
    if found != "events":
        return found
    single = all(
        len({tuple(e.get("trigger_span") or ()) for e in r.get("events") or ()}) <= 1
        for r in records
    )
    return "rams" if single else "wikievents"


def sentence_around(text: str, start: int, end: int) -> str:
    """Return the sentence of ``text`` that holds ``[start, end)`` (split at . ! ? and newlines).

    >>> sentence_around("One here. Two there. Three.", 10, 13)
    'Two there.'
    """
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() >= end:
            return text[begin : match.start()].strip()
        if match.end() <= start:
            begin = match.end()
    return text[begin:].strip()


def _span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value
    return int(start), int(end)


def _gold_kgraph(record: Record, mapping: DatasetMapping) -> list[GoldEvent]:
    events = []
    for rel in record.get("relations") or ():
        predicate = str(rel["predicate"])
        if predicate not in RELATIONS:
            raise KeyError(f"unknown predicate '{predicate}'")
        negated = rel.get("negated", False)
        if not isinstance(negated, bool):
            raise KeyError("'negated' must be true or false")
        kind = RELATIONS[predicate]
        events.append(
            GoldEvent(
                doc_id=str(record["id"]),
                cls=predicate,
                source=str(rel["subject"]),
                target=str(rel["object"]),
                symmetric=kind.symmetric,
                negated=negated,
                modality=rel.get("modality"),
                sentence=str(record["text"])[:200],
            )
        )
    return list(dict.fromkeys(events))


def _gold_plover(record: Record, mapping: DatasetMapping) -> list[GoldEvent]:
    return [
        GoldEvent(
            doc_id=str(record["id"]),
            cls=str(e.get("cameo_root") or "?"),
            source=str(e.get("source") or ""),
            target=str(e.get("target") or ""),
            sentence=str(record["text"]),
        )
        for e in record.get("events") or ()
    ]


def _gold_re3d(record: Record, mapping: DatasetMapping) -> list[GoldEvent]:
    types = {cls for cls, _ in mapping.classes}
    return [
        GoldEvent(
            doc_id=str(record["id"]),
            cls=str(g["type"]),
            source=str(g["source"]),
            target=str(g["target"]),
            source_span=_span(g.get("source_span")),
            target_span=_span(g.get("target_span")),
            symmetric=g["type"] in mapping.undirected,
            sentence=str(g.get("evidence") or ""),
        )
        for g in record.get("relations") or ()
        if g["type"] in types
    ]


def _type_prefix(value: str) -> str:
    return ".".join(value.split(".")[:2])


def _gold_events(record: Record, mapping: DatasetMapping) -> list[GoldEvent]:
    text = str(record["text"])
    events = []
    for e in record.get("events") or ():
        accepts = tuple(e.get("kgraph") or ())
        if not accepts:  # no kgraph predicate fairly codes it: outside what is scored
            continue
        source_span, target_span = _span(e.get("source_span")), _span(e.get("target_span"))
        anchor = source_span or target_span or (0, 0)
        field = mapping.gold_class.partition(":")[2]
        cls = _type_prefix(str(e["type"])) if mapping.gold_class == "type-prefix" else e[field]
        events.append(
            GoldEvent(
                doc_id=str(record["id"]),
                cls=str(cls),
                source=str(e["source"]),
                target=str(e["target"]),
                source_span=source_span,
                target_span=target_span,
                source_names=tuple(filter(None, [e.get("source_canonical")])),
                target_names=tuple(filter(None, [e.get("target_canonical")])),
                symmetric=bool(e.get("symmetric", False)),
                accepts=accepts,
                sentence=sentence_around(text, *anchor),
            )
        )
    return events


_READERS: dict[str, Callable[[Record, DatasetMapping], list[GoldEvent]]] = {
    "kgraph": _gold_kgraph,
    "plover": _gold_plover,
    "re3d": _gold_re3d,
    "rams": _gold_events,
    "wikievents": _gold_events,
}


def _document(record: Record, dataset: str) -> Document:
    # re3d's issuing body is input metadata, not gold: it lets a release's "we" resolve
    publisher = record.get("source_name") or None if dataset == "re3d" else None
    return Document(
        id=str(record["id"]),
        text=str(record["text"]),
        date=record.get("date") or None,
        publisher=publisher,
    )


def load_dataset(
    path: str | Path, *, dataset: str | None = None
) -> tuple[str, list[EvaluationDocument]]:
    """Read an evaluation file; return its dataset name (detected unless given) and documents."""
    records = read_records(path)
    if dataset is not None and dataset not in DATASETS:
        raise KGraphError(f"unknown dataset '{dataset}'; use one of {', '.join(DATASETS)}")
    name = dataset or detect_format([r for _, r in records])
    field = "relations" if name in ("kgraph", "re3d") else "events"
    if not any(isinstance(r.get(field), list) for _, r in records):
        raise KGraphError(f"{path}: not a {name} file: no record has '{field}'")
    mapping = load_mapping(name)
    reader = _READERS[name]
    documents = []
    for number, record in records:
        try:
            events = reader(record, mapping)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KGraphError(f"{path}:{number}: not a {name} record ({exc})") from None
        documents.append(EvaluationDocument(_document(record, name), tuple(events)))
    return name, documents
