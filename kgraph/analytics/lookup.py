"""Resolve a name the user typed to an actor id of the projected graph.

A name matches an actor's id, label, alias or Wikidata QID, ignoring case,
accents and punctuation. Failing that, it matches actors whose label or alias
contains it as whole words ("Maduro" → "Nicolás Maduro"). Unknown and
ambiguous names raise :class:`~kgraph.errors.KGraphError` naming the close
matches or the candidates.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("Q22686", label="Donald Trump", aliases=("Trump", "President Trump"), qid="Q22686")
>>> find_actor(G, "trump"), find_actor(G, "DONALD TRUMP"), find_actor(G, "q22686")
('Q22686', 'Q22686', 'Q22686')
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict

import networkx as nx

from kgraph.errors import KGraphError

_MAX_LISTED = 6


def normalize(name: str) -> str:
    """Return a name folded for matching: no accents, no case, no punctuation.

    >>> normalize("  Nicolás   MADURO ")
    'nicolas maduro'
    >>> normalize("U.S.")
    'us'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace(".", "").replace("'", "").replace("’", "")
    return " ".join(re.sub(r"[\W_]+", " ", stripped.casefold()).split())


def find_actor(G: nx.MultiDiGraph, name: str) -> str:
    """Return the id of the one actor ``name`` designates.

    Raises :class:`KGraphError` when no actor or several actors match.
    """
    if name in G:
        return name
    key = normalize(name)
    if not key:
        raise KGraphError(f"empty actor name {name!r}")
    exact, names = _index(G)
    hits = exact.get(key, set())
    if not hits:
        pattern = re.compile(rf"(?:^| ){re.escape(key)}(?: |$)")
        hits = {v for k, vs in exact.items() if pattern.search(k) for v in vs}
    if len(hits) == 1:
        return next(iter(hits))
    if hits:
        listed = ", ".join(_describe(G, v) for v in sorted(hits)[:_MAX_LISTED])
        more = f" and {len(hits) - _MAX_LISTED} more" if len(hits) > _MAX_LISTED else ""
        raise KGraphError(f"actor name {name!r} is ambiguous: {listed}{more}; use the id")
    close = difflib.get_close_matches(key, sorted(names), n=_MAX_LISTED, cutoff=0.6)
    candidates = list(dict.fromkeys(v for k in close for v in sorted(names[k])))
    if candidates:
        listed = ", ".join(_describe(G, v) for v in candidates[:_MAX_LISTED])
        raise KGraphError(f"unknown actor {name!r}; close matches: {listed}")
    raise KGraphError(f"unknown actor {name!r}: no close match among {G.number_of_nodes()} actors")


def _index(G: nx.MultiDiGraph) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Return normalised name → actor ids, for all names and for labels and aliases."""
    exact: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for v, data in G.nodes(data=True):
        exact[normalize(str(v))].add(v)
        if data.get("qid"):
            exact[normalize(str(data["qid"]))].add(v)
        for alias in (data.get("label") or "", *(data.get("aliases") or ())):
            k = normalize(str(alias))
            if k:
                exact[k].add(v)
                names[k].add(v)
    return exact, names


def _describe(G: nx.MultiDiGraph, v: str) -> str:
    label = G.nodes[v].get("label") or v
    return f"{label} ({v})" if label != v else str(v)
