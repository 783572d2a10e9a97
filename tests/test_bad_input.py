"""Bad and odd input through the real command line: exit status, one line, no traceback.

Each row is a command on an input written here → the exit status and a fragment
of standard error. No row may print a traceback or an "internal error", and an
error is one line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main

GOOD = "The United States sanctioned Iran on Monday. Russia condemned the sanctions."
BAD_LITERAL = (
    b"\n<https://w3id.org/kgraph/event/x> <https://w3id.org/kgraph/ontology#date> "
    b'"not-a-date"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, nlp) -> Path:
    """Write every input of the table below into one folder."""
    root = tmp_path_factory.mktemp("bad")

    def put(name: str, data: bytes | str) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    put("good.txt", GOOD)
    result = CliRunner().invoke(
        main, ["extract", str(root / "good.txt"), "-o", str(root / "good.ttl"), "-q"]
    )
    assert result.exit_code == 0, result.output
    put("corrupt.ttl", (root / "good.ttl").read_bytes() + BAD_LITERAL)
    os.mkfifo(root / "fifo.txt")
    os.mkfifo(root / "fifo.ttl")
    put("surrogate.jsonl", '{"id": "a", "text": "The United States sanctioned Iran \\ud800."}\n')
    put("nested.jsonl", '{"id": "a", "text": "x", "n": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    put("url.jsonl", json.dumps({"id": "a", "text": GOOD, "url": "https://x.org/a\u0001"}) + "\n")
    put("pubdate.jsonl", json.dumps({"id": "a", "text": GOOD, "pubdate": "2025-11-24T06:00Z"}))
    put("issued.jsonl", json.dumps({"id": "a", "text": GOOD, "issued": "2025-11-24"}) + "\n")
    put("latin1.rq", "SELECT * WHERE { ?s ?p 'caf\xe9' }".encode("latin-1"))
    put("deep.rq", "SELECT * WHERE { FILTER(" + "(" * 2000 + "1" + ")" * 2000 + ") }")
    put("utf16.txt", GOOD.encode("utf-16"))
    put("utf32.txt", GOOD.encode("utf-32"))
    put("folder/a.txt", b"")
    put("folder/b.txt", b"\x00\x01")
    put("folder/c.txt", "caf\xe9".encode("latin-1"))
    put("folder/d.txt", GOOD)
    return root


# command (with {dir} for the inputs folder) → exit status, fragment of stderr, of stdout
CASES = [
    # special files: refused at once, never read
    ("extract {dir}/fifo.txt", 2, "fifo.txt: is a named pipe (FIFO), not a regular file", ""),
    ("rank {dir}/fifo.ttl", 2, "fifo.ttl: is a named pipe (FIFO)", ""),
    ("extract /dev/zero", 2, "/dev/zero: is a character device, not a regular file", ""),
    ("extract /dev/urandom", 2, "/dev/urandom: is a character device", ""),
    ("rank /dev/zero", 2, "/dev/zero: is a character device", ""),
    ("query /dev/urandom SELECT*{?s?p?o}", 2, "/dev/urandom: is a character device", ""),
    # odd JSONL
    ("extract {dir}/surrogate.jsonl --format jsonl", 0, "1 lone surrogate(s)", '"sanctions"'),
    ("extract {dir}/nested.jsonl", 2, "nested.jsonl:1: JSON nested too deeply", ""),
    ("extract {dir}/url.jsonl --format nt", 0, "percent-encoded", "<https://x.org/a%01>"),
    ("extract {dir}/pubdate.jsonl --format jsonl", 0, "", '"date":"2025-11-24"'),
    ("extract {dir}/issued.jsonl --format jsonl", 0, "", '"date":null'),
    ("extract {dir}/issued.jsonl --format jsonl --date-field issued", 0, "", '"2025-11-24"'),
    # encodings with a byte-order mark
    ("extract {dir}/utf16.txt --format jsonl", 0, "", '"sanctions"'),
    ("extract {dir}/utf32.txt --format jsonl", 0, "", '"sanctions"'),
    # several bad files: all named; --skip-bad goes on
    ("extract {dir}/folder", 2, "3 bad inputs (", ""),
    ("extract {dir}/folder --skip-bad --format jsonl", 0, "3 bad input(s) skipped", '"sanctions"'),
    # queries
    ("query {dir}/good.ttl -f {dir}/latin1.rq", 2, "latin1.rq: not UTF-8 text", ""),
    ("query {dir}/good.ttl -f {dir}/deep.rq", 2, "invalid SPARQL: expressions nested too", ""),
    # a corrupt literal: one warning line naming the triple; validate counts it
    ("rank {dir}/corrupt.ttl", 0, "warning: {dir}/corrupt.ttl: 1 literal(s) not valid", ""),
    ("validate {dir}/corrupt.ttl", 1, "SHACL violation(s)", '"not-a-date"'),
]


@pytest.mark.parametrize(("command", "code", "stderr", "stdout"), CASES)
def test_bad_input(inputs, command, code, stderr, stdout):
    args = [a.replace("{dir}", str(inputs)) for a in command.split()]
    result = CliRunner().invoke(main, args)
    err, out = result.stderr, result.stdout
    assert result.exit_code == code, err
    assert stderr.replace("{dir}", str(inputs)) in err
    assert stdout in out
    assert "Traceback" not in err and "internal error" not in err
    assert len([ln for ln in err.splitlines() if ln.startswith("kgraph: error:")]) <= 1
    if code == 0:
        assert "kgraph: error" not in err


def test_several_bad_files_each_get_one_warning_line(inputs):
    result = CliRunner().invoke(main, ["extract", str(inputs / "folder")])
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("kgraph: warning:")]
    assert [w.split(": ")[2] for w in warnings] == [
        str(inputs / "folder" / name) for name in ("a.txt", "b.txt", "c.txt")
    ]


@pytest.mark.parametrize(
    "args",
    [["query", "{dir}/good.ttl", "SELECT * { ?s ?p ?o }"], ["rank", "{dir}/good.ttl"]],
)
def test_full_disk_on_stdout_is_one_line(inputs, args):
    args = [a.replace("{dir}", str(inputs)) for a in args]
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "kgraph.cli", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.strip().endswith("no space left on device")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_full_device_as_output_keeps_nothing_half_written(inputs):
    result = CliRunner().invoke(main, ["extract", str(inputs / "good.txt"), "-o", "/dev/full"])
    assert result.exit_code == 2
    assert "cannot write /dev/full: no space left on device" in result.stderr


def test_bad_input_leaves_the_earlier_output_alone(inputs, tmp_path):
    old = tmp_path / "graph.ttl"
    old.write_bytes((inputs / "good.ttl").read_bytes())
    before = old.read_bytes()
    result = CliRunner().invoke(main, ["extract", str(inputs / "folder"), "-o", str(old)])
    assert result.exit_code == 2
    assert old.read_bytes() == before
