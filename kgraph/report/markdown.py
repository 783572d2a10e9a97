"""Write a report as Markdown, with its picture as an SVG file beside it.

``report.md`` gets ``report.svg`` next to it, linked by relative name. All
text from articles is escaped (:func:`md_escape`) so that it can neither break
a table nor turn into a link, emphasis or raw HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote

from kgraph.model import DocumentInfo, GraphPath
from kgraph.report.content import SHOWN, EventRow, ReportContent, quoted_once
from kgraph.report.html import picture_caption, summary
from kgraph.viz.style import predicate_label, type_style

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~{}()])")


def md_escape(text: object) -> str:
    """Return ``text`` on one line with Markdown's active characters backslash-escaped.

    >>> md_escape("a|b *c* [d](e) <script>")
    'a\\\\|b \\\\*c\\\\* \\\\[d\\\\]\\\\(e\\\\) \\\\<script\\\\>'
    """
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _url(url: str | None) -> str | None:
    if not url or not re.match(r"(?i)^https?://", url):
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def _link(text: str, url: str | None) -> str:
    safe = _url(url)
    return f"[{md_escape(text)}]({safe})" if safe else md_escape(text)


def render_markdown(c: ReportContent, picture: str | None) -> str:
    """Return the Markdown report for already chosen content and a picture file name."""
    out = [f"# {md_escape(c.title)}", "", md_escape(summary(c)), ""]
    out += [*(f"_{md_escape(n)}_" for n in c.notes), ""] if c.notes else []
    seen: set[str] = set()  # sentences already quoted: later sections point back to them
    if c.family_counts:
        out += ["Relations by family: " + ", ".join(f"{f} {n}" for f, n in c.family_counts), ""]
    out += _documents(c)
    if picture:
        out += [
            "## The picture",
            "",
            f"![Graph of the actors and their relations]({quote(picture)})",
            "",
            md_escape(picture_caption()),
            "",
        ]
    out += _actors(c)
    out += _events("Key relations", c.key_relations, "No asserted relations.", seen, also=True)
    out += _events("Designations and sanctions", c.designations, "None found.", seen)
    out += _dyads(c)
    out += _events(
        "Negated, planned and hypothetical claims",
        c.qualified,
        "None: every relation was stated as fact.",
        seen,
    )
    out += _brokers(c, seen)
    return "\n".join(out).rstrip() + "\n"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("| " + " | ".join("---:" if i in right else "---" for i in range(len(header))))
    lines[-1] += " |"
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return [*lines, ""]


def _documents(c: ReportContent) -> list[str]:
    out = ["## What was read", ""]
    if not c.documents:
        return [*out, "_No document metadata._", ""]
    counts = dict(c.events_by_doc)
    rows = [
        [
            _link(d.title or d.id, d.url),
            md_escape(d.date or ""),
            str(counts.get(d.id, 0)),
            md_escape(d.id),
        ]
        for d in c.documents
    ]
    return out + _table(["Document", "Date", "Relations", "Id"], rows, {2})


def _actors(c: ReportContent) -> list[str]:
    out = ["## Actors", ""]
    if not c.actors:
        return [*out, "_No actors._", ""]
    rows = []
    for i, a in enumerate(c.actors, 1):
        qid = (
            _link(a.qid, f"https://www.wikidata.org/wiki/{a.qid}")
            if a.qid and re.fullmatch(r"Q[0-9]+", a.qid)
            else md_escape(a.qid or "")
        )
        rows.append(
            [
                str(i),
                md_escape(a.label),
                md_escape(type_style(a.type).label),
                qid,
                md_escape(a.country or ""),
                str(a.mentions),
                f"{a.degree:.3f}",
                f"{a.pagerank:.3f}",
                f"{a.betweenness:.3f}",
            ]
        )
    out += _table(
        [
            "#",
            "Actor",
            "Type",
            "Wikidata",
            "Country",
            "Mentions",
            "Degree",
            "PageRank",
            "Betweenness",
        ],
        rows,
        {0, 5, 6, 7, 8},
    )
    if len(c.actors) < c.n_actors:
        out += [f"The {len(c.actors)} most connected of {c.n_actors} actors.", ""]
    return out


def _event(e: EventRow, seen: set[str], *, also: bool = False) -> list[str]:
    meta = [e.date or "undated", e.family, e.status]
    if e.confidence is not None:
        meta.append(f"confidence {e.confidence:.2f}")
    if also and e.also:
        meta.append(f"stated in {e.also} more sentence{'s' if e.also > 1 else ''}")
    lines = [f"- **{md_escape(e.claim)}** ({md_escape(' · '.join(meta))})"]
    if e.sentence and not quoted_once([e.sentence], seen)[0]:
        lines.append(
            f"  _(the sentence quoted above)_ Source: {_link(e.doc_title or e.doc, e.url)}"
        )
    elif e.sentence:
        lines.append(f"  > {md_escape(e.sentence)}")
        lines.append("  >")
        lines.append(f"  > Source: {_link(e.doc_title or e.doc, e.url)}")
    else:
        lines.append(f"  Source: {_link(e.doc_title or e.doc, e.url)}")
    return lines


def _events(
    heading: str, events: Sequence[EventRow], empty: str, seen: set[str], *, also: bool = False
) -> list[str]:
    out = [f"## {heading}", ""]
    if not events:
        return [*out, f"_{empty}_", ""]
    # folding away one or two would hide more than it saves
    shown = events if len(events) <= SHOWN + 2 else events[:SHOWN]
    for e in shown:
        out += _event(e, seen, also=also)
    if len(shown) < len(events):
        out.append(f"- _and {len(events) - len(shown)} more (all of them in report.html)_")
    return [*out, ""]


def _dyads(c: ReportContent) -> list[str]:
    out = ["## Hostile and cooperative pairs", ""]
    if not c.dyads:
        return [*out, "_No hostile or cooperative relations._", ""]
    rows = [
        [
            md_escape(d.a_label),
            md_escape(d.b_label),
            str(d.hostile),
            str(d.cooperative),
            str(d.diplomatic),
            d.character,
        ]
        for d in c.dyads
    ]
    out += _table(
        ["Actor", "Actor", "Hostile", "Cooperative", "Diplomatic", "Character"], rows, {2, 3, 4}
    )
    return [*out, "Events in either direction, negated claims left out.", ""]


def _path(p: GraphPath, docs: dict[str, DocumentInfo], seen: set[str]) -> list[str]:
    """Return one path as a sub-item naming the chain, with each hop's evidence below it."""
    if not p.hops:
        return []
    chain = p.hops[0].source_label
    for h in p.hops:
        arrow = "→" if h.forward else "←"
        chain += f" {arrow} {predicate_label(h.predicate)} {arrow} {h.target_label}"
    lines = [f"  - {md_escape(chain)}"]
    for h in p.hops:
        doc = docs.get(h.doc_id)
        source = _link(doc.title or h.doc_id, doc.url) if doc else md_escape(h.doc_id)
        negated = "negated, " if h.negated else ""
        if h.modality not in ("asserted", ""):
            negated += f"{md_escape(h.modality)}, "
        quote = md_escape(h.sentence) or "_no sentence_"
        if h.sentence and not quoted_once([h.sentence], seen)[0]:
            quote = "_(the sentence quoted above)_"
        lines.append(f"    - {quote} ({negated}{md_escape(h.date or 'undated')}, {source})")
    return lines


def _brokers(c: ReportContent, seen: set[str]) -> list[str]:
    out = ["## Brokers", ""]
    if not c.brokers:
        return [*out, "_No actor lies between two others._", ""]
    out += [
        "Actors with the highest betweenness centrality: they sit on the shortest links "
        "between actors that are not otherwise connected.",
        "",
    ]
    docs = {d.id: d for d in c.documents}
    for b in c.brokers:
        out.append(
            f"- **{md_escape(b.actor.label)}** ({md_escape(type_style(b.actor.type).label)}, "
            f"betweenness {b.actor.betweenness:.3f})"
        )
        for p in b.paths:
            out += _path(p, docs, seen)
    return [*out, ""]
