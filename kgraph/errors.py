"""The exception types the CLI turns into a one-line message and an exit status.

Exit statuses, the same for every command (documented in the README):

==  ============================================================
0   success
1   no result where one was asked for (no path, an empty answer)
2   bad usage or bad input (the default)
3   no usable spaCy model
4   a remote endpoint failed (unreachable, refused, malformed reply)
5   a time limit was reached
==  ============================================================
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NO_RESULT = 1
EXIT_USAGE = 2
EXIT_MODEL = 3
EXIT_REMOTE = 4
EXIT_TIMEOUT = 5


class KGraphError(Exception):
    """A problem with the user's input or environment, worded for the user.

    The message is one line and names the problem and, where it helps, the fix.
    ``exit_code`` follows the table above: 2 for bad usage or input.
    """

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(" ".join(message.split()))
        if exit_code is not None:
            self.exit_code = exit_code


class NoResultError(KGraphError):
    """The command ran, but found nothing where an answer was asked for."""

    exit_code = EXIT_NO_RESULT


class ModelNotFoundError(KGraphError):
    """No usable spaCy English pipeline is installed."""

    exit_code = EXIT_MODEL


class RemoteError(KGraphError):
    """A SPARQL endpoint or other remote service failed or refused."""

    exit_code = EXIT_REMOTE


class TimeoutExceededError(KGraphError):
    """A query or other bounded operation ran past its time limit."""

    exit_code = EXIT_TIMEOUT
