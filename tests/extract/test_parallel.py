"""Parallel extraction: the same bytes in the same order whatever the number of workers."""

from __future__ import annotations

import json
import pickle

import pytest

from kgraph import api
from kgraph.extract.parallel import chunked, extract_chunk, extract_in_processes, resolve_jobs
from kgraph.model import Document

# Short news items in our own words: several actors and relations each.
TEXTS = (
    "The United States imposed sanctions on Iran on Monday.",
    "Russia and China signed a trade agreement in Beijing.",
    "Israel accused Hezbollah of firing rockets across the border.",
    "The European Union condemned the attack on Ukraine.",
    "Turkey threatened Syria with military action.",
    "India and Pakistan agreed to hold talks next month.",
    "Venezuela expelled the ambassador of Colombia.",
    "France pledged aid to Lebanon after the explosion.",
    "Japan protested to North Korea over the missile launch.",
    "Germany praised Poland for its support of the refugees.",
    "Brazil and Argentina criticised the tariffs of the United States.",
)
DOCUMENTS = tuple(
    Document(id=f"item-{i:02d}", text=text, date="2025-03-0" + str(1 + i % 9))
    for i, text in enumerate(TEXTS)
)


@pytest.fixture(scope="module")
def serial(nlp):
    return extract_chunk(DOCUMENTS, model=None)


def test_two_processes_give_the_same_bytes_in_input_order(serial):
    parallel = list(extract_in_processes(DOCUMENTS, model=None, jobs=2, chunk_size=3))
    assert [e.document.id for e in parallel] == [d.id for d in DOCUMENTS]
    assert api.serialise_extractions(parallel, "trig") == api.serialise_extractions(serial, "trig")
    assert api.serialise_extractions(parallel, "jsonl") == api.serialise_extractions(
        serial, "jsonl"
    )
    assert sum(len(e.relations) for e in serial) >= len(TEXTS) // 2


def test_extractions_pickle(serial):
    assert pickle.loads(pickle.dumps(serial)) == serial


def test_cli_jobs_two_writes_the_bytes_of_jobs_one(tmp_path):
    from click.testing import CliRunner

    from kgraph.cli import main

    corpus = tmp_path / "corpus.jsonl"
    # Three times the items under new ids: more chunks than one worker's share.
    lines = [
        json.dumps({"id": f"{d.id}-{n}", "text": d.text, "date": d.date})
        for n in range(2)
        for d in DOCUMENTS
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.ttl"
        result = runner.invoke(main, ["extract", str(corpus), "-o", str(out), "--jobs", jobs, "-q"])
        assert result.exit_code == 0, result.output
        outputs[jobs] = out.read_bytes()
    assert outputs["1"] == outputs["2"]
    assert b"item-10-1" in outputs["2"]


@pytest.mark.parametrize(("size", "expected"), [(1, [1, 1, 1]), (2, [2, 1]), (3, [3]), (8, [3])])
def test_chunks_keep_order_and_sizes(size, expected):
    chunks = list(chunked(DOCUMENTS[:3], size))
    assert [len(c) for c in chunks] == expected
    assert [d for c in chunks for d in c] == list(DOCUMENTS[:3])


@pytest.mark.parametrize("jobs", [0, -2])
def test_jobs_below_one_is_refused(jobs):
    from kgraph.errors import KGraphError

    with pytest.raises(KGraphError, match="at least 1"):
        resolve_jobs(jobs)


def test_default_jobs_is_at_least_one():
    assert resolve_jobs(None) >= 1
