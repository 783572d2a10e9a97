"""Write a report as one self-contained, printable HTML page.

No script at all; the stylesheet is inline and allowed by hash, the picture is
an SVG data URI, and a Content-Security-Policy forbids every network request.
Every text that comes from an article goes through :func:`html.escape`.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Sequence

import networkx as nx

from kgraph.analytics.defaults import PICTURE_TOP, SORT_BY, counting_note, measure_name
from kgraph.model import DocumentInfo, GraphPath
from kgraph.report.content import SHOWN, EventRow, ReportContent, build_content, quoted_once
from kgraph.viz.style import predicate_label, type_style

_CSS = """
body { font: 14px/1.5 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a;
  max-width: 1100px; margin: 24px auto; padding: 0 20px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #ddd; padding-bottom: 3px; }
h3 { font-size: 15px; margin: 16px 0 4px; }
.summary { color: #444; margin: 0 0 8px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e2e2e2;
  vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 10px 0; }
figure img { width: 100%; height: auto; border: 1px solid #e2e2e2; }
figcaption { color: #555; font-size: 12px; }
blockquote { margin: 4px 0 4px 0; padding: 3px 10px; border-left: 3px solid #bbb;
  background: #fafafa; font-style: italic; }
.claim { font-weight: 600; }
.meta { color: #555; font-size: 12px; }
.tag { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 11px;
  background: #eee; margin-left: 4px; font-weight: normal; font-style: normal; }
.tag.negated { background: #f6d7c8; color: #7a2800; }
.tag.planned, .tag.hypothetical { background: #dbe9f6; color: #00416b; }
.tag.reported { background: #ece6f5; color: #44246b; }
.fam { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; }
.fam-hostile { background: #D55E00; } .fam-cooperative { background: #009E73; }
.fam-diplomatic { background: #0072B2; } .fam-standing { background: #8C8C8C; }
.item { margin: 10px 0 14px; page-break-inside: avoid; break-inside: avoid; }
ol.path { margin: 4px 0 10px; padding-left: 22px; }
.empty { color: #666; font-style: italic; }
.notes { color: #444; font-size: 12px; margin: 0 0 8px; }
details > summary { cursor: pointer; color: #0059a0; margin: 6px 0; }
.seen { color: #666; font-size: 12px; font-style: italic; }
a { color: #0059a0; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { page-break-after: avoid; break-after: avoid; }
  figure { page-break-inside: avoid; break-inside: avoid; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  details > summary { color: #444; }
}
"""


def render_report(
    G: nx.MultiDiGraph, *, documents: Sequence[DocumentInfo] = (), title: str | None = None
) -> str:
    """Return the HTML report as a string."""
    from kgraph.viz.static import render

    content = build_content(G, documents, title=title)
    svg = render(G, "svg", top=PICTURE_TOP)
    return page(content, svg)


def page(c: ReportContent, svg: bytes) -> str:
    """Return the report page for already chosen content and picture."""
    csp = (
        "default-src 'none'; style-src 'sha256-"
        + base64.b64encode(hashlib.sha256(_CSS.encode()).digest()).decode()
        + "'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    picture = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    seen: set[str] = set()  # sentences already quoted: later sections point back to them
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="kgraph"><link rel="icon" href="data:,">',
        f"<title>{_e(c.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(c.title)}</h1>",
        f'<p class="summary">{_e(summary(c))}</p>',
        "".join(f'<p class="notes">{_e(n)}</p>' for n in c.notes),
        _families(c),
        _documents(c),
        "<h2>The picture</h2>",
        f'<figure><img src="{picture}" alt="Graph of the actors and their relations">',
        f"<figcaption>{_e(picture_caption())}</figcaption></figure>",
        _actors(c),
        _events("Key relations", c.key_relations, "No asserted relations.", seen, also=True),
        _events("Designations and sanctions", c.designations, "None found.", seen),
        _dyads(c),
        _events(
            "Negated, planned and hypothetical claims",
            c.qualified,
            "None: every relation was stated as fact.",
            seen,
        ),
        _brokers(c, seen),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def picture_caption() -> str:
    """Return the caption under the report's picture: what size, colour and lines mean."""
    return (
        f"Node size: {measure_name(SORT_BY)}; colour and shape: actor type; line colour: "
        "relation family; dashed: planned or hypothetical; line width and ×n: number of "
        f"events. The {PICTURE_TOP} most connected actors are drawn when there are more. "
        + counting_note()
    )


def summary(c: ReportContent) -> str:
    """Return the one-line summary under the title."""
    bits = [
        f"{len(c.documents)} document{'s' if len(c.documents) != 1 else ''}",
        f"{c.n_actors} actors",
        f"{c.n_events} relations",
    ]
    if c.date_from:
        span = c.date_from if c.date_from == c.date_to else f"{c.date_from} to {c.date_to}"
        bits.append(f"dated {span}")
    return " · ".join(bits)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _url(url: str | None) -> str | None:
    return url if url and re.match(r"(?i)^https?://", url) else None


def _link(text: str, url: str | None) -> str:
    safe = _url(url)
    if not safe:
        return _e(text)
    return f'<a href="{_e(safe)}" rel="noopener noreferrer">{_e(text)}</a>'


def _qid(qid: str | None) -> str:
    if not qid:
        return ""
    if re.fullmatch(r"Q[0-9]+", qid):
        return _link(qid, f"https://www.wikidata.org/wiki/{qid}")
    return _e(qid)


def _families(c: ReportContent) -> str:
    if not c.family_counts:
        return ""
    items = " ".join(
        f'<span class="fam fam-{_e(f)}"></span>{_e(f)} {n} ' for f, n in c.family_counts
    )
    return f'<p class="meta">Relations by family: {items}</p>'


def _documents(c: ReportContent) -> str:
    counts = dict(c.events_by_doc)
    rows = [
        f"<tr><td>{_link(d.title or d.id, d.url)}</td><td>{_e(d.date or '')}</td>"
        f'<td class="num">{counts.get(d.id, 0)}</td><td class="meta">{_e(d.id)}</td></tr>'
        for d in c.documents
    ]
    if not rows:
        return '<h2>What was read</h2><p class="empty">No document metadata.</p>'
    head = (
        '<table><thead><tr><th>Document</th><th>Date</th><th class="num">Relations</th>'
        "<th>Id</th></tr></thead>"
    )
    return "<h2>What was read</h2>" + _folded_table(head, rows, "document")


def _actors(c: ReportContent) -> str:
    if not c.actors:
        return '<h2>Actors</h2><p class="empty">No actors.</p>'
    rows = [
        f'<tr><td class="num">{i}</td><td>{_e(a.label)}</td><td>{_e(type_style(a.type).label)}'
        f"</td><td>{_qid(a.qid)}</td><td>{_e(a.country or '')}</td>"
        f'<td class="num">{a.mentions}</td><td class="num">{a.degree:.3f}</td>'
        f'<td class="num">{a.pagerank:.3f}</td><td class="num">{a.betweenness:.3f}</td></tr>'
        for i, a in enumerate(c.actors, 1)
    ]
    more = (
        f'<p class="meta">The {len(c.actors)} most connected of {c.n_actors} actors.</p>'
        if len(c.actors) < c.n_actors
        else ""
    )
    head = (
        '<table><thead><tr><th class="num">#</th><th>Actor</th><th>Type</th>'
        '<th>Wikidata</th><th>Country</th><th class="num">Mentions</th>'
        '<th class="num">Degree</th><th class="num">PageRank</th>'
        '<th class="num">Betweenness</th></tr></thead>'
    )
    return "<h2>Actors</h2>" + _folded_table(head, rows, "actor", shown=15) + more


def _folded_table(head: str, rows: Sequence[str], noun: str, *, shown: int = SHOWN) -> str:
    """Return a table of the first rows, the rest in a second table inside <details>."""
    if len(rows) <= shown + 2:
        return f"{head}<tbody>{''.join(rows)}</tbody></table>"
    rest = len(rows) - shown
    return (
        f"{head}<tbody>{''.join(rows[:shown])}</tbody></table>"
        f"<details><summary>{rest} more {noun}s</summary>"
        f"{head}<tbody>{''.join(rows[shown:])}</tbody></table></details>"
    )


def _tags(e: EventRow) -> str:
    tags = []
    if e.negated:
        tags.append('<span class="tag negated">negated</span>')
    if e.modality != "asserted":
        tags.append(f'<span class="tag {_e(e.modality)}">{_e(e.modality)}</span>')
    return "".join(tags)


def _event(e: EventRow, seen: set[str], *, also: bool = False) -> str:
    meta = [e.date or "undated", e.family]
    if e.confidence is not None:
        meta.append(f"confidence {e.confidence:.2f}")
    if also and e.also:
        meta.append(f"stated in {e.also} more sentence{'s' if e.also > 1 else ''}")
    quote = _quote(e.sentence, seen)
    return (
        f'<div class="item"><span class="fam fam-{_e(e.family)}"></span>'
        f'<span class="claim">{_e(e.claim)}</span>{_tags(e)}'
        f'<div class="meta">{_e(" · ".join(meta))}</div>{quote}'
        f'<div class="meta">Source: {_link(e.doc_title or e.doc, e.url)}</div></div>'
    )


def _quote(sentence: str, seen: set[str]) -> str:
    if not sentence:
        return ""
    if not quoted_once([sentence], seen)[0]:
        return '<div class="seen">(the sentence quoted above)</div>'
    return f"<blockquote>{_e(sentence)}</blockquote>"


def _events(
    heading: str, events: Sequence[EventRow], empty: str, seen: set[str], *, also: bool = False
) -> str:
    if not events:
        return f'<h2>{_e(heading)}</h2><p class="empty">{_e(empty)}</p>'
    items = [_event(e, seen, also=also) for e in events]
    return f"<h2>{_e(heading)}</h2>" + _collapsed(items)


def _collapsed(items: Sequence[str]) -> str:
    """Return the first items, the rest folded into a <details> ("N more")."""
    if len(items) <= SHOWN + 2:  # folding away one or two would hide more than it saves
        return "".join(items)
    rest = len(items) - SHOWN
    return (
        "".join(items[:SHOWN])
        + f"<details><summary>{rest} more</summary>{''.join(items[SHOWN:])}</details>"
    )


def _dyads(c: ReportContent) -> str:
    head = "<h2>Hostile and cooperative pairs</h2>"
    if not c.dyads:
        return head + '<p class="empty">No hostile or cooperative relations.</p>'
    rows = "".join(
        f"<tr><td>{_e(d.a_label)}</td><td>{_e(d.b_label)}</td>"
        f'<td class="num">{d.hostile}</td><td class="num">{d.cooperative}</td>'
        f'<td class="num">{d.diplomatic}</td><td><span class="fam fam-{_e(d.character)}"></span>'
        f"{_e(d.character)}</td></tr>"
        for d in c.dyads
    )
    return (
        head + "<table><thead><tr><th>Actor</th><th>Actor</th>"
        '<th class="num">Hostile</th><th class="num">Cooperative</th>'
        '<th class="num">Diplomatic</th><th>Character</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        '<p class="meta">Events in either direction, negated claims left out.</p>'
    )


def _path(p: GraphPath, docs: dict[str, DocumentInfo], seen: set[str]) -> str:
    items = []
    for h in p.hops:
        verb = predicate_label(h.predicate)
        step = (
            f"{h.source_label} → {verb} → {h.target_label}"
            if h.forward
            else f"{h.source_label} ← {verb} ← {h.target_label}"
        )
        doc = docs.get(h.doc_id)
        source = _link(doc.title or h.doc_id, doc.url) if doc else _e(h.doc_id)
        quote = _quote(h.sentence, seen)
        tag = ' <span class="tag negated">negated</span>' if h.negated else ""
        if h.modality not in ("asserted", ""):
            tag += f' <span class="tag {_e(h.modality)}">{_e(h.modality)}</span>'
        items.append(
            f"<li>{_e(step)}{tag}{quote}"
            f'<span class="meta">{_e(h.date or "undated")} · {source}</span></li>'
        )
    return f'<ol class="path">{"".join(items)}</ol>'


def _brokers(c: ReportContent, seen: set[str]) -> str:
    head = "<h2>Brokers</h2>"
    if not c.brokers:
        return head + '<p class="empty">No actor lies between two others.</p>'
    docs = {d.id: d for d in c.documents}
    parts = [
        head,
        '<p class="meta">Actors with the highest betweenness centrality: they sit on the '
        "shortest links between actors that are not otherwise connected.</p>",
    ]
    items = []
    for b in c.brokers:
        kind = type_style(b.actor.type).label
        paths = [_path(p, docs, seen) for p in b.paths]
        more = (
            f"<details><summary>{len(paths) - 1} more path{'s' if len(paths) > 2 else ''}"
            f"</summary>{''.join(paths[1:])}</details>"
            if len(paths) > 1
            else ""
        )
        items.append(
            f'<div class="item"><h3>{_e(b.actor.label)} <span class="meta">'
            f"{_e(kind)} · betweenness {b.actor.betweenness:.3f}</span></h3>"
            + "".join(paths[:1])
            + more
            + "</div>"
        )
    return "".join(parts) + "".join(items)
