"""Long documents: parsed in pieces with offsets kept, in time linear in their length."""

from __future__ import annotations

import time

import pytest

from kgraph.extract.pipeline import extract_documents, extract_text, split_pieces
from kgraph.extract.qualifiers.dates import _date_entities
from kgraph.model import Document

PARAGRAPH = (
    "The United States sanctioned Iran on Monday. Russia condemned the sanctions on "
    "March 3, 2020. Turkey attacked Syria last week. Israel accused Hezbollah of firing "
    "rockets on 4 January. Germany supported Ukraine on Friday. "
)


@pytest.mark.parametrize(
    ("text", "limit", "pieces"),
    [
        ("One. Two. Three.", 10, ["One. Two. ", "Three."]),
        ("Short line.\nNext.", 100, ["Short line.\n", "Next."]),
        ("He said “no.” Then left.", 18, ["He said “no.” ", "Then left."]),
        ("aaaa bbbb cccc dddd", 12, ["aaaa bbbb ", "cccc dddd"]),  # no sentence end: a space
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),  # no break at all: a hard cut
    ],
)
def test_split_pieces(text, limit, pieces):
    assert split_pieces(text, limit=limit) == pieces
    assert "".join(pieces) == text


@pytest.mark.parametrize("limit", [7, 50, 333])
def test_pieces_never_exceed_the_limit(limit):
    text = (PARAGRAPH * 20).replace(". ", ".\n", 3)
    pieces = split_pieces(text, limit=limit)
    assert max(len(p) for p in pieces) <= limit
    assert "".join(pieces) == text


def test_line_longer_than_spacy_max_length(nlp, monkeypatch):
    # spaCy refuses a text over nlp.max_length (E088); one long line must still be read.
    text = PARAGRAPH * 40  # about 7,500 characters, one line
    monkeypatch.setattr(nlp, "max_length", 2_000)
    ex = extract_text(text, nlp=nlp, doc_id="long", date="2025-11-26")
    sanctions = [r for r in ex.relations if r.predicate == "sanctions"]
    assert len(sanctions) == 40
    for r in ex.relations:  # offsets still point into the original text
        assert text[r.evidence.start : r.evidence.end] == r.evidence.sentence


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Russia condemned the sanctions on March 3, 2020.", ["March 3, 2020"]),
        ("Turkey attacked Syria last week and again on Friday.", ["last week", "Friday"]),
        ("Iran protested. It did so yesterday.", ["yesterday"]),
        ("No date here.", []),
    ],
)
def test_date_entities_are_the_sentence_dates(nlp, text, dates):
    doc = nlp(text)
    for sent in doc.sents:
        expected = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
        found = _date_entities(sent)
        assert [(e.start, e.end, e.label_) for e in found] == [
            (e.start, e.end, e.label_) for e in expected
        ]
    assert [e.text for s in doc.sents for e in _date_entities(s)] == dates


def _seconds(nlp, documents: list[Document]) -> float:
    started = time.perf_counter()
    for _ in extract_documents(documents, nlp=nlp):
        pass
    return time.perf_counter() - started


def test_one_long_document_takes_about_as_long_as_its_parts(nlp):
    # Relation-dense text: extraction was quadratic in document length (each relation's
    # date read the whole document's entity list), so one 24 kB document took twice as
    # long as the same text in eight articles (48 kB: 3.3 times), and now as long.
    parts = [PARAGRAPH * 16 for _ in range(8)]  # 8 × ~3 kB
    split = [Document(id=f"d{i}", text=p, date="2025-11-26") for i, p in enumerate(parts)]
    whole = [Document(id="whole", text="\n\n".join(parts), date="2025-11-26")]
    _seconds(nlp, split[:1])  # warm the gazetteer and the matchers
    # interleaved, best of two: a burst of load on a shared machine hits both sides
    runs = [(_seconds(nlp, split), _seconds(nlp, whole)) for _ in range(2)]
    t_split, t_whole = min(r[0] for r in runs), min(r[1] for r in runs)
    assert t_whole < 1.6 * t_split, (t_whole, t_split)
