"""Incremental builds: only new or changed documents are extracted, outputs as a full build's."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kgraph import api
from kgraph.errors import KGraphError
from tests.outputs.corpus import NEW_STORY, STORIES, kgraph, snapshot, store_quads, write_corpus


def full_build(tmp_path: Path, stories: dict[str, str], name: str) -> Path:
    """Build ``stories`` from scratch into a folder of its own."""
    folder = tmp_path / name
    folder.mkdir()
    api.build([str(write_corpus(folder / "corpus.jsonl", stories))], folder / "out")
    return folder / "out"


def assert_same_build(a: Path, b: Path) -> None:
    assert snapshot(a) == snapshot(b)
    assert store_quads(a / "store") == store_quads(b / "store")


def test_unchanged_input_loads_no_model_and_writes_nothing(out: Path, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus.jsonl")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    script = (
        "import sys; from kgraph import api; "
        f"s = api.build([{str(corpus)!r}], {str(out)!r}); "
        "print(s.unchanged, s.extracted, s.extract.relations, 'spacy' in sys.modules)"
    )
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    unchanged, extracted, relations, spacy_loaded = done.stdout.split()
    assert (unchanged, extracted, spacy_loaded) == ("True", "0", "False")
    assert int(relations) > 0
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    assert after == before


def test_changed_document_alone_is_extracted_and_outputs_match_a_full_build(
    out: Path, tmp_path: Path
):
    stories = {**STORIES, "story-b": "China condemned Japan on Tuesday. Iran threatened Israel."}
    result = api.build([str(write_corpus(tmp_path / "corpus.jsonl", stories))], out)
    assert (result.extracted, result.unchanged) == (1, False)
    assert_same_build(out, full_build(tmp_path, stories, "full"))


def test_add_extracts_only_the_new_document(out: Path, tmp_path: Path):
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"id": NEW_STORY[0], "text": NEW_STORY[1], "date": "2025-03-14"}))
    result = api.add(out, [str(new)])
    assert result.extracted == 1 and result.extract.documents == 4
    assert_same_build(out, full_build(tmp_path, dict([*STORIES.items(), NEW_STORY]), "full"))


def test_remove_matches_a_build_without_the_document(out: Path, tmp_path: Path):
    result = api.remove(out, ["story-b"])
    assert (result.extracted, result.removed) == (0, ("story-b",))
    rest = {k: v for k, v in STORIES.items() if k != "story-b"}
    assert_same_build(out, full_build(tmp_path, rest, "full"))


@pytest.mark.parametrize(
    ("prune", "documents"),
    [(False, ["story-a", "story-b", "story-c"]), (True, ["story-a", "story-c"])],
)
def test_a_document_left_out_of_the_input_is_dropped_only_with_prune(
    out: Path, tmp_path: Path, prune: bool, documents: list[str]
):
    rest = {k: v for k, v in STORIES.items() if k != "story-b"}
    result = api.build([str(write_corpus(tmp_path / "c.jsonl", rest))], out, prune=prune)
    assert result.extracted == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert sorted(d["id"] for d in manifest["documents"]) == documents


def test_a_changed_lexicon_re_extracts_and_says_so(out: Path, tmp_path: Path):
    # The manifest as a build with an older lexicon would have written it.
    path = out / "manifest.json"
    manifest = json.loads(path.read_text())
    for entry in manifest["documents"]:
        entry["lexicon"] = "0000000000000000"
    path.write_text(json.dumps(manifest))
    result = api.build([str(write_corpus(tmp_path / "corpus.jsonl"))], out)
    assert result.extracted == 3
    assert result.notes == ("lexicon changed since the last build: re-extracting 3 document(s)",)


@pytest.mark.parametrize(
    "content", ["{not json", '{"format": 99, "documents": []}', '{"format": 1}', "[]"]
)
def test_a_corrupt_manifest_is_one_line_and_rebuild_starts_over(
    out: Path, tmp_path: Path, content: str
):
    (out / "manifest.json").write_text(content)
    before = snapshot(out)
    corpus = str(write_corpus(tmp_path / "corpus.jsonl"))
    done = kgraph("build", corpus, "-o", str(out), "-q")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "corrupt build manifest" in done.stderr
    assert "--rebuild" in done.stderr and "Traceback" not in done.stderr
    assert snapshot(out) == before
    result = api.build([corpus], out, rebuild=True)
    assert result.extracted == 3 and result.conforms


def test_add_and_remove_need_a_build_folder(tmp_path: Path):
    with pytest.raises(KGraphError, match="not a kgraph build folder"):
        api.remove(tmp_path, ["story-a"])
    with pytest.raises(KGraphError, match="not a kgraph build folder"):
        api.add(tmp_path / "nothing", [str(write_corpus(tmp_path / "c.jsonl"))])


def test_removing_an_unknown_document_names_it(out: Path):
    before = snapshot(out)
    with pytest.raises(KGraphError, match="no document 'story-z' in this build"):
        api.remove(out, ["story-a", "story-z"])
    assert snapshot(out) == before


def test_a_missing_record_asks_for_rebuild(out: Path, tmp_path: Path):
    manifest = json.loads((out / "manifest.json").read_text())
    (out / manifest["documents"][0]["record"]).unlink()
    with pytest.raises(KGraphError, match=r"record of 'story-a' is missing.*--rebuild"):
        api.remove(out, ["story-b"])


def test_files_of_the_user_in_the_folder_are_kept(out: Path):
    (out / "notes.txt").write_text("mine")
    api.remove(out, ["story-c"])
    assert (out / "notes.txt").read_text() == "mine"


def test_the_cli_says_what_it_extracted(out: Path, tmp_path: Path):
    stories = {**STORIES, "story-c": "Iran threatened Israel on Sunday."}
    corpus = str(write_corpus(tmp_path / "corpus.jsonl", stories))
    done = kgraph("build", corpus, "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    assert "(1 extracted, 2 reused)" in done.stdout
    again = kgraph("build", corpus, "-o", str(out), "-q")
    assert again.returncode == 0 and again.stdout.startswith("Nothing changed: 3 document(s)")


def test_a_missing_record_of_an_input_document_is_extracted_again(out: Path, tmp_path: Path):
    manifest = json.loads((out / "manifest.json").read_text())
    (out / manifest["documents"][1]["record"]).unlink()
    result = api.build([str(write_corpus(tmp_path / "corpus.jsonl"))], out)
    assert result.extracted == 1 and (out / manifest["documents"][1]["record"]).is_file()
