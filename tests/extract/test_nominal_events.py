"""Nominal events with their arguments: "by" agents, stranded targets, the sides of "between"."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
CASES = [
    # the act a verb of response names with "with" is the responder's, with its modality
    ("Iran retaliated with missile strikes on Israel.", "Iran", "targets", "Israel"),
    ("Canada responded with tariffs on American steel.", "Canada", "sanctions", "United States"),
    # a light verb of taking part or finishing passes its subject to the talks
    ("Blinken wrapped up talks with Wang Yi on Friday.", "Blinken", "consultsWith", "Wang Yi"),
    ("Lammy attended a meeting with Sybiha in Kyiv.", "Lammy", "meetsWith", "Sybiha"),
    # "by" parsed as a passive's agent on the noun, the target hung on the agent
    (
        "Airstrikes by the coalition against ISIS intensified.",
        "Global Coalition",
        "targets",
        "Islamic State",
    ),
    ("Raids by Israeli troops on Jenin continued.", "Israel", "attacks", "Jenin"),
    # the two sides of a fight named by "between", whoever the clause's subject is
    (
        "Five people died in a firefight between troops and militants in the market.",
        "troops",
        "fightsAgainst",
        "militants",
    ),
    (
        "The clashes between Armenia and Azerbaijan killed dozens.",
        "Armenia",
        "fightsAgainst",
        "Azerbaijan",
    ),
    # a mediator still relates to both sides of talks
    ("Egypt mediated talks between Israel and Hamas.", "Egypt", "negotiatesWith", "Hamas"),
    # a campaign or mission named by its kind of attack is that attack
    (
        "The US-led bombing campaign against the Islamic State continued.",
        "United States",
        "attacks",
        "Islamic State",
    ),
    (
        "The Fighter Squadron will fly strike missions against ISIL.",
        "Squadron",
        "targets",
        "Islamic State",
    ),
    # a campaign of no named kind stays a campaign
    ("Russia's air campaign against the rebels intensified.", "Russia", "fightsAgainst", "rebels"),
    # a participle that places the event brings its prepositions and its "by" agent
    (
        "The sanctions imposed on Russia by the EU hurt its economy.",
        "European Union",
        "sanctions",
        "Russia",
    ),
    ("The talks held between Israel and Hamas in Cairo failed.", "Israel", "consultsWith", "Hamas"),
    (
        "The agreement signed between Turkey and Libya angered Greece.",
        "Turkey",
        "signsAgreementWith",
        "Libya",
    ),
    ("The attack launched by Hamas on Israel killed many.", "Hamas", "attacks", "Israel"),
    # the one accused of an act told by a gerund does it, as the accuser says
    ("India was accused of killing civilians.", "India", "kills", "civilians"),
    ("Pakistan accused the rebels of killing civilians.", "rebels", "kills", "civilians"),
    ("The rebels were accused of targeting and killing civilians.", "rebels", "kills", "civilians"),
    # an exchange: each side does to the other what the object names
    ("Pakistan and India exchanged fire along the border.", "Pakistan", "fightsAgainst", "India"),
    ("Pakistan and India exchanged fire along the border.", "India", "fightsAgainst", "Pakistan"),
    ("Israeli troops exchanged fire with Hezbollah.", "Hezbollah", "fightsAgainst", "Israel"),
    ("India and Pakistan traded accusations.", "Pakistan", "accuses", "India"),
    ("Russia exchanged prisoners with Ukraine.", "Ukraine", "releases", "Russia"),
    # "including": the members named share what is done by or to the group
    (
        "Israeli forces killed three Hamas commanders, including Mohammed Deif.",
        "Israel",
        "kills",
        "Mohammed Deif",
    ),
    (
        "The United States sanctioned several countries, including Iran and Syria.",
        "United States",
        "sanctions",
        "Syria",
    ),
    (
        "Several Arab states, including Egypt and Jordan, condemned Israel.",
        "Jordan",
        "criticizes",
        "Israel",
    ),
    # a partner set off between subject and verb acts with the subject
    ("France, along with Germany, condemned Russia.", "Germany", "criticizes", "Russia"),
    ("Russia, alongside Iran, supports Assad.", "Iran", "praises", "Assad"),
    # a quoted "I" or "we" is its speaker
    (
        '"I urge the Taliban to reverse their decision," Bennett said.',
        "Bennett",
        "appealsTo",
        "Taliban",
    ),
    ('"We condemn Russia for the attack on Kyiv," Macron said.', "Macron", "criticizes", "Russia"),
    # "in an interview with X": the clause's subject spoke with X
    (
        "In an interview with Reuters, Erdogan criticized Sweden.",
        "Erdogan",
        "consultsWith",
        "Reuters",
    ),
    # "a series of strikes": the series takes the light verb and prepositions of its acts
    (
        "The United States conducted a series of strikes against al-Shabab in Somalia.",
        "United States",
        "targets",
        "al-Shabaab",
    ),
    ("Israel launched a wave of airstrikes on Gaza.", "Israel", "targets", "Gaza"),
    ("The BLA has ramped up attacks on security forces.", "BLA", "attacks", "security forces"),
    # "X was the target of Y's attack": X is attacked
    ("Israel was the target of Iranian missile strikes.", "Iran", "targets", "Israel"),
    ("Hezbollah was the target of an attack by the Taliban.", "Taliban", "attacks", "Hezbollah"),
    # an attack blamed on a side is its act, as the blamers say
    ("Attacks on Israeli soldiers were blamed on Hamas.", "Hamas", "attacks", "Israel"),
    ("The attack on Kabul was attributed to the Taliban.", "Taliban", "attacks", "Kabul"),
    # the "of" of a bombing is what was bombed
    ("The Israeli bombing of Gaza continued.", "Israel", "attacks", "Gaza"),
    ("The bombing of Raqqa by Russian jets killed dozens.", "Russia", "attacks", "Raqqa"),
    # "of Y by Z" with "by" hung on Y: Z is the agent
    (
        "The beheading of James Foley by Islamic State shocked the world.",
        "Islamic State",
        "kills",
        "James Foley",
    ),
]

MUST_NOT = [
    # a defeat blamed on a side may blame it for failing, not fighting
    ("The defeat of the rebels was blamed on Turkey.", "Turkey", "fightsAgainst", "rebels"),
    ("Jordan condemned the bombing of Gaza.", "Jordan", "criticizes", "Gaza"),
    # the target of criticism or of a campaign of words is no target of force
    ("Israel was the target of Iranian criticism.", "Iran", "targets", "Israel"),
    # the dead of a battle are no side in it
    (
        "Five people died in a firefight between troops and militants in the market.",
        "people",
        "fightsAgainst",
        "troops",
    ),
    # the place of a restricted activity is not its target
    ("The restrictions imposed on travel from India were lifted.", "India", "coerces", "India"),
    # a partner after the object may share the object instead: no reading
    ("Russia sanctioned Britain along with Canada.", "Canada", "sanctions", "United Kingdom"),
    # a quoted "we" reaches no target through a modifier ("American drone warfare")
    (
        '"We talk often about American drone warfare," the analyst Rogers said.',
        "Rogers",
        "consultsWith",
        "United States",
    ),
    # a "we" outside any quotation is not the reporter's speaker
    ("Macron said that we must urge Russia to stop.", "Macron", "appealsTo", "Russia"),
    # the accuser is not the doer
    ("Pakistan accused the rebels of killing civilians.", "Pakistan", "kills", "civilians"),
    # views exchanged are no act done to the other side
    ("Iran and Iraq exchanged views on Syria.", "Iran", "consultsWith", "Syria"),
    # a member of the subject's group is no object of the act
    (
        "Several Arab states, including Egypt and Jordan, condemned Israel.",
        "Israel",
        "criticizes",
        "Egypt",
    ),
    # the "of" of an agent names the agent's own body, not a target
    ("Criticism by the leader of Hamas grew.", "Hamas", "criticizes", "Hamas"),
    # a topic is no interview of the speaker's own
    (
        "Erdogan spoke with Biden about an interview with Reuters.",
        "Erdogan",
        "consultsWith",
        "Reuters",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_nominal_event(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_nominal_event_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
