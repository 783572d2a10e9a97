"""Focusing a projected graph before drawing it."""

from __future__ import annotations

import pytest

from kgraph.errors import KGraphError
from kgraph.viz.focus import focus
from tests.viz.graphs import sample_graph


def test_ego_by_label_keeps_the_neighbourhood():
    H = focus(sample_graph(), ego="Cartel de Los Soles", hops=1)
    assert set(H) == {"Q5046398", "Q30", "Q57413", "Q11696"}


def test_ego_with_zero_hops_is_the_actor_alone():
    assert list(focus(sample_graph(), ego="Q717", hops=0)) == ["Q717"]


def test_family_filter_drops_actors_left_without_relations():
    H = focus(sample_graph(), families=["cooperative"])
    assert set(H) == {"Q739", "Q30"}
    assert {d["family"] for *_, d in H.edges(data=True)} == {"cooperative"}


def test_date_window_keeps_standing_relations():
    H = focus(sample_graph(), date_from="2025-11-25", date_to="2025-11-25")
    preds = sorted(d["predicate"] for *_, d in H.edges(data=True))
    assert "attacks" in preds and "leads" in preds
    assert "designates" not in preds


def test_top_keeps_the_most_central_and_the_ego():
    H = focus(sample_graph(), ego="Colombia", hops=2, top=2)
    assert "Q739" in H and len(H) <= 3


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"ego": "Atlantis"}, "unknown actor"),
        ({"families": ["friendly"]}, "unknown relation family"),
        ({"hops": -1}, "hops"),
        ({"top": 0}, "top"),
        ({"date_from": "2025-12-01", "date_to": "2025-01-01"}, "empty date window"),
    ],
)
def test_bad_requests_are_user_errors(kwargs, message):
    with pytest.raises(KGraphError, match=message):
        focus(sample_graph(), **kwargs)


def test_focus_does_not_touch_its_input():
    G = sample_graph()
    before = (G.number_of_nodes(), G.number_of_edges())
    focus(G, ego="Q30", families=["hostile"], top=2)
    assert (G.number_of_nodes(), G.number_of_edges()) == before


def test_scores_kept_on_the_graph_give_the_same_cut_and_pictures(tmp_path):
    from kgraph.analytics.defaults import MEASURES
    from kgraph.viz.interactive import write_html
    from kgraph.viz.scores import with_scores
    from kgraph.viz.static import render

    plain, kept = sample_graph(), with_scores(sample_graph(), MEASURES)
    assert set(kept.graph["scores"]) == set(MEASURES)
    cut, cut_kept = focus(plain, top=4), focus(kept, top=4)
    assert sorted(cut) == sorted(cut_kept)
    assert cut.graph == cut_kept.graph
    assert render(plain, "svg", top=4) == render(kept, "svg", top=4)
    write_html(cut, tmp_path / "plain.html")
    write_html(cut_kept, tmp_path / "kept.html")
    assert (tmp_path / "plain.html").read_bytes() == (tmp_path / "kept.html").read_bytes()
