"""Write output files atomically, so a failure never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kgraph.errors import KGraphError


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    An existing file at ``path`` is replaced only once the new content is
    complete on disk; if anything fails before that, it is left untouched.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise KGraphError(f"cannot write {target}: {exc.strerror or exc}") from exc
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
            raise KGraphError(f"cannot write {target}: {exc.strerror or exc}") from exc
        raise
    return target
