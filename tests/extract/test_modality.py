"""Negation, modality and attribution read from the parse."""

from __future__ import annotations

import pytest

from kgraph.extract.qualifiers.modality import clause_chain, noun_phrase, read_modality


def _reading(nlp, text, trigger):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return read_modality(token)


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "negated"),
    [
        ("Turkey attacked Kurdish forces.", "attacked", "asserted", False),
        ("Turkey did not attack Kurdish forces.", "attack", "asserted", True),
        ("Turkey never attacked Kurdish forces.", "attacked", "asserted", True),
        ("Nobody is planning to go in and shoot him.", "shoot", "planned", True),
        ("Egypt refused to meet the delegation.", "meet", "asserted", True),
        ("Iran denied that it had attacked Saudi Arabia.", "attacked", "asserted", True),
        ("There were no talks with Iran.", "talks", "asserted", True),
        ("Trump plans to meet Maduro.", "meet", "planned", False),
        ("Trump is planning a direct conversation with Maduro.", "conversation", "planned", False),
        ("The potential call would come soon.", "call", "planned", False),
        ("Japan will provide aid to Ukraine.", "provide", "planned", False),
        ("Russia is expected to withdraw from Kherson.", "withdraw", "planned", False),
        ("Iran could attack American bases.", "attack", "hypothetical", False),
        ("Israel may strike Iran.", "strike", "hypothetical", False),
        (
            "If Hamas frees the hostages, Israel will ease the blockade.",
            "ease",
            "hypothetical",
            False,
        ),
        ("Will China invade Taiwan?", "invade", "hypothetical", False),
        ("The EU demanded that Belarus release the journalist.", "release", "hypothetical", False),
        ("Hezbollah reportedly attacked Israeli positions.", "attacked", "reported", False),
        (
            "According to Reuters, Saudi Arabia is negotiating with Iran.",
            "negotiating",
            "reported",
            False,
        ),
        ("Officials said Russia shelled Kharkiv.", "shelled", "reported", False),
        # not stopping an act says it went on; not starting it says it was not done
        ("The army did not stop shelling the villages.", "shelling", "asserted", False),
        ("Turkey never ceased bombing the Kurdish camps.", "bombing", "asserted", False),
        ("The army did not start shelling the villages.", "shelling", "asserted", True),
        ("The army stopped shelling the villages.", "shelling", "asserted", False),
        # the act a verb of response names with "with" takes the verb's modality
        ("Iran could retaliate with strikes on Israel.", "strikes", "hypothetical", False),
        # an infinitive the parser hangs on a negated noun as a relative clause
        ("There is no reason to sanction Hungary, Orban said.", "sanction", "reported", True),
    ],
)
def test_modality(nlp, text, trigger, modality, negated):
    reading = _reading(nlp, text, trigger)
    assert (reading.modality.value, reading.negated) == (modality, negated)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "According to sources cited by Axios, Trump wants to speak with Maduro.",
            "speak",
            "Axios",
        ),
        ("According to Reuters, Saudi Arabia is negotiating with Iran.", "negotiating", "Reuters"),
        ("Ukrainian officials said Russia shelled Kharkiv.", "shelled", "Ukrainian officials"),
        ("“Nobody is planning to shoot him,” the official told Axios.", "shoot", "official"),
    ],
)
def test_attribution(nlp, text, trigger, source):
    assert _reading(nlp, text, trigger).attributed_to == source


def test_condemning_is_not_negating_the_event(nlp):
    doc = nlp("Germany did not condemn the attack on Israel.")
    attack = next(t for t in doc if t.text == "attack")
    assert [t.text for t in clause_chain(attack)] == ["attack"]
    assert read_modality(attack).negated is False


def test_noun_phrase(nlp):
    doc = nlp("The senior White House official spoke.")
    head = next(t for t in doc if t.text == "official")
    assert noun_phrase(head) == "senior White House official"
