"""One unnamed person as an actor: "a gunman", "the protester", "a police officer" (real spaCy)."""

from __future__ import annotations

import pytest

from kgraph.extract.pipeline import extract_text
from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
READ = [
    ("A gunman killed three police officers in Grozny.", "gunman", "kills", "police officers"),
    ("Militants killed two soldiers and a police officer.", "militants", "kills", "police officer"),
    (
        "The attacker stabbed a police officer outside the embassy.",
        "attacker",
        "assaults",
        "police officer",
    ),
    ("Police arrested a protester outside parliament.", "police", "arrests", "protester"),
    (
        "Police officers beat a journalist during the rally.",
        "police officers",
        "assaults",
        "journalist",
    ),
    ("Police detained the suspect on Tuesday.", "police", "arrests", "suspect"),
    # "the gunman" with none named before is one person the story has in view
    ("The soldier was shot by a sniper near the border.", "sniper", "assaults", "soldier"),
    # a man, a woman, a child: only as a party to violence
    ("A man was stabbed to death by a teenager in Paris.", "teenager", "kills", "man"),
    ("Armed men attacked the village and killed a woman.", "armed men", "kills", "woman"),
    # a threat is done to its object, unlike a warning ("warned people to stay indoors")
    ("Senator Jones threatened a young man on the radio.", "Jones", "threatens", "young man"),
    # the subject of a verb whose participle or conjunct does the violence
    (
        "Armed men roamed the market, beating Kurdish villagers.",
        "armed men",
        "assaults",
        "Kurdish villagers",
    ),
    ("A man walked into the church and shot three worshippers.", "man", "assaults", "worshippers"),
    # groups of dissidents, immigrants, elders, seekers; leaders said to be of someone
    ("Police arrested three dissidents in Havana.", "police", "arrests", "dissidents"),
    ("Police detained dozens of asylum seekers in Calais.", "police", "arrests", "asylum seekers"),
    (
        "The UN urged Somali leaders to agree on a plan.",
        "United Nations",
        "appealsTo",
        "Somali leaders",
    ),
]

# sentence, subject, predicate, object
MUST_NOT = [
    ("Japan gives military aid to Chinese rivals.", "Japan", "providesAidTo", "China"),
    # a new incident is no toll of the act told before it
    (
        "The army said it had hit three gunmen. Later, a man was shot dead at his door.",
        "army",
        "kills",
        "man",
    ),
]

# sentence, phrase of a mention that is no actor of its own
NOT_ACTORS = [
    ("Giuliani was serving as Trump's personal lawyer at the time.", "personal lawyer"),
    ("Jane Doe, a journalist, was arrested by police in Minsk.", "journalist"),
    ("In an interview, activist Jane Doe said the police had beaten her.", "activist"),
    ("A man spoke to reporters outside the court.", "man"),
    ("The woman thanked the mayor for his help.", "woman"),
    ("Police warned people to stay indoors.", "people"),
    ("Men gathered in the square, chanting slogans.", "men"),
    ("The Taliban, Afghanistan's de facto leaders, barred him.", "de facto leaders"),
    ("The move drew criticism from immigrants' rights groups.", "immigrants"),
    ("The two leaders discussed trade on Monday.", "leaders"),
    # the body named right before them acts through its leaders and officials
    ("Palestinian leaders rejected the plan of the United States.", "Palestinian leaders"),
    ("EU officials told member states to keep borders open.", "EU officials"),
]

# sentence, phrase, CAMEO actor code
SECTORS = [
    ("A police officer was shot in Lagos.", "police officer", "COP"),
    ("Police arrested a protester in Minsk.", "protester", "OPP"),
    ("Gunmen kidnapped a journalist near the border.", "journalist", "MED"),
    ("The militants beheaded a soldier.", "soldier", "MIL"),
]


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), READ)
def test_an_unnamed_person_takes_part(nlp, sentence, subject, predicate, obj):
    assert_read(nlp, sentence, subject, predicate, obj)


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), MUST_NOT)
def test_an_unnamed_person_must_not(nlp, sentence, subject, predicate, obj):
    assert_not_read(nlp, sentence, subject, predicate, obj)


@pytest.mark.parametrize(("sentence", "phrase"), NOT_ACTORS)
def test_a_person_noun_said_of_another_is_no_actor(nlp, sentence, phrase):
    ex = extract_text(sentence, nlp=nlp)
    assert not any(a.label == phrase for a in ex.actors), [a.label for a in ex.actors]


@pytest.mark.parametrize(("sentence", "phrase", "code"), SECTORS)
def test_an_unnamed_person_has_the_agent_sector(nlp, sentence, phrase, code):
    ex = extract_text(sentence, nlp=nlp)
    actor = {a.label: a for a in ex.actors}.get(phrase)
    assert actor is not None, [a.label for a in ex.actors]
    assert actor.cameo == code
