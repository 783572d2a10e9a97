"""Turn extractions into an RDF dataset: one named graph per document.

Actors, events and the document node of each :class:`DocumentExtraction` go
into the graph named ``doc:<slug>``; the default graph stays empty and queries
see the union (``default_union``). No blank nodes: every node has an IRI
derived from a stable id, so the same input always gives the same graph.

>>> doc_slug("article-001")
'article-001'
>>> doc_slug("seeds/Venezuela news.txt")
'seeds-Venezuela-news.txt-acf8142c'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from kgraph.errors import KGraphError
from kgraph.model import Actor, ActorMerge, DocumentExtraction, Modality, Relation
from kgraph.rdf.namespace import ACTOR, DOC, EVENT, KG, MERGE, PREFIXES, WD, kg_term
from kgraph.vocabulary import RELATIONS, STANDING, cameo_root

if TYPE_CHECKING:
    import rdflib

_SAFE = re.compile(r"^[A-Za-z0-9._~-]+$")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._~-]+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_QID = re.compile(r"^Q[0-9]+$")

MODALITY_IRI = {
    Modality.ASSERTED: KG.asserted,
    Modality.PLANNED: KG.planned,
    Modality.REPORTED: KG.reported,
    Modality.HYPOTHETICAL: KG.hypothetical,
}

# Relation.attributes keys that have an ontology property; other keys stay in JSONL only.
ATTRIBUTE_PROPERTIES = {
    "designation": KG.designation,
    "quantity": KG.quantity,
    "basis": KG.basis,
}


def doc_slug(doc_id: str) -> str:
    """Return the IRI-safe local name of a document id.

    Ids made of letters, digits and ``._~-`` are kept as they are; anything
    else is squeezed to ``-`` and suffixed with a short hash of the id, so
    two different ids never share a slug.
    """
    if _SAFE.match(doc_id):
        return doc_id
    squeezed = _UNSAFE_RUN.sub("-", doc_id).strip("-")[:60]
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8]
    return f"{squeezed}-{digest}" if squeezed else f"doc-{digest}"


def build_dataset(extractions: Iterable[DocumentExtraction]) -> rdflib.Dataset:
    """Return a dataset with one named graph ``doc:<slug>`` per document.

    Raises :class:`KGraphError` when a relation uses a predicate that is not
    in the vocabulary (``kgraph.vocabulary.RELATIONS``).
    """
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    for extraction in extractions:
        graph = ds.graph(DOC[doc_slug(extraction.document.id)])
        add_extraction(graph, extraction)
    return ds


def add_extraction(graph: rdflib.Graph, extraction: DocumentExtraction) -> None:
    """Add one document's node, actors and events to ``graph``."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import DCTERMS, PROV, RDF

    document = extraction.document
    doc_iri = DOC[doc_slug(document.id)]
    add = graph.add
    add((doc_iri, RDF.type, KG.Document))
    add((doc_iri, RDF.type, PROV.Entity))
    add((doc_iri, DCTERMS.identifier, Literal(document.id)))
    if document.title:
        add((doc_iri, DCTERMS.title, Literal(document.title)))
    if document.date:
        add((doc_iri, DCTERMS.date, date_literal(document.date)))
    if document.url:
        source = URIRef(document.url) if _is_iri(document.url) else Literal(document.url)
        add((doc_iri, DCTERMS.source, source))

    labels = {}
    for actor in extraction.actors:
        add_actor(graph, actor)
        labels[actor.id] = actor.label

    for relation in extraction.relations:
        add_relation(graph, relation, doc_iri, labels, extraction.extractor_version)


def add_actor(graph: rdflib.Graph, actor: Actor) -> None:
    """Add one actor's type, names, codes and mention count to ``graph``."""
    from rdflib import Literal
    from rdflib.namespace import OWL, RDF, RDFS, XSD

    iri = ACTOR[actor.id]
    add = graph.add
    add((iri, RDF.type, KG.Actor))
    add((iri, RDF.type, kg_term(actor.type.value)))
    add((iri, RDFS.label, Literal(actor.label)))
    for alias in actor.aliases:
        if alias != actor.label:
            add((iri, KG.alias, Literal(alias)))
    if actor.qid:
        add((iri, KG.qid, Literal(actor.qid)))
        if _QID.match(actor.qid):
            add((iri, OWL.sameAs, WD[actor.qid]))
    if actor.iso:
        add((iri, KG.isoCode, Literal(actor.iso)))
    if actor.cameo:
        add((iri, KG.cameoActorCode, Literal(actor.cameo)))
    if actor.country:
        add((iri, KG.country, Literal(actor.country)))
    if actor.office:
        add((iri, KG.office, Literal(actor.office)))
    if actor.mentions:
        add((iri, KG.mentionCount, Literal(len(actor.mentions), datatype=XSD.integer)))
    for merge in actor.merged_from:
        add_merge(graph, iri, merge)


def add_merge(graph: rdflib.Graph, iri: rdflib.URIRef, merge: ActorMerge) -> None:
    """Add the record of one cross-document merge into the actor ``iri``."""
    from rdflib import Literal
    from rdflib.namespace import RDF, RDFS, XSD

    node = MERGE[f"{merge.into}--{merge.merged}"]
    add = graph.add
    add((iri, KG.mergedFrom, ACTOR[merge.merged]))
    add((iri, KG.merge, node))
    add((node, RDF.type, KG.ActorMerge))
    add((node, KG.mergedActor, ACTOR[merge.merged]))
    add((node, KG.mergedLabel, Literal(merge.label)))
    add((node, KG.mergeRule, Literal(merge.rule)))
    add((node, KG.mergeScore, Literal(decimal_lexical(merge.score), datatype=XSD.decimal)))
    add((node, RDFS.comment, Literal(merge_note(merge))))


