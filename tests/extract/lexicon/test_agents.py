"""Agent nouns with CAMEO sector codes."""

from __future__ import annotations

import pytest

from kgraph.errors import KGraphError
from kgraph.extract.lexicon.agents import load_agents, parse_agents


@pytest.mark.parametrize(
    ("noun", "sectors"),
    [
        ("police", ("COP",)),
        ("policemen", ("COP",)),
        ("rebel", ("REB",)),
        ("civilian", ("CVL",)),
        ("Police", ("COP",)),
        ("teapot", ()),
    ],
)
def test_shipped_agent_sectors(noun, sectors):
    assert load_agents().sectors(noun) == sectors


def test_a_bad_agent_line_is_an_error():
    with pytest.raises(KGraphError, match=r"a\.tsv line 2: expected a noun and its codes"):
        parse_agents("# header\npolice\n", "a.tsv")
