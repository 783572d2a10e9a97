"""Draw a projected actor graph as a PNG, SVG or PDF picture for a brief.

Nodes are actors (size = centrality, colour and shape = actor type); each line
is a bundle of events between two actors in one family (colour) and one
modality (solid asserted/reported, dashed planned/hypothetical, dotted
negated), its width and ``×n`` label telling how many events it stands for.
The layout is seeded and the files carry no dates, so the same graph always
gives the same bytes.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Collection
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph.analytics.defaults import SORT_BY, counting_note, cut_note, measure_name
from kgraph.errors import KGraphError
from kgraph.io.writers import write_atomic
from kgraph.viz.bundles import Bundle, bundles
from kgraph.viz.layout import layout
from kgraph.viz.lines import DASHES, draw_lines, line_text, named_bundles, place_line_labels
from kgraph.viz.placement import Boxes, candidates, outside
from kgraph.viz.scores import keep_scored, ranked, scores
from kgraph.viz.style import (
    FAMILY_ORDER,
    MARKERS,
    TYPE_ORDER,
    family_colour,
    short_label,
    type_style,
)

FORMATS = ("png", "svg", "pdf")
WIDTH_IN, HEIGHT_IN = 10.667, 6.667  # 1600 × 1000 px at 150 dpi
_GRAPH_BOX = (0.015, 0.03, 0.775, 0.86)  # left, bottom, width, height of the graph axes
_LEGEND_BOX = (0.80, 0.03, 0.19, 0.86)
_XLIM = (-0.05, 1.2)  # room on the right, where labels go first
_YLIM = (-0.07, 1.07)
_ALWAYS_LABELLED = 12  # the most central actors keep their label even when crowded
_SIZE_MIN, _SIZE_MAX = 90.0, 1300.0  # marker area in pt²
# matplotlib's square and diamond fill more of their box than its circle: even them out
_SHAPE_AREA = {"square": 0.72, "diamond": 0.8, "triangle": 1.1, "pentagon": 0.9}


def draw(
    G: nx.MultiDiGraph,
    path: Path,
    *,
    size_by: str = SORT_BY,
    title: str | None = None,
    top: int | None = None,
    show_negated: bool = False,
    families: Collection[str] | None = None,
    dpi: int = 150,
) -> Path:
    """Draw ``G`` to ``path`` (``.png``, ``.svg`` or ``.pdf``) and return the path."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise KGraphError(f"cannot draw to {path.name}: use a .png, .svg, .pdf or .html file")
    data = render(
        G,
        fmt,
        size_by=size_by,
        title=title,
        top=top,
        show_negated=show_negated,
        families=families,
        dpi=dpi,
    )
    return write_atomic(path, data)


def render(
    G: nx.MultiDiGraph,
    fmt: str = "svg",
    *,
    size_by: str = SORT_BY,
    title: str | None = None,
    top: int | None = None,
    show_negated: bool = False,
    families: Collection[str] | None = None,
    dpi: int = 150,
) -> bytes:
    """Return the picture of ``G`` as the bytes of a ``png``, ``svg`` or ``pdf`` file."""
    if fmt not in FORMATS:
        raise KGraphError(f"unknown picture format {fmt!r}; use png, svg or pdf")
    if dpi < 30 or dpi > 1200:
        raise KGraphError(f"--dpi must be between 30 and 1200, not {dpi}")
    import matplotlib

    with matplotlib.rc_context(_RC):  # type: ignore[arg-type]
        fig = _figure(G, size_by, title, top, show_negated, families, dpi)
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white")
    return buf.getvalue()


_RC: dict[str, Any] = {
    "svg.hashsalt": "kgraph",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "font.family": "DejaVu Sans",
    "path.simplify": True,
}
_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": "kgraph"},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": "kgraph", "Creator": "kgraph"},
}


