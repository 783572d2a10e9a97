"""The relation vocabulary: each predicate's CAMEO code, PLOVER category and family.

One table serves every stage: the extractor stamps codes on relations, the RDF
builder writes them, analytics filters by family and the pictures colour by it.
CAMEO codes follow the CAMEO 1.1b3 manual (Schrodt et al.); PLOVER categories
follow PLOVER 0.5b1 (Open Event Data Alliance).

>>> RELATIONS["proposesTalksWith"].cameo, RELATIONS["proposesTalksWith"].plover
('036', 'AGREE')
>>> RELATIONS["targets"].family
'hostile'
"""

from __future__ import annotations

from dataclasses import dataclass

from kgraph.predicates import Predicate

HOSTILE = "hostile"
COOPERATIVE = "cooperative"
DIPLOMATIC = "diplomatic"
STANDING = "standing"
FAMILIES = (HOSTILE, COOPERATIVE, DIPLOMATIC, STANDING)


@dataclass(frozen=True)
class RelationKind:
    """One relation type of the ontology."""

    name: Predicate  # the ontology property's local name
    label: str
    cameo: str | None  # CAMEO event code; None for standing relations
    plover: str | None
    family: str
    symmetric: bool = False
    example: str = ""


def _k(
    name: Predicate,
    label: str,
    cameo: str | None,
    plover: str | None,
    family: str,
    example: str,
    symmetric: bool = False,
) -> RelationKind:
    return RelationKind(name, label, cameo, plover, family, symmetric, example)


