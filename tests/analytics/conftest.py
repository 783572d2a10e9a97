"""Small RDF graphs in the documented kgraph shape, written triple by triple.

The scenario: the United States designates the Cartel de los Soles, which is
tied to Nicolás Maduro, who leads Venezuela; Donald Trump leads the United
States and plans talks with Maduro; Pete Hegseth meets Marco Rubio.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal
from rdflib.namespace import DCTERMS, PROV

from kgraph.rdf.namespace import ACTOR, DOC, EVENT, KG, WD
from kgraph.vocabulary import RELATIONS, STANDING, cameo_root


@dataclass(frozen=True)
class A:
    """An actor to write."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    iso: str | None = None
    mentions: int = 1


@dataclass(frozen=True)
class E:
    """An event to write."""

    id: str
    subject: str
    predicate: str
    object: str
    date: str | None = None
    modality: str = "asserted"
    negated: bool = False
    confidence: float = 0.9
    sentence: str = ""
    doc: str = "doc-1"


ACTORS = (
    A("Q30", "United States", "State", ("US", "Washington"), "Q30", "USA", 4),
    A("Q22686", "Donald Trump", "Person", ("Trump", "President Trump"), "Q22686", None, 3),
    A("Q3713655", "Donald Trump Jr.", "Person", ("Trump Jr",), "Q3713655"),
    A("Q57413", "Nicolás Maduro", "Person", ("Maduro",), "Q57413", None, 5),
    A("Q717", "Venezuela", "State", (), "Q717", "VEN", 2),
    A("criminalorganization-cartel-de-los-soles", "Cartel de los Soles", "CriminalOrganization"),
    A("Q7171956", "Pete Hegseth", "Person", ("Hegseth",), "Q7171956"),
    A("Q324546", "Marco Rubio", "Person", ("Rubio",), "Q324546"),
)
CDS = "criminalorganization-cartel-de-los-soles"
EVENTS = (
    E(
        "e1",
        "Q30",
        "designates",
        CDS,
        "2025-11-24",
        sentence="The United States designated "
        "the Cartel de los Soles a Foreign Terrorist Organization.",
    ),
    E(
        "e2",
        "Q22686",
        "proposesTalksWith",
        "Q57413",
        "2025-11-23",
        modality="planned",
        sentence="Trump plans to speak directly with Maduro.",
    ),
    E("e3", "Q57413", "leads", "Q717", sentence="Nicolás Maduro, president of Venezuela"),
    E(
        "e4",
        CDS,
        "affiliatedWith",
        "Q57413",
        "2025-11-20",
        modality="reported",
        confidence=0.7,
        sentence="The cartel is tied to Maduro, according to Washington.",
        doc="doc-2",
    ),
    E(
        "e5",
        "Q30",
        "targets",
        CDS,
        "2025-11-25",
        negated=True,
        sentence="The United States did not strike the cartel.",
    ),
    E("e6", "Q22686", "leads", "Q30", sentence="President Trump of the United States"),
    E(
        "e7",
        "Q7171956",
        "meetsWith",
        "Q324546",
        "2025-10-01",
        sentence="Hegseth met Rubio at the Pentagon.",
        doc="doc-2",
    ),
    E(
        "e8",
        "Q22686",
        "consultsWith",
        "Q57413",
        "2025-12-01",
        modality="hypothetical",
        sentence="Trump could call Maduro.",
        doc="doc-2",
    ),
)


def write(
    actors: Sequence[A], events: Sequence[E], *, dataset: bool = False
) -> rdflib.Graph | rdflib.Dataset:
    """Return a Graph (the union) or a Dataset (one named graph per document)."""
    ds = rdflib.Dataset()
    union = rdflib.Graph()
    docs = sorted({e.doc for e in events} or {"doc-1"})

    def target(doc: str) -> rdflib.Graph:
        return ds.graph(DOC[doc]) if dataset else union

    for doc in docs:
        g = target(doc)
        g.add((DOC[doc], RDF.type, KG.Document))
        g.add((DOC[doc], RDF.type, PROV.Entity))
        g.add((DOC[doc], DCTERMS.identifier, Literal(doc + ".txt")))
        used = {x for e in events if e.doc == doc for x in (e.subject, e.object)}
        for a in actors:
            # an actor with no event is written into the first document
            if a.id in used or (
                doc == docs[0] and not any(a.id in (e.subject, e.object) for e in events)
            ):
                _actor(g, a)
    for e in events:
        _event(target(e.doc), e)
    return ds if dataset else union


def _actor(g: rdflib.Graph, a: A) -> None:
    s = ACTOR[a.id]
    g.add((s, RDF.type, KG.Actor))
    g.add((s, RDF.type, KG[a.type]))
    g.add((s, RDFS.label, Literal(a.label)))
    for alias in a.aliases:
        g.add((s, KG.alias, Literal(alias)))
    if a.qid:
        g.add((s, KG.qid, Literal(a.qid)))
        g.add((s, OWL.sameAs, WD[a.qid]))
    if a.iso:
        g.add((s, KG.isoCode, Literal(a.iso)))
    g.add((s, KG.mentionCount, Literal(a.mentions, datatype=rdflib.XSD.integer)))


def _event(g: rdflib.Graph, e: E) -> None:
    kind = RELATIONS[e.predicate]
    ev = EVENT[e.id]
    g.add((ev, RDF.type, KG.Event))
    g.add((ev, RDF.type, KG.StandingRelation if kind.family == STANDING else KG.PoliticalEvent))
    g.add((ev, KG.relationType, KG[e.predicate]))
    g.add((ev, KG.subject, ACTOR[e.subject]))
    g.add((ev, KG.object, ACTOR[e.object]))
    if kind.cameo:
        g.add((ev, KG.cameoCode, Literal(kind.cameo)))
        g.add((ev, KG.cameoRoot, Literal(cameo_root(kind.cameo))))
    if kind.plover:
        g.add((ev, KG.ploverCategory, Literal(kind.plover)))
    g.add((ev, KG.family, Literal(kind.family)))
    g.add((ev, KG.negated, Literal(e.negated)))
    g.add((ev, KG.modality, KG[e.modality]))
    if e.date:
        g.add((ev, KG.date, Literal(e.date, datatype=rdflib.XSD.date)))
    g.add((ev, KG.confidence, Literal(str(e.confidence), datatype=rdflib.XSD.decimal)))
    g.add((ev, KG.sentence, Literal(e.sentence)))
    g.add((ev, KG.sourceDocument, DOC[e.doc]))
    g.add((ev, PROV.wasDerivedFrom, DOC[e.doc]))
    if not e.negated and e.modality in ("asserted", "reported"):
        g.add((ACTOR[e.subject], KG[e.predicate], ACTOR[e.object]))


@pytest.fixture(params=["graph", "dataset"])
def news_rdf(request: pytest.FixtureRequest) -> rdflib.Graph:
    """Return the scenario as a union Graph and as a per-document Dataset."""
    return write(ACTORS, EVENTS, dataset=request.param == "dataset")


@pytest.fixture
def news_graph() -> object:
    """Return the projected scenario, every event included."""
    from kgraph.analytics.projection import project

    return project(write(ACTORS, EVENTS), include_negated=True, include_hypothetical=True)


@pytest.fixture
def make_rdf() -> Callable[..., rdflib.Graph]:
    """Return the writer, for tests that need their own actors and events."""
    return write
