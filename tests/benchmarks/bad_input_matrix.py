"""Run every bad-input and fault case through the real CLI and print what happened.

Usage::

    python tests/benchmarks/bad_input_matrix.py            # all cases
    python tests/benchmarks/bad_input_matrix.py --long     # also a 5 MB single line
    python tests/benchmarks/bad_input_matrix.py -k fifo    # cases whose name has "fifo"

Each case is one ``kgraph`` subprocess (``python -m kgraph.cli``) with a time
limit, on inputs written to a temporary folder. A case passes when the exit
status is the expected one, standard error holds no traceback and no
"internal error", an error is one line, nothing runs past its time limit,
and no earlier output was damaged. The table gives, per case: the exit status,
the last line of standard error, traceback yes/no, the seconds taken and the
verdict; the totals give cases tried, failures, tracebacks, hangs and data lost.
"""

# ruff: noqa: E501  (the table of cases reads best one case a line)
from __future__ import annotations

import argparse
import hashlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PYTHON = sys.executable
KGRAPH = [PYTHON, "-m", "kgraph.cli"]
GOOD_TEXT = (
    "The United States sanctioned Iran on Monday. Russia condemned the sanctions. "
    "France stayed silent."
)
NO_EVENT = "France and Germany are neighbours."
PROSE = (
    "President Donald Trump said on Monday that the United States would impose new sanctions "
    "on Venezuela. Nicolas Maduro rejected the threat and accused Washington of interfering.",
    "Russia and China vetoed the resolution at the UN Security Council on Tuesday. The French "
    "foreign minister criticised the veto.",
    "Israel struck Hezbollah positions in southern Lebanon on 4 January, the army said. The "
    "United Nations called for restraint.",
)


@dataclass
class Case:
    """One command line, what it must exit with, and what it must leave alone."""

    name: str
    args: list[str]
    expect: tuple[int, ...]  # acceptable exit statuses
    timeout: float = 60
    stdin: Path | None = None
    stdout: Path | None = None  # e.g. /dev/full
    keep: list[Path] = field(default_factory=list)  # files that must not change
    message: str | None = None  # must appear in standard error
    check: Callable[[], bool] | None = None  # the output is right
    area: str = "input"  # the part of kgraph whose behaviour the case checks
    run: Callable[[Case], tuple[int | None, str, float]] | None = None


@dataclass
class Outcome:
    case: Case
    code: int | None  # None: killed at the time limit
    last_line: str
    traceback: bool
    seconds: float
    lost: bool
    ok: bool


def _digest(paths: list[Path]) -> dict[Path, str | None]:
    out: dict[Path, str | None] = {}
    for p in paths:
        if p.is_dir():
            h = hashlib.sha256()
            for f in sorted(p.rglob("*")):
                if f.is_file():
                    h.update(f.relative_to(p).as_posix().encode() + f.read_bytes())
            out[p] = h.hexdigest()
        else:
            out[p] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
    return out


def _subprocess(case: Case) -> tuple[int | None, str, float]:
    stdin = case.stdin.open("rb") if case.stdin else subprocess.DEVNULL
    stdout = case.stdout.open("wb") if case.stdout else subprocess.DEVNULL
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            KGRAPH + case.args,
            stdin=stdin,
            stdout=stdout,
            stderr=subprocess.PIPE,
            timeout=case.timeout,
            check=False,
        )
        code: int | None = proc.returncode
        err = proc.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as exc:
        code, err = None, (exc.stderr or b"").decode("utf-8", "replace")
    finally:
        for fh in (stdin, stdout):
            if hasattr(fh, "close"):
                fh.close()
    return code, err, time.perf_counter() - started


def run_case(case: Case) -> Outcome:
    before = _digest(case.keep)
    code, err, seconds = (case.run or _subprocess)(case)
    lost = _digest(case.keep) != before
    lines = [ln for ln in err.splitlines() if ln.strip() and not ln.startswith("  read ")]
    traceback = "Traceback (most recent call last)" in err or "internal error" in err
    errors = [ln for ln in lines if ln.startswith("kgraph: error:")]
    ok = (
        code in case.expect
        and not traceback
        and not lost
        and len(errors) <= 1
        and (case.message is None or case.message in err)
        and (case.check is None or case.check())
    )
    last = lines[-1] if lines else ""
    return Outcome(case, code, last, traceback, seconds, lost, ok)


