"""Graph parts made in worker processes: the same parts, files and outputs as made in one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from kgraph.model import Actor, ActorType, Document, DocumentExtraction, Mention, MentionKind
from kgraph.outputs.making import MIN_PARALLEL, build_part, placed_parts
from kgraph.outputs.parts import make_part, read_part, read_texts
from tests.outputs.corpus import kgraph, snapshot, store_quads, write_corpus

# Twenty stories of our own: more parts than MIN_PARALLEL, so a build with two jobs
# makes them in workers.
STATES = ("France", "Germany", "Poland", "Japan", "China", "India", "Brazil", "Turkey", "Egypt")
STORIES = {
    f"story-{n:02d}": (
        f"{STATES[n % 9]} condemned {STATES[(n + 1) % 9]} on Monday. "
        f"{STATES[(n + 2) % 9]} met {STATES[(n + 4) % 9]} in Geneva."
    )
    for n in range(20)
}


@dataclass(frozen=True)
class Named:
    """A picklable loader of a small extraction: one document naming one state."""

    doc_id: str
    state: str

    def __call__(self) -> DocumentExtraction:
        text = f"{self.state} spoke."
        mention = Mention(self.state, 0, len(self.state), MentionKind.NAME, "GPE", 0)
        actor = Actor(
            id=self.state.lower(), label=self.state, type=ActorType.STATE, mentions=(mention,)
        )
        return DocumentExtraction(document=Document(id=self.doc_id, text=text), actors=(actor,))


def _slots(tmp_path: Path, reuse: set[int]):
    for n in range(MIN_PARALLEL + 8):
        load = Named(f"d{n:02d}", STATES[n % 9])
        path = tmp_path / f"d{n:02d}.part"
        part = make_part(load(), f"k{n}").light() if n in reuse else None
        yield f"d{n:02d}", part, load, f"k{n}", path


@pytest.mark.parametrize("jobs", [1, 2])
def test_parts_come_in_document_order_whoever_makes_them(tmp_path: Path, jobs: int):
    reuse = {0, 3, 4, 5, 11, 20}
    got = list(placed_parts(_slots(tmp_path, reuse), jobs=jobs, to_make=MIN_PARALLEL + 2))
    assert [name for name, _, _ in got] == [f"d{n:02d}" for n in range(MIN_PARALLEL + 8)]
    for n, (name, part, made) in enumerate(got):
        assert (
            part.key == f"k{n}" and part.turtle == "" and part.actors[0][0] == STATES[n % 9].lower()
        )
        # a made part is on disk, whole, and said to be made; a reused one was not written again
        assert (tmp_path / f"{name}.part").is_file() == (n not in reuse) == made


def test_a_part_made_in_a_worker_is_the_part_made_here(tmp_path: Path):
    load = Named("d1", "Japan")
    light = build_part(load, "key1", tmp_path / "a.part")
    here = make_part(load(), "key1")
    assert light == here.light()
    assert read_part(tmp_path / "a.part", "key1") == here.light()
    assert read_texts(tmp_path / "a.part") == (here.turtle, here.jsonl)


def test_a_build_with_two_jobs_writes_the_bytes_of_a_build_with_one(tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", STORIES)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        done = kgraph("build", str(corpus), "-o", str(out), "-q", "--jobs", jobs)
        assert done.returncode == 0, done.stderr
        outs.append(out)
    one, two = (snapshot(o) for o in outs)
    assert len([name for name in one if name.startswith("parts/")]) == len(STORIES)
    assert one == two
    assert store_quads(outs[0] / "store") == store_quads(outs[1] / "store")
