"""Reading inputs: files, folders, stdin, JSONL, and every kind of bad input."""

from __future__ import annotations

import codecs
import io
import json
import os

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


# --- special files, encodings, several bad inputs -----------------------------------


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)  # no writer: opening it for reading would block forever
    with pytest.raises(KGraphError, match=r"feed\.txt: is a named pipe \(FIFO\), not a regular"):
        read_inputs([str(fifo)])


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device):
    with pytest.raises(KGraphError, match=f"{device}: is a character device, not a regular file"):
        read_inputs([device])


def test_fifo_named_jsonl_is_refused(tmp_path):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(KGraphError, match="is a named pipe"):
        read_inputs([str(fifo)])


TEXT = "Iran accused Israel.\nIsrael denied it."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    f = tmp_path / "story.txt"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    f.write_bytes(bom + TEXT.encode(encoding))
    [doc] = read_inputs([str(f)])
    assert doc.text == TEXT


def test_jsonl_in_utf16_with_a_bom_is_read(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_bytes(json.dumps({"id": "a", "text": TEXT}).encode("utf-16") + "\n".encode("utf-16le"))
    [doc] = read_inputs([str(f)])
    assert doc.text == TEXT


def test_utf16_without_a_bom_is_still_binary(tmp_path):
    f = tmp_path / "story.txt"
    f.write_bytes(TEXT.encode("utf-16-le"))
    with pytest.raises(KGraphError, match="binary"):
        read_inputs([str(f)])


def _bad_folder(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text("Russia attacked Ukraine.", encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "d_latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "e_corpus.jsonl").write_text(
        '{"id": "j1", "text": "Iran protested."}\n{broken\n{"id": "j3", "text": "Fine."}\n',
        encoding="utf-8",
    )
    return tmp_path


def test_every_bad_file_is_named(tmp_path, caplog):
    folder = _bad_folder(tmp_path)
    with pytest.raises(KGraphError) as info:
        read_inputs([str(folder)])
    message = str(info.value)
    assert message.startswith("4 bad inputs (")
    for name in ("a_empty.txt", "c_binary.txt", "d_latin1.txt", "e_corpus.jsonl:2"):
        assert name in message
    assert "--skip-bad" in message and "\n" not in message
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warned) == 4
    assert any("c_binary.txt: looks like a binary file" in w for w in warned)


def test_skip_bad_goes_on_with_the_good_ones(tmp_path, caplog):
    folder = _bad_folder(tmp_path)
    skipped: list[str] = []
    docs = list(read_inputs([str(folder)], skip_bad=True, skipped=skipped))
    assert [d.id for d in docs] == ["b_good.txt", "j1", "j3"]
    assert len(skipped) == 4
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warned) == 4 and all(w.endswith("; skipped") for w in warned)


def test_skip_bad_with_nothing_good_left_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    with pytest.raises(KGraphError, match="no readable input left after skipping 1"):
        list(read_inputs([str(tmp_path)], skip_bad=True))


def test_several_missing_paths_are_named_together(tmp_path):
    with pytest.raises(KGraphError, match=r"2 inputs are missing: .*x\.txt.*y\.txt"):
        read_inputs([str(tmp_path / "x.txt"), str(tmp_path / "y.txt")])


def test_date_field_reaches_jsonl_documents(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(
        '{"id": "a", "text": "Iran protested.", "published": "2025-11-24T06:00:00Z"}\n'
        '{"id": "b", "text": "Iraq protested.", "issued": "2024-02-01"}\n',
        encoding="utf-8",
    )
    assert [d.date for d in read_inputs([str(f)])] == ["2025-11-24", None]
    assert [d.date for d in read_inputs([str(f)], date_field="issued")] == [None, "2024-02-01"]


def test_bad_url_is_repaired_with_one_warning(tmp_path, caplog):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Hi.", "url": "https://x.org/a\u0001"}) + "\n")
    [doc] = read_inputs([str(f)])
    assert doc.url == "https://x.org/a%01"
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warned == [f"{f}:1: 'url' holds characters not allowed in an IRI; percent-encoded"]
