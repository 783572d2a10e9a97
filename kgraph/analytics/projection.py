"""Project the RDF graph onto a networkx actor graph: one node per actor, one edge per event.

The projection reads the event nodes (``kg:Event``), not the direct
actor→actor edges, so that negated and hypothetical relations can be brought
back on request and every edge keeps its evidence (sentence, document, date).

It walks the triples once and groups them by subject, which keeps it linear
in the size of the graph: rdflib's SPARQL engine would join a dozen optional
qualifiers per event and is far slower on a few hundred thousand triples.

>>> import rdflib
>>> G = project(rdflib.Graph())
>>> G.number_of_nodes(), G.number_of_edges()
(0, 0)
"""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import networkx as nx
import rdflib
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS

from kgraph.analytics.digest import Edge, GraphDigest, check_filters, project_digest
from kgraph.model import ActorType, Modality
from kgraph.rdf.namespace import ACTOR, DOC, EVENT, KG
from kgraph.vocabulary import family_of

_KG_NS = str(KG._NS)
_ACTOR_TYPES = {t.value: t.value for t in ActorType}
_BASES = (str(ACTOR), str(EVENT), str(DOC), _KG_NS)

_ACTOR_PROPS = {
    RDFS.label: "label",
    KG.alias: "aliases",
    KG.qid: "qid",
    KG.isoCode: "iso",
    KG.country: "country",
    KG.cameoActorCode: "cameo",
    KG.office: "office",
    KG.mentionCount: "mentions",
}
_EVENT_PROPS = {
    KG.relationType: "predicate",
    KG.subject: "subject",
    KG.object: "object",
    KG.cameoCode: "cameo",
    KG.ploverCategory: "plover",
    KG.family: "family",
    KG.negated: "negated",
    KG.modality: "modality",
    KG.date: "date",
    KG.confidence: "confidence",
    KG.sentence: "sentence",
    KG.sourceDocument: "doc",
    KG.attributedTo: "attributed_to",
    KG.designation: "designation",
}


@lru_cache(maxsize=1 << 16)
def local_name(iri: URIRef | str) -> str:
    """Return the part of an IRI after its namespace (actor, event, doc or ontology).

    >>> local_name(ACTOR["donald-trump"])
    'donald-trump'
    >>> local_name("http://example.org/x#y")
    'y'
    """
    text = str(iri)
    for base in _BASES:
        if text.startswith(base):
            return text[len(base) :]
    return re.split(r"[/#]", text)[-1]


