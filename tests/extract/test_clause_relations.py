"""Sentence → relations for clause structure, ties stated in passing and PLOVER's constructions."""

from __future__ import annotations

import pytest

from kgraph.extract.pipeline import extract_text
from tests.extract.tables import assert_read
from tests.extract.test_relations import _find

# PLOVER constructions: strikes and riots (PROTEST), force posture (MOBILIZE),
# states of emergency and intrusions (COERCE), lifted measures and compensation (CONCEDE)
PLOVER_CASES = [
    ("Palestinians shunned work to oppose Israel.", "Palestine", "protestsAgainst", "Israel"),
    (
        "French farmers downed tools against the European Commission.",
        "French farmers",  # a group of the country, not the state
        "protestsAgainst",
        "European Commission",
    ),
    (
        "Iranian students staged riots against the United States.",
        "Iranian students",  # a group of the country, not the state
        "protestsAgainst",
        "United States",
    ),
    ("Russia reinforced its troops in Crimea.", "Russia", "mobilizesAgainst", "Crimea"),
    ("Russia strengthened its forces against Ukraine.", "Russia", "mobilizesAgainst", "Ukraine"),
    ("Thailand declared a state of emergency in Bangkok.", "Thailand", "coerces", "Bangkok"),
    (
        "Hackers from Russia hacked into the computers of the Estonian government.",
        "Russia",
        "coerces",
        "Government of Estonia",
    ),
    ("Chile lifted the state of emergency in Santiago.", "Chile", "yieldsTo", "Santiago"),
    ("Germany paid compensation to Namibia.", "Germany", "yieldsTo", "Namibia"),
]


# clause structure: purpose clauses, retaking ground, shared objects, companions,
# lists read as appositions, adjectives of attitude, joining a body
CLAUSE_CASES = [
    # a cause's object does the act it was prompted or compelled to do
    ("The raid prompted France to recall its ambassador from Mali.", "France",
     "reducesRelationsWith",
     "Mali"),
    ("The war compelled Germany to negotiate with Russia.", "Germany", "negotiatesWith", "Russia"),
    # an enabling verb's object acts in the purpose clause
    ("The United States led NATO to defeat the Taliban.", "NATO", "fightsAgainst", "Taliban"),
    # retaking ground from its holder, with the preposition on the object too
    (
        "The Kurdish Peshmerga recaptured Sinjar from Islamic State militants.",
        "Peshmerga",
        "fightsAgainst",
        "Islamic State",
    ),
    (
        "Syrian rebels liberated the village of Al-Rai from ISIS control.",
        "Syrian rebels",
        "fightsAgainst",
        "Islamic State",
    ),
    ("Kenya and Somalia united against al-Shabaab.", "Somalia", "mobilizesAgainst", "al-Shabaab"),
    # "defeat" and "defenses" as nouns, under an adjective complement
    (
        "France remains committed to the defeat of the Islamic State.",
        "France",
        "fightsAgainst",
        "Islamic State",
    ),
    ("Taiwan improved its air defenses against China.", "Taiwan", "fightsAgainst", "China"),
    # two verbs sharing one object
    ("Kenya will defeat and destroy al-Shabaab.", "Kenya", "fightsAgainst", "al-Shabaab"),
    ("Kenya will defeat and destroy al-Shabaab.", "Kenya", "targets", "al-Shabaab"),
    # "X, together with Y, …"
    ("Kenya, together with Ethiopia, fought al-Shabaab.", "Ethiopia", "fightsAgainst",
     "al-Shabaab"),
    # a list the parser reads as an apposition
    (
        "Japan remains committed to working with President Marcos, the Philippine Navy, "
        "and the United States.",
        "Japan",
        "cooperatesWith",
        "Philippine Navy",
    ),
    # the clause a nominal sits in, through a participle on the object
    (
        "French jets carried out six strikes coordinated with and in support of the Malian "
        "government.",
        "France",
        "praises",
        "Government of Mali",
    ),
    # a relative clause on a place is about what happened there
    (
        "Britain condemned al-Shabaab's attacks in the town of Mandera in Kenya, which "
        "killed 12 civilians.",
        "al-Shabaab",
        "kills",
        "civilians",
    ),
    ("Kenya is grateful to Japan for its help.", "Kenya", "praises", "Japan"),
    ("Kenya is grateful for the assistance provided by Japan.", "Kenya", "praises", "Japan"),
    ("Sweden joined NATO in 2024.", "Sweden", "memberOf", "NATO"),
    ("NATO, which includes Turkey, condemned the attack.", "Turkey", "memberOf", "NATO"),
    (
        "Since May, Task Force 150 has been led by Commodore Jane Smith.",
        "Jane Smith",
        "leads",
        "Task Force 150",
    ),
    (
        "Maj. Gen. Paul Harris, commander, Combined Joint Forces Maritime Component Command - "
        "Operation Prosperity Guardian, said the patrols continue.",
        "Paul Harris",
        "leads",
        "Combined Joint Forces Maritime Component Command",
    ),
    (
        "Gen. Maria Lopez, commander, U.S. Southern Command, met with Colombian officials.",
        "Maria Lopez",
        "leads",
        "United States Southern Command",
    ),
    (
        "Qais Ali was the deputy commander of the Popular Mobilization Forces.",
        "Qais Ali",
        "memberOf",
        "Popular Mobilization Forces",
    ),
    (
        "Forty Airmen from the 99th Air Refueling Squadron deployed to Qatar.",
        "Airmen",
        "memberOf",
        "Air Refueling Squadron",
    ),
]  # fmt: skip


