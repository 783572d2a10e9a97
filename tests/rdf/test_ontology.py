"""The ontology file and the KG namespace agree, and the ontology mirrors the vocabulary."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kgraph.model import ActorType
from kgraph.rdf.namespace import KG, ONTOLOGY
from kgraph.rdf.ontology import load_ontology, load_shapes, ontology_path
from kgraph.vocabulary import RELATIONS

NS = str(KG)


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def _namespace_terms() -> set[str]:
    return {name for name in KG.__annotations__ if not name.startswith("_")}


def _defined_terms(graph) -> set[str]:
    return {
        str(s)[len(NS) :]
        for s in set(graph.subjects(RDF.type, None))
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }


def test_every_namespace_term_is_defined_in_the_ontology(onto):
    assert sorted(_namespace_terms() - _defined_terms(onto)) == []


def test_every_ontology_term_is_in_the_namespace(onto):
    assert sorted(_defined_terms(onto) - _namespace_terms()) == []


def test_ontology_header(onto):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY, OWL.versionInfo) == Literal("0.1.0")
    assert onto.value(ONTOLOGY, URIRef("http://purl.org/dc/terms/license")) is not None


def test_every_term_has_an_english_label(onto):
    missing = [t for t in _defined_terms(onto) if onto.value(KG[t], RDFS.label) is None]
    assert missing == []


@pytest.mark.parametrize("actor_type", list(ActorType))
def test_actor_types_are_actor_subclasses(onto, actor_type):
    assert (KG[actor_type.value], RDFS.subClassOf, KG.Actor) in onto


@pytest.mark.parametrize("name", sorted(RELATIONS))
def test_relation_property_matches_vocabulary(onto, name):
    kind = RELATIONS[name]
    prop = KG[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(prop, RDFS.label) == Literal(kind.label, lang="en")
    assert kind.example in str(onto.value(prop, RDFS.comment))
    assert onto.value(prop, KG.family) == Literal(kind.family)
    assert (prop, RDFS.subPropertyOf, KG[f"{kind.family}Relation"]) in onto
    assert ((prop, RDF.type, OWL.SymmetricProperty) in onto) == kind.symmetric
    cameo = onto.value(prop, KG.cameoCode)
    assert (str(cameo) if cameo is not None else None) == kind.cameo
    plover = onto.value(prop, KG.ploverCategory)
    assert (str(plover) if plover is not None else None) == kind.plover


def test_family_properties_share_one_top_property(onto):
    for family in ("hostile", "cooperative", "diplomatic", "standing"):
        assert (KG[f"{family}Relation"], RDFS.subPropertyOf, KG.relatedTo) in onto


def test_document_is_a_prov_entity(onto):
    assert (KG.Document, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in onto


def test_modalities_are_individuals(onto):
    for name in ("asserted", "planned", "reported", "hypothetical"):
        assert (KG[name], RDF.type, KG.Modality) in onto


def test_shapes_parse_and_target_the_main_classes():
    shapes = load_shapes()
    sh = "http://www.w3.org/ns/shacl#"
    targets = set(shapes.objects(None, URIRef(sh + "targetClass")))
    assert {KG.Event, KG.Actor, KG.Document} <= targets


def test_ontology_files_are_found():
    assert ontology_path("kgraph.ttl").is_file()
    assert ontology_path("shapes.ttl").is_file()
