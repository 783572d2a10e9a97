"""Run a query under a time limit that really stops it.

Neither engine can be interrupted from Python: rdflib evaluates in pure Python
(a thread cannot be killed) and Oxigraph evaluates inside one native call. So
a query with a time limit runs in a forked child process, which inherits the
loaded graph or the open store without copying or pickling it, and sends its
result back through a pipe; when the limit passes, the child is killed.
Where ``fork`` is not available (Windows), the query runs in a daemon thread
and is abandoned when the limit passes: the caller gets its answer on time,
and the process can still exit.
"""

from __future__ import annotations

import multiprocessing
import pickle
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from kgraph.errors import KGraphError, TimeoutExceededError

T = TypeVar("T")


def run_with_timeout(work: Callable[[], T], *, timeout: float | None) -> T:
    """Return ``work()``, or raise TimeoutExceededError once ``timeout`` seconds have passed.

    ``timeout`` of ``None`` or 0 runs ``work`` here, without a limit. Exceptions
    raised by ``work`` reach the caller unchanged (as long as they can be pickled).
    """
    if not timeout or timeout <= 0:
        return work()
    if "fork" in multiprocessing.get_all_start_methods():
        return _in_child(work, timeout)
    return _in_thread(work, timeout)


def timeout_error(timeout: float) -> TimeoutExceededError:
    """Return the error for a query stopped after ``timeout`` seconds."""
    shown = f"{timeout:g}"
    return TimeoutExceededError(
        f"query timed out after {shown} s (raise it with --timeout, or 0 for no limit)"
    )


def _in_child(work: Callable[[], T], timeout: float) -> T:
    # Unflushed output would be written twice: once by each process.
    sys.stdout.flush()
    sys.stderr.flush()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child_main, args=(work, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise timeout_error(timeout)
        try:
            status, payload = pickle.loads(receiver.recv_bytes())
        except EOFError:
            raise KGraphError(
                f"the query process ended without an answer (exit status {child.exitcode})"
            ) from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if status == "error":
        raise payload
    return payload


def _child_main(work: Callable[[], Any], sender: Any) -> None:
    try:
        message = ("ok", work())
    except BaseException as exc:  # sent to the parent, which raises it
        message = ("error", exc)
    try:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        data = pickle.dumps(("error", _portable(message[1], exc)))
    sender.send_bytes(data)
    sender.close()


def _portable(error: Any, exc: Exception) -> KGraphError:
    """Return an error the parent can unpickle, keeping a KGraphError's kind and words.

    An exception can hold what does not pickle (an HTTP error keeps its open
    response); the user's message and exit status are what must cross.
    """
    if isinstance(error, KGraphError):
        try:
            portable = type(error)(str(error))
            pickle.dumps(portable)
            return portable
        except Exception:
            return KGraphError(str(error), exit_code=error.exit_code)
    return KGraphError(f"cannot return the result: {exc}")


def _in_thread(work: Callable[[], T], timeout: float) -> T:
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=target, daemon=True, name="kgraph-query")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise timeout_error(timeout)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
