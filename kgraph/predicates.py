"""Predicate names as a type: a misspelt predicate is a type error, not a silent new relation.

:data:`Predicate` lists the local names of :data:`kgraph.vocabulary.RELATIONS`, in
the vocabulary's order; a test checks the two agree (``python -m kgraph.vocabulary``
prints the block to paste when the vocabulary changes). Code that reads a
predicate from data (a lexicon file, JSONL) turns it into one with
:func:`as_predicate`, which refuses a name the vocabulary does not have.

>>> as_predicate("sanctions")
'sanctions'
"""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

# BEGIN generated from kgraph.vocabulary.RELATIONS
Predicate = Literal[
    "makesStatementAbout",
    "appealsTo",
    "expressesIntentToCooperateWith",
    "proposesTalksWith",
    "consultsWith",
    "meetsWith",
    "negotiatesWith",
    "cooperatesWith",
    "praises",
    "signsAgreementWith",
    "cooperatesMateriallyWith",
    "providesAidTo",
    "yieldsTo",
    "releases",
    "withdrawsFrom",
    "investigates",
    "demands",
    "criticizes",
    "accuses",
    "rejects",
    "threatens",
    "protestsAgainst",
    "mobilizesAgainst",
    "reducesRelationsWith",
    "sanctions",
    "coerces",
    "designates",
    "arrests",
    "expels",
    "assaults",
    "kills",
    "fightsAgainst",
    "targets",
    "attacks",
    "leads",
    "memberOf",
    "affiliatedWith",
    "conductedBy",
    "partOf",
    "controls",
    "alliedWith",
]
# END generated

PREDICATES: tuple[Predicate, ...] = get_args(Predicate)
_KNOWN: frozenset[str] = frozenset(PREDICATES)


def is_predicate(name: str) -> TypeGuard[Predicate]:
    """Return True when ``name`` is a predicate of the vocabulary."""
    return name in _KNOWN


def as_predicate(name: str) -> Predicate:
    """Return ``name`` typed as a predicate; ValueError when the vocabulary has no such name."""
    if not is_predicate(name):
        raise ValueError(f"unknown predicate {name!r} (see kgraph.vocabulary.RELATIONS)")
    return name


def render_literal(names: list[str] | tuple[str, ...]) -> str:
    """Return the source of the ``Predicate`` Literal for these names (the generated block)."""
    lines = ["Predicate = Literal[", *(f'    "{n}",' for n in names), "]"]
    return "\n".join(lines)
