"""report stage of kgraph: an HTML or Markdown report on a projected actor graph."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.errors import KGraphError

if TYPE_CHECKING:
    import networkx as nx

    from kgraph.model import DocumentInfo


def write_report(
    G: nx.MultiDiGraph,
    path: Path,
    *,
    documents: Sequence[DocumentInfo] = (),
    title: str | None = None,
) -> Path:
    """Write a report on ``G`` to ``path``: HTML for ``.html``/``.htm``, Markdown for ``.md``.

    A Markdown report's picture goes beside it, ``path`` with ``.svg``.
    """
    return write_reports(G, [path], documents=documents, title=title)[0]


def write_reports(
    G: nx.MultiDiGraph,
    paths: Sequence[Path],
    *,
    documents: Sequence[DocumentInfo] = (),
    title: str | None = None,
) -> list[Path]:
    """Write the reports on ``G`` to ``paths`` (each ``.html``/``.htm`` or ``.md``/``.markdown``).

    The content and the picture are made once for all of them, so each file
    has the bytes it has when written alone.
    """
    from kgraph.analytics.defaults import PICTURE_TOP
    from kgraph.io.writers import write_atomic
    from kgraph.report.content import build_content
    from kgraph.report.html import page
    from kgraph.report.markdown import render_markdown
    from kgraph.viz.static import render

    kinds = [Path(p).suffix.lower() for p in paths]
    for path, kind in zip(paths, kinds, strict=True):
        if kind not in (".html", ".htm", ".md", ".markdown"):
            raise _unknown(path)
    if not paths:
        return []
    content = build_content(G, documents, title=title)
    svg = render(G, "svg", top=PICTURE_TOP)
    out = []
    for path, kind in zip(paths, kinds, strict=True):
        path = Path(path)
        if kind in (".html", ".htm"):
            out.append(write_atomic(path, page(content, svg)))
        else:
            picture = write_atomic(path.with_suffix(".svg"), svg)
            out.append(write_atomic(path, render_markdown(content, picture.name)))
    return out


def _unknown(path: Path) -> KGraphError:
    return KGraphError(f"cannot write a report to {Path(path).name}: use a .html or .md file")
