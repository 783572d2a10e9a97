"""Word lists and small typing rules of the actors stage.

Kept apart from :mod:`kgraph.extract.mentions` and :mod:`kgraph.extract.actors` so that
the rules read as rules and the vocabulary as vocabulary. All lower case.

>>> keyword_type("Cartel de Los Soles"), keyword_type("Federal Aviation Office of Germany")
(<ActorType.CRIMINAL_ORGANIZATION: 'CriminalOrganization'>, <ActorType.GOVERNMENT: 'Government'>)
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Span

# --- finding mentions ---------------------------------------------------------------

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT"})
MILITARY_NOUNS = frozenset(
    {
        "military",
        "army",
        "navy",
        "forces",
        "troops",
        "soldiers",
        "marines",
        "warships",
        "militaries",
    }
)
GOVERNMENT_NOUNS = frozenset(
    {"government", "administration", "authorities", "regime", "officials", "official",
     "leadership", "cabinet", "diplomat", "diplomats", "governments", "regimes"}
)  # fmt: skip
ADMINISTRATION_NOUNS = frozenset({"administration", "government", "regime", "team", "cabinet"})
TITLE_WORDS = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "ayatollah",
     "supreme leader", "pope", "secretary-general", "secretary general", "dictator",
     "strongman", "leader", "crown prince", "emir", "sultan", "monarch"}
)  # fmt: skip
ANAPHOR_NOUNS = {
    "cartel": (ActorType.CRIMINAL_ORGANIZATION,),
    "gang": (ActorType.CRIMINAL_ORGANIZATION,),
    "syndicate": (ActorType.CRIMINAL_ORGANIZATION,),
    "regime": (ActorType.GOVERNMENT,),
    "government": (ActorType.GOVERNMENT,),
    "administration": (ActorType.GOVERNMENT,),
    "country": (ActorType.STATE,),
    "nation": (ActorType.STATE,),
    "military": (ActorType.MILITARY,),
    "army": (ActorType.MILITARY,),
    "alliance": (ActorType.INTERNATIONAL_ORGANIZATION,),
    "bloc": (ActorType.INTERNATIONAL_ORGANIZATION,),
    "group": (
        ActorType.ARMED_GROUP,
        ActorType.CRIMINAL_ORGANIZATION,
        ActorType.ORGANIZATION,
    ),
    "militia": (ActorType.ARMED_GROUP,),
    "movement": (ActorType.ARMED_GROUP, ActorType.ORGANIZATION),
    "organization": (ActorType.ORGANIZATION, ActorType.ARMED_GROUP),
    "organisation": (ActorType.ORGANIZATION, ActorType.ARMED_GROUP),
    "operation": (ActorType.MILITARY_OPERATION,),
    "campaign": (ActorType.MILITARY_OPERATION,),
    "offensive": (ActorType.MILITARY_OPERATION,),
    "outlet": (ActorType.MEDIA,),
    "newspaper": (ActorType.MEDIA,),
    "agency": (ActorType.ORGANIZATION, ActorType.GOVERNMENT),
    "company": (ActorType.ORGANIZATION,),
    "firm": (ActorType.ORGANIZATION,),
    "airline": (ActorType.ORGANIZATION,),
}
GROUP_HEADS = {
    "cartel": ActorType.CRIMINAL_ORGANIZATION,
    "cartels": ActorType.CRIMINAL_ORGANIZATION,
    "gang": ActorType.CRIMINAL_ORGANIZATION,
    "gangs": ActorType.CRIMINAL_ORGANIZATION,
    "mafia": ActorType.CRIMINAL_ORGANIZATION,
    "militants": ActorType.ARMED_GROUP,
    "rebels": ActorType.ARMED_GROUP,
    "insurgents": ActorType.ARMED_GROUP,
    "gunmen": ActorType.ARMED_GROUP,
    "fighters": ActorType.ARMED_GROUP,
    "jihadists": ActorType.ARMED_GROUP,
    "guerrillas": ActorType.ARMED_GROUP,
    "militia": ActorType.ARMED_GROUP,
    "militias": ActorType.ARMED_GROUP,
    "terrorists": ActorType.ARMED_GROUP,
    "extremists": ActorType.ARMED_GROUP,
    "separatists": ActorType.ARMED_GROUP,
    "paramilitaries": ActorType.ARMED_GROUP,
    "mercenaries": ActorType.ARMED_GROUP,
    "troops": ActorType.MILITARY,
    "soldiers": ActorType.MILITARY,
    "forces": ActorType.MILITARY,
    "airmen": ActorType.MILITARY,
    "sailors": ActorType.MILITARY,
    "traffickers": ActorType.GROUP,
    "smugglers": ActorType.GROUP,
    "protesters": ActorType.GROUP,
    "protestors": ActorType.GROUP,
    "demonstrators": ActorType.GROUP,
    "networks": ActorType.GROUP,
    "network": ActorType.GROUP,
    "vessels": ActorType.GROUP,
    "boats": ActorType.GROUP,
    "opposition": ActorType.GROUP,
    # civilians as the targets of violence (CAMEO's CVL actors)
    "civilians": ActorType.GROUP,
    "mourners": ActorType.GROUP,
    "worshippers": ActorType.GROUP,
    "villagers": ActorType.GROUP,
    "refugees": ActorType.GROUP,
    "pilgrims": ActorType.GROUP,
    # more:
    "police": ActorType.GROUP,
    "policemen": ActorType.GROUP,
    "people": ActorType.GROUP,
    "persons": ActorType.GROUP,
    "residents": ActorType.GROUP,
    "families": ActorType.GROUP,
    "children": ActorType.GROUP,
    "women": ActorType.GROUP,
    "students": ActorType.GROUP,
    "workers": ActorType.GROUP,
    "journalists": ActorType.GROUP,
    "reporters": ActorType.GROUP,
    "activists": ActorType.GROUP,
    "tribesmen": ActorType.GROUP,
    "migrants": ActorType.GROUP,
    "hostages": ActorType.GROUP,
    "prisoners": ActorType.GROUP,
    "detainees": ActorType.GROUP,
    "passengers": ActorType.GROUP,
    "farmers": ActorType.GROUP,
    "lawmakers": ActorType.GROUP,
    "legislators": ActorType.GROUP,
    "businesses": ActorType.GROUP,
    "parties": ActorType.GROUP,
    "voters": ActorType.GROUP,
    "citizens": ActorType.GROUP,
    "militiamen": ActorType.ARMED_GROUP,
    "bombers": ActorType.ARMED_GROUP,
    "attackers": ActorType.ARMED_GROUP,
    "assailants": ActorType.ARMED_GROUP,
}
# Heads that are only actors with a crime or terror word nearby ("drug-trafficking networks").
QUALIFIED_HEADS = frozenset({"networks", "network", "vessels", "boats"})
CRIME_WORD = re.compile(r"drug|narco|traffick|smuggl|terror|criminal|cartel|jihad|militant|cocaine")
DROP_MODIFIERS = frozenset(
    {"suspected", "alleged", "other", "several", "many", "some", "numerous", "various",
     "unidentified", "unknown", "unspecified", "unnamed", "more", "most", "few", "least",
     "at", "about", "nearly", "around", "over", "dozens", "hundreds", "thousands", "the", "a",
     "an", "these", "those", "this", "that", "its", "their", "his", "her", "our", "all", "both",
     "such"}
)  # fmt: skip
PRONOUNS = frozenset(
    {"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their",
     "theirs", "themselves", "its",
     # more:
     "it"}
)  # fmt: skip
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "around", "across", "inside", "within", "throughout",
     "into", "via", "through", "off", "from", "to", "toward", "towards"}
)  # fmt: skip
ACTOR_PREPS_AFTER = frozenset({"from", "to"})  # "pressure from Beijing", "ties to Caracas"
DEFINITE = frozenset({"the", "this", "that"})
# heads that stay with "coalition" in one mention: "Coalition military forces"
COALITION_MEMBERS = frozenset(
    {"forces", "force", "aircraft", "nations", "members", "troops", "military", "warplanes",
     "jets", "advisers", "advisors", "partners", "countries"}
)  # fmt: skip
PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "province", "region", "state", "port", "district",
     "island", "area", "border", "country", "point", "destination", "hub", "site", "home",
     "gateway", "location", "mainland", "venue", "meeting", "summit"}
)  # fmt: skip
COMMON_HEADS = (
    frozenset(ANAPHOR_NOUNS) | GOVERNMENT_NOUNS | frozenset(w for w in TITLE_WORDS if " " not in w)
)
HONORIFICS = frozenset(
    {"crown", "prince", "princess", "king", "queen", "president", "prime", "minister",
     "chancellor", "ayatollah", "sheikh", "emir", "general", "gen", "mr", "mrs", "ms", "dr",
     "sir", "lord", "pope", "supreme", "leader", "secretary", "senator", "sen", "rep",
     "governor", "vice", "former", "imam", "mullah", "grand", "sayyid", "colonel", "col",
     "admiral", "marshal", "field", "lt", "premier", "foreign", "defense", "defence"}
)  # fmt: skip
OFFICE_HEADS = frozenset({"secretary", "minister", "ministers", "secretaries", "undersecretary"})

# --- resolving mentions ------------------------------------------------------------

NER_TYPE = {
    "PERSON": ActorType.PERSON,
    "ORG": ActorType.ORGANIZATION,
    "GPE": ActorType.LOCATION,
    "LOC": ActorType.LOCATION,
    "FAC": ActorType.LOCATION,
    "NORP": ActorType.GROUP,
    "OPERATION": ActorType.MILITARY_OPERATION,
    "UNIT": ActorType.MILITARY,
    "EVENT": ActorType.MILITARY_OPERATION,
}
# last words that make a name a facility, whatever the words before it say
FACILITY_HEADS = frozenset(
    ("airfield", "airport", "airbase", "base", "camp", "barracks", "hospital", "port", "dam",
     "complex", "prison", "compound")
)  # fmt: skip
# Keywords that refine the type of an organisation the gazetteer does not know.
ORG_KEYWORDS: tuple[tuple[ActorType, tuple[str, ...]], ...] = (
    (ActorType.CRIMINAL_ORGANIZATION, ("cartel", "gang", "mafia", "tren de", "clan del")),
    (ActorType.ARMED_GROUP, ("militia", "brigade", "brigades", "liberation", "jihad",
                             "mujahideen", "rebel", "rebels")),
    (ActorType.MEDIA, ("news", "times", "post", "journal", "herald", "tribune", "gazette",
                       "press", "radio", "television", "tv", "broadcasting", "register",
                       "mail", "telegraph", "insider")),
    (ActorType.MILITARY, ("army", "navy", "air force", "armed forces", "defense forces",
                          "defence forces", "national guard", "marine corps", "military",
                          "security forces", "forces", "battalion", "regiment", "battery",
                          "squadron", "platoon", "task force", "expeditionary")),
    (ActorType.ORGANIZATION, ("air", "airline", "airlines", "airways", "bank", "company", "corp",
                              "inc", "ltd", "party", "university", "association", "foundation",
                              "institute", "group", "council")),
    (ActorType.GOVERNMENT, ("ministry", "department", "government", "parliament", "congress",
                            "senate", "assembly", "office", "bureau", "commission", "court",
                            "police", "cabinet", "presidency")),
)  # fmt: skip
ORG_PATTERNS = tuple(
    (type_, re.compile(r"\b(?:" + "|".join(re.escape(w.strip()) for w in words) + r")\b", re.I))
    for type_, words in ORG_KEYWORDS
)
GOVERNMENT_TITLES = frozenset(
    {"president", "minister", "premier", "chancellor", "secretary", "ambassador", "governor",
     "king", "queen", "emir", "sultan", "envoy", "spokesman", "spokeswoman", "spokesperson",
     "official", "diplomat", "leader"}
)  # fmt: skip
PERSON_NOUNS = GOVERNMENT_TITLES | frozenset(
    {"rapporteur", "director", "chief", "head", "commander", "lawyer", "journalist", "activist",
     "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "founder",
     "chairman", "chairwoman", "ceo", "general", "colonel", "senator", "representative", "mayor",
     "judge", "prosecutor", "candidate", "former", "cleric", "adviser", "advisor", "aide"}
)  # fmt: skip
MEDIA_NOUNS = frozenset(
    {"news", "newspaper", "broadcaster", "channel", "outlet", "daily", "tabloid", "magazine",
     "television", "radio", "website"}
)  # fmt: skip
ORG_NOUNS = frozenset(
    {"company", "firm", "airline", "carrier", "bank", "party", "organisation", "organization",
     "charity", "ngo", "university", "corporation", "manufacturer", "group"}
)  # fmt: skip
SECTOR = {
    ActorType.GOVERNMENT: "GOV",
    ActorType.MILITARY: "MIL",
    ActorType.MEDIA: "MED",
    ActorType.CRIMINAL_ORGANIZATION: "CRM",
    ActorType.ARMED_GROUP: "REB",
}
OFFICIAL_FORCES = frozenset(
    {"government", "security", "military", "army", "federal", "special", "state", "national",
     "armed", "coalition", "allied", "naval", "police"}
)  # fmt: skip
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
POSSESSIVES = frozenset({"his", "her"})
GROUP_TYPES = frozenset(
    {ActorType.GROUP, ActorType.ARMED_GROUP, ActorType.CRIMINAL_ORGANIZATION, ActorType.MILITARY}
)
PLURAL_TYPES = GROUP_TYPES | {ActorType.GOVERNMENT}  # "U.S. officials … they"
MEMBER_OWNERS = frozenset(
    {ActorType.ARMED_GROUP, ActorType.CRIMINAL_ORGANIZATION, ActorType.MILITARY}
)
NON_AGENT = frozenset({ActorType.PERSON, ActorType.LOCATION, ActorType.MILITARY_OPERATION})
ANAPHOR_WINDOW = 3  # sentences
LEADER_WORDS = frozenset({"leader", "strongman", "dictator", "ruler", "autocrat"})
TYPE_ORDER = {t: i for i, t in enumerate(ActorType)}


def winner(votes: Counter[ActorType]) -> ActorType:
    """Return the type with most votes (ties: the earlier ActorType)."""
    if not votes:
        return ActorType.ORGANIZATION
    return max(votes, key=lambda t: (votes[t], -TYPE_ORDER[t]))


def keyword_type(name: str) -> ActorType | None:
    """Return the type a name's own words give away ("... Cartel", "Ministry of ...")."""
    if name.startswith("Operation ") and len(name.split()) > 1:
        return ActorType.MILITARY_OPERATION
    if name.split()[-1].lower() in FACILITY_HEADS:
        return ActorType.LOCATION  # "Tiyas Military Airfield" is a place, not the military
    for type_, pattern in ORG_PATTERNS:
        if pattern.search(name):
            return type_
    return None


