"""General constructions over the dependency parse: sentence → relations, and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
CASES = [
    # nominal events: possessor, of-phrase, by-phrase agent; on / against / toward target
    ("Russian forces launched brutal assaults on the villagers.", "Russia", "attacks", "villagers"),
    (
        "The Nigerian army continued its campaign against the rebels.",
        "Nigeria",
        "fightsAgainst",
        "rebels",
    ),
    (
        "The UN condemned the violence toward civilians by Sudanese troops.",
        "Sudan",
        "assaults",
        "civilians",
    ),
    (
        "The massacre of 300 people by Sudanese troops shocked the region.",
        "Sudan",
        "kills",
        "people",
    ),
    ("Russia's bombardment of Aleppo continued for weeks.", "Russia", "attacks", "Aleppo"),
    # support nouns and idioms
    (
        "France expressed support for Ukraine in the fight against Russia.",
        "France",
        "praises",
        "Ukraine",
    ),
    (
        "France expressed support for Ukraine in the fight against Russia.",
        "France",
        "fightsAgainst",
        "Russia",
    ),
    (
        "Britain joined the United States in the fight against the Islamic State.",
        "Britain",
        "fightsAgainst",
        "Islamic State",
    ),
    ("Japan stands by South Korea.", "Japan", "praises", "South Korea"),
    ("Poland stands shoulder to shoulder with Ukraine.", "Poland", "praises", "Ukraine"),
    ("The EU voiced solidarity with Ukraine.", "European Union", "praises", "Ukraine"),
    # purpose clauses inherit the subject
    (
        "Turkey is working with its allies to defeat the Islamic State.",
        "Turkey",
        "fightsAgainst",
        "Islamic State",
    ),
    # "between X and Y"
    (
        "The talks between Iran and the United States resumed in Oman.",
        "Iran",
        "consultsWith",
        "United States",
    ),
    # kill-class and bombardment verbs
    ("The militants slaughtered twenty villagers.", "militants", "kills", "villagers"),
    ("Boko Haram beheaded three soldiers.", "Boko Haram", "kills", "soldiers"),
    ("Russian artillery pounded Kharkiv overnight.", "Russia", "attacks", "Kharkiv"),
    (
        "Ukrainian troops repelled Russian forces near Kupiansk.",
        "Ukraine",
        "fightsAgainst",
        "Russia",
    ),
    # resultatives: a killing
    ("Police shot dead two gunmen.", "police", "kills", "gunmen"),
    ("Three protesters were beaten to death by the police.", "police", "kills", "protesters"),
    # the object of "accuse X of" / "credit X for" does what the gerund says
    ("Activists accused Qatar of supporting Hamas.", "Qatar", "praises", "Hamas"),
    (
        "Rubio credited Britain for playing a role in talks with Ukraine.",
        "Britain",
        "consultsWith",
        "Ukraine",
    ),
    # support against a foe is taking sides
    (
        "Iran backed the Houthis against Saudi Arabia.",
        "Iran",
        "cooperatesMateriallyWith",
        "Houthis",
    ),
    (
        "The attacker was shot by Belgian police after stabbing two police officers.",
        "attacker",
        "assaults",
        "police officers",
    ),
    (
        "The reporter was freed by the rebels after apologizing to Hun Sen.",
        "reporter",
        "cooperatesWith",
        "Hun Sen",
    ),
]

# sentence, subject, predicate, object that must not be read
MUST_NOT = [
    ("Iran backed the Houthis against Saudi Arabia.", "Iran", "praises", "Houthis"),
    ("The EU voiced solidarity with Ukraine.", "European Union", "praises", "Solidarity"),
    ("The army shot a video of the rebels.", "army", "kills", "rebels"),
    ("Activists accused Qatar of supporting Hamas.", "Activists", "praises", "Hamas"),
    # partners of X are not X; an event in a phrase of time is not the clause's act
    (
        "The senators urged Rubio to work with partners of the United States.",
        "Rubio",
        "cooperatesWith",
        "United States",
    ),
    (
        "Britain took the islands from France after the defeat of Napoleon.",
        "Britain",
        "fightsAgainst",
        "Napoleon",
    ),
    # a gerund timing a passive is its subject's act, not its agent's
    (
        "The attacker was shot by Belgian police after stabbing two police officers.",
        "Belgian police",
        "assaults",
        "police officers",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_construction(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_construction_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
