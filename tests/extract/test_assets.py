"""Military assets as targets, and bare "strikes" standing for the force that flew them."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_documents
from kgraph.model import ActorType, Document, DocumentExtraction


def _extract(nlp, text: str, publisher: str | None = None) -> DocumentExtraction:
    document = Document(id="t", text=text, date="2026-03-02", publisher=publisher)
    return next(extract_documents([document], nlp=nlp))


def _targets(ex: DocumentExtraction, subject: str) -> set[str]:
    actors = {a.id: a for a in ex.actors}
    return {
        actors[r.object].label
        for r in ex.relations
        if r.predicate in ("targets", "fightsAgainst", "attacks")
        and not r.negated
        and actor_matches(subject, actors.get(r.subject))
    }


# text, publisher, subject, assets hit
CASES = [
    (
        "The coalition conducted four strikes against ISIS. Near Raqqa, two strikes "
        "destroyed an ISIS vehicle and three fighting positions.",
        None,
        "Global Coalition",
        {"ISIS vehicle", "fighting positions"},
    ),
    (
        "Near the border, one strike engaged an al-Shabaab tactical unit and destroyed "
        "a weapons cache.",
        "US Africa Command",
        "US Africa Command",
        {"al-Shabaab tactical unit", "weapons cache"},
    ),
    # a list the parser reads as an apposition; "damaged" is an act of force too
    (
        "Near Kobani, four strikes engaged two ISIS tactical units; destroyed three "
        "ISIS-held buildings, two vehicles, and a bunker; damaged 12 supply routes.",
        "US Central Command",
        "United States Central Command",
        {"ISIS tactical units", "ISIS-held buildings", "vehicles", "bunker", "supply routes"},
    ),
    (
        "Israeli aircraft struck a Hamas rocket launcher and two tunnels in Gaza.",
        None,
        "Israel",
        {"Hamas rocket launcher", "tunnels"},
    ),
    # shelling and bombing hit assets as striking does
    (
        "Government forces shelled rebel positions and a weapons depot near Homs.",
        None,
        "government forces",
        {"rebel positions", "weapons depot"},
    ),
    (
        "Russian jets bombed two fuel depots outside the city.",
        None,
        "Russia",
        {"fuel depots"},
    ),
    # an "of" phrase names the one hit: the asset is no actor of its own
    (
        "Israeli tanks shelled positions of the Palestinian security forces near Rafah.",
        None,
        "Israel",
        {"Military of Palestine"},
    ),
]


@pytest.mark.parametrize(("text", "publisher", "subject", "assets"), CASES)
def test_assets_are_targets(nlp, text, publisher, subject, assets):
    ex = _extract(nlp, text, publisher)
    assert assets <= _targets(ex, subject)


def test_asset_is_a_group_actor(nlp):
    ex = _extract(nlp, "Two strikes destroyed an ISIL vehicle.", "CENTCOM")
    vehicle = next(a for a in ex.actors if a.label == "ISIL vehicle")
    assert vehicle.type is ActorType.GROUP


@pytest.mark.parametrize(
    "text",
    [
        "The minister bought a new vehicle in March.",  # no act of force
        "Workers repaired the bridge near the town.",
        "Three strikes by dockworkers closed the port.",  # a strike that hits nothing
        "The opposition party said its headquarters had been damaged by the storm.",
    ],
)
def test_no_asset_without_an_act_of_force(nlp, text):
    ex = _extract(nlp, text, "CENTCOM")
    assert not ex.relations
    assert all(m.label not in ("ASSET", "STRIKES") for a in ex.actors for m in a.mentions)


def test_place_before_strikes_is_no_agent(nlp):
    ex = _extract(nlp, "Near Mosul, three strikes destroyed two ISIL tunnels.", "CENTCOM")
    actors = {a.id: a for a in ex.actors}
    subjects = {actors[r.subject].label for r in ex.relations if r.predicate == "targets"}
    assert subjects and not any("Mosul" in s for s in subjects)


@pytest.mark.parametrize(
    ("text", "predicate", "obj"),
    [
        # strikes suppressing a unit fight it (CAMEO 190) ...
        ("Near Raqqa, one strike suppressed an ISIS tactical unit.", "fightsAgainst", "unit"),
        # ... troops suppressing protesters repress them (CAMEO 17)
        ("Syrian troops suppressed the protesters in Homs.", "coerces", "protesters"),
    ],
)
def test_suppressing_an_asset_is_fighting(nlp, text, predicate, obj):
    ex = _extract(nlp, text, "US Central Command")
    actors = {a.id: a for a in ex.actors}
    found = {(r.predicate, actors[r.object].label.split()[-1]) for r in ex.relations}
    assert (predicate, obj) in found