def _figure(
    G: nx.MultiDiGraph,
    size_by: str,
    title: str | None,
    top: int | None,
    show_negated: bool,
    families: Collection[str] | None,
    dpi: int,
) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if top is not None and G.number_of_nodes() > top:
        total = G.number_of_nodes()
        G = keep_scored(G, ranked(G, size_by)[:top], (size_by,))
        G.graph["cut"] = {"top": top, "of": total, "by": size_by}
    ranked_scores = scores(G, size_by) if G.number_of_nodes() else {}
    drawn = bundles(G, show_negated=show_negated, families=families)
    shown, hidden = _visible(G, drawn)
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=dpi)
    FigureCanvasAgg(fig)
    _heading(fig, G, shown, drawn, hidden, title)
    ax = fig.add_axes(_GRAPH_BOX)
    ax.set_axis_off()
    ax.set_xlim(*_XLIM)
    ax.set_ylim(*_YLIM)
    if not drawn:
        ax.text(
            0.5,
            0.5 if not shown else -0.04,
            "No actors to show" if not shown else "No relations between these actors",
            ha="center",
            va="center",
            color="#555555",
            fontsize=14 if not shown else 11,
        )
    if not shown:
        _legend(fig, set(), set(), set(), size_by)
        return fig
    G = G.subgraph(shown).copy()
    skeleton = nx.MultiDiGraph()
    skeleton.add_nodes_from(shown)
    skeleton.add_edges_from((b.source, b.target) for b in drawn for _ in b.events)
    pos = layout(skeleton, aspect=_aspect(fig))
    top_score = max(ranked_scores.get(n, 0.0) for n in G) or 1.0
    # fewer, bigger nodes for a small graph; a crowded one needs smaller marks
    shrink = min(1.0, math.sqrt(16 / G.number_of_nodes()))
    area = {n: _area(ranked_scores.get(n, 0.0) / top_score) * max(shrink, 0.3) for n in G}
    # linked actors keep room between them for the longest label written on their lines
    named = named_bundles(drawn)
    linked: dict[tuple[str, str], float] = {}
    for b in drawn:
        pair = (min(b.source, b.target), max(b.source, b.target))
        chars = len(line_text(b, id(b) in named))
        linked[pair] = max(linked.get(pair, 0.0), chars * 6.3 * 0.6 * dpi / 72)
    pos = _declutter(fig, pos, area, linked)
    pending = draw_lines(ax, drawn, pos, area)
    _nodes(ax, G, pos, area)
    placed, unlabelled = _labels(ax, fig, G, pos, area, ranked_scores)
    if unlabelled:
        fig.text(
            0.015,
            0.012,
            f"{len(unlabelled)} crowded minor actor{'s' if len(unlabelled) > 1 else ''} left "
            "unlabelled; the interactive page names every actor",
            fontsize=6.8,
            color="#555555",
        )
    place_line_labels(ax, fig, pending, placed)
    _legend(
        fig,
        {str(G.nodes[n].get("type") or "") for n in G},
        {b.family for b in drawn},
        {b.dash for b in drawn},
        size_by,
    )
    return fig


def _aspect(fig: Any) -> float:
    w, h = fig.get_size_inches()
    return float(w * _GRAPH_BOX[2] / (h * _GRAPH_BOX[3]))


def _area(rel: float) -> float:
    """Return a marker area for a score relative to the maximum (area ∝ score)."""
    return _SIZE_MIN + (_SIZE_MAX - _SIZE_MIN) * max(0.0, min(1.0, rel))


def _visible(G: nx.MultiDiGraph, drawn: list[Bundle]) -> tuple[list[str], int]:
    """Return the actors to draw (those on a drawn line) and how many are left out."""
    if not drawn:
        return sorted(G, key=str), 0
    on_line = {b.source for b in drawn} | {b.target for b in drawn}
    return sorted(on_line, key=str), G.number_of_nodes() - len(on_line)


def _heading(
    fig: Any,
    G: nx.MultiDiGraph,
    shown: list[str],
    drawn: list[Bundle],
    hidden: int,
    title: str | None,
) -> None:
    wanted = {e for b in drawn for e in b.events}
    dates = sorted(
        str(d)[:10] for _, _, k, d in G.edges(keys=True, data="date") if d and str(k) in wanted
    )
    cut = G.graph.get("cut")
    facts = [cut_note(cut)] if cut else [f"{len(shown)} actors"]
    facts.append(f"{len(wanted)} relations")
    if dates:
        facts.append(dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}")
    if hidden:
        facts.append(f"{hidden} of them without a drawn relation left out")
    y = 0.965
    if title:
        fig.text(
            0.015,
            y,
            short_label(title, 110),
            fontsize=14,
            fontweight="bold",
            color="#222222",
            va="top",
        )
        y -= 0.045
    fig.text(0.015, y, "  ·  ".join(facts), fontsize=8.5, color="#555555", va="top")


