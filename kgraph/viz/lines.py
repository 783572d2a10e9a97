"""Draw the lines of the static picture: one per bundle of events, with its label.

A line's colour is its family, its dash the modality, its width and ``×n`` the
number of events; parallel bundles fan out, a lone line bends around the actors
it would cross, and each label slides along its line away from the others.
"""

from __future__ import annotations

import math
from typing import Any

from kgraph.viz.bundles import Bundle
from kgraph.viz.placement import Boxes
from kgraph.viz.style import family_colour, predicate_label
from kgraph.vocabulary import RELATIONS

EDGE_LABELS_MAX = 45  # above this many bundles only the strongest ties are named
EDGE_TEXT_MAX = 34  # characters of a line's label before it is shortened
STRONGEST_NAMED = 8  # ties (most events) whose relations are written on a crowded picture
DASHES: dict[str, Any] = {"solid": "-", "dashed": (0, (5, 3)), "dotted": (0, (1, 2))}

EdgeLabel = tuple[str, str, Any, Any, float]  # text, colour, start, end, arc3 rad


def draw_lines(ax: Any, drawn: list[Bundle], pos: dict, area: dict[str, float]) -> list[EdgeLabel]:
    """Draw the bundles; return the labels still to be placed."""
    from matplotlib.patches import FancyArrowPatch

    pending: list[EdgeLabel] = []
    pairs: dict[tuple[str, str], list[Bundle]] = {}
    for b in drawn:
        if b.source != b.target and b.source in pos and b.target in pos:
            pairs.setdefault(tuple(sorted((b.source, b.target))), []).append(b)  # type: ignore[arg-type]
    named = named_bundles(drawn)
    px = {v: ax.transData.transform(xy) for v, xy in pos.items()}
    for (a, z), group in sorted(pairs.items()):
        n = len(group)
        bend = _detour(a, z, px, area, ax.figure.dpi) if n == 1 else 0.0
        for i, b in enumerate(group):
            # fan parallel bundles out symmetrically; the sign flips with direction so
            # that a→b and b→a bundles with the same offset do not coincide
            offset = (i - (n - 1) / 2) * 0.32 + bend
            rad = offset if b.source == a else -offset
            colour = family_colour(b.family)
            width = 1.0 + 0.9 * math.log2(b.count)
            symmetric = all(RELATIONS[p].symmetric for p in b.predicates if p in RELATIONS) and all(
                p in RELATIONS for p in b.predicates
            )
            patch = FancyArrowPatch(
                pos[b.source],
                pos[b.target],
                connectionstyle=f"arc3,rad={rad:.3f}",
                arrowstyle="-" if symmetric else "-|>",
                mutation_scale=11,
                linewidth=width,
                linestyle=DASHES[b.dash],
                color=colour,
                alpha=0.85 if len(drawn) <= 60 else 0.6,
                shrinkA=math.sqrt(area[b.source]) / 2 + 1.5,
                shrinkB=math.sqrt(area[b.target]) / 2 + 2.5,
                zorder=1,
            )
            ax.add_patch(patch)
            text = line_text(b, id(b) in named)
            if text:
                pending.append((text, colour, pos[b.source], pos[b.target], rad))
    return pending


def _detour(a: str, z: str, px: dict, area: dict[str, float], dpi: float) -> float:
    """Return an arc3 bend that takes a straight a–z line around actors it would cross, or 0."""
    (x0, y0), (x1, y1) = px[a], px[z]
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return 0.0
    for v in sorted(px):
        if v in (a, z):
            continue
        cx, cy = px[v]
        t = ((cx - x0) * dx + (cy - y0) * dy) / length2
        if not 0.05 < t < 0.95:
            continue
        # signed distance of the actor from the line (positive: left of a→z)
        side = (dx * (cy - y0) - dy * (cx - x0)) / math.sqrt(length2)
        if abs(side) < math.sqrt(area[v]) / 2 * dpi / 72 + 6:
            # arc3 bends towards the right of a→z for a positive rad: go the other way
            return 0.3 if side > 0 else -0.3
    return 0.0


def place_line_labels(ax: Any, fig: Any, pending: list[EdgeLabel], placed: Boxes) -> None:
    """Write each line's label on the line, sliding along it away from other labels."""
    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    back = ax.transData.inverted().transform
    for text, colour, start, end, rad in pending:
        artist = ax.text(
            0,
            0,
            text,
            fontsize=6.3,
            color=colour,
            ha="center",
            va="center",
            zorder=2,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
        )
        ext = artist.get_window_extent(renderer)
        w, h = ext.width + 4, ext.height + 4
        (x0, y0), (x2, y2) = to_px(start), to_px(end)
        # arc3 bends the line in display space around this control point
        cx = (x0 + x2) / 2 + rad * (y2 - y0)
        cy = (y0 + y2) / 2 - rad * (x2 - x0)
        best = None
        for penalty, t in enumerate((0.5, 0.4, 0.6, 0.32, 0.68)):
            bx = (1 - t) ** 2 * x0 + 2 * t * (1 - t) * cx + t**2 * x2
            by = (1 - t) ** 2 * y0 + 2 * t * (1 - t) * cy + t**2 * y2
            box = (bx - w / 2, by - h / 2, bx + w / 2, by + h / 2)
            cost = placed.overlap(box) + penalty * 2.0
            if best is None or cost < best[0]:
                best = (cost, bx, by, box)
        assert best is not None
        placed.add(best[3])
        artist.set_position(tuple(back((best[1], best[2]))))


def named_bundles(drawn: list[Bundle]) -> set[int]:
    """Return the bundles whose relations are written out: all of few, else the strongest."""
    if len(drawn) <= EDGE_LABELS_MAX:
        return {id(b) for b in drawn}
    strongest = sorted(drawn, key=lambda b: (-b.count, b.source, b.target, b.family, b.dash))
    return {id(b) for b in strongest[:STRONGEST_NAMED]}


def line_text(b: Bundle, show_names: bool) -> str:
    """Return a line's label: its relations (or the main one and how many more), else ×n."""
    count = f"×{b.count}" if b.count > 1 else ""
    if not show_names:
        return count
    prefix = "not " if b.dash == "dotted" else ""
    texts = [
        prefix + predicate_label(p) + (f" ×{c}" if c > 1 else "") for p, c in b.predicate_counts
    ]
    if len(texts) == 2 and len(" · ".join(texts)) <= EDGE_TEXT_MAX:
        return " · ".join(texts)
    if len(texts) > 1:
        # the most frequent relation (ties: the first) and how many other kinds
        main = max(b.predicate_counts, key=lambda pc: pc[1])
        return f"{prefix}{predicate_label(main[0])} ×{main[1]} +{len(texts) - 1} more".replace(
            " ×1 ", " "
        )
    return texts[0] if texts else count
