"""Resolve date expressions against the document date.

Relative expressions are resolved only when the document has a date: "on
Monday" is the most recent Monday on or before the document date, "yesterday"
the day before, "last week" the same weekday one week earlier. Explicit dates
("March 3, 2020", "3 January") are read as written; a missing year is taken
from the document date (the year before when that would put the date more
than a week after the document). Without a document date only dates that
spell out their year are returned; nothing is guessed.

>>> resolve_date("on Monday", "2025-11-26")
'2025-11-24'
>>> resolve_date("March 3, 2020", None)
'2020-03-03'
>>> resolve_date("yesterday", None) is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_WEEKDAY = re.compile(
    r"\b(?P<which>last|this|next|past)?\s*(?P<day>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE
)
_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "last week": -7,
    "a week ago": -7,
    "next week": 7,
}


def _parse_reference(reference: str | None) -> dt.date | None:
    if not reference:
        return None
    try:
        return dt.date.fromisoformat(reference[:10])
    except ValueError:
        return None


def _explicit(text: str, ref: dt.date | None) -> dt.date | None:
    match = _ISO.search(text) or _MONTH_DAY.search(text) or _DAY_MONTH.search(text)
    if match is None:
        return None
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    day = int(match.group("day"))
    year_text = match.group("year")
    if year_text:
        year = int(year_text)
    elif ref is not None:
        year = ref.year
    else:
        return None
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    if not year_text and ref is not None and found > ref + dt.timedelta(days=7):
        try:
            found = dt.date(year - 1, month, day)
        except ValueError:
            return None
    return found


def resolve_date(text: str, reference: str | None) -> str | None:
    """Return the ISO date a date expression denotes, or None when unsure."""
    ref = _parse_reference(reference)
    found = _explicit(text, ref)
    if found is not None:
        return found.isoformat()
    if ref is None:
        return None
    low = " ".join(text.lower().split())
    for phrase, offset in _OFFSETS.items():
        if re.search(rf"\b{phrase}\b", low):
            return (ref + dt.timedelta(days=offset)).isoformat()
    match = _WEEKDAY.search(low)
    if match is not None:
        target = WEEKDAYS.index(match.group("day").lower())
        back = (ref.weekday() - target) % 7
        which = match.group("which")
        if which == "next":
            ahead = (target - ref.weekday()) % 7 or 7
            return (ref + dt.timedelta(days=ahead)).isoformat()
        if which == "last" and back == 0:
            back = 7
        return (ref - dt.timedelta(days=back)).isoformat()
    return None


def _attached(ent_root: Token, trigger: Token) -> int | None:
    """Return how many arcs lead from a date up to the trigger, or None."""
    node = ent_root
    for depth in range(6):
        if node.i == trigger.i:
            return depth
        if node.head == node:
            return None
        node = node.head
    return None


def _date_entities(sent: Span) -> list[Span]:
    """Return the DATE and TIME entities that lie wholly inside a sentence.

    Read from the tokens' entity tags: ``Span.ents`` rebuilds the whole
    document's entity list on each call, which made extraction quadratic in
    the length of a document.
    """
    from spacy.tokens import Span

    doc = sent.doc
    found: list[Span] = []
    i = sent.start
    while i < sent.end:
        label = doc[i].ent_type_
        if doc[i].ent_iob_ != "B" or label not in ("DATE", "TIME"):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        if j <= sent.end:
            found.append(Span(doc, i, j, label=label))
        i = j
    return found


def relation_date(trigger: Token, *, reference: str | None, sent: Span | None = None) -> str | None:
    """Return the date of the event triggered at ``trigger``, or None.

    A DATE entity attached below the trigger wins; otherwise the sentence's
    DATE entity nearest to the trigger is used. ``sent`` is the trigger's
    sentence when the caller already has it (``Token.sent`` is slow).
    """
    if sent is None:
        sent = trigger.sent
    best: tuple[int, str] | None = None
    for ent in _date_entities(sent):
        resolved = resolve_date(ent.text, reference)
        if resolved is None:
            continue
        depth = _attached(ent.root, trigger)
        rank = depth if depth is not None else 100 + abs(ent.start - trigger.i)
        if best is None or rank < best[0]:
            best = (rank, resolved)
    return best[1] if best else None
