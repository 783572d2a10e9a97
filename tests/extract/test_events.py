"""Event constructions of news English: sentence → relations, and must-nots."""

from __future__ import annotations

import pytest

from kgraph.extract.pipeline import extract_text
from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
CASES = [
    # the passive subject of a light verb is the one the nominal act is given
    ("Hamas was given an ultimatum by Israel.", "Israel", "threatens", "Hamas"),
    (
        "The rebels were given an ultimatum by the Malian army.",
        "Malian army",
        "threatens",
        "rebels",
    ),
    ("Syria was given aid by Russia.", "Russia", "providesAidTo", "Syria"),
    # a relative clause about an attack: the attack's doer did what it tells
    (
        "The Taliban carried out the attack, which killed ten Afghan soldiers.",
        "Taliban",
        "kills",
        "Afghan soldiers",
    ),
    (
        "Al-Shabaab claimed responsibility for the bombing, which killed 20 Kenyan soldiers.",
        "al-Shabaab",
        "kills",
        "Kenyan soldiers",
    ),
    (
        "Hamas launched the rocket attack, which wounded three Israeli soldiers.",
        "Hamas",
        "assaults",
        "Israeli soldiers",
    ),
    # what hits is the doer's act of force, unless it is an economic measure
    (
        "Kenya was hit by the drone strikes launched by the United States.",
        "United States",
        "attacks",
        "Kenya",
    ),
    # an act of force claimed is the claimant's
    ("Hamas claimed the attack on Israeli soldiers.", "Hamas", "attacks", "Israeli soldiers"),
    ("Ukraine claimed the strike on the Russian base in Crimea.", "Ukraine", "targets", "Russia"),
    # funding is aid; an interview given is a conversation
    ("Iran funds Hezbollah.", "Iran", "providesAidTo", "Hezbollah"),
    ("Saudi funding to the rebels dried up.", "Saudi Arabia", "providesAidTo", "rebels"),
    ("Putin granted an interview to Tucker Carlson.", "Putin", "consultsWith", "Tucker Carlson"),
    (
        "The EU suspended funding to the Palestinian Authority.",
        "EU",
        "reducesRelationsWith",
        "Palestinian Authority",
    ),
    # coordinated passives share the subject of the first and the agent of the last
    ("Two reporters were detained and tortured by the police.", "police", "arrests", "reporters"),
    ("Two reporters were detained and tortured by the police.", "police", "assaults", "reporters"),
    ("The journalists were bribed or blackmailed by Moscow.", "Russia", "threatens", "journalists"),
    (
        "The villagers were attacked and killed by government troops.",
        "troops",
        "kills",
        "villagers",
    ),
    # a participle with an agent is passive, whatever its tag
    (
        "The suspect, Omar Khalid – shot dead by police – had pledged allegiance to ISIS.",
        "police",
        "kills",
        "Omar Khalid",
    ),
    # a passive of force happened in an attack whose doer is named
    ("Three civilians were killed in a Turkish drone strike.", "Turkey", "kills", "civilians"),
    ("Six farmers were wounded in an attack by the Taliban.", "Taliban", "assaults", "farmers"),
    ("Ten people were killed in the rebels' assault on the town.", "rebels", "kills", "people"),
    # light verbs that pass their subject to a nominal event
    ("Hezbollah waged a war against Israel.", "Hezbollah", "fightsAgainst", "Israel"),
    ("Germany declared war on Poland in 1939.", "Germany", "fightsAgainst", "Poland"),
    ("Egypt convened a meeting with Jordan and Qatar.", "Egypt", "meetsWith", "Qatar"),
    # verbs of intimidation and of questioning
    ("Gangs intimidated the journalists in Sinaloa.", "gangs", "threatens", "journalists"),
    ("The Israeli police interviewed Benjamin Netanyahu.", "police", "consultsWith", "Netanyahu"),
    # with a "by" agent, the possessor of a nominal event underwent it
    ("Navalny's arrest by Russian police angered Washington.", "police", "arrests", "Navalny"),
    (
        "Khashoggi's killing by Saudi agents shocked the world.",
        "Saudi Arabia",
        "kills",
        "Khashoggi",
    ),
    # nouns of assault and boycott; a fatal assault is a killing
    (
        "The shooting of two protesters by soldiers was condemned.",
        "soldiers",
        "assaults",
        "protesters",
    ),
    (
        "The fatal shooting of three protesters by soldiers angered Paris.",
        "soldiers",
        "kills",
        "protesters",
    ),
    ("The Arab League's boycott of Israel lasted decades.", "Arab League", "sanctions", "Israel"),
    # singular attackers and soldiers are actors
    ("A suicide bomber killed four policemen in Kabul.", "suicide bomber", "kills", "policemen"),
    ("A sniper shot two soldiers near the border.", "sniper", "assaults", "soldiers"),
    ("A Kurdish soldier was killed by Turkish troops.", "Turkey", "kills", "Kurdish soldier"),
    # a hedge between coordinated passives keeps them one act
    (
        "Two reporters were beaten and allegedly tortured by the police.",
        "police",
        "assaults",
        "reporters",
    ),
    # a "-led" event is its leader's act
    (
        "The Saudi-led bombing campaign against the Houthis went on.",
        "Saudi Arabia",
        "fightsAgainst",
        "Houthis",
    ),
    (
        "A French-led offensive against the jihadists began in May.",
        "France",
        "fightsAgainst",
        "jihadists",
    ),
    # kill-class and assault nouns and verbs; begging is an appeal
    ("The slaying of two activists by police sparked riots.", "police", "kills", "activists"),
    ("Russian agents poisoned Alexei Navalny in 2020.", "Russia", "assaults", "Navalny"),
    (
        "The fatal poisoning of Litvinenko by Russian agents shocked Britain.",
        "Russia",
        "kills",
        "Litvinenko",
    ),
    ("Ukraine begged NATO to close the skies.", "Ukraine", "appealsTo", "NATO"),
    # an order to a party is a demand on it; so is a demand of its act or of talks with it
    (
        "The Security Council ordered Eritrea to pull its troops back.",
        "UN Security Council",
        "demands",
        "Eritrea",
    ),
    ("Greece demanded a formal apology by Turkey.", "Greece", "demands", "Turkey"),
    ("The Taliban demanded direct talks with Washington.", "Taliban", "demands", "United States"),
    # the one charged with, convicted of or implicated in a nominal event did it, as claimed
    (
        "Prosecutors charged Anders Holm with the murder of Lena Berg.",
        "Anders Holm",
        "kills",
        "Lena Berg",
    ),
    (
        "Sergeant Paul Reed was charged with manslaughter in the fatal shooting of Omar Said.",
        "Paul Reed",
        "kills",
        "Omar Said",
    ),
    (
        "A tribunal convicted Charles Taylor of the massacre of Sierra Leoneans.",
        "Charles Taylor",
        "kills",
        "Sierra Leoneans",
    ),
    ("Tehran was implicated in the poisoning of Masih Alinejad.", "Iran", "assaults", "Alinejad"),
]

