"""Generic actors: unnamed groups with their CAMEO sector and country (real spaCy pipeline)."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.mentions.generic import group_sector
from kgraph.extract.pipeline import extract_text

# sentence, group phrase, CAMEO actor code
GROUPS = [
    ("Gunmen killed 49 people in a market in Kano.", "people", "CVL"),
    ("The police arrested dozens of protesters in Nairobi.", "police", "COP"),
    ("The police arrested dozens of protesters in Nairobi.", "protesters", "OPP"),
    ("Kenyan police fired on the demonstrators.", "Kenyan police", "KENCOP"),
    ("Iraqi civilians were killed by the militants.", "Iraqi civilians", "IRQCVL"),
    ("Hundreds of refugees crossed into Chad.", "refugees", "REF"),
    ("Soldiers detained three Thai workers.", "Thai workers", "THALAB"),
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
]

# sentence, subject, predicate, object that must not be read
MUST_NOT = [
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
