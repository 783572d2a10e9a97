"""A document's extraction on disk reads back equal to what was extracted."""

from __future__ import annotations

import pytest

from kgraph.errors import KGraphError
from kgraph.extract.pipeline import extract_text
from kgraph.outputs.records import decode_extraction, encode_extraction


@pytest.mark.parametrize(
    "text",
    [
        "The United States sanctioned Iran on Monday.",
        "Russia did not attack Ukraine. China may meet Japan next week.",
        "Hamas is backed by Iran, officials in Washington said.",
        "Nicolás Maduro rejected the demands of Donald Trump.",
        "",
    ],
)
def test_a_record_reads_back_equal_and_encodes_to_the_same_bytes(nlp, text: str):
    extraction = extract_text(text, nlp=nlp, doc_id="d1", date="2025-03-14")
    data = encode_extraction(extraction)
    back = decode_extraction(data)
    assert back == extraction
    assert encode_extraction(back) == data


@pytest.mark.parametrize(
    "data", [b"", b"{", b"[]", b'{"document": {"text": "x"}}', b"\xff\xfe", b'{"document": 3}']
)
def test_a_damaged_record_is_a_one_line_error(data: bytes):
    with pytest.raises(KGraphError, match=r"^docs/x.json: not a readable extraction record"):
        decode_extraction(data, where="docs/x.json")


def test_an_index_reads_actors_as_from_plain_does():
    import dataclasses

    from kgraph.model import Actor, ActorMerge, ActorType
    from kgraph.outputs.records import ACTOR_FIELDS, _actor, from_plain, to_plain

    assert {f.name for f in dataclasses.fields(Actor)} == ACTOR_FIELDS  # a new field: read it
    merge = ActorMerge("usa", "united-states", "USA", "qid", 100.0)
    for actor in (
        Actor("iran", "Iran", ActorType.STATE, aliases=("Islamic Republic",), iso="IRN"),
        Actor("united-states", "United States", ActorType.STATE, merged_from=(merge,)),
    ):
        plain = to_plain(actor)
        assert _actor(plain) == from_plain(Actor, plain) == actor


def test_an_index_keeps_no_mentions_and_one_copy_of_an_actor(nlp):
    from kgraph.model import Document, DocumentExtraction
    from kgraph.outputs.records import decode_index, encode_index, index_of

    shared: dict = {}
    first, second = (
        index_of(extract_text(text, nlp=nlp, doc_id=i), "h", shared)
        for i, text in (("a", "Iran threatened Israel."), ("b", "Israel warned Iran."))
    )
    assert first.actors.mentions == (1, 1) and second.actors.mentions == (1, 1)
    assert all(a.mentions == () for a in (*first.actors.actors, *second.actors.actors))
    israel = [a for a in (*first.actors.actors, *second.actors.actors) if a.label == "Israel"]
    assert len(israel) == 2 and israel[0] is israel[1]
    assert decode_index(encode_index(first)) == first
    empty = DocumentExtraction(document=Document(id="c", text="Nothing."))
    assert index_of(empty, "h").actors.actors == ()
