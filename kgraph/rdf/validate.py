"""Check a kgraph graph against the SHACL shapes in ``ontologies/shapes.ttl``.

Every literal that is not valid for its datatype (an ``xsd:date`` of
"not-a-date") counts as a violation too, wherever it is, shapes or not.
"""

from __future__ import annotations

from typing import Any

from kgraph.model import ValidationResult
from kgraph.rdf.load import describe_triple


def validate(graph: Any) -> ValidationResult:
    """Validate a graph or dataset (all its named graphs together) with pySHACL.

    No inference is run: kgraph writes every type it relies on explicitly.
    """
    from kgraph.rdf.serialize import union_graph

    return validate_union(union_graph(graph))


def validate_union(data: Any) -> ValidationResult:
    """Validate a plain graph as it is, e.g. the union graph a build has already made.

    :func:`validate` copies a dataset's named graphs into one graph first; a
    caller that holds that union (the Turtle output is written from it) passes
    it here and saves the copy.
    """
    conforms, results, text = _shacl(data)
    violations = len(_violations(results))
    ill_typed, extra = _ill_typed(data, results)
    if ill_typed:
        text = str(text) + "".join(
            f"\nViolation: literal not valid for its datatype: {describe_triple(t)}"
            for t in ill_typed
        )
    return ValidationResult(
        conforms=bool(conforms) and not ill_typed,
        report=str(text),
        violations=violations + len(extra),
    )


def ill_typed_literals(graph: Any) -> list[tuple[Any, Any, Any]]:
    """Return the triples whose literal is not valid for its datatype, sorted."""
    from rdflib import Literal

    return sorted(t for t in graph if isinstance(t[2], Literal) and t[2].ill_typed)


def violation_keys(data: Any) -> tuple[str, ...]:
    """Return one line per violation in a plain graph, the same line wherever it is checked.

    The violations of several graphs are the union of their keys: a build
    validates each document's graph once and adds the keys up
    (:mod:`kgraph.outputs.parts`), and their number is what
    :func:`validate_union` counts on the union of those graphs.
    """
    from rdflib.namespace import SH

    _conforms, results, _text = _shacl(data)
    keys = []
    for result in _violations(results):
        fields = (
            results.value(result, SH.focusNode),
            results.value(result, SH.resultPath),
            results.value(result, SH.sourceConstraintComponent),
            results.value(result, SH.value),
            results.value(result, SH.resultMessage),
        )
        keys.append("\t".join(f.n3() if f is not None else "" for f in fields))
    keys.extend(f"literal\t{describe_triple(t)}" for t in _ill_typed(data, results)[1])
    return tuple(sorted(set(keys)))


def _shacl(data: Any) -> tuple[bool, Any, str]:
    import pyshacl

    from kgraph.rdf.ontology import load_shapes

    conforms, results, text = pyshacl.validate(
        data,
        shacl_graph=load_shapes(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    return bool(conforms), results, str(text)


def _violations(results: Any) -> list[Any]:
    from rdflib.namespace import RDF, SH

    return [
        result
        for result in results.subjects(RDF.type, SH.ValidationResult)
        if (result, SH.resultSeverity, SH.Violation) in results
    ]


def _ill_typed(data: Any, results: Any) -> tuple[list[Any], list[Any]]:
    """Return the ill-typed literal triples, and those pySHACL did not already report."""
    from rdflib.namespace import SH

    ill_typed = ill_typed_literals(data)
    # pySHACL already reports those under an sh:datatype shape; each is counted once.
    shacl_values = set(results.objects(None, SH.value))
    return ill_typed, [t for t in ill_typed if t[2] not in shacl_values]
