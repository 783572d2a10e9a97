"""An add reads each unchanged record's index, and decodes only the records whose parts it makes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kgraph import api
from kgraph.outputs import update
from kgraph.outputs.manifest import read_manifest
from kgraph.outputs.records import index_name
from tests.outputs.corpus import NEW_STORY, STORIES, snapshot, store_quads, write_corpus


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> Path:
    """A full build of the stories and the new one, to compare an add with."""
    root = tmp_path_factory.mktemp("full")
    stories = {**STORIES, NEW_STORY[0]: NEW_STORY[1]}
    api.build([str(write_corpus(root / "corpus.jsonl", stories))], root / "out")
    return root / "out"


def _add_new_story(out: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"id": NEW_STORY[0], "text": NEW_STORY[1], "date": "2025-03-14"}))
    api.add(out, [str(new)])


def _records(out: Path) -> dict[str, str]:
    manifest = read_manifest(out)
    assert manifest is not None
    return {e.id: Path(e.record).name for e in manifest.documents}


def assert_same_build(a: Path, b: Path) -> None:
    assert snapshot(a) == snapshot(b)
    assert store_quads(a / "store") == store_quads(b / "store")


def test_an_add_decodes_only_the_records_whose_parts_it_makes(
    out: Path, tmp_path: Path, full: Path, monkeypatch: pytest.MonkeyPatch
):
    decoded: list[str] = []
    real = update.decode_extraction

    def counted(data: bytes, *, where: str = "record"):  # the real decoder, counted
        decoded.append(Path(where).name)
        return real(data, where=where)

    monkeypatch.setattr(update, "decode_extraction", counted)
    before = {p.name for p in (out / "parts").iterdir()}
    _add_new_story(out, tmp_path)
    made = {p.name.split(".")[0] for p in (out / "parts").iterdir() if p.name not in before}
    records = _records(out)
    assert made == {NEW_STORY[0]}  # the new story joins no actor of the others
    assert decoded == [records[NEW_STORY[0]]]  # once, to make its part
    assert all((out / "docs" / index_name(r)).is_file() for r in records.values())
    assert_same_build(out, full)


def test_a_folder_without_indexes_makes_them_and_matches_a_full_build(
    out: Path, tmp_path: Path, full: Path
):
    for path in (out / "docs").glob("*.links"):
        path.unlink()
    _add_new_story(out, tmp_path)
    assert_same_build(out, full)


def test_an_index_of_another_record_is_not_used(out: Path, tmp_path: Path, full: Path):
    records = _records(out)
    a, b = (out / "docs" / index_name(records[i]) for i in ("story-a", "story-b"))
    a.unlink()  # a link shared with the build it was copied from: replaced, not written through
    shutil.copyfile(b, a)
    _add_new_story(out, tmp_path)
    assert_same_build(out, full)
