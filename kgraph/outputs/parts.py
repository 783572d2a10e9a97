"""What each document adds to the union outputs, kept so an unchanged document costs nothing.

A build folder keeps one *part* a document, ``parts/<slug>.<key>.part``:
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

import dataclasses
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
PARTS_VERSION = "2"
"""Raise when the RDF, JSONL, digest or SHACL code changes what a part holds."""
SUFFIX = ".part"


@dataclass(frozen=True)
class Part:
    """The share of one document in the union outputs.

    ``turtle`` and ``jsonl`` are the bulk of a part; :func:`read_part` leaves
    them out (read them with :func:`read_texts`), so a build holds the rest of
    every part at once and the texts of one at a time.
    """

    key: str
    graph: str  # the IRI of the document's named graph
    prefixes: tuple[str, ...]  # the Turtle prefix lines its body uses
    violations: tuple[str, ...]
    digest: GraphDigest
    documents: tuple[dict[str, Any], ...]  # DocumentInfo fields
    actors: tuple[tuple[str, str, str | None], ...]  # (id, type, QID) of each linked actor
    relations: tuple[tuple[str, bool], ...]  # (id, asserted) of each relation
    turtle: str = ""  # the body of its graph in Turtle, without prefix lines
    jsonl: str = ""  # its lines of relations.jsonl

    def light(self) -> Part:
        """Return the part without its texts."""
        return dataclasses.replace(self, turtle="", jsonl="")


def turtle_document(prefixes: Sequence[str], body: str) -> bytes:
    """Return a part's graph as a Turtle document of its own (prefixes and body)."""
    return ("\n".join((*prefixes, "", body)) + "\n").encode("utf-8")


def part_keys(
    records: Sequence[str],
    actors: Sequence[Iterable[Actor]],
    merged: Mapping[str, Actor],
) -> list[str]:
    """Return the part key of each document.

    ``records`` are the hashes of the documents' records, ``actors`` the
    actors of each document before linking (in the same order), ``merged``
    the merged actor of every merged id (``link_plan``).
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
    for record, own in zip(records, actors, strict=True):
        h = hashlib.sha256(base + record.encode("utf-8"))
        for actor_id in sorted({a.id for a in own} & merged.keys()):
            h.update(actor_id.encode("utf-8") + actor_digest(merged[actor_id]))
        keys.append(h.hexdigest()[:24])
    return keys


def part_file(doc_id: str, key: str) -> str:
    """Return the name of a part file inside the build folder."""
    from kgraph.rdf.build import doc_slug

    return f"{PARTS}/{doc_slug(doc_id)}.{key}{SUFFIX}"


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
        violations=violation_keys(graph),
        digest=digest_graph(graph),
        documents=tuple(_card(d) for d in documents_from_graph(graph)),
        actors=tuple((a.id, a.type.value, a.qid) for a in extraction.actors),
        relations=tuple((r.id, r.asserted) for r in extraction.relations),
        turtle=body,
        jsonl=relations_to_jsonl([extraction]),
    )


def write_part(path: Path, part: Part) -> None:
    """Write a part file: one line of JSON, then the Turtle body and the JSONL lines.

    The first line says how many bytes each text takes, so the rest of the
    part is read without them (:func:`read_part`).
    """
    from kgraph.io.writers import write_atomic

    turtle, jsonl = part.turtle.encode("utf-8"), part.jsonl.encode("utf-8")
    data = {
        "key": part.key,
        "graph": part.graph,
        "prefixes": list(part.prefixes),
        "violations": list(part.violations),
        "digest": part.digest.to_plain(),
        "documents": list(part.documents),
        "actors": [list(a) for a in part.actors],
        "relations": [list(r) for r in part.relations],
        "texts": [len(turtle), len(jsonl)],
    }
    head = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, b"".join((head, b"\n", turtle, jsonl)))


def read_part(path: Path, key: str) -> Part | None:
    """Return the part in ``path``, without its texts, when it holds ``key``; else None.

    None when it is absent, unreadable or of another key: a part is a cache,
    never the only copy of anything, and is then made again.
    """
    try:
        with path.open("rb") as fh:
            head = fh.readline()
            data = json.loads(head)
            # a part cut short (a full disk) is made again, not read in part
            complete = fh.seek(0, 2) == len(head) + sum(int(n) for n in data["texts"])
        if data.get("key") != key or not complete:
            return None
        return Part(
            key=key,
            graph=data["graph"],
            prefixes=tuple(data["prefixes"]),
            violations=tuple(data["violations"]),
            digest=GraphDigest.from_plain(data["digest"]),
            documents=tuple(data["documents"]),
            actors=tuple((str(i), str(t), q) for i, t, q in data["actors"]),
            relations=tuple((str(i), bool(a)) for i, a in data["relations"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_texts(path: Path) -> tuple[str, str]:
    """Return the Turtle body and the JSONL lines of a part file :func:`read_part` accepted."""
    try:
        with path.open("rb") as fh:
            sizes = json.loads(fh.readline())["texts"]
            turtle, jsonl = fh.read(int(sizes[0])), fh.read(int(sizes[1]))
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise KGraphError(f"{path}: cannot read the part ({exc})") from exc
    return turtle.decode("utf-8"), jsonl.decode("utf-8")


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
