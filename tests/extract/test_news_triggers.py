"""Trigger words of news events: verbs and nouns of the curated lexicon, sentence → relation."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
CASES = [
    # a particle parsed as a preposition still makes the phrase
    ("The soldiers fought off the attackers.", "soldiers", "fightsAgainst", "attackers"),
    # an act's noun with a participle of doing and its "by" phrase
    ("The attacks claimed by Daesh killed 40 people.", "Islamic State", "kills", "people"),
    # loans or cooperation suspended reduce relations (CAMEO 16), no aid given
    ("The World Bank suspended loans to Kenya.", "World Bank", "reducesRelationsWith", "Kenya"),
    ("Russia suspended cooperation with NATO.", "Russia", "reducesRelationsWith", "NATO"),
    # recognition of a state, or of a person as what they claim to be (CAMEO 050)
    ("Ghana recognized Kosovo in 2012.", "Ghana", "cooperatesWith", "Kosovo"),
    (
        "The United States recognized Juan Guaido as interim president.",
        "United States",
        "cooperatesWith",
        "Juan Guaido",
    ),
    # thanks expressed, offered or sent to a party (CAMEO 051)
    (
        "Merkel sent her thanks to Macron for his help.",
        "Angela Merkel",
        "praises",
        "Emmanuel Macron",
    ),
    ("Kenya expressed gratitude to Japan for the aid.", "Kenya", "praises", "Japan"),
    ("Iran expressed appreciation for China's position.", "Iran", "praises", "China"),
    # verbs of coercion (CAMEO 17, PETRARCH's IMPEL group); pressure on a party to do
    # something names a demand (CAMEO 10, PLOVER REQUEST), relations/demands.py
    ("Moscow pressured Armenia to join the customs union.", "Russia", "demands", "Armenia"),
    ("Russia compelled Belarus to host the missiles.", "Russia", "coerces", "Belarus"),
    # a recommendation to another party is an appeal (CAMEO 020, the SUGGEST group)
    ("Iran recommended that Iraq expel the American advisers.", "Iran", "appealsTo", "Iraq"),
    # physical assault
    ("Soldiers kicked and punched the detainees.", "soldiers", "assaults", "detainees"),
    # "shoot down" is an attack on the craft's side, not a shooting of a person
    ("Turkey shot down a Russian warplane near the border.", "Turkey", "attacks", "Russia"),
    # nouns of violence, detention and incursion
    ("ISIS committed atrocities against the Yazidis.", "Islamic State", "assaults", "Yazidis"),
    (
        "The report documented atrocities against the Yazidis by ISIS.",
        "Islamic State",
        "assaults",
        "Yazidis",
    ),
    ("The jailing of Navalny by Russia drew protests.", "Russia", "arrests", "Navalny"),
    # a sentence passed is legal action against the one sentenced (CAMEO 173)
    ("A Russian court sentenced Navalny to nine years in prison.", "Russia", "arrests", "Navalny"),
    # the entity the tagger ends with "to" is the name alone
    ("A Bosnian court sentenced Dodik to a year in prison.", "Bosnia", "arrests", "Dodik"),
    # beating back or fighting off a side is fighting it (CAMEO 190)
    (
        "Kurdish fighters beat back an Islamic State assault on the town.",
        "Kurdish fighters",
        "fightsAgainst",
        "Islamic State",
    ),
    (
        "Ukrainian forces fended off a Russian attack on Kharkiv.",
        "Ukraine",
        "fightsAgainst",
        "Russia",
    ),
    # foreign nationals are civilians of their state, not the state
    ("China jailed two Canadian nationals.", "China", "arrests", "Canadian nationals"),
    ("Turkey's incursion into Syria angered the Kurds.", "Turkey", "fightsAgainst", "Syria"),
    # "in touch / in contact with": the clause's subject consults the other side
    (
        "The United States has been in touch with Iraqi officials.",
        "United States",
        "consultsWith",
        "Iraq",
    ),
    ("Germany remains in contact with the Taliban.", "Germany", "consultsWith", "Taliban"),
    # arming a party is military cooperation (CAMEO 062)
    ("Iran armed and trained the Houthis.", "Iran", "cooperatesMateriallyWith", "Houthis"),
    # conveying a message to a party, or briefing it, is communication (CAMEO 040)
    (
        "Minister Wong conveyed Australia's concerns to Chinese Foreign Minister Wang Yi.",
        "Wong",
        "consultsWith",
        "Wang Yi",
    ),
    ("General Austin briefed NATO on the operation.", "Austin", "consultsWith", "NATO"),
    # every conjoined guest of a host is hosted
    ("Britain hosted France and Germany for talks.", "United Kingdom", "meetsWith", "Germany"),
    (
        "Prime Minister Sunak will host President Macron and Chancellor Scholz.",
        "Sunak",
        "proposesTalksWith",
        "Scholz",
    ),
    # a bare "call" with a party as its object is a telephone call (CAMEO 041)
    ("Macron called Zelensky after the attack.", "Macron", "consultsWith", "Zelensky"),
    ("Biden called Putin on Tuesday.", "Biden", "consultsWith", "Putin"),
    # sinking or downing a side's craft attacks that side
    ("The Navy sank two Iranian boats.", "Navy", "attacks", "Iran"),
    ("Houthi rebels downed an American drone.", "Houthis", "attacks", "United States"),
    # a projectile launched at a side attacks it
    ("Iran launched missiles at Israel.", "Iran", "attacks", "Israel"),
    ("Hezbollah fired rockets into Israel.", "Hezbollah", "attacks", "Israel"),
    # "each other": each side does the act to the other
    (
        "Sudan and South Sudan accused each other of backing rebels.",
        "Sudan",
        "accuses",
        "South Sudan",
    ),
    (
        "Sudan and South Sudan accused each other of backing rebels.",
        "South Sudan",
        "accuses",
        "Sudan",
    ),
    ("Hamas and Fatah criticized one another.", "Fatah", "criticizes", "Hamas"),
    # "hand over": what is handed over is released, to whomever it goes; "over" misread
    # as a number's modifier is still the particle
    ("The Taliban handed over two hostages to Qatar.", "Taliban", "releases", "hostages"),
    # a protested act is held against its doer
    (
        "Vietnam protested China's seizure of the fishing boats.",
        "Vietnam",
        "protestsAgainst",
        "China",
    ),
    (
        "Mourners protested the killing of a student by police.",
        "mourners",
        "protestsAgainst",
        "police",
    ),
    ("The Houthis launched drones against Saudi Arabia.", "Houthis", "attacks", "Saudi Arabia"),
    ("Gunmen threw grenades at Nigerian police.", "gunmen", "attacks", "Nigerian police"),
    ("Russian jets dropped bombs on Turkish troops.", "Russia", "attacks", "Military of Turkey"),
    (
        "Kerry reached an agreement with Lavrov on Syria.",
        "Kerry",
        "expressesIntentToCooperateWith",
        "Sergey Lavrov",
    ),
    (
        "Burmese soldiers shot at Rohingya villagers.",
        "Military of Myanmar",
        "attacks",
        "Rohingya villagers",
    ),
    (
        "The attacker rammed a car into a group of French soldiers.",
        "attacker",
        "attacks",
        "Military of France",
    ),
    (
        "Burmese soldiers shot the Rohingya villagers.",
        "Military of Myanmar",
        "assaults",
        "Rohingya villagers",
    ),
    ("Gunmen opened fire on protesters in Kabul.", "gunmen", "fightsAgainst", "protesters"),
    # rounding up and nabbing are arrests
    ("Police rounded up dozens of opposition activists.", "police", "arrests", "activists"),
    ("Police nabbed three Hezbollah operatives.", "police", "arrests", "Hezbollah"),
    # barring someone from a country or a place coerces them (PETRARCH's EXCLUDE)
    (
        "The Taliban barred the UN envoy from entering the country.",
        "Taliban",
        "coerces",
        "United Nations",
    ),
    # dispersing a crowd is repression (CAMEO 175)
    ("Police dispersed the protesters with tear gas.", "police", "coerces", "protesters"),
    ("The protesters were dispersed by police.", "police", "coerces", "protesters"),
    # boycotting talks and withholding aid reduce relations (CAMEO 16)
    (
        "Palestinian leaders will boycott all talks with the United States.",
        "Palestine",
        "reducesRelationsWith",
        "United States",
    ),
    (
        "The United States withheld aid to Ukraine.",
        "United States",
        "reducesRelationsWith",
        "Ukraine",
    ),
    # verbs of degree pass their subject to the event they govern
    ("Israel intensified the strikes on Gaza.", "Israel", "targets", "Gaza"),
    ("Russia stepped up attacks on Ukrainian cities.", "Russia", "attacks", "Ukraine"),
    ("Japan maintained sanctions on North Korea.", "Japan", "sanctions", "North Korea"),
]

MUST_NOT = [
    # "at least" is no particle: "shot at least five" is no "shot at"
    ("Police shot at least five protesters.", "police", "attacks", "protesters"),
    # the one something is handed over to is not released
    ("The Taliban handed over two hostages to Qatar.", "Taliban", "releases", "Qatar"),
    ("Britain agreed to hand over the islands to Mauritius.", "Britain", "releases", "Mauritius"),
    # marching or rallying people is no protest against them
    ("The party rallied its supporters in Lagos.", "party", "protestsAgainst", "supporters"),
    # a missile fired into the sea is a test or a show of force, no attack on the sea
    ("North Korea fired two missiles into the Yellow Sea.", "North Korea", "attacks", "Yellow Sea"),
    # what an agreement is about is no party to it
    (
        "Kerry reached an agreement with Lavrov on Syria.",
        "Kerry",
        "expressesIntentToCooperateWith",
        "Syria",
    ),
    # where an act of force happens is no target of it
    ("Russian jets dropped bombs in the province of Idlib.", "Russia", "attacks", "Idlib"),
    (
        "Islamist gunmen opened fire on worshippers at a church in Nigeria.",
        "Islamist gunmen",
        "fightsAgainst",
        "Nigeria",
    ),
    # a go-between of the deal is not who frees the prisoners
    ("The deal, brokered by Qatar, freed five Americans.", "Qatar", "releases", "United States"),
    ("The World Bank suspended loans to Kenya.", "World Bank", "providesAidTo", "Kenya"),
    # knowing a person again is no recognition
    ("A soldier recognized the gunman from photographs.", "soldier", "cooperatesWith", "gunman"),
    # a contest of law or words is no fight
    ("A political clash between Apple and Google is looming.", "Apple", "fightsAgainst", "Google"),
    ("A diplomatic clash between France and Italy erupted.", "France", "fightsAgainst", "Italy"),
    # "thanks to" is a cause, condolences an empathetic comment (CAMEO 018), no praise
    ("Thanks to Russia, Iran and Turkey signed the deal.", "Iran", "praises", "Russia"),
    ("France sent its condolences to Kenya after the attack.", "France", "praises", "Kenya"),
    # pushing back against words is no fight
    (
        "Beijing pushed back against criticism from Washington.",
        "China",
        "fightsAgainst",
        "United States",
    ),
    ("Iran detained a French national on spying charges.", "Iran", "arrests", "France"),
    ("China jailed two Canadian nationals.", "China", "arrests", "Canada"),
    # a storm, a vote or a price compels no one
    ("The storm forced thousands of Syrians to flee.", "Syria", "coerces", "Syria"),
    # "force out" stays an expulsion, not coercion
    ("Jakarta forced the aid agency Oxfam out of the country.", "Indonesia", "coerces", "Oxfam"),
    # a city taken is no person arrested
    ("The capture of Mosul by Iraqi forces ended the siege.", "Iraq", "arrests", "Mosul"),
    # touch lost is no consultation
    ("The team lost touch with the Pentagon.", "team", "consultsWith", "Pentagon"),
    # men armed with rifles are equipped by no one named
    (
        "Gunmen armed with rifles attacked the church.",
        "gunmen",
        "cooperatesMateriallyWith",
        "gunmen",
    ),
    # calling someone something names them; calling on or for someone appeals or demands
    ("Trump called Biden a liar.", "Trump", "consultsWith", "Biden"),
    ("Trump called Biden weak.", "Trump", "consultsWith", "Biden"),
    ("Biden called on Putin to withdraw.", "Biden", "consultsWith", "Putin"),
    # aid barred to a side is aid cut, not coercion of the side
    ("The United States barred aid to the Houthis.", "United States", "coerces", "Houthis"),
    # an investigation launched into a side, or a missile fired toward it, attacks no one
    ("The EU launched an investigation into Chinese firms.", "European Union", "attacks", "China"),
    ("North Korea fired a missile toward Japan.", "North Korea", "attacks", "Japan"),
    # drones used against a side are no attack by their maker
    ("Russia used Iranian drones against Ukraine.", "Iran", "attacks", "Ukraine"),
    # a crowd that disperses on its own is dispersed by no one
    (
        "The protesters dispersed before the police arrived.",
        "police",
        "coerces",
        "protesters",
    ),
    ("An Islamist group called Hamas attacked Israel.", "Hamas", "consultsWith", "Israel"),
    # what a pipeline conveys is no message of the gas's owner; a thing received is no guest
    ("The pipeline conveyed Russian gas to Germany.", "Russia", "consultsWith", "Germany"),
    ("Egypt received Iranian and Russian assistance.", "Egypt", "meetsWith", "Russia"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_news_trigger(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_news_trigger_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