def _declutter(
    fig: Any, pos: dict, area: dict[str, float], linked: dict[tuple[str, str], float]
) -> dict:
    """Push apart nodes whose marks would touch; linked ones keep ``linked`` pixels more.

    All pairs move at once each round (numpy), so the result does not depend on
    visiting order; nodes stay inside the frame.
    """
    import numpy as np

    w_px, h_px = fig.get_size_inches() * fig.dpi
    sx = w_px * _GRAPH_BOX[2] / (_XLIM[1] - _XLIM[0])  # pixels per data unit
    sy = h_px * _GRAPH_BOX[3] / (_YLIM[1] - _YLIM[0])
    nodes = sorted(pos, key=str)
    n = len(nodes)
    if n < 2 or n > 2000:  # n × n arrays; a picture that large is unreadable anyway
        return pos
    xy = np.array([[pos[v][0] * sx, pos[v][1] * sy] for v in nodes])
    radius = np.array([math.sqrt(area[v]) / 2 * fig.dpi / 72 for v in nodes])
    # a crowded picture cannot keep the full gap: shrink it to what the frame allows
    gap = min(0.028 * w_px, 0.5 * math.sqrt(sx * sy / n))
    need = radius[:, None] + radius[None, :] + gap
    index = {v: i for i, v in enumerate(nodes)}
    for (a, b), room in linked.items():
        if a in index and b in index:
            i, j = index[a], index[b]
            need[i, j] = need[j, i] = need[i, j] + min(room, 0.2 * w_px)
    np.fill_diagonal(need, 0.0)
    bounds = np.array([sx, sy])
    for _ in range(80 if n <= 300 else 20):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt(np.einsum("ijk,ijk->ij", delta, delta))
        short = np.maximum(need - dist, 0.0)
        if not short.any():
            break
        # coincident nodes: separate them along a fixed, index-based direction
        unit = np.where(dist[..., None] > 1e-6, delta / np.maximum(dist, 1e-6)[..., None], 0.0)
        same = (dist <= 1e-6) & (short > 0)
        unit[same] = [1.0, 0.0]
        unit[np.tril(same)] = [-1.0, 0.0]
        xy = np.clip(xy + np.einsum("ijk,ij->ik", unit, short / 2), 0.0, bounds)
    return {
        v: (round(float(xy[i, 0] / sx), 6), round(float(xy[i, 1] / sy), 6))
        for i, v in enumerate(nodes)
    }


def _nodes(ax: Any, G: nx.MultiDiGraph, pos: dict, area: dict[str, float]) -> None:
    groups: dict[str, list[str]] = {}
    for n in sorted(G, key=str):
        groups.setdefault(str(G.nodes[n].get("type") or ""), []).append(n)
    for typ in sorted(groups, key=_type_rank):
        style = type_style(typ)
        members = sorted(groups[typ], key=lambda n: (-area[n], str(n)))  # big ones below
        ax.scatter(
            [pos[n][0] for n in members],
            [pos[n][1] for n in members],
            s=[area[n] * _SHAPE_AREA.get(style.shape, 1.0) for n in members],
            c=style.colour,
            marker=MARKERS[style.shape],
            edgecolors="#333333",
            linewidths=0.8,
            zorder=3,
        )


def _type_rank(typ: str) -> int:
    return TYPE_ORDER.index(typ) if typ in TYPE_ORDER else len(TYPE_ORDER)


