"""The lexicon the extraction of the current document reads.

:func:`kgraph.extract.pipeline.extract_documents` takes a :class:`Lexicon` and
makes it the active one around each document with :func:`using`; the rule
modules read the trigger tables through the read-only views of this module
(``VERBS``, ``NOUNS`` … in :mod:`kgraph.extract.lexicon.triggers`), so that the rules
need not pass the lexicon through every call. The active lexicon lives in a
:class:`contextvars.ContextVar`: it is set and reset around each document, never
across a ``yield``, so two extractions with different lexicons in one process
(threads, interleaved generators) do not see each other's. Outside
:func:`using` the views read the shipped lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Generic, TypeVar

from kgraph.extract.lexicon.loader import Lexicon, load_lexicon

K = TypeVar("K")
V = TypeVar("V")

_ACTIVE: ContextVar[Lexicon | None] = ContextVar("kgraph_lexicon", default=None)


def active() -> Lexicon:
    """Return the lexicon of the document being read (the shipped one outside)."""
    lex = _ACTIVE.get()
    return lex if lex is not None else load_lexicon()


@contextmanager
def using(lexicon: Lexicon) -> Iterator[Lexicon]:
    """Make ``lexicon`` the active one inside the ``with`` block."""
    token = _ACTIVE.set(lexicon)
    try:
        yield lexicon
    finally:
        _ACTIVE.reset(token)


class TableView(Mapping[K, V], Generic[K, V]):
    """A read-only view of one table of the active lexicon."""

    __slots__ = ("_field",)

    def __init__(self, field: str) -> None:
        self._field = field

    def _table(self) -> Mapping[K, V]:
        return getattr(active(), self._field)

    def __getitem__(self, key: K) -> V:
        return self._table()[key]

    def get(self, key: K, default: V | None = None) -> V | None:  # type: ignore[override]
        """Return the entry for ``key``, or ``default``."""
        return self._table().get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._table()

    def __iter__(self) -> Iterator[K]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())

    def __repr__(self) -> str:
        return f"<active lexicon table {self._field}: {len(self)} entries>"


class SetView(AbstractSet[str]):
    """A read-only view of a set-valued property of the active lexicon."""

    __slots__ = ("_field",)

    def __init__(self, field: str) -> None:
        self._field = field

    def _set(self) -> frozenset[str]:
        return getattr(active(), self._field)

    def __contains__(self, key: object) -> bool:
        return key in self._set()

    def __iter__(self) -> Iterator[str]:
        return iter(self._set())

    def __len__(self) -> int:
        return len(self._set())
