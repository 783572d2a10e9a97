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
    """Write a report on ``G`` to ``path``: HTML for ``.html``/``.htm``, Markdown for ``.md``."""
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm"):
        from kgraph.report.html import write_report as write_html

        return write_html(G, Path(path), documents=documents, title=title)
    if suffix in (".md", ".markdown"):
        from kgraph.report.markdown import write_report as write_md

        return write_md(G, Path(path), documents=documents, title=title)
    raise KGraphError(f"cannot write a report to {Path(path).name}: use a .html or .md file")
