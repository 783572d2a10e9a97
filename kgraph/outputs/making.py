"""Make the parts a build needs, in worker processes when there are many, in build order.

A part (:mod:`kgraph.outputs.parts`) is made from one document's linked
extraction alone, so the parts of a corpus can be made in any process and
in any order; :func:`placed_parts` yields them in the order of the
documents, so the union files are the same bytes whatever ``jobs`` is. A
worker decodes the record, makes the part (its RDF graph, SHACL check,
Turtle and JSONL), writes the part file and sends back the part without its
texts: the main process never holds an RDF graph of a document.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.errors import KGraphError

if TYPE_CHECKING:
    from kgraph.model import DocumentExtraction
    from kgraph.outputs.parts import Part

# Below this many parts to make, starting the workers (each imports rdflib and
# pySHACL, about two seconds) costs more than it saves.
MIN_PARALLEL = 16
# Parts held in order behind the one awaited, at most.
QUEUED = 256


def build_part(load: Callable[[], DocumentExtraction], key: str, path: Path) -> Part:
    """Make the part of the document ``load`` returns, write it to ``path``; return it light.

    ``load`` must pickle to run in a worker (a
    :class:`kgraph.outputs.records.LinkedRecord`).
    """
    from kgraph.outputs.parts import make_part, write_part

    part = make_part(load(), key)
    write_part(path, part)
    return part.light()


Slot = tuple[str, "Part | None", Callable[[], "DocumentExtraction"], str, Path]
"""A document's part: its name, the part when it is reused (None: make it), loader, key, path."""


def placed_parts(
    slots: Iterable[Slot], *, jobs: int, to_make: int
) -> Iterator[tuple[str, Part, bool]]:
    """Yield each slot's name, part and whether it was made here, in slot order.

    ``to_make`` is how many slots have no part: with fewer than
    :data:`MIN_PARALLEL`, or ``jobs`` 1, they are made here, one at a time.
    Otherwise ``jobs`` processes make them, at most two a worker in flight
    and :data:`QUEUED` parts held behind the one awaited, so memory stays
    flat over a corpus of any size.
    """
    if jobs <= 1 or to_make < MIN_PARALLEL:
        for name, part, load, key, path in slots:
            if part is None:
                yield name, build_part(load, key, path), True
            else:
                yield name, part, False
        return
    from kgraph.extract.parallel import process_context

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=process_context())
    pending: deque[tuple[str, Part | Future[Part]]] = deque()
    in_flight = 0
    try:
        for name, part, load, key, path in slots:
            if part is None:
                pending.append((name, pool.submit(build_part, load, key, path)))
                in_flight += 1
            else:
                pending.append((name, part))
            # Yield what is ready at the head; wait on it only when enough is queued
            # (parts to make, or reused parts with their digests behind them).
            while pending and (
                not isinstance(pending[0][1], Future)
                or in_flight > 2 * jobs
                or len(pending) > QUEUED
            ):
                head, value = pending.popleft()
                if isinstance(value, Future):
                    in_flight -= 1
                    yield head, value.result(), True
                else:
                    yield head, value, False
        while pending:
            head, value = pending.popleft()
            if isinstance(value, Future):
                yield head, value.result(), True
            else:
                yield head, value, False
    except BrokenProcessPool:
        raise KGraphError(
            "a worker making the graph parts died (out of memory?); try fewer --jobs"
        ) from None
    finally:
        for _, value in pending:
            if isinstance(value, Future):
                value.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
