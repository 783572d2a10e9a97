"""SHACL validation: built graphs conform; each kind of broken data is reported."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from kgraph.rdf.build import build_dataset
from kgraph.rdf.namespace import ACTOR, DOC, EVENT, KG
from kgraph.rdf.serialize import union_graph
from kgraph.rdf.validate import validate, validate_union
from tests.rdf.sample import sample_extractions


def test_built_dataset_conforms():
    result = validate(build_dataset(sample_extractions()))
    assert result.conforms, result.report
    assert result.violations == 0


def _break(graph, change):
    kind, triple = change
    if kind == "add":
        graph.add(triple)
    else:
        graph.remove(triple)


EV = EVENT["d1-designates"]
USA = ACTOR["Q30"]
NETWORKS = ACTOR["group-drug-trafficking-networks"]  # only in the first document


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ([("add", (EV, KG.object, USA))], "exactly one object"),
        ([("remove", (EV, KG.subject, None))], "exactly one subject"),
        ([("remove", (EV, KG.relationType, None))], "exactly one relation type"),
        (
            [("remove", (EV, KG.relationType, None)), ("add", (EV, KG.relationType, KG.qid))],
            "relation type from the kgraph vocabulary",
        ),
        (
            [("remove", (EV, KG.negated, None)), ("add", (EV, KG.negated, Literal("no")))],
            "negated flag",
        ),
        (
            [("remove", (EV, KG.modality, None)), ("add", (EV, KG.modality, KG.Person))],
            "exactly one modality",
        ),
        ([("remove", (EV, KG.sourceDocument, None))], "source document"),
        (
            [
                ("remove", (EV, KG.startOffset, None)),
                ("add", (EV, KG.startOffset, Literal(-1, datatype=XSD.integer))),
            ],
            "start offset is a non-negative",
        ),
        (
            [
                ("remove", (EV, KG.startOffset, None)),
                ("add", (EV, KG.startOffset, Literal(500, datatype=XSD.integer))),
            ],
            "not after the end offset",
        ),
        (
            [
                ("remove", (EV, KG.confidence, None)),
                ("add", (EV, KG.confidence, Literal("1.5", datatype=XSD.decimal))),
            ],
            "between 0 and 1",
        ),
        ([("remove", (NETWORKS, RDFS.label, None))], "an actor has a label"),
        ([("add", (USA, RDF.type, KG.Person))], "exactly one actor type"),
        ([("remove", (NETWORKS, RDF.type, KG.Group))], "exactly one actor type"),
        (
            [("remove", (USA, KG.qid, None)), ("add", (USA, KG.qid, Literal("30")))],
            "QID looks like",
        ),
        (
            [("remove", (USA, KG.isoCode, None)), ("add", (USA, KG.isoCode, Literal("US")))],
            "three capital letters",
        ),
    ],
)
def test_violations_are_reported(changes, message):
    ds = build_dataset(sample_extractions())
    graph = ds.graph(DOC["news-001"])
    for change in changes:
        _break(graph, change)
    result = validate(ds)
    assert not result.conforms
    assert result.violations >= 1
    assert message in result.report
    # A build validates the union it wrote Turtle from: the same verdict, count and report.
    assert validate_union(union_graph(ds)) == result


def test_plain_graph_is_accepted():
    assert validate(union_graph(build_dataset(sample_extractions()))).conforms


def test_argument_mentions_and_merge_records_conform():
    import dataclasses

    from kgraph.model import ActorMerge, TextSpan

    ex = sample_extractions()[0]
    rel = dataclasses.replace(
        ex.relations[0],
        subject_mention=TextSpan("US", 0, 2),
        object_mention=TextSpan("cartel", 10, 16),
    )
    actor = dataclasses.replace(
        ex.actors[0], merged_from=(ActorMerge("old-id", ex.actors[0].id, "Old", "name"),)
    )
    good = dataclasses.replace(ex, actors=(actor, *ex.actors[1:]), relations=(rel,))
    assert validate(build_dataset([good])).conforms
    backwards = dataclasses.replace(rel, subject_mention=TextSpan("US", 5, 2))
    bad = dataclasses.replace(good, relations=(backwards,))
    result = validate(build_dataset([bad]))
    assert not result.conforms
    assert "subject mention start" in result.report
