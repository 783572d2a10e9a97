"""Mention finding on real spaCy parses."""

from __future__ import annotations

import itertools

import pytest

from kgraph.extract.mentions.gazetteer import load_gazetteer
from kgraph.extract.mentions.mentions import find_mentions, headline_tokens
from kgraph.model import MentionKind


def mentions(nlp, text):
    doc = nlp(text)
    return doc, list(find_mentions(doc, gazetteer=load_gazetteer()))


@pytest.mark.parametrize(
    ("text", "mention", "kind", "label"),
    [
        ("President Donald Trump spoke with Nicolás Maduro.", "Donald Trump", MentionKind.NAME,
         "GAZETTEER"),
        ("President Donald Trump spoke with Nicolás Maduro.", "President", MentionKind.TITLE,
         "DESCRIPTOR"),
        ("Trump talked to Venezuelan strongman Nicolás Maduro.", "Venezuelan",
         MentionKind.DEMONYM, "GAZETTEER"),
        ("Trump talked to Venezuelan strongman Nicolás Maduro.", "strongman", MentionKind.TITLE,
         "DESCRIPTOR"),
        ("The Kremlin rejected the proposal.", "Kremlin", MentionKind.METONYM, "GAZETTEER"),
        ("Caracas denounced the strikes.", "Caracas", MentionKind.METONYM, "GAZETTEER"),
        ("U.S. military operations continue.", "U.S. military", MentionKind.NOMINAL,
         "MILITARY_OF"),
        ("The Iranian regime denied it.", "Iranian regime", MentionKind.NOMINAL,
         "GOVERNMENT_OF"),
        ("The Trump administration designated the group.", "Trump administration",
         MentionKind.METONYM, "GAZETTEER"),
        ("The Obama team designated the group.", "Obama team", MentionKind.NOMINAL,
         "ADMINISTRATION"),
        ("Strikes targeted networks tied to Maduro's regime.", "regime", MentionKind.NOMINAL,
         "REGIME_OF"),
        ("The campaign, Operation Southern Spear, expanded.", "Operation Southern Spear",
         MentionKind.NAME, "OPERATION"),
        ("Operations continue targeting drug-trafficking networks.", "drug-trafficking networks",
         MentionKind.NOMINAL, "GROUP"),
        ("The strikes killed 83 suspected traffickers.", "traffickers", MentionKind.NOMINAL,
         "GROUP"),
        ("Officials said the cartel shipped cocaine.", "cartel", MentionKind.NOMINAL, "ANAPHOR"),
        ("Nobody is planning to shoot him.", "him", MentionKind.PRONOUN, "PRON"),
        ("The 134th Bomb Squadron flew over the Baltic.", "134th Bomb Squadron",
         MentionKind.NAME, "UNIT"),
        ("Sailors of Task Force 59 tested drones.", "Task Force 59", MentionKind.NAME, "UNIT"),
        ("The frigate joined CTF 153 in May.", "CTF 153", MentionKind.NAME, "UNIT"),
        ("Combined Joint Special Operations Component Command leads the raids.",
         "Combined Joint Special Operations Component Command", MentionKind.NAME, "UNIT"),
    ],
)  # fmt: skip
def test_finds_mention(nlp, text, mention, kind, label):
    _doc, found = mentions(nlp, text)
    hit = [m for m in found if m.text == mention]
    assert hit, [m.text for m in found]
    assert (hit[0].kind, hit[0].label) == (kind, label)
    assert text[hit[0].start : hit[0].end] == mention


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a designation is not an actor
        ("The US designated the cartel as a Foreign Terrorist Organization.",
         "Foreign Terrorist Organization"),
        # a capital in a locative phrase is a place, not the government
        ("The envoy arrived in Caracas on Monday.", None),
        # "State" in an office title
        ("US Secretary of State Mike Pompeo said so.", "State"),
        # "us" is a pronoun, not the United States
        ("The diplomats tell us that nothing changed.", "us"),
        # bare networks without a crime word are not a group
        ("Television networks broadcast the speech.", "networks"),
    ],
)  # fmt: skip
def test_does_not_find(nlp, text, absent):
    _doc, found = mentions(nlp, text)
    texts = [m.text for m in found]
    if absent is None:
        assert not any(m.kind is MentionKind.METONYM for m in found), found
    else:
        assert absent not in texts, texts


def test_headline_does_not_produce_an_organisation(nlp):
    text = (
        "Trump Plans Direct Talk With Maduro as U.S. Strikes Hammer Drug Routes\n"
        "President Donald Trump is reportedly planning a direct conversation with Nicolás Maduro."
    )
    doc, found = mentions(nlp, text)
    first_line = len(text.split("\n")[0])
    head = [m for m in found if m.end <= first_line]
    assert {m.text for m in head} == {"Trump", "Maduro", "U.S."}
    assert all(m.label == "GAZETTEER" for m in head)
    assert headline_tokens(doc) and max(headline_tokens(doc)) < 14


def test_mentions_do_not_overlap_and_are_ordered(nlp):
    path = "seeds/000_e0f5db45b1a88440.txt"
    with open(path, encoding="utf-8") as fh:
        _doc, found = mentions(nlp, fh.read())
    assert len(found) > 40
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_possessive_is_not_part_of_the_mention(nlp):
    _doc, found = mentions(nlp, "Maduro’s regime rejected it.")
    assert found[0].text == "Maduro"
