"""Hand-written extractions shaped like the pipeline's output (no spaCy needed)."""

from __future__ import annotations

from kgraph.model import (
    Actor,
    ActorType,
    Document,
    DocumentExtraction,
    Evidence,
    Mention,
    MentionKind,
    Modality,
    Relation,
)

TEXT_1 = (
    "The United States designated the Cartel de Los Soles a Foreign Terrorist Organization "
    "on Monday. Trump plans a direct conversation with Maduro. "
    "According to Axios, US strikes targeted drug-trafficking networks, destroying "
    "21 narco-vessels. Nicolás Maduro, president of Venezuela, denounced the move. "
    "Washington did not sanction Maduro personally."
)

TEXT_2 = (
    "Maduro criticized Trump on Tuesday. The US could attack the cartel, officials said. "
    "The Treasury sanctioned Venezuela's state oil company."
)


def _mentions(text: str, *names: str) -> tuple[Mention, ...]:
    out = []
    for name in names:
        start = text.find(name)
        if start >= 0:
            out.append(Mention(name, start, start + len(name), MentionKind.NAME, "GPE", 0))
    return tuple(out)


def _evidence(text: str, sentence_start: str, trigger: str) -> Evidence:
    start = text.index(sentence_start)
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    t_start = text.index(trigger, start)
    return Evidence(text[start:end], start, end, trigger, t_start, t_start + len(trigger))


USA = Actor(
    "Q30",
    "United States",
    ActorType.STATE,
    aliases=("US", "Washington"),
    qid="Q30",
    iso="USA",
    cameo="USA",
    country="USA",
)
VEN = Actor("Q717", "Venezuela", ActorType.STATE, qid="Q717", iso="VEN", cameo="VEN", country="VEN")
MADURO = Actor(
    "Q57413",
    "Nicolás Maduro",
    ActorType.PERSON,
    aliases=("Maduro",),
    qid="Q57413",
    cameo="VENGOV",
    country="VEN",
    office="President of Venezuela",
)
TRUMP = Actor(
    "Q22686",
    "Donald Trump",
    ActorType.PERSON,
    aliases=("Trump",),
    qid="Q22686",
    cameo="USAGOV",
    country="USA",
    office="President of the United States",
)
CARTEL = Actor(
    "Q1097993",
    "Cartel de Los Soles",
    ActorType.CRIMINAL_ORGANIZATION,
    aliases=("the cartel",),
    qid="Q1097993",
    cameo="VENCRM",
    country="VEN",
)
NETWORKS = Actor("group-drug-trafficking-networks", "drug-trafficking networks", ActorType.GROUP)
TREASURY = Actor(
    "Q1501221",
    "United States Department of the Treasury",
    ActorType.GOVERNMENT,
    aliases=("the Treasury",),
    qid="Q1501221",
    cameo="USAGOV",
    country="USA",
)


def _actor(actor: Actor, text: str) -> Actor:
    names = (actor.label, *actor.aliases)
    return Actor(
        actor.id,
        actor.label,
        actor.type,
        actor.aliases,
        actor.qid,
        actor.iso,
        actor.cameo,
        actor.country,
        actor.office,
        _mentions(text, *names),
    )


def extraction_1() -> DocumentExtraction:
    """Return the first document: a designation, planned talks, reported strikes, a leader."""
    text = TEXT_1
    doc = Document(
        "news-001",
        text,
        date="2025-11-24",
        title="US designates cartel",
        url="https://example.org/news/001",
    )
    rels = (
        Relation(
            "d1-designates",
            doc.id,
            USA.id,
            "designates",
            CARTEL.id,
            _evidence(text, "The United States designated", "designated"),
            cameo="172",
            plover="COERCE",
            date="2025-11-24",
            confidence=0.9,
            attributes=(("designation", "Foreign Terrorist Organization"),),
        ),
        Relation(
            "d1-talks",
            doc.id,
            TRUMP.id,
            "proposesTalksWith",
            MADURO.id,
            _evidence(text, "Trump plans", "plans a direct conversation"),
            modality=Modality.PLANNED,
            confidence=0.8,
        ),
        Relation(
            "d1-targets",
            doc.id,
            USA.id,
            "targets",
            NETWORKS.id,
            _evidence(text, "According to Axios", "targeted"),
            modality=Modality.REPORTED,
            attributed_to="Axios",
            confidence=0.85,
            attributes=(("quantity", "21 narco-vessels"),),
        ),
        Relation(
            "d1-leads",
            doc.id,
            MADURO.id,
            "leads",
            VEN.id,
            _evidence(text, "Nicolás Maduro, president", "president"),
            confidence=0.95,
        ),
        Relation(
            "d1-sanctions",
            doc.id,
            USA.id,
            "sanctions",
            MADURO.id,
            _evidence(text, "Washington did not", "sanction"),
            negated=True,
            confidence=0.7,
        ),
    )
    actors = tuple(_actor(a, text) for a in (USA, VEN, MADURO, TRUMP, CARTEL, NETWORKS))
    return DocumentExtraction(doc, actors, rels, model="test", extractor_version="0.1.0")


def extraction_2() -> DocumentExtraction:
    """Return the second document: criticism, a hypothetical attack, a sanction."""
    text = TEXT_2
    doc = Document("news/002 long name.txt", text, date="2025-12-02")
    rels = (
        Relation(
            "d2-criticizes",
            doc.id,
            MADURO.id,
            "criticizes",
            TRUMP.id,
            _evidence(text, "Maduro criticized", "criticized"),
            date="2025-12-02",
        ),
        Relation(
            "d2-attacks",
            doc.id,
            USA.id,
            "attacks",
            CARTEL.id,
            _evidence(text, "The US could", "attack"),
            modality=Modality.HYPOTHETICAL,
            attributed_to="officials",
            confidence=0.6,
        ),
        Relation(
            "d2-sanctions",
            doc.id,
            TREASURY.id,
            "sanctions",
            VEN.id,
            _evidence(text, "The Treasury", "sanctioned"),
            date="2025-12-03",
        ),
    )
    actors = tuple(_actor(a, text) for a in (MADURO, TRUMP, USA, CARTEL, TREASURY, VEN))
    return DocumentExtraction(doc, actors, rels, model="test", extractor_version="0.1.0")


def sample_extractions() -> tuple[DocumentExtraction, ...]:
    """Return both sample documents in order."""
    return (extraction_1(), extraction_2())
