"""Named points in a build where the tests can stop it, to prove a stop anywhere is safe.

``KGRAPH_TEST_FAULT=<stage>:<action>`` (``kill`` sends SIGKILL to the build
itself, ``crash`` raises, ``pause`` prints ``paused at <stage>`` on stderr and
sleeps for ``KGRAPH_TEST_PAUSE`` seconds, 60 by default). Unset, a checkpoint
does nothing. The stages are listed in :data:`STAGES`.
"""

from __future__ import annotations

import os
import signal
import sys
import time

ENV = "KGRAPH_TEST_FAULT"
STAGES = (
    "locked",  # the folder lock is held, nothing written yet
    "extracting",  # after the first document's record is written to the staging folder
    "extracted",  # every record written
    "derived",  # union files written to the staging folder
    "store",  # the new store built in the staging folder
    "pictures",  # pictures and reports written
    "switch",  # just before the staging folder replaces the output folder
    "switched",  # the new folder is in place, the old one not yet deleted
)


class InjectedFault(RuntimeError):
    """The crash a test asked for."""


def checkpoint(stage: str) -> None:
    """Stop here if the environment asks for a fault at ``stage``."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    name, _, action = wanted.partition(":")
    if name != stage:
        return
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "pause":
        print(f"paused at {stage}", file=sys.stderr, flush=True)
        time.sleep(float(os.environ.get("KGRAPH_TEST_PAUSE", "60")))
    else:
        raise InjectedFault(f"fault injected at {stage}")
