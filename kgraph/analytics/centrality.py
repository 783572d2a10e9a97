"""Rank actors by centrality: degree, betweenness, closeness, PageRank, eigenvector.

Every measure runs on the simple graph of the projection (parallel events
collapsed, ``weight`` = summed confidence; an actor's relations to itself
count for PageRank only):

- ``degree``: distinct neighbours / (n - 1); ``in_degree`` and ``out_degree``
  count distinct sources and targets the same way;
- ``pagerank``: weighted, directed (an actor many others act upon ranks high);
- ``eigenvector``: weighted, undirected (direction would make it vanish on
  the mostly acyclic event graphs news produce);
- ``betweenness`` and ``closeness``: hop counts, undirected. Betweenness is
  sampled (``betweenness_k`` sources, seeded) when asked, and automatically
  above 5,000 actors.

Betweenness and closeness are igraph's (Brandes' algorithm and breadth-first
searches in C), scaled to networkx's definitions; degrees are counts on the
summed edge arrays. PageRank and eigenvector are power iterations in numpy on
those arrays: igraph's PRPACK was slower on the benchmark and its ARPACK
starts from a random vector, so its last digits change from run to run.
networkx itself needs scipy for PageRank and is pure Python for the rest.
The tests check every measure against networkx; docs/analytics.md has the
timings behind each choice.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import networkx as nx
import rdflib
from rdflib import Literal

from kgraph.analytics.defaults import MEASURES as DEFAULT_MEASURES
from kgraph.analytics.defaults import SORT_BY, TIE_BREAK
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
    measures: Sequence[str] = DEFAULT_MEASURES,
    top: int | None = 20,
    sort_by: str = SORT_BY,
    betweenness_k: int | None = None,
    seed: int = 0,
) -> list[ActorScore]:
    """Return the actors' scores, best first by ``sort_by``, ties by PageRank, then by id.

    ``sort_by`` is computed even when not listed in ``measures``. ``top=None``
    returns every actor; a graph without actors gives ``[]``. Sampled
    betweenness draws its ``betweenness_k`` sources from ``seed``; without
    ``betweenness_k`` it samples ``AUTO_SAMPLE_K`` sources above
    ``AUTO_SAMPLE_ABOVE`` actors.

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
    nets = _Nets.of(G)
    computed = {
        m: [0.0 if math.isnan(v) else v for v in _measure(nets, m, k=betweenness_k, seed=seed)]
        for m in dict.fromkeys([*wanted, TIE_BREAK])
    }
    # rounding keeps float noise from deciding the order of actors that tie
    key, tie = computed[sort_by], computed[TIE_BREAK]
    nodes = nets.nodes
    order = sorted(
        range(len(nodes)), key=lambda i: (-round(key[i], 12), -round(tie[i], 12), str(nodes[i]))
    )
    if top is not None:
        order = order[:top]
    attrs = G.nodes
    return [
        ActorScore(
            actor=nodes[i],
            label=str(attrs[nodes[i]].get("label") or nodes[i]),
            type=str(attrs[nodes[i]].get("type") or ""),
            qid=attrs[nodes[i]].get("qid"),
            scores=tuple((m, computed[m][i]) for m in wanted),
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


def pagerank(D: nx.DiGraph) -> dict[Hashable, float]:
    """Return weighted PageRank (damping 0.85, dangling mass spread uniformly).

    Same definition as :func:`networkx.pagerank`.

    >>> pr = pagerank(nx.DiGraph([("a", "c"), ("b", "c")]))
    >>> max(pr, key=pr.get), round(sum(pr.values()), 6)
    ('c', 1.0)
    """
    nodes = list(D)
    return dict(zip(nodes, _pagerank(len(nodes), *_arrays(D, loops=True)), strict=True))


def eigenvector(U: nx.Graph) -> dict[Hashable, float]:
    """Return weighted eigenvector centrality of an undirected graph (unit Euclidean norm).

    Same definition as :func:`networkx.eigenvector_centrality` on a connected graph.

    >>> ev = eigenvector(nx.star_graph(3))
    >>> max(ev, key=ev.get)
    0
    """
    nodes = list(U)
    return dict(zip(nodes, _eigenvector(len(nodes), *_arrays(U, loops=False)), strict=True))


def betweenness(U: nx.Graph, *, k: int | None = None, seed: int = 0) -> dict[Hashable, float]:
    """Return normalised shortest-path betweenness of an undirected graph (hop counts).

    With ``k``, only ``k`` sources are searched, drawn from ``seed`` the way
    :func:`networkx.betweenness_centrality` draws them, with the same result.

    >>> bc = betweenness(nx.path_graph(["a", "b", "c"]))
    >>> bc["b"], bc["a"]
    (1.0, 0.0)
    """
    nodes = list(U)
    g = _igraph_of_arrays(len(nodes), *_arrays(U, loops=False), directed=False)
    return dict(zip(nodes, _betweenness(g, nodes, k=k, seed=seed), strict=True))


def closeness(U: nx.Graph) -> dict[Hashable, float]:
    """Return closeness centrality of an undirected graph (hop counts, Wasserman–Faust).

    Same definition as :func:`networkx.closeness_centrality`: exact, one
    breadth-first search per actor.

    >>> cc = closeness(nx.star_graph(3))
    >>> cc[0], round(cc[1], 4)
    (1.0, 0.6)
    """
    nodes = list(U)
    g = _igraph_of_arrays(len(nodes), *_arrays(U, loops=False), directed=False)
    return dict(zip(nodes, _closeness(g), strict=True))


# --- igraph views of the multigraph ------------------------------------------------


@dataclass(frozen=True)
class _Nets:
    """A multigraph as edge arrays (directed with self-loops; undirected without), summed.

    The igraph graph is built from them only when a measure needs it.
    """

    nodes: list[Any]
    arcs: tuple[Any, Any, Any]  # source, target, weight
    pairs: tuple[Any, Any, Any]  # a < b, weight

    @classmethod
    def of(cls, G: nx.MultiDiGraph) -> _Nets:
        import numpy as np

        nodes = list(G)
        n = len(nodes)
        index = {v: i for i, v in enumerate(nodes)}
        rows = [(index[x], index[y], w) for x, y, w in G.edges(data="weight", default=1.0)]
        arr = np.array(rows, dtype=np.float64).reshape(-1, 3)
        u, v, w = arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64), arr[:, 2]
        keep = u != v
        lo, hi = np.minimum(u[keep], v[keep]), np.maximum(u[keep], v[keep])
        return cls(nodes, _sum_pairs(n, u, v, w), _sum_pairs(n, lo, hi, w[keep]))

    @cached_property
    def undirected(self) -> Any:
        return _igraph_of_arrays(len(self.nodes), *self.pairs, directed=False)


def _sum_pairs(n: int, u: Any, v: Any, w: Any) -> tuple[Any, Any, Any]:
    """Return the distinct (u, v) pairs, sorted, with their weights summed."""
    import numpy as np

    if u.size == 0:
        return u, v, w
    pairs, inverse = np.unique(u * n + v, return_inverse=True)
    return pairs // n, pairs % n, np.bincount(inverse, weights=w, minlength=pairs.size)


def _igraph_of_arrays(n: int, u: Any, v: Any, w: Any, *, directed: bool) -> Any:
    import igraph
    import numpy as np

    g = igraph.Graph(n=n, edges=np.column_stack([u, v]).tolist(), directed=directed)
    g.es["weight"] = w.tolist()
    return g


def _arrays(H: nx.Graph, *, loops: bool) -> tuple[Any, Any, Any]:
    import numpy as np

    index = {v: i for i, v in enumerate(H)}
    rows = [
        (index[x], index[y], float(w))
        for x, y, w in H.edges(data="weight", default=1.0)
        if loops or x != y
    ]
    arr = np.array(rows, dtype=np.float64).reshape(-1, 3)
    return arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64), arr[:, 2]


