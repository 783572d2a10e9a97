"""Press-release rules: the publisher's "we", coalitions, effort nouns, commanders, support."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_documents
from kgraph.model import Document, DocumentExtraction


def _extract(nlp, text: str, publisher: str | None = None) -> DocumentExtraction:
    document = Document(id="t", text=text, date="2026-03-02", publisher=publisher)
    return next(extract_documents([document], nlp=nlp))


def _has(ex: DocumentExtraction, subject: str, predicate: str, obj: str) -> bool:
    actors = {a.id: a for a in ex.actors}
    return any(
        r.predicate == predicate
        and not r.negated
        and actor_matches(subject, actors.get(r.subject))
        and actor_matches(obj, actors.get(r.object))
        for r in ex.relations
    )


# text, publisher, subject, predicate, object
CASES = [
    # first person outside quotations speaks for the publisher
    (
        "We strongly condemn the bombing of the hospital by al-Shabaab.",
        "US State Department",
        "United States Department of State",
        "criticizes",
        "al-Shabaab",
    ),
    (
        "We will continue to strike Hezbollah positions near the border.",
        "Israel Defense Forces",
        "Israel Defense Forces",
        "attacks",
        "Hezbollah",
    ),
    (
        "We remain committed to working with the Government of Nigeria.",
        "US State Department",
        "United States Department of State",
        "cooperatesWith",
        "Government of Nigeria",
    ),
    # an unknown publisher becomes an actor of its own
    (
        "Our organisation praised Kenya for the release of the detainees.",
        "Amnesty International",
        "Amnesty International",
        "praises",
        "Kenya",
    ),
    # "X's efforts / campaign to <verb> Y": the owner of the noun acts
    (
        "Nigeria's campaign to defeat Boko Haram has entered its third year.",
        None,
        "Nigeria",
        "fightsAgainst",
        "Boko Haram",
    ),
    (
        "Somali troops pressed on with their campaign to destroy al-Shabaab.",
        None,
        "Somalia",
        "targets",
        "al-Shabaab",
    ),
    # "the coalition" in a text about its adversary is that coalition
    (
        "The coalition carried out nine airstrikes against ISIS near Deir ez-Zor.",
        None,
        "Global Coalition to Defeat ISIS",
        "targets",
        "Islamic State",
    ),
    (
        "Coalition military forces conducted seven strikes against Daesh on Sunday.",
        None,
        "Global Coalition to Defeat ISIS",
        "targets",
        "Islamic State",
    ),
    (
        "Coalition nations that joined the raids against ISIL include Norway and Belgium.",
        None,
        "Norway",
        "memberOf",
        "Global Coalition to Defeat ISIS",
    ),
    # armed forces supporting a partner cooperate militarily (CAMEO 062)
    (
        "The coalition supports the Peshmerga in the fight against ISIS.",
        None,
        "Global Coalition to Defeat ISIS",
        "cooperatesMateriallyWith",
        "Peshmerga",
    ),
    (
        "French troops are advising and assisting the Malian army.",
        None,
        "Military of France",
        "cooperatesMateriallyWith",
        "Military of Mali",
    ),
    # commanders
    (
        "Gen. Ann Porter, commander, U.S. Central Command, visited the region on Monday.",
        None,
        "Ann Porter",
        "leads",
        "United States Central Command",
    ),
    (
        "Maj. Gen. Tom Reed, commander of Combined Joint Task Force - Operation Inherent "
        "Resolve, spoke to reporters.",
        None,
        "Tom Reed",
        "leads",
        "Combined Joint Task Force – Operation Inherent Resolve",
    ),
    # military units and postings
    (
        "Soldiers from 2nd Battalion, 14th Infantry Regiment arrived in Kuwait on Friday.",
        None,
        "2nd Battalion",
        "partOf",
        "14th Infantry Regiment",
    ),
    (
        "Soldiers from 2nd Battalion, 14th Infantry Regiment arrived in Kuwait on Friday.",
        None,
        "soldiers",
        "memberOf",
        "2nd Battalion",
    ),
    (
        "Sgt. Mark Olsen was assigned to 1st Battalion, 5th Marine Regiment.",
        None,
        "Mark Olsen",
        "memberOf",
        "1st Battalion",
    ),
    (
        "Olsen was assigned to 2nd Battalion, 5th Special Forces Group, Fort Bragg.",
        None,
        "2nd Battalion",
        "partOf",
        "5th Special Forces Group",
    ),
    (
        "The army welcomed soldiers visiting from 3rd Battalion, 7th Field Artillery Regiment.",
        None,
        "soldiers",
        "memberOf",
        "3rd Battalion",
    ),
    (
        "Albert Jones, an artillery crew chief in Abel Battery, said the drill went well.",
        None,
        "Albert Jones",
        "memberOf",
        "Abel Battery",
    ),
    (
        "Maria Lopez, a reporter with Reuters, was detained in Caracas.",
        None,
        "Maria Lopez",
        "memberOf",
        "Reuters",
    ),
    # fire, seizure from armed men, munitions, civilians as targets
    (
        "Hezbollah fighters fired on Israeli troops near the border.",
        None,
        "Hezbollah",
        "attacks",
        "Military of Israel",
    ),
    (
        "Kurdish forces seized the airport from ISIS fighters on Tuesday.",
        None,
        "Kurdish forces",
        "fightsAgainst",
        "Islamic State",
    ),
    (
        "The coalition's four airstrikes delivered 30 munitions against ISIS targets.",
        None,
        "Global Coalition to Defeat ISIS",
        "attacks",
        "Islamic State",
    ),
    (
        "Boko Haram gunmen attacked villagers in Borno State on Sunday.",
        None,
        "Boko Haram",
        "attacks",
        "villagers",
    ),
    (
        "Danish F-16s will join the fight against ISIL next month.",
        None,
        "Denmark",
        "fightsAgainst",
        "Islamic State",
    ),
    # "an ISIS commander": one of the group's leaders, hence a member
    (
        "Abu Salim al-Masri, an ISIS commander, was killed in a raid.",
        None,
        "Abu Salim al-Masri",
        "memberOf",
        "Islamic State",
    ),
]


@pytest.mark.parametrize(("text", "publisher", "subject", "predicate", "obj"), CASES)
def test_press_release_rules(nlp, text, publisher, subject, predicate, obj):
    ex = _extract(nlp, text, publisher)
    found = [(r.subject, r.predicate, r.object) for r in ex.relations]
    assert _has(ex, subject, predicate, obj), found


def test_quoted_we_is_not_the_publisher(nlp):
    text = '"We will never negotiate with Hamas," the minister said.'
    ex = _extract(nlp, text, "US State Department")
    assert not any(a.label == "United States Department of State" for a in ex.actors)


# a quoted "we" is the speaker's side: the body named in the speaker's phrase
QUOTED = [
    (
        'Gen. Jane Doe, commander of U.S. Central Command, said, "We will keep striking '
        'ISIS wherever it hides."',
        "United States Central Command",
    ),
    (
        '"We condemn the attack," said Mark Olsen, a spokesman for the United Nations.',
        "United Nations",
    ),
    (
        '"We will never negotiate with Hamas," the Israeli foreign minister said.',
        "Government of Israel",
    ),
]


@pytest.mark.parametrize(("text", "side"), QUOTED)
def test_quoted_we_is_the_speakers_side(nlp, text, side):
    ex = _extract(nlp, text, "CENTCOM")
    we = [a.label for a in ex.actors for m in a.mentions if m.text == "We"]
    assert we == [side]


def test_quoted_we_without_a_named_side_is_dropped(nlp):
    ex = _extract(nlp, '"We were attacked by the rebels," a villager told Reuters.')
    assert not any(m.text == "We" for a in ex.actors for m in a.mentions)


def test_without_publisher_we_is_dropped(nlp):
    ex = _extract(nlp, "We strongly condemn the attack by al-Shabaab.")
    assert not any(m.text == "We" for a in ex.actors for m in a.mentions)


def test_we_maps_through_the_gazetteer(nlp):
    ex = _extract(nlp, "We condemn the attack on Kabul by the Taliban.", "CENTCOM")
    we = next(a for a in ex.actors for m in a.mentions if m.text == "We")
    assert we.label == "United States Central Command"
    assert we.cameo == "USAMIL"


def test_coalition_needs_its_adversary(nlp):
    ex = _extract(nlp, "The governing coalition in Canberra criticized China on Monday.")
    assert not any("Global Coalition" in a.label for a in ex.actors)


def test_title_without_article_still_leads_its_group(nlp):
    ex = _extract(nlp, "Hamas leader Ismail Haniyeh met Turkish officials in Ankara.")
    assert _has(ex, "Ismail Haniyeh", "leads", "Hamas")


def test_political_support_stays_praise(nlp):
    ex = _extract(nlp, "The United States supports the Iraqi government.")
    assert _has(ex, "United States", "praises", "Government of Iraq")
    assert not _has(ex, "United States", "cooperatesMateriallyWith", "Government of Iraq")


def test_a_rank_is_no_command(nlp):
    ex = _extract(nlp, "Navy Senior Chief Petty Officer Mark Olsen, 40, died on Monday.")
    assert not any(r.predicate == "leads" for r in ex.relations)


def test_publisher_we_states_no_affiliation(nlp):
    text = "We welcome the release of the hostages by the United States and Qatar."
    ex = _extract(nlp, text, "US State Department")
    actors = {a.id: a for a in ex.actors}
    assert not any(
        r.predicate == "partOf" and actors[r.subject].label == "United States Department of State"
        for r in ex.relations
    )


def test_supporting_an_operation_is_no_praise(nlp):
    ex = _extract(nlp, "Sgt. Mark Olsen was supporting Operation Inherent Resolve in Iraq.")
    assert not any(r.predicate in ("praises", "cooperatesMateriallyWith") for r in ex.relations)


def test_a_lecturer_in_a_city_is_no_member(nlp):
    ex = _extract(nlp, "John Smith, a lecturer in Paris, spoke on Monday.")
    assert not any(r.predicate == "memberOf" for r in ex.relations)


def test_defending_a_town_is_no_praise(nlp):
    ex = _extract(nlp, "Syrian troops defended the city of Aleppo.")
    assert not any(r.predicate == "praises" for r in ex.relations)


def test_called_on_y_to_act_makes_y_the_actor(nlp):
    ex = _extract(nlp, "Germany and Italy called on Egypt to free the captured soldiers.")
    assert _has(ex, "Egypt", "releases", "captured soldiers")
    assert not _has(ex, "Germany", "releases", "captured soldiers")


def test_topic_after_a_partner_is_no_participant(nlp):
    ex = _extract(nlp, "Poland agreed to cooperate with Lithuania on refugees.")
    assert _has(ex, "Poland", "expressesIntentToCooperateWith", "Lithuania")
    assert not _has(ex, "Poland", "expressesIntentToCooperateWith", "refugees")
