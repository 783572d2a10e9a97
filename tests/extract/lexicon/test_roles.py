"""Dated roles: who held which office on a document's date."""

from __future__ import annotations

import pytest

from kgraph.errors import KGraphError
from kgraph.extract.lexicon.roles import Role, RoleIndex, load_roles, parse_roles

ROLES = """\
# label, dictionary, roles, aliases
Hugo Chavez\tcountries\tVENELI - 1999-02-01; VENGOV 1999-02-02 2013-03-05\tChavez
Nicolas Maduro\tcountries\tVENGOV 2006-09-01 -\tMaduro|President Maduro
Ricardo Maduro\tcountries\tHNDGOV 2002-01-27 2006-01-27\tMaduro
Ana Both\tcountries\tVENGOV 2010-01-01 -; COLGOV 2010-01-01 -\t
Eva Bus\tcountries\tVENGOVBUS 2010-01-01 -\t
"""
INDEX = RoleIndex(parse_roles(ROLES, "roles.tsv"))


def test_the_horizon_is_the_latest_date():
    assert INDEX.horizon == "2013-03-05"


def test_roles_parse():
    (chavez,) = [h for h in INDEX.holders if h.label == "Hugo Chavez"]
    assert chavez.roles == (
        Role("VENELI", None, "1999-02-01"),
        Role("VENGOV", "1999-02-02", "2013-03-05"),
    )
    assert chavez.aliases == ("Chavez",)


@pytest.mark.parametrize(
    ("name", "date", "codes"),
    [
        ("Hugo Chavez", "1998-06-01", ("VENELI",)),
        ("Hugo Chavez", "2005-06-01", ("VENGOV",)),
        ("Hugo Chavez", "2013-03-05", ("VENGOV",)),  # the last day is held
        ("Hugo Chavez", "2014-01-01", ()),
        ("hugo chávez", "2005-06-01", ("VENGOV",)),  # names normalised as in the gazetteer
        ("Nicolas Maduro", "2012-01-01", ("VENGOV",)),  # open-ended, to the horizon
        ("Nicolas Maduro", "2020-01-01", ()),  # after the dictionaries' last date
        ("President Maduro", "2006-09-01", ("VENGOV",)),
        ("Nicolas Maduro", "2006-08-31", ()),
        ("Maduro", "2004-01-01", ()),  # two actors share "Maduro": no answer
        ("Nobody Known", "2004-01-01", ()),
        ("Nicolas Maduro", "not a date", ()),
    ],
)
def test_codes_on_a_date(name, date, codes):
    assert INDEX.codes_on(name, date) == codes


@pytest.mark.parametrize(
    ("name", "date", "state"),
    [
        ("Hugo Chavez", "2005-06-01", "VEN"),
        ("Hugo Chavez", "1998-06-01", None),  # VENELI: an elite, not the government
        ("Nicolas Maduro", "2012-03-01T10:00:00Z", "VEN"),
        ("Ana Both", "2011-01-01", None),  # two states: the rule stays silent
        ("Eva Bus", "2011-01-01", None),  # a business role of the government sector
    ],
)
def test_the_government_held_on_a_date(name, date, state):
    assert INDEX.government_on(name, date) == state


def test_the_shipped_roles_answer():
    roles = load_roles()
    assert len(roles) > 10_000
    assert roles.codes_on("Nicolas Maduro", "2014-03-01") == ("VENGOV",)
    assert roles.government_on("Angela Merkel", "2010-05-01") == "DEU"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("President Goodluck Jonathan criticized the rebels. Nigeria sent troops.", None),
        ("Nigeria criticized the rebels.", "2012-03-01"),
    ],
)
def test_extraction_loads_the_roles_only_when_a_title_asks(nlp, text, date):
    from kgraph.extract.pipeline import extract_documents
    from kgraph.model import Document

    load_roles.cache_clear()
    list(extract_documents([Document(id="d", text=text, date=date)], nlp=nlp))
    assert load_roles.cache_info().currsize == 0


def test_a_bad_role_line_is_an_error():
    with pytest.raises(KGraphError, match=r"r\.tsv line 2: expected label, dictionary, roles"):
        parse_roles("# header\nX\tcountries\n", "r.tsv")
