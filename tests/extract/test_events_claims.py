"""A claim of an attack told in the sentence before: sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    (
        "A bomb exploded near an army convoy in Quetta, killing five Pakistani soldiers. "
        "The Baloch Liberation Army claimed responsibility.",
        "Baloch Liberation Army",
        "kills",
        "Pakistani soldiers",
    ),
    (
        "Three Israeli soldiers were wounded by a bomb in Jenin. "
        "Hamas claimed responsibility for the attack.",
        "Hamas",
        "assaults",
        "Israeli soldiers",
    ),
    (
        "Rockets hit the US embassy in Baghdad on Sunday. Kataib Hezbollah claimed the attack.",
        "Kataib Hezbollah",
        "attacks",
        "United States",
    ),
    (
        "Gunmen killed four Afghan soldiers in Kandahar. The Taliban claimed responsibility.",
        "Taliban",
        "kills",
        "Afghan soldiers",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # the attack told before names its doer: the claim is no reading of it
    ("Israeli jets struck Gaza on Sunday. Hamas claimed the attack.", "Hamas", "attacks", "Gaza"),
    (
        "Hamas fired rockets at Israel. The Israeli army claimed the strike.",
        "Israeli army",
        "attacks",
        "Israel",
    ),
    # a claim of something else than an attack
    ("Iraqi forces retook Mosul. Iraq claimed victory.", "Iraq", "attacks", "Mosul"),
    # the claimant is not the one attacked
    (
        "Rockets hit the US embassy in Baghdad on Sunday. Kataib Hezbollah claimed the attack.",
        "United States",
        "attacks",
        "Kataib Hezbollah",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_not_read(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)


def test_unclaimed_attack_is_negated(nlp):
    """A claim denied gives no edge: the relation is read negated."""
    from kgraph.extract.pipeline import extract_text

    text = "Rockets hit the US embassy in Baghdad. Kataib Hezbollah did not claim the attack."
    ex = extract_text(text, nlp=nlp)
    claims = [r for r in ex.relations if r.evidence.trigger == "claim"]
    assert claims
    assert all(r.negated for r in claims)
