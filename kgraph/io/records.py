"""Turn one JSONL corpus line into a :class:`~kgraph.model.Document`, or say why not.

Real exports name their publication date differently (``published``,
``pubdate``, ``datetime``, ``date_published``); the first of
:data:`DATE_FIELDS` present is used unless a field is named. ISO dates,
ISO timestamps (the date part is kept as written) and e-mail/RSS dates
("Mon, 24 Nov 2025 10:00:00 GMT") are read.

Text that JSON can carry but Unicode cannot (a lone surrogate such as
``"\\ud800"``) is replaced by U+FFFD, one character for one, so offsets
hold; a ``url`` with characters an IRI may not contain (controls, spaces,
``<>"{}|\\^```) has them percent-encoded. Both are reported as notes.

>>> doc, notes = parse_record('{"id": 1, "text": "Hi.", "published": "2025-11-24T09:00Z"}', "c:1")
>>> (doc.id, doc.date, notes)
('1', '2025-11-24', [])
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from urllib.parse import quote

from kgraph.errors import KGraphError
from kgraph.model import Document

DATE_FIELDS = ("date", "published", "pubdate", "datetime", "date_published")
_STRING_FIELDS = ("title", "url", "publisher")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def iso_date(value: object, where: str, *, field: str = "date") -> str | None:
    """Return the ISO date (YYYY-MM-DD) a date field holds, None when it is empty.

    >>> iso_date("Mon, 24 Nov 2025 10:00:00 GMT", "x")
    '2025-11-24'
    """
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise KGraphError(f"{where}: {field!r} must be a string like 2025-11-24")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        raise KGraphError(
            f"{where}: {field!r} {value!r} is not an ISO date (YYYY-MM-DD) or timestamp"
        ) from None


def _clean(value: str, key: str, where: str, notes: list[str]) -> str:
    found = len(_SURROGATE.findall(value))
    if not found:
        return value
    notes.append(
        f"{where}: {key!r} holds {found} lone surrogate(s) (not valid Unicode); replaced by U+FFFD"
    )
    return _SURROGATE.sub("\ufffd", value)


def clean_url(url: str, where: str, notes: list[str]) -> str | None:
    """Return ``url`` with the characters an IRI may not hold percent-encoded.

    A value with no scheme (``https:``, ``urn:`` …) is no IRI: it is dropped.
    """
    fixed = _NOT_IN_IRI.sub(lambda m: quote(m.group(), safe=""), url.strip())
    if not _SCHEME.match(fixed):
        notes.append(f"{where}: 'url' {url[:80]!r} is not a URL; left out")
        return None
    if fixed != url.strip():
        notes.append(f"{where}: 'url' holds characters not allowed in an IRI; percent-encoded")
    return fixed


def _load(line: str, where: str) -> dict[str, object]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise KGraphError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError:
        raise KGraphError(f"{where}: JSON nested too deeply to be a corpus record") from None
    if not isinstance(record, dict):
        raise KGraphError(f"{where}: each line must be a JSON object with 'id' and 'text'")
    return record


def _date_of(record: dict[str, object], where: str, date_field: str | None) -> str | None:
    if date_field is not None:
        return iso_date(record.get(date_field), where, field=date_field)
    for key in DATE_FIELDS:
        if record.get(key) not in (None, ""):
            return iso_date(record[key], where, field=key)
    return None


def parse_record(
    line: str, where: str, *, name: str = "", date_field: str | None = None
) -> tuple[Document, list[str]]:
    """Return the document of one JSONL line and notes on what was repaired.

    Raises :class:`KGraphError` naming ``where`` (file:line) for a line that
    is not a corpus record.
    """
    record = _load(line, where)
    notes: list[str] = []
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, (str, int)) or str(doc_id).strip() == "":
        raise KGraphError(f"{where}: missing or empty 'id'")
    if not isinstance(text, str) or not text.strip():
        raise KGraphError(f"{where}: missing or empty 'text'")
    fields: dict[str, str | None] = {}
    for key in _STRING_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise KGraphError(f"{where}: {key!r} must be a string")
        fields[key] = _clean(value, key, where, notes) if value else None
    url = fields["url"]
    return (
        Document(
            id=_clean(str(doc_id), "id", where, notes),
            text=_clean(text, "text", where, notes).replace("\r\n", "\n").replace("\r", "\n"),
            date=_date_of(record, where, date_field),
            title=fields["title"],
            url=clean_url(url, where, notes) if url else None,
            publisher=fields["publisher"],
            path=name,
        ),
        notes,
    )
