"""A small corpus of our own and helpers to run ``kgraph`` as a separate process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

STORIES = {
    "story-a": "The United States sanctioned Iran on Monday. Russia attacked Ukraine.",
    "story-b": "China met Japan in Tokyo on Tuesday. Iran threatened Israel.",
    "story-c": (
        "Analysts said the Houthis, who are ideologically aligned with Iran, receive weapons."
    ),
}
NEW_STORY = ("story-d", "France condemned Russia on Friday. Germany praised Poland.")

CLI = "import sys; from kgraph.cli import main; sys.exit(main())"


def write_corpus(path: Path, stories: dict[str, str] | None = None) -> Path:
    """Write stories as a JSONL corpus and return its path."""
    rows = [{"id": k, "text": v, "date": "2025-03-14"} for k, v in (stories or STORIES).items()]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def kgraph(
    *args: str, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run the kgraph CLI in a new process and return what it did."""
    return subprocess.run(
        [sys.executable, "-c", CLI, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )


def spawn(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start the kgraph CLI in a new process, stderr piped line by line."""
    return subprocess.Popen(
        [sys.executable, "-c", CLI, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Return relative path → SHA-256 of every file under ``folder`` but the store's.

    The store is RocksDB, whose files carry their own ids and logs; its
    content is compared through queries instead.
    """
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and not rel.startswith("store/"):
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def store_quads(store: Path) -> list[str]:
    """Return the sorted N-Quads of a store (opened read-only, as a reader would)."""
    import pyoxigraph as ox

    data = ox.Store.read_only(str(store)).dump(format=ox.RdfFormat.N_QUADS)
    return sorted(data.decode("utf-8").splitlines())


def beside(folder: Path) -> list[str]:
    """Return the names kgraph may leave next to a build folder (staging, old copies)."""
    return sorted(
        p.name
        for p in folder.parent.iterdir()
        if p.name.startswith(f".{folder.name}.") and not p.name.endswith(".kgraph.lock")
    )
