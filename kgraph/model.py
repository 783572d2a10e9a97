"""Typed records passed between the pipeline stages.

text → :class:`Document` → :class:`Mention` → :class:`Actor` → :class:`Relation`
→ :class:`DocumentExtraction` (one per document) → RDF.

Every record is a frozen dataclass so that a stage can never mutate what an
earlier stage produced, and so that records hash and compare by value.
Character offsets are always relative to ``Document.text`` and half-open
(``text[start:end]``).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field


class ActorType(str, enum.Enum):
    """Kinds of actor; the values are the ontology's class local names."""

    PERSON = "Person"
    STATE = "State"
    GOVERNMENT = "Government"
    MILITARY = "Military"
    ORGANIZATION = "Organization"
    INTERNATIONAL_ORGANIZATION = "InternationalOrganization"
    ARMED_GROUP = "ArmedGroup"
    CRIMINAL_ORGANIZATION = "CriminalOrganization"
    MILITARY_OPERATION = "MilitaryOperation"
    MEDIA = "Media"
    LOCATION = "Location"
    GROUP = "Group"  # an unnamed collective: "drug-trafficking networks", "protesters"

    def __str__(self) -> str:
        return self.value


class Modality(str, enum.Enum):
    """How the text commits to a relation (independent of negation)."""

    ASSERTED = "asserted"
    PLANNED = "planned"  # planned, proposed, intended, expected
    REPORTED = "reported"  # attributed to a source: "according to Axios"
    HYPOTHETICAL = "hypothetical"  # conditional, possible, questioned

    def __str__(self) -> str:
        return self.value


class MentionKind(str, enum.Enum):
    """How an actor is referred to in one mention."""

    NAME = "name"  # "Nicolás Maduro", "Maduro"
    TITLE = "title"  # "the president"
    DEMONYM = "demonym"  # "Venezuelan"
    METONYM = "metonym"  # "Washington", "the White House"
    NOMINAL = "nominal"  # "the cartel", "drug-trafficking networks"
    PRONOUN = "pronoun"  # "him", "they"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Document:
    """One input text with its metadata.

    ``id`` is the input's own id (JSONL) or the file name; ``date`` is an ISO
    date (``YYYY-MM-DD``) used to resolve relative dates such as "on Monday".
    """

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to an actor."""

    text: str
    start: int
    end: int
    kind: MentionKind
    label: str  # spaCy NER label, or the rule that found it ("GAZETTEER", "PRON" …)
    sentence: int  # index of the sentence in the spaCy Doc


@dataclass(frozen=True)
class Actor:
    """A real-world actor, resolved across mentions and linked where known.

    ``id`` is a stable slug used in IRIs: it is derived from the Wikidata QID
    when the actor is linked, else from its type and normalised label, so the
    same actor gets the same id in every document and every run.
    """

    id: str
    label: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    qid: str | None = None  # Wikidata QID, e.g. "Q22686"
    iso: str | None = None  # ISO 3166-1 alpha-3 for states, e.g. "VEN"
    cameo: str | None = None  # CAMEO-style actor code, e.g. "USAGOV", "VENMIL", "CRM"
    country: str | None = None  # ISO 3166-1 alpha-3 of the country it belongs to
    office: str | None = None  # for leaders: "President of the United States"
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a relation was read: the sentence and the trigger inside it."""

    sentence: str
    start: int  # sentence offsets in the document text
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


@dataclass(frozen=True)
class Relation:
    """A typed, directed claim ``subject predicate object`` read from one sentence.

    ``predicate`` is the ontology property's local name (``designates``,
    ``targets``, ``proposesTalksWith`` …). A negated or hypothetical relation
    is kept as an event but never becomes a direct actor→actor edge.
    """

    id: str  # deterministic: hash of doc, predicate, actors and offsets
    doc_id: str
    subject: str  # Actor.id
    predicate: str
    object: str  # Actor.id
    evidence: Evidence
    cameo: str | None = None  # CAMEO event code (root at least), e.g. "036"
    plover: str | None = None  # PLOVER category, e.g. "CONSULT"
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    date: str | None = None  # ISO date when resolvable
    confidence: float = 1.0
    attributed_to: str | None = None  # who reports it: "Axios", an Actor.id or a phrase
    # ("designation", "Foreign Terrorist Organization"), ("quantity", "at least 21 vessels")
    attributes: tuple[tuple[str, str], ...] = ()
    extractor: str = "kgraph"

    @property
    def asserted(self) -> bool:
        """Return True when the relation may become a direct actor→actor edge."""
        return not self.negated and self.modality in (Modality.ASSERTED, Modality.REPORTED)


@dataclass(frozen=True)
class DocumentExtraction:
    """Everything read from one document."""

    document: Document
    actors: tuple[Actor, ...] = ()
    relations: tuple[Relation, ...] = ()
    model: str = ""  # the spaCy pipeline used, "en_core_web_md 3.7.1"
    extractor_version: str = ""
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class ActorIndex:
    """The actors of one document and which spaCy tokens refer to each.

    ``token_actor`` maps the index of every token inside a resolved mention
    (names, titles, demonyms, metonyms, nominals, pronouns) to an ``Actor.id``;
    the relation extractor reads arguments through it.
    """

    actors: tuple[Actor, ...] = ()
    token_actor: Mapping[int, str] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def actor_at(self, token_i: int) -> Actor | None:
        """Return the actor a token refers to, or None."""
        actor_id = self.token_actor.get(token_i)
        return self.actor(actor_id) if actor_id else None


# --- analytics results -------------------------------------------------------


@dataclass(frozen=True)
class ActorScore:
    """One actor's centrality scores (missing measures are absent from ``scores``)."""

    actor: str  # Actor.id
    label: str
    type: str
    qid: str | None
    scores: tuple[tuple[str, float], ...]  # (("pagerank", 0.12), ("degree", 5.0) …)

    def score(self, measure: str) -> float:
        """Return one measure's score, 0.0 when it was not computed."""
        return dict(self.scores).get(measure, 0.0)


@dataclass(frozen=True)
class PathHop:
    """One edge of a path, with the evidence that supports it."""

    source: str  # Actor.id
    source_label: str
    predicate: str
    target: str
    target_label: str
    forward: bool  # False when the hop walks an edge against its direction
    date: str | None
    modality: str
    negated: bool
    sentence: str
    doc_id: str
    event: str  # the event IRI


@dataclass(frozen=True)
class GraphPath:
    """A path between two actors, hop by hop."""

    hops: tuple[PathHop, ...]

    @property
    def length(self) -> int:
        """Return the number of hops."""
        return len(self.hops)


# --- reports -------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentInfo:
    """What a report says about one source document (read from its ``kg:Document`` node)."""

    id: str
    title: str | None = None
    date: str | None = None  # ISO date
    url: str | None = None
