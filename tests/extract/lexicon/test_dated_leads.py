"""Leads ties from a title and the dated roles: "President X" on the document's date."""

from __future__ import annotations

import pytest

from kgraph.extract.pipeline import extract_documents
from kgraph.model import Document


def _leads(nlp, text, date):
    (ex,) = extract_documents([Document(id="d", text=text, date=date)], nlp=nlp)
    labels = {a.id: a.label for a in ex.actors}
    return {
        (labels[r.subject], labels[r.object], dict(r.attributes).get("basis"))
        for r in ex.relations
        if r.predicate == "leads"
    }


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "President Goodluck Jonathan criticized the rebels. Nigeria sent troops.",
            "2012-03-01",
            ("Goodluck Jonathan", "Nigeria", "dated role"),
        ),
        (
            "President Hamid Karzai met officials in Kabul. Afghanistan rejected the plan.",
            "2010-03-01",
            ("Hamid Karzai", "Afghanistan", "dated role"),
        ),
    ],
)
def test_a_titled_leader_leads_the_state_served_on_that_date(nlp, text, date, expected):
    assert expected in _leads(nlp, text, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # before the role began (NGAGOV from 2007-06-01)
        ("President Goodluck Jonathan criticized the rebels. Nigeria sent troops.", "2001-03-01"),
        # no date: no office by date
        ("President Goodluck Jonathan criticized the rebels. Nigeria sent troops.", None),
        # a former holder
        ("Former President Goodluck Jonathan criticized the rebels. Nigeria sent troops.",
         "2012-03-01"),
        ("Rebels forced then-President Goodluck Jonathan from office. Nigeria sent troops.",
         "2012-03-01"),
        # after the dictionaries' last date, an open role is not taken as held
        ("President Goodluck Jonathan criticized the rebels. Nigeria sent troops.",
         "2025-03-01"),
        # the state is not in the document: no actor to tie to
        ("President Goodluck Jonathan criticized the rebels.", "2012-03-01"),
        # not a head-of-government title
        ("Senator Goodluck Jonathan criticized the rebels. Nigeria sent troops.", "2012-03-01"),
    ],
)  # fmt: skip
def test_no_tie_without_title_date_role_and_state(nlp, text, date):
    assert not any(basis == "dated role" for _, _, basis in _leads(nlp, text, date))
