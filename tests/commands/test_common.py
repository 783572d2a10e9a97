"""The shared command helpers: progress on a terminal only, document counts, standard input."""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios

import pytest

from kgraph.commands.common import _count_documents, graph_sources
from kgraph.errors import KGraphError

STORIES = {
    "a.txt": "The United States sanctioned Iran on Monday.",
    "b.txt": "Iran condemned the sanctions imposed by Washington.",
}


@pytest.fixture
def stories(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _extract(stories, tmp_path, *extra, stderr):
    command = [sys.executable, "-m", "kgraph.cli", "extract", str(stories)]
    command += ["-o", str(tmp_path / "g.ttl"), *extra]
    return subprocess.run(command, stderr=stderr, stdout=subprocess.DEVNULL, timeout=300)


@pytest.mark.parametrize("columns", [100, 0], ids=["sized", "unsized"])
def test_a_terminal_gets_the_loading_line_and_a_progress_bar(stories, tmp_path, columns):
    leader, follower = os.openpty()
    # A terminal window of 30 × 100, or one that reports no size (a bare pty).
    size = struct.pack("HHHH", 30 if columns else 0, columns, 0, 0)
    fcntl.ioctl(follower, termios.TIOCSWINSZ, size)
    try:
        done = _extract(stories, tmp_path, stderr=follower)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once its last writer is gone
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    shown = b"".join(chunks).decode("utf-8", errors="replace")
    assert done.returncode == 0, shown
    assert "loading " in shown and "…" in shown
    assert "2/2" in shown  # count and total
    assert "<00:00" in shown  # tqdm's elapsed<remaining


def test_a_pipe_gets_the_loading_line_and_no_bar(stories, tmp_path):
    done = _extract(stories, tmp_path, stderr=subprocess.PIPE)
    assert done.returncode == 0, done.stderr
    err = done.stderr.decode("utf-8")
    assert err.startswith("loading ")
    assert "2/2" not in err and "\r" not in err


def test_quiet_prints_nothing_on_stderr(stories, tmp_path):
    done = _extract(stories, tmp_path, "-q", stderr=subprocess.PIPE)
    assert done.returncode == 0 and done.stderr == b""


def test_documents_are_counted_ahead(stories, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "1", "text": "x"}\n\n{"id": "2", "text": "y"}\n', "utf-8")
    (stories / ".hidden.txt").write_text("left out", encoding="utf-8")
    assert _count_documents([str(stories), str(corpus)]) == 4


def test_standard_input_and_fifos_are_not_read_ahead(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert _count_documents([str(fifo)]) is None
    assert _count_documents(["-"]) is None


def test_standard_input_only_once():
    with pytest.raises(KGraphError, match="only once"), graph_sources(["-", "-"]):
        pass
