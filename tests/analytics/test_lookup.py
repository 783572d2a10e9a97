"""Actor names the user types, resolved to actor ids."""

from __future__ import annotations

import pytest

from kgraph.analytics.lookup import find_actor
from kgraph.errors import KGraphError


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Q22686", "Q22686"),  # id
        ("Donald Trump", "Q22686"),  # label
        ("donald trump", "Q22686"),  # case
        ("Trump", "Q22686"),  # alias
        ("president trump", "Q22686"),
        ("Trump Jr.", "Q3713655"),  # alias, punctuation ignored
        ("Nicolas Maduro", "Q57413"),  # accents ignored
        ("MADURO", "Q57413"),
        ("q57413", "Q57413"),  # QID, any case
        ("US", "Q30"),
        ("Washington", "Q30"),
        ("Cartel de los Soles", "criminalorganization-cartel-de-los-soles"),
        ("Soles", "criminalorganization-cartel-de-los-soles"),  # whole words of a label
        ("Marco", "Q324546"),
    ],
)
def test_names_resolve(news_graph, name, expected):
    assert find_actor(news_graph, name) == expected


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("Trumpp", ["Donald Trump (Q22686)"]),
        ("Madur", ["Nicolás Maduro (Q57413)"]),
        ("Venezuala", ["Venezuela (Q717)"]),
    ],
)
def test_unknown_name_lists_close_matches(news_graph, name, listed):
    with pytest.raises(KGraphError) as err:
        find_actor(news_graph, name)
    message = str(err.value)
    assert message.startswith(f"unknown actor {name!r}")
    assert "\n" not in message
    for candidate in listed:
        assert candidate in message


def test_unknown_name_without_close_match(news_graph):
    with pytest.raises(KGraphError, match="no close match among 8 actors"):
        find_actor(news_graph, "Zelensky")


def test_ambiguous_name_lists_candidates(news_graph):
    with pytest.raises(KGraphError) as err:
        find_actor(news_graph, "Donald")
    message = str(err.value)
    assert "ambiguous" in message
    assert "Donald Trump (Q22686)" in message
    assert "Donald Trump Jr. (Q3713655)" in message


def test_empty_name_is_an_error(news_graph):
    with pytest.raises(KGraphError, match="empty actor name"):
        find_actor(news_graph, " . ")
