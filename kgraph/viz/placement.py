"""Where labels go: rectangles, overlaps and candidate positions around a node.

Everything is in display pixels; the static picture uses it to place actor and
line labels so that they cover as little as possible.

>>> boxes = Boxes()
>>> boxes.add((0, 0, 10, 10))
>>> boxes.overlap((5, 5, 20, 20)), overlap((0, 0, 2, 2), (1, 1, 3, 3))
(25.0, 1)
"""

from __future__ import annotations

from typing import Any

Box = tuple[float, float, float, float]


def candidates(r: float, *, far: bool = False) -> list[tuple[float, float, str, str]]:
    """Return label offsets around a node of radius ``r``: (dx, dy, ha, va), best first.

    ``far`` adds positions up to three radii out, for labels that found no room nearby.
    """
    d = r * 0.75
    near = [
        (r, 0, "left", "center"),
        (-r, 0, "right", "center"),
        (0, r, "center", "bottom"),
        (0, -r, "center", "top"),
        (d, d, "left", "bottom"),
        (-d, d, "right", "bottom"),
        (d, -d, "left", "top"),
        (-d, -d, "right", "top"),
        (2.2 * r, 0, "left", "center"),
        (-2.2 * r, 0, "right", "center"),
        (0, 2 * r, "center", "bottom"),
        (0, -2 * r, "center", "top"),
    ]
    if not far:
        return near
    return near + [
        (k * r * dx, k * r * dy, ha, va)
        for k in (1.6, 2.4, 3.2)
        for dx, dy, ha, va in (
            (0.7, 0.7, "left", "bottom"),
            (-0.7, 0.7, "right", "bottom"),
            (0.7, -0.7, "left", "top"),
            (-0.7, -0.7, "right", "top"),
            (0.0, 1.0, "center", "bottom"),
            (0.0, -1.0, "center", "top"),
        )
    ]


class Boxes:
    """A growing set of rectangles (x0, y0, x1, y1) with a vectorised overlap sum."""

    def __init__(self) -> None:
        import numpy as np

        self._np = np
        self._a = np.zeros((64, 4))
        self._n = 0

    def add(self, box: Box) -> None:
        """Add one rectangle."""
        if self._n == len(self._a):
            self._a = self._np.concatenate([self._a, self._np.zeros_like(self._a)])
        self._a[self._n] = box
        self._n += 1

    def overlap(self, box: Box) -> float:
        """Return the total area ``box`` shares with the rectangles held."""
        a = self._a[: self._n]
        np = self._np
        w = np.minimum(a[:, 2], box[2]) - np.maximum(a[:, 0], box[0])
        h = np.minimum(a[:, 3], box[3]) - np.maximum(a[:, 1], box[1])
        return float(np.sum(np.clip(w, 0, None) * np.clip(h, 0, None)))

    def boxes(self) -> list[Box]:
        """Return the rectangles held."""
        return [tuple(row) for row in self._a[: self._n].tolist()]


def overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Return the area two rectangles share."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def outside(box: tuple[float, float, float, float], frame: Any) -> float:
    """Return the area of ``box`` that lies outside ``frame`` (a matplotlib Bbox)."""
    inside = overlap(box, (frame.x0, frame.y0, frame.x1, frame.y1))
    return (box[2] - box[0]) * (box[3] - box[1]) - inside
