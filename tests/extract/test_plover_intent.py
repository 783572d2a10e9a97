"""Intent, conditional threats, fire to an end and defence: sentences → relations, must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read, triples

# text, subject, predicate, object
CASES = [
    # aid counted in an amount names its recipient on the aid noun
    (
        "Canada agreed on Monday to provide about 40 million dollars of aid for Haiti.",
        "Canada",
        "providesAidTo",
        "Haiti",
    ),
    (
        "Norway will send two tonnes of medicine to Sudan.",
        "Norway",
        "providesAidTo",
        "Sudan",
    ),
    # a threat on a condition aims at the condition's subject
    (
        "Turkey threatened to close the border if Syria keeps shelling its villages.",
        "Turkey",
        "threatens",
        "Syria",
    ),
    # fire opened to an end aims at what the purpose clause acts on
    (
        "Kenyan police opened fire to disperse Somali refugees outside the camp.",
        "Kenyan police",
        "fightsAgainst",
        "Somali refugees",
    ),
    # a strike on generic targets in a place strikes the place
    ("Russian jets struck targets in Idlib.", "Russia", "attacks", "Idlib"),
    (
        "Syrian tanks fired shells at positions in Aleppo, witnesses said.",
        "Syria",
        "attacks",
        "Aleppo",
    ),
    # agreeing to a party's act is an intent to cooperate with the party
    (
        "Serbia has agreed to Russian mediation in the talks.",
        "Serbia",
        "expressesIntentToCooperateWith",
        "Russia",
    ),
    # speeding up a withdrawal is the withdrawal (a light verb)
    (
        "Russia speeded up the withdrawal of its troops from Moldova.",
        "Russia",
        "withdrawsFrom",
        "Moldova",
    ),
    ("Erdogan refused to meet President Macron in Brussels.", "Erdogan", "rejects", "Macron"),
    ("Pakistan refused to deploy troops in Yemen.", "Pakistan", "rejects", "Yemen"),
    (
        "Canada demanded the withdrawal of Russian troops from Moldova.",
        "Canada",
        "demands",
        "Russia",
    ),
    # "X leaders said they would …": the speakers, read through their modifier
    (
        "Palestinian leaders said they would cut all contact with the United States.",
        "Palestine",
        "reducesRelationsWith",
        "United States",
    ),
    # arriving on a visit is a visit to the place (CAMEO 04)
    ("Narendra Modi arrived in Tokyo on a three-day visit.", "Modi", "consultsWith", "Tokyo"),
    # hosting a leader is a meeting (CAMEO 043); welcoming one stays approval
    ("Macron hosted Narendra Modi at the Elysee.", "Macron", "meetsWith", "Narendra Modi"),
    ("Macron welcomed the Indian soldiers.", "Macron", "praises", "Indian soldiers"),
    # defending a state, promised or offered, is military support (CAMEO 06, intent 03)
    ("Biden vowed to defend Taiwan.", "Biden", "cooperatesMateriallyWith", "Taiwan"),
    (
        "Denmark is willing to send arms to help defend Estonia if it is attacked.",
        "Denmark",
        "cooperatesMateriallyWith",
        "Estonia",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # a promise to defend is no threat to the one defended
    ("Biden vowed to defend Taiwan.", "Biden", "threatens", "Taiwan"),
    # a threat with its target named takes no second one from its condition
    (
        "Turkey threatened Armenia with sanctions if Russia intervened.",
        "Turkey",
        "threatens",
        "Russia",
    ),
    # a strike in an area some party left strikes no one of that party
    (
        "U.S. jets hit targets in areas abandoned by Kurdish fighters.",
        "United States",
        "attacks",
        "Kurdish fighters",
    ),
    # the place of a refused or threatened act with a named party is a venue, no target
    ("Erdogan refused to meet President Macron in Brussels.", "Erdogan", "rejects", "Brussels"),
    # the place a demanded withdrawal leaves is asked nothing
    (
        "Canada demanded the withdrawal of Russian troops from Moldova.",
        "Canada",
        "demands",
        "Moldova",
    ),
    # a warm welcome given is no aid
    ("Macron gave a warm welcome to Narendra Modi.", "Macron", "providesAidTo", "Modi"),
    # an arrival without a visit is none; talks with a partner are not with the place
    ("French troops arrived in Bamako on Monday.", "French troops", "consultsWith", "Bamako"),
    ("Lula flew to Beijing for talks with Xi Jinping.", "Lula", "consultsWith", "Beijing"),
    # what is received is no visitor
    ("Kenya received Chinese assistance.", "Kenya", "meetsWith", "China"),
    # a purpose clause of fire that names its target is not read twice
    (
        "Police opened fire on the marchers to protect Kenyan officials.",
        "police",
        "fightsAgainst",
        "Kenyan officials",
    ),
]

# text, subject, object, CAMEO code of the relation between them
CODES = [
    # an offer on a condition is an intent to cooperate militarily (031), not 06
    (
        "Denmark is willing to send arms to help defend Estonia if it is attacked.",
        "Denmark",
        "Estonia",
        "031",
    ),
    ("Canada agreed to provide 40 million dollars of aid for Haiti.", "Canada", "Haiti", "033"),
    # a meeting promised on a condition is the intent to meet (036); "could" stays 043
    ("Putin said he would meet Zelensky if Kyiv drops its demands.", "Putin", "Zelensky", "036"),
    ("Putin could meet Zelensky if Kyiv drops its demands.", "Putin", "Zelensky", "043"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_not_read(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "obj", "code"), CODES)
def test_code(nlp, text, subject, obj, code):
    from kgraph.evaluate.gold import actor_matches
    from kgraph.extract.pipeline import extract_text

    ex = extract_text(text, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    codes = [
        r.cameo
        for r in ex.relations
        if actor_matches(subject, actors[r.subject]) and actor_matches(obj, actors[r.object])
    ]
    assert code in codes, (codes, [(s.label, p, o.label) for s, p, o in triples(nlp, text)])


# text, subject, object, modality of the relation between them
MODALITIES = [
    # the act a "must" clause demands is not yet done
    ("France said that Russia must withdraw from Moldova.", "Russia", "Moldova", "hypothetical"),
    # a plain report stays reported
    ("France said that Russia withdrew from Moldova.", "Russia", "Moldova", "reported"),
]


@pytest.mark.parametrize(("text", "subject", "obj", "modality"), MODALITIES)
def test_modality(nlp, text, subject, obj, modality):
    from kgraph.evaluate.gold import actor_matches
    from kgraph.extract.pipeline import extract_text

    ex = extract_text(text, nlp=nlp)
    actors = {a.id: a for a in ex.actors}
    found = [
        r.modality.value
        for r in ex.relations
        if actor_matches(subject, actors[r.subject]) and actor_matches(obj, actors[r.object])
    ]
    assert modality in found, found
