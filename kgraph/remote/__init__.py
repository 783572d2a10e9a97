"""Any SPARQL 1.1 endpoint as kgraph's store: read through the Protocol, write through the GSP.

* :func:`publish` writes each document's named graph with an HTTP ``PUT``
  (SPARQL 1.1 Graph Store HTTP Protocol), :func:`delete` removes them with
  ``DELETE``; both report which documents were written when a batch fails.
* :class:`Endpoint` is a query source for :func:`kgraph.query.sparql.run_query`
  (SELECT, ASK, CONSTRUCT and DESCRIBE are passed through), and :func:`pull`
  fetches the document graphs an analysis needs with one query.

Credentials come from the environment (``KGRAPH_SPARQL_USER`` and
``KGRAPH_SPARQL_PASSWORD``) or a netrc file, never from the command line.
HTTP goes through httpx; see :mod:`kgraph.remote.transport`.
"""

from __future__ import annotations

from kgraph.remote.endpoint import Endpoint, is_endpoint, pull
from kgraph.remote.graphstore import (
    PartialWriteError,
    delete,
    graphs_by_doc_id,
    publish,
    sync_folder,
)

__all__ = [
    "Endpoint",
    "PartialWriteError",
    "delete",
    "graphs_by_doc_id",
    "is_endpoint",
    "publish",
    "pull",
    "sync_folder",
]