def _labels(
    ax: Any, fig: Any, G: nx.MultiDiGraph, pos: dict, area: dict[str, float], ranked: dict
) -> tuple[Boxes, list[str]]:
    """Place each label beside its node where it overlaps least with what is already placed."""
    from matplotlib import patheffects

    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    px_per_pt = fig.dpi / 72.0
    discs = Boxes()
    for n in G:
        cx, cy = to_px(pos[n])
        r = math.sqrt(area[n]) / 2 * px_per_pt
        discs.add((cx - r, cy - r, cx + r, cy + r))
    ax_box = ax.get_window_extent(renderer)
    placed = Boxes()
    unlabelled: list[str] = []
    order = sorted(G, key=lambda n: (-ranked.get(n, 0.0), str(n)))
    biggest = max(ranked.get(n, 0.0) for n in G) or 1.0
    halo = [patheffects.withStroke(linewidth=2.6, foreground="white")]
    for rank_i, n in enumerate(order):
        label = short_label(G.nodes[n].get("label") or n)
        size = 7.2 + 2.3 * (ranked.get(n, 0.0) / biggest)
        text = ax.text(
            0,
            0,
            label,
            fontsize=size,
            color="#1A1A1A",
            zorder=5,
            path_effects=halo,
            fontweight="bold" if rank_i < 5 else "normal",
        )
        ext = text.get_window_extent(renderer)
        w, h = ext.width, ext.height
        cx, cy = to_px(pos[n])
        r = math.sqrt(area[n]) / 2 * px_per_pt + 2 * px_per_pt
        best = None
        for penalty, (dx, dy, ha, va) in enumerate(candidates(r)):
            x0 = cx + dx - (0 if ha == "left" else w if ha == "right" else w / 2)
            y0 = cy + dy - (0 if va == "bottom" else h if va == "top" else h / 2)
            box = (x0, y0, x0 + w, y0 + h)
            cost = placed.overlap(box) * 3 + discs.overlap(box)
            cost += outside(box, ax_box) * 5 + penalty * 4
            if best is None or cost < best[0]:
                best = (cost, cost - penalty * 4, dx, dy, ha, va, box)
        assert best is not None
        _, clash, dx, dy, ha, va, box = best
        if rank_i >= _ALWAYS_LABELLED and clash > 0.5:
            # a crowded minor actor: a smaller label, further out, before giving up on it
            text.set_fontsize(6.4)
            ext = text.get_window_extent(renderer)
            w, h = ext.width, ext.height
            for dx2, dy2, ha2, va2 in candidates(r, far=True):
                x0 = cx + dx2 - (0 if ha2 == "left" else w if ha2 == "right" else w / 2)
                y0 = cy + dy2 - (0 if va2 == "bottom" else h if va2 == "top" else h / 2)
                box2 = (x0, y0, x0 + w, y0 + h)
                clash2 = placed.overlap(box2) * 3 + discs.overlap(box2) + outside(box2, ax_box) * 5
                if clash2 <= 0.5:
                    clash, dx, dy, ha, va, box = clash2, dx2, dy2, ha2, va2, box2
                    break
        if rank_i >= _ALWAYS_LABELLED and clash > 0.5:
            text.remove()  # a minor actor whose label would cover others stays unlabelled
            unlabelled.append(n)
            continue
        placed.add(box)
        x, y = ax.transData.inverted().transform((cx + dx, cy + dy))
        text.set_position((x, y))
        text.set_horizontalalignment(ha)
        text.set_verticalalignment(va)
    for box in discs.boxes():
        placed.add(box)
    return placed, unlabelled


def _legend(fig: Any, types: set[str], fams: set[str], dashes: set[str], size_by: str) -> None:
    from matplotlib.lines import Line2D

    lax = fig.add_axes(_LEGEND_BOX)
    lax.set_axis_off()
    type_handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=MARKERS[type_style(t).shape],
            markersize=8,
            markerfacecolor=type_style(t).colour,
            markeredgecolor="#333333",
            markeredgewidth=0.8,
            label=type_style(t).label,
        )
        for t in sorted(types, key=_type_rank)
    ]
    rel_handles = [
        Line2D([], [], color=family_colour(f), linewidth=2.2, label=f.capitalize())
        for f in FAMILY_ORDER
        if f in fams
    ]
    if "dashed" in dashes:
        rel_handles.append(
            Line2D(
                [],
                [],
                color="#555555",
                linewidth=1.6,
                linestyle=DASHES["dashed"],
                label="Planned / hypothetical",
            )
        )
    if "dotted" in dashes:
        rel_handles.append(
            Line2D(
                [], [], color="#555555", linewidth=1.6, linestyle=DASHES["dotted"], label="Negated"
            )
        )
    common = {
        "frameon": False,
        "fontsize": 8,
        "title_fontsize": 8.5,
        "alignment": "left",
        "borderaxespad": 0.0,
        "handlelength": 2.2,
    }
    below = 1.0
    if type_handles:
        first = lax.legend(
            handles=type_handles,
            title="Actor type",
            loc="upper left",
            bbox_to_anchor=(0.0, 1.0),
            **common,
        )
        first.get_title().set_fontweight("bold")
        lax.add_artist(first)
        box = first.get_window_extent(fig.canvas.get_renderer())
        below = float(lax.transAxes.inverted().transform((box.x0, box.y0))[1]) - 0.05
    if rel_handles:
        second = lax.legend(
            handles=rel_handles,
            title="Relation",
            loc="upper left",
            bbox_to_anchor=(0.0, below),
            **common,
        )
        second.get_title().set_fontweight("bold")
    lax.text(
        0.0,
        0.0,
        "\n".join(
            [
                f"Node size: {measure_name(size_by)}",
                *textwrap.wrap(counting_note(), 40),
                "Line width, ×n: number of events",
            ]
        ),
        fontsize=6.8,
        color="#555555",
        va="bottom",
        transform=lax.transAxes,
    )
