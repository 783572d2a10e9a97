"""Casualties whose doer is not the verb's subject: sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from kgraph.extract.pipeline import extract_text
from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # the attack a toll happened during names its doer, as one it happened in
    (
        "Three reporters were killed during an Israeli airstrike on Rafah.",
        "Israel",
        "kills",
        "reporters",
    ),
    (
        "Six soldiers were wounded during a Taliban assault on the outpost.",
        "Taliban",
        "assaults",
        "soldiers",
    ),
    # a second verb of harm whose object counts more of those harmed before
    (
        "Boko Haram militants killed 30 Nigerian soldiers and wounded scores more.",
        "Boko Haram",
        "assaults",
        "Nigerian soldiers",
    ),
    (
        "Al-Shabab launched a wave of attacks in Mogadishu, killing 40 people and "
        "injuring scores more.",
        "al-Shabaab",
        "assaults",
        "people",
    ),
    (
        "Syrian troops shelled a market in Idlib, killing 20 civilians and wounding 100.",
        "Syrian troops",
        "assaults",
        "civilians",
    ),
    (
        "Taliban fighters killed 17 Afghan soldiers and injured another 12.",
        "Taliban",
        "assaults",
        "Afghan soldiers",
    ),
    # "others" counted are a group of their own
    (
        "Islamic State gunmen killed nine Iraqi police officers and injured dozens of others.",
        "Islamic State",
        "assaults",
        "others",
    ),
    (
        "Bombings claimed by al-Shabab have killed scores of others in Somalia.",
        "al-Shabaab",
        "kills",
        "others",
    ),
    # a participle with a "by" agent that the parser made the main verb
    (
        "The suspected attacker, Ahmed Khalil, shot dead by police, had sworn loyalty to al-Qaeda.",
        "police",
        "kills",
        "Ahmed Khalil",
    ),
    (
        "The driver, Omar Haddad – shot dead by Israeli soldiers – was 19.",
        "Israeli soldiers",
        "kills",
        "Omar Haddad",
    ),
    (
        "An Armenian soldier killed and beheaded by Azerbaijani troops was buried on Sunday.",
        "Azerbaijani troops",
        "kills",
        "Armenian soldier",
    ),
    # the ones among those killed, or among the dead, in an attack
    (
        "Two Palestinian journalists were among those killed in the Israeli strike.",
        "Israel",
        "kills",
        "Palestinian journalists",
    ),
    (
        "Three Kenyan soldiers were among the dead in the al-Shabab attack.",
        "al-Shabaab",
        "kills",
        "Kenyan soldiers",
    ),
    (
        "Two Afghan police officers were among the wounded in the Taliban attack.",
        "Taliban",
        "assaults",
        "Afghan police",
    ),
    # wounds sustained in an attack
    (
        "Four Iraqi soldiers died of wounds sustained in an Islamic State attack.",
        "Islamic State",
        "kills",
        "Iraqi soldiers",
    ),
    # a headline's participle
    (
        "More Afghan civilians killed in latest Pakistani airstrike",
        "Pakistan",
        "kills",
        "Afghan civilians",
    ),
    # a toll timed by a clause of force
    (
        "Two Syrian soldiers were killed when Israeli jets bombed a base near Damascus.",
        "Israel",
        "kills",
        "Syrian soldiers",
    ),
    (
        "Ten protesters were killed as Burmese troops opened fire on the crowd.",
        "Burmese troops",
        "kills",
        "protesters",
    ),
    (
        "Three Afghan policemen died when Taliban fighters attacked their checkpoint.",
        "Taliban",
        "kills",
        "Afghan policemen",
    ),
    # an attack noun the parser tagged as a verb
    (
        "Four Ukrainian soldiers died in Russian shelling overnight.",
        "Russia",
        "kills",
        "Ukrainian soldiers",
    ),
    # two tolls share the attack the last one names
    (
        "Two Afghan soldiers were killed and five more were wounded in a Taliban ambush.",
        "Taliban",
        "kills",
        "Afghan soldiers",
    ),
    (
        "Two Afghan soldiers were killed and five more were wounded in a Taliban ambush.",
        "Taliban",
        "assaults",
        "Afghan soldiers",
    ),
    # a toll timed by a clause on the toll coordinated after it
    (
        "Three Afghan soldiers were killed and four wounded when Taliban fighters attacked "
        "their checkpoint.",
        "Taliban",
        "assaults",
        "Afghan soldiers",
    ),
    # a passive gerund's patient is the subject above
    (
        "Taliban fighters stormed the compound, killing 14 Afghan police officers before "
        "being killed by security forces.",
        "security forces",
        "kills",
        "Taliban",
    ),
    (
        "Boko Haram fighters burned the village before being wounded by Nigerian troops.",
        "Nigerian troops",
        "assaults",
        "Boko Haram",
    ),
    # an attack blamed on a side is its act
    (
        "Five Malian soldiers were killed in an ambush blamed on jihadists.",
        "jihadists",
        "kills",
        "Malian soldiers",
    ),
    (
        "A bombing blamed on Kurdish militants killed seven Turkish soldiers.",
        "Kurdish militants",
        "kills",
        "Turkish soldiers",
    ),
    # a subject attack noun parsed as a gerund clause
    (
        "Shelling by Russian forces killed five Ukrainian civilians in Kharkiv.",
        "Russian forces",
        "kills",
        "Ukrainian civilians",
    ),
    # service members are troops, not the body they serve
    (
        "A Taliban suicide bomber blew himself up, killing four NATO service members.",
        "Taliban",
        "kills",
        "NATO service members",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    ("Four Afghan soldiers were killed in a car crash in Kabul.", "Kabul", "kills", "soldiers"),
    ("The wounded Iraqi soldier died in hospital in Baghdad.", "Baghdad", "kills", "soldier"),
    (
        "Twelve people were killed in clashes between Kurdish fighters and Turkish troops.",
        "Kurdish fighters",
        "kills",
        "people",
    ),
    (
        "Two Iraqi pilots were killed in a US-made helicopter crash.",
        "United States",
        "kills",
        "Iraqi pilots",
    ),
    (
        "Two Iraqi pilots died when their US-made helicopter crashed near Mosul.",
        "United States",
        "kills",
        "Iraqi pilots",
    ),
    (
        "Five Kenyan soldiers were killed when their convoy hit a roadside bomb.",
        "Kenya",
        "kills",
        "Kenyan soldiers",
    ),
    (
        "Two Afghan soldiers were killed and five more were wounded in a bus crash in Kabul.",
        "Kabul",
        "kills",
        "Afghan soldiers",
    ),
    (
        "More Afghan civilians killed in latest helicopter crash near Kabul",
        "Kabul",
        "kills",
        "Afghan civilians",
    ),
    (
        "Two Kenyan soldiers were among the dead in a bus crash near Garissa.",
        "Garissa",
        "kills",
        "Kenyan soldiers",
    ),
    (
        "Two French senators were among those who criticized the Russian strike.",
        "Russia",
        "kills",
        "French senators",
    ),
    (
        "Two Afghan soldiers died of wounds sustained in a car crash near Herat.",
        "Herat",
        "kills",
        "Afghan soldiers",
    ),
    # blamed on no side
    (
        "Ten Nigerian villagers were killed in a stampede blamed on poor crowd control.",
        "crowd control",
        "kills",
        "villagers",
    ),
    # a passive gerund that harms no one
    (
        "Syrian rebels held the town for a week before being pushed out by Russian troops.",
        "Russian troops",
        "kills",
        "Syrian rebels",
    ),
    # the clause that times the toll is no act of force
    (
        "Six Chinese workers were killed when a storm hit the Philippine coast.",
        "Philippines",
        "kills",
        "Chinese workers",
    ),
    (
        "Three Malian soldiers died as French troops withdrew from Gao.",
        "French troops",
        "kills",
        "Malian soldiers",
    ),
    # a count that names its own kind is not the earlier group
    (
        "The rebels killed 20 Congolese soldiers and kidnapped 30 aid workers.",
        "rebels",
        "kills",
        "aid workers",
    ),
    # uncounted "others" are nobody
    ("Others say the Taliban attacked the convoy.", "Taliban", "attacks", "others"),
    # a "by" phrase of manner, not an agent
    ("The French troops attacked by night.", "night", "attacks", "French troops"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_casualty_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_casualty_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)


# text, predicate, the object's mention
MENTIONS = [
    ("Taliban fighters killed 17 Afghan soldiers and injured another 12.", "assaults", "12"),
    # the count phrase ends at its head
    ("The militants killed 30 Malian soldiers and wounded dozens more.", "assaults", "more"),
    (
        "Islamic State gunmen killed nine Iraqi police officers and injured dozens of others.",
        "assaults",
        "others",
    ),
    (
        "A Taliban suicide bomber blew himself up, killing four NATO service members.",
        "kills",
        "service members",
    ),
]


@pytest.mark.parametrize(("text", "predicate", "mention"), MENTIONS)
def test_casualty_object_mention(nlp, text, predicate, mention):
    ex = extract_text(text, nlp=nlp)
    found = [r.object_mention.text for r in ex.relations if r.predicate == predicate]
    assert mention in found, found
