"""Read input texts: files, folders, standard input and JSONL corpora.

Every input becomes a :class:`~kgraph.model.Document`. Problems the user can
fix (a missing path, an empty or binary file, text that is not UTF-8, a
malformed JSONL line) raise :class:`~kgraph.errors.KGraphError` with a
one-line message naming the file and, for JSONL, the line.

>>> import io
>>> [d.id for d in read_jsonl(io.StringIO('{"id": "a", "text": "Hi."}\\n'), name="c.jsonl")]
['a']
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from kgraph.errors import KGraphError
from kgraph.model import Document

TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_BYTES = 50 * 1024 * 1024  # one document; a corpus is streamed line by line
_OPTIONAL_FIELDS = ("date", "title", "url")


def _check_text(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise KGraphError(f"{name}: the input is empty")
    if b"\x00" in raw[:8192]:
        raise KGraphError(f"{name}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KGraphError(
            f"{name}: not UTF-8 text (invalid byte at offset {exc.start}); "
            "convert it first, e.g. 'iconv -f latin1 -t utf-8'"
        ) from exc
    # Normalise line ends so character offsets mean the same on every platform.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: Path, *, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise KGraphError(
                f"{path}: {size / 1e6:.0f} MB is larger than the {max_bytes / 1e6:.0f} MB limit "
                "for one document; split it or pass a JSONL corpus"
            )
        return path.read_bytes()
    except OSError as exc:
        raise KGraphError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _iso_date(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise KGraphError(f"{where}: 'date' must be a string like 2025-11-24")
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError as exc:
        raise KGraphError(f"{where}: 'date' {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def read_text_file(
    path: Path, *, doc_id: str | None = None, date: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """Read one UTF-8 text or Markdown file as a document (id: the file name).

    A short first line with no closing full stop is taken as the headline.
    """
    text = _check_text(_read_bytes(path, max_bytes=max_bytes), str(path))
    return Document(
        id=doc_id or path.name, text=text, date=date, title=headline(text), path=str(path)
    )


def headline(text: str) -> str | None:
    r"""Return the first line of a text when it reads as a headline, else None.

    >>> headline("Trump Plans Direct Talk With Maduro\nPresident Donald Trump is …")
    'Trump Plans Direct Talk With Maduro'
    >>> headline("One sentence. Another one.") is None
    True
    """
    first, sep, rest = text.strip().partition("\n")
    first = first.strip().lstrip("#").strip()
    if not sep or not rest.strip() or not first or len(first) > 200:
        return None
    return None if first.endswith((".", ":", ";", ",")) else first


def read_jsonl(
    stream: IO[str] | Iterable[str], *, name: str, max_bytes: int = MAX_BYTES
) -> Iterator[Document]:
    """Yield one document per line of ``{"id", "text"}`` plus optional date, title, url, publisher.

    Blank lines are skipped; anything else that is not such an object stops
    the read with the file name and line number.
    """
    seen: set[str] = set()
    count = 0
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        if len(line) > max_bytes:
            raise KGraphError(f"{where}: line longer than the {max_bytes / 1e6:.0f} MB limit")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KGraphError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})") from exc
        if not isinstance(record, dict):
            raise KGraphError(f"{where}: each line must be a JSON object with 'id' and 'text'")
        doc_id, text = record.get("id"), record.get("text")
        if not isinstance(doc_id, (str, int)) or str(doc_id).strip() == "":
            raise KGraphError(f"{where}: missing or empty 'id'")
        if not isinstance(text, str) or not text.strip():
            raise KGraphError(f"{where}: missing or empty 'text'")
        doc_id = str(doc_id)
        if doc_id in seen:
            raise KGraphError(f"{where}: duplicate id {doc_id!r}")
        seen.add(doc_id)
        for key in ("title", "url", "publisher"):
            if record.get(key) is not None and not isinstance(record[key], str):
                raise KGraphError(f"{where}: {key!r} must be a string")
        count += 1
        yield Document(
            id=doc_id,
            text=text.replace("\r\n", "\n").replace("\r", "\n"),
            date=_iso_date(record.get("date"), where),
            title=record.get("title") or None,
            url=record.get("url") or None,
            publisher=record.get("publisher") or None,
            path=name,
        )
    if count == 0:
        raise KGraphError(f"{name}: no documents (the JSONL corpus is empty)")


def _read_jsonl_file(path: Path, *, max_bytes: int) -> Iterator[Document]:
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise KGraphError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if b"\x00" in head:
        raise KGraphError(f"{path}: looks like a binary file, not JSONL")
    try:
        with path.open(encoding="utf-8-sig", errors="strict") as fh:
            yield from read_jsonl(fh, name=str(path), max_bytes=max_bytes)
    except UnicodeDecodeError as exc:
        raise KGraphError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from exc


def _expand(path: Path) -> list[tuple[Path, str]]:
    """Return the files an argument stands for, each with its document id.

    Files found in a folder are named by their path inside it, so ``a/x.txt``
    and ``b/x.txt`` stay two documents.
    """
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            raise KGraphError(f"{path}: folder holds no .txt, .md or .jsonl files")
        return [(p, p.relative_to(path).as_posix()) for p in files]
    if not path.exists():
        raise KGraphError(f"{path}: no such file or folder")
    return [(path, path.name)]


def read_inputs(
    inputs: Sequence[str],
    *,
    stdin: IO[bytes] | None = None,
    date: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Document]:
    """Yield documents from files, folders (recursively, sorted), JSONL corpora and ``-``.

    ``date`` (ISO) is the publication date given to plain-text inputs, which
    carry none of their own. All paths are checked before the first document
    is yielded, so a typo in the last argument fails before any work is done.
    """
    if not inputs:
        raise KGraphError("no input given: pass files, folders, a .jsonl corpus or '-'")
    doc_date = _iso_date(date, "--date") if date else None
    expanded: list[tuple[Path, str] | None] = []
    for item in inputs:
        expanded.extend([None] if item == "-" else _expand(Path(item)))
    seen: set[str] = set()
    for entry in expanded:
        if entry is None:
            raw = (stdin or sys.stdin.buffer).read(max_bytes + 1)
            if len(raw) > max_bytes:
                raise KGraphError(f"<stdin>: larger than the {max_bytes / 1e6:.0f} MB limit")
            docs: Iterable[Document] = [
                Document(id="stdin", text=_check_text(raw, "<stdin>"), date=doc_date)
            ]
        elif entry[0].suffix.lower() in JSONL_SUFFIXES:
            docs = _read_jsonl_file(entry[0], max_bytes=max_bytes)
        else:
            docs = [read_text_file(entry[0], doc_id=entry[1], date=doc_date, max_bytes=max_bytes)]
        for doc in docs:
            if doc.id in seen:
                raise KGraphError(
                    f"{doc.path or doc.id}: document id {doc.id!r} is given twice; "
                    "rename one of the inputs"
                )
            seen.add(doc.id)
            yield doc
