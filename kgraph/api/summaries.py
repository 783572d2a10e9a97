"""What the runs of the API report: an extraction's and a build's summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kgraph.model import ActorScore, Document

PathLike = str | Path
Progress = Callable[[int, Document], None]


@dataclass(frozen=True)
class ExtractSummary:
    """What an extraction run read and wrote."""

    documents: int
    actors: int
    relations: int
    asserted: int
    output: str | None
    format: str
    model: str
    seconds: float
    skipped: tuple[str, ...] = ()  # bad inputs left out (``skip_bad``), one message each
    merged: int = 0  # actors of several documents merged into one (kgraph.extract.actors.linking)


@dataclass(frozen=True)
class BuildSummary:
    """What ``build`` produced: counts, top actors and the files written."""

    extract: ExtractSummary
    top_actors: tuple[ActorScore, ...]
    files: tuple[str, ...]
    conforms: bool
    warnings: tuple[str, ...] = field(default=())
    violations: int = 0  # SHACL violations in the build's own output
    extracted: int = 0  # documents extracted by this run (the others were reused)
    removed: tuple[str, ...] = ()  # ids of the documents this run dropped
    notes: tuple[str, ...] = ()  # why documents were re-extracted, what was reused
    unchanged: bool = False  # nothing changed: no file was written
