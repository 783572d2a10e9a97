"""The staging folder replaces the output folder in one step; leftovers are cleaned."""

from __future__ import annotations

from pathlib import Path

from kgraph.outputs import staging


def folder_with(path: Path, files: dict[str, str]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text)
    return path


def test_switch_exchanges_the_folders_and_leaves_the_old_one_beside(tmp_path: Path):
    out = folder_with(tmp_path / "out", {"graph.ttl": "old"})
    staged = staging.new_staging(out)
    folder_with(staged, {"graph.ttl": "new"})
    previous = staging.switch(out, staged)
    assert (out / "graph.ttl").read_text() == "new"
    assert previous is not None and (previous / "graph.ttl").read_text() == "old"
    assert staging.leftovers(out) == [previous]
    staging.clean(out)
    assert staging.leftovers(out) == []


def test_switch_into_a_new_folder(tmp_path: Path):
    staged = staging.new_staging(tmp_path / "out")
    folder_with(staged, {"a": "1"})
    assert staging.switch(tmp_path / "out", staged) is None
    assert (tmp_path / "out" / "a").read_text() == "1"


def test_the_staging_folder_gets_the_old_folders_mode(tmp_path: Path):
    out = folder_with(tmp_path / "out", {})
    out.chmod(0o750)
    assert staging.new_staging(out).stat().st_mode & 0o777 == 0o750


def test_carry_over_links_what_the_build_does_not_write(tmp_path: Path):
    old = folder_with(
        tmp_path / "out",
        {"graph.ttl": "old", "notes/a.txt": "mine", ".graph.ttl.k2.tmp": "half", "x.md": "m"},
    )
    new = folder_with(tmp_path / "new", {"graph.ttl": "new"})
    staging.carry_over(old, new, skip={"graph.ttl"}.__contains__)
    assert sorted(p.relative_to(new).as_posix() for p in new.rglob("*") if p.is_file()) == [
        "graph.ttl",
        "notes/a.txt",
        "x.md",
    ]
    assert (new / "graph.ttl").read_text() == "new"
    assert (new / "x.md").stat().st_ino == (old / "x.md").stat().st_ino  # a link, no copy


def test_recover_puts_back_a_folder_left_between_two_renames(tmp_path: Path):
    old = folder_with(tmp_path / ".out.old-k1", {"graph.ttl": "old"})
    staging.recover(tmp_path / "out")
    assert (tmp_path / "out" / "graph.ttl").read_text() == "old" and not old.exists()


def test_recover_leaves_an_existing_folder(tmp_path: Path):
    folder_with(tmp_path / "out", {"graph.ttl": "current"})
    folder_with(tmp_path / ".out.old-k1", {"graph.ttl": "old"})
    staging.recover(tmp_path / "out")
    assert (tmp_path / "out" / "graph.ttl").read_text() == "current"
