"""The ``kgraph`` command line: parse options, call one :mod:`kgraph.api` function, print.

Errors the user can fix are printed as one line (``kgraph: error: …``) with a
non-zero exit status; no traceback unless ``--debug`` is given. The commands
themselves live in :mod:`kgraph.commands`, one module per concern.
"""

from __future__ import annotations

import errno
import logging
import sys
from typing import Any

import click

from kgraph import __version__
from kgraph.errors import KGraphError

_FULL_DISK = (errno.ENOSPC, errno.EDQUOT)


class _Group(click.Group):
    """A group that turns every failure into a one-line message and an exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        debug = bool(ctx.params.get("debug"))
        try:
            return super().invoke(ctx)
        except KGraphError as exc:
            if debug:
                raise
            click.echo(f"kgraph: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("kgraph: interrupted", err=True)
            sys.exit(130)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "kgraph"
            click.echo(f"kgraph: error: {exc.format_message()} (see '{where} --help')", err=True)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except BrokenPipeError:
            sys.exit(0)
        except Exception as exc:  # a bug, not a user error: still one line by default
            if debug:
                raise
            if isinstance(exc, OSError) and exc.errno in _FULL_DISK:
                from kgraph.io.writers import silence_stdout, write_error

                silence_stdout()  # what is still buffered for stdout can never be written
                click.echo(f"kgraph: error: {write_error('output', exc, kept=False)}", err=True)
                sys.exit(2)
            click.echo(
                f"kgraph: internal error: {type(exc).__name__}: {exc} (rerun with --debug "
                "for the traceback)",
                err=True,
            )
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgraph")
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected errors.")
def main(debug: bool) -> None:
    """Turn news text about geopolitics into a knowledge graph of actors.

    \b
    Example:
      kgraph build seeds/ -o out        # extract, write RDF, rank, draw, report
      kgraph query out/graph.ttl -n designations-and-sanctions

    \b
    Exit status:
      0  success
      1  no result where one was asked for (e.g. no path between two actors)
      2  bad usage or bad input
      3  no usable spaCy model
      4  a remote endpoint failed
      5  a time limit was reached (e.g. query --timeout)
    """
    _warnings_to_stderr()


class _WarningLine(logging.Handler):
    """Print the library's warnings as ``kgraph: warning: …``, one line each."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"kgraph: warning: {' '.join(record.getMessage().split())}", err=True)


def _warnings_to_stderr() -> None:
    logger = logging.getLogger("kgraph")
    if not any(isinstance(h, _WarningLine) for h in logger.handlers):
        logger.addHandler(_WarningLine(logging.WARNING))


def _register() -> None:
    from kgraph.commands import analysing, checking, extracting, picturing, querying

    main.add_command(extracting.extract)
    main.add_command(extracting.build)
    main.add_command(extracting.add)
    main.add_command(extracting.remove)
    main.add_command(querying.query)
    main.add_command(querying.queries)
    main.add_command(analysing.rank)
    main.add_command(analysing.path)
    main.add_command(analysing.neighbours)
    main.add_command(analysing.communities)
    main.add_command(analysing.export)
    main.add_command(picturing.draw)
    main.add_command(picturing.report)
    main.add_command(checking.validate)
    main.add_command(checking.evaluate)
    main.add_command(checking.models)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