def project(
    graph: rdflib.Graph | rdflib.Dataset,
    *,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    families: Collection[str] | None = None,
    actor_types: Collection[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> nx.MultiDiGraph:
    """Return the actor graph of an RDF graph, one edge per kept event.

    Nodes are actor ids (the local name of the actor IRI) with attributes
    ``label, type, qid, iso, country, cameo, office, aliases, mentions``.
    Edges are keyed by event id and carry ``predicate, family, cameo, plover,
    modality, negated, date, confidence, sentence, doc, event, weight``
    (``weight`` is the confidence).

    Negated events are left out unless ``include_negated``; planned and
    hypothetical ones unless ``include_hypothetical`` (reported ones count as
    asserted). ``families`` keeps only those relation families; ``actor_types``
    keeps only actors of those types and the events between them; the date
    bounds are inclusive ISO prefixes (``2025``, ``2025-11``, ``2025-11-24``)
    and drop undated events. With a family or date filter, actors left without
    any event are dropped too.
    """
    check_filters(families, actor_types, date_from, date_to)  # before the graph is read
    return project_digest(
        digest_graph(graph),
        include_negated=include_negated,
        include_hypothetical=include_hypothetical,
        families=families,
        actor_types=actor_types,
        date_from=date_from,
        date_to=date_to,
    )


def digest_graph(graph: rdflib.Graph | rdflib.Dataset) -> GraphDigest:
    """Return what the actor graph needs of an RDF graph (see :mod:`kgraph.analytics.digest`)."""
    with _gc_paused():
        scan = _scan(graph)
    edges: dict[str, Edge] = {}
    for iri in scan.is_event:
        ev = scan.events.get(iri)
        if not ev or "subject" not in ev or "object" not in ev or "predicate" not in ev:
            continue
        edge = _edge_attrs(iri, ev, scan.doc_ids)
        edges[local_name(iri)] = (local_name(ev["subject"]), local_name(ev["object"]), edge)
    return GraphDigest(
        actors={local_name(i): dict(v) for i, v in scan.actors.items()},
        aliases={local_name(i): tuple(sorted(v)) for i, v in scan.aliases.items()},
        mentions={local_name(i): sum(m.values()) for i, m in scan.mentions.items()},
        types={local_name(i): t for i, t in scan.types.items()},
        known=tuple(sorted({local_name(i) for i in scan.is_actor})),
        edges=edges,
    )


def collapse(G: nx.MultiDiGraph, *, directed: bool = True) -> nx.DiGraph | nx.Graph:
    """Return the simple graph of ``G``: one edge per actor pair, ``weight`` and ``count``.

    ``weight`` sums the events' weights (their confidence), ``count`` counts
    them. Undirected collapse merges both directions. Node attributes are kept.

    >>> M = nx.MultiDiGraph()
    >>> M.add_edge("a", "b", weight=0.5); M.add_edge("a", "b", weight=0.25)
    0
    1
    >>> M.add_edge("b", "a", weight=1.0)
    0
    >>> list(collapse(M).edges(data=True))
    [('a', 'b', {'weight': 0.75, 'count': 2}), ('b', 'a', {'weight': 1.0, 'count': 1})]
    >>> list(collapse(M, directed=False).edges(data=True))
    [('a', 'b', {'weight': 1.75, 'count': 3})]
    """
    H: nx.DiGraph | nx.Graph = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, w in G.edges(data="weight", default=1.0):
        data = H.get_edge_data(u, v)
        if data is None:
            H.add_edge(u, v, weight=float(w), count=1)
        else:
            data["weight"] += float(w)
            data["count"] += 1
    return H


@dataclass
class _Scan:
    """What one pass over the triples collects, keyed by subject IRI."""

    actors: dict[Any, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    aliases: dict[Any, set[str]] = field(default_factory=lambda: defaultdict(set))
    mentions: dict[Any, dict[Any, int]] = field(default_factory=lambda: defaultdict(dict))
    types: dict[Any, str] = field(default_factory=dict)
    is_actor: set[Any] = field(default_factory=set)
    events: dict[Any, dict[str, Any]] = field(default_factory=lambda: defaultdict(dict))
    is_event: set[Any] = field(default_factory=set)
    doc_ids: dict[Any, str] = field(default_factory=dict)


def _scan(graph: rdflib.Graph) -> _Scan:
    """Group the actor, event and document triples by subject in one pass."""
    out = _Scan()
    rdf_type, identifier = RDF.type, DCTERMS.identifier
    type_names = {KG[name]: name for name in (*_ACTOR_TYPES, "Actor", "Event")}
    event_props, actor_props = _EVENT_PROPS, _ACTOR_PROPS
    events, actors = out.events, out.actors
    # one dict lookup per triple: rdflib terms compare in Python, so avoid chains of ==
    kinds: dict[Any, str] = {rdf_type: "type", identifier: "identifier"}
    kinds.update(dict.fromkeys(event_props, "event"))
    kinds.update(dict.fromkeys(actor_props, "actor"))
    for s, p, o, ctx in _quads(graph):
        kind = kinds.get(p)
        if kind is None:
            continue
        if kind == "event":
            events[s][event_props[p]] = o
        elif kind == "type":
            name = type_names.get(o)
            if name is None:
                continue
            if name == "Actor":
                out.is_actor.add(s)
            elif name == "Event":
                out.is_event.add(s)
            else:
                # an actor with several types keeps the first in a stable order
                prev = out.types.get(s)
                if prev is None or name < prev:
                    out.types[s] = name
        elif kind == "actor":
            key = actor_props[p]
            if key == "aliases":
                out.aliases[s].add(str(o))
            elif key == "mentions":
                # in a named graph the count is that document's: sum over documents
                m = out.mentions[s]
                m[ctx] = max(m.get(ctx, 0), _int(o))
            else:
                prev_value = actors[s].get(key)
                if prev_value is None or str(o) < prev_value:
                    actors[s][key] = str(o)
        else:
            out.doc_ids[s] = str(o)
    return out


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: building many small objects triggers it often."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _quads(graph: rdflib.Graph) -> Iterator[tuple[Any, Any, Any, Any]]:
    """Yield every triple with its graph name (None for a plain graph)."""
    if isinstance(graph, rdflib.Dataset):
        # graph by graph is a third faster than Dataset.quads on the memory store
        for named in graph.graphs():
            name = named.identifier
            for s, p, o in named:
                yield s, p, o, name
    elif isinstance(graph, rdflib.ConjunctiveGraph):
        for s, p, o, ctx in graph.quads((None, None, None, None)):
            yield s, p, o, getattr(ctx, "identifier", ctx)
    else:
        for s, p, o in graph:
            yield s, p, o, None


def _edge_attrs(iri: Any, ev: dict[str, Any], doc_ids: dict[Any, str]) -> dict[str, Any]:
    predicate = local_name(ev["predicate"])
    modality = local_name(ev["modality"]) if "modality" in ev else Modality.ASSERTED.value
    confidence = _float(ev.get("confidence"), 1.0)
    doc = ev.get("doc")
    return {
        "predicate": predicate,
        "family": str(ev["family"]) if "family" in ev else family_of(predicate),
        "cameo": _str(ev.get("cameo")),
        "plover": _str(ev.get("plover")),
        "modality": modality,
        "negated": _bool(ev.get("negated")),
        "date": _str(ev.get("date")),
        "confidence": confidence,
        "sentence": _str(ev.get("sentence")) or "",
        "doc": (doc_ids.get(doc) or local_name(doc)) if doc is not None else None,
        "attributed_to": _str(ev.get("attributed_to")),
        "designation": _str(ev.get("designation")),
        "event": str(iri),
        "weight": confidence,
    }


def _str(o: Any) -> str | None:
    return None if o is None else str(o)


def _float(o: Any, default: float) -> float:
    try:
        return float(o) if o is not None else default
    except (TypeError, ValueError):
        return default


def _int(o: Any) -> int:
    try:
        return int(o)
    except (TypeError, ValueError):
        return 0


def _bool(o: Any) -> bool:
    if o is None:
        return False
    if isinstance(o, Literal):
        value = o.toPython()
        if isinstance(value, bool):
            return value
    return str(o).strip().lower() in ("true", "1")