def noun_type(span: Span) -> ActorType | None:
    """Return the type a descriptive noun phrase gives away ("news agency" → MEDIA)."""
    words = {t.lower_ for t in span}
    if words & MEDIA_NOUNS:
        return ActorType.MEDIA
    if words & ORG_NOUNS:
        return ActorType.ORGANIZATION
    if words & PERSON_NOUNS:
        return ActorType.PERSON
    return None


# more:
# CAMEO sector of an unnamed group by its head noun, after the Phoenix agent dictionary
# (PETRARCH2, MIT licence): "POLICE [~COP]", "CIVILIAN [~CVL]", "PROTESTER [~OPP]" …
GROUP_SECTORS = {
    "police": "COP", "policemen": "COP",
    "civilians": "CVL", "people": "CVL", "persons": "CVL", "residents": "CVL",
    "families": "CVL", "children": "CVL", "women": "CVL", "villagers": "CVL",
    "mourners": "CVL", "worshippers": "CVL", "pilgrims": "CVL", "passengers": "CVL",
    "hostages": "CVL", "voters": "CVL", "citizens": "CVL", "tribesmen": "CVL",
    "refugees": "REF", "migrants": "REF",
    "protesters": "OPP", "protestors": "OPP", "demonstrators": "OPP", "opposition": "OPP",
    "activists": "OPP",
    "rebels": "REB", "insurgents": "REB", "militants": "REB", "fighters": "REB",
    "gunmen": "REB", "militiamen": "REB", "bombers": "REB", "attackers": "REB",
    "assailants": "REB", "militias": "REB", "militia": "REB", "guerrillas": "REB",
    "jihadists": "REB", "separatists": "SEP", "extremists": "RAD", "terrorists": "REB",
    "troops": "MIL", "soldiers": "MIL", "forces": "MIL", "airmen": "MIL", "sailors": "MIL",
    "students": "EDU", "workers": "LAB", "farmers": "AGR",
    "journalists": "MED", "reporters": "MED",
    "lawmakers": "LEG", "legislators": "LEG",
    "businesses": "BUS", "parties": "PTY",
    "prisoners": "CVL", "detainees": "CVL",
}  # fmt: skip
# heads that are actors only when counted: "49 people", "dozens of people"
COUNTED_HEADS = frozenset({"people", "persons"})
