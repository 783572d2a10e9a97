"""Load the table of how kgraph's predicates are scored against each evaluation set.

The table is ``kgraph/evaluate/mappings.json``; its ``about`` lines document
every field. The loader checks it: every predicate must be in the vocabulary
and sit in one class of a dataset only, and every option must be known.

>>> mapping = load_mapping("re3d")
>>> mapping.class_of_predicate("kills"), "AlliesOf" in mapping.undirected
('FightingAgainst', True)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kgraph.errors import KGraphError
from kgraph.vocabulary import RELATIONS

DATASETS = ("kgraph", "plover", "re3d", "rams", "wikievents")
_CLASS_SOURCES = frozenset(("cameo-root", "predicate", "map"))
_ACCEPTS = frozenset(("class", "kgraph-field"))
_KEYS = frozenset(
    (
        "description",
        "class",
        "accept",
        "gold_class",
        "undirected",
        "symmetric_predicates",
        "skip_negated",
        "skip_attributes",
        "qualified",
        "recall_only",
        "classes",
    )
)


@dataclass(frozen=True)
class DatasetMapping:
    """How one dataset's classes relate to kgraph's predicates (one row of the table)."""

    name: str
    description: str
    class_source: str  # "cameo-root", "predicate" or "map"
    accept: str  # "class" or "kgraph-field"
    gold_class: str  # "field:NAME" or "type-prefix"
    undirected: frozenset[str] = frozenset()
    symmetric_predicates: bool = False
    skip_negated: bool = True
    skip_attributes: frozenset[tuple[str, str]] = frozenset()
    qualified: bool = False
    recall_only: bool = False
    classes: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def class_of_predicate(self, predicate: str) -> str | None:
        """Return the dataset class of a kgraph predicate under ``map``, None when out of scope."""
        for cls, predicates in self.classes:
            if predicate in predicates:
                return cls
        return None


def _check_classes(name: str, classes: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(classes, dict):
        raise KGraphError(f"{where}: 'classes' of {name} must be an object")
    seen: dict[str, str] = {}
    out = []
    for cls, predicates in classes.items():
        for predicate in predicates:
            if predicate not in RELATIONS:
                raise KGraphError(f"{where}: {name}/{cls}: unknown predicate '{predicate}'")
            if predicate in seen:
                raise KGraphError(
                    f"{where}: {name}: '{predicate}' is in both {seen[predicate]} and {cls}"
                )
            seen[predicate] = cls
        out.append((str(cls), tuple(predicates)))
    return tuple(out)


def parse_mapping(name: str, row: dict[str, Any], where: str) -> DatasetMapping:
    """Return one dataset's mapping from its table row; KGraphError names what is wrong."""
    unknown = sorted(set(row) - _KEYS)
    if unknown:
        raise KGraphError(f"{where}: {name}: unknown option(s) {', '.join(unknown)}")
    if row.get("class") not in _CLASS_SOURCES:
        raise KGraphError(f"{where}: {name}: 'class' must be one of {sorted(_CLASS_SOURCES)}")
    if row.get("accept", "class") not in _ACCEPTS:
        raise KGraphError(f"{where}: {name}: 'accept' must be one of {sorted(_ACCEPTS)}")
    gold_class = str(row.get("gold_class", ""))
    if not (gold_class.startswith("field:") or gold_class == "type-prefix"):
        raise KGraphError(f"{where}: {name}: 'gold_class' must be 'field:NAME' or 'type-prefix'")
    classes = _check_classes(name, row.get("classes", {}), where)
    if row["class"] == "map" and not classes:
        raise KGraphError(f"{where}: {name}: class 'map' needs a 'classes' table")
    return DatasetMapping(
        name=name,
        description=str(row.get("description", "")),
        class_source=row["class"],
        accept=row.get("accept", "class"),
        gold_class=gold_class,
        undirected=frozenset(row.get("undirected", ())),
        symmetric_predicates=bool(row.get("symmetric_predicates", False)),
        skip_negated=bool(row.get("skip_negated", True)),
        skip_attributes=frozenset((str(k), str(v)) for k, v in row.get("skip_attributes", ())),
        qualified=bool(row.get("qualified", False)),
        recall_only=bool(row.get("recall_only", False)),
        classes=classes,
    )


@cache
def load_mappings() -> dict[str, DatasetMapping]:
    """Return every dataset's mapping from the packaged table, checked."""
    where = "kgraph/evaluate/mappings.json"
    text = resources.files("kgraph.evaluate").joinpath("mappings.json").read_text("utf-8")
    rows = json.loads(text)["datasets"]
    mappings = {name: parse_mapping(name, row, where) for name, row in rows.items()}
    missing = [d for d in DATASETS if d not in mappings]
    if missing:
        raise KGraphError(f"{where}: no mapping for {', '.join(missing)}")
    return mappings


def load_mapping(dataset: str) -> DatasetMapping:
    """Return the mapping of one dataset (a name from :data:`DATASETS`)."""
    mappings = load_mappings()
    if dataset not in mappings:
        raise KGraphError(f"unknown dataset '{dataset}'; use one of {', '.join(DATASETS)}")
    return mappings[dataset]
