"""The manifest's diff of an input: what to extract, keep and drop."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import KGraphError
from kgraph.model import Document
from kgraph.outputs.manifest import (
    Manifest,
    Versions,
    content_hash,
    encode_manifest,
    lexicon_version,
    plan,
    read_manifest,
)

V1 = Versions(extractor="kgraph 1", lexicon="L1", model="m 1")
A, B, C = (Document(id=i, text=f"text of {i}") for i in "abc")


def built(*docs: Document, versions: Versions = V1) -> Manifest:
    return Manifest(documents=tuple(versions.entry(d) for d in docs))


@pytest.mark.parametrize(
    ("old", "new", "prune", "extract", "order", "removed"),
    [
        ((A, B), (A, B), False, [], ["a", "b"], []),  # nothing changed
        ((A, B), (A, B, C), False, ["c"], ["a", "b", "c"], []),  # one new
        ((A, B), (A, Document(id="b", text="new"), C), False, ["b", "c"], ["a", "b", "c"], []),
        ((A, B, C), (A, C), False, [], ["a", "c", "b"], []),  # b kept without prune
        ((A, B, C), (A, C), True, [], ["a", "c"], ["b"]),  # and dropped with it
        ((), (B, A), False, ["b", "a"], ["b", "a"], []),  # a first build: input order
    ],
)
def test_plan_of_a_build(old, new, prune, extract, order, removed):
    todo = plan(built(*old) if old else None, new, V1, prune=prune)
    assert [d.id for d in todo.extract] == extract
    assert [d.id for d in todo.documents] == order
    assert list(todo.removed) == removed


def test_moving_a_file_is_no_change():
    assert content_hash(Document(id="a", text="x", path="/one/a.txt")) == content_hash(
        Document(id="a", text="x", path="/two/a.txt")
    )


@pytest.mark.parametrize(
    ("what", "versions"),
    [
        ("extractor", Versions(extractor="kgraph 2", lexicon="L1", model="m 1")),
        ("lexicon", Versions(extractor="kgraph 1", lexicon="L2", model="m 1")),
        ("model", Versions(extractor="kgraph 1", lexicon="L1", model="m 2")),
    ],
)
def test_a_new_version_re_extracts_and_says_why(what: str, versions: Versions):
    todo = plan(built(A, B), (A, B), versions, prune=False)
    assert [d.id for d in todo.extract] == ["a", "b"]
    assert todo.notes == (f"{what} changed since the last build: re-extracting 2 document(s)",)


def test_add_appends_and_replaces_in_place():
    todo = plan(built(A, B), (Document(id="a", text="new"), C), V1, prune=False, replace=False)
    assert [d.id for d in todo.documents] == ["a", "b", "c"]
    assert [d.id for d in todo.extract] == ["a", "c"]


def test_the_manifest_reads_back(tmp_path: Path):
    manifest = Manifest(documents=built(A, B).documents, options=(("store", True),))
    (tmp_path / "manifest.json").write_bytes(encode_manifest(manifest))
    assert read_manifest(tmp_path) == manifest
    assert read_manifest(tmp_path / "none") is None


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"null", b'{"format": 2, "documents": []}', b'{"format": 1, "documents": [1]}'],
)
def test_a_corrupt_manifest_is_a_one_line_error(tmp_path: Path, content: bytes):
    (tmp_path / "manifest.json").write_bytes(content)
    with pytest.raises(KGraphError, match="corrupt build manifest") as info:
        read_manifest(tmp_path)
    assert "\n" not in str(info.value) and "--rebuild" in str(info.value)


def test_a_document_listed_twice_is_corrupt(tmp_path: Path):
    twice = Manifest(documents=(V1.entry(A), V1.entry(A)))
    (tmp_path / "manifest.json").write_bytes(encode_manifest(twice))
    with pytest.raises(KGraphError, match="listed twice"):
        read_manifest(tmp_path)


def test_a_user_lexicon_changes_the_lexicon_version(tmp_path: Path):
    extra = tmp_path / "gazetteer.tsv"
    extra.write_text("Atlantis\tState\n")
    base, with_extra = lexicon_version(), lexicon_version([extra])
    extra.write_text("Atlantis\tState\nLemuria\tState\n")
    assert len({base, with_extra, lexicon_version([extra])}) == 3
    assert lexicon_version() == base
