"""The Markdown report and its sibling picture."""

from __future__ import annotations

import pytest

from kgraph.report import write_report
from kgraph.report.markdown import md_escape
from tests.viz.graphs import sample_documents, sample_graph


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a | b", "a \\| b"),
        ("*bold* _it_", "\\*bold\\* \\_it\\_"),
        ("[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert\\(1\\)\\)"),
        ("<script>", "\\<script\\>"),
        ("two\nlines", "two lines"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_md_escape(text, expected):
    assert md_escape(text) == expected


def test_markdown_report_writes_its_picture_beside_it(tmp_path):
    out = write_report(
        sample_graph(), tmp_path / "report.md", documents=sample_documents(), title="Venezuela"
    )
    text = out.read_text(encoding="utf-8")
    assert (tmp_path / "report.svg").read_bytes().startswith(b"<?xml")
    assert "![Graph of the actors and their relations](report.svg)" in text
    assert text.startswith("# Venezuela\n")
    for heading in (
        "What was read",
        "Actors",
        "Key relations",
        "Designations and sanctions",
        "Hostile and cooperative pairs",
        "Brokers",
    ):
        assert f"\n## {heading}\n" in text
    assert "[Q30](https://www.wikidata.org/wiki/Q30)" in text
    assert "> Source: [Strikes continue off Venezuela](https://example.org/b)" in text


def test_hostile_text_cannot_break_a_table_row(tmp_path):
    G = sample_graph(label_overrides={"Q739": "Col|ombia <b>*x*</b>"})
    text = write_report(G, tmp_path / "r.md", documents=()).read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "Col\\|ombia" in line and line[:1] == "|")
    assert row.count(" | ") == 8  # nine cells, none split by the label
    assert "<b>" not in text
