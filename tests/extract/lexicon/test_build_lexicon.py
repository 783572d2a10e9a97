"""The converter of the field's dictionaries (tools/build_lexicon.py) and its committed output.

The converter runs on small dictionaries in the PETRARCH2 and Phoenix formats written
for these tests (``data/``); the committed files are checked for their stamps, order
and validity, since the sources themselves are not part of the project.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from importlib import resources
from pathlib import Path

import pytest

from kgraph.extract.lexicon.loader import parse_triggers

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(__file__).with_name("data")
TOOL = ROOT / "tools" / "build_lexicon.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("build_lexicon", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_lexicon"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(tool, tmp_path_factory):
    out = tmp_path_factory.mktemp("derived")
    tool.build(DATA, DATA, out, curated_path=DATA / "triggers.tsv", model="none")
    return out


def _rows(path: Path) -> list[list[str]]:
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


@pytest.mark.parametrize(
    ("code", "predicate"),
    [
        ("0841", "releases"),
        ("042", "consultsWith"),
        ("043", "meetsWith"),
        ("111", "criticizes"),
        ("1823", "kills"),
        ("183", "attacks"),
        ("193", "fightsAgainst"),
        ("202", "kills"),
        ("010", None),  # public statements: skipped
        ("204", None),
        ("", None),
    ],
)
def test_cameo_codes_map_to_predicates(tool, code, predicate):
    assert tool.predicate_of(code) == predicate


def test_the_verb_dictionary_parses(tool):
    synsets, nouns = tool.parse_verbs((DATA / "CAMEO.2.0.txt").read_text(encoding="utf-8"))
    by_name = {s.name: s for s in synsets}
    assert list(by_name) == ["ACCELERATE", "KILL", "MEET_PEOPLE", "CIRCULATE", "BERATE"]
    assert by_name["KILL"].code == "190"
    assert ("SLAUGHTER", "202") in by_name["KILL"].verbs
    assert ("+WIPE_OUT", None) in by_name["KILL"].verbs
    assert by_name["ACCELERATE"].code is None
    assert ("", "AID", "070", "RUSH") in by_name["ACCELERATE"].patterns
    assert nouns == {"WEAPON": ["ROCKET", "MORTARS"]}


EXPECTED_TRIGGERS = [
    # kind, lemma, with, predicate, strength, cameo
    ("phrase", "wipe", "out", "kills", "0.5", "190"),  # a synonym of the curated "kill"
    ("verb", "behead", "", "kills", "0.5", "190"),
    ("verb", "berate", "", "criticizes", "0.4", "111"),  # by its code only
    ("verb", "convene", "", "meetsWith", "0.5", "040"),
    ("verb", "scold", "", "criticizes", "0.4", "111"),
    ("verb", "slaughter", "", "kills", "0.5", "202"),  # its own code, the same predicate
]


def test_derived_triggers(built):
    rows = [(r[0], r[1], r[2], r[3], r[6], r[7]) for r in _rows(built / "derived_triggers.tsv")]
    assert rows == EXPECTED_TRIGGERS


@pytest.mark.parametrize(
    "lemma",
    [
        "face",  # too general
        "circulate",  # CAMEO 01, a statement
        "hurry",  # an uncoded synset: coded by pattern only
        "kill",  # curated
        "meet",  # curated, with its particle ("meet with")
    ],
)
def test_skipped_verbs(built, lemma):
    assert lemma not in {r[1] for r in _rows(built / "derived_triggers.tsv")}


def test_derived_triggers_load_under_the_curated_ones(built):
    text = (built / "derived_triggers.tsv").read_text(encoding="utf-8")
    rows = parse_triggers(text, "derived_triggers.tsv", source="petrarch2")
    assert {row.trigger.source for row in rows} == {"petrarch2"}
    assert all(row.trigger.strength < 0.9 for row in rows)


def test_derived_agents(built):
    rows = {r[0]: r[1] for r in _rows(built / "derived_agents.tsv")}
    assert rows == {
        "civilian": "~CVL",
        "peacekeeping troops": "IGO~",
        "police": "~COP",
        "policeman": "~COP",
        "policemen": "~COP",
        "policewoman": "~COP",
        "rebel": "~REB",
    }


def test_derived_actors_keep_dated_roles(built):
    by_label = {r[0]: r for r in _rows(built / "derived_actors.tsv")}
    assert by_label["Nicolas Maduro"] == [
        "Nicolas Maduro",
        "countries",
        "VENGOV 2006-09-01 -",
        "Maduro|President Maduro",
    ]
    assert (
        by_label["Hugo Chavez"][2] == "VENELI 1954-01-01 1999-02-01; VENGOV 1999-02-02 2013-03-05"
    )
    assert by_label["Ban Ki-moon"][1] == "international"
    assert "Venezuela" not in by_label and "Taliban" not in by_label  # no dated role


def test_derived_actors_read_as_dated_roles(built):
    from kgraph.extract.lexicon.roles import RoleIndex, parse_roles

    text = (built / "derived_actors.tsv").read_text(encoding="utf-8")
    roles = RoleIndex(parse_roles(text, "derived_actors.tsv"))
    assert roles.government_on("President Maduro", "2010-01-01") == "VEN"
    assert roles.codes_on("Ricardo Maduro", "2003-01-01") == ("HNDGOV",)


def test_rerunning_the_converter_changes_nothing(tool, built, tmp_path):
    tool.build(DATA, DATA, tmp_path, curated_path=DATA / "triggers.tsv", model="none")
    for name in ("derived_triggers.tsv", "derived_agents.tsv", "derived_actors.tsv"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_the_headers_carry_the_notices_and_stamps(built):
    head = (built / "derived_triggers.tsv").read_text(encoding="utf-8").splitlines()[:12]
    files = (TOOL, TOOL.with_name("phoenix_actors.py"))
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in files)).hexdigest()
    assert f"# converter-sha256: {digest}" in head
    cameo = hashlib.sha256((DATA / "CAMEO.2.0.txt").read_bytes()).hexdigest()
    assert f"# input-sha256: CAMEO.2.0.txt {cameo}" in head
    assert any("Copyright (c) 2014 Open Event Data" in line for line in head)
    assert "# The MIT License (MIT)" in head


def test_the_vectors_give_a_second_opinion(tool, tmp_path, nlp):
    tool.build(DATA, DATA, tmp_path, curated_path=DATA / "triggers.tsv")
    lemmas = {r[1] for r in _rows(tmp_path / "derived_triggers.tsv")}
    assert "behead" in lemmas  # nearest to the kill verbs
    assert "scold" not in lemmas  # by its vector nearer to another class than criticizes


# --- the committed output ------------------------------------------------------------

SHIPPED = ("derived_triggers.tsv", "derived_agents.tsv", "derived_actors.tsv")


def _shipped(name: str) -> str:
    return resources.files("kgraph").joinpath("data", "lexicon", name).read_text("utf-8")


@pytest.mark.parametrize("name", SHIPPED)
def test_committed_files_come_from_this_converter(name):
    files = (TOOL, TOOL.with_name("phoenix_actors.py"))
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in files)).hexdigest()
    head = [line for line in _shipped(name).splitlines() if line.startswith("#")]
    assert f"# converter-sha256: {digest}" in head, "rerun tools/build_lexicon.py"
    assert any("MIT License" in line for line in head)
    assert any(line.startswith("# input-sha256: ") for line in head)


@pytest.mark.parametrize("name", SHIPPED)
def test_committed_files_follow_the_curated_tables_they_build_on(name):
    # The derived base leaves out what the curated tables already say, so a curated
    # edit asks for a rerun of the converter; the stamp of each curated input says so.
    stamps = [
        line.split()[2:4]
        for line in _shipped(name).splitlines()
        if line.startswith("# input-sha256: kgraph/")
    ]
    for path, digest in stamps:
        current = hashlib.sha256((ROOT / path).read_bytes()).hexdigest()
        assert digest == current, f"{path} changed since {name} was derived: rerun the converter"


@pytest.mark.parametrize("name", SHIPPED)
def test_committed_files_are_sorted_and_unique(name):
    body = [line for line in _shipped(name).splitlines() if line and not line.startswith("#")]
    width = {"derived_triggers.tsv": 3, "derived_agents.tsv": 1, "derived_actors.tsv": 3}
    keys = [tuple(line.split("\t")[: width[name]]) for line in body]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
