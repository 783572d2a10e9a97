"""The kgraph ontology's terms, and the IRI bases for actors, events and documents.

Every ontology term used in code goes through :class:`KG`; a typo is an
``AttributeError`` at import, not a silently wrong IRI. The terms are defined
in ``ontologies/kgraph.ttl`` (a test checks the two agree).

>>> str(KG.designates)
'https://w3id.org/kgraph/ontology#designates'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kgraph/"


class KG(DefinedNamespace):
    """kgraph ontology terms (classes, relation properties, qualifiers)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # --- classes: actors
    Actor: URIRef
    Person: URIRef
    State: URIRef
    Government: URIRef
    Military: URIRef
    Organization: URIRef
    InternationalOrganization: URIRef
    ArmedGroup: URIRef
    CriminalOrganization: URIRef
    MilitaryOperation: URIRef
    Media: URIRef
    Location: URIRef
    Group: URIRef
    # --- classes: events, documents, mentions
    Event: URIRef
    PoliticalEvent: URIRef
    StandingRelation: URIRef
    Document: URIRef
    Mention: URIRef
    Modality: URIRef
    RelationType: URIRef

    # --- event relation properties (direct actor→actor edges; CAMEO root in comments)
    makesStatementAbout: URIRef  # 01
    appealsTo: URIRef  # 02
    expressesIntentToCooperateWith: URIRef  # 03
    proposesTalksWith: URIRef  # 036
    consultsWith: URIRef  # 04
    meetsWith: URIRef  # 043
    negotiatesWith: URIRef  # 046
    cooperatesWith: URIRef  # 05
    praises: URIRef  # 051
    signsAgreementWith: URIRef  # 057
    cooperatesMateriallyWith: URIRef  # 06
    providesAidTo: URIRef  # 07
    yieldsTo: URIRef  # 08
    releases: URIRef  # 0841
    withdrawsFrom: URIRef  # 087
    investigates: URIRef  # 09
    demands: URIRef  # 10
    criticizes: URIRef  # 11
    accuses: URIRef  # 112
    rejects: URIRef  # 12
    threatens: URIRef  # 13
    protestsAgainst: URIRef  # 14
    mobilizesAgainst: URIRef  # 15
    reducesRelationsWith: URIRef  # 16
    sanctions: URIRef  # 163
    expels: URIRef  # 174
    coerces: URIRef  # 17
    designates: URIRef  # 172
    arrests: URIRef  # 173
    assaults: URIRef  # 18
    kills: URIRef  # 18
    fightsAgainst: URIRef  # 19
    targets: URIRef  # 190
    attacks: URIRef  # 19
    # --- standing relations
    leads: URIRef
    memberOf: URIRef
    affiliatedWith: URIRef
    conductedBy: URIRef
    partOf: URIRef
    controls: URIRef
    alliedWith: URIRef
    # --- super-properties: the top relation and one per family
    relatedTo: URIRef
    hostileRelation: URIRef
    cooperativeRelation: URIRef
    diplomaticRelation: URIRef
    standingRelation: URIRef

    # --- event qualifiers
    relationType: URIRef  # event → the direct property it stands for
    subject: URIRef
    object: URIRef
    cameoCode: URIRef
    cameoRoot: URIRef
    ploverCategory: URIRef
    family: URIRef  # hostile / cooperative / diplomatic / standing
    negated: URIRef
    modality: URIRef
    attributedTo: URIRef
    date: URIRef
    confidence: URIRef
    designation: URIRef
    quantity: URIRef
    basis: URIRef  # "mention": a tie read from inside one mention
    trigger: URIRef
    # --- provenance
    sourceDocument: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    triggerStart: URIRef
    triggerEnd: URIRef
    extractor: URIRef
    # --- the mention each argument was read from
    subjectMention: URIRef
    subjectStart: URIRef
    subjectEnd: URIRef
    objectMention: URIRef
    objectStart: URIRef
    objectEnd: URIRef
    # --- actor attributes
    qid: URIRef
    isoCode: URIRef
    cameoActorCode: URIRef
    country: URIRef
    office: URIRef
    alias: URIRef
    mentionCount: URIRef
    hasMention: URIRef
    mentionText: URIRef
    # --- actors merged across documents
    ActorMerge: URIRef
    mergedFrom: URIRef
    merge: URIRef
    mergedActor: URIRef
    mergedLabel: URIRef
    mergeRule: URIRef
    mergeScore: URIRef
    # --- analytics written back
    degreeCentrality: URIRef
    pageRank: URIRef
    betweenness: URIRef
    # --- modality individuals
    asserted: URIRef
    planned: URIRef
    reported: URIRef
    hypothetical: URIRef


ONTOLOGY = URIRef(BASE + "ontology")
ACTOR = Namespace(BASE + "actor/")
EVENT = Namespace(BASE + "event/")
DOC = Namespace(BASE + "doc/")
MERGE = Namespace(BASE + "merge/")  # one node per cross-document actor merge
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "actor": str(ACTOR),
    "event": str(EVENT),
    "doc": str(DOC),
    "wd": str(WD),
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
"""The prefixes every kgraph serialisation and result table uses, in a fixed order."""


def kg_term(name: str) -> URIRef:
    """Return the ontology term with this local name; AttributeError if there is none.

    >>> kg_term("targets") == KG.targets
    True
    """
    term: URIRef = getattr(KG, name)
    return term
