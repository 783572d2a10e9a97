"""Write and delete document graphs through the SPARQL 1.1 Graph Store HTTP Protocol.

Each document's named graph ``doc:<slug>`` is one ``PUT ?graph=<iri>`` (the
graph is replaced whole, so a re-run is idempotent) or one ``DELETE``. The
graphs go one request at a time, in the order given: when one fails, the
error names the documents already written, and a re-run writes them all
again safely.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.errors import RemoteError
from kgraph.remote import transport

if TYPE_CHECKING:
    import rdflib

    from kgraph.model import DocumentExtraction

Written = Callable[[str], None]
_LISTED = 10  # document ids named in an error message before "… and N more"


class PartialWriteError(RemoteError):
    """Some graphs of a batch were written (or deleted), then a request failed."""

    def __init__(self, message: str, *, done: Sequence[str], failed: str) -> None:
        super().__init__(message)
        self.done = tuple(done)
        self.failed = failed


def graph_iri(doc_id: str) -> str:
    """Return the IRI of a document's named graph (as :mod:`kgraph.rdf.build` names it).

    >>> graph_iri("article-001")
    'https://w3id.org/kgraph/doc/article-001'
    """
    from kgraph.rdf.build import doc_slug
    from kgraph.rdf.namespace import DOC

    return str(DOC[doc_slug(doc_id)])


def graphs_by_doc_id(
    dataset: rdflib.Dataset, extractions: Iterable[DocumentExtraction]
) -> dict[str, rdflib.Graph]:
    """Return each extracted document's named graph in ``dataset``, in input order."""
    from rdflib import URIRef

    return {e.document.id: dataset.graph(URIRef(graph_iri(e.document.id))) for e in extractions}


def publish(
    url: str, graphs: Mapping[str, rdflib.Graph], *, written: Written | None = None
) -> list[str]:
    """PUT each document's graph to the Graph Store at ``url``; return the ids written.

    ``written`` is called with each document id once its graph is stored.
    Raises :class:`PartialWriteError` (exit 4) naming what was written when a
    request fails part-way, :class:`RemoteError` when the first one fails.
    """
    done: list[str] = []
    with transport.client() as http:
        for doc_id, graph in graphs.items():
            put = functools.partial(
                transport.send,
                http,
                "PUT",
                url,
                params={"graph": graph_iri(doc_id)},
                content=_ntriples(graph),
                headers={"Content-Type": "application/n-triples"},
            )
            _each(done, doc_id, "write", put)
            if written is not None:
                written(doc_id)
    return done


def delete(url: str, doc_ids: Iterable[str]) -> list[str]:
    """DELETE each document's graph at the Graph Store at ``url``; return the ids deleted.

    A graph the store does not have counts as deleted (the request is
    idempotent); other failures raise as :func:`publish` does.
    """
    done: list[str] = []
    with transport.client() as http:
        for doc_id in doc_ids:
            remove = functools.partial(
                transport.send,
                http,
                "DELETE",
                url,
                params={"graph": graph_iri(doc_id)},
                allow=(404,),
            )
            _each(done, doc_id, "delete", remove)
    return done


def _each(done: list[str], doc_id: str, verb: str, request: Callable[[], object]) -> None:
    try:
        request()
    except RemoteError as exc:
        if not done:
            raise
        shown = ", ".join(done[:_LISTED]) + (
            f" … and {len(done) - _LISTED} more" if len(done) > _LISTED else ""
        )
        raise PartialWriteError(
            f"{verb}: {len(done)} document graph(s) done ({shown}), then {doc_id} failed: {exc}",
            done=done,
            failed=doc_id,
        ) from None
    done.append(doc_id)


def _ntriples(graph: rdflib.Graph) -> bytes:
    # Sorted lines: the same graph is always the same request body.
    data = graph.serialize(format="nt", encoding="utf-8")
    lines = sorted(line for line in data.splitlines() if line.strip())
    return b"".join(line + b"\n" for line in lines)


def sync_folder(url: str, folder: Path, *, removed: Sequence[str] = ()) -> list[str]:
    """Bring the Graph Store at ``url`` in line with a build folder; return the ids written.

    Every document graph of ``folder/graph.trig`` is written (an actor merged
    across documents can change any of them, and a PUT replaces a graph
    whole, so this is safe to repeat), then the graphs of ``removed``
    documents are deleted.
    """
    import rdflib

    from kgraph.outputs.manifest import read_manifest

    manifest = read_manifest(folder)
    dataset = rdflib.Dataset()
    dataset.parse(folder / "graph.trig", format="trig")
    ids = [d.id for d in manifest.documents] if manifest else []
    written = publish(url, {i: dataset.graph(rdflib.URIRef(graph_iri(i))) for i in ids})
    if removed:
        delete(url, removed)
    return written
