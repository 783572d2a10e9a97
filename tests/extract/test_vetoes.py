"""Precision rules: what a sentence does not say (real spaCy pipeline)."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_text

# text, predicate, subject that must not hold it (asserted)
MUST_NOT = [
    ("The cyclist was struck by a Volvo XC90 on the motorway.", "attacks", "Volvo"),
    ("A pedestrian was hit by a Toyota on Friday.", "attacks", "Toyota"),
    ("Turkey allowed the Turkish army to deploy in Libya.", "yieldsTo", "Turkey"),
    # a place does no violence; condolences are no promise
    (
        "Daesh claimed attacks in the Karrada neighborhood of Baghdad, which killed 28 people.",
        "kills",
        "Baghdad",
    ),
    (
        "We offer our condolences to the families of the victims.",
        "expressesIntentToCooperateWith",
        "we",
    ),
    # a credit line; a name and its initials
    (
        "Jane Smith contributed to this report from the United Nations.",
        "providesAidTo",
        "Jane Smith",
    ),
    (
        "The Lagos Peace Institute, or LPI, is sharing them with new generations.",
        "cooperatesMateriallyWith",
        "Lagos Peace Institute",
    ),
    # having a border in common
    ("Chad shares borders with Sudan and Libya.", "cooperatesMateriallyWith", "Chad"),
    # telling the press, letting people in
    (
        "Survivors shared with Reuters details of their ordeal.",
        "cooperatesMateriallyWith",
        "survivors",
    ),
    ("The court ordered schools to allow students with long hair.", "yieldsTo", "court"),
    # a source or speaker label before a colon is no subject
    (
        "AP: Iran's Foreign Minister Abbas Araghchi recently visited Qatar after the talks.",
        "consultsWith",
        "Associated Press",
    ),
    (
        "Reuters: Russia's President Vladimir Putin recently met Kim Jong Un after the summit.",
        "meetsWith",
        "Reuters",
    ),
    # a place after a private person says where they are: the state receives nothing
    (
        "Saudi officials offered to pay the dissident's relatives in Egypt to stay silent.",
        "expressesIntentToCooperateWith",
        "Saudi Arabia",
    ),
]

# text, subject, predicate, object, modality
MODALITY = [
    # a hedge on a noun of people hedges their role: the killing is told done
    ("Police killed two alleged militants in Mombasa.", "police", "kills", "militants", "asserted"),
    (
        "Germany created a task force to counter possible interference by Russia.",
        "Germany",
        "fightsAgainst",
        "Russia",
        "hypothetical",
    ),
    (
        "Turkey is working with its allies to defeat the Islamic State.",
        "Turkey",
        "fightsAgainst",
        "Islamic State",
        "planned",
    ),
    ("Macron spoke with Zelensky on Tuesday.", "Macron", "consultsWith", "Zelensky", "asserted"),
    # a temporal clause is presupposed, even in a question; the question itself is not
    (
        "Why did Turkey attack the Kurds after Erdogan spoke with Trump?",
        "Erdogan",
        "consultsWith",
        "Trump",
        "asserted",
    ),
    (
        "Why did Turkey attack the Kurds after Erdogan spoke with Trump?",
        "Turkey",
        "attacks",
        "Kurds",
        "hypothetical",
    ),
    ("Israeli jets struck Hamas targets in Gaza.", "Israel", "attacks", "Hamas", "asserted"),
]


@pytest.mark.parametrize(("text", "predicate", "subject"), MUST_NOT)
def test_must_not(nlp, text, predicate, subject):
    ex = extract_text(text, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    assert not [
        r
        for r in ex.relations
        if r.predicate == predicate and actor_matches(subject, actors[r.subject]) and r.asserted
    ]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj", "modality"), MODALITY)
def test_modality(nlp, text, subject, predicate, obj, modality):
    ex = extract_text(text, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    found = [
        r
        for r in ex.relations
        if r.predicate == predicate
        and actor_matches(subject, actors[r.subject])
        and actor_matches(obj, actors[r.object])
    ]
    assert found and found[0].modality.value == modality
