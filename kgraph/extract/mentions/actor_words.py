"""Word lists and small typing rules of the actors stage.

Kept apart from :mod:`kgraph.extract.mentions` and :mod:`kgraph.extract.actors` so that
the rules read as rules and the vocabulary as vocabulary. The words are data:
``kgraph/data/lexicon/classes.txt`` (word classes) and ``actor_nouns.tsv`` (nouns
and keywords with the actor types they give away); all lower case.

>>> keyword_type("Cartel de Los Soles"), keyword_type("Federal Aviation Office of Germany")
(<ActorType.CRIMINAL_ORGANIZATION: 'CriminalOrganization'>, <ActorType.GOVERNMENT: 'Government'>)
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import (
    shipped_actor_nouns,
    shipped_classes,
    shipped_group_sectors,
)
from kgraph.extract.lexicon.triggers import noun_trigger
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Span

_CLASSES = shipped_classes()
# the verbs of force whose object is the place hit, not who governs it
STRIKING_VERBS = _CLASSES["asset_force_verbs"] | _CLASSES["city_striking_verbs"]
STRUCK_PREDICATES = frozenset(("attacks", "targets"))
_NOUNS = shipped_actor_nouns()


def _org_keywords() -> tuple[tuple[ActorType, tuple[str, ...]], ...]:
    by_type: dict[ActorType, list[str]] = {}
    for word, types in _NOUNS["org_keyword"].items():
        by_type.setdefault(types[0], []).append(word)
    return tuple((type_, tuple(words)) for type_, words in by_type.items())


# --- finding mentions ---------------------------------------------------------------

NER_LABELS = _CLASSES["ner_labels"]
MILITARY_NOUNS = _CLASSES["military_body_nouns"]
GOVERNMENT_NOUNS = _CLASSES["government_nouns"]
ADMINISTRATION_NOUNS = _CLASSES["administration_nouns"]
TITLE_WORDS = _CLASSES["title_words"]
ANAPHOR_NOUNS = _NOUNS["anaphor"]
# one unnamed person ("a gunman", "the protester"), found as a group head is
PERSON_HEADS = {word: types[0] for word, types in _NOUNS["person_head"].items()}
GROUP_HEADS = {word: types[0] for word, types in _NOUNS["group_head"].items()} | PERSON_HEADS
# Heads that are only actors with a crime or terror word nearby ("drug-trafficking networks").
QUALIFIED_HEADS = _CLASSES["qualified_heads"]
# Heads that name a stance, not a group, with a "to" phrase or a body's possessive.
STANCE_HEADS = _CLASSES["stance_heads"]
CRIME_WORD = re.compile(r"drug|narco|traffick|smuggl|terror|criminal|cartel|jihad|militant|cocaine")
DROP_MODIFIERS = _CLASSES["drop_modifiers"]
PRONOUNS = _CLASSES["pronouns"]
LOCATIVE_PREPS = _CLASSES["locative_preps"]
ACTOR_PREPS_AFTER = _CLASSES["actor_preps_after"]
DEFINITE = _CLASSES["definite_determiners"]
# "the rival group", "the other militia": a description of another actor than the last
CONTRAST_MODIFIERS = _CLASSES["contrast_modifiers"]
# heads that stay with "coalition" in one mention: "Coalition military forces"
COALITION_MEMBERS = _CLASSES["coalition_members"]
PLACE_NOUNS = _CLASSES["place_nouns"]
PLACE_PARTICIPLES = _CLASSES["place_participles"]
DIRECTION_WORDS = _CLASSES["direction_words"]
VENUE_EVENT_NOUNS = _CLASSES["venue_event_nouns"]
COMMON_HEADS = (
    frozenset(ANAPHOR_NOUNS) | GOVERNMENT_NOUNS | frozenset(w for w in TITLE_WORDS if " " not in w)
)
HONORIFICS = _CLASSES["honorifics"]
OFFICE_HEADS = _CLASSES["office_heads"]

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
FACILITY_HEADS = _CLASSES["facility_heads"]
# Keywords that refine the type of an organisation the gazetteer does not know.
ORG_KEYWORDS = _org_keywords()
ORG_PATTERNS = tuple(
    (type_, re.compile(r"\b(?:" + "|".join(re.escape(w.strip()) for w in words) + r")\b", re.I))
    for type_, words in ORG_KEYWORDS
)
GOVERNMENT_TITLES = _CLASSES["government_titles"]
PERSON_NOUNS = GOVERNMENT_TITLES | _CLASSES["person_nouns"]
MEDIA_NOUNS = _CLASSES["media_nouns"]
PRIVATE_PERSON_NOUNS = _CLASSES["private_person_nouns"]
ORG_NOUNS = _CLASSES["organization_nouns"]
INSTITUTION_HEADS = FACILITY_HEADS | ORG_NOUNS | _CLASSES["institution_heads"]
SECTOR = {
    ActorType.GOVERNMENT: "GOV",
    ActorType.MILITARY: "MIL",
    ActorType.MEDIA: "MED",
    ActorType.CRIMINAL_ORGANIZATION: "CRM",
    ActorType.ARMED_GROUP: "REB",
}
OFFICIAL_FORCES = _CLASSES["official_force_words"]
MALE = _CLASSES["male_pronouns"]
FEMALE = _CLASSES["female_pronouns"]
PLURAL = _CLASSES["plural_pronouns"]
POSSESSIVES = _CLASSES["possessive_pronouns"]
GROUP_TYPES = frozenset(
    {ActorType.GROUP, ActorType.ARMED_GROUP, ActorType.CRIMINAL_ORGANIZATION, ActorType.MILITARY}
)
PLURAL_TYPES = GROUP_TYPES | {ActorType.GOVERNMENT}  # "U.S. officials … they"
MEMBER_OWNERS = frozenset(
    {ActorType.ARMED_GROUP, ActorType.CRIMINAL_ORGANIZATION, ActorType.MILITARY}
)
NON_AGENT = frozenset({ActorType.PERSON, ActorType.LOCATION, ActorType.MILITARY_OPERATION})
ANAPHOR_WINDOW = 3  # sentences
LEADER_WORDS = _CLASSES["leader_words"]
# "the ousted leader", "former President X": an office held before, not now
PAST_OFFICE_WORDS = _CLASSES["past_office_words"]
# "the son of X", "X's wife": another person than X
KINSHIP_NOUNS = _CLASSES["kinship_nouns"]
HEAD_OF_GOVERNMENT_TITLES = _CLASSES["head_of_government_titles"]
# "residents fled", "villagers died": who flees or suffers does not do the violence told next
UNDERGOER_VERBS = _CLASSES["undergoer_verbs"]
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


def struck_city(span: Span) -> bool:
    """Tell whether a capital is the place an act of force hits: "drones *attacked* Kyiv".

    The verbs of force on an asset or a city, and the attack nouns ("an air strike
    on Tripoli").

    Bombs and drones fall on the city, not on its government; "Kyiv said",
    "sanctions on Moscow" and "hit Moscow with sanctions" still name the government.
    """
    root = span.root
    head = root.head
    if root.dep_ == "dobj" or (root.dep_ == "nsubjpass" and head.pos_ == "VERB"):
        # "hit Moscow with sanctions": what a "with" phrase hits with may be no force
        armed = any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)
        return head.lemma_.lower() in STRIKING_VERBS and not armed
    if root.dep_ == "pobj" and head.lower_ in ("on", "against") and head.head.pos_ == "NOUN":
        trigger = noun_trigger(head.head.lemma_.lower())  # "an air strike on Tripoli"
        return trigger is not None and trigger.predicate in STRUCK_PREDICATES
    return False


def place_reference(span: Span) -> bool:
    """Tell whether a capital's name is used to say where, not who: the city, not its government.

    "300 km north of Mogadishu", "the capital, Khartoum", "the city of Khartoum",
    "X has more from Paris" (a reporter's dateline: "from" after no noun), "the Madrid
    talks" (the venue of an event).
    """
    root = span.root
    head = root.head
    if struck_city(span):
        return True
    if root.dep_ == "appos":
        return head.lemma_.lower() in PLACE_NOUNS
    if root.dep_ == "compound" and head.lower_ in VENUE_EVENT_NOUNS:
        return True  # "the Madrid talks": where they are held
    if root.dep_ != "pobj":
        return False
    if head.lower_ == "of":
        return head.head.lower_ in DIRECTION_WORDS or head.head.lemma_.lower() in PLACE_NOUNS
    return head.lower_ == "from" and head.head.pos_ in ("ADJ", "ADV")


def names_institution(span: Span) -> bool:
    """Tell whether a name only modifies an institution's or facility's noun.

    "the Kennedy School", "the Croix des Bouquets prison", "Blantyre Girls Primary
    School", "the Dadaab and Kakuma camps": a name before such a head is part of what
    the place or body is called, not a person acting (the tagger often reads it as one).
    """
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "both Dadaab and Kakuma camps"
    head = root.head
    while (
        head.dep_ in ("compound", "nmod") and head.is_title and head.head.i > head.i
    ):  # the rest of the name: "the Croix des Bouquets jail", the tagger's "Croix" alone
        root, head = head, head.head
    return (
        root.dep_ in ("compound", "nmod")
        and head.i >= span.end
        and head.lemma_.lower() in INSTITUTION_HEADS
    )


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


# CAMEO sector of an unnamed group by its head noun (data/lexicon/group_sectors.tsv)
GROUP_SECTORS = shipped_group_sectors()
# heads that are actors only when counted: "49 people", "dozens of people"
COUNTED_HEADS = _CLASSES["counted_heads"]
# heads that are actors only when harmed: "attacked members of the tribe", not "added two members"
HARMED_HEADS = _CLASSES["harmed_heads"]
# "members of Hamas" are Hamas: the "of" phrase's body, no group of their own
MEMBERSHIP_HEADS = _CLASSES["membership_heads"]
# "students throughout Indonesia": a group's place, whose country is the group's
GROUP_PLACE_PREPS = _CLASSES["group_place_preps"]
# "opposition groups": a head that needs a word saying what it is
DESCRIBED_HEADS = _CLASSES["described_heads"]
# "ethnic Albanians": a people, not the state its demonym names
ETHNIC_MARKERS = _CLASSES["ethnic_markers"]
# heads of other parties named by their tie to the possessor: "our partners"
COUNTERPART_HEADS = _CLASSES["counterpart_heads"]


def written_as_name(span: Span, table: str) -> bool:
    """Tell whether a span is written as a name: capitalised, a name's last word too.

    "visited Russia today" is no "Russia Today"; a metonym may end in a common noun
    ("the Trump administration").
    """
    words = [t for t in span if any(c.isalpha() for c in t.text)]
    if not words or not words[0].text[0].isupper():
        return False
    return table != "name" or words[-1].text[0].isupper()


def locative_use(span: Span) -> bool:
    """Tell whether a metonym names a place here, not who acts: "talks in Moscow"."""
    head = span.root.head
    # "a user from Beijing": where a private person is from, not who acts
    private = head.head.lower_ in PRIVATE_PERSON_NOUNS or (
        head.i > 0 and span.doc[head.i - 1].lower_ in PRIVATE_PERSON_NOUNS
    )
    return (
        span.root.dep_ == "pobj"
        and head.lower_ in LOCATIVE_PREPS
        and (head.lower_ not in ACTOR_PREPS_AFTER or head.head.pos_ == "VERB" or private)
    ) or place_reference(span)
