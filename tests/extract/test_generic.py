"""Generic actors: unnamed groups with their CAMEO sector and country (real spaCy pipeline)."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.mentions.generic import group_sector
from kgraph.extract.pipeline import extract_text

# sentence, group phrase, CAMEO actor code
GROUPS = [
    ("Gunmen killed 49 people in a market in Kano.", "people", "CVL"),
    ("Bandits abducted 80 schoolchildren in Zamfara.", "schoolchildren", "EDU"),
    ("Twelve U.S. senators urged Rubio to act.", "U.S. senators", "USALEG"),
    ("British MPs criticized the minister.", "British MPs", "GBRLEG"),
    ("The police arrested dozens of protesters in Nairobi.", "police", "COP"),
    ("The police arrested dozens of protesters in Nairobi.", "protesters", "OPP"),
    ("Kenyan police fired on the demonstrators.", "Kenyan police", "KENCOP"),
    ("Iraqi civilians were killed by the militants.", "Iraqi civilians", "IRQCVL"),
    ("Hundreds of refugees crossed into Chad.", "refugees", "REF"),
    ("Soldiers detained three Thai workers.", "Thai workers", "THALAB"),
    # occupations, with the agent dictionary's sector
    ("The army arrested twelve teachers in Harare.", "teachers", "ZWEEDU"),
    ("Police beat up lawyers outside the court.", "lawyers", "JUD"),
    ("Gunmen kidnapped two nurses near the clinic.", "nurses", "HLH"),
    # religious and ethnic communities, with the state before them
    ("Gunmen attacked Muslims leaving a mosque.", "Muslims", "MUS"),
    ("Troops fired on Moslems gathered outside the mosque.", "Moslems", "MUS"),
    ("Pakistani Christians marched through the city.", "Pakistani Christians", "PAKCHR"),
    ("Some 5,000 Syrian Kurds fled across the border.", "Syrian Kurds", "SYR"),
    ("Ethnic Albanians in Serbia demanded more autonomy.", "ethnic Albanians", "SRB"),
    # groups named by what they are, with the place they are in
    ("Opposition groups in Kenya called for a boycott.", "opposition groups", "KENOPP"),
    ("Human rights groups condemned the verdict.", "human rights groups", "HRI"),
    ("Students across Chile marched on Thursday.", "students", "CHLEDU"),
    ("Refugees from Sudan crossed into Chad.", "refugees", "SDNREF"),
    ("Jewish settlers attacked a village.", "Jewish settlers", "CVL"),
    ("Iraqi groups condemned the bombing of the embassy.", "Iraqi groups", "IRQ"),
    ("A human rights group accused the police of torture.", "human rights group", "HRI"),
    ("An opposition group called for a boycott of the vote.", "opposition group", "OPP"),
]

# sentence, subject, predicate, object
RELATIONS = [
    ("Gunmen killed at least 49 people in a market in Kano.", "gunmen", "kills", "people"),
    ("Hundreds of people were killed by Syrian troops.", "Syrian troops", "kills", "people"),
    ("The police arrested dozens of protesters in Nairobi.", "police", "arrests", "protesters"),
    ("Iraqi civilians were killed by ISIS fighters.", "ISIS", "kills", "Iraqi civilians"),
    ("Burundian militiamen killed 20 villagers.", "Burundian militiamen", "kills", "villagers"),
    # people who undergo violence are a group, counted or not
    ("Gunmen shot and killed people on the train.", "gunmen", "kills", "people"),
    ("The militants killed people in the market.", "militants", "kills", "people"),
    ("Insurgents attacked US personnel near the airport.", "insurgents", "attacks", "US personnel"),
    ("Palestinian gunmen fired on Israeli settlers.", "Palestinian gunmen", "attacks", "settlers"),
    ("Rebel groups attacked the town of Goma.", "rebel groups", "attacks", "Goma"),
    # people told to act are a group, counted or not
    (
        "Kenyan police urged people to avoid the city centre.",
        "Kenyan police",
        "appealsTo",
        "people",
    ),
    ("President Ruto called on people to remain calm.", "Ruto", "appealsTo", "people"),
    (
        "The Health Ministry urged the public to wear masks.",
        "Health Ministry",
        "appealsTo",
        "public",
    ),
]

# sentence, mention text, the actor it is: a state's service members are its military
MILITARY = [
    (
        "A rocket attack wounded three US service members.",
        "service members",
        "Military of the United States",
    ),
    (
        "Militants ambushed British servicemen near the border.",
        "servicemen",
        "Military of the United Kingdom",
    ),
    # each state of a coordinated pair before a military noun is its military
    ("Kenyan and Somali troops attacked al-Shabab.", "Kenyan", "Military of Kenya"),
    ("Kenyan and Somali troops attacked al-Shabab.", "Somali troops", "Military of Somalia"),
]

# sentence, subject, predicate, object that must not be read
MUST_NOT = [
    # a place's groups are in it, no affiliates of it
    ("Africa's ruling parties are becoming bolder.", "ruling parties", "affiliatedWith", "Africa"),
    # a civilian group is not the armed group named before it
    (
        "Militants released dozens of Baloch passengers.",
        "militants",
        "releases",
        "Baloch Liberation Army",
    ),
    # a possessor of farmers or children is no tie
    (
        "Cameroon's poultry farmers are calling for help.",
        "poultry farmers",
        "affiliatedWith",
        "Cameroon",
    ),
]

# sentence, a phrase that must not be an actor
NOT_ACTORS = [
    ("People say the army attacked the town.", "People"),
    ("The Iranian people deserve better, Pompeo said.", "people"),
    ("Many people believe the election was rigged.", "people"),
    ("Obama said the public deserves answers.", "public"),
    # neither thanks nor a safety warning tells people to act as a party
    ("The mayor thanked people for their patience.", "people"),
    ("The Chinese government warned people to stay indoors.", "people"),
    # groups the words do not say what they are
    ("The two groups signed a truce in March.", "groups"),
    ("Several groups condemned the bombing.", "groups"),
    # a group said of another, a quantity, an anaphor: no group of its own
    ("Al-Shabab is a militant group based in Somalia.", "militant group"),
    ("Kenya has designated the movement a terrorist group.", "terrorist group"),
    ("The court declared it a criminal group.", "criminal group"),
    ("A small group of protesters gathered outside parliament.", "small group"),
    # "ethnic" before a demonym: a people, not the state
    ("Ethnic Albanians protested in the town.", "Albanians"),
    ("Ethnic tensions rose after the riots.", "Ethnic tensions"),
    ("The riots deepened ethnic divisions in the city.", "ethnic divisions"),
]

# sentence, group label, a country it must not have: troops in a country are not its own
NOT_COUNTRY = [
    ("NATO troops in Afghanistan killed two insurgents.", "NATO troops", "AFG"),
    ("Foreign fighters in Syria attacked the town.", "foreign fighters", "SYR"),
    ("Somali refugees in Kenya protested against the camp closure.", "Somali refugees", "KEN"),
    ("Refugees in Kenya protested against the camp closure.", "refugees", "KEN"),
    ("Arab foreign ministers in Cairo condemned the attack.", "Arab foreign ministers", "EGY"),
]

# sentence, the anaphor's text, the actor it refers to: a named group, not a plural group after it
ANAPHORS = [
    (
        "The Ogaden National Liberation Front is one of several rebel groups in the region. "
        "The separatist group attacked an army base in Jijiga.",
        "separatist group",
        "Ogaden National Liberation Front",
    ),
    (
        "The Ogaden National Liberation Front and other armed groups operate in the region. "
        "The group attacked an army base in Jijiga.",
        "group",
        "Ogaden National Liberation Front",
    ),
]

# sentence: "opposition" names a stance, no group; then a state's opposition, a group
STANCES = [
    "Russia's opposition to the plan angered France.",
    "The United Nations cited the Taliban's opposition and withdrew the invitation.",
]


@pytest.mark.parametrize("sentence", STANCES)
def test_an_opposition_to_something_is_no_group(nlp, sentence):
    ex = extract_text(sentence, nlp=nlp)
    assert not any(a.label == "opposition" for a in ex.actors), [a.label for a in ex.actors]


def test_a_state_s_opposition_is_a_group(nlp):
    ex = extract_text("Venezuela's opposition boycotted the vote.", nlp=nlp)
    assert any(a.label == "opposition" for a in ex.actors), [a.label for a in ex.actors]


def _labels(ex):
    return {a.label: a for a in ex.actors}


@pytest.mark.parametrize(("sentence", "phrase", "code"), GROUPS)
def test_group_actor_has_sector_and_country(nlp, sentence, phrase, code):
    ex = extract_text(sentence, nlp=nlp)
    actor = _labels(ex).get(phrase)
    assert actor is not None, sorted(_labels(ex))
    assert actor.cameo == code


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), RELATIONS)
def test_group_actors_take_part_in_relations(nlp, sentence, subject, predicate, obj):
    ex = extract_text(sentence, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    found = [
        r
        for r in ex.relations
        if r.predicate == predicate
        and actor_matches(subject, actors[r.subject])
        and actor_matches(obj, actors[r.object])
    ]
    assert found, [
        (actors[r.subject].label, r.predicate, actors[r.object].label) for r in ex.relations
    ]


@pytest.mark.parametrize(("sentence", "phrase"), NOT_ACTORS)
def test_uncounted_people_are_no_actor(nlp, sentence, phrase):
    ex = extract_text(sentence, nlp=nlp)
    assert not any(m.text == phrase for a in ex.actors for m in a.mentions)


@pytest.mark.parametrize(
    ("label", "sector"),
    [("Iraqi civilians", "CVL"), ("49 people", "CVL"), ("the police", "COP"), ("boats", None)],
)
def test_group_sector_reads_the_head(label, sector):
    assert group_sector(label) == sector


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), MUST_NOT)
def test_group_must_not(nlp, sentence, subject, predicate, obj):
    ex = extract_text(sentence, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    assert not [
        r
        for r in ex.relations
        if r.predicate == predicate
        and actor_matches(subject, actors[r.subject])
        and actor_matches(obj, actors[r.object])
    ]


@pytest.mark.parametrize(("sentence", "text", "label"), MILITARY)
def test_service_members_of_a_state_are_its_military(nlp, sentence, text, label):
    ex = extract_text(sentence, nlp=nlp)
    owners = [a.label for a in ex.actors if any(m.text == text for m in a.mentions)]
    assert owners == [label]


@pytest.mark.parametrize(("sentence", "label", "country"), NOT_COUNTRY)
def test_armed_groups_take_no_country_from_where_they_are(nlp, sentence, label, country):
    actor = _labels(extract_text(sentence, nlp=nlp)).get(label)
    assert actor is not None
    assert actor.country != country


@pytest.mark.parametrize(("sentence", "text", "label"), ANAPHORS)
def test_the_group_is_no_plural_group(nlp, sentence, text, label):
    ex = extract_text(sentence, nlp=nlp)
    owners = [a.label for a in ex.actors if any(m.text == text for m in a.mentions)]
    assert owners == [label]
