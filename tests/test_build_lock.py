"""Two builds of one folder never interleave: the second refuses, or waits with --wait."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kgraph import api
from tests.outputs.corpus import beside, kgraph, spawn, store_quads, write_corpus

PAUSE = {"KGRAPH_TEST_FAULT": "locked:pause", "KGRAPH_TEST_PAUSE": "6"}


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lock")
    api.build([str(write_corpus(root / "corpus.jsonl"))], root / "out", pictures=False)
    return root / "out"


@pytest.fixture
def out(base: Path, tmp_path: Path) -> Path:
    shutil.copytree(base, tmp_path / "out")
    return tmp_path / "out"


def documents(out: Path) -> list[str]:
    return [d["id"] for d in json.loads((out / "manifest.json").read_text())["documents"]]


def test_a_second_build_refuses_while_the_first_holds_the_folder(out: Path):
    first = spawn("remove", str(out), "story-c", "-q", env=PAUSE)
    assert first.stderr is not None
    assert first.stderr.readline().strip() == "paused at locked"
    second = kgraph("remove", str(out), "story-b", "-q")
    assert second.returncode == 2
    assert second.stderr == (
        f"kgraph: error: {out} is being built by another kgraph process (pid {first.pid}); "
        "wait for it to finish or pass --wait\n"
    )
    assert first.wait(timeout=120) == 0
    assert documents(out) == ["story-a", "story-b"]


def test_with_wait_the_second_build_runs_after_the_first(out: Path):
    first = spawn("remove", str(out), "story-c", "-q", env=PAUSE)
    assert first.stderr is not None
    assert first.stderr.readline().strip() == "paused at locked"
    second = spawn("remove", str(out), "story-b", "--wait")
    assert second.stderr is not None
    assert second.stderr.readline().startswith(f"waiting for another kgraph build of {out}")
    assert first.wait(timeout=120) == 0
    assert second.wait(timeout=120) == 0
    # both changes are there: the second build started from the first one's folder
    assert documents(out) == ["story-a"]
    assert beside(out) == []
    assert any("story-a" in q for q in store_quads(out / "store"))
    assert not any("story-b" in q or "story-c" in q for q in store_quads(out / "store"))
