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
from typing import Any

from kgraph.predicates import Predicate


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
    date (``YYYY-MM-DD``) used to resolve relative dates such as "on Monday";
    ``publisher`` lets first-person mentions ("we", "our") in a press release
    resolve to the body that issued it.
    """

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None
    publisher: str | None = None  # who issued the text: "US State Department", "Reuters"


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
class TextSpan:
    """A stretch of the document text: what it says and where (half-open offsets)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ActorMerge:
    """One cross-document merge: the actor ``merged`` became ``into``, by ``rule``.

    ``rule`` is ``qid``, ``cameo``, ``name`` (equal normalised names), ``fuzzy``
    (rapidfuzz similarity ``score`` of 0–100, with type and country agreeing) or
    ``part`` (a shorter name of the actor in the same document).
    """

    merged: str  # the Actor.id that is gone
    into: str  # the Actor.id that stands for both
    label: str  # the merged actor's label
    rule: str
    score: float = 100.0


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
    merged_from: tuple[ActorMerge, ...] = ()  # actors of other documents merged into this one


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
    predicate: Predicate
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
    subject_mention: TextSpan | None = None  # the words the subject was read from
    object_mention: TextSpan | None = None

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
    _by_id: Mapping[str, Actor] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # The relation stage looks actors up per token; keep that a dict lookup.
        object.__setattr__(self, "_by_id", {a.id: a for a in self.actors})

    def actor(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        return self._by_id.get(actor_id)

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

    @property
    def scores_dict(self) -> dict[str, float]:
        """Return the scores as ``{measure: value}``, in the order they were asked for."""
        return dict(self.scores)


@dataclass(frozen=True)
class ActorRecord:
    """An actor as an analytics result names it (a community member, say)."""

    id: str  # Actor.id
    label: str
    iri: str
    type: str
    qid: str | None = None


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


# --- RDF validation, SPARQL and the triple store -----------------------------


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of checking a graph against kgraph's SHACL shapes."""

    conforms: bool
    report: str  # pySHACL's text report
    violations: int  # number of sh:Violation results


@dataclass(frozen=True)
class QueryResult:
    """What a SPARQL query returned, independent of the engine that ran it.

    ``kind`` is ``"select"``, ``"ask"``, ``"construct"`` (also DESCRIBE) or
    ``"update"``. SELECT rows hold rdflib terms (``URIRef``, ``Literal`` …,
    all ``str`` subclasses) or ``None`` for an unbound variable, in the order
    of ``variables``. CONSTRUCT results are sorted N-Triples in ``graph``.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[str | None, ...], ...] = ()
    boolean: bool | None = None
    graph: bytes = b""
    truncated: bool = False  # a row limit left rows (triples) out

    def __len__(self) -> int:
        """Return the number of rows (triples for CONSTRUCT, 1 for ASK)."""
        if self.kind == "construct":
            return self.graph.count(b"\n")
        return 1 if self.kind == "ask" else len(self.rows)

    def as_dicts(self) -> list[dict[str, object]]:
        """Return SELECT rows as dicts of Python values (literals converted, IRIs as str).

        Every variable is a key of every row; an unbound one is ``None``.
        """
        out = []
        for row in self.rows:
            record: dict[str, object] = dict.fromkeys(self.variables)
            for name, term in zip(self.variables, row, strict=False):
                if term is None:
                    continue
                to_python = getattr(term, "toPython", None)
                value = to_python() if callable(to_python) else term
                record[name] = str(value) if type(value).__name__ == "URIRef" else value
            out.append(record)
        return out

    def dicts(self) -> list[dict[str, object]]:
        """Return :meth:`as_dicts` (deprecated name, kept for older scripts)."""
        import warnings

        warnings.warn("QueryResult.dicts() is deprecated: use as_dicts()", DeprecationWarning, 2)
        return self.as_dicts()

    def to_pandas(self) -> Any:
        """Return SELECT rows as a pandas DataFrame, one column per variable (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:
            from kgraph.errors import KGraphError

            raise KGraphError(
                "DataFrames need pandas: pip install 'kgraph[pandas]' (or pip install pandas)"
            ) from None
        return pd.DataFrame.from_records(self.as_dicts(), columns=list(self.variables))


@dataclass(frozen=True)
class QueryParameter:
    """One declared parameter of a named query (``# param: name type "description"``)."""

    name: str
    type: str  # "actor", "date", "predicate", "actortype", "iri", "literal", "integer"
    description: str = ""
    default: str | None = None
    required: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query shipped with kgraph, with its documented parameters."""

    name: str
    description: str
    text: str
    parameters: tuple[QueryParameter, ...] = ()
    path: str = ""

    def parameter(self, name: str) -> QueryParameter | None:
        """Return the parameter with this name, or None."""
        for p in self.parameters:
            if p.name == name:
                return p
        return None


@dataclass(frozen=True)
class StoreInfo:
    """A persistent triple store on disk and what it holds."""

    path: str
    triples: int  # quads, counting a triple once per named graph
    graphs: int
    seconds: float = 0.0  # load time


# --- evaluation against hand-labelled relations ------------------------------


@dataclass(frozen=True)
class GoldRelation:
    """One expected relation; actors are given as text (a name, alias or mention)."""

    subject: str
    predicate: str
    object: str
    negated: bool = False
    modality: str | None = None  # checked only when given


@dataclass(frozen=True)
class GoldDocument:
    """A text and every relation it is expected to yield."""

    id: str
    text: str
    relations: tuple[GoldRelation, ...] = ()
    date: str | None = None


@dataclass(frozen=True)
class Score:
    """Counts behind precision and recall (predictions and gold items counted apart)."""

    predicted: int = 0
    predicted_correct: int = 0
    gold: int = 0
    gold_found: int = 0

    @property
    def precision(self) -> float:
        """Return the share of predictions that match a gold relation."""
        return self.predicted_correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Return the share of gold relations that were found."""
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class EvaluationReport:
    """Micro-averaged scores overall and per relation type, with the errors listed."""

    overall: Score
    by_predicate: tuple[tuple[str, Score], ...] = ()
    documents: int = 0
    missed: tuple[str, ...] = ()  # gold relations not found, "doc: s predicate o"
    spurious: tuple[str, ...] = ()  # predictions matching no gold relation


@dataclass(frozen=True)
class GoldEvent:
    """One annotated relation of an evaluation set, in the dataset's own class.

    ``accepts`` lists the kgraph predicates that code it when the dataset says
    so (the event sets); empty means a prediction must carry the same class.
    A span is ``(start, end)`` in document characters, None when not given.
    """

    doc_id: str
    cls: str
    source: str
    target: str
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    source_names: tuple[str, ...] = ()  # other names of the source (coreference)
    target_names: tuple[str, ...] = ()
    symmetric: bool = False
    accepts: tuple[str, ...] = ()
    negated: bool = False
    modality: str | None = None  # checked only when given
    sentence: str = ""


@dataclass(frozen=True)
class EvaluationDocument:
    """A text to extract from and the relations annotated in it."""

    document: Document
    events: tuple[GoldEvent, ...] = ()


@dataclass(frozen=True)
class EvaluationError:
    """A gold relation that was missed, or a prediction that matched none."""

    kind: str  # "missed" or "false alarm"
    doc_id: str
    subject: str
    cls: str
    object: str
    sentence: str
    predicate: str = ""  # the kgraph predicate of a false alarm


@dataclass(frozen=True)
class DatasetEvaluation:
    """Scores of the extraction on one evaluation set, overall and per class."""

    dataset: str
    documents: int
    overall: Score
    by_class: tuple[tuple[str, Score], ...] = ()
    confusion: tuple[tuple[str, str, int], ...] = ()  # (predicted class, gold class, count)
    recall_only: bool = False
    note: str = ""
    errors: tuple[EvaluationError, ...] = ()
    seconds: float = 0.0
