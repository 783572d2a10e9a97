"""Options and helpers shared by the command modules."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from kgraph.model import ActorType
from kgraph.vocabulary import FAMILIES

ACTOR_TYPES = [t.value for t in ActorType]


def filters(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add the projection filters shared by the analytics commands."""
    options = [
        click.option(
            "--family",
            "families",
            multiple=True,
            type=click.Choice(FAMILIES),
            help="Keep only these relation families (repeatable).",
        ),
        click.option(
            "--type",
            "actor_types",
            multiple=True,
            type=click.Choice(ACTOR_TYPES),
            help="Keep only actors of this type (repeatable).",
        ),
        click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events on or after."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events on or before."),
        click.option("--include-negated", is_flag=True, help="Keep negated claims."),
        click.option(
            "--include-hypothetical", is_flag=True, help="Keep planned and hypothetical claims."
        ),
    ]
    return functools.reduce(lambda f, opt: opt(f), reversed(options), fn)


def progress(quiet: bool) -> Callable[[int, Any], None] | None:
    if quiet:
        return None

    def report(i: int, document: Any) -> None:
        if i == 1 or i % 25 == 0:
            click.echo(f"  read {i} document(s) … {document.id}", err=True)

    return report


def echo_bytes(data: bytes | str) -> None:
    from kgraph.io.writers import write_stdout

    if isinstance(data, str):
        data = data.encode("utf-8")
    write_stdout(data + (b"\n" if data and not data.endswith(b"\n") else b""))
