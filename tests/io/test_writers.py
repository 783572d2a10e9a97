"""Atomic writes: a failed write never damages the file already there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kgraph.errors import KGraphError
from kgraph.io.writers import write_atomic, write_stdout


def test_write_creates_folders_and_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "out" / "graph.ttl"
    write_atomic(target, "data\n")
    assert target.read_text() == "data\n"
    assert os.listdir(target.parent) == ["graph.ttl"]


def test_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(KGraphError, match="no space left on device; the earlier file is kept"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["graph.ttl"]


def test_full_device_is_one_line_error():
    with pytest.raises(KGraphError, match=r"^cannot write /dev/full: no space left on device$"):
        write_atomic("/dev/full", "data\n")


def test_a_device_target_is_written_directly(tmp_path):
    # /dev/null cannot be replaced by a rename; a device or pipe is written in place
    assert write_atomic("/dev/null", b"data") == Path("/dev/null")
    assert os.listdir(tmp_path) == []


def test_full_stdout_is_one_line_error():
    message = "cannot write standard output: no space left"
    with open("/dev/full", "wb", buffering=0) as full, pytest.raises(KGraphError, match=message):
        write_stdout(b"x" * 100_000, stream=full)
