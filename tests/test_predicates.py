"""The Predicate type and the vocabulary table name the same predicates, in the same order."""

from __future__ import annotations

import inspect

import pytest

import kgraph.predicates as predicates
from kgraph.errors import KGraphError
from kgraph.predicates import PREDICATES, as_predicate, is_predicate, render_literal
from kgraph.rdf.jsonl import jsonl_to_extractions, relations_to_jsonl
from kgraph.vocabulary import RELATIONS
from tests.rdf.sample import sample_extractions


def test_literal_and_vocabulary_agree():
    assert tuple(RELATIONS) == PREDICATES


def test_generated_block_is_current():
    # when this fails, paste the output of `python -m kgraph.vocabulary` into the block
    assert render_literal(tuple(RELATIONS)) in inspect.getsource(predicates)


@pytest.mark.parametrize("name", ["sanctions", "meetsWith", "alliedWith"])
def test_known_names(name):
    assert is_predicate(name)
    assert as_predicate(name) == name


@pytest.mark.parametrize("name", ["sanction", "MeetsWith", "", "relatedTo"])
def test_unknown_names_are_refused(name):
    assert not is_predicate(name)
    with pytest.raises(ValueError, match="unknown predicate"):
        as_predicate(name)


def test_a_misspelt_predicate_in_jsonl_names_the_line():
    line = relations_to_jsonl(sample_extractions()).splitlines()[0]
    bad = line.replace('"predicate":"designates"', '"predicate":"designate"')
    assert bad != line
    with pytest.raises(KGraphError, match=r"x\.jsonl, line 2: .*unknown predicate 'designate'"):
        jsonl_to_extractions(line + "\n" + bad + "\n", source="x.jsonl")
