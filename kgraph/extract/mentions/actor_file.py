"""Read a user's gazetteer file: known actors, one JSON object a line.

Each line holds the keys of ``kgraph/data/actors.json``::

    {"label": "Ana Duarte", "type": "Person", "country": "BRA", "cameo": "BRAGOV",
     "office": "Minister of Defence of Brazil", "gender": "f", "aliases": ["Duarte"]}

``label`` and ``type`` (an ActorType value) are required; blank lines and lines
starting with ``#`` are skipped. Every problem is a one-line
:class:`~kgraph.errors.KGraphError` naming the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kgraph.errors import KGraphError
from kgraph.extract.mentions.gazetteer import GazetteerEntry
from kgraph.model import ActorType

KEYS = frozenset(
    ("label", "type", "qid", "cameo", "country", "office", "aliases", "metonyms", "gender", "foe")
)
LISTS = ("aliases", "metonyms")


def _entry(item: object, where: str) -> GazetteerEntry:
    if not isinstance(item, dict):
        raise KGraphError(f"{where}: expected a JSON object")
    unknown = sorted(set(item) - KEYS)
    if unknown:
        raise KGraphError(f"{where}: unknown key {unknown[0]!r} (one of {', '.join(sorted(KEYS))})")
    label = item.get("label")
    if not isinstance(label, str) or not label.strip():
        raise KGraphError(f"{where}: 'label' must be a non-empty string")
    try:
        type_ = ActorType(item.get("type"))
    except ValueError:
        raise KGraphError(f"{where}: unknown actor type {item.get('type')!r}") from None
    for key in LISTS:
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise KGraphError(f"{where}: {key!r} must be a list of strings")
    for key in KEYS - {"label", "type", *LISTS}:
        if item.get(key) is not None and not isinstance(item[key], str):
            raise KGraphError(f"{where}: {key!r} must be a string")
    return GazetteerEntry.from_record(item, label=label.strip(), type_=type_)


def read_user_actors(path: str) -> Iterator[GazetteerEntry]:
    """Yield the entries of a user's gazetteer file; a label given twice is an error."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KGraphError(f"cannot read gazetteer file {path}: {exc}") from exc
    seen: dict[str, int] = {}
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path} line {line_no}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KGraphError(f"{where}: not JSON ({exc.msg})") from None
        entry = _entry(item, where)
        if entry.label in seen:
            first = seen[entry.label]
            raise KGraphError(f"{where}: duplicate actor {entry.label!r} (first at line {first})")
        seen[entry.label] = line_no
        yield entry
