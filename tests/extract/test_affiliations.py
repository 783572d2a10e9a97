"""Standing ties read from mentions: whose government, whose military, who leads."""

from __future__ import annotations

import pytest

from kgraph.extract.pipeline import extract_text


def _ties(nlp, text: str) -> set[tuple[str, str, str]]:
    ex = extract_text(text, nlp=nlp)
    label = {a.id: a.label for a in ex.actors}
    return {
        (label[r.subject], r.predicate, label[r.object])
        for r in ex.relations
        if r.predicate in ("leads", "partOf")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donald Trump spoke on Monday. The Trump administration sanctioned Iran.",
            {("Donald Trump", "leads", "Government of the United States")},
        ),
        (
            # the title names the office, so the holder leads its government
            "President Donald Trump said the United States would act.",
            {("Donald Trump", "leads", "Government of the United States")},
        ),
        (
            "Maduro's regime arrested three journalists in Venezuela.",
            {
                ("Nicolás Maduro", "leads", "Government of Venezuela"),
                ("Government of Venezuela", "partOf", "Venezuela"),
            },
        ),
        (
            "The U.S. military struck a boat, and the United States said so.",
            {("Military of the United States", "partOf", "United States")},
        ),
    ],
)
def test_ties_stated_by_mentions(nlp, text, expected):
    assert expected <= _ties(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Former US President Barack Obama visited Kenya.",  # a past office leads nothing
        "President Donald Trump met Kim Jong Un.",  # no US actor in the text to lead
        "Joe Biden spoke about the United States.",  # no title: the gazetteer is not dated
        # a title over a body the state owns heads that body, not the state
        "Ahmed Hassan, the president of Egypt's football federation, resigned.",
        "Marko Petrovic, president of Serbia's national assembly, denounced the moves.",
    ],
)
def test_no_tie_without_a_current_title_and_an_actor_to_lead(nlp, text):
    assert not {t for t in _ties(nlp, text) if t[1] == "leads"}


# a title leads only the government of the state it names: not a department or
# chamber of that state, not the government of the holder's home country
@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "U.S. President Joe Biden said the State Department would reopen the embassy.",
            ("Joe Biden", "leads", "United States Department of State"),
        ),
        (
            "European Commission President Ursula von der Leyen met German officials in Berlin.",
            ("Ursula von der Leyen", "leads", "Government of Germany"),
        ),
    ],
)
def test_a_title_leads_only_the_government_it_names(nlp, text, tie):
    assert tie not in _ties(nlp, text)


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ('"The rules are unfair," wrote another student from Tehran.', "Government of Iran"),
        ("Relatives from Moscow gathered outside the court.", "Government of Russia"),
    ],
)
def test_a_capital_after_a_private_person_is_a_place(nlp, text, government):
    assert government not in {a.label for a in extract_text(text, nlp=nlp).actors}


def test_each_tie_cites_the_mention_it_was_read_from(nlp):
    text = "Donald Trump spoke on Monday. The Trump administration sanctioned Iran."
    ex = extract_text(text, nlp=nlp)
    [tie] = [r for r in ex.relations if r.predicate == "leads"]
    assert text[tie.evidence.trigger_start : tie.evidence.trigger_end] == tie.evidence.trigger
    assert "administration" in tie.evidence.trigger
    assert tie.evidence.sentence == "The Trump administration sanctioned Iran."


def test_a_tie_read_from_one_mention_says_so(nlp):
    ex = extract_text("The U.S. military struck a boat, and the United States said so.", nlp=nlp)
    [tie] = [r for r in ex.relations if r.predicate == "partOf"]
    assert ("basis", "mention") in tie.attributes


def test_a_name_alone_does_not_make_a_leader(nlp):
    # The person named in "the Trump administration" must be an actor of the text.
    assert not _ties(nlp, "The Trump administration sanctioned Iran.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli Prime Minister Benjamin Netanyahu spoke.",
            {("leads", "Israel"), ("leads", "Government of Israel")},
        ),
        ("Russian Foreign Minister Sergei Lavrov met Antony Blinken.", {("memberOf", "Russia")}),
        ("Turkish Defence Minister Hulusi Akar spoke.", {("memberOf", "Turkey")}),
        (
            "Iranian President Hassan Rouhani criticized Israel.",
            {("leads", "Iran"), ("leads", "Government of Iran")},
        ),
    ],
)
def test_a_portfolio_minister_is_a_member_not_the_leader(nlp, text, expected):
    ex = extract_text(text, nlp=nlp)
    label = {a.id: a.label for a in ex.actors}
    ties = {
        (r.predicate, label[r.object]) for r in ex.relations if r.predicate in ("leads", "memberOf")
    }
    assert ties == expected
