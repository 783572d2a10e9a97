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

from kgraph.errors import KGraphError
from kgraph.model import ActorType, Modality
from kgraph.rdf.namespace import ACTOR, DOC, EVENT, KG
from kgraph.vocabulary import FAMILIES, family_of

_KG_NS = str(KG._NS)
_ACTOR_TYPES = {t.value: t.value for t in ActorType}
_ACTOR_TYPES_FOLDED = {t.value.casefold(): t.value for t in ActorType}
_BASES = (str(ACTOR), str(EVENT), str(DOC), _KG_NS)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Modalities kept without include_hypothetical: reported claims count as asserted.
_FIRM = frozenset({Modality.ASSERTED.value, Modality.REPORTED.value})

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
    fam = _check_families(families)
    types = _check_types(actor_types)
    _check_dates(date_from, date_to)
    with _gc_paused():
        scan = _scan(graph)

    G = nx.MultiDiGraph()
    for iri in sorted(scan.is_actor | set(scan.types), key=local_name):
        node = _node_of(scan, iri)
        if types is None or node["type"] in types:
            G.add_node(local_name(iri), **node)

    kept = _EdgeFilter(include_negated, include_hypothetical, fam, date_from, date_to)
    # every node is in place before the first edge, which go in sorted
    edges = sorted(_kept_edges(G, scan, kept, types), key=lambda e: (e[0], e[1], e[2]))
    for s_id, o_id, key, edge in edges:
        G.add_edge(s_id, o_id, key=key, **edge)

    if fam is not None or date_from is not None or date_to is not None:
        G.remove_nodes_from([n for n in G if G.degree(n) == 0])
    return G


def _check_dates(*bounds: str | None) -> None:
    """Refuse a date bound that is not an ISO prefix."""
    for bound in bounds:
        if bound is not None and not _DATE.match(bound):
            raise KGraphError(f"bad date {bound!r}: use YYYY, YYYY-MM or YYYY-MM-DD")


@dataclass(frozen=True)
class _EdgeFilter:
    """Which events the projection keeps, by negation, modality, family and date."""

    negated: bool
    hypothetical: bool
    families: frozenset[str] | None
    date_from: str | None
    date_to: str | None

    def keeps(self, edge: dict[str, Any]) -> bool:
        if not self.negated and edge["negated"]:
            return False
        if not self.hypothetical and edge["modality"] not in _FIRM:
            return False
        if self.families is not None and edge["family"] not in self.families:
            return False
        return _in_range(edge["date"], self.date_from, self.date_to)


def _node_of(scan: _Scan, iri: Any) -> dict[str, Any]:
    return _node_attrs(iri, scan.actors, scan.aliases, scan.mentions, scan.types)


def _kept_edges(
    G: nx.MultiDiGraph,
    scan: _Scan,
    kept: _EdgeFilter,
    types: frozenset[str] | None,
) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Yield the complete events the filters keep, adding their actors to ``G`` as needed."""
    for iri in scan.is_event:
        ev = scan.events.get(iri)
        if not ev or "subject" not in ev or "object" not in ev or "predicate" not in ev:
            continue
        edge = _edge_attrs(iri, ev, scan.doc_ids)
        if not kept.keeps(edge):
            continue
        ends = _with_ends(G, scan, (ev["subject"], ev["object"]), types)
        if ends is not None:
            yield ends[0], ends[1], local_name(iri), edge


def _with_ends(
    G: nx.MultiDiGraph, scan: _Scan, iris: tuple[Any, Any], types: frozenset[str] | None
) -> tuple[str, str] | None:
    """Return an event's actor ids, adding missing ones; None at an actor of a type left out."""
    ids = []
    for iri in iris:
        a_id = local_name(iri)
        if a_id not in G:
            node = _node_of(scan, iri)
            if types is not None and node["type"] not in types:
                return None
            G.add_node(a_id, **node)
        ids.append(a_id)
    return ids[0], ids[1]


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


def _node_attrs(
    iri: Any,
    actors: dict[Any, dict[str, str]],
    aliases: dict[Any, set[str]],
    mentions: dict[Any, dict[Any, int]],
    actor_type: dict[Any, str],
) -> dict[str, Any]:
    a = actors.get(iri, {})
    label = a.get("label") or local_name(iri)
    return {
        "label": label,
        "type": actor_type.get(iri, ""),
        "qid": a.get("qid"),
        "iso": a.get("iso"),
        "country": a.get("country"),
        "cameo": a.get("cameo"),
        "office": a.get("office"),
        "aliases": tuple(sorted(aliases.get(iri, set()) - {label})),
        "mentions": sum(mentions.get(iri, {}).values()),
    }


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


def _in_range(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    if date_from is None and date_to is None:
        return True
    if not date:
        return False
    if date_from is not None and date[: len(date_from)] < date_from:
        return False
    return not (date_to is not None and date[: len(date_to)] > date_to)


def _check_families(families: Collection[str] | None) -> frozenset[str] | None:
    if families is None:
        return None
    fam = frozenset(f.strip().lower() for f in families)
    unknown = sorted(fam - set(FAMILIES))
    if unknown:
        raise KGraphError(f"unknown relation family {unknown[0]!r}: use {', '.join(FAMILIES)}")
    return fam


def _check_types(actor_types: Collection[str] | None) -> frozenset[str] | None:
    if actor_types is None:
        return None
    out = set()
    for t in actor_types:
        name = _ACTOR_TYPES_FOLDED.get(t.strip().replace("_", "").casefold())
        if name is None:
            raise KGraphError(f"unknown actor type {t!r}: use {', '.join(_ACTOR_TYPES)}")
        out.add(name)
    return frozenset(out)


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
