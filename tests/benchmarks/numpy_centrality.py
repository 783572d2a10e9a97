"""The numpy-only centralities kgraph used before igraph: kept to time against (bench_analytics).

Same interface as :func:`kgraph.analytics.centrality.rank`; every measure is
computed in numpy on edge arrays (power iterations, and breadth-first searches
a level at a time). Not part of the package.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import rdflib
from rdflib import Literal

from kgraph.errors import KGraphError
from kgraph.model import ActorScore
from kgraph.rdf.namespace import ACTOR, KG

MEASURES = (
    "degree",
    "in_degree",
    "out_degree",
    "betweenness",
    "closeness",
    "pagerank",
    "eigenvector",
)
AUTO_SAMPLE_ABOVE = 5000  # actors; above this, betweenness is sampled by default
AUTO_SAMPLE_K = 256  # sources sampled by default: a few seconds at 100k actors
_RDF_TERMS = {"pagerank": KG.pageRank, "degree": KG.degreeCentrality, "betweenness": KG.betweenness}


def rank(
    G: nx.MultiDiGraph,
    *,
    measures: Sequence[str] = ("degree", "pagerank", "betweenness"),
    top: int | None = 20,
    sort_by: str = "pagerank",
    betweenness_k: int | None = None,
    seed: int = 0,
) -> list[ActorScore]:
    """Return the actors' scores, best first by ``sort_by`` (ties by id).

    ``sort_by`` is computed even when not listed in ``measures``. ``top=None``
    returns every actor. Sampled betweenness draws its ``betweenness_k``
    sources from ``seed``; without ``betweenness_k`` it samples
    ``AUTO_SAMPLE_K`` sources above ``AUTO_SAMPLE_ABOVE`` actors.

    >>> star = nx.MultiDiGraph([("hub", leaf) for leaf in "abcd"])
    >>> [s.actor for s in rank(star, measures=("degree",), sort_by="degree", top=2)]
    ['hub', 'a']
    """
    wanted = list(dict.fromkeys([*measures, sort_by]))
    unknown = [m for m in wanted if m not in MEASURES]
    if unknown:
        raise KGraphError(f"unknown centrality measure {unknown[0]!r}: use {', '.join(MEASURES)}")
    if top is not None and top < 1:
        raise KGraphError(f"--top must be at least 1, not {top}")
    if betweenness_k is not None and betweenness_k < 1:
        raise KGraphError(f"betweenness sample size must be at least 1, not {betweenness_k}")
    if G.number_of_nodes() == 0:
        return []

    e = _Edges.of(G)
    n = e.n
    norm = 1.0 / (n - 1) if n > 1 else 0.0
    computed: dict[str, np.ndarray] = {}
    for m in wanted:
        if m == "degree":
            computed[m] = (np.bincount(e.a, minlength=n) + np.bincount(e.b, minlength=n)) * norm
        elif m == "in_degree":
            computed[m] = np.bincount(e.dst[e.src != e.dst], minlength=n) * norm
        elif m == "out_degree":
            computed[m] = np.bincount(e.src[e.src != e.dst], minlength=n) * norm
        elif m == "pagerank":
            computed[m] = _pagerank(n, e.src, e.dst, e.w)
        elif m == "eigenvector":
            computed[m] = _eigenvector(n, e.a, e.b, e.uw)
        elif m == "closeness":
            computed[m] = _closeness(*e.csr())
        elif m == "betweenness":
            k = betweenness_k
            if k is None and n > AUTO_SAMPLE_ABOVE:
                k = AUTO_SAMPLE_K
            computed[m] = _betweenness(*e.csr(), k=k, seed=seed)
    for values in computed.values():
        # a one-source betweenness sample says nothing about the source itself
        np.nan_to_num(values, copy=False, nan=0.0)

    # rounding keeps float noise from deciding the order of actors that tie
    key = np.round(computed[sort_by], 12)
    nodes = e.nodes
    order = sorted(range(n), key=lambda i: (-key[i], nodes[i]))
    if top is not None:
        order = order[:top]
    attrs = G.nodes
    return [
        ActorScore(
            actor=nodes[i],
            label=str(attrs[nodes[i]].get("label") or nodes[i]),
            type=str(attrs[nodes[i]].get("type") or ""),
            qid=attrs[nodes[i]].get("qid"),
            scores=tuple((m, float(computed[m][i])) for m in wanted),
        )
        for i in order
    ]


def scores_to_rdf(scores: Sequence[ActorScore]) -> rdflib.Graph:
    """Return the scores as ``kg:pageRank``, ``kg:degreeCentrality``, ``kg:betweenness`` triples.

    Other measures have no ontology term and are left out.

    >>> s = ActorScore("maduro", "Nicolás Maduro", "Person", None, (("pagerank", 0.25),))
    >>> [(p.fragment, o.n3()) for _, p, o in scores_to_rdf([s])]
    [('pageRank', '"0.25"^^<http://www.w3.org/2001/XMLSchema#double>')]
    """
    g = rdflib.Graph()
    g.bind("kg", KG._NS)
    g.bind("actor", ACTOR)
    for s in scores:
        for measure, value in s.scores:
            term = _RDF_TERMS.get(measure)
            if term is not None:
                literal = Literal(repr(round(value, 10)), datatype=rdflib.XSD.double)
                g.add((ACTOR[s.actor], term, literal))
    return g


# --- the measures on networkx simple graphs (same definitions as networkx) ---------


def pagerank(D: nx.DiGraph) -> dict[str, float]:
    """Return weighted PageRank (damping 0.85, dangling mass spread uniformly).

    Same definition as :func:`networkx.pagerank`, without its scipy dependency.

    >>> pr = pagerank(nx.DiGraph([("a", "c"), ("b", "c")]))
    >>> max(pr, key=pr.get), round(sum(pr.values()), 6)
    ('c', 1.0)
    """
    nodes, src, dst, w = _simple_arrays(D, loops=True)
    return dict(zip(nodes, _pagerank(len(nodes), src, dst, w).tolist(), strict=True))


def eigenvector(U: nx.Graph) -> dict[str, float]:
    """Return weighted eigenvector centrality of an undirected graph (unit Euclidean norm).

    Same definition as :func:`networkx.eigenvector_centrality`.

    >>> ev = eigenvector(nx.star_graph(3))
    >>> max(ev, key=ev.get)
    0
    """
    nodes, a, b, w = _simple_arrays(U, loops=False)
    return dict(zip(nodes, _eigenvector(len(nodes), a, b, w).tolist(), strict=True))


def betweenness(U: nx.Graph, *, k: int | None = None, seed: int = 0) -> dict[str, float]:
    """Return normalised shortest-path betweenness of an undirected graph (hop counts).

    With ``k``, only ``k`` sources are searched, drawn from ``seed`` the way
    :func:`networkx.betweenness_centrality` draws them, with the same result.

    >>> bc = betweenness(nx.path_graph(["a", "b", "c"]))
    >>> bc["b"], bc["a"]
    (1.0, 0.0)
    """
    nodes, a, b, _ = _simple_arrays(U, loops=False)
    values = _betweenness(nodes, *_csr(len(nodes), a, b)[1:], k=k, seed=seed)
    return dict(zip(nodes, values.tolist(), strict=True))


def closeness(U: nx.Graph) -> dict[str, float]:
    """Return closeness centrality of an undirected graph (hop counts, Wasserman–Faust).

    Same definition as :func:`networkx.closeness_centrality`: exact, one
    breadth-first search per actor.

    >>> cc = closeness(nx.star_graph(3))
    >>> cc[0], round(cc[1], 4)
    (1.0, 0.6)
    """
    nodes, a, b, _ = _simple_arrays(U, loops=False)
    values = _closeness(nodes, *_csr(len(nodes), a, b)[1:])
    return dict(zip(nodes, values.tolist(), strict=True))


# --- edge arrays ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Edges:
    """A multigraph as arrays: directed pairs with summed weights, and undirected pairs."""

    nodes: list[Any]
    src: np.ndarray  # directed pairs (self-loops kept)
    dst: np.ndarray
    w: np.ndarray
    a: np.ndarray  # undirected pairs, a < b (self-loops dropped)
    b: np.ndarray
    uw: np.ndarray

    @property
    def n(self) -> int:
        return len(self.nodes)

    @classmethod
    def of(cls, G: nx.MultiDiGraph) -> _Edges:
        nodes = list(G)
        n = len(nodes)
        index = {v: i for i, v in enumerate(nodes)}
        rows = [(index[x], index[y], w) for x, y, w in G.edges(data="weight", default=1.0)]
        arr = np.array(rows, dtype=np.float64).reshape(-1, 3)
        u, v, w = arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64), arr[:, 2]
        src, dst, dw = _sum_pairs(n, u, v, w)
        keep = u != v
        lo, hi = np.minimum(u[keep], v[keep]), np.maximum(u[keep], v[keep])
        a, b, uw = _sum_pairs(n, lo, hi, w[keep])
        return cls(nodes, src, dst, dw, a, b, uw)

    def csr(self) -> tuple[list[Any], np.ndarray, np.ndarray]:
        return (self.nodes, *_csr(self.n, self.a, self.b)[1:])


def _sum_pairs(
    n: int, u: np.ndarray, v: np.ndarray, w: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the distinct (u, v) pairs, sorted, with their weights summed."""
    pairs, inverse = np.unique(u * n + v, return_inverse=True)
    return pairs // n, pairs % n, np.bincount(inverse, weights=w, minlength=pairs.size)