# --- the inputs -------------------------------------------------------------------------


def _extract(text: Path, out: Path) -> None:
    subprocess.run([*KGRAPH, "extract", str(text), "-o", str(out), "-q"], check=True)


def prepare(root: Path, *, long: bool) -> dict[str, Path]:
    """Write every input the cases read; return them by name."""
    p: dict[str, Path] = {}

    def put(name: str, data: bytes | str) -> Path:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        p[name] = path
        return path

    put("good.txt", GOOD_TEXT)
    put("other.txt", "Russia attacked Ukraine. Poland condemned the attack.")
    put(
        "secret.ttl",
        "<https://example.org/secret> <https://example.org/is> <https://example.org/private> .\n",
    )
    put("no_event.txt", NO_EVENT)
    p["good.ttl"] = root / "good.ttl"
    p["empty.ttl"] = root / "empty.ttl"
    _extract(p["good.txt"], p["good.ttl"])
    _extract(p["no_event.txt"], p["empty.ttl"])
    put(
        "corrupt.ttl",
        p["good.ttl"].read_bytes()
        + b"\n<https://w3id.org/kgraph/event/x> <https://w3id.org/kgraph/ontology#date> "
        b'"not-a-date"^^<http://www.w3.org/2001/XMLSchema#date> .\n',
    )
    os.mkfifo(root / "fifo.txt")
    os.mkfifo(root / "fifo.ttl")
    p["fifo.txt"], p["fifo.ttl"] = root / "fifo.txt", root / "fifo.ttl"
    put("surrogate.jsonl", '{"id": "a", "text": "The United States sanctioned Iran \\ud800."}\n')
    put("nested.jsonl", '{"id": "a", "text": "x", "n": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    put(
        "control_url.jsonl",
        json.dumps({"id": "a", "text": GOOD_TEXT, "url": "https://example.org/a\u0001b"}) + "\n",
    )
    put("latin1.rq", "SELECT * WHERE { ?s ?p 'caf\xe9' }".encode("latin-1"))
    put("deep.rq", "SELECT * WHERE { FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }")
    put("cross.rq", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    put("utf16.txt", GOOD_TEXT.encode("utf-16"))
    put("utf16.jsonl", (json.dumps({"id": "a", "text": GOOD_TEXT}) + "\n").encode("utf-16"))
    put("nested.jsonld", '{"@graph": ' + "[" * 100_000 + "]" * 100_000 + "}")
    put("utf32.txt", GOOD_TEXT.encode("utf-32"))
    put(
        "dates.jsonl",
        "".join(
            json.dumps({"id": f"d{i}", "text": GOOD_TEXT, key: value}) + "\n"
            for i, (key, value) in enumerate(
                [
                    ("published", "2025-11-24"),
                    ("pubdate", "Mon, 24 Nov 2025 10:00:00 GMT"),
                    ("datetime", "2025-11-24T10:00:00Z"),
                    ("date_published", "2025-11-24"),
                ]
            )
        ),
    )
    put("custom_date.jsonl", json.dumps({"id": "a", "text": GOOD_TEXT, "issued": "2025-11-24"}))
    put("bad/a_empty.txt", b"")
    put("bad/b_binary.txt", b"\x00\x01\x02")
    put("bad/c_latin1.txt", "caf\xe9".encode("latin-1"))
    put("bad/d_good.txt", GOOD_TEXT)
    put("old.ttl", p["good.ttl"].read_bytes())  # an earlier output a failed run must keep
    paras = "\n\n".join(PROSE[i % len(PROSE)] for i in range(1_000_000 // 180))
    put("article_1mb.txt", paras)
    put("line_1_2mb.txt", " ".join(PROSE) * (1_200_000 // len(" ".join(PROSE)) + 1))
    if long:
        put("line_5mb.txt", " ".join(PROSE) * (5_000_000 // len(" ".join(PROSE)) + 1))
    return p


class _Listener:
    """A TCP listener on a loopback port that records whether anything connected."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.contacted = False
        self._stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.contacted = True
            conn.close()

    def close(self) -> None:
        self._stop = True
        self.thread.join()
        self.sock.close()


def _remote(query: str, listener: _Listener) -> Callable[[Case], tuple[int | None, str, float]]:
    def run(case: Case) -> tuple[int | None, str, float]:
        listener.contacted = False
        code, err, seconds = _subprocess(case)
        if listener.contacted:
            err += "\n(contacted the network)"
            code = -1
        return code, err, seconds

    return run


def _concurrent(root: Path, p: dict[str, Path]) -> Callable[[Case], tuple[int | None, str, float]]:
    def run(case: Case) -> tuple[int | None, str, float]:
        out = root / "concurrent"
        args = [*KGRAPH, "build", str(p["good.txt"]), "-o", str(out), "--no-pictures"]
        started = time.perf_counter()
        procs = [subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)]
        time.sleep(1.0)
        procs.append(subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        try:
            errs = [pr.communicate(timeout=case.timeout)[1].decode() for pr in procs]
        except subprocess.TimeoutExpired:
            for pr in procs:
                pr.kill()
            return None, "", time.perf_counter() - started
        codes = [pr.returncode for pr in procs]
        check = subprocess.run(
            [*KGRAPH, "validate", str(out / "graph.ttl")], capture_output=True, check=False
        )
        if 0 not in codes or check.returncode != 0:
            return 1, "\n".join(errs) + check.stderr.decode(), time.perf_counter() - started
        # both finished, the folder holds one complete build: report the refused one if any
        bad = [e for c, e in zip(codes, errs, strict=True) if c != 0]
        return (
            0 if all(c in (0, 2) for c in codes) else 1,
            bad[0] if bad else "",
            (time.perf_counter() - started),
        )

    return run


def _dated(path: Path, documents: int) -> bool:
    """Whether ``documents`` documents of a relations export carry the date 2025-11-24."""
    if not path.exists():
        return False
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return len({r["doc"] for r in rows if "2025-11-24" in json.dumps(r)}) >= documents


def cases(root: Path, p: dict[str, Path], listener: _Listener, *, long: bool) -> list[Case]:
    s = str
    url = f"http://127.0.0.1:{listener.port}/sparql"
    out = root / "out"
    old = p["old.ttl"]
    c = [
        # --- graphs with no relations or one actor (analytics, pictures, reports) -----
        *(
            Case(f"empty graph: draw .{ext}", ["draw", s(p["empty.ttl"]), "-o", s(root / f"e.{ext}")], (0,), area="viz")
            for ext in ("png", "svg", "pdf", "html")
        ),
        Case("empty graph: report", ["report", s(p["empty.ttl"]), "-o", s(root / "e.html")], (0,), area="report"),
        *(
            Case(f"empty graph: rank {m}", ["rank", s(p["empty.ttl"]), "--measure", m], (0, 1), area="analytics")
            for m in ("degree", "pagerank", "betweenness", "closeness", "eigenvector")
        ),
        Case("empty graph: rank --write", ["rank", s(p["empty.ttl"]), "--write", s(root / "r.ttl")], (0, 1), area="analytics"),
        *(
            Case(f"empty graph: export .{ext}", ["export", s(p["empty.ttl"]), "-o", s(root / f"e.{ext}")], (0,), area="analytics")
            for ext in ("graphml", "gexf", "csv")
        ),
        Case("no-event text: build", ["build", s(p["no_event.txt"]), "-o", s(root / "build_empty")], (0,), timeout=120, area="analytics"),
        Case("rank --type Media leaves nothing", ["rank", s(p["good.ttl"]), "--type", "Media"], (0, 1), area="analytics"),
        Case("draw --ego isolated actor", ["draw", s(p["good.ttl"]), "-o", s(root / "ego.png"), "--ego", "France"], (0, 1), area="viz"),
        # --- long documents ---------------------------------------------------------
        Case("extract 1 MB article", ["extract", s(p["article_1mb.txt"]), "-o", s(root / "a.ttl"), "-q"], (0,), timeout=600),
        Case("extract 1.2 MB single line", ["extract", s(p["line_1_2mb.txt"]), "-o", s(root / "l.ttl"), "-q"], (0,), timeout=600),
        # --- special files ------------------------------------------------------------
        Case("extract FIFO", ["extract", s(p["fifo.txt"])], (2,), timeout=20, message="named pipe"),
        Case("rank FIFO", ["rank", s(p["fifo.ttl"])], (2,), timeout=20, message="named pipe"),
        Case("extract /dev/zero", ["extract", "/dev/zero"], (2,), timeout=30),
        Case("extract /dev/urandom", ["extract", "/dev/urandom"], (2,), timeout=30),
        Case("rank /dev/zero", ["rank", "/dev/zero"], (2,), timeout=30),
        Case("rank /dev/urandom", ["rank", "/dev/urandom"], (2,), timeout=30),
        Case("extract - < /dev/zero", ["extract", "-"], (2,), timeout=60, stdin=Path("/dev/zero")),
        # --- odd input ------------------------------------------------------------------
        Case("JSONL lone surrogate", ["extract", s(p["surrogate.jsonl"]), "--format", "jsonl"], (0,), message="lone surrogate"),
        Case("JSONL nested 100k deep", ["extract", s(p["nested.jsonl"])], (2,), message="nested too deeply"),
        Case("JSONL control char in url: build", ["build", s(p["control_url.jsonl"]), "-o", s(root / "build_url"), "--no-pictures"], (0,), timeout=120, message="percent-encoded"),
        Case("query file in Latin-1", ["query", s(p["good.ttl"]), "-f", s(p["latin1.rq"])], (2,), message="not UTF-8"),
        Case("SPARQL nested 3000 deep", ["query", s(p["good.ttl"]), "-f", s(p["deep.rq"])], (2,), message="nested too deeply"),
        Case("extract > /dev/full", ["extract", s(p["good.txt"]), "-q"], (2,), stdout=Path("/dev/full"), message="no space left on device"),
        Case("extract -o /dev/full", ["extract", s(p["good.txt"]), "-q", "-o", "/dev/full"], (2,), message="no space left on device"),
        Case("rank > /dev/full", ["rank", s(p["good.ttl"])], (2,), stdout=Path("/dev/full"), message="no space left on device"),
        Case("query > /dev/full", ["query", s(p["good.ttl"]), "SELECT * WHERE { ?s ?p ?o }"], (2,), stdout=Path("/dev/full"), message="no space left on device"),
        Case("extract bad input keeps -o file", ["extract", s(p["bad/b_binary.txt"]), "-o", s(old)], (2,), keep=[old]),
        # --- corrupt literal ------------------------------------------------------------
        Case("corrupt literal: rank", ["rank", s(p["corrupt.ttl"])], (0,), message="not valid for their datatype"),
        Case("corrupt literal: query", ["query", s(p["corrupt.ttl"]), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"], (0,), message="not valid for their datatype"),
        Case("corrupt literal: draw", ["draw", s(p["corrupt.ttl"]), "-o", s(root / "c.png")], (0,), message="not valid for their datatype"),
        Case("corrupt literal: validate", ["validate", s(p["corrupt.ttl"])], (1,), message="violation"),
        # --- encodings ---------------------------------------------------------------
        Case("UTF-16 text with BOM", ["extract", s(p["utf16.txt"]), "--format", "jsonl"], (0,)),
        Case("UTF-32 text with BOM", ["extract", s(p["utf32.txt"]), "--format", "jsonl"], (0,)),
        # --- corpus input ---------------------------------------------------------------
        Case("JSONL published/pubdate/datetime/date_published", ["extract", s(p["dates.jsonl"]), "-o", s(root / "dates.out.jsonl")], (0,), check=lambda: _dated(root / "dates.out.jsonl", 4)),
        Case("JSONL --date-field issued", ["extract", s(p["custom_date.jsonl"]), "--date-field", "issued", "-o", s(root / "custom.out.jsonl")], (0,), check=lambda: _dated(root / "custom.out.jsonl", 1)),
        Case("folder with 3 bad files", ["extract", s(root / "bad")], (2,), message="3 bad inputs"),
        Case("UTF-16 JSONL with BOM", ["extract", s(p["utf16.jsonl"]), "--format", "jsonl"], (0,)),
        Case("JSON-LD graph nested 100k deep: rank", ["rank", s(p["nested.jsonld"])], (2,)),
        Case("build folder with 3 bad files --skip-bad", ["build", s(root / "bad"), "--skip-bad", "-o", s(root / "build_skip"), "--no-pictures"], (0,), timeout=120, message="; skipped"),
        Case("folder with 3 bad files --skip-bad", ["extract", s(root / "bad"), "--skip-bad", "-o", s(root / "skip.ttl")], (0,), message="skipped"),
        # --- other parts: store and build output, SPARQL sources, time limits ------------
        Case("build: store path taken keeps old outputs", ["build", s(p["good.txt"]), "-o", s(out)], (2,), keep=[out], area="build", timeout=120),
        Case("SPARQL SERVICE to loopback", ["query", s(p["good.ttl"]), f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"], (2,), area="sparql", run=_remote("service", listener)),
        Case("SPARQL SERVICE SILENT to loopback", ["query", s(p["good.ttl"]), f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}"], (2,), area="sparql", run=_remote("silent", listener)),
        Case("SPARQL FROM remote", ["query", s(p["good.ttl"]), f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}"], (2,), area="sparql", run=_remote("from", listener)),
        Case("SPARQL FROM NAMED remote", ["query", s(p["good.ttl"]), f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"], (2,), area="sparql", run=_remote("named", listener)),
        Case("SPARQL FROM local file", ["query", s(p["good.ttl"]), f"SELECT * FROM <{p['secret.ttl'].as_uri()}> WHERE {{ ?s ?p ?o }}"], (2,), area="sparql"),
        Case("SPARQL cross product --timeout 2", ["query", s(p["good.ttl"]), "-f", s(p["cross.rq"]), "--timeout", "2"], (5,), area="sparql", timeout=30),
        Case("named query without its parameters", ["query", s(p["good.ttl"]), "-n", "events-between"], (2,), area="sparql"),
        Case("two builds into one folder at once", [], (0,), area="build", timeout=300, run=_concurrent(root, p)),
    ]  # fmt: skip
    if long:
        c.append(
            Case(
                "extract 5 MB single line",
                ["extract", s(p["line_5mb.txt"]), "-o", s(root / "l5.ttl"), "-q"],
                (0,),
                timeout=1800,
            )
        )
    return c


def _prepare_store_taken(root: Path, p: dict[str, Path]) -> None:
    """An earlier build (of another text) whose store path is now a file.

    The next build must refuse before it replaces any of the earlier files.
    """
    out = root / "out"
    subprocess.run(
        [*KGRAPH, "build", str(p["other.txt"]), "-o", str(out), "--no-pictures", "--no-store"],
        check=True,
        capture_output=True,
    )
    (out / "store").write_text("not a store\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--long", action="store_true", help="Add the 5 MB single-line case.")
    parser.add_argument("-k", default="", help="Run only cases whose name contains this.")
    args = parser.parse_args()
    listener = _Listener()
    with tempfile.TemporaryDirectory(prefix="kgraph-matrix-") as tmp:
        root = Path(tmp)
        p = prepare(root, long=args.long)
        _prepare_store_taken(root, p)
        selected = [c for c in cases(root, p, listener, long=args.long) if args.k in c.name]
        outcomes = []
        print(f"{'case':<48} {'area':<9} {'exit':>4} {'tb':<3} {'s':>6}  {'ok':<4} message")
        for case in selected:
            o = run_case(case)
            outcomes.append(o)
            code = "hang" if o.code is None else str(o.code)
            print(
                f"{case.name[:48]:<48} {case.area:<9} {code:>4} {'yes' if o.traceback else 'no':<3} "
                f"{o.seconds:>6.1f}  {'ok' if o.ok else 'FAIL':<4} {o.last_line[:110]}",
                flush=True,
            )
    listener.close()
    failed = [o for o in outcomes if not o.ok]
    print(
        f"\ncases tried: {len(outcomes)}   failed: {len(failed)}   "
        f"tracebacks: {sum(o.traceback for o in outcomes)}   "
        f"hangs: {sum(o.code is None for o in outcomes)}   "
        f"data lost: {sum(o.lost for o in outcomes)}"
    )
    mine = [o for o in failed if o.case.area == "input"]
    areas = sorted({o.case.area for o in failed})
    by_area = ", ".join(f"{a} {sum(o.case.area == a for o in failed)}" for a in areas)
    print(f"failed, by area: {by_area or 'none'}")
    sys.exit(1 if mine else 0)


if __name__ == "__main__":
    main()
