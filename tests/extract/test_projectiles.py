"""Bombs set off where a side is, weapons that harm in a relative clause, mines struck.

relations/projectiles.py and the ``struck_explosive`` veto (real spaCy).
"""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
READ = [
    # a bomb set off at or near a side attacks it
    (
        "Boko Haram detonated a car bomb near a Nigerian army checkpoint.",
        "Boko Haram",
        "attacks",
        "Military of Nigeria",
    ),
    (
        "The militant set off his explosive vest outside the Turkish embassy.",
        "militant",
        "attacks",
        "Turkey",
    ),
    (
        "A suicide bomber blew himself up at a Pakistani army base.",
        "suicide bomber",
        "attacks",
        "Military of Pakistan",
    ),
    # the weapon's harm in a relative clause is the doer's
    (
        "Hezbollah fired a missile that killed three Israeli soldiers.",
        "Hezbollah",
        "kills",
        "Military of Israel",
    ),
    (
        "Al-Shabaab planted a bomb that killed four Kenyan soldiers.",
        "al-Shabaab",
        "kills",
        "Military of Kenya",
    ),
]

# sentence, subject, predicate, object
MUST_NOT = [
    # a vehicle that strikes a mine does not attack the mine's owner
    (
        "An Iraqi army truck struck an Islamic State landmine.",
        "Military of Iraq",
        "attacks",
        "Islamic State",
    ),
    (
        "Two soldiers died when their vehicle hit a Taliban mine.",
        "soldiers",
        "attacks",
        "Taliban",
    ),
    # blowing up a bridge is no suicide attack on those near it
    (
        "The army blew up the bridge near the Syrian border.",
        "army",
        "attacks",
        "Syria",
    ),
    # the rocket's victims are not its launcher's
    (
        "Hezbollah fired a missile that killed three Israeli soldiers.",
        "Military of Israel",
        "kills",
        "Hezbollah",
    ),
]


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), READ)
def test_projectile_reading(nlp, sentence, subject, predicate, obj):
    assert_read(nlp, sentence, subject, predicate, obj)


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), MUST_NOT)
def test_projectile_reading_must_not(nlp, sentence, subject, predicate, obj):
    assert_not_read(nlp, sentence, subject, predicate, obj)
