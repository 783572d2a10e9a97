"""Write output files atomically, so a failure never leaves a half-written file.

A full disk (or ``/dev/full``) gives one line, "no space left on device",
and the file that was there before is kept.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

from kgraph.errors import KGraphError

_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def write_error(where: str, exc: OSError, *, kept: bool = True) -> KGraphError:
    """Return the one-line error for a failed write to ``where``."""
    if exc.errno in _FULL:
        why = "no space left on device" if exc.errno != errno.EFBIG else "file too large"
        return KGraphError(
            f"cannot write {where}: {why}" + ("; the earlier file is kept" if kept else "")
        )
    return KGraphError(f"cannot write {where}: {exc.strerror or exc}")


def _is_special(target: Path) -> bool:
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    An existing file at ``path`` is replaced only once the new content is
    complete on disk; if anything fails before that, it is left untouched.
    A device or pipe (``/dev/stdout``, a FIFO) is written to directly.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if _is_special(target):
        try:
            with target.open("wb") as fh:
                fh.write(payload)
        except OSError as exc:
            raise write_error(str(target), exc, kept=False) from exc
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise write_error(str(target), exc) from exc
    try:
        # mkstemp makes the file private (0600); give it the usual mode for new files.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_error(str(target), exc) from exc
        raise
    return target


def write_stdout(data: bytes, stream: BinaryIO | None = None) -> None:
    """Write ``data`` to standard output; a full disk becomes a one-line error.

    After a failed write to the real standard output, it is pointed at
    ``/dev/null`` so that Python's flush at exit does not fail a second time
    with a traceback.
    """
    out = stream or sys.stdout.buffer
    try:
        out.write(data)
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        if stream is None:
            silence_stdout()
        raise write_error("standard output", exc, kept=False) from exc


def silence_stdout() -> None:
    """Point file descriptor 1 at ``/dev/null`` (after a write to it failed)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (a test runner's buffer): nothing to flush later
