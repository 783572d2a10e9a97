"""Locate and load the ontology files shipped with kgraph (``ontologies/*.ttl``).

The folder is installed as the package ``kgraph.ontologies``; in a source
checkout that is not installed it is read from the repository next to
``kgraph/``.

>>> ontology_path("kgraph.ttl").name
'kgraph.ttl'
"""

from __future__ import annotations

import contextlib
import importlib.resources
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.errors import KGraphError

if TYPE_CHECKING:
    import rdflib

ONTOLOGY_FILE = "kgraph.ttl"
SHAPES_FILE = "shapes.ttl"


def ontology_path(name: str = ONTOLOGY_FILE) -> Path:
    """Return the path of one ontology file (``kgraph.ttl`` or ``shapes.ttl``)."""
    candidates: list[Path] = []
    with contextlib.suppress(ModuleNotFoundError):
        candidates.append(Path(str(importlib.resources.files("kgraph.ontologies") / name)))
    candidates.append(Path(__file__).resolve().parents[2] / "ontologies" / name)
    for path in candidates:
        if path.is_file():
            return path
    raise KGraphError(f"ontology file {name} is missing from the kgraph installation")


def ontology_text(name: str = ONTOLOGY_FILE) -> str:
    """Return the Turtle text of one ontology file."""
    return ontology_path(name).read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def _parsed(name: str) -> rdflib.Graph:
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=ontology_text(name), format="turtle")
    return graph


def load_ontology() -> rdflib.Graph:
    """Return a fresh copy of the OWL ontology as an rdflib graph."""
    return _copy(_parsed(ONTOLOGY_FILE))


def load_shapes() -> rdflib.Graph:
    """Return a fresh copy of the SHACL shapes graph."""
    return _copy(_parsed(SHAPES_FILE))


def _copy(graph: rdflib.Graph) -> rdflib.Graph:
    import rdflib

    out = rdflib.Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns)
    for triple in graph:
        out.add(triple)
    return out
