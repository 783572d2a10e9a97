"""A build that is refused, fails or is killed leaves the previous folder as it was."""

from __future__ import annotations

import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph import api
from kgraph.outputs.faults import STAGES
from tests.outputs.corpus import (
    CLI,
    NEW_STORY,
    STORIES,
    beside,
    kgraph,
    snapshot,
    store_quads,
    write_corpus,
)


def build_with_fault(corpus: Path, out: Path, fault: str):
    """Run ``kgraph build`` in a process that stops as ``fault`` (stage:action) says."""
    return kgraph("build", str(corpus), "-o", str(out), "-q", env={"KGRAPH_TEST_FAULT": fault})


CHANGED = {**STORIES, "story-b": "China condemned Japan on Tuesday.", NEW_STORY[0]: NEW_STORY[1]}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The three stories built once, the changed corpus, and a clean build of it."""
    root = tmp_path_factory.mktemp("faults")
    api.build([str(write_corpus(root / "corpus.jsonl"))], root / "out")
    changed = write_corpus(root / "changed.jsonl", CHANGED)
    api.build([str(changed)], root / "reference")
    return {"out": root / "out", "changed": changed, "reference": root / "reference"}


@pytest.fixture
def out(built: dict[str, Path], tmp_path: Path) -> Path:
    copy = tmp_path / "out"
    shutil.copytree(built["out"], copy)
    return copy


def assert_as_before(out: Path, before: dict[str, str], quads: list[str]) -> None:
    assert snapshot(out) == before
    assert store_quads(out / "store") == quads  # still there, and queryable
    assert beside(out) == []


@pytest.mark.parametrize("stage", [s for s in STAGES if s != "switched"])
def test_a_build_killed_at_any_stage_leaves_the_old_folder_and_the_next_run_completes(
    built: dict[str, Path], out: Path, stage: str
):
    before, quads = snapshot(out), store_quads(out / "store")
    killed = kgraph(
        "build",
        str(built["changed"]),
        "-o",
        str(out),
        "-q",
        env={"KGRAPH_TEST_FAULT": f"{stage}:kill"},
    )
    assert killed.returncode == -signal.SIGKILL
    assert snapshot(out) == before
    assert store_quads(out / "store") == quads
    result = api.build([str(built["changed"])], out)
    assert result.conforms and beside(out) == []
    assert snapshot(out) == snapshot(built["reference"])
    assert store_quads(out / "store") == store_quads(built["reference"] / "store")
    if stage in ("extracted", "derived", "store", "pictures", "switch"):
        # what the killed run had extracted is not extracted again
        assert result.extracted == 0
        assert result.notes == ("reused 2 document(s) extracted by an interrupted build",)


def test_a_build_killed_after_the_switch_has_written_the_new_folder(
    built: dict[str, Path], out: Path
):
    killed = kgraph(
        "build",
        str(built["changed"]),
        "-o",
        str(out),
        "-q",
        env={"KGRAPH_TEST_FAULT": "switched:kill"},
    )
    assert killed.returncode == -signal.SIGKILL
    assert snapshot(out) == snapshot(built["reference"])
    assert len(beside(out)) == 1  # the old folder, not yet deleted
    again = api.build([str(built["changed"])], out)
    assert again.unchanged and beside(out) == []


def test_a_crash_in_a_late_stage_leaves_the_old_folder(built: dict[str, Path], out: Path):
    before, quads = snapshot(out), store_quads(out / "store")
    done = kgraph(
        "build",
        str(built["changed"]),
        "-o",
        str(out),
        "-q",
        env={"KGRAPH_TEST_FAULT": "pictures:crash"},
    )
    assert done.returncode == 1 and "fault injected at pictures" in done.stderr
    assert_as_before(out, before, quads)


def test_a_store_path_taken_is_refused_before_anything_is_written(tmp_path: Path):
    out = tmp_path / "out"
    (out / "store").mkdir(parents=True)
    (out / "store" / "mine.txt").write_text("not a store")
    before = snapshot(out)
    done = kgraph("build", str(write_corpus(tmp_path / "c.jsonl")), "-o", str(out), "-q")
    assert done.returncode == 2
    assert done.stderr.strip().endswith(
        "is not a kgraph store; move it away or choose another folder"
    )
    assert done.stderr.count("\n") == 1
    assert snapshot(out) == before and beside(out) == []


def _small_files() -> None:
    # A file-size limit makes writes fail as a full disk would (EFBIG instead of ENOSPC).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_a_write_that_fails_midway_leaves_the_old_folder(out: Path):
    before, quads = snapshot(out), store_quads(out / "store")
    done = subprocess.run(
        [sys.executable, "-c", CLI, "remove", str(out), "story-b", "-q"],
        capture_output=True,
        text=True,
        preexec_fn=_small_files,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"kgraph: error: cannot write {out}/")
    assert ": file too large; " in done.stderr
    assert done.stderr.endswith(f"; {out} is as it was\n")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert_as_before(out, before, quads)


def test_stale_temp_files_and_staging_folders_are_cleaned(out: Path):
    (out / ".graph.ttl.x1y2.tmp").write_text("half")
    stale = out.with_name(f".{out.name}.staging-old1")
    stale.mkdir()
    (stale / "graph.ttl").write_text("half")
    api.remove(out, ["story-c"])
    assert not (out / ".graph.ttl.x1y2.tmp").exists()
    assert beside(out) == []


def test_a_folder_left_half_renamed_is_put_back(out: Path):
    # A kill between the two renames of a switch without an atomic exchange.
    old = out.with_name(f".{out.name}.old-abc")
    out.rename(old)
    before = snapshot(old)
    result = api.remove(out, ["story-c"])
    assert result.extract.documents == 2 and beside(out) == []
    assert set(before) - set(snapshot(out)) <= {
        k for k in before if k.startswith(("docs/", "parts/story-c."))
    }  # everything is there again, less the removed document's record and part
