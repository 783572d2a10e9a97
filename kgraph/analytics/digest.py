"""What the actor graph needs of an RDF graph, as plain data that adds up across documents.

:func:`kgraph.analytics.projection.project` reads a graph's triples once into a
:class:`GraphDigest` (each actor's names, codes, type and mention count; each
complete event as an edge with its qualifiers) and builds the networkx graph
from it with :func:`project_digest`. A digest is plain JSON data
(:meth:`GraphDigest.to_plain`), and the digests of several document graphs
merge (:func:`merge_digests`) into the digest of their union, so a build keeps
one per document and projects a corpus without loading its RDF again.

>>> one = GraphDigest(actors={"a": {"label": "A"}}, types={"a": "State"}, known=("a",))
>>> two = GraphDigest(actors={"a": {"label": "A"}, "b": {"label": "B"}}, known=("b",),
...                   edges={"e1": ("a", "b", {"negated": False, "modality": "asserted",
...                                            "family": "conflict", "date": None})})
>>> G = project_digest(merge_digests([one, two]))
>>> sorted(G.nodes), list(G.edges(keys=True))
(['a', 'b'], [('a', 'b', 'e1')])
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kgraph.errors import KGraphError
from kgraph.model import ActorType, Modality
from kgraph.vocabulary import FAMILIES

_ACTOR_TYPES = {t.value: t.value for t in ActorType}
_ACTOR_TYPES_FOLDED = {t.value.casefold(): t.value for t in ActorType}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Modalities kept without include_hypothetical: reported claims count as asserted.
_FIRM = frozenset({Modality.ASSERTED.value, Modality.REPORTED.value})

Edge = tuple[str, str, Mapping[str, Any]]  # subject id, object id, edge attributes

EDGE_FIELDS = (
    "predicate",
    "family",
    "cameo",
    "plover",
    "modality",
    "negated",
    "date",
    "confidence",
    "sentence",
    "doc",
    "attributed_to",
    "designation",
    "event",
    "weight",
)
"""The attributes of an event's edge (:func:`kgraph.analytics.projection.project`)."""
_FIELD_SET = frozenset(EDGE_FIELDS)
_ABSENT: Any = object()


class EdgeAttrs(Mapping[str, Any]):
    """An event's edge attributes, read-only, in slots: a merged digest holds one per event.

    A dict of the fourteen attributes takes three times the room; the values
    are shared with the other events that have them (:func:`merge_digests`).

    >>> a = EdgeAttrs({"predicate": "meets", "negated": False})
    >>> dict(a), a["predicate"], a.get("date")
    ({'predicate': 'meets', 'negated': False}, 'meets', None)
    """

    __slots__ = EDGE_FIELDS

    def __init__(self, attrs: Mapping[str, Any]) -> None:
        for key, value in attrs.items():
            object.__setattr__(self, key, value)

    def __setattr__(self, key: str, value: Any) -> None:
        raise AttributeError("EdgeAttrs is read-only")

    def __getitem__(self, key: str) -> Any:
        value = getattr(self, key, _ABSENT) if key in _FIELD_SET else _ABSENT
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[str]:
        return (k for k in EDGE_FIELDS if getattr(self, k, _ABSENT) is not _ABSENT)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return f"EdgeAttrs({dict(self)!r})"


def compact_edge(
    attrs: Mapping[str, Any], strings: dict[str, str], sentences: dict[str, str]
) -> Mapping[str, Any]:
    """Return ``attrs`` as :class:`EdgeAttrs`, each string value one object with its equals.

    An evidence sentence is taken from ``sentences``, any other string from
    ``strings`` (each pool gets the new ones). An attribute set beyond
    :data:`EDGE_FIELDS` is kept as a dict.
    """
    if not _FIELD_SET.issuperset(attrs):
        return dict(attrs)
    values = {}
    for key, value in attrs.items():
        if type(value) is str:
            pool = sentences if key == "sentence" else strings
            value = pool.setdefault(value, value)
        values[key] = value
    # the weight is the confidence: one float, not two equal ones
    weight, confidence = values.get("weight"), values.get("confidence")
    if type(weight) is float and type(confidence) is float and repr(weight) == repr(confidence):
        values["weight"] = confidence
    return EdgeAttrs(values)


