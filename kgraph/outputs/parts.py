"""What each document adds to the union outputs, kept so an unchanged document costs nothing.

A build folder keeps one *part* a document, ``parts/<slug>.<key>.json``:
the Turtle of its named graph, its lines of ``relations.jsonl``, its SHACL
violations (:func:`kgraph.rdf.validate.violation_keys`), its actor-graph
digest (:mod:`kgraph.analytics.digest`) and its document card. The union
outputs are then put together from the parts (:mod:`kgraph.outputs.derive`),
and a part is made again only when its key changes.

The key is the hash of what the part is made from: the bytes of the
document's record (:mod:`kgraph.outputs.records`), every merged actor the
corpus-wide linking put in its place (:mod:`kgraph.extract.actors.linking`), and
:data:`PARTS_VERSION` with the versions of rdflib and pySHACL. So a new
document that joins an actor of an old one remakes that old part too, and
nothing else does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgraph.analytics.digest import GraphDigest
from kgraph.errors import KGraphError
from kgraph.model import Actor, DocumentExtraction, DocumentInfo

PARTS = "parts"
PARTS_VERSION = "1"
"""Raise when the RDF, JSONL, digest or SHACL code changes what a part holds."""


@dataclass(frozen=True)
class Part:
    """The share of one document in the union outputs."""

    key: str
    graph: str  # the IRI of the document's named graph
    prefixes: tuple[str, ...]  # the Turtle prefix lines its body uses
    turtle: str  # the body of its graph in Turtle, without prefix lines
    jsonl: str  # its lines of relations.jsonl
    violations: tuple[str, ...]
    digest: GraphDigest
    documents: tuple[dict[str, Any], ...]  # DocumentInfo fields

    def turtle_document(self) -> bytes:
        """Return the part as a Turtle document of its own (prefixes and body)."""
        return ("\n".join((*self.prefixes, "", self.turtle)) + "\n").encode("utf-8")


def part_keys(
    records: Sequence[str],
    extractions: Sequence[DocumentExtraction],
    merged: Mapping[str, Actor],
) -> list[str]:
    """Return the part key of each linked extraction.

    ``records`` are the hashes of the documents' records (in the same order),
    ``merged`` the merged actor of every merged id (``link_plan``).
    """
    import pyshacl
    import rdflib

    base = f"{PARTS_VERSION}|{rdflib.__version__}|{pyshacl.__version__}|".encode()
    seen: dict[int, bytes] = {}  # one digest per merged actor, shared by its documents

    def actor_digest(actor: Actor) -> bytes:
        found = seen.get(id(actor))
        if found is None:
            found = seen[id(actor)] = hashlib.sha256(repr(actor).encode("utf-8")).digest()
        return found

    keys = []
    for record, extraction in zip(records, extractions, strict=True):
        h = hashlib.sha256(base + record.encode("utf-8"))
        for actor_id in sorted({a.id for a in extraction.actors} & merged.keys()):
            h.update(actor_id.encode("utf-8") + actor_digest(merged[actor_id]))
        keys.append(h.hexdigest()[:24])
    return keys


def part_file(extraction: DocumentExtraction, key: str) -> str:
    """Return the name of a part file inside the build folder."""
    from kgraph.rdf.build import doc_slug

    return f"{PARTS}/{doc_slug(extraction.document.id)}.{key}.json"


def make_part(extraction: DocumentExtraction, key: str) -> Part:
    """Make the part of one linked extraction."""
    import rdflib

    from kgraph.analytics.projection import digest_graph
    from kgraph.rdf.build import add_extraction, doc_slug
    from kgraph.rdf.jsonl import relations_to_jsonl
    from kgraph.rdf.namespace import DOC
    from kgraph.rdf.serialize import sorted_block, union_graph
    from kgraph.rdf.validate import violation_keys
    from kgraph.report.content import documents_from_graph

    graph = rdflib.Graph()
    add_extraction(graph, extraction)
    graph = union_graph(graph)  # the triples in sorted order: the same bytes every time
    prefixes, body = sorted_block(graph)
    return Part(
        key=key,
        graph=str(DOC[doc_slug(extraction.document.id)]),
        prefixes=prefixes,
        turtle=body,
        jsonl=relations_to_jsonl([extraction]),
        violations=violation_keys(graph),
        digest=digest_graph(graph),
        documents=tuple(_card(d) for d in documents_from_graph(graph)),
    )


def write_part(path: Path, part: Part) -> None:
    """Write a part file."""
    from kgraph.io.writers import write_atomic

    data = {
        "key": part.key,
        "graph": part.graph,
        "prefixes": list(part.prefixes),
        "turtle": part.turtle,
        "jsonl": part.jsonl,
        "violations": list(part.violations),
        "digest": part.digest.to_plain(),
        "documents": list(part.documents),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def read_part(path: Path, key: str) -> Part | None:
    """Return the part in ``path`` when it holds ``key``; None when it is absent or unreadable."""
    try:
        data = json.loads(path.read_bytes())
        if data.get("key") != key:
            return None
        return Part(
            key=key,
            graph=data["graph"],
            prefixes=tuple(data["prefixes"]),
            turtle=data["turtle"],
            jsonl=data["jsonl"],
            violations=tuple(data["violations"]),
            digest=GraphDigest.from_plain(data["digest"]),
            documents=tuple(data["documents"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # made again: a part is a cache, never the only copy of anything


def documents_of(parts: Iterable[Part]) -> list[DocumentInfo]:
    """Return the document cards of the parts, ordered as ``documents_from_graph`` orders them."""
    cards: dict[str, DocumentInfo] = {}
    for part in sorted(parts, key=lambda p: p.graph):
        for card in part.documents:
            cards.setdefault(card["id"], DocumentInfo(**card))
    return sorted(cards.values(), key=lambda d: (d.date or "9999", d.id))


def _card(info: DocumentInfo) -> dict[str, Any]:
    import dataclasses

    card = dataclasses.asdict(info)
    if set(card) != {"id", "title", "date", "url"}:
        raise KGraphError(f"unexpected document card fields: {sorted(card)}")
    return card