def _measure(nets: _Nets, m: str, *, k: int | None, seed: int) -> list[float]:
    n = len(nets.nodes)
    norm = 1.0 / (n - 1) if n > 1 else 0.0
    if m in ("degree", "in_degree", "out_degree"):
        return _degree(nets, m, norm)
    if m == "pagerank":
        return _pagerank(n, *nets.arcs)
    if m == "eigenvector":
        return _eigenvector(n, *nets.pairs)
    if m == "closeness":
        return _closeness(nets.undirected)
    if k is None and n > AUTO_SAMPLE_ABOVE:
        k = AUTO_SAMPLE_K
    return _betweenness(nets.undirected, nets.nodes, k=k, seed=seed)


# --- kernels -----------------------------------------------------------------------


def _degree(nets: _Nets, m: str, norm: float) -> list[float]:
    """Count distinct neighbours (sources, targets) on the summed edge arrays."""
    import numpy as np

    n = len(nets.nodes)
    if m == "degree":
        a, b, _ = nets.pairs
        counts = np.bincount(a, minlength=n) + np.bincount(b, minlength=n)
    else:
        src, dst, _ = nets.arcs
        ends = dst if m == "in_degree" else src
        counts = np.bincount(ends[src != dst], minlength=n)
    return (counts * norm).tolist()


