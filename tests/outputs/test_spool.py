"""The documents a build will extract wait on disk and come back whole, in order."""

from __future__ import annotations

from kgraph.model import Document
from kgraph.outputs.spool import DocumentSpool

DOCUMENTS = [
    Document(id="d1", text="France met Germany.\nThen it rained.", date="2025-03-14"),
    Document(
        id="d2",
        text='Türkiye said "no" — twice.\u2028Next line.',
        title="A title",
        url="https://example.org/a",
        path="in/a.txt",
        publisher="Reuters",
    ),
    Document(id="d3", text=""),
]


def test_documents_come_back_equal_and_in_order():
    spool = DocumentSpool(DOCUMENTS)
    assert len(spool) == 3 and spool.ids == ("d1", "d2", "d3")
    assert list(spool) == DOCUMENTS
    assert list(spool) == DOCUMENTS  # a second reading reads them again


def test_two_readings_at_once_do_not_disturb_each_other():
    spool = DocumentSpool(DOCUMENTS)
    outer = iter(spool)
    first = next(outer)
    assert list(spool) == DOCUMENTS
    assert [first, *outer] == DOCUMENTS


def test_a_document_added_after_a_reading_comes_last():
    spool = DocumentSpool(DOCUMENTS[:1])
    assert list(spool) == DOCUMENTS[:1]
    spool.add(DOCUMENTS[1])
    assert list(spool) == DOCUMENTS[:2]


def test_an_empty_or_closed_spool_holds_nothing():
    assert list(DocumentSpool()) == [] and not DocumentSpool()
    spool = DocumentSpool(DOCUMENTS)
    spool.close()
    assert len(spool) == 0 and list(spool) == []
