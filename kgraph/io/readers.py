"""Read input texts: files, folders, standard input and JSONL corpora.

Every input becomes a :class:`~kgraph.model.Document`. Problems the user can
fix (a missing path, a FIFO or device, an empty or binary file, text that is
not UTF-8, UTF-16 or UTF-32, a malformed JSONL line) raise
:class:`~kgraph.errors.KGraphError` with a one-line message naming the file
and, for JSONL, the line. Every input is checked before the first document is
yielded, so all the bad ones are named at once (one warning line each, then
the error); with ``skip_bad`` they are left out instead, each named in one
warning line on the ``kgraph`` logger.

>>> import io
>>> [d.id for d in read_jsonl(io.StringIO('{"id": "a", "text": "Hi."}\\n'), name="c.jsonl")]
['a']
"""

from __future__ import annotations

import codecs
import logging
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kgraph.errors import KGraphError
from kgraph.io.records import iso_date, parse_record
from kgraph.model import Document

TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_BYTES = 50 * 1024 * 1024  # one document; a corpus is streamed line by line
_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (codecs.BOM_UTF8, "utf-8-sig"),
)
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
log = logging.getLogger(__name__)


def bom_encoding(head: bytes) -> str | None:
    """Return the encoding a byte-order mark at the start of ``head`` declares, or None.

    >>> bom_encoding("Hi".encode("utf-16"))
    'utf-16'
    """
    return next((enc for bom, enc in _BOMS if head.startswith(bom)), None)


def _check_text(raw: bytes, name: str) -> str:
    encoding = bom_encoding(raw[:4])
    if not raw.strip() or (encoding and not raw.decode(encoding, errors="replace").strip()):
        raise KGraphError(f"{name}: the input is empty")
    if encoding is None and b"\x00" in raw[:8192]:
        raise KGraphError(f"{name}: looks like a binary file, not text")
    try:
        text = raw.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KGraphError(
            f"{name}: not {(encoding or 'utf-8').upper().removesuffix('-SIG')} text (invalid "
            f"byte at offset {exc.start}); convert it first, e.g. 'iconv -f latin1 -t utf-8'"
        ) from exc
    # Normalise line ends so character offsets mean the same on every platform.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_regular(path: Path) -> None:
    """Refuse a path that is not a regular file: a FIFO would block, a device never end."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise KGraphError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if stat.S_ISREG(mode):
        return
    kind = next((what for test, what in _KINDS if test(mode)), "not a regular file")
    raise KGraphError(
        f"{path}: is {kind}, not a regular file; pass files or folders, or pipe the data "
        "to '-' (standard input)"
    )


def _read_bytes(path: Path, *, max_bytes: int) -> bytes:
    check_regular(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise KGraphError(
                f"{path}: {size / 1e6:.0f} MB is larger than the {max_bytes / 1e6:.0f} MB limit "
                "for one document; split it or pass a JSONL corpus"
            )
        with path.open("rb") as fh:
            return fh.read(max_bytes + 1)
    except OSError as exc:
        raise KGraphError(f"cannot read {path}: {exc.strerror or exc}") from exc


def read_text_file(
    path: Path, *, doc_id: str | None = None, date: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """Read one text or Markdown file as a document (id: the file name).

    UTF-8 is expected; a byte-order mark declares UTF-16 or UTF-32 instead.
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


def _jsonl_lines(
    stream: IO[str] | Iterable[str],
    *,
    name: str,
    max_bytes: int,
    date_field: str | None,
) -> Iterator[tuple[int, Document | KGraphError, list[str]]]:
    """Yield each non-blank line's number and its document, or the error it gives."""
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        if len(line) > max_bytes:
            yield (
                lineno,
                KGraphError(f"{where}: line longer than the {max_bytes / 1e6:.0f} MB limit"),
                [],
            )
            continue
        try:
            doc, notes = parse_record(line, where, name=name, date_field=date_field)
        except KGraphError as exc:
            yield lineno, exc, []
            continue
        yield lineno, doc, notes


def read_jsonl(
    stream: IO[str] | Iterable[str],
    *,
    name: str,
    max_bytes: int = MAX_BYTES,
    date_field: str | None = None,
) -> Iterator[Document]:
    """Yield one document per line of ``{"id", "text"}`` plus optional date, title, url, publisher.

    The date is read from ``date_field``, else from the first of ``date``,
    ``published``, ``pubdate``, ``datetime`` and ``date_published`` present.
    Blank lines are skipped; anything else that is not such an object stops
    the read with the file name and line number.
    """
    seen: set[str] = set()
    for lineno, item, notes in _jsonl_lines(
        stream, name=name, max_bytes=max_bytes, date_field=date_field
    ):
        if isinstance(item, KGraphError):
            raise item
        if item.id in seen:
            raise KGraphError(f"{name}:{lineno}: duplicate id {item.id!r}")
        seen.add(item.id)
        for note in notes:
            log.warning(note)
        yield item
    if not seen:
        raise KGraphError(f"{name}: no documents (the JSONL corpus is empty)")


