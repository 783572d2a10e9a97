"""The table of how kgraph predicates are scored against each dataset."""

from __future__ import annotations

import pytest

from kgraph.errors import KGraphError
from kgraph.evaluate.mappings import DATASETS, load_mapping, load_mappings, parse_mapping
from kgraph.vocabulary import RELATIONS


def test_every_dataset_has_a_mapping():
    assert sorted(load_mappings()) == sorted(DATASETS)


@pytest.mark.parametrize("dataset", DATASETS)
def test_mapped_predicates_are_in_the_vocabulary(dataset):
    for _, predicates in load_mapping(dataset).classes:
        assert set(predicates) <= set(RELATIONS)


@pytest.mark.parametrize(
    ("dataset", "predicate", "cls"),
    [
        ("re3d", "kills", "FightingAgainst"),
        ("re3d", "appealsTo", "CommWith"),
        ("re3d", "cooperatesMateriallyWith", "AlliesOf"),
        ("re3d", "arrests", "Dislikes"),
        ("wikievents", "demands", "Contact.RequestCommand"),
        ("rams", "signsAgreementWith", "government.agreements"),
        ("re3d", "makesStatementAbout", None),  # out of scope: counts neither way
        ("wikievents", "sanctions", None),
    ],
)
def test_class_of_predicate(dataset, predicate, cls):
    assert load_mapping(dataset).class_of_predicate(predicate) == cls


def test_recall_only_is_the_one_event_per_passage_set():
    assert [d for d in DATASETS if load_mapping(d).recall_only] == ["rams"]


GOOD = {"class": "map", "gold_class": "field:type", "classes": {"A": ["attacks"]}}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({**GOOD, "classes": {"A": ["bombs"]}}, "table.json: x/A: unknown predicate 'bombs'"),
        ({**GOOD, "classes": {"A": ["attacks"], "B": ["attacks"]}}, "'attacks' is in both A and B"),
        ({**GOOD, "colour": "red"}, "unknown option.*colour"),
        ({**GOOD, "class": "verb"}, "'class' must be one of"),
        ({**GOOD, "accept": "any"}, "'accept' must be one of"),
        ({**GOOD, "gold_class": "type"}, "'gold_class' must be"),
        ({**GOOD, "classes": {}}, "class 'map' needs a 'classes' table"),
    ],
)
def test_bad_rows_are_refused(row, message):
    with pytest.raises(KGraphError, match=message):
        parse_mapping("x", row, "table.json")
