"""Write the actor graph as one self-contained, offline, interactive HTML page.

The page holds its data as JSON inside ``<script type="application/json">``
(escaped so that article text can never close the script element), and its
own script and style inline (``kgraph/viz/assets``). A Content-Security-Policy
forbids every network request and allows only those two inline blocks, by
hash. Nothing from the data ever reaches ``innerHTML``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import networkx as nx

from kgraph.analytics.defaults import SORT_BY, counting_note, cut_note, measure_name
from kgraph.errors import KGraphError
from kgraph.io.writers import write_atomic
from kgraph.model import DocumentInfo
from kgraph.viz.bundles import edge_family
from kgraph.viz.layout import layout
from kgraph.viz.scores import scores
from kgraph.viz.style import (
    FAMILY_ORDER,
    TYPE_ORDER,
    family_colour,
    predicate_label,
    short_label,
    type_style,
)
from kgraph.vocabulary import RELATIONS

_SCORES_SHOWN = ("degree", "pagerank", "betweenness")
T = TypeVar("T")


def write_html(
    G: nx.MultiDiGraph,
    path: Path,
    *,
    title: str | None = None,
    size_by: str = SORT_BY,
    documents: Sequence[DocumentInfo] = (),
) -> Path:
    """Write the interactive picture of ``G`` to ``path`` and return the path.

    ``documents`` (optional) gives titles and links for the evidence panel.
    """
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise KGraphError(f"cannot write an interactive picture to {path.name}: use .html")
    return write_atomic(path, render_html(G, title=title, size_by=size_by, documents=documents))


def render_html(
    G: nx.MultiDiGraph,
    *,
    title: str | None = None,
    size_by: str = SORT_BY,
    documents: Sequence[DocumentInfo] = (),
) -> str:
    """Return the interactive page as a string."""
    # each event is written as JSON as soon as it is read: the page never holds them as dicts
    head, edges = _payload(
        G, title=title, size_by=size_by, documents=documents, each=json_for_script
    )
    script, style = _asset("graph.js"), _asset("graph.css")
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_csp_hash(script)}",
            f"style-src {_csp_hash(style)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    heading = html.escape(title or "Actor graph")
    cut = G.graph.get("cut")
    facts = html.escape(
        " · ".join(
            [
                f"{len(head['nodes'])} actors",
                f"{len(edges)} relations",
                *([cut_note(cut)] if cut else []),
                f"node size: {measure_name(size_by)}",
            ]
        )
    )
    rules = html.escape(counting_note())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{html.escape(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kgraph">
<link rel="icon" href="data:,">
<title>{heading}</title>
<style>{style}</style>
</head>
<body>
<header><h1>{heading}</h1><span class="facts">{facts}</span>
<input id="kg-search" type="search" placeholder="Find an actor" aria-label="Find an actor">
</header>
<main>
<div id="kg-stage"><canvas id="kg-canvas" aria-label="Actor graph"></canvas>
<div id="kg-tip" hidden></div>
<output id="kg-status" data-state="loading" data-errors="0"></output></div>
<aside>
<h2>Actor types</h2><div id="kg-types"></div>
<h2>Relations</h2><div id="kg-families"></div>
<p class="hint">Drag to pan, wheel to zoom, drag an actor to move it (double-click frees it),
double-click the background to fit. Hover an actor for its scores, a line for its relations;
the strongest ties are written on their lines. Past 40 actors, the 15 most connected are
labelled and the rest on hover or zoom.</p>
<p class="hint" id="kg-rules">{rules}</p>
<h2>Details</h2><div id="kg-details"></div>
<h2>Not on any line</h2><p id="kg-loose" class="hint"></p>
</aside>
</main>
<script id="kg-data" type="application/json">{_joined(head, edges)}</script>
<script>{script}</script>
</body>
</html>
"""


def payload(
    G: nx.MultiDiGraph,
    *,
    title: str | None = None,
    size_by: str = SORT_BY,
    documents: Sequence[DocumentInfo] = (),
) -> dict[str, Any]:
    """Return the JSON-able data the page draws (nodes, events, legend)."""
    head, edges = _payload(G, title=title, size_by=size_by, documents=documents, each=_same)
    return {**head, "edges": edges}


def _same(value: T) -> T:
    return value