def _simple_arrays(
    H: nx.Graph, *, loops: bool
) -> tuple[list[Any], np.ndarray, np.ndarray, np.ndarray]:
    """Return a simple graph's nodes and edge arrays (source, target, weight)."""
    nodes = list(H)
    index = {v: i for i, v in enumerate(nodes)}
    rows = [
        (index[x], index[y], float(weight))
        for x, y, weight in H.edges(data="weight", default=1.0)
        if loops or x != y
    ]
    arr = np.array(rows, dtype=np.float64).reshape(-1, 3)
    return nodes, arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64), arr[:, 2]


def _csr(n: int, a: np.ndarray, b: np.ndarray) -> tuple[int, np.ndarray, np.ndarray]:
    """Return the undirected adjacency as CSR arrays (indptr, indices)."""
    tails, heads = np.concatenate([a, b]), np.concatenate([b, a])
    order = np.argsort(tails, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(tails, minlength=n), out=indptr[1:])
    return n, indptr, heads[order]


# --- kernels -----------------------------------------------------------------------


def _pagerank(
    n: int,
    src: np.ndarray,
    dst: np.ndarray,
    w: np.ndarray,
    *,
    alpha: float = 0.85,
    tol: float = 1.0e-10,
    max_iter: int = 200,
) -> np.ndarray:
    if n == 0:
        return np.zeros(0)
    out = np.bincount(src, weights=w, minlength=n)
    dangling = out == 0
    share = np.divide(w, out[src], out=np.zeros_like(w), where=out[src] > 0)
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        prev = x
        x = np.bincount(dst, weights=prev[src] * share, minlength=n)
        x = alpha * (x + prev[dangling].sum() / n) + (1.0 - alpha) / n
        if np.abs(x - prev).sum() < n * tol:
            break
    return x / x.sum()


