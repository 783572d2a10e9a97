"""Keep the documents a build will extract on disk, not in memory, until they are extracted.

A build reads its input once to diff it against the manifest
(:func:`kgraph.outputs.manifest.plan`) before it extracts anything, and the
input may be standard input, which cannot be read twice. The documents to
extract are written to an anonymous temporary file as they are met and read
back one at a time by the extraction, so a corpus of any size costs the
build its ids, not its texts.

>>> spool = DocumentSpool()
>>> spool.add(Document(id="d1", text="France met Germany."))
>>> len(spool), spool.ids, [d.text for d in spool]
(1, ('d1',), ['France met Germany.'])
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO

from kgraph.model import Document

# every field of a Document (all strings or None), in the order they are written
_FIELDS = tuple(f.name for f in dataclasses.fields(Document))


class DocumentSpool:
    """Documents in the order added, on disk; iterate to read them back.

    The file is deleted when the spool is closed or collected (it never has a
    name on disk). Iterating twice reads the documents twice.
    """

    def __init__(self, documents: Iterable[Document] = ()) -> None:
        self._file: IO[bytes] | None = None
        self._ids: list[str] = []
        for document in documents:
            self.add(document)

    def add(self, document: Document) -> None:
        """Write ``document`` at the end of the spool."""
        if self._file is None:
            # held open for the spool's life, never named on disk: closed by close()
            self._file = tempfile.TemporaryFile(prefix="kgraph-spool-")  # noqa: SIM115
        self._file.seek(0, 2)
        values = [getattr(document, name) for name in _FIELDS]
        self._file.write(json.dumps(values, ensure_ascii=False).encode("utf-8") + b"\n")
        self._ids.append(document.id)

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the ids of the documents, in order."""
        return tuple(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[Document]:
        if self._file is None:
            return
        self._file.flush()
        self._file.seek(0)
        for _ in self._ids:
            values = json.loads(self._file.readline())
            position = self._file.tell()
            yield Document(**dict(zip(_FIELDS, values, strict=True)))
            self._file.seek(position)  # another iteration may have moved it

    def close(self) -> None:
        """Delete the file; the spool is then empty."""
        if self._file is not None:
            self._file.close()
        self._file = None
        self._ids = []