_KINDS = (
    # 01–05: statements, appeals, intent, consultation, diplomatic cooperation
    _k(
        "makesStatementAbout",
        "makes statement about",
        "010",
        None,
        DIPLOMATIC,
        "The minister commented on Iran's nuclear programme.",
    ),
    _k(
        "appealsTo",
        "appeals to",
        "020",
        "DEMAND",
        DIPLOMATIC,
        "The UN urged Israel to allow aid into Gaza.",
    ),
    _k(
        "expressesIntentToCooperateWith",
        "expresses intent to cooperate with",
        "030",
        "AGREE",
        COOPERATIVE,
        "Hungary agreed to cooperate with Romania on refugees.",
    ),
    _k(
        "proposesTalksWith",
        "proposes talks with",
        "036",
        "AGREE",
        DIPLOMATIC,
        "Trump plans a direct conversation with Maduro.",
    ),
    _k(
        "consultsWith",
        "consults with",
        "040",
        "CONSULT",
        DIPLOMATIC,
        "Putin spoke by telephone with Erdogan.",
        symmetric=True,
    ),
    _k(
        "meetsWith",
        "meets with",
        "043",
        "CONSULT",
        DIPLOMATIC,
        "Blinken met Wang Yi in Beijing.",
        symmetric=True,
    ),
    _k(
        "negotiatesWith",
        "negotiates with",
        "046",
        "CONSULT",
        DIPLOMATIC,
        "Iran negotiated with the EU over its nuclear programme.",
        symmetric=True,
    ),
    _k(
        "cooperatesWith",
        "cooperates with",
        "050",
        "COOPERATE",
        COOPERATIVE,
        "France and Germany cooperated on the proposal.",
        symmetric=True,
    ),
    _k(
        "praises",
        "praises",
        "051",
        "SUPPORT",
        COOPERATIVE,
        "The president praised Japan for its support.",
    ),
    _k(
        "signsAgreementWith",
        "signs agreement with",
        "057",
        "AGREE",
        COOPERATIVE,
        "Turkey signed a maritime deal with Libya.",
        symmetric=True,
    ),
    # 06–09: material cooperation, aid, yield, investigate
    _k(
        "cooperatesMateriallyWith",
        "cooperates materially with",
        "060",
        "COOPERATE",
        COOPERATIVE,
        "Colombia shared intelligence with the United States.",
    ),
    _k(
        "providesAidTo",
        "provides aid to",
        "070",
        "AID",
        COOPERATIVE,
        "Japan sent humanitarian aid to Turkey.",
    ),
    _k(
        "yieldsTo",
        "yields to",
        "080",
        "CONCEDE",
        COOPERATIVE,
        "The government eased restrictions on the opposition.",
    ),
    _k("releases", "releases", "0841", "CONCEDE", COOPERATIVE, "Iran released the British tanker."),
    _k(
        "withdrawsFrom",
        "withdraws from",
        "087",
        "RETREAT",
        COOPERATIVE,
        "Russia withdrew its troops from Kherson.",
    ),
    _k(
        "investigates",
        "investigates",
        "090",
        "INVESTIGATE",
        DIPLOMATIC,
        "The UN investigated the Syrian government over the attack.",
    ),
    # 10–14: demand, disapprove, reject, threaten, protest
    _k(
        "demands",
        "demands",
        "100",
        "DEMAND",
        DIPLOMATIC,
        "The EU demanded that Belarus release the journalist.",
    ),
    _k(
        "criticizes",
        "criticizes",
        "111",
        "DISAPPROVE",
        HOSTILE,
        "Germany criticized Turkey's offensive in Syria.",
    ),
    _k(
        "accuses",
        "accuses",
        "112",
        "DISAPPROVE",
        HOSTILE,
        "Iran accused the United States of economic terrorism.",
    ),
    _k("rejects", "rejects", "120", "REJECT", HOSTILE, "Maduro rejected the opposition's demands."),
    _k(
        "threatens",
        "threatens",
        "130",
        "THREATEN",
        HOSTILE,
        "North Korea threatened Japan with missile tests.",
    ),
    _k(
        "protestsAgainst",
        "protests against",
        "140",
        "PROTEST",
        HOSTILE,
        "Thousands of protesters demonstrated against the government.",
    ),
    # 15–17: force posture, reduce relations, coerce
    _k(
        "mobilizesAgainst",
        "mobilizes against",
        "150",
        "MOBILIZE",
        HOSTILE,
        "Russia massed troops on the border with Ukraine.",
    ),
    _k(
        "reducesRelationsWith",
        "reduces relations with",
        "160",
        "SANCTION",
        HOSTILE,
        "Saudi Arabia cut diplomatic ties with Qatar.",
    ),
    _k(
        "sanctions", "sanctions", "163", "SANCTION", HOSTILE, "The US and the EU sanctioned Russia."
    ),
    _k(
        "coerces",
        "coerces",
        "170",
        "COERCE",
        HOSTILE,
        "Police seized the opposition party's offices.",
    ),
    _k(
        "designates",
        "designates",
        "172",
        "COERCE",
        HOSTILE,
        "The United States designated the Cartel de Los Soles a terrorist organisation.",
    ),
    _k("arrests", "arrests", "173", "COERCE", HOSTILE, "Turkish police arrested the journalist."),
    _k("expels", "expels", "174", "COERCE", HOSTILE, "Poland expelled Russian diplomats."),
    # 18–20: assault, fight
    _k("assaults", "assaults", "180", "ASSAULT", HOSTILE, "Gunmen abducted three aid workers."),
    _k("kills", "kills", "186", "ASSAULT", HOSTILE, "A US drone strike killed Qasem Soleimani."),
    _k(
        "fightsAgainst",
        "fights against",
        "190",
        "FIGHT",
        HOSTILE,
        "Government forces clashed with rebels near Idlib.",
    ),
    _k(
        "targets",
        "targets",
        "190",
        "FIGHT",
        HOSTILE,
        "US strikes targeted drug-trafficking networks.",
    ),
    _k(
        "attacks",
        "attacks",
        "190",
        "FIGHT",
        HOSTILE,
        "Turkey attacked Kurdish forces in north-east Syria.",
    ),
    # standing relations (not events; no CAMEO code)
    _k("leads", "leads", None, None, STANDING, "Nicolás Maduro, president of Venezuela"),
    _k("memberOf", "member of", None, None, STANDING, "Germany, a member of NATO"),
    _k(
        "affiliatedWith",
        "affiliated with",
        None,
        None,
        STANDING,
        "the cartel, tied to Maduro's regime",
    ),
    _k(
        "conductedBy",
        "conducted by",
        None,
        None,
        STANDING,
        "Operation Southern Spear, the US military campaign",
    ),
    _k("partOf", "part of", None, None, STANDING, "the Quds Force of Iran's Revolutionary Guard"),
    _k("controls", "controls", None, None, STANDING, "the Taliban control Kandahar"),
    _k(
        "alliedWith",
        "allied with",
        None,
        None,
        STANDING,
        "Hezbollah, Iran's ally in Lebanon",
        symmetric=True,
    ),
)

RELATIONS: dict[str, RelationKind] = {k.name: k for k in _KINDS}

CAMEO_ROOT_LABELS = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}


def cameo_root(code: str | None) -> str | None:
    """Return the two-digit CAMEO root of an event code.

    >>> cameo_root("0362")
    '03'
    """
    return code[:2] if code else None


def family_of(predicate: str) -> str:
    """Return the family (hostile, cooperative, diplomatic, standing) of a predicate."""
    kind = RELATIONS.get(predicate)
    return kind.family if kind else DIPLOMATIC


if __name__ == "__main__":  # the block of kgraph/predicates.py that types these names
    from kgraph.predicates import render_literal

    print(render_literal(tuple(RELATIONS)))