def _eigenvector(
    n: int, a: np.ndarray, b: np.ndarray, w: np.ndarray, *, tol: float = 1.0e-9, max_iter: int = 500
) -> np.ndarray:
    """Iterate ``x ← (A + I) x`` like networkx, which converges on bipartite graphs too."""
    if n == 0:
        return np.zeros(0)
    tails, heads, ww = np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([w, w])
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        prev = x
        x = prev + np.bincount(heads, weights=prev[tails] * ww, minlength=n)
        norm = np.linalg.norm(x)
        x = x / norm if norm > 0 else x
        if np.abs(x - prev).sum() < n * tol:
            break
    return x


def _betweenness(
    nodes: list[Any], indptr: np.ndarray, indices: np.ndarray, *, k: int | None, seed: int
) -> np.ndarray:
    """Brandes' algorithm, each breadth-first search done a level at a time."""
    n = len(nodes)
    if k is not None and k >= n:
        k = None
    sources = list(range(n)) if k is None else _sample(nodes, k, seed)
    total = np.zeros(n)
    for s in sources:
        total += _dependencies(indptr, indices, s, n)
    if n <= 2:
        return np.zeros(n)
    if k is None:
        return total / ((n - 1) * (n - 2))
    # networkx's estimate: sources cannot lie between themselves and a target
    scale = np.full(n, 1.0 / (k * (n - 2)))
    scale[sources] = 1.0 / ((k - 1) * (n - 2)) if k > 1 else np.nan
    return total * scale


