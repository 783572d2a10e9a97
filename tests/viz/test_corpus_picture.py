"""The default picture of a corpus-size graph: top actors, stated, labelled, in the frame."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kgraph.viz.focus import focus
from kgraph.viz.static import _figure, render
from kgraph.vocabulary import RELATIONS

PREDICATES = ("meetsWith", "criticizes", "sanctions", "leads", "memberOf", "signsAgreementWith")


def corpus(n: int = 150, seed: int = 3) -> nx.MultiDiGraph:
    """A scale-free actor graph with long and short names, as news corpora give."""
    rng = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    G = nx.MultiDiGraph()
    for i in base:
        name = f"Ministry of Foreign Affairs of Country {i}" if i % 7 == 0 else f"Actor {i}"
        G.add_node(f"a{i}", label=name, type=("State", "Person", "Government")[i % 3])
    for j, (u, v) in enumerate(base.edges()):
        p = PREDICATES[rng.randrange(len(PREDICATES))]
        G.add_edge(
            f"a{u}",
            f"a{v}",
            key=f"e{j}",
            predicate=p,
            family=RELATIONS[p].family,
            modality="asserted",
            negated=False,
            confidence=0.8,
            weight=0.8,
            sentence="",
            doc="d",
        )
    return G


def test_the_default_focus_keeps_the_40_most_connected_and_says_so():
    H = focus(corpus(), top=40)
    assert H.number_of_nodes() == 40
    assert H.graph["cut"] == {"top": 40, "of": 150, "by": "degree"}
    svg = render(H, "svg").decode()
    # SVG comments cannot hold "--": matplotlib writes "- -"
    assert "the 40 most connected of 150 actors (- -top to change)" in svg


@pytest.fixture(scope="module")
def figure():
    return _figure(focus(corpus(), top=40), "degree", None, None, False, None, 150)


def _actor_labels(fig):
    texts = [t for ax in fig.axes for t in ax.texts if t.get_zorder() == 5 and t.get_text()]
    renderer = fig.canvas.get_renderer()
    return [(t.get_text(), t.get_window_extent(renderer)) for t in texts]


def test_labels_are_inside_the_picture(figure):
    frame = figure.bbox
    labels = _actor_labels(figure)
    assert len(labels) >= 35
    for text, box in labels:
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, text
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1, text


def test_actor_labels_do_not_collide(figure):
    labels = _actor_labels(figure)
    clashes = [
        (a, b)
        for i, (a, box_a) in enumerate(labels)
        for b, box_b in labels[i + 1 :]
        if box_a.overlaps(box_b)
        and min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0) > 2
        and min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0) > 2
    ]
    assert clashes == []


def test_the_canvas_is_used(figure):
    """No half-empty canvas: the nodes spread over most of the graph area both ways."""
    ax = figure.axes[0]  # the graph axes (the legend comes after)
    xs, ys = [], []
    for coll in ax.collections:
        for x, y in coll.get_offsets():
            xs.append(x)
            ys.append(y)
    assert max(xs) - min(xs) > 0.7 and max(ys) - min(ys) > 0.7
