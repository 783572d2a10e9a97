"""Reading inputs: files, folders, stdin, JSONL, and every kind of bad input."""

from __future__ import annotations

import io
import json

import pytest

from kgraph.errors import KGraphError
from kgraph.io.readers import read_inputs, read_jsonl


def test_text_file_becomes_one_document_named_after_the_file(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("Iran accused Israel.\r\nIsrael denied it.", encoding="utf-8")
    [doc] = read_inputs([str(f)], date="2025-11-24")
    assert doc.id == "story.txt"
    assert doc.text == "Iran accused Israel.\nIsrael denied it."  # line ends normalised
    assert doc.date == "2025-11-24"


def test_folder_is_read_recursively_in_sorted_order_with_relative_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.md").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Skipped.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert [d.id for d in read_inputs([str(tmp_path)])] == ["a.txt", "b/x.md"]


def test_stdin_is_one_document():
    [doc] = read_inputs(["-"], stdin=io.BytesIO(b"Putin met Xi."))
    assert (doc.id, doc.text) == ("stdin", "Putin met Xi.")


def test_jsonl_keeps_metadata_and_skips_blank_lines(tmp_path):
    f = tmp_path / "c.jsonl"
    lines = [
        {"id": "n1", "text": "Turkey attacked the YPG.", "date": "2019-10-09", "title": "T"},
        {"id": 2, "text": "Japan sent aid.", "url": "https://example.org/2"},
    ]
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    docs = list(read_inputs([str(f)]))
    assert [(d.id, d.date, d.title, d.url) for d in docs] == [
        ("n1", "2019-10-09", "T", None),
        ("2", None, None, "https://example.org/2"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Caf\xe9 de Paris".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_text_files_give_one_line_errors(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(KGraphError, match=message) as info:
        list(read_inputs([str(f)]))
    assert "\n" not in str(info.value)
    assert str(f) in str(info.value)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "bad.jsonl:2: malformed JSON"),
        ('["a", "b"]', "bad.jsonl:2: each line must be a JSON object"),
        ('{"id": "x"}', "bad.jsonl:2: missing or empty 'text'"),
        ('{"text": "No id."}', "bad.jsonl:2: missing or empty 'id'"),
        ('{"id": "a", "text": "Again."}', "bad.jsonl:2: duplicate id 'a'"),
        ('{"id": "b", "text": "T.", "date": "Monday"}', "not an ISO date"),
    ],
)
def test_malformed_jsonl_names_file_and_line(line, message):
    stream = io.StringIO('{"id": "a", "text": "Fine."}\n' + line + "\n")
    with pytest.raises(KGraphError, match=message):
        list(read_jsonl(stream, name="bad.jsonl"))


def test_empty_jsonl_is_an_error(tmp_path):
    f = tmp_path / "none.jsonl"
    f.write_text("\n\n", encoding="utf-8")
    with pytest.raises(KGraphError, match="no documents"):
        list(read_inputs([str(f)]))


def test_missing_path_fails_before_any_document_is_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Fine.", encoding="utf-8")
    with pytest.raises(KGraphError, match=r"missing\.txt: no such file or folder"):
        read_inputs([str(good), str(tmp_path / "missing.txt")])


def test_huge_file_is_refused(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(KGraphError, match="larger than"):
        list(read_inputs([str(f)], max_bytes=100))


def test_the_same_id_twice_is_refused(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Fine.", encoding="utf-8")
    with pytest.raises(KGraphError, match="given twice"):
        list(read_inputs([str(f), str(f)]))
