"""The one exception type the CLI turns into a one-line message and exit status."""

from __future__ import annotations


class KGraphError(Exception):
    """A problem with the user's input or environment, worded for the user.

    The message is one line and names the problem and, where it helps, the fix.
    ``exit_code`` follows the usual convention: 2 for bad usage or input.
    """

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(" ".join(message.split()))
        if exit_code is not None:
            self.exit_code = exit_code


class ModelNotFoundError(KGraphError):
    """No usable spaCy English pipeline is installed."""

    exit_code = 3