def _closeness(nodes: list[Any], indptr: np.ndarray, indices: np.ndarray) -> np.ndarray:
    n = len(nodes)
    out = np.zeros(n)
    for s in range(n):
        dist = _distances(indptr, indices, s, n)
        reached = dist[dist > 0]
        if reached.size:
            r = reached.size
            out[s] = (r / reached.sum()) * (r / (n - 1))
    return out


def _sample(nodes: list[Any], k: int, seed: int) -> list[int]:
    index = {v: i for i, v in enumerate(nodes)}
    return [index[v] for v in random.Random(seed).sample(nodes, k)]


def _arcs(
    indptr: np.ndarray, indices: np.ndarray, frontier: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return the arcs (tail, head) leaving the frontier nodes."""
    starts = indptr[frontier]
    counts = indptr[frontier + 1] - starts
    tails = np.repeat(frontier, counts)
    first = np.repeat(starts - (np.cumsum(counts) - counts), counts)
    heads = indices[first + np.arange(tails.size)]
    return tails, heads


def _distances(indptr: np.ndarray, indices: np.ndarray, s: int, n: int) -> np.ndarray:
    dist = np.full(n, -1, dtype=np.int64)
    dist[s] = 0
    frontier = np.array([s])
    d = 0
    mark = np.zeros(n, dtype=bool)
    while frontier.size:
        _, heads = _arcs(indptr, indices, frontier)
        mark[heads[dist[heads] < 0]] = True
        new = np.flatnonzero(mark)
        mark[new] = False
        d += 1
        dist[new] = d
        frontier = new
    return dist


def _dependencies(indptr: np.ndarray, indices: np.ndarray, s: int, n: int) -> np.ndarray:
    """Return every node's dependency on source ``s`` (Brandes' delta), level by level."""
    dist = np.full(n, -1, dtype=np.int64)
    sigma = np.zeros(n)
    dist[s], sigma[s] = 0, 1.0
    frontier = np.array([s])
    levels: list[tuple[np.ndarray, np.ndarray]] = []
    d = 0
    mark = np.zeros(n, dtype=bool)
    while frontier.size:
        tails, heads = _arcs(indptr, indices, frontier)
        # arcs into unseen nodes are exactly the shortest-path arcs to the next level
        down = dist[heads] < 0
        tails, heads = tails[down], heads[down]
        mark[heads] = True
        new = np.flatnonzero(mark)
        mark[new] = False
        d += 1
        dist[new] = d
        sigma += np.bincount(heads, weights=sigma[tails], minlength=n)
        levels.append((tails, heads))
        frontier = new
    delta = np.zeros(n)
    for tails, heads in reversed(levels):
        delta += np.bincount(
            tails, weights=sigma[tails] / sigma[heads] * (1.0 + delta[heads]), minlength=n
        )
    delta[s] = 0.0
    return delta