def merge_note(merge: ActorMerge) -> str:
    """Return the one-line reason of a merge, for analysts reading the graph.

    >>> merge_note(ActorMerge("person-hamza-binladen", "hamza-bin-laden-q1", "Hamza BinLaden",
    ...                       "fuzzy", 93.3))
    "'Hamza BinLaden' (person-hamza-binladen) merged by fuzzy name match, score 93.3"
    """
    how = {
        "qid": "same Wikidata QID",
        "cameo": "same CAMEO actor code and type",
        "name": "same normalised name and type",
        "fuzzy": "fuzzy name match",
        "part": "a shorter name of it in the same document",
    }.get(merge.rule, merge.rule)
    score = f", score {merge.score:.1f}" if merge.rule == "fuzzy" else ""
    return f"'{merge.label}' ({merge.merged}) merged by {how}{score}"


def add_relation(
    graph: rdflib.Graph,
    relation: Relation,
    doc_iri: rdflib.URIRef,
    labels: dict[str, str],
    extractor_version: str = "",
) -> None:
    """Add the event node of one relation, and its direct edge when asserted."""
    from rdflib import Literal
    from rdflib.namespace import PROV, RDF, XSD

    kind = RELATIONS.get(relation.predicate)
    if kind is None:
        raise KGraphError(
            f"unknown relation predicate {relation.predicate!r} in document "
            f"{relation.doc_id!r} (see kgraph.vocabulary.RELATIONS)"
        )
    prop = kg_term(relation.predicate)
    event = EVENT[relation.id]
    subject, obj = ACTOR[relation.subject], ACTOR[relation.object]
    add = graph.add
    add((event, RDF.type, KG.Event))
    add((event, RDF.type, KG.StandingRelation if kind.family == STANDING else KG.PoliticalEvent))
    add((event, KG.relationType, prop))
    add((event, KG.subject, subject))
    add((event, KG.object, obj))
    cameo = relation.cameo or kind.cameo
    if cameo:
        add((event, KG.cameoCode, Literal(cameo)))
        add((event, KG.cameoRoot, Literal(cameo_root(cameo))))
    plover = relation.plover or kind.plover
    if plover:
        add((event, KG.ploverCategory, Literal(plover)))
    add((event, KG.family, Literal(kind.family)))
    add((event, KG.negated, Literal(relation.negated)))
    add((event, KG.modality, MODALITY_IRI[Modality(relation.modality)]))
    if relation.date:
        add((event, KG.date, date_literal(relation.date)))
    add((event, KG.confidence, Literal(decimal_lexical(relation.confidence), datatype=XSD.decimal)))
    if relation.attributed_to:
        source = labels.get(relation.attributed_to, relation.attributed_to)
        add((event, KG.attributedTo, Literal(source)))
    for key, value in relation.attributes:
        attr = ATTRIBUTE_PROPERTIES.get(key)
        if attr is not None:
            add((event, attr, Literal(value)))
    evidence = relation.evidence
    add((event, KG.trigger, Literal(evidence.trigger)))
    add((event, KG.sourceDocument, doc_iri))
    add((event, PROV.wasDerivedFrom, doc_iri))
    add((event, KG.sentence, Literal(evidence.sentence)))
    add((event, KG.startOffset, Literal(evidence.start, datatype=XSD.integer)))
    add((event, KG.endOffset, Literal(evidence.end, datatype=XSD.integer)))
    add((event, KG.triggerStart, Literal(evidence.trigger_start, datatype=XSD.integer)))
    add((event, KG.triggerEnd, Literal(evidence.trigger_end, datatype=XSD.integer)))
    add((event, KG.extractor, Literal(_extractor(relation.extractor, extractor_version))))
    for span, (text, start, end) in (
        (relation.subject_mention, (KG.subjectMention, KG.subjectStart, KG.subjectEnd)),
        (relation.object_mention, (KG.objectMention, KG.objectStart, KG.objectEnd)),
    ):
        if span is not None:
            add((event, text, Literal(span.text)))
            add((event, start, Literal(span.start, datatype=XSD.integer)))
            add((event, end, Literal(span.end, datatype=XSD.integer)))
    if relation.asserted:
        add((subject, prop, obj))


def date_literal(value: str) -> rdflib.Literal:
    """Return an ``xsd:date`` (or ``xsd:gYearMonth`` / ``xsd:gYear``) literal for an ISO date.

    Anything else stays a plain string rather than a wrongly typed literal.

    >>> date_literal("2025-11-24").datatype.endswith("#date")
    True
    >>> date_literal("2025-11").datatype.endswith("#gYearMonth")
    True
    """
    from rdflib import Literal
    from rdflib.namespace import XSD

    if _DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _YEAR_MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def decimal_lexical(value: float) -> str:
    """Return the shortest ``xsd:decimal`` lexical form of a number, at most 4 places.

    >>> decimal_lexical(0.85), decimal_lexical(1), decimal_lexical(0.33333)
    ('0.85', '1.0', '0.3333')
    """
    text = format(Decimal(repr(float(value))).quantize(Decimal("0.0001")), "f")
    text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text


def _extractor(name: str, version: str) -> str:
    if version and version not in name:
        return f"{name} {version}"
    return name


def _is_iri(value: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+$", value))
