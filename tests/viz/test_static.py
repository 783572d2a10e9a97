"""The static picture: formats, byte-for-byte determinism, what is drawn."""

from __future__ import annotations

import networkx as nx
import pytest

from kgraph.errors import KGraphError
from kgraph.viz.static import draw, render
from tests.viz.graphs import sample_graph

MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "svg": b"<?xml", "pdf": b"%PDF-"}


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_draw_writes_each_format_deterministically(tmp_path, fmt):
    first = draw(sample_graph(), tmp_path / f"a.{fmt}", title="Venezuela")
    second = draw(sample_graph(), tmp_path / f"b.{fmt}", title="Venezuela")
    data = first.read_bytes()
    assert data.startswith(MAGIC[fmt])
    assert data == second.read_bytes()


def test_same_graph_built_in_another_order_gives_the_same_svg():
    G = sample_graph()
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert render(G, "svg") == render(H, "svg")


def test_png_is_about_1600_by_1000():
    data = render(sample_graph(), "png")
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    assert (width, height) == (1600, 1000)


def test_svg_carries_no_date_and_names_no_network_resource():
    svg = render(sample_graph(), "svg").decode()
    assert "<dc:date>" not in svg
    assert 'href="http' not in svg
    assert "<image" not in svg


def test_negated_events_are_left_out_unless_asked():
    from kgraph.viz.bundles import bundles
    from kgraph.viz.lines import line_text

    G = sample_graph()
    assert not any(b.dash == "dotted" for b in bundles(G))
    dotted = [b for b in bundles(G, show_negated=True) if b.dash == "dotted"]
    assert [line_text(b, True) for b in dotted] == ["not kills"]
    assert render(G, "svg") != render(G, "svg", show_negated=True)


def test_family_filter_and_top_change_the_picture():
    G = sample_graph()
    full = render(G, "svg")
    assert render(G, "svg", families=["hostile"]) != full
    assert render(G, "svg", top=3) != full


def test_bad_extension_is_a_user_error(tmp_path):
    with pytest.raises(KGraphError, match=r"\.png, \.svg, \.pdf"):
        draw(sample_graph(), tmp_path / "x.gif")


def test_empty_graph_still_draws(tmp_path):
    out = draw(nx.MultiDiGraph(), tmp_path / "empty.png")
    assert out.read_bytes().startswith(MAGIC["png"])


def test_unknown_size_measure_is_a_user_error(tmp_path):
    with pytest.raises(KGraphError, match="unknown centrality measure"):
        draw(sample_graph(), tmp_path / "x.png", size_by="fame")
