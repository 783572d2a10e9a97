"""The dataset built from extractions has the documented RDF shape."""

from __future__ import annotations

import dataclasses
import json

import pytest
from rdflib import BNode, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from kgraph.errors import KGraphError
from kgraph.rdf.build import build_dataset, date_literal, doc_slug
from kgraph.rdf.jsonl import dataset_to_jsonl
from kgraph.rdf.namespace import ACTOR, DOC, EVENT, KG, WD
from tests.rdf.sample import extraction_1, sample_extractions


@pytest.fixture(scope="module")
def ds():
    return build_dataset(sample_extractions())


def test_one_named_graph_per_document_and_empty_default_graph(ds):
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {DOC["news-001"], DOC[doc_slug("news/002 long name.txt")]}
    assert len(ds.default_graph) == 0


def test_no_blank_nodes_anywhere(ds):
    for quad in ds.quads((None, None, None, None)):
        assert not any(isinstance(t, BNode) for t in quad[:3])


def test_actor_shape(ds):
    usa = ACTOR["Q30"]
    assert (usa, RDF.type, KG.Actor) in ds
    assert (usa, RDF.type, KG.State) in ds
    assert (usa, RDFS.label, Literal("United States")) in ds
    assert {str(a) for a in ds.objects(usa, KG.alias)} == {"US", "Washington"}
    assert (usa, KG.qid, Literal("Q30")) in ds
    assert (usa, OWL.sameAs, WD.Q30) in ds
    assert (usa, KG.isoCode, Literal("USA")) in ds
    assert (ACTOR["Q57413"], KG.office, Literal("President of Venezuela")) in ds
    assert (usa, KG.mentionCount, Literal(1, datatype=XSD.integer)) in ds


def test_event_shape(ds):
    ev = EVENT["d1-designates"]
    doc = DOC["news-001"]
    expected = [
        (RDF.type, KG.Event),
        (RDF.type, KG.PoliticalEvent),
        (KG.relationType, KG.designates),
        (KG.subject, ACTOR["Q30"]),
        (KG.object, ACTOR["Q1097993"]),
        (KG.cameoCode, Literal("172")),
        (KG.cameoRoot, Literal("17")),
        (KG.ploverCategory, Literal("COERCE")),
        (KG.family, Literal("hostile")),
        (KG.negated, Literal(False)),
        (KG.modality, KG.asserted),
        (KG.date, Literal("2025-11-24", datatype=XSD.date)),
        (KG.confidence, Literal("0.9", datatype=XSD.decimal)),
        (KG.designation, Literal("Foreign Terrorist Organization")),
        (KG.trigger, Literal("designated")),
        (KG.sourceDocument, doc),
        (PROV.wasDerivedFrom, doc),
        (KG.startOffset, Literal(0, datatype=XSD.integer)),
        (KG.triggerStart, Literal(18, datatype=XSD.integer)),
        (KG.triggerEnd, Literal(28, datatype=XSD.integer)),
        (KG.extractor, Literal("kgraph 0.1.0")),
    ]
    for p, o in expected:
        assert (ev, p, o) in ds, (p, o)
    sentence = str(ds.value(ev, KG.sentence))
    assert sentence.startswith("The United States designated")


def test_standing_relation_type(ds):
    assert (EVENT["d1-leads"], RDF.type, KG.StandingRelation) in ds
    assert (EVENT["d1-leads"], RDF.type, KG.PoliticalEvent) not in ds
    assert ds.value(EVENT["d1-leads"], KG.cameoCode) is None


@pytest.mark.parametrize(
    ("event", "subject", "predicate", "obj", "edge"),
    [
        ("d1-designates", "Q30", "designates", "Q1097993", True),  # asserted
        ("d1-targets", "Q30", "targets", "group-drug-trafficking-networks", True),  # reported
        ("d1-talks", "Q22686", "proposesTalksWith", "Q57413", False),  # planned
        ("d1-sanctions", "Q30", "sanctions", "Q57413", False),  # negated
        ("d2-attacks", "Q30", "attacks", "Q1097993", False),  # hypothetical
    ],
)
def test_direct_edge_only_when_asserted(ds, event, subject, predicate, obj, edge):
    assert (EVENT[event], KG.relationType, KG[predicate]) in ds
    assert ((ACTOR[subject], KG[predicate], ACTOR[obj]) in ds) == edge


def test_reported_event_keeps_attribution_and_quantity(ds):
    ev = EVENT["d1-targets"]
    assert (ev, KG.modality, KG.reported) in ds
    assert (ev, KG.attributedTo, Literal("Axios")) in ds
    assert (ev, KG.quantity, Literal("21 narco-vessels")) in ds


def test_document_node(ds):
    doc = DOC["news-001"]
    assert (doc, RDF.type, KG.Document) in ds
    assert (doc, RDF.type, PROV.Entity) in ds
    assert (doc, DCTERMS.identifier, Literal("news-001")) in ds
    assert (doc, DCTERMS.title, Literal("US designates cartel")) in ds
    assert (doc, DCTERMS.date, Literal("2025-11-24", datatype=XSD.date)) in ds


def test_each_graph_holds_its_own_document(ds):
    g1 = ds.graph(DOC["news-001"])
    assert (EVENT["d1-designates"], KG.subject, ACTOR["Q30"]) in g1
    assert (EVENT["d2-sanctions"], KG.subject, ACTOR["Q1501221"]) not in g1


def test_unknown_predicate_is_a_user_error():
    ex = extraction_1()
    bad = dataclasses.replace(ex.relations[0], predicate="befriends")
    with pytest.raises(KGraphError, match="unknown relation predicate 'befriends'"):
        build_dataset([dataclasses.replace(ex, relations=(bad,))])


@pytest.mark.parametrize(
    ("doc_id", "slug"),
    [
        ("news-001", "news-001"),
        ("A.b_c~d", "A.b_c~d"),
        ("a b", "a-b-" + __import__("hashlib").sha1(b"a b").hexdigest()[:8]),
        ("///", "doc-" + __import__("hashlib").sha1(b"///").hexdigest()[:8]),
    ],
)
def test_doc_slug(doc_id, slug):
    assert doc_slug(doc_id) == slug


def test_doc_slugs_do_not_collide():
    assert doc_slug("a b") != doc_slug("a-b") != doc_slug("a/b")


@pytest.mark.parametrize(
    ("value", "datatype"),
    [
        ("2025-11-24", XSD.date),
        ("2025-11", XSD.gYearMonth),
        ("2025", XSD.gYear),
        ("last week", None),
    ],
)
def test_date_literal(value, datatype):
    assert date_literal(value).datatype == datatype


def test_a_tie_read_from_one_mention_keeps_its_basis():
    ex = extraction_1()
    relations = tuple(
        dataclasses.replace(r, attributes=(("basis", "mention"),)) if r.id == "d1-leads" else r
        for r in ex.relations
    )
    ds = build_dataset([dataclasses.replace(ex, relations=relations)])
    assert (EVENT["d1-leads"], KG.basis, Literal("mention")) in ds
    records = [json.loads(line) for line in dataset_to_jsonl(ds).splitlines()]
    assert next(r for r in records if r["id"] == "d1-leads")["attributes"] == {"basis": "mention"}