def _payload(
    G: nx.MultiDiGraph,
    *,
    title: str | None,
    size_by: str,
    documents: Sequence[DocumentInfo],
    each: Callable[[dict[str, Any]], T],
) -> tuple[dict[str, Any], list[T]]:
    """Return the page's data but its events, and ``each`` of its events' data, in order."""
    size = scores(G, size_by) if G.number_of_nodes() else {}
    top = max(size.values(), default=0.0) or 1.0
    shown = {m: scores(G, m) for m in _SCORES_SHOWN if m != size_by and G.number_of_nodes()}
    shown[size_by] = size
    # actors on no line are not drawn (the page lists them), so they take no room either
    linked = [n for n in G if G.degree(n) > 0]
    pos = layout(G.subgraph(linked) if linked else G)
    docs = {d.id: d for d in documents}
    nodes = []
    for n in sorted(G, key=str):
        a = G.nodes[n]
        nodes.append(
            {
                "id": str(n),
                "label": str(a.get("label") or n),
                "short": short_label(a.get("label") or n),
                "type": str(a.get("type") or ""),
                "qid": a.get("qid"),
                "country": a.get("country"),
                "mentions": int(a.get("mentions") or 0),
                "x": pos.get(n, (0.5, 0.5))[0],
                "y": pos.get(n, (0.5, 0.5))[1],
                "size": round(size.get(n, 0.0) / top, 6),
                "isolated": G.degree(n) == 0,
                "scores": {m: round(v.get(n, 0.0), 6) for m, v in sorted(shown.items())},
            }
        )
    edges: list[T] = []
    counts: dict[str, int] = {}
    for u, v, key, d in sorted(G.edges(keys=True, data=True), key=lambda e: str(e[2])):
        family = edge_family(d)
        counts[family] = counts.get(family, 0) + 1
        doc_id = str(d.get("doc") or "")
        info = docs.get(doc_id)
        conf = d.get("confidence")
        edge = {
            "id": str(key),
            "s": str(u),
            "t": str(v),
            "predicate": str(d.get("predicate") or ""),
            "label": predicate_label(d.get("predicate") or ""),
            "symmetric": _symmetric(d.get("predicate")),
            "family": family,
            "modality": str(d.get("modality") or "asserted"),
            "negated": bool(d.get("negated")),
            "date": str(d["date"]) if d.get("date") else None,
            "confidence": _finite(conf),
            "cameo": d.get("cameo"),
            "plover": d.get("plover"),
            "sentence": str(d.get("sentence") or ""),
            "doc": doc_id,
            "docTitle": (info.title if info and info.title else doc_id) or None,
            "url": (info.url if info else None) or d.get("url"),
            "event": str(d.get("event") or key),
        }
        edges.append(each(edge))
    present = {str(G.nodes[n].get("type") or "") for n in G}
    types = [t for t in TYPE_ORDER if t in present] + sorted(present - set(TYPE_ORDER))
    return {
        "title": title or "",
        "sizeBy": size_by,
        "types": [
            {
                "id": t,
                "label": type_style(t).label,
                "colour": type_style(t).colour,
                "shape": type_style(t).shape,
            }
            for t in types
        ],
        "families": [
            {"id": f, "label": f.capitalize(), "colour": family_colour(f), "count": counts[f]}
            for f in FAMILY_ORDER
            if f in counts
        ],
        "nodes": nodes,
    }, edges


def _symmetric(predicate: object) -> bool:
    kind = RELATIONS.get(str(predicate or ""))
    return bool(kind and kind.symmetric)


def _finite(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


_SCRIPT_ESCAPES = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def json_for_script(data: object) -> str:
    """Return ``data`` as JSON that is safe inside an HTML ``<script>`` element.

    >>> json_for_script({"s": "</script><b>&\u2028"})
    '{"s": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)
    # one pass in C: joining the characters one by one held a pointer per character
    return text.translate(_SCRIPT_ESCAPES)


def _joined(head: dict[str, Any], edges: Sequence[str]) -> str:
    """Return :func:`json_for_script` of ``head`` with ``"edges"``, the events already in JSON.

    The same text as the whole data in one call: keys in order, the same separators.

    >>> _joined({"z": 1, "a": [2]}, [json_for_script({"id": "e1"})])
    '{"a": [2], "edges": [{"id": "e1"}], "z": 1}'
    """
    fields = {key: json_for_script(value) for key, value in head.items()}
    fields["edges"] = "[" + ", ".join(edges) + "]"
    return "{" + ", ".join(f"{json_for_script(k)}: {fields[k]}" for k in sorted(fields)) + "}"


@cache
def _asset(name: str) -> str:
    return resources.files("kgraph.viz").joinpath("assets", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