@dataclass(frozen=True)
class GraphDigest:
    """The actors and events of one or more document graphs, keyed by local name.

    ``actors`` holds each actor's smallest value of every single-valued
    property (label, qid, iso, country, cameo, office), as the projection
    always read them; ``mentions`` sums the documents' mention counts;
    ``known`` are the subjects typed as actors; ``edges`` maps an event id to
    its subject, object and edge attributes.
    """

    actors: dict[str, dict[str, str]] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    known: tuple[str, ...] = ()
    edges: dict[str, Edge] = field(default_factory=dict)

    def to_plain(self) -> dict[str, Any]:
        """Return the digest as JSON data, in a stable order."""
        return {
            "actors": {k: dict(sorted(v.items())) for k, v in sorted(self.actors.items())},
            "aliases": {k: sorted(v) for k, v in sorted(self.aliases.items())},
            "mentions": dict(sorted(self.mentions.items())),
            "types": dict(sorted(self.types.items())),
            "known": sorted(self.known),
            "edges": [
                [k, s, o, dict(sorted(a.items()))] for k, (s, o, a) in sorted(self.edges.items())
            ],
        }

    @classmethod
    def from_plain(cls, data: dict[str, Any]) -> GraphDigest:
        """Read back what :meth:`to_plain` wrote."""
        return cls(
            actors={k: dict(v) for k, v in data["actors"].items()},
            aliases={k: tuple(v) for k, v in data["aliases"].items()},
            mentions={k: int(v) for k, v in data["mentions"].items()},
            types=dict(data["types"]),
            known=tuple(data["known"]),
            edges={k: (s, o, dict(a)) for k, s, o, a in data["edges"]},
        )


def merge_digests(digests: Iterable[GraphDigest]) -> GraphDigest:
    """Return the digest of the union of the graphs ``digests`` were read from."""
    actors: dict[str, dict[str, str]] = {}
    aliases: dict[str, set[str]] = {}
    mentions: dict[str, int] = {}
    types: dict[str, str] = {}
    known: set[str] = set()
    edges: dict[str, Edge] = {}
    strings: dict[str, str] = {}  # one object for each id, date, code and name many events share
    for d in digests:
        for a_id, props in d.actors.items():
            kept = actors.setdefault(a_id, {})
            for key, value in props.items():
                if key not in kept or value < kept[key]:
                    kept[key] = value
        for a_id, names in d.aliases.items():
            aliases.setdefault(a_id, set()).update(names)
        for a_id, count in d.mentions.items():
            mentions[a_id] = mentions.get(a_id, 0) + count
        for a_id, name in d.types.items():
            if a_id not in types or name < types[a_id]:
                types[a_id] = name
        known.update(d.known)
        _merge_edges(edges, d.edges, strings)
    return GraphDigest(
        actors=actors,
        aliases={k: tuple(sorted(v)) for k, v in aliases.items()},
        mentions=mentions,
        types=types,
        known=tuple(sorted(known)),
        edges=edges,
    )


def _merge_edges(edges: dict[str, Edge], more: Mapping[str, Edge], strings: dict[str, str]) -> None:
    """Add the edges ``more`` to ``edges``, compactly (:func:`compact_edge`).

    An evidence sentence is shared among the events of one digest (one
    document) that quote it; the other strings among all.
    """
    sentences: dict[str, str] = {}
    for key, (s_id, o_id, attrs) in more.items():
        edge = compact_edge(attrs, strings, sentences)
        edges[key] = (strings.setdefault(s_id, s_id), strings.setdefault(o_id, o_id), edge)


