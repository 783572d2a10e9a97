"""Open the interactive picture and the HTML report in headless Chromium.

The pages are served from 127.0.0.1 by a server that records every request,
so any network access beyond the page itself shows up. The interactive page
writes its own status (actors and lines drawn, script errors caught) into the
DOM that ``--dump-dom`` returns; Chromium's console goes to stderr with
``--enable-logging=stderr``. Article text carrying script payloads must come
out as text: the payloads would change ``document.title`` if they ran.
"""

from __future__ import annotations

import functools
import html
import http.server
import re
import subprocess
import threading
from pathlib import Path

import pytest

from kgraph.report import write_report
from kgraph.viz.interactive import write_html
from tests.viz.graphs import sample_documents, sample_graph

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="no Chromium at /usr/bin/chromium (apt install chromium)"
    ),
]

TITLE = "Venezuela <test> & friends"
LABEL_PAYLOAD = '<script>document.title="pwned-label"</script>Colombia'
SENTENCE_PAYLOAD = (
    '"><img src=x onerror="document.title=\'pwned-sentence\'">'
    "</script><script>document.title='pwned-script'</script>"
)


class _Server:
    """A static file server on 127.0.0.1 that remembers the paths asked for."""

    def __init__(self, root: Path) -> None:
        requests: list[str] = []

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                requests.append(self.path)

        handler = functools.partial(Handler, directory=str(root))
        self.requests = requests
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{name}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    G = sample_graph(
        label_overrides={"Q739": LABEL_PAYLOAD}, sentence_overrides={"e16": SENTENCE_PAYLOAD}
    )
    write_html(G, root / "picture.html", title=TITLE, documents=sample_documents())
    write_report(G, root / "report.html", documents=sample_documents(), title=TITLE)
    for page in root.iterdir():
        page.chmod(0o644)
    server = _Server(root)
    yield server
    server.close()


def _chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    args = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1400,900",
        "--virtual-time-budget=4000",
        *extra,
        url,
    ]
    return subprocess.run(args, capture_output=True, text=True, timeout=180, check=False)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def _dom(tmp_path: Path, url: str) -> tuple[str, str]:
    run = _chromium(tmp_path, url, "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout, run.stderr


def _title(dom: str) -> str:
    found = re.search(r"<title>(.*?)</title>", dom, flags=re.S)
    assert found
    return html.unescape(found.group(1))


def _screenshot_is_a_picture(tmp_path: Path, url: str, box: tuple[int, int, int, int]) -> None:
    from PIL import Image

    shot = tmp_path / "shot.png"
    run = _chromium(tmp_path, url, f"--screenshot={shot}")
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    with Image.open(shot) as img:
        assert img.size == (1400, 900)
        area = img.convert("RGB").crop(box)
        colours = area.getcolors(maxcolors=1 << 20) or []
        inked = sum(n for n, rgb in colours if sum(rgb) < 600)
        assert len(colours) > 50, "the screenshot is nearly uniform"
        assert inked > 0.005 * area.width * area.height, "almost nothing is drawn"


def test_interactive_picture_draws_and_stays_offline(site, tmp_path):
    site.requests.clear()
    dom, stderr = _dom(tmp_path, site.url("picture.html"))
    status = re.search(r'<output id="kg-status"([^>]*)>', dom)
    assert status, dom[:2000]
    attrs = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', status.group(1)))
    assert attrs["state"] == "ready"
    assert attrs["errors"] == "0", attrs.get("last-error")
    assert int(attrs["nodes"]) == 10
    assert int(attrs["edges"]) == 13  # 16 events: one negated hidden, three in one bundle
    assert int(attrs["labels"]) == 10  # up to 40 actors, every one is labelled
    assert int(attrs["edgelabels"]) == 8  # the strongest ties have their relation written
    assert _console(stderr) == []
    assert _title(dom) == TITLE
    assert site.requests == ["/picture.html"]


def test_injected_text_in_the_evidence_panel_stays_text(site, tmp_path):
    site.requests.clear()
    dom, stderr = _dom(tmp_path, site.url("picture.html") + "#event=e16")
    details = re.search(r'<div id="kg-details">(.*?)</div>\s*<h2>Not on any line', dom, flags=re.S)
    assert details, dom[-3000:]
    panel = details.group(1)
    assert "<blockquote>" in panel
    assert html.escape(SENTENCE_PAYLOAD, quote=False) in panel
    assert "<img" not in panel and "<script" not in panel
    assert _title(dom) == TITLE
    assert _console(stderr) == []
    assert site.requests == ["/picture.html"]


def test_actor_panel_shows_the_label_as_text(site, tmp_path):
    dom, _ = _dom(tmp_path, site.url("picture.html") + "#actor=Q739")
    assert html.escape(LABEL_PAYLOAD, quote=False) in dom
    assert 'href="https://www.wikidata.org/wiki/Q739"' in dom
    assert _title(dom) == TITLE


def test_interactive_screenshot_shows_the_graph(site, tmp_path):
    _screenshot_is_a_picture(tmp_path, site.url("picture.html"), (0, 60, 1050, 880))


def test_report_opens_offline_without_running_article_text(site, tmp_path):
    site.requests.clear()
    dom, stderr = _dom(tmp_path, site.url("report.html"))
    assert _title(dom) == TITLE
    assert not re.search(r"<img[^>]+src=\"x\"", dom)
    assert dom.count("<script") == 0
    assert html.escape(LABEL_PAYLOAD, quote=False) in dom
    assert _console(stderr) == []
    assert site.requests == ["/report.html"]


def test_report_screenshot_shows_the_page(site, tmp_path):
    _screenshot_is_a_picture(tmp_path, site.url("report.html"), (0, 0, 1400, 900))
