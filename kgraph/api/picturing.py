"""Draw the actor graph and write the analyst report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.analytics.defaults import PICTURE_TOP, SORT_BY
from kgraph.api.graphs import _graph_of
from kgraph.api.summaries import PathLike
from kgraph.errors import KGraphError

if TYPE_CHECKING:
    import rdflib


def draw(
    sources: Sequence[PathLike] | rdflib.Graph,
    output: PathLike,
    *,
    size_by: str = SORT_BY,
    title: str | None = None,
    top: int | None = PICTURE_TOP,
    ego: str | None = None,
    hops: int = 1,
    families: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    show_negated: bool = False,
) -> Path:
    """Draw the actor graph to .png, .svg, .pdf or a self-contained interactive .html.

    ``sources`` are graph files or a store folder, or a graph already loaded.
    A picture keeps the ``top`` most connected actors (40 by default; ``None``
    keeps all) and says so on itself.
    """
    from kgraph.analytics.projection import project
    from kgraph.viz.focus import focus

    out = Path(output)
    top = top or None  # 0 draws every actor
    if out.suffix.lower() not in (".png", ".svg", ".pdf", ".html", ".htm"):
        raise KGraphError(f"{out}: unknown picture format; use .png, .svg, .pdf or .html")
    graph = _graph_of(sources)
    interactive = out.suffix.lower() in (".html", ".htm")
    # The interactive page has its own switch for negated claims, so it gets them all.
    G = project(graph, include_negated=show_negated or interactive, include_hypothetical=True)
    G = focus(
        G,
        ego=ego,
        hops=hops,
        families=families,
        date_from=date_from,
        date_to=date_to,
        top=top,
        size_by=size_by,
    )
    return _draw_projected(
        G, lambda: _documents(graph), out, title=title, size_by=size_by, show_negated=show_negated
    )


def report(
    sources: Sequence[PathLike] | rdflib.Graph, output: PathLike, *, title: str | None = None
) -> Path:
    """Write a self-contained analyst report (.html or .md) about the graph."""
    from kgraph.analytics.projection import project
    from kgraph.report import write_report
    from kgraph.report.content import documents_from_graph

    graph = _graph_of(sources)
    G = project(graph, include_negated=True, include_hypothetical=True)
    return write_report(G, Path(output), documents=documents_from_graph(graph), title=title)


def _draw_projected(
    G: Any,
    documents: Callable[[], list[Any]],
    out: Path,
    *,
    title: str | None,
    size_by: str = SORT_BY,
    show_negated: bool = False,
) -> Path:
    if out.suffix.lower() in (".html", ".htm"):
        from kgraph.viz.interactive import write_html

        return write_html(G, out, title=title, size_by=size_by, documents=documents())
    from kgraph.viz.static import draw as draw_static

    return draw_static(G, out, size_by=size_by, title=title, show_negated=show_negated)


def _documents(graph: Any) -> list[Any]:
    from kgraph.report.content import documents_from_graph

    return documents_from_graph(graph)


def build_draw(G: Any, documents: list[Any], out: Path, title: str | None) -> Path:
    """Draw a build's picture from its actor graph (the defaults of ``kgraph draw``)."""
    from kgraph.viz.focus import focus

    return _draw_projected(focus(G, top=PICTURE_TOP), lambda: documents, out, title=title)


def build_report(
    G: Any, documents: list[Any], outs: Sequence[Path], title: str | None
) -> list[Path]:
    """Write a build's reports from its actor graph, the content and picture made once."""
    from kgraph.report import write_reports

    return write_reports(G, outs, documents=documents, title=title)
