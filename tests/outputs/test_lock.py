"""One holder at a time for a folder's lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import KGraphError
from kgraph.outputs.lock import folder_lock, lock_path


def test_a_second_holder_is_refused_and_the_lock_is_released(tmp_path: Path):
    out = tmp_path / "out"
    with folder_lock(out) as path:
        assert path == lock_path(out) == tmp_path / ".out.kgraph.lock"
        refused = pytest.raises(KGraphError, match=r"being built by another kgraph process.*--wait")
        with refused, folder_lock(out):
            pass
    with folder_lock(out):
        pass


def test_other_folders_have_their_own_lock(tmp_path: Path):
    with folder_lock(tmp_path / "a"), folder_lock(tmp_path / "b"):
        pass
