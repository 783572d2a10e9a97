"""What a report says: chosen once from the projected graph."""

from __future__ import annotations

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib import namespace as ns

from kgraph.model import DocumentInfo
from kgraph.rdf.namespace import DOC, KG
from kgraph.report.content import build_content, documents_from_graph
from tests.viz.graphs import sample_documents, sample_graph


def test_sections_hold_the_expected_claims():
    c = build_content(sample_graph(), sample_documents(), title="T")
    assert (c.n_actors, c.n_events) == (10, 16)
    assert (c.date_from, c.date_to) == ("2025-11-20", "2025-11-26")
    assert c.actors[0].label == "United States"
    assert {e.predicate for e in c.designations} == {"designates", "sanctions"}
    assert sorted((e.predicate, e.status) for e in c.qualified) == [
        ("cooperatesMateriallyWith", "hypothetical"),
        ("kills", "negated"),
        ("proposesTalksWith", "planned"),
    ]
    assert all(not e.negated and e.modality in ("asserted", "reported") for e in c.key_relations)


def test_key_relations_merge_repeated_claims():
    c = build_content(sample_graph(), sample_documents())
    attacks = [e for e in c.key_relations if e.predicate == "attacks"]
    assert len(attacks) == 1 and attacks[0].also == 1


def test_dyads_count_both_directions_and_skip_negated():
    c = build_content(sample_graph(), sample_documents())
    first = c.dyads[0]
    assert {first.a_label, first.b_label} == {"United States", "drug-trafficking networks"}
    assert (first.hostile, first.character) == (3, "hostile")
    trump_maduro = [d for d in c.dyads if {d.a, d.b} == {"Q22686", "Q57413"}]
    assert trump_maduro == []  # only a negated hostile claim and a planned diplomatic one


def test_brokers_come_with_paths_through_them():
    c = build_content(sample_graph(), sample_documents())
    top = c.brokers[0]
    assert top.actor.id == "Q30"
    assert top.paths
    for p in top.paths:
        assert len(p.hops) == 2
        assert p.hops[0].target == "Q30" == p.hops[1].source
        assert all(h.sentence for h in p.hops)


def test_documents_without_metadata_are_still_listed():
    c = build_content(sample_graph(), sample_documents()[:1])
    assert [d.id for d in c.documents] == ["seed-1", "seed-2"]
    assert c.documents[1].title is None


def _doc_triples(g, slug, ident, title, date, url):
    node = DOC[slug]
    g.add((node, RDF.type, KG.Document))
    g.add((node, RDF.type, ns.PROV.Entity))
    g.add((node, ns.DCTERMS.identifier, Literal(ident)))
    g.add((node, ns.DCTERMS.title, Literal(title)))
    g.add((node, ns.DCTERMS.date, Literal(date, datatype=ns.XSD.date)))
    g.add((node, ns.DCTERMS.source, URIRef(url)))


def test_documents_from_a_graph():
    g = Graph()
    _doc_triples(g, "b", "b.txt", "Second", "2025-11-26", "https://example.org/b")
    _doc_triples(g, "a", "a.txt", "First", "2025-11-25", "https://example.org/a")
    assert documents_from_graph(g) == [
        DocumentInfo("a.txt", "First", "2025-11-25", "https://example.org/a"),
        DocumentInfo("b.txt", "Second", "2025-11-26", "https://example.org/b"),
    ]


def test_documents_from_named_graphs():
    ds = Dataset()
    _doc_triples(ds.graph(DOC["a"]), "a", "a.txt", "First", "2025-11-25", "https://example.org/a")
    _doc_triples(ds.graph(DOC["b"]), "b", "b.txt", "Second", "2025-11-26", "https://x.org/b")
    assert [d.id for d in documents_from_graph(ds)] == ["a.txt", "b.txt"]
