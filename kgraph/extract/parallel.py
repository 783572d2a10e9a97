"""Run the whole extraction in worker processes or on Dask workers, results in input order.

Each worker loads the spaCy pipeline once (``load_model`` is cached per
process) and runs the complete extraction (parse, mentions, actors,
relations) on chunks of documents. A document's result does not depend on
which other documents share its chunk, so the output is the same, byte for
byte, whatever the number of workers.

Processes start with the ``forkserver`` method where the platform has it
(else ``spawn``): a forked copy of a parent that has already loaded a model
or started threads is neither safe nor smaller.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from kgraph.errors import KGraphError, RemoteError
from kgraph.model import Document, DocumentExtraction

# Peak resident memory of one worker with en_core_web_md on news articles, rounded up
# (691 MiB, tests/benchmarks/bench_parallel.py --only-rss; see docs/scaling.md).
WORKER_PEAK_BYTES = 700 * 1024 * 1024
# Documents per unit of work: enough to keep spaCy batching, few enough to balance the workers.
CHUNK_SIZE = 8

Done = Callable[[int, Document], None]


def resolve_jobs(jobs: int | None) -> int:
    """Return ``jobs``, or the default for ``None``; refuse a number below one."""
    if jobs is None:
        return default_jobs()
    if jobs < 1:
        raise KGraphError(f"--jobs {jobs}: give at least 1")
    return jobs


def default_jobs() -> int:
    """Return the usable cores, capped so that the workers fit in the free memory."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        free = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return max(1, cores)
    return max(1, min(cores, free // WORKER_PEAK_BYTES))


def chunked(
    documents: Iterable[Document], size: int = CHUNK_SIZE
) -> Iterator[tuple[Document, ...]]:
    """Yield the documents in consecutive tuples of at most ``size``.

    >>> [len(c) for c in chunked([Document(id=str(i), text="") for i in range(5)], 2)]
    [2, 2, 1]
    """
    chunk: list[Document] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) >= size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


@dataclass(frozen=True)
class Knowledge:
    """The user's lexicon and gazetteer files and the fallback switch, sent to each worker.

    File names rather than the loaded tables travel to the workers: each
    worker reads them once (the loaders cache by file set).
    """

    lexicon: tuple[str, ...] = ()
    gazetteer: tuple[str, ...] = ()
    vector_fallback: bool = False


def extract_chunk(
    documents: tuple[Document, ...],
    *,
    model: str | None,
    batch_size: int = 16,
    knowledge: Knowledge = Knowledge(),
) -> list[DocumentExtraction]:
    """Extract a chunk of documents in this process (the model is loaded once per process)."""
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.mentions.gazetteer import load_gazetteer
    from kgraph.extract.pipeline import extract_documents
    from kgraph.nlp.models import load_model

    return list(
        extract_documents(
            documents,
            nlp=load_model(model),
            batch_size=batch_size,
            lexicon=load_lexicon(knowledge.lexicon),
            gazetteer=load_gazetteer(knowledge.gazetteer),
            vector_fallback=knowledge.vector_fallback,
        )
    )


def _warm(model: str | None) -> None:
    from kgraph.nlp.models import load_model

    load_model(model)


# Imported once by the fork server, so that each worker forks with them in place
# (importing spaCy alone takes seconds); the model itself is loaded by each worker.
_PRELOAD = [
    "spacy",
    "kgraph.extract.pipeline",
    "kgraph.extract.mentions.mentions",
    "kgraph.extract.relations.relations",
]


def process_context() -> Any:
    """Return the multiprocessing context of kgraph's worker pools (see the module docstring)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


def extract_in_processes(
    documents: Iterable[Document],
    *,
    model: str | None,
    jobs: int,
    batch_size: int = 16,
    chunk_size: int = CHUNK_SIZE,
    knowledge: Knowledge = Knowledge(),
) -> Iterator[DocumentExtraction]:
    """Yield one extraction per document, in input order, computed by ``jobs`` processes.

    At most two chunks per worker are in flight, so memory stays flat over a
    corpus of any length.
    """
    if jobs < 1:
        raise KGraphError(f"--jobs {jobs}: give at least 1")
    chunks = chunked(documents, chunk_size)
    # A corpus of one chunk is done sooner here than by starting workers.
    first = list(itertools.islice(chunks, 2))
    if len(first) < 2 or jobs == 1:
        for chunk in itertools.chain(first, chunks):
            yield from extract_chunk(chunk, model=model, batch_size=batch_size, knowledge=knowledge)
        return
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=process_context(), initializer=_warm, initargs=(model,)
    )
    pending: deque[Future[list[DocumentExtraction]]] = deque()
    try:
        for chunk in itertools.chain(first, chunks):
            pending.append(
                pool.submit(
                    extract_chunk, chunk, model=model, batch_size=batch_size, knowledge=knowledge
                )
            )
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        raise KGraphError("an extraction worker died (out of memory?); try fewer --jobs") from None
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def extract_on_dask(
    documents: Iterable[Document],
    *,
    scheduler: str,
    model: str | None,
    batch_size: int = 16,
    chunk_size: int = CHUNK_SIZE,
    workers: int = 2,
    done: Done | None = None,
    knowledge: Knowledge = Knowledge(),
) -> list[DocumentExtraction]:
    """Return one extraction per document, in input order, computed on Dask workers.

    ``scheduler`` is a scheduler address (``tcp://host:8786``) or ``local`` for
    a :class:`distributed.LocalCluster` of ``workers`` processes. ``done`` is
    called as chunks finish (in completion order) with the number of
    documents done so far and the last document of the chunk.
    """
    try:
        from distributed import as_completed
    except ImportError:
        raise KGraphError(
            "--dask needs Dask's distributed scheduler: pip install 'kgraph[dask]'"
        ) from None
    chunks = list(chunked(documents, chunk_size))
    results: list[list[DocumentExtraction] | None] = [None] * len(chunks)
    with _dask_client(scheduler, workers) as client:
        futures = client.map(
            extract_chunk,
            chunks,
            model=model,
            batch_size=batch_size,
            knowledge=knowledge,
            pure=False,
        )
        position = {future.key: i for i, future in enumerate(futures)}
        finished = 0
        for future in as_completed(futures):
            i = position[future.key]
            results[i] = future.result()
            finished += len(chunks[i])
            if done is not None:
                done(finished, chunks[i][-1])
    return [extraction for chunk in results for extraction in chunk or ()]


def _dask_client(scheduler: str, workers: int) -> AbstractContextManager[Any]:
    from distributed import Client, LocalCluster

    if scheduler == "local":
        # Dask's own log lines (a worker slow to stop while it frees the model) would
        # drown the command's progress; its errors still show.
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        return _ClusterClient(cluster, Client(cluster))
    try:
        return Client(scheduler, timeout=10)
    except (OSError, TimeoutError, ValueError) as exc:
        raise RemoteError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


class _ClusterClient(AbstractContextManager[Any]):
    """A client that also closes the local cluster it was made for."""

    def __init__(self, cluster: Any, client: Any) -> None:
        self.cluster, self.client = cluster, client

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.cluster.close()
