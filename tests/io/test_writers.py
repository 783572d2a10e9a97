"""Atomic writes: a failed write never damages the file already there."""

from __future__ import annotations

import os

import pytest

from kgraph.errors import KGraphError
from kgraph.io.writers import write_atomic


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