def project_digest(
    digest: GraphDigest,
    *,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    families: Collection[str] | None = None,
    actor_types: Collection[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    edge_fields: Collection[str] | None = None,
) -> nx.MultiDiGraph:
    """Return the actor graph of a digest (see :func:`kgraph.analytics.projection.project`).

    ``edge_fields`` keeps only those attributes on the edges (None: all), for
    a graph that is ranked or drawn without its evidence.
    """
    fam, types = check_filters(families, actor_types, date_from, date_to)
    G = nx.MultiDiGraph()
    for a_id in sorted(set(digest.known) | set(digest.types)):
        node = _node_attrs(digest, a_id)
        if types is None or node["type"] in types:
            G.add_node(a_id, **node)
    edges = []
    for key, (s_id, o_id, edge) in digest.edges.items():
        if not _kept(edge, include_negated, include_hypothetical, fam, date_from, date_to):
            continue
        for a_id in (s_id, o_id):
            if a_id not in G:
                node = _node_attrs(digest, a_id)
                if types is not None and node["type"] not in types:
                    break
                G.add_node(a_id, **node)
        else:
            edges.append((s_id, o_id, key, edge))
    edges.sort(key=lambda e: (e[0], e[1], e[2]))
    for s_id, o_id, key, edge in edges:
        if edge_fields is not None:
            edge = {k: edge[k] for k in edge_fields if k in edge}
        G.add_edge(s_id, o_id, key=key, **edge)
    if fam is not None or date_from is not None or date_to is not None:
        G.remove_nodes_from([n for n in G if G.degree(n) == 0])
    return G


def _kept(
    edge: Mapping[str, Any],
    include_negated: bool,
    include_hypothetical: bool,
    fam: frozenset[str] | None,
    date_from: str | None,
    date_to: str | None,
) -> bool:
    if not include_negated and edge["negated"]:
        return False
    if not include_hypothetical and edge["modality"] not in _FIRM:
        return False
    if fam is not None and edge["family"] not in fam:
        return False
    return in_range(edge["date"], date_from, date_to)


def _node_attrs(digest: GraphDigest, a_id: str) -> dict[str, Any]:
    a = digest.actors.get(a_id, {})
    label = a.get("label") or a_id
    return {
        "label": label,
        "type": digest.types.get(a_id, ""),
        "qid": a.get("qid"),
        "iso": a.get("iso"),
        "country": a.get("country"),
        "cameo": a.get("cameo"),
        "office": a.get("office"),
        "aliases": tuple(sorted(set(digest.aliases.get(a_id, ())) - {label})),
        "mentions": digest.mentions.get(a_id, 0),
    }


def in_range(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Return True when ``date`` lies within the inclusive ISO-prefix bounds (no bound: True)."""
    if date_from is None and date_to is None:
        return True
    if not date:
        return False
    if date_from is not None and date[: len(date_from)] < date_from:
        return False
    return not (date_to is not None and date[: len(date_to)] > date_to)


def check_filters(
    families: Collection[str] | None,
    actor_types: Collection[str] | None,
    date_from: str | None,
    date_to: str | None,
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """Return the families and actor types asked for; raise on any unknown filter value."""
    for bound in (date_from, date_to):
        if bound is not None and not _DATE.match(bound):
            raise KGraphError(f"bad date {bound!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    return check_families(families), check_types(actor_types)


def check_families(families: Collection[str] | None) -> frozenset[str] | None:
    """Return the relation families asked for, lower-cased, or raise on an unknown one."""
    if families is None:
        return None
    fam = frozenset(f.strip().lower() for f in families)
    unknown = sorted(fam - set(FAMILIES))
    if unknown:
        raise KGraphError(f"unknown relation family {unknown[0]!r}: use {', '.join(FAMILIES)}")
    return fam


def check_types(actor_types: Collection[str] | None) -> frozenset[str] | None:
    """Return the actor types asked for, as kgraph spells them, or raise on an unknown one."""
    if actor_types is None:
        return None
    out = set()
    for t in actor_types:
        name = _ACTOR_TYPES_FOLDED.get(t.strip().replace("_", "").casefold())
        if name is None:
            raise KGraphError(f"unknown actor type {t!r}: use {', '.join(_ACTOR_TYPES)}")
        out.add(name)
    return frozenset(out)
