"""The extract stage of kgraph: text → mentions → actors → relations.

The stages are subpackages, each importing only from those before it:
:mod:`.lexicon` (the data and the trigger tables), :mod:`.qualifiers` (negation,
modality, attribution, dates), :mod:`.mentions`, :mod:`.actors`, :mod:`.relations`;
:mod:`.pipeline` runs them over documents and :mod:`.parallel` in worker processes.
The entry points are importable from here; each is imported on first use, so that
importing this package loads neither spaCy nor the lexicon.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kgraph.extract.actors.linking import link_actors
    from kgraph.extract.lexicon import Lexicon, load_lexicon
    from kgraph.extract.mentions.gazetteer import Gazetteer, load_gazetteer
    from kgraph.extract.parallel import extract_in_processes, extract_on_dask
    from kgraph.extract.pipeline import extract_documents, extract_text

_HOMES = {
    "Gazetteer": "kgraph.extract.mentions.gazetteer",
    "Lexicon": "kgraph.extract.lexicon",
    "extract_documents": "kgraph.extract.pipeline",
    "extract_in_processes": "kgraph.extract.parallel",
    "extract_on_dask": "kgraph.extract.parallel",
    "extract_text": "kgraph.extract.pipeline",
    "link_actors": "kgraph.extract.actors.linking",
    "load_gazetteer": "kgraph.extract.mentions.gazetteer",
    "load_lexicon": "kgraph.extract.lexicon",
}

__all__ = [
    "Gazetteer",
    "Lexicon",
    "extract_documents",
    "extract_in_processes",
    "extract_on_dask",
    "extract_text",
    "link_actors",
    "load_gazetteer",
    "load_lexicon",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(home), name)
