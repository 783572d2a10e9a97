"""Small hand-built projected graphs (the shape analytics.projection.project returns)."""

from __future__ import annotations

import networkx as nx

from kgraph.vocabulary import RELATIONS

DOCS = {
    "seed-1": ("Trump plans direct talk with Maduro", "2025-11-25", "https://example.org/a"),
    "seed-2": ("Strikes continue off Venezuela", "2025-11-26", "https://example.org/b"),
}

ACTORS = [
    # id, label, type, qid, iso, country, cameo, mentions
    ("Q22686", "Donald Trump", "Person", "Q22686", None, "USA", "USAGOV", 9),
    ("Q57413", "Nicolás Maduro", "Person", "Q57413", None, "VEN", "VENGOV", 12),
    ("Q30", "United States", "State", "Q30", "USA", "USA", "USA", 7),
    ("Q717", "Venezuela", "State", "Q717", "VEN", "VEN", "VEN", 6),
    ("Q5046398", "Cartel de Los Soles", "CriminalOrganization", "Q5046398", None, "VEN", "CRM", 4),
    (
        "op-southern-spear",
        "Operation Southern Spear",
        "MilitaryOperation",
        None,
        None,
        "USA",
        "USAMIL",
        2,
    ),
    ("group-traffickers", "drug-trafficking networks", "Group", None, None, None, "CRM", 3),
    (
        "Q11696",
        "Federal Register of the United States of America",
        "Media",
        "Q11696",
        None,
        "USA",
        "USAMED",
        1,
    ),
    ("Q1065", "United Nations", "InternationalOrganization", "Q1065", None, None, "IGOUNO", 2),
    ("Q739", "Colombia", "State", "Q739", "COL", "COL", "COL", 2),
]

EVENTS = [
    # key, s, predicate, o, modality, negated, date, doc, sentence
    (
        "e01",
        "Q22686",
        "proposesTalksWith",
        "Q57413",
        "planned",
        False,
        "2025-11-24",
        "seed-1",
        "President Donald Trump is reportedly planning a direct conversation with Maduro.",
    ),
    (
        "e02",
        "Q30",
        "targets",
        "group-traffickers",
        "asserted",
        False,
        "2025-11-24",
        "seed-1",
        "U.S. military operations continue targeting drug-trafficking networks.",
    ),
    (
        "e03",
        "Q30",
        "designates",
        "Q5046398",
        "asserted",
        False,
        "2025-11-24",
        "seed-1",
        "The Trump administration designated Cartel de Los Soles as a Foreign Terrorist "
        "Organization.",
    ),
    (
        "e04",
        "Q57413",
        "leads",
        "Q717",
        "asserted",
        False,
        None,
        "seed-1",
        "Venezuelan strongman Nicolás Maduro.",
    ),
    (
        "e05",
        "Q5046398",
        "affiliatedWith",
        "Q57413",
        "asserted",
        False,
        None,
        "seed-1",
        "Maduro's Cartel de Los Soles.",
    ),
    (
        "e06",
        "op-southern-spear",
        "conductedBy",
        "Q30",
        "asserted",
        False,
        None,
        "seed-1",
        "the ongoing U.S. campaign, Operation Southern Spear",
    ),
    (
        "e07",
        "Q30",
        "attacks",
        "group-traffickers",
        "asserted",
        False,
        "2025-11-25",
        "seed-2",
        "U.S. strikes destroyed at least 21 narco-vessels off Venezuela's coast.",
    ),
    (
        "e08",
        "Q30",
        "attacks",
        "group-traffickers",
        "reported",
        False,
        "2025-11-26",
        "seed-2",
        "Strikes hit two more boats, according to officials.",
    ),
    (
        "e09",
        "Q22686",
        "kills",
        "Q57413",
        "asserted",
        True,
        "2025-11-24",
        "seed-1",
        "Nobody is planning to go in and shoot him or snatch him.",
    ),
    ("e10", "Q22686", "leads", "Q30", "asserted", False, None, "seed-1", "President Donald Trump"),
    (
        "e11",
        "Q1065",
        "criticizes",
        "Q30",
        "asserted",
        False,
        "2025-11-26",
        "seed-2",
        "The UN criticised the strikes.",
    ),
    (
        "e12",
        "Q739",
        "cooperatesMateriallyWith",
        "Q30",
        "hypothetical",
        False,
        "2025-11-26",
        "seed-2",
        "Colombia could share intelligence with the United States.",
    ),
    (
        "e13",
        "Q717",
        "accuses",
        "Q30",
        "asserted",
        False,
        "2025-11-26",
        "seed-2",
        "Venezuela accused the United States of aggression.",
    ),
    (
        "e14",
        "Q30",
        "sanctions",
        "Q57413",
        "asserted",
        False,
        "2025-11-20",
        "seed-2",
        "Washington sanctioned Maduro again.",
    ),
    (
        "e15",
        "Q11696",
        "makesStatementAbout",
        "Q5046398",
        "asserted",
        False,
        "2025-11-24",
        "seed-1",
        "A statement in the Federal Register.",
    ),
    (
        "e16",
        "Q739",
        "meetsWith",
        "Q717",
        "asserted",
        False,
        "2025-11-26",
        "seed-2",
        "Colombia met Venezuela at the border.",
    ),
]


def sample_graph(
    *,
    label_overrides: dict[str, str] | None = None,
    sentence_overrides: dict[str, str] | None = None,
) -> nx.MultiDiGraph:
    """Return the sample projected graph; overrides inject hostile text for escaping tests."""
    G = nx.MultiDiGraph()
    for aid, label, typ, qid, iso, country, cameo, mentions in ACTORS:
        G.add_node(
            aid,
            label=(label_overrides or {}).get(aid, label),
            type=typ,
            qid=qid,
            iso=iso,
            country=country,
            cameo=cameo,
            aliases=(),
            mentions=mentions,
        )
    for key, s, p, o, modality, negated, date, doc, sentence in EVENTS:
        kind = RELATIONS[p]
        G.add_edge(
            s,
            o,
            key=key,
            predicate=p,
            family=kind.family,
            cameo=kind.cameo,
            plover=kind.plover,
            modality=modality,
            negated=negated,
            date=date,
            confidence=0.8,
            sentence=(sentence_overrides or {}).get(key, sentence),
            doc=doc,
            event=f"https://w3id.org/kgraph/event/{key}",
        )
    return G


def sample_documents():
    """Return DocumentInfo records for the sample graph's documents."""
    from kgraph.model import DocumentInfo

    return [DocumentInfo(id=k, title=t, date=d, url=u) for k, (t, d, u) in DOCS.items()]
