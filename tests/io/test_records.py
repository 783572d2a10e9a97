"""One JSONL line → one document: date fields, timestamps, repaired text and URLs."""

from __future__ import annotations

import json

import pytest

from kgraph.errors import KGraphError
from kgraph.io.records import parse_record


def _line(**fields) -> str:
    return json.dumps({"id": "a", "text": "Iran protested.", **fields})


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        ({"date": "2025-11-24"}, "2025-11-24"),
        ({"published": "2025-11-24"}, "2025-11-24"),
        ({"pubdate": "2019-10-09T08:30:00Z"}, "2019-10-09"),
        ({"datetime": "2020-03-03T23:59:59-05:00"}, "2020-03-03"),  # the date as written
        ({"date_published": "2021-01-04 10:00"}, "2021-01-04"),
        ({"pubdate": "Mon, 24 Nov 2025 10:00:00 GMT"}, "2025-11-24"),  # RSS pubDate
        ({"date": "", "published": "2025-11-24"}, "2025-11-24"),  # an empty field is absent
        ({"date": "2025-01-01", "published": "2024-12-31"}, "2025-01-01"),  # 'date' first
        ({}, None),
    ],
)
def test_date_fields(fields, date):
    doc, notes = parse_record(_line(**fields), "c.jsonl:1")
    assert doc.date == date
    assert notes == []


def test_named_date_field_wins():
    line = _line(date="2025-01-01", issued="2024-06-30T12:00:00")
    doc, _ = parse_record(line, "c.jsonl:1", date_field="issued")
    assert doc.date == "2024-06-30"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"published": "last Monday"}, "c.jsonl:1: 'published' 'last Monday' is not an ISO date"),
        ({"pubdate": 20251124}, "c.jsonl:1: 'pubdate' must be a string"),
    ],
)
def test_bad_dates_name_the_field(fields, message):
    with pytest.raises(KGraphError, match=message):
        parse_record(_line(**fields), "c.jsonl:1")


@pytest.mark.parametrize(
    ("url", "expected", "note"),
    [
        ("https://example.org/a", "https://example.org/a", None),
        ("https://example.org/a\u0001b", "https://example.org/a%01b", "percent-encoded"),
        ("https://example.org/a b", "https://example.org/a%20b", "percent-encoded"),
        ('https://example.org/"x"', "https://example.org/%22x%22", "percent-encoded"),
        ("https://example.org/ü", "https://example.org/ü", None),  # IRIs allow non-ASCII
        ("not a url", None, "is not a URL; left out"),
    ],
)
def test_urls_become_valid_iris_or_are_left_out(url, expected, note):
    doc, notes = parse_record(_line(url=url), "c.jsonl:1")
    assert doc.url == expected
    if note is None:
        assert notes == []
    else:
        assert len(notes) == 1 and note in notes[0] and notes[0].startswith("c.jsonl:1: 'url'")


def test_lone_surrogate_is_replaced_and_offsets_hold():
    line = '{"id": "a", "text": "Iran \\ud800 protested.", "title": "\\udfff"}'
    doc, notes = parse_record(line, "c.jsonl:7")
    assert doc.text == "Iran \ufffd protested."
    assert doc.title == "\ufffd"
    doc.text.encode("utf-8")  # encodable now
    assert sorted(n.split(" holds")[0] for n in notes) == [
        "c.jsonl:7: 'text'",
        "c.jsonl:7: 'title'",
    ]
    assert all("1 lone surrogate(s)" in n for n in notes)


def test_a_surrogate_pair_is_one_character_and_no_note():
    doc, notes = parse_record('{"id": "a", "text": "Hi \\ud83d\\ude00."}', "c.jsonl:1")
    assert doc.text == "Hi \U0001f600."
    assert notes == []


def test_deeply_nested_json_is_one_line_error():
    line = '{"id": "a", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(KGraphError, match=r"c\.jsonl:1: JSON nested too deeply"):
        parse_record(line, "c.jsonl:1")
