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
            [binary, "load", "--location", str(location), "--file", str(seed)], check=True
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