# ties and support stated in passing: sponsors, leaders of an unnamed coalition,
# allegiance, aid received, alliances stated as a state
TIE_CASES = [
    ("The Houthis, backed by Iran, have fought Saudi Arabia since 2015.", "Houthis",
     "affiliatedWith", "Iran"),
    ("Militias funded by Iran attacked the embassy.", "Militias", "affiliatedWith", "Iran"),
    ("The Houthis have fought the Saudi-led coalition since 2015.", "Houthis", "fightsAgainst",
     "Saudi-led coalition"),
    ("The Houthis have fought the Saudi-led coalition since 2015.", "Saudi Arabia", "leads",
     "Saudi-led coalition"),
    ("Hezbollah is a militant group based in Lebanon, led by Hassan Nasrallah.",
     "Hassan Nasrallah", "leads", "Hezbollah"),
    ("Hezbollah receives military training, weapons, and financial support from Iran.", "Iran",
     "providesAidTo", "Hezbollah"),
    ("Al-Shabaab pledged allegiance to al-Qaeda in 2012.", "al-Shabaab", "affiliatedWith",
     "al-Qaeda"),
    ("The Taliban were allied with al-Qaeda.", "Taliban", "alliedWith", "al-Qaeda"),
    ("Russia has provided air support to the Assad regime.", "Russia", "providesAidTo",
     "Government of Syria"),
    ("The Syrian regime, supported by Russia and Iran, has besieged Eastern Ghouta.",
     "Government of Syria", "affiliatedWith", "Iran"),
    # claiming an attack is owning it; posing a threat is threatening
    ("The Taliban claimed responsibility for the attack on the Afghan army base.", "Taliban",
     "attacks", "Military of Afghanistan"),
    ("Daesh still poses a threat to the UK and its allies.", "Islamic State", "threatens",
     "United Kingdom"),
    # holding a place
    ("The Taliban now control Kandahar.", "Taliban", "controls", "Kandahar"),
    ("Al-Shabaab has had control of Jilib since 2008.", "al-Shabaab", "controls", "Jilib"),
    ("Government forces shelled ISIL-held Palmyra.", "Islamic State", "controls", "Palmyra"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), TIE_CASES)
def test_ties_and_support(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "predicate", "code"),
    [
        # taking a town occupies territory (CAMEO 192); a curfew in one stays coercion (17)
        ("In 2014, ISIL captured Mosul, Iraq's second-largest city.", "fightsAgainst", "192"),
        ("Thai police imposed a curfew in the town of Pattani.", "coerces", "17"),
    ],
)
def test_taking_a_place_is_occupation(nlp, text, predicate, code):
    ex = extract_text(text, nlp=nlp)
    assert any(
        r.predicate == predicate and (r.cameo or "").startswith(code) for r in ex.relations
    ), [(r.predicate, r.cameo) for r in ex.relations]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CLAUSE_CASES)
def test_clause_constructions(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


def test_not_joining_is_a_negated_membership(nlp):
    (rel,) = _find(extract_text("Finland did not join NATO.", nlp=nlp), "Finland", "memberOf",
                   "NATO")  # fmt: skip
    assert rel.negated


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), PLOVER_CASES)
def test_plover_constructions(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)