def _open_jsonl(path: Path) -> IO[str]:
    check_regular(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
        encoding = bom_encoding(head[:4])
        if encoding is None and b"\x00" in head:
            raise KGraphError(f"{path}: looks like a binary file, not JSONL")
        return path.open(encoding=encoding or "utf-8-sig", errors="strict")
    except OSError as exc:
        raise KGraphError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _jsonl_file(
    path: Path, *, max_bytes: int, date_field: str | None
) -> Iterator[tuple[int, Document | KGraphError, list[str]]]:
    try:
        with _open_jsonl(path) as fh:
            yield from _jsonl_lines(fh, name=str(path), max_bytes=max_bytes, date_field=date_field)
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


@dataclass(frozen=True)
class _Source:
    """One input: a file (with its document id) or standard input (its bytes)."""

    path: Path | None
    doc_id: str
    raw: bytes | None = None

    @property
    def jsonl(self) -> bool:
        return self.path is not None and self.path.suffix.lower() in JSONL_SUFFIXES

    @property
    def name(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


@dataclass(frozen=True)
class _Options:
    max_bytes: int
    date: str | None
    date_field: str | None


def _sources(inputs: Sequence[str], stdin: IO[bytes] | None, max_bytes: int) -> list[_Source]:
    """Expand the arguments; every missing path is named, in one error."""
    sources: list[_Source] = []
    problems: list[str] = []
    for item in inputs:
        if item == "-":
            raw = (stdin or sys.stdin.buffer).read(max_bytes + 1)
            sources.append(_Source(None, "stdin", raw))
            continue
        try:
            sources.extend(_Source(p, doc_id) for p, doc_id in _expand(Path(item)))
        except KGraphError as exc:
            problems.append(str(exc))
    if len(problems) > 1:
        raise KGraphError(f"{len(problems)} inputs are missing: " + "; ".join(problems))
    if problems:
        raise KGraphError(problems[0])
    return sources


def _text_document(src: _Source, opts: _Options) -> Document:
    if src.path is not None:
        return read_text_file(src.path, doc_id=src.doc_id, date=opts.date, max_bytes=opts.max_bytes)
    raw = src.raw or b""
    if len(raw) > opts.max_bytes:
        raise KGraphError(f"<stdin>: larger than the {opts.max_bytes / 1e6:.0f} MB limit")
    return Document(id="stdin", text=_check_text(raw, "<stdin>"), date=opts.date)


def _documents(
    src: _Source, opts: _Options
) -> Iterator[tuple[int, Document | KGraphError, list[str]]]:
    """Yield line number (0 for a whole file), document or error, and repair notes."""
    if not src.jsonl:
        try:
            yield 0, _text_document(src, opts), []
        except KGraphError as exc:
            yield 0, exc, []
        return
    assert src.path is not None
    try:
        yield from _jsonl_file(src.path, max_bytes=opts.max_bytes, date_field=opts.date_field)
    except KGraphError as exc:
        yield 0, exc, []


def _scan(sources: Sequence[_Source], opts: _Options) -> dict[tuple[int, int], str]:
    """Read every input once; return the bad ones by (source, line) with their messages."""
    bad: dict[tuple[int, int], str] = {}
    seen: set[str] = set()
    for n, src in enumerate(sources):
        count = 0
        for lineno, item, notes in _documents(src, opts):
            if isinstance(item, KGraphError):
                bad[(n, lineno)] = str(item)
                continue
            for note in notes:
                log.warning(note)
            if item.id in seen:
                where = f"{src.name}:{lineno}" if lineno else src.name
                bad[(n, lineno)] = (
                    f"{where}: document id {item.id!r} is given twice; rename one of the inputs"
                )
                continue
            seen.add(item.id)
            count += 1
        if src.jsonl and count == 0 and not any(k[0] == n for k in bad):
            bad[(n, 0)] = f"{src.name}: no documents (the JSONL corpus is empty)"
    return bad


def _refuse_or_skip(
    bad: dict[tuple[int, int], str], *, skip_bad: bool, skipped: list[str] | None
) -> None:
    messages = list(bad.values())
    if skip_bad:
        for message in messages:
            log.warning(f"{message}; skipped")
        if skipped is not None:
            skipped.extend(messages)
        return
    if len(messages) == 1:
        raise KGraphError(messages[0])
    for message in messages:
        log.warning(message)
    names = [m.split(": ", 1)[0] for m in messages]
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    raise KGraphError(
        f"{len(messages)} bad inputs ({shown}; each named above); fix them or pass "
        "--skip-bad to go on without them"
    )


def read_inputs(
    inputs: Sequence[str],
    *,
    stdin: IO[bytes] | None = None,
    date: str | None = None,
    max_bytes: int = MAX_BYTES,
    date_field: str | None = None,
    skip_bad: bool = False,
    skipped: list[str] | None = None,
) -> Iterator[Document]:
    """Yield documents from files, folders (recursively, sorted), JSONL corpora and ``-``.

    ``date`` (ISO) is the publication date given to plain-text inputs, which
    carry none of their own; ``date_field`` names the JSONL field holding the
    date. Every input is read and checked before this returns, so a bad file
    anywhere fails before any work is done, and every bad file is named. With
    ``skip_bad`` the bad files (and bad JSONL lines) are left out, each named
    in one warning and appended to ``skipped``.
    """
    if not inputs:
        raise KGraphError("no input given: pass files, folders, a .jsonl corpus or '-'")
    opts = _Options(max_bytes, iso_date(date, "--date") if date else None, date_field)
    sources = _sources(inputs, stdin, max_bytes)
    bad = _scan(sources, opts)
    if bad:
        _refuse_or_skip(bad, skip_bad=skip_bad, skipped=skipped)
    return _yield(sources, bad, opts)


def _yield(
    sources: Sequence[_Source], bad: dict[tuple[int, int], str], opts: _Options
) -> Iterator[Document]:
    yielded = 0
    for n, src in enumerate(sources):
        if (n, 0) in bad:
            continue
        for lineno, item, _notes in _documents(src, opts):
            if isinstance(item, Document) and (n, lineno) not in bad:
                yielded += 1
                yield item
    if yielded == 0:
        raise KGraphError(f"no readable input left after skipping {len(bad)} bad input(s)")