def _pagerank(
    n: int, src: Any, dst: Any, w: Any, *, alpha: float = 0.85, tol: float = 1.0e-10
) -> list[float]:
    """Power iteration on edge arrays, dangling mass spread uniformly, as networkx does.

    numpy rather than igraph: PRPACK took five times as long here, and ARPACK
    starts from a random vector, so its last digits change from run to run.
    """
    import numpy as np

    if n == 0:
        return []
    out = np.bincount(src, weights=w, minlength=n)
    dangling = out == 0
    share = np.zeros_like(w)
    np.divide(w, out[src], out=share, where=out[src] > 0)
    x = np.full(n, 1.0 / n)
    for _ in range(200):
        prev = x
        x = np.bincount(dst, weights=prev[src] * share, minlength=n)
        x = alpha * (x + prev[dangling].sum() / n) + (1.0 - alpha) / n
        if np.abs(x - prev).sum() < n * tol:
            break
    return (x / x.sum()).tolist()


def _eigenvector(n: int, a: Any, b: Any, w: Any, *, tol: float = 1.0e-9) -> list[float]:
    """Iterate ``x ← (A + I) x`` like networkx (it converges on bipartite graphs too).

    numpy rather than igraph's ARPACK, whose random start vector would make
    the last digits change from run to run.
    """
    import numpy as np

    if n == 0:
        return []
    tails, heads = np.concatenate([a, b]), np.concatenate([b, a])
    ww = np.concatenate([w, w])
    x = np.full(n, 1.0 / n)
    for _ in range(500):
        prev = x
        x = prev + np.bincount(heads, weights=prev[tails] * ww, minlength=n)
        x = x / np.linalg.norm(x)
        if np.abs(x - prev).sum() < n * tol:
            break
    return x.tolist()


def _betweenness(g: Any, nodes: list[Any], *, k: int | None, seed: int) -> list[float]:
    """Return networkx's normalised betweenness, sampled over ``k`` seeded sources if given."""
    n = g.vcount()
    if n <= 2:
        return [0.0] * n
    if k is not None and k >= n:
        k = None
    if k is None:
        # igraph counts each unordered pair once; networkx normalises by the ordered pairs
        scale = 2.0 / ((n - 1) * (n - 2))
        return [v * scale for v in g.betweenness(directed=False)]
    index = {v: i for i, v in enumerate(nodes)}
    sources = [index[v] for v in random.Random(seed).sample(nodes, k)]
    # igraph halves an undirected graph's dependencies on the sampled sources
    raw = g.betweenness(directed=False, sources=sources, targets=None)
    # networkx's estimate: a sampled source cannot lie between itself and a target
    chosen = set(sources)
    nonsource = 2.0 / (k * (n - 2))
    # one source says nothing about itself: NaN, as networkx gives
    source = 2.0 / ((k - 1) * (n - 2)) if k > 1 else math.nan
    return [v * (source if i in chosen else nonsource) for i, v in enumerate(raw)]


def _closeness(g: Any) -> list[float]:
    """Return Wasserman–Faust closeness: igraph's (over reachable actors) × reachable share."""
    n = g.vcount()
    if n <= 1:
        return [0.0] * n
    reach = [0] * n
    for component in g.connected_components():
        for v in component:
            reach[v] = len(component) - 1
    values = g.closeness(mode="all", normalized=True)
    return [
        0.0 if r == 0 or math.isnan(c) else c * r / (n - 1)
        for c, r in zip(values, reach, strict=True)
    ]
