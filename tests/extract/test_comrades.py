"""Fighting beside a partner: military cooperation with it, not a fight against it."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
CASES = [
    # a side set off beside the subject of an act of force is its partner in it
    (
        "Uganda, together with Burundi, is working hard to defeat al-Shabaab.",
        "Uganda",
        "cooperatesMateriallyWith",
        "Burundi",
    ),
    (
        "The United States, along with Britain, struck Houthi targets in Yemen.",
        "United States",
        "cooperatesMateriallyWith",
        "United Kingdom",
    ),
    (
        "Hezbollah is fighting alongside the Syrian army against Islamic State.",
        "Hezbollah",
        "cooperatesMateriallyWith",
        "Syria",
    ),
    (
        "Hezbollah is fighting alongside the Syrian army against Islamic State.",
        "Hezbollah",
        "fightsAgainst",
        "Islamic State",
    ),
    # the partner fights the foe too
    (
        "Hezbollah is fighting alongside the Syrian army against Islamic State.",
        "Syria",
        "fightsAgainst",
        "Islamic State",
    ),
    (
        "Kurdish fighters fought side by side with American troops.",
        "Kurdish fighters",
        "cooperatesMateriallyWith",
        "United States",
    ),
    (
        "French troops fought together with Malian soldiers against al-Qaeda.",
        "France",
        "cooperatesMateriallyWith",
        "Mali",
    ),
    (
        "French troops fought together with Malian soldiers against al-Qaeda.",
        "Mali",
        "fightsAgainst",
        "al-Qaeda",
    ),
    (
        "Chad sent troops to fight alongside Mali against the jihadists.",
        "Chad",
        "cooperatesMateriallyWith",
        "Mali",
    ),
    (
        "Hezbollah fought on the side of the Syrian government.",
        "Hezbollah",
        "cooperatesMateriallyWith",
        "Syria",
    ),
    (
        "Turkish troops fought shoulder to shoulder with Syrian rebels.",
        "Turkey",
        "cooperatesMateriallyWith",
        "Syrian rebels",
    ),
    # coordinated sides fighting together are each other's partners
    (
        "Kurdish fighters and American troops fought together against Islamic State.",
        "United States",
        "cooperatesMateriallyWith",
        "Kurdish fighters",
    ),
    # joining forces, teaming up: cooperation
    (
        "The rebels joined forces with al-Qaeda against the government.",
        "rebels",
        "cooperatesWith",
        "al-Qaeda",
    ),
    ("Iran teamed up with Russia to attack the rebels.", "Iran", "cooperatesWith", "Russia"),
    # "joined Y in V-ing Z": Y does it too, and fighting beside Y is cooperation
    ("Iran joined Russia in attacking the rebels.", "Russia", "attacks", "rebels"),
    ("Iran joined Russia in attacking the rebels.", "Iran", "attacks", "rebels"),
    ("Iran joined Russia in attacking the rebels.", "Iran", "cooperatesMateriallyWith", "Russia"),
    (
        "Britain joined the United States in criticizing China.",
        "United States",
        "criticizes",
        "China",
    ),
]

MUST_NOT = [
    # a side beside the subject of no act of force is no military partner
    (
        "France, along with Germany, condemned the coup in Niger.",
        "France",
        "cooperatesMateriallyWith",
        "Germany",
    ),
    # joining forces somewhere, or joining a body's forces, names no partner
    ("Turkey joined forces in Syria.", "Turkey", "cooperatesWith", "Syria"),
    ("France joined the coalition forces in Iraq.", "France", "cooperatesWith", "Iraq"),
    # the place fought in is no partner
    (
        "Kurdish fighters and American troops fought together in Syria.",
        "Kurdish fighters",
        "cooperatesMateriallyWith",
        "Syria",
    ),
    # the partner is no foe
    (
        "Kurdish fighters fought side by side with American troops.",
        "Kurdish fighters",
        "fightsAgainst",
        "United States",
    ),
    (
        "French troops fought together with Malian soldiers against al-Qaeda.",
        "France",
        "fightsAgainst",
        "Mali",
    ),
    (
        "Hezbollah is fighting alongside the Syrian army against Islamic State.",
        "Hezbollah",
        "fightsAgainst",
        "Syria",
    ),
    # fighting "with" a foe is still a fight
    (
        "Government forces clashed with the rebels near Idlib.",
        "government forces",
        "cooperatesMateriallyWith",
        "rebels",
    ),
    # joining someone in an act is no membership of it
    ("Hezbollah joined the Syrian army in attacking the rebels.", "Hezbollah", "memberOf", "Syria"),
    # cooperation is read only beside an act of force
    (
        "Britain joined the United States in criticizing China.",
        "United Kingdom",
        "cooperatesMateriallyWith",
        "United States",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_comrades(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_comrades_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
