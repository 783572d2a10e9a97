"""Integrity and lookups of the shipped gazetteer."""

from __future__ import annotations

import pycountry
import pytest

from kgraph.extract.ids import QID_RE, actor_id, slugify
from kgraph.extract.mentions.gazetteer import load_gazetteer, normalize
from kgraph.model import ActorType


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_ids_are_unique(gaz):
    ids = [e.id for e in gaz.entries]
    assert len(ids) == len(set(ids))


def test_types_codes_and_qids_are_valid(gaz):
    qids = []
    for entry in gaz.entries:
        assert isinstance(entry.type, ActorType)
        if entry.qid is not None:
            assert QID_RE.match(entry.qid), entry
            qids.append(entry.qid)
        for code in (entry.iso, entry.country):
            if code is not None:
                assert pycountry.countries.get(alpha_3=code) is not None, entry
        if entry.type is ActorType.STATE and entry.iso:
            assert entry.cameo == entry.iso
        if entry.type is ActorType.PERSON:
            assert entry.gender in ("m", "f"), entry
    assert len(qids) == len(set(qids)), "a QID names two entries"


def test_every_un_member_state_is_present(gaz):
    states = [e for e in gaz.entries if e.type is ActorType.STATE]
    assert len(states) >= 193
    for iso in ("USA", "VEN", "RUS", "CHN", "IRN", "UKR", "SSD", "TLS", "PSE", "VAT"):
        assert gaz.state(iso) is not None
        assert gaz.government(iso).cameo == f"{iso}GOV"
        assert gaz.military(iso).cameo == f"{iso}MIL"


def test_no_alias_is_ambiguous_by_accident(gaz):
    # Names two actors share are dropped on purpose; this list documents them.
    assert gaz.ambiguous == frozenset()


@pytest.mark.parametrize(
    ("text", "label", "type_", "qid"),
    [
        ("Trump", "Donald Trump", ActorType.PERSON, "Q22686"),
        ("President Trump", "Donald Trump", ActorType.PERSON, "Q22686"),
        ("Nicolas Maduro", "Nicolás Maduro", ActorType.PERSON, "Q57413"),
        ("Maduro’s", "Nicolás Maduro", ActorType.PERSON, "Q57413"),
        ("the United States", "United States", ActorType.STATE, "Q30"),
        ("U.S.", "United States", ActorType.STATE, "Q30"),
        ("America", "United States", ActorType.STATE, "Q30"),
        ("Venezuela, Bolivarian Republic of", None, None, None),
        ("Bolivarian Republic of Venezuela", "Venezuela", ActorType.STATE, "Q717"),
        ("Russian Federation", "Russia", ActorType.STATE, "Q159"),
        ("Cartel de los Soles", "Cartel de Los Soles", ActorType.CRIMINAL_ORGANIZATION, None),
        (
            "Operation Southern Spear",
            "Operation Southern Spear",
            ActorType.MILITARY_OPERATION,
            None,
        ),
        ("Axios", "Axios", ActorType.MEDIA, None),
        ("Federal Register", "Federal Register", ActorType.MEDIA, None),
        ("ISIL", "Islamic State", ActorType.ARMED_GROUP, "Q2429253"),
        ("al Qaeda", "al-Qaeda", ActorType.ARMED_GROUP, "Q34490"),
        ("Western Hemisphere", "Western Hemisphere", ActorType.LOCATION, None),
        ("NATO", "NATO", ActorType.INTERNATIONAL_ORGANIZATION, "Q7184"),
        ("us", None, None, None),
        ("who", None, None, None),
    ],
)
def test_lookup(gaz, text, label, type_, qid):
    entry = gaz.lookup(text)
    if label is None:
        assert entry is None
        return
    assert entry is not None
    assert (entry.label, entry.type, entry.qid) == (label, type_, qid)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Venezuelan", "VEN"), ("Iranian", "IRN"), ("American", "USA"), ("British", "GBR")],
)
def test_demonym(gaz, text, iso):
    assert gaz.demonym(text).iso == iso


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Washington", "USAGOV"),
        ("the White House", "USAGOV"),
        ("the Kremlin", "RUSGOV"),
        ("Caracas", "VENGOV"),
        ("Beijing", "CHNGOV"),
        ("Tehran", "IRNGOV"),
        ("Downing Street", "GBRGOV"),
        ("the Pentagon", "USAMIL"),
    ],
)
def test_metonym(gaz, text, cameo):
    assert gaz.metonym(text).cameo == cameo


def test_leader_has_office_and_country(gaz):
    trump = gaz.lookup("Donald Trump")
    assert trump.office == "President of the United States"
    assert trump.country == "USA"
    assert trump.cameo == "USAGOV"


@pytest.mark.parametrize(
    ("label", "type_", "qid", "expected"),
    [
        ("Donald Trump", ActorType.PERSON, "Q22686", "donald-trump-q22686"),
        ("Cartel de Los Soles", ActorType.CRIMINAL_ORGANIZATION, None,
         "criminal-organization-cartel-de-los-soles"),
        ("drug-trafficking networks", ActorType.GROUP, None, "group-drug-trafficking-networks"),
        ("Government of Venezuela", ActorType.GOVERNMENT, None, "government-of-venezuela"),
        ("Operation Southern Spear", ActorType.MILITARY_OPERATION, None,
         "operation-southern-spear"),
    ],
)  # fmt: skip
def test_actor_id(label, type_, qid, expected):
    assert actor_id(label, type_, qid) == expected


def test_slugify_and_normalize_are_accent_and_case_insensitive():
    assert slugify("Nicolás MADURO") == "nicolas-maduro"
    assert normalize("The Élysée") == normalize("elysee")
