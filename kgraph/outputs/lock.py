"""One build at a time per output folder: an advisory lock beside it.

The lock is ``fcntl.flock`` on ``.<name>.kgraph.lock`` next to the folder (not
inside it, because the folder itself is swapped when a build ends). The
kernel drops the lock when its holder exits, so a killed build never leaves
a folder locked.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kgraph.errors import KGraphError


def lock_path(folder: Path) -> Path:
    """Return the lock file of a build folder."""
    folder = Path(os.path.abspath(folder))
    return folder.with_name(f".{folder.name}.kgraph.lock")


@contextmanager
def folder_lock(
    folder: Path, *, wait: bool = False, notify: Callable[[str], None] | None = None
) -> Iterator[Path]:
    """Hold the lock of ``folder`` for the block; refuse at once, or wait with ``wait``.

    Raises KGraphError when another build holds it and ``wait`` is false.
    ``notify`` hears one line when the build has to wait.
    """
    path = lock_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise KGraphError(f"cannot lock {folder}: {exc.strerror or exc}") from exc
    try:
        _acquire(fd, folder, wait=wait, notify=notify)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _acquire(fd: int, folder: Path, *, wait: bool, notify: Callable[[str], None] | None) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    holder = _holder(fd)
    if not wait:
        raise KGraphError(
            f"{folder} is being built by another kgraph process{holder}; "
            "wait for it to finish or pass --wait"
        )
    if notify:
        notify(f"waiting for another kgraph build of {folder}{holder} to finish …")
    fcntl.flock(fd, fcntl.LOCK_EX)


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
