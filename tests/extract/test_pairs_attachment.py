"""Who does an act under a verb of pressing, and objects read after a manner phrase:
sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # the object of "press" does the act of its "to" clause
    (
        "The UN urged Moscow to press Damascus to halt airstrikes against the rebels.",
        "Damascus",
        "targets",
        "rebels",
    ),
    (
        "The UN urged Russia to press Syria to stop its airstrikes against the rebels.",
        "Syria",
        "targets",
        "rebels",
    ),
    # the object after "in the strongest terms", parsed as an apposition of "terms"
    (
        "France condemned in the strongest terms the attack by Hamas on Israeli civilians.",
        "France",
        "criticizes",
        "Hamas",
    ),
    (
        "Germany condemned in the strongest possible terms Russia's invasion of Ukraine.",
        "Germany",
        "criticizes",
        "Russia",
    ),
    # "cease" passes its subject to the act it ends, as "halt" does
    (
        "The UN pressed Myanmar's military to cease airstrikes against the Karen National Union.",
        "Myanmar",
        "targets",
        "Karen National Union",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # the one urged to press does not strike, whether the "to" clause is parsed as a
    # complement or as an adverbial clause of "press"
    (
        "The UN urged Moscow to press the junta to halt airstrikes against the rebels.",
        "Moscow",
        "targets",
        "rebels",
    ),
    (
        "The UN urged Moscow to press Damascus to halt airstrikes against the rebels.",
        "Moscow",
        "targets",
        "rebels",
    ),
    (
        "The UN urged Russia to press Syria to halt airstrikes against the rebels.",
        "Russia",
        "targets",
        "rebels",
    ),
    # a manner phrase names no object of its own
    (
        "France condemned the attack in the strongest terms, President Macron said.",
        "France",
        "criticizes",
        "Emmanuel Macron",
    ),
    (
        "The UN pressed Myanmar's military to cease airstrikes against the Karen National Union.",
        "United Nations",
        "targets",
        "Karen National Union",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_pressed_act_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_pressed_act_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
