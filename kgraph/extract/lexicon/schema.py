"""The rows of the lexicon's data files and how each becomes entries.

A trigger file is tab-separated, one row per group of entries, with the columns of
:data:`COLUMNS`; ``#`` starts a comment line. A row's ``lemma`` (and, for a
``combo``, its ``with``) may list several words separated by spaces: the row
stands for each of them (each pair, for a combo). The kinds:

========== ============================ ==================================================
kind       lemma / with                 read as
========== ============================ ==================================================
verb       verb lemmas / —              "X *attacked* Y"
noun       noun lemmas / —              "X's *attack* on Y"
adjective  adjective lemmas / —         "X is *grateful* to Y"
phrase     verb lemmas / particle       "X *called on* Y", "X *cracked down* on Y"
combo      verb lemmas / noun lemmas    "X *lifted* the *sanctions* on Y" (predicate only)
========== ============================ ==================================================

A word-class file holds ``[name]`` headers (a tab, then what the class means) followed
by its members, separated by spaces; a member of several words is written in double
quotes (``"prime minister"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kgraph.predicates import Predicate

COLUMNS = ("kind", "lemma", "with", "predicate", "preps", "direct", "strength", "cameo", "example")
KINDS = ("verb", "noun", "adjective", "phrase", "combo")
BOOLEANS = {"yes": True, "no": False, "": True}


@dataclass(frozen=True)
class Trigger:
    """How one word expresses a relation.

    ``preps`` are the prepositions whose object is the relation's object;
    ``direct`` says whether a direct object (``dobj``/``dative``) may be the
    object; ``strength`` (0–1) is how unambiguous the word is, used in the
    confidence score. ``cameo``, ``source`` and ``example`` document the entry and
    take no part in comparisons.
    """

    predicate: Predicate
    preps: frozenset[str] = frozenset()
    direct: bool = True
    strength: float = 0.9
    cameo: str | None = field(default=None, compare=False)
    source: str = field(default="kgraph", compare=False)
    example: str = field(default="", compare=False)


@dataclass(frozen=True)
class Row:
    """One parsed row of a trigger file, with where it came from (for error messages)."""

    kind: str
    lemmas: tuple[str, ...]
    with_: tuple[str, ...]
    predicate: Predicate
    trigger: Trigger | None  # None for a combo, which only names a predicate
    where: str  # "FILE line N"

    def entries(self) -> list[tuple[str, str]]:
        """Return the (lemma, with) pairs the row stands for."""
        if self.kind == "combo":
            return [(v, n) for v in self.lemmas for n in self.with_]
        particle = self.with_[0] if self.with_ else ""
        return [(lemma, particle) for lemma in self.lemmas]
