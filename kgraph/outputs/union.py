"""Write the union graph files from the part files, one part's texts in memory at a time.

``graph.ttl`` and ``graph.trig`` are written as
:func:`kgraph.rdf.serialize.turtle_document` and
:func:`~kgraph.rdf.serialize.trig_document` would write them from every
part's block (the same bytes), and ``relations.jsonl`` as the parts' lines
joined; but a corpus of any size costs the memory of its largest part.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kgraph.outputs.parts import Part, read_texts, turtle_document

Placed = tuple[Part, str]
"""A part (without its texts) and the name of its file inside the build folder."""


def write_graph_files(folder: Path, parts: Sequence[Placed]) -> None:
    """Write ``graph.ttl``, ``graph.trig`` and ``relations.jsonl`` into a staging ``folder``.

    ``parts`` are in build order, each with its file's name under ``folder``
    (:func:`kgraph.outputs.parts.part_file`). The files are written in
    place: ``folder`` is switched in only once everything is written.
    """
    from kgraph.rdf.serialize import _name

    ordered = sorted(parts, key=lambda p: p[0].graph)  # graph-name order, as a dataset's
    names = [_name(p.graph) for p, _ in ordered]
    prefixes = {line for p, _ in parts for line in p.prefixes}
    with _opened(folder / "graph.ttl") as ttl, _opened(folder / "graph.trig") as trig:
        ttl.write(_header(prefixes))
        trig.write(_header(prefixes | {line for _, line in names if line}))
        for n, ((part, name), (short, _)) in enumerate(zip(ordered, names, strict=True)):
            body = read_texts(folder / name)[0]
            gap = b"\n\n" if n else b""
            ttl.write(gap + f"# {part.graph}\n{body}".encode())
            trig.write(gap + f"{short} {{\n{body}\n}}".encode())
        ttl.write(b"\n")
        trig.write(b"\n")
    with _opened(folder / "relations.jsonl") as jsonl:
        for _, name in parts:
            jsonl.write(read_texts(folder / name)[1].encode("utf-8"))


def part_turtle(folder: Path, parts: Sequence[Placed]) -> Iterator[tuple[str, bytes]]:
    """Yield the graph IRI and the Turtle document of each part, one part read at a time."""
    for part, name in parts:
        yield part.graph, turtle_document(part.prefixes, read_texts(folder / name)[0])


def _header(prefixes: set[str]) -> bytes:
    return ("\n".join(sorted(prefixes)) + "\n\n").encode("utf-8")


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    """Open a file for writing; flush it to disk when the block ends without an error."""
    from kgraph.io.writers import write_error

    try:
        with path.open("wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise write_error(str(path), exc, kept=False) from exc
