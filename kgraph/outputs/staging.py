"""Write a build beside its output folder and switch it in with one rename.

A build writes everything into ``.<name>.staging-<pid>`` next to ``out/``:
the new files, links to the unchanged per-document records, links to any
file of the old folder that kgraph did not write. Only when all of it is on
disk does :func:`switch` exchange the two folders in one atomic
``renameat2(RENAME_EXCHANGE)``, so a reader, a failure or a kill at any
moment sees either the old folder or the new one, never a mix. Where the
kernel or file system cannot exchange (not Linux, an old kernel), two
renames are used and :func:`recover` puts the old folder back if a kill
fell between them.

Everything here runs under the folder's lock (:mod:`kgraph.outputs.lock`),
so any staging folder found beside ``out/`` was left by a killed build.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from kgraph.errors import KGraphError

RENAME_EXCHANGE = 2
AT_FDCWD = -100


def new_staging(folder: Path) -> Path:
    """Make a new, empty staging folder beside ``folder``."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{folder.name}.staging-", dir=folder.parent))
    # mkdtemp makes a private folder; the output keeps the old one's mode, or the usual one.
    if folder.is_dir():
        mode = folder.stat().st_mode & 0o7777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o777 & ~umask
    os.chmod(staged, mode)
    return staged


def leftovers(folder: Path) -> list[Path]:
    """Return staging and old folders a killed build left beside ``folder``."""
    prefixes = (f".{folder.name}.staging-", f".{folder.name}.old-")
    if not folder.parent.is_dir():
        return []
    return sorted(p for p in folder.parent.iterdir() if p.name.startswith(prefixes))


def recover(folder: Path) -> None:
    """Put back the old folder if a build was killed between its two renames."""
    if folder.exists():
        return
    olds = [p for p in leftovers(folder) if p.name.startswith(f".{folder.name}.old-")]
    if olds:
        olds[-1].rename(folder)


def clean(folder: Path, *, keep: Iterable[Path] = ()) -> list[Path]:
    """Delete what killed builds left: staging folders beside ``folder``, temp files in it."""
    kept = {Path(k) for k in keep}
    removed = [p for p in leftovers(folder) if p not in kept]
    for path in removed:
        _remove(path)
    return removed


def is_temp(name: str) -> bool:
    """Tell whether a file name is one of kgraph's temporary files.

    >>> is_temp(".graph.ttl.abc123.tmp"), is_temp(".store.building"), is_temp("graph.ttl")
    (True, True, False)
    """
    return name.startswith(".") and (
        name.endswith(".tmp") or name.endswith(".building") or name.endswith(".old")
    )


def carry_over(old: Path, new: Path, *, skip: Callable[[str], bool]) -> None:
    """Link into ``new`` every entry of ``old`` that the build does not write itself.

    Hard links cost no space and no time; kgraph never rewrites a file in
    place, so the old folder cannot change through them.
    """
    if not old.is_dir():
        return
    for entry in sorted(old.iterdir()):
        if skip(entry.name) or is_temp(entry.name) or (new / entry.name).exists():
            continue
        link_tree(entry, new / entry.name)


def link_tree(source: Path, target: Path) -> None:
    """Hard-link a file, or a folder's files, from ``source`` to ``target`` (copy if need be)."""
    if source.is_dir() and not source.is_symlink():
        shutil.copytree(source, target, copy_function=_link_or_copy, symlinks=True)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(str(source), str(target))


def _link_or_copy(source: str, target: str) -> None:
    if os.path.islink(source):
        os.symlink(os.readlink(source), target)
        return
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def switch(folder: Path, staged: Path) -> Path | None:
    """Put ``staged`` in the place of ``folder`` in one step; return where the old one went.

    The old folder, if any, ends up at a path beside it for :func:`clean`.
    """
    _fsync_dir(staged)
    if not folder.exists():
        os.rename(staged, folder)
        _fsync_dir(folder.parent)
        return None
    if _exchange(staged, folder):
        _fsync_dir(folder.parent)
        return staged
    old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old-", dir=folder.parent))
    old.rmdir()
    os.rename(folder, old)
    os.rename(staged, folder)
    _fsync_dir(folder.parent)
    return old


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with renameat2; False where that is not available."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(
        AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), ctypes.c_uint(RENAME_EXCHANGE)
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise KGraphError(f"cannot switch {a} into {b}: {os.strerror(code)}")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
