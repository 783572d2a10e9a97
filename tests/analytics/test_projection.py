"""Projection of the RDF graph onto the actor graph: nodes, edges and filters."""

from __future__ import annotations

import networkx as nx
import pytest

from kgraph.analytics.projection import collapse, local_name, project
from kgraph.errors import KGraphError
from kgraph.rdf.namespace import ACTOR
from tests.analytics.conftest import ACTORS, EVENTS, A, E

CDS = "criminalorganization-cartel-de-los-soles"


def event_ids(G: nx.MultiDiGraph) -> list[str]:
    return sorted(k for _, _, k in G.edges(keys=True))


def test_nodes_carry_actor_attributes(news_rdf):
    G = project(news_rdf)
    assert sorted(G) == sorted(a.id for a in ACTORS)
    trump = G.nodes["Q22686"]
    assert trump["label"] == "Donald Trump"
    assert trump["type"] == "Person"
    assert trump["qid"] == "Q22686"
    assert trump["aliases"] == ("President Trump", "Trump")
    assert G.nodes["Q30"]["iso"] == "USA"
    assert G.nodes[CDS]["qid"] is None


def test_edges_carry_event_and_evidence(news_rdf):
    G = project(news_rdf)
    data = G.get_edge_data("Q30", CDS, key="e1")
    assert data["predicate"] == "designates"
    assert data["family"] == "hostile"
    assert (data["cameo"], data["plover"]) == ("172", "COERCE")
    assert data["modality"] == "asserted"
    assert data["negated"] is False
    assert data["date"] == "2025-11-24"
    assert data["confidence"] == pytest.approx(0.9) == data["weight"]
    assert data["sentence"].startswith("The United States designated")
    assert data["doc"] == "doc-1.txt"
    assert local_name(data["event"]) == "e1"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ["e1", "e3", "e4", "e6", "e7"]),
        ({"include_negated": True}, ["e1", "e3", "e4", "e5", "e6", "e7"]),
        ({"include_hypothetical": True}, ["e1", "e2", "e3", "e4", "e6", "e7", "e8"]),
        ({"families": ["hostile"]}, ["e1"]),
        ({"families": ["hostile"], "include_negated": True}, ["e1", "e5"]),
        ({"families": ["Standing", "diplomatic"]}, ["e3", "e4", "e6", "e7"]),
        ({"date_from": "2025-11-21"}, ["e1"]),
        ({"date_from": "2025-11", "include_hypothetical": True}, ["e1", "e2", "e4", "e8"]),
        ({"date_to": "2025-11-20"}, ["e4", "e7"]),
        ({"date_from": "2025-11-20", "date_to": "2025-11-23"}, ["e4"]),
        ({"date_from": "2025", "date_to": "2025"}, ["e1", "e4", "e7"]),
        ({"actor_types": ["Person"]}, ["e7"]),
        ({"actor_types": ["person", "state"]}, ["e3", "e6", "e7"]),
    ],
)
def test_filters(news_rdf, options, expected):
    assert event_ids(project(news_rdf, **options)) == expected


def test_reported_counts_as_asserted_and_planned_as_hypothetical(news_rdf):
    G = project(news_rdf, include_hypothetical=True)
    modality = {k: d["modality"] for _, _, k, d in G.edges(keys=True, data=True)}
    assert modality["e4"] == "reported"
    assert modality["e2"] == "planned"
    assert "e2" not in event_ids(project(news_rdf))


def test_event_filters_drop_isolated_actors(news_rdf):
    assert sorted(project(news_rdf, families=["diplomatic"])) == ["Q324546", "Q7171956"]
    # without an event filter every actor stays, even one without events
    assert "Q3713655" in project(news_rdf)


def test_actor_type_filter_keeps_only_those_actors(news_rdf):
    G = project(news_rdf, actor_types=["State"])
    assert sorted(G) == ["Q30", "Q717"]
    assert G.number_of_edges() == 0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"families": ["friendly"]}, "unknown relation family 'friendly'"),
        ({"actor_types": ["Alien"]}, "unknown actor type 'Alien'"),
        ({"date_from": "24/11/2025"}, "bad date '24/11/2025'"),
    ],
)
def test_bad_filters_are_user_errors(news_rdf, options, message):
    with pytest.raises(KGraphError, match=message):
        project(news_rdf, **options)


def test_dataset_and_union_graph_give_the_same_edges(make_rdf):
    a = project(make_rdf(ACTORS, EVENTS), include_negated=True, include_hypothetical=True)
    b = project(
        make_rdf(ACTORS, EVENTS, dataset=True), include_negated=True, include_hypothetical=True
    )
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert list(a.nodes) == list(b.nodes)


def test_mention_counts_add_up_over_documents(make_rdf):
    actors = (A("x", "X", "State", mentions=2), A("y", "Y", "State", mentions=3))
    events = (E("e1", "x", "threatens", "y", doc="d1"), E("e2", "x", "threatens", "y", doc="d2"))
    assert project(make_rdf(actors, events)).nodes["x"]["mentions"] == 2
    assert project(make_rdf(actors, events, dataset=True)).nodes["x"]["mentions"] == 4


