"""Extraction on a two-worker Dask LocalCluster: the same bytes, in input order."""

from __future__ import annotations

import pytest

from kgraph import api
from kgraph.extract.parallel import extract_chunk, extract_on_dask
from tests.extract.test_parallel import DOCUMENTS


def test_local_cluster_gives_the_bytes_of_one_process():
    serial = extract_chunk(DOCUMENTS, model=None)
    seen: list[int] = []
    on_dask = extract_on_dask(
        DOCUMENTS,
        scheduler="local",
        model=None,
        workers=2,
        chunk_size=3,
        done=lambda n, _doc: seen.append(n),
    )
    assert [e.document.id for e in on_dask] == [d.id for d in DOCUMENTS]
    assert api.serialise_extractions(on_dask, "trig") == api.serialise_extractions(serial, "trig")
    # Progress from the futures as they complete: one call per chunk, up to every document.
    assert len(seen) == 4 and sorted(seen) == seen and seen[-1] == len(DOCUMENTS)


def test_an_unreachable_scheduler_is_one_line():
    from kgraph.errors import RemoteError
    from tests.remote.servers import free_port

    with pytest.raises(RemoteError, match="cannot reach the Dask scheduler"):
        extract_on_dask(DOCUMENTS, scheduler=f"tcp://127.0.0.1:{free_port()}", model=None)