# sentence, subject, predicate, object that must not be read
MUST_NOT = [
    # an ultimatum given is no aid; the one given it does not give it
    ("Israel gave Hamas an ultimatum.", "Israel", "providesAidTo", "Hamas"),
    ("Hamas was given an ultimatum by Israel.", "Hamas", "threatens", "Israel"),
    # one who condemns an attack did not do it
    (
        "Russia condemned the attack, which killed ten Ukrainian soldiers.",
        "Russia",
        "kills",
        "Ukrainian soldiers",
    ),
    (
        "Kenya was hit by the sanctions imposed by the United States.",
        "United States",
        "attacks",
        "Kenya",
    ),
    ("American sanctions hit Iran hard.", "United States", "attacks", "Iran"),
    # a claim about an attack is no claim of it
    (
        "Israel claimed the attack on its soldiers was planned by Iran.",
        "Israel",
        "attacks",
        "soldiers",
    ),
    ("Kyiv claimed the Russian attack on Odesa killed four people.", "Ukraine", "attacks", "Odesa"),
    # funding "for" a work is no aid to the place it is done on
    (
        "The US ambassador announced the funding of a project for the restoration of the Great "
        "Mosque of al-Nuri.",
        "United States",
        "providesAidTo",
        "Great Mosque",
    ),
    # an interview given is no aid; funding suspended is none given
    ("Zelensky gave an interview to CNN on Monday.", "Zelensky", "providesAidTo", "CNN"),
    (
        "The EU cut funding to the Palestinian Authority.",
        "EU",
        "providesAidTo",
        "Palestinian Authority",
    ),
    # two acts, not one shared agent
    ("The suspect was arrested in May and released by a judge.", "judge", "arrests", "suspect"),
    ("The reporter was arrested and the police charged him.", "police", "arrests", "reporter"),
    # the place of an attack is not its doer
    ("Four people were killed in an attack in Kabul.", "Kabul", "kills", "people"),
    ("The hostages were killed in Syria last year.", "Syria", "kills", "hostages"),
    # a possessor with an "of" phrase, or a "by" phrase of means, keeps its agency
    ("Russia's attack on Ukraine by air continued.", "Ukraine", "attacks", "Russia"),
    ("Turkey's seizure of the ship by its navy was condemned.", "Turkey", "coerces", "Turkey"),
    # a deadly attack on a place is no killing of the place
    ("Rebels launched a deadly attack on Kabul.", "rebels", "kills", "Kabul"),
    # an interview given is no consultation of the outlet
    (
        "Mike Pence told Reuters in an interview that talks would resume.",
        "Mike Pence",
        "consultsWith",
        "Reuters",
    ),
    # a hedge does not join two acts told apart by time
    ("The suspect was detained in May and later freed by a judge.", "judge", "arrests", "suspect"),
    # the addressee of an appeal does the inner act, even when it is no actor
    (
        "Activists urged the authorities to free the journalists.",
        "activists",
        "releases",
        "journalists",
    ),
    ("Families begged the kidnappers to free the students.", "families", "releases", "students"),
    # an event whose doer is a modifier in its phrase is not refused by the clause's subject
    ("Spain refused any help to the US-led war against Iraq.", "United States", "rejects", "Iraq"),
    # an order of an act is no demand on its target; a command within a state is none
    ("Biden ordered air strikes on Syria.", "Biden", "demands", "Syria"),
    ("Putin ordered the Russian army to leave Kherson.", "Putin", "demands", "Russian army"),
    # condemning or reporting a killing names no doer
    ("Hamas condemned the murder of Lena Berg.", "Hamas", "kills", "Lena Berg"),
    ("Anders Holm reported the murder of Lena Berg.", "Anders Holm", "kills", "Lena Berg"),
]


def test_an_act_read_from_its_accusation_is_reported(nlp):
    ex = extract_text("Prosecutors charged Anders Holm with the murder of Lena Berg.", nlp=nlp)
    kills = [r for r in ex.relations if r.predicate == "kills"]
    assert kills
    assert all(r.modality.value == "reported" for r in kills)
    assert all(dict(r.attributes).get("basis") == "accusation" for r in kills)


def test_reduced_relative_keeps_its_own_modality(nlp):
    ex = extract_text(
        "The suspect, Omar Khalid – shot dead by police – had pledged allegiance to ISIS.",
        nlp=nlp,
    )
    kills = [r for r in ex.relations if r.predicate == "kills"]
    assert kills
    assert all(r.modality.value != "planned" for r in kills)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_event_construction(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_event_construction_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