def test_event_with_undeclared_actor_adds_a_bare_node(make_rdf):
    g = make_rdf((A("x", "X", "State"),), ())
    g += make_rdf((), (E("e1", "x", "threatens", "ghost"),))
    G = project(g)
    assert G.nodes["ghost"]["label"] == "ghost"
    assert G.nodes["ghost"]["type"] == ""
    assert event_ids(G) == ["e1"]


def test_projection_is_deterministic(make_rdf):
    a = project(make_rdf(ACTORS, EVENTS))
    b = project(make_rdf(tuple(reversed(ACTORS)), tuple(reversed(EVENTS))))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_local_name_of_actor_iri():
    assert local_name(ACTOR["Q30"]) == "Q30"


@pytest.mark.parametrize(("directed", "edges"), [(True, 3), (False, 2)])
def test_collapse_sums_confidence_and_counts(directed, edges):
    M = nx.MultiDiGraph()
    M.add_edge("a", "b", weight=0.5)
    M.add_edge("a", "b", weight=0.5)
    M.add_edge("b", "a", weight=0.25)
    M.add_edge("b", "c", weight=1.0)
    H = collapse(M, directed=directed)
    assert H.is_directed() is directed
    assert H.number_of_edges() == edges
    total = sum(w for _, _, w in H.edges(data="weight"))
    assert total == pytest.approx(2.25)
    assert sum(c for _, _, c in H.edges(data="count")) == 4


def _extraction(doc_id: str, mentions: int, relations: list[tuple[str, str, str, dict]]):
    from kgraph.model import (
        Actor,
        ActorType,
        Document,
        DocumentExtraction,
        Evidence,
        Mention,
        MentionKind,
        Relation,
    )

    def mention(text: str) -> Mention:
        return Mention(text, 0, len(text), MentionKind.NAME, "PERSON", 0)

    actors = (
        Actor(
            "Q22686",
            "Donald Trump",
            ActorType.PERSON,
            ("Trump",),
            qid="Q22686",
            mentions=(mention("Trump"),) * mentions,
        ),
        Actor(
            "Q57413",
            "Nicolás Maduro",
            ActorType.PERSON,
            ("Maduro",),
            qid="Q57413",
            mentions=(mention("Maduro"),),
        ),
        Actor("Q717", "Venezuela", ActorType.STATE, iso="VEN", mentions=(mention("Venezuela"),)),
    )
    rels = tuple(
        Relation(
            id=f"{doc_id}-{i}",
            doc_id=doc_id,
            subject=s,
            predicate=p,
            object=o,
            evidence=Evidence(f"{s} {p} {o}.", 0, 20, p, 0, 5),
            **kw,
        )
        for i, (s, p, o, kw) in enumerate(relations)
    )
    return DocumentExtraction(Document(doc_id, "text", date="2025-11-24"), actors, rels)


def test_projection_of_the_built_dataset():
    from kgraph.model import Modality
    from kgraph.rdf.build import build_dataset

    ds = build_dataset(
        [
            _extraction(
                "a.txt",
                2,
                [
                    ("Q22686", "threatens", "Q57413", {"date": "2025-11-24", "confidence": 0.8}),
                    ("Q22686", "threatens", "Q717", {"negated": True}),
                ],
            ),
            _extraction(
                "b.txt",
                3,
                [
                    ("Q22686", "proposesTalksWith", "Q57413", {"modality": Modality.PLANNED}),
                    ("Q57413", "leads", "Q717", {"date": "2025-11"}),
                ],
            ),
        ]
    )
    G = project(ds)
    assert sorted(G) == ["Q22686", "Q57413", "Q717"]
    assert G.nodes["Q22686"]["mentions"] == 5  # 2 + 3 over the two documents
    assert G.nodes["Q22686"]["aliases"] == ("Trump",)
    assert event_ids(G) == ["a.txt-0", "b.txt-1"]
    threat = G.get_edge_data("Q22686", "Q57413", key="a.txt-0")
    assert (threat["predicate"], threat["family"], threat["cameo"]) == (
        "threatens",
        "hostile",
        "130",
    )
    assert (threat["date"], threat["confidence"], threat["doc"]) == ("2025-11-24", 0.8, "a.txt")
    everything = project(ds, include_negated=True, include_hypothetical=True)
    assert event_ids(everything) == ["a.txt-0", "a.txt-1", "b.txt-0", "b.txt-1"]
    assert event_ids(project(ds, date_from="2025-11-01")) == ["a.txt-0"]
    assert event_ids(project(ds, date_to="2025-11")) == ["a.txt-0", "b.txt-1"]


@pytest.mark.parametrize(
    ("fmt", "suffix", "dataset"), [("turtle", ".ttl", False), ("trig", ".trig", True)]
)
def test_projection_of_loaded_files(tmp_path, make_rdf, fmt, suffix, dataset):
    from kgraph.rdf.load import load_graphs

    path = tmp_path / f"news{suffix}"
    path.write_text(make_rdf(ACTORS, EVENTS, dataset=dataset).serialize(format=fmt))
    expected = project(make_rdf(ACTORS, EVENTS))
    G = project(load_graphs([path]))
    assert list(G.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert G.nodes["Q57413"]["label"] == "Nicolás Maduro"
