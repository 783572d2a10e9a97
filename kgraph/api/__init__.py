"""The Python API: build, query, rank, trace paths, draw, report and export.

Each function here is what one CLI command calls, so everything the command
line does can be done from Python::

    from kgraph import api
    result = api.build(["seeds/"], "out")          # extraction → RDF → analytics → pictures
    rows = api.query(["out/graph.ttl"], name="designations-and-sanctions").as_dicts()
    for s in api.rank(["out/graph.ttl"], top=5):
        print(s.label, s.score("pagerank"))

Heavy libraries (spaCy, matplotlib, pyoxigraph) are imported inside the
functions that need them.

The functions live in one module per concern (:mod:`.extracting`, :mod:`.graphs`,
:mod:`.analysing`, :mod:`.picturing`, :mod:`.building`); import them from here.
"""

from kgraph.api.analysing import communities, export, neighbours, paths, rank
from kgraph.api.building import add, build, remove
from kgraph.api.extracting import (
    evaluate,
    extract,
    extract_documents,
    extract_text,
    link_corpus,
    serialise_extractions,
)
from kgraph.api.graphs import load, network, query, validate
from kgraph.api.picturing import draw, report
from kgraph.api.summaries import BuildSummary, ExtractSummary, PathLike, Progress

__all__ = [
    "BuildSummary",
    "ExtractSummary",
    "PathLike",
    "Progress",
    "add",
    "build",
    "communities",
    "draw",
    "evaluate",
    "export",
    "extract",
    "extract_documents",
    "extract_text",
    "link_corpus",
    "load",
    "neighbours",
    "network",
    "paths",
    "query",
    "rank",
    "remove",
    "report",
    "serialise_extractions",
    "validate",
]
