"""A person's CAMEO code follows the document's date: the role held then, else the undated code."""

from __future__ import annotations

import pytest

from kgraph.extract.lexicon.roles import load_roles
from kgraph.extract.pipeline import extract_documents
from kgraph.model import ActorType, Document


def _codes(nlp, text, date):
    (ex,) = extract_documents([Document(id="d", text=text, date=date)], nlp=nlp)
    return {a.label: a.cameo for a in ex.actors if a.type is ActorType.PERSON}


@pytest.mark.parametrize(
    ("text", "date", "person", "code"),
    [
        # a role from 2007-06-01, open: held after its start
        ("Goodluck Jonathan met the rebels in Abuja.", "2010-05-01", "Goodluck Jonathan", "NGAGOV"),
        # before its start there is no role, and no undated code
        ("Goodluck Jonathan met the rebels in Abuja.", "2001-05-01", "Goodluck Jonathan", None),
        # successive roles: the one of the day (2004-04-01 … 2004-12-31)
        ("Nicolas Sarkozy visited Algeria.", "2004-06-01", "Nicolas Sarkozy", "FRAGOVBUS"),
        # two roles at once: the later begun (FRAGOV from 2006-02-01, FRAGOVDEV from 2005)
        ("Nicolas Sarkozy visited Algeria.", "2006-06-01", "Nicolas Sarkozy", "FRAGOV"),
        # on the first day of a role, and on the last day of the one before
        ("Nicolas Sarkozy visited Algeria.", "2004-04-01", "Nicolas Sarkozy", "FRAGOVBUS"),
        ("Nicolas Sarkozy visited Algeria.", "2004-03-31", "Nicolas Sarkozy", "FRAGOVMIL"),
        # after the last dated role ended: the undated code of the dictionaries
        ("Nicolas Sarkozy visited Algeria.", "2010-06-01", "Nicolas Sarkozy", "FRAELI"),
        # past the dictionaries' last date an open role is not taken as held
        ("Goodluck Jonathan met the rebels in Abuja.", "2025-05-01", "Goodluck Jonathan", None),
        # a gazetteer code stays when no dated role is held
        ("Barack Obama met the rebels in Abuja.", "2025-05-01", "Barack Obama", "USAGOV"),
    ],
)  # fmt: skip
def test_code_of_the_role_held_on_that_date(nlp, text, date, person, code):
    assert _codes(nlp, text, date)[person] == code


def test_an_undated_document_keeps_the_undated_code(nlp):
    assert _codes(nlp, "Goodluck Jonathan met the rebels in Abuja.", None) == {
        "Goodluck Jonathan": None
    }


def test_a_one_word_unlinked_name_picks_no_holder(nlp):
    # "Jonathan" alone may be anyone: no dictionary role is read for it
    codes = _codes(nlp, "Jonathan met the rebels in Abuja.", "2010-05-01")
    assert all(code != "NGAGOV" for code in codes.values())


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Nicolas Sarkozy", "2003-06-01", "FRAGOVMIL"),
        ("Nicolas Sarkozy", "1960-01-01", None),  # before every dated role
        ("Nicolas Sarkozy", "not a date", None),
        ("Nobody Atall", "2003-06-01", None),
    ],
)
def test_code_on(name, date, code):
    assert load_roles().code_on(name, date) == code
