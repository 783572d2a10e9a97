"""Pronouns and definite descriptions resolve to the nearest compatible actor."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_text

# text, subject, predicate, object
CASES = [
    # people before "they" are no thing, even when not resolved themselves
    (
        "Iraqi officials said an airstrike killed an Islamic State leader. The officials also"
        " said they arrested seven additional IS members in Anbar.",
        "Iraq",
        "arrests",
        "Islamic State",
    ),
    (
        "Hamas said on Monday that it would free the hostages. It also released two Thai workers.",
        "Hamas",
        "releases",
        "Thai workers",
    ),
    ("Iran said the United States had attacked it.", "United States", "attacks", "Iran"),
    (
        "The Islamic State claimed the bombing. The group said its men had killed ten soldiers.",
        "Islamic State",
        "kills",
        "soldiers",
    ),
    (
        "The militants stormed the village. They killed 12 residents.",
        "militants",
        "kills",
        "residents",
    ),
    (
        "Maduro's regime cracked down on the opposition. The regime arrested dozens of students.",
        "Government of Venezuela",
        "arrests",
        "students",
    ),
    (
        "The European Union met in Brussels. It later sanctioned Belarus.",
        "European Union",
        "sanctions",
        "Belarus",
    ),
    # across sentences: the subjects before decide, nearest first; a subject of the
    # other number is passed over
    (
        "Hezbollah issued a statement on Sunday. It also freed three Syrian soldiers.",
        "Hezbollah",
        "releases",
        "Syrian soldiers",
    ),
    (
        "The Houthis fired drones at tankers on Sunday. The navy said damage was light."
        " They also attacked Israel.",
        "Houthis",
        "attacks",
        "Israel",
    ),
    (
        "The rebels seized the town on Monday. The army sent reinforcements. They later"
        " executed five soldiers.",
        "rebels",
        "kills",
        "soldiers",
    ),
    # an actor of the wrong type is passed over: a person is no "it"
    (
        "Cuba protested on Monday. Lula spoke on Tuesday. It later sanctioned Peru.",
        "Cuba",
        "sanctions",
        "Peru",
    ),
    # a definite description repeating a recent mention's head noun is that actor
    (
        "A gunman opened fire at a market on Monday. Police later arrested the gunman.",
        "police",
        "arrests",
        "gunman",
    ),
    (
        "A suicide bomber struck a market in Kabul. The bomber killed 12 people.",
        "suicide bomber",
        "kills",
        "people",
    ),
    (
        "Venezuela's opposition boycotted the vote. The opposition later urged citizens to"
        " protest.",
        "opposition",
        "appealsTo",
        "citizens",
    ),
    # "the army" with no army named before is the military of the state in view
    (
        "Fighting went on in northern Sudan. The army shelled rebel positions near the border.",
        "Military of Sudan",
        "attacks",
        "rebel",
    ),
    (
        "Pakistan held elections in February. The military arrested dozens of opposition"
        " activists.",
        "Military of Pakistan",
        "arrests",
        "activists",
    ),
]

# text, predicate, a subject or object that must not appear in that relation
MUST_NOT = [
    # "it" is the city, not the demonym before it
    ("Iraqi civilians fled the city after the militants attacked it.", "attacks", "Iraq"),
    # "it" is not the one told
    (
        "A spokesman for the ministry told Reuters it had been working with Thailand.",
        "cooperatesWith",
        "Reuters",
    ),
    # "they" in a quotation is no single speaker
    ('"They picked out ten more people and shot them," Ajmal said.', "assaults", "Ajmal"),
    # a military named before is what "the army" refers back to, not another state's
    (
        "Rwandan troops crossed into Congo. The army shelled rebel positions.",
        "attacks",
        "Military of the Democratic Republic of the Congo",
    ),
    # "it" is no person
    ("Putin visited the factory. Zelensky said it was bombed.", "attacks", "Putin"),
    # "they" stands for the nearest plural before it, the curbs, not the group they hit
    (
        "In his report, Smith condemned the harsh curbs on Afghan women, demanding they be"
        " immediately reversed.",
        "demands",
        "Afghan women",
    ),
    (
        "In a new report, Jane Okafor highlighted the junta's sweeping curbs on Burmese"
        " journalists' work, demanding they be immediately reversed.",
        "demands",
        "Burmese journalists",
    ),
    # no antecedent: a subject "they"/"it" with no actor before it is no actor
    ("They later attacked Israel.", "attacks", "Israel"),
    ("It later sanctioned Peru.", "sanctions", "Peru"),
    # the nearest subject of that number is a thing, or no actor: the search ends there
    ("The talks collapsed on Monday. They later attacked Israel.", "attacks", "Israel"),
    (
        "NATO held talks in Brussels. The meeting lasted hours. It later criticized Russia.",
        "criticizes",
        "NATO",
    ),
    (
        "The rebels seized the town. Witnesses said the fighting lasted hours. They later"
        " executed five soldiers.",
        "kills",
        "rebels",
    ),
    # incompatible number: a singular actor is no "they", a person no "it"
    ("Iran protested on Monday. They later attacked Israel.", "attacks", "Iran"),
    ("Maduro spoke on Monday. It arrested two activists.", "arrests", "Maduro"),
    # a coordinated pair is no single actor
    (
        "The rebels seized the town. The army and police sent reinforcements. They later"
        " executed five soldiers.",
        "kills",
        "rebels",
    ),
    # those who tell of the violence are no agent of it
    (
        "The passengers described the attack to reporters. They shot and killed people on"
        " the train.",
        "kills",
        "passengers",
    ),
    # another head noun is another one
    ("A gunman attacked a school on Monday. The bomber killed 12 people.", "kills", "gunman"),
    # beyond the window of three sentences
    (
        "Hamas fired rockets. The sirens sounded. Schools closed. Shops closed. It later"
        " freed two Thai workers.",
        "releases",
        "Hamas",
    ),
]


def _triples(ex):
    actors = {a.id: a for a in ex.actors}
    return [(actors[r.subject], r.predicate, actors[r.object]) for r in ex.relations]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_anaphor_resolves(nlp, text, subject, predicate, obj):
    triples = _triples(extract_text(text, nlp=nlp))
    assert any(
        p == predicate and actor_matches(subject, s) and actor_matches(obj, o)
        for s, p, o in triples
    ), [(s.label, p, o.label) for s, p, o in triples]


@pytest.mark.parametrize(("text", "predicate", "name"), MUST_NOT)
def test_anaphor_must_not(nlp, text, predicate, name):
    for s, p, o in _triples(extract_text(text, nlp=nlp)):
        assert p != predicate or not (actor_matches(name, s) or actor_matches(name, o))


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Ukraine. It is clear that the war will go on.",
        "Iran criticized Israel, and it seems that talks are over.",
    ],
)
def test_dummy_it_is_no_mention(nlp, text):
    ex = extract_text(text, nlp=nlp)
    assert not any(m.text.lower() == "it" for a in ex.actors for m in a.mentions)
