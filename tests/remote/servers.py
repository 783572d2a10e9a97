"""Real SPARQL servers on loopback ports, started and stopped by the tests."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def find_oxigraph() -> str | None:
    """Return the oxigraph server binary of the 'oxigraph' package (its scripts folder)."""
    folders = [sysconfig.get_path("scripts")]
    # A virtual environment layered over another finds the package in the other's site-packages.
    folders += [str(Path(p).parents[2] / "bin") for p in sys.path if p.endswith("site-packages")]
    for folder in folders:
        found = shutil.which("oxigraph", path=folder)
        if found:
            return found
    return shutil.which("oxigraph")


@dataclass
class Server:
    """A running server: its base URL and process."""

    base: str
    process: subprocess.Popen[bytes]

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def start_oxigraph(location: Path, *, read_only: bool = False) -> Server:
    """Start ``oxigraph serve`` (union default graph) on a free loopback port and wait for it."""
    binary = find_oxigraph()
    if binary is None:
        raise RuntimeError("the oxigraph server binary is missing: pip install oxigraph")
    port = free_port()
    location.mkdir(parents=True, exist_ok=True)
    if read_only and not (location / "CURRENT").exists():
        # A read-only server opens an existing store only: create one with a triple in it.
        seed = location.parent / f"{location.name}-seed.nt"
        seed.write_text("<urn:kgraph:test> <urn:kgraph:test> <urn:kgraph:test> .\n")
        subprocess.run(
            [binary, "load", "--location", str(location), "--file", str(seed)],
            check=True,
            capture_output=True,
        )
    command = [
        binary,
        "serve-read-only" if read_only else "serve",
        "--location",
        str(location),
        "--bind",
        f"127.0.0.1:{port}",
        "--union-default-graph",
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ)
    )
    server = Server(base=f"http://127.0.0.1:{port}", process=process)
    wait_until_up(server, f"{server.base}/query?query=ASK%7B%7D")
    return server


def wait_until_up(server: Server, probe: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.process.returncode}")
        try:
            if httpx.get(probe, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"the server did not answer {probe} within {seconds:.0f}s")


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = .
VADInstallDir = {d}/vad/
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}/vsp
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def find_virtuoso() -> tuple[str, str] | None:
    """Return the Virtuoso server and its isql client, or None where they are not installed."""
    server = shutil.which("virtuoso-t")
    isql = shutil.which("isql-vt") or shutil.which("isql-v")
    return (server, isql) if server and isql else None


@dataclass
class Virtuoso(Server):
    """A Virtuoso server: SPARQL at /sparql, the Graph Store at /sparql-graph-crud."""

    isql: str = ""
    sql_port: int = 0

    @property
    def query_url(self) -> str:
        return f"{self.base}/sparql"

    @property
    def store_url(self) -> str:
        return f"{self.base}/sparql-graph-crud"

    def sql(self, statement: str) -> None:
        """Run one statement as the database administrator (the fresh database's dba/dba)."""
        subprocess.run(
            [self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statement}"],
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=60,
        )

    def allow_anonymous_updates(self) -> None:
        # The unauthenticated endpoints run as user SPARQL/nobody: let them write graphs.
        self.sql('GRANT SPARQL_UPDATE TO "SPARQL"')
        self.sql("DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7)")


def start_virtuoso(folder: Path) -> Virtuoso:
    """Start virtuoso-t on free loopback ports with a fresh database in ``folder``."""
    found = find_virtuoso()
    if found is None:
        raise RuntimeError("virtuoso-t or isql-vt is not installed")
    binary, isql = found
    # No VAD packages in the install folder: a fresh database then skips installing
    # the Conductor web UI, which takes most of the start-up time.
    for sub in ("vad", "vsp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    sql, http = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http), encoding="utf-8")
    process = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(ini)],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = Virtuoso(base=f"http://127.0.0.1:{http}", process=process, isql=isql, sql_port=sql)
    wait_until_up(server, f"{server.base}/sparql?query=ASK%7B%7D", seconds=120)
    return server
