"""Deterministic node placement: same graph in, same coordinates out.

Each connected component of the collapsed undirected graph is laid out on its
own with a seeded spring (Fruchterman–Reingold) layout, then the components are
packed in rows, largest first, so that isolated actors do not fly off to the
corners. Nodes are always visited in sorted order, so the result depends only
on the graph's content, never on insertion order.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from kgraph.viz.scores import collapse_undirected

SEED = 20251124
_PAD = 0.7  # room between packed components, in the units of a one-actor component
Position = tuple[float, float]


def layout(G: nx.Graph, *, aspect: float = 1.6, seed: int = SEED) -> dict[str, Position]:
    """Return ``{node: (x, y)}`` with x in [0, 1] and y in [0, 1].

    ``aspect`` is the width/height ratio the packing aims at (the picture's
    proportions); the result is stretched to fill the unit square.

    >>> G = nx.MultiDiGraph([("b", "a"), ("a", "c"), ("x", "y")])
    >>> pos = layout(G)
    >>> pos == layout(nx.MultiDiGraph([("x", "y"), ("a", "c"), ("b", "a")]))
    True
    >>> all(0.0 <= v <= 1.0 for xy in pos.values() for v in xy)
    True
    """
    H = collapse_undirected(G) if G.is_multigraph() or G.is_directed() else _sorted_copy(G)
    if H.number_of_nodes() == 0:
        return {}
    comps = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    boxes = [_component(H.subgraph(c), seed) for c in comps]
    placed = _pack(boxes, aspect)
    return _normalise(placed)


def _sorted_copy(G: nx.Graph) -> nx.Graph:
    H = nx.Graph()
    H.add_nodes_from(sorted(G))
    H.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in G.edges() if u != v))
    return H


def _component(sub: nx.Graph, seed: int) -> tuple[dict[str, Position], float]:
    """Lay out one component in a box; return positions (in [0, size]²) and the size."""
    nodes = sorted(sub)
    n = len(nodes)
    size = 1.4 * math.sqrt(n)
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}, 1.0
    if n == 2:
        return {nodes[0]: (0.0, 0.5), nodes[1]: (1.0, 0.5)}, 1.0
    index = {v: i for i, v in enumerate(nodes)}
    edges = sorted(
        (index[a], index[b], d["weight"])
        if index[a] < index[b]
        else (index[b], index[a], d["weight"])
        for a, b, d in sub.edges(data=True)
    )
    # log-scaled weights: a pair with many events pulls closer, but not onto each other
    raw = spring(
        n, [(i, j, 1.0 + math.log(w)) for i, j, w in edges], k=1.8 / math.sqrt(n), seed=seed
    )
    xs = _spread([float(x) for x in raw[:, 0]])
    ys = _spread([float(y) for y in raw[:, 1]])
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    span = max(x1 - x0, y1 - y0, 1e-9)
    pos = {
        v: (round((x - x0) / span * size, 9), round((y - y0) / span * size, 9))
        for v, x, y in zip(nodes, xs, ys, strict=True)
    }
    return pos, size


def spring(
    n: int,
    edges: list[tuple[int, int, float]],
    *,
    k: float,
    seed: int = SEED,
    iterations: int | None = None,
) -> Any:
    """Return an ``n × 2`` array of Fruchterman–Reingold positions, numpy only.

    Repulsion is computed in row blocks (memory stays ``O(n × block)``) and
    attraction along the edge list, so large graphs need neither scipy nor an
    ``n × n`` matrix. The seed fixes the start; the rest is arithmetic.

    >>> p = spring(3, [(0, 1, 1.0), (1, 2, 1.0)], k=0.5)
    >>> p.shape, bool((spring(3, [(0, 1, 1.0), (1, 2, 1.0)], k=0.5) == p).all())
    ((3, 2), True)
    """
    import numpy as np

    if iterations is None:
        iterations = 300 if n <= 300 else max(40, 90_000 // n)
    pos = np.random.default_rng(seed).random((n, 2))
    if n < 2:
        return pos
    src = np.array([e[0] for e in edges], dtype=np.int64)
    dst = np.array([e[1] for e in edges], dtype=np.int64)
    weight = np.array([e[2] for e in edges], dtype=float)
    temperature = 0.1
    cool = temperature / (iterations + 1)
    block = max(1, min(n, 2_000_000 // n))
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        for start in range(0, n, block):
            delta = pos[start : start + block, None, :] - pos[None, :, :]
            dist2 = np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-4)
            disp[start : start + block] += np.einsum("ijk,ij->ik", delta, k * k / dist2)
        if len(edges):
            delta = pos[src] - pos[dst]
            dist = np.maximum(np.sqrt(np.einsum("ij,ij->i", delta, delta)), 1e-2)
            pull = delta * (weight * dist / k)[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp))
        length = np.where(length < 0.01, 0.1, length)
        pos += disp * (temperature / length)[:, None]
        temperature -= cool
    return pos


def _spread(values: list[float], blend: float = 0.5) -> list[float]:
    """Pull values towards evenly spaced ranks, thinning the crowded centre of a spring layout.

    >>> _spread([0.0, 0.1, 0.2, 10.0], blend=1.0)
    [0.0, 3.333333333, 6.666666667, 10.0]
    """
    n = len(values)
    lo, hi = min(values), max(values)
    if n < 3 or hi == lo:
        return values
    order = sorted(range(n), key=lambda i: (values[i], i))
    even = [0.0] * n
    for r, i in enumerate(order):
        even[i] = lo + (hi - lo) * r / (n - 1)
    return [round((1 - blend) * v + blend * e, 9) for v, e in zip(values, even, strict=True)]


def _pack(boxes: list[tuple[dict[str, Position], float]], aspect: float) -> dict[str, Position]:
    """Place component boxes in rows (largest first) aiming at ``aspect``."""
    area = sum((s + _PAD) ** 2 for _, s in boxes)
    row_width = max(max(s + _PAD for _, s in boxes), math.sqrt(area * aspect))
    out: dict[str, Position] = {}
    x = y = row_h = 0.0
    for pos, size in boxes:
        cell = size + _PAD
        if x > 0 and x + cell > row_width + 1e-9:
            x, y, row_h = 0.0, y + row_h, 0.0
        for v, (px, py) in pos.items():
            out[v] = (x + _PAD / 2 + px, -(y + _PAD / 2 + py))
        x += cell
        row_h = max(row_h, cell)
    return out


def _normalise(pos: dict[str, Position]) -> dict[str, Position]:
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    dx, dy = (x1 - x0) or 1.0, (y1 - y0) or 1.0
    cx = 0.5 if x1 == x0 else None
    cy = 0.5 if y1 == y0 else None
    return {
        v: (
            round(cx if cx is not None else (x - x0) / dx, 6),
            round(cy if cy is not None else (y - y0) / dy, 6),
        )
        for v, (x, y) in sorted(pos.items())
    }
