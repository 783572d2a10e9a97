"""The same input gives the same bytes in every output file, whatever Python's hash seed."""

from __future__ import annotations

from pathlib import Path

from tests.outputs.corpus import NEW_STORY, STORIES, kgraph, snapshot, store_quads, write_corpus


def test_every_output_file_is_byte_identical_under_two_hash_seeds(tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", dict([*STORIES.items(), NEW_STORY]))
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out-{seed}"
        done = kgraph("build", str(corpus), "-o", str(out), "-q", env={"PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outs.append(out)
    a, b = (snapshot(o) for o in outs)
    assert {"graph.trig", "graph.ttl", "relations.jsonl", "graph.png", "report.md"} <= set(a)
    assert a == b
    # the store's RocksDB files carry their own ids: its content must agree
    assert store_quads(outs[0] / "store") == store_quads(outs[1] / "store")
