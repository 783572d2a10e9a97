"""The HTML report: sections, escaping, no script, no network."""

from __future__ import annotations

import re

import pytest

from kgraph.errors import KGraphError
from kgraph.report import write_report
from kgraph.report.html import render_report
from tests.viz.graphs import sample_documents, sample_graph

PAYLOAD = '<script>document.title="pwned"</script>"><img src=x onerror=alert(1)>'


def _report() -> str:
    G = sample_graph(label_overrides={"Q739": PAYLOAD}, sentence_overrides={"e16": PAYLOAD})
    return render_report(G, documents=sample_documents(), title="Venezuela & <friends>")


def test_report_has_every_section():
    page = _report()
    for heading in (
        "What was read",
        "The picture",
        "Actors",
        "Key relations",
        "Designations and sanctions",
        "Hostile and cooperative pairs",
        "Negated, planned and hypothetical claims",
        "Brokers",
    ):
        assert f"<h2>{heading}</h2>" in page


def test_article_text_is_escaped_everywhere():
    page = _report()
    assert "<script" not in page.lower()
    assert "<img src=x" not in page
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;" in page
    assert "<title>Venezuela &amp; &lt;friends&gt;</title>" in page


def test_links_go_to_sources_and_wikidata_only():
    page = _report()
    hrefs = set(re.findall(r'href="([^"]+)"', page))
    assert hrefs == {
        "data:,",
        "https://example.org/a",
        "https://example.org/b",
        *{
            f"https://www.wikidata.org/wiki/{q}"
            for q in ("Q30", "Q717", "Q57413", "Q5046398", "Q739", "Q22686", "Q11696", "Q1065")
        },
    }
    srcs = [s[:26] for s in re.findall(r'src="([^"]+)"', page)]
    assert srcs == ["data:image/svg+xml;base64,"]


def test_unsafe_source_urls_are_not_linked():
    from kgraph.model import DocumentInfo

    docs = [DocumentInfo("seed-1", "Evil", None, "javascript:alert(1)")]
    page = render_report(sample_graph(), documents=docs)
    assert "javascript:" not in page


def test_csp_has_no_script_source():
    page = _report()
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in csp and "script-src" not in csp


def test_report_is_deterministic_and_dispatches_by_extension(tmp_path):
    a = write_report(sample_graph(), tmp_path / "a.html", documents=sample_documents())
    b = write_report(sample_graph(), tmp_path / "b.html", documents=sample_documents())
    assert a.read_bytes() == b.read_bytes()
    with pytest.raises(KGraphError, match=r"\.html or \.md"):
        write_report(sample_graph(), tmp_path / "a.docx", documents=())
