"""Decide what a report says, once, for both the HTML and the Markdown writer.

:func:`build_content` turns a projected actor graph (the ``MultiDiGraph`` of
``kgraph.analytics.projection.project``) and the documents' metadata into a
:class:`ReportContent`; the writers only format it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kgraph.analytics.defaults import counting_note, ranking_note
from kgraph.model import DocumentInfo, GraphPath, PathHop
from kgraph.viz.bundles import edge_family
from kgraph.viz.scores import collapse_undirected, ranked, scores
from kgraph.viz.style import predicate_label
from kgraph.vocabulary import COOPERATIVE, DIPLOMATIC, HOSTILE, STANDING

DESIGNATION_PREDICATES = ("designates", "sanctions", "reducesRelationsWith", "expels")
SHOWN = 8  # items of a long section shown before the rest is collapsed ("and N more")


@dataclass(frozen=True)
class ActorRow:
    """One actor of the actor table."""

    id: str
    label: str
    type: str
    qid: str | None
    country: str | None
    mentions: int
    pagerank: float
    betweenness: float
    degree: float


@dataclass(frozen=True, slots=True)
class EventRow:
    """One relation, with the sentence it was read from and where."""

    event: str
    subject: str
    subject_label: str
    predicate: str
    label: str  # the predicate's human label
    object: str
    object_label: str
    family: str
    modality: str
    negated: bool
    date: str | None
    confidence: float | None
    sentence: str
    doc: str
    doc_title: str
    url: str | None
    designation: str | None = None
    also: int = 0  # other sentences stating the same subject–predicate–object

    @property
    def claim(self) -> str:
        """Return the relation in words, with its designation (negation, modality: :attr:`status`).

        >>> EventRow("e1", "q30", "United States", "designates", "designates", "cds",
        ...     "Cartel de los Soles", "hostile", "asserted", False, None, None, "", "d", "d",
        ...     None, designation="Foreign Terrorist Organization").claim
        'United States designates Cartel de los Soles as Foreign Terrorist Organization'
        """
        claim = f"{self.subject_label} {self.label} {self.object_label}"
        return f"{claim} as {self.designation}" if self.designation else claim

    @property
    def status(self) -> str:
        """Return how the text commits to it: "asserted", "negated", "negated, planned" …"""
        parts = ["negated"] if self.negated else []
        if self.modality != "asserted" or not parts:
            parts.append(self.modality)
        return ", ".join(parts)


@dataclass(frozen=True)
class DyadRow:
    """Counts of non-negated events between two actors, either direction, by family."""

    a: str
    a_label: str
    b: str
    b_label: str
    hostile: int
    cooperative: int
    diplomatic: int
    standing: int

    @property
    def character(self) -> str:
        """Return "hostile", "cooperative" or "mixed" (hostile and cooperative both present)."""
        if self.hostile and self.cooperative:
            return "mixed"
        if self.hostile:
            return HOSTILE
        if self.cooperative:
            return COOPERATIVE
        return DIPLOMATIC if self.diplomatic else STANDING


@dataclass(frozen=True)
class BrokerRow:
    """A central go-between, with paths between actors that pass through it."""

    actor: ActorRow
    paths: tuple[GraphPath, ...]


@dataclass(frozen=True)
class ReportContent:
    """Everything a report shows, already chosen and ordered."""

    title: str
    documents: tuple[DocumentInfo, ...]
    n_actors: int
    n_events: int
    date_from: str | None
    date_to: str | None
    family_counts: tuple[tuple[str, int], ...]
    actors: tuple[ActorRow, ...]
    key_relations: tuple[EventRow, ...]
    designations: tuple[EventRow, ...]
    dyads: tuple[DyadRow, ...]
    qualified: tuple[EventRow, ...]  # negated, planned or hypothetical claims
    brokers: tuple[BrokerRow, ...]
    events_by_doc: tuple[tuple[str, int], ...] = ()
    notes: tuple[str, ...] = ()  # which claims count, how actors are ranked


def quoted_once(sentences: Iterable[str], seen: set[str]) -> list[bool]:
    """Return, for each sentence, whether it is quoted here for the first time; mark it seen.

    >>> seen = set()
    >>> quoted_once(["a", "b", "a"], seen), quoted_once(["b", "c"], seen)
    ([True, True, False], [False, True])
    """
    out = []
    for sentence in sentences:
        key = " ".join(sentence.split()).casefold()
        out.append(bool(key) and key not in seen)
        seen.add(key)
    return out


def build_content(
    G: nx.MultiDiGraph,
    documents: Sequence[DocumentInfo] = (),
    *,
    title: str | None = None,
    top_actors: int = 30,
    top_relations: int = 25,
    top_dyads: int = 20,
    top_brokers: int = 5,
) -> ReportContent:
    """Return the content of a report on ``G``."""
    docs = {d.id: d for d in documents}
    pr = scores(G, "pagerank") if len(G) else {}
    bt = scores(G, "betweenness") if len(G) else {}
    dg = scores(G, "degree") if len(G) else {}
    # the order every output uses (kgraph.analytics.defaults)
    actors = [_actor_row(G, n, pr, bt, dg) for n in ranked(G)]
    events = [_event_row(G, u, v, k, d, docs) for u, v, k, d in G.edges(keys=True, data=True)]
    events.sort(key=lambda e: (e.date or "9999", e.doc, e.event))
    dates = sorted(e.date for e in events if e.date)
    fam: dict[str, int] = {}
    per_doc: dict[str, int] = {}
    for e in events:
        fam[e.family] = fam.get(e.family, 0) + 1
        per_doc[e.doc] = per_doc.get(e.doc, 0) + 1
    known_docs = list(documents) + [
        DocumentInfo(id=d) for d in sorted(per_doc) if d and d not in docs
    ]
    known_docs.sort(key=lambda d: (d.date or "9999", d.id))
    return ReportContent(
        title=title or "Actor graph report",
        documents=tuple(known_docs),
        n_actors=G.number_of_nodes(),
        n_events=G.number_of_edges(),
        date_from=dates[0] if dates else None,
        date_to=dates[-1] if dates else None,
        family_counts=tuple(sorted(fam.items())),
        actors=tuple(actors[:top_actors]),
        key_relations=tuple(_key_relations(events, pr, top_relations)),
        designations=tuple(e for e in events if e.predicate in DESIGNATION_PREDICATES),
        dyads=tuple(_dyads(G, events)[:top_dyads]),
        qualified=tuple(
            e for e in events if e.negated or e.modality in ("planned", "hypothetical")
        ),
        brokers=tuple(_brokers(G, actors, events, top_brokers)),
        events_by_doc=tuple(sorted(per_doc.items())),
        notes=(counting_note(), ranking_note()),
    )


def _actor_row(G: nx.MultiDiGraph, n: Any, pr: dict, bt: dict, dg: dict) -> ActorRow:
    a = G.nodes[n]
    return ActorRow(
        id=str(n),
        label=str(a.get("label") or n),
        type=str(a.get("type") or ""),
        qid=a.get("qid") or None,
        country=a.get("country") or None,
        mentions=int(a.get("mentions") or 0),
        pagerank=float(pr.get(n, 0.0)),
        betweenness=float(bt.get(n, 0.0)),
        degree=float(dg.get(n, 0.0)),
    )


def _label(G: nx.MultiDiGraph, n: Any) -> str:
    return str(G.nodes[n].get("label") or n)


def _event_row(
    G: nx.MultiDiGraph, u: Any, v: Any, key: Any, d: dict, docs: dict[str, DocumentInfo]
) -> EventRow:
    doc = str(d.get("doc") or "")
    info = docs.get(doc)
    conf = d.get("confidence")
    return EventRow(
        event=str(d.get("event") or key),
        subject=str(u),
        subject_label=_label(G, u),
        predicate=str(d.get("predicate") or ""),
        label=predicate_label(d.get("predicate") or ""),
        object=str(v),
        object_label=_label(G, v),
        family=edge_family(d),
        modality=str(d.get("modality") or "asserted"),
        negated=bool(d.get("negated")),
        date=str(d["date"])[:10] if d.get("date") else None,
        confidence=float(conf) if conf is not None else None,
        sentence=_one_line(str(d.get("sentence") or "")),
        doc=doc,
        doc_title=(info.title if info and info.title else doc),
        url=(info.url if info else None) or d.get("url"),
        designation=d.get("designation"),
    )


_LOOSE_SPACE = re.compile(r"\s\s|[^\S ]|^\s|\s$")


def _one_line(text: str) -> str:
    """Return ``text`` with its runs of white space as single spaces, itself when it has none.

    >>> _one_line(" a\t b  c "), _one_line("a b")
    ('a b c', 'a b')
    """
    # a report holds a row for every event: a sentence already on one line is not copied
    return " ".join(text.split()) if _LOOSE_SPACE.search(text) else text


def _asserted(e: EventRow) -> bool:
    return not e.negated and e.modality in ("asserted", "reported")


def _key_relations(events: list[EventRow], pr: dict, top: int) -> list[EventRow]:
    """Return asserted relations between central actors, one per subject–predicate–object.

    Ranked by the endpoints' PageRank times confidence, events before standing relations.
    """
    best: dict[tuple[str, str, str], tuple[float, EventRow, int]] = {}
    for e in events:
        if not _asserted(e):
            continue
        weight = (pr.get(e.subject, 0.0) + pr.get(e.object, 0.0)) * (e.confidence or 0.5)
        k = (e.subject, e.predicate, e.object)
        seen = best.get(k)
        if seen is None:
            best[k] = (weight, e, 0)
        else:
            keep = seen[1] if (seen[0], -len(seen[1].sentence)) >= (weight, 0) else e
            best[k] = (max(seen[0], weight), keep, seen[2] + 1)
    # events first, standing relations (who leads whom) after them
    ranked = sorted(
        best.values(),
        key=lambda t: (t[1].family == STANDING, -round(t[0], 12), t[1].date or "", t[1].event),
    )
    out: list[EventRow] = []
    for _, e, also in ranked[:top]:
        out.append(_with(e, also=also))
    return out


def _with(e: EventRow, **changes: Any) -> EventRow:
    from dataclasses import replace

    return replace(e, **changes)


def _dyads(G: nx.MultiDiGraph, events: list[EventRow]) -> list[DyadRow]:
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for e in events:
        if e.negated or e.subject == e.object:
            continue
        pair = (min(e.subject, e.object), max(e.subject, e.object))
        c = counts.setdefault(pair, {})
        c[e.family] = c.get(e.family, 0) + 1
    rows = [
        DyadRow(
            a=a,
            a_label=_label(G, a),
            b=b,
            b_label=_label(G, b),
            hostile=c.get(HOSTILE, 0),
            cooperative=c.get(COOPERATIVE, 0),
            diplomatic=c.get(DIPLOMATIC, 0),
            standing=c.get(STANDING, 0),
        )
        for (a, b), c in counts.items()
        if c.get(HOSTILE) or c.get(COOPERATIVE)
    ]
    rows.sort(key=lambda r: (-(r.hostile + r.cooperative), -r.hostile, r.a_label, r.b_label))
    return rows


def _brokers(
    G: nx.MultiDiGraph, actors: list[ActorRow], events: list[EventRow], top: int, per: int = 3
) -> list[BrokerRow]:
    """Return the actors with the highest betweenness and example paths through them."""
    simple = collapse_undirected(
        G.edge_subgraph(
            [(u, v, k) for u, v, k, neg in G.edges(keys=True, data="negated") if not neg]
        )
    )
    by_pair: dict[tuple[str, str], list[EventRow]] = {}
    for e in events:
        if not e.negated:
            by_pair.setdefault((min(e.subject, e.object), max(e.subject, e.object)), []).append(e)
    out: list[BrokerRow] = []
    for row in sorted(actors, key=lambda a: (-a.betweenness, a.label, a.id)):
        if len(out) >= top or row.betweenness <= 0:
            break
        if row.id not in simple:
            continue
        neighbours = sorted(simple[row.id], key=lambda n: (_label(G, n), str(n)))
        candidates = []
        for u, w in itertools.combinations(neighbours, 2):
            if simple.has_edge(u, w):
                continue
            others = (set(simple[u]) & set(simple[w])) - {row.id}
            candidates.append((len(others), _label(G, u), _label(G, w), u, w))
        candidates.sort()
        paths = []
        for _, _, _, u, w in candidates[:per]:
            hops = (_hop(G, u, row.id, by_pair), _hop(G, row.id, w, by_pair))
            paths.append(GraphPath(hops=hops))
        out.append(BrokerRow(actor=row, paths=tuple(paths)))
    return out


def _hop(G: nx.MultiDiGraph, a: str, b: str, by_pair: dict) -> PathHop:
    """Return the best-attested event between two adjacent actors as a path hop from a to b."""
    evs: list[EventRow] = by_pair[(min(a, b), max(a, b))]
    e = sorted(
        evs,
        key=lambda e: (not _asserted(e), e.family == STANDING, -(e.confidence or 0), e.event),
    )[0]
    forward = e.subject == a
    return PathHop(
        source=a,
        source_label=_label(G, a),
        predicate=e.predicate,
        target=b,
        target_label=_label(G, b),
        forward=forward,
        date=e.date,
        modality=e.modality,
        negated=e.negated,
        sentence=e.sentence,
        doc_id=e.doc,
        event=e.event,
    )


def documents_from_graph(graph: Any) -> list[DocumentInfo]:
    """Return the ``kg:Document`` nodes of an rdflib graph or dataset as DocumentInfo.

    Reads ``dcterms:identifier`` (falling back to the IRI's last segment),
    ``dcterms:title``, ``dcterms:date`` and ``dcterms:source``; ordered by date
    then id.
    """
    from rdflib import RDF, Dataset, Graph
    from rdflib.namespace import DCTERMS

    from kgraph.rdf.namespace import KG

    union = graph
    if isinstance(graph, Dataset):
        # a dataset keeps each document in its own named graph: gather across all of them
        union = Graph()
        for s, p, o, _ in graph.quads((None, RDF.type, KG.Document, None)):
            union.add((s, p, o))
        for node in list(union.subjects(RDF.type, KG.Document)):
            for s, p, o, _ in graph.quads((node, None, None, None)):
                union.add((s, p, o))
    out: dict[str, DocumentInfo] = {}
    for node in sorted(set(union.subjects(RDF.type, KG.Document)), key=str):
        ident = union.value(node, DCTERMS.identifier)
        doc_id = str(ident) if ident is not None else str(node).rstrip("/").rsplit("/", 1)[-1]
        title, date = union.value(node, DCTERMS.title), union.value(node, DCTERMS.date)
        source = union.value(node, DCTERMS.source)
        out.setdefault(
            doc_id,
            DocumentInfo(
                id=doc_id,
                title=str(title) if title is not None else None,
                date=str(date)[:10] if date is not None else None,
                url=str(source) if source is not None else None,
            ),
        )
    return sorted(out.values(), key=lambda d: (d.date or "9999", d.id))
