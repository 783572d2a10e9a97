"""The interactive page: self-contained, escaped, locked down by its CSP."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest

from kgraph.errors import KGraphError
from kgraph.viz.interactive import json_for_script, payload, render_html, write_html
from tests.viz.graphs import sample_documents, sample_graph

HOSTILE_LABEL = '</script><script>document.title="pwned"</script>\u2028Colombia'
HOSTILE_SENTENCE = '"><img src=x onerror="window.__pwned=1"> & </SCRIPT >'


def _page() -> str:
    G = sample_graph(
        label_overrides={"Q739": HOSTILE_LABEL}, sentence_overrides={"e16": HOSTILE_SENTENCE}
    )
    return render_html(G, title="<b>Venezuela</b>", documents=sample_documents())


def _blocks(page: str) -> list[tuple[str, str]]:
    return re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S | re.I)


def test_data_cannot_close_the_script_element():
    page = _page()
    blocks = _blocks(page)
    assert len(blocks) == 2
    assert page.lower().count("<script") == 2
    assert page.lower().count("</script") == 2
    assert "\u2028" not in page
    attrs, data = blocks[0]
    assert 'type="application/json"' in attrs
    parsed = json.loads(data)
    labels = {n["id"]: n["label"] for n in parsed["nodes"]}
    assert labels["Q739"] == HOSTILE_LABEL
    sentences = {e["id"]: e["sentence"] for e in parsed["edges"]}
    assert sentences["e16"] == HOSTILE_SENTENCE


def test_title_is_escaped():
    page = _page()
    assert "<title>&lt;b&gt;Venezuela&lt;/b&gt;</title>" in page
    assert "<b>Venezuela</b>" not in page


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_csp_forbids_the_network_and_allows_only_the_inline_code():
    page = _page()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    csp = csp.replace("&#x27;", "'")
    assert "default-src 'none'" in csp
    assert "unsafe" not in csp
    script = _blocks(page)[1][1]
    style = re.search(r"<style>(.*?)</style>", page, flags=re.S).group(1)
    assert f"script-src {_sha(script)}" in csp
    assert f"style-src {_sha(style)}" in csp


def test_page_loads_nothing_from_outside():
    page = _page()
    markup = re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.S)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", markup, flags=re.I)
    script = _blocks(page)[1][1]
    # the only address the script knows is Wikidata's, for links the reader clicks
    assert set(re.findall(r"https?://[^\s\"']*", script)) == {"https://www.wikidata.org/wiki/"}
    for forbidden in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "fetch(",
        "XMLHttpRequest",
        "WebSocket",
        "eval(",
        "new Function",
    ):
        assert forbidden not in script


def test_payload_keeps_every_event_with_its_evidence_and_source():
    data = payload(sample_graph(), documents=sample_documents())
    assert len(data["edges"]) == 16
    negated = [e for e in data["edges"] if e["negated"]]
    assert [e["predicate"] for e in negated] == ["kills"]
    e01 = next(e for e in data["edges"] if e["id"] == "e01")
    assert e01["modality"] == "planned"
    assert e01["url"] == "https://example.org/a"
    assert e01["docTitle"] == "Trump plans direct talk with Maduro"
    assert {f["id"] for f in data["families"]} == {
        "hostile",
        "cooperative",
        "diplomatic",
        "standing",
    }
    us = next(n for n in data["nodes"] if n["id"] == "Q30")
    assert us["size"] == 1.0 and set(us["scores"]) == {"pagerank", "betweenness", "degree"}


def test_page_is_deterministic():
    assert _page() == _page()


def test_page_data_is_the_payload_in_one_json_text():
    # the page writes each event's JSON as it reads it: the same text as the payload at once
    G = sample_graph(
        label_overrides={"Q739": HOSTILE_LABEL}, sentence_overrides={"e16": HOSTILE_SENTENCE}
    )
    page = render_html(G, title="<b>Venezuela</b>", documents=sample_documents())
    data = payload(G, title="<b>Venezuela</b>", documents=sample_documents())
    assert data["edges"]
    assert f'<script id="kg-data" type="application/json">{json_for_script(data)}</script>' in page


def test_json_escaping_round_trips():
    value = {"a": "</script>&<!--\u2029", "b": [1.5, None, True]}
    assert json.loads(json_for_script(value)) == value


def test_write_html_needs_an_html_name(tmp_path):
    with pytest.raises(KGraphError, match=r"\.html"):
        write_html(sample_graph(), tmp_path / "x.png")
    out = write_html(sample_graph(), tmp_path / "x.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
