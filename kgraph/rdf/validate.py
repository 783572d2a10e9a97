"""Check a kgraph graph against the SHACL shapes in ``ontologies/shapes.ttl``."""

from __future__ import annotations

from typing import Any

from kgraph.model import ValidationResult


def validate(graph: Any) -> ValidationResult:
    """Validate a graph or dataset (all its named graphs together) with pySHACL.

    No inference is run: kgraph writes every type it relies on explicitly.
    """
    import pyshacl
    from rdflib.namespace import RDF, SH

    from kgraph.rdf.ontology import load_shapes
    from kgraph.rdf.serialize import union_graph

    data = union_graph(graph)
    conforms, results, text = pyshacl.validate(
        data,
        shacl_graph=load_shapes(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    violations = sum(
        1
        for result in results.subjects(RDF.type, SH.ValidationResult)
        if (result, SH.resultSeverity, SH.Violation) in results
    )
    return ValidationResult(conforms=bool(conforms), report=str(text), violations=violations)
