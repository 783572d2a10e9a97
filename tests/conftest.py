"""Shared fixtures: the real spaCy pipeline and a build of the test stories, made once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def nlp():
    """Return the best installed spaCy English pipeline (the same one the CLI uses)."""
    from kgraph.nlp.models import load_model

    return load_model()


@pytest.fixture(scope="session")
def base(tmp_path_factory) -> Path:
    """Return a build folder of the three stories of tests/outputs/corpus.py; tests use copies."""
    from kgraph import api
    from tests.outputs.corpus import write_corpus

    root = tmp_path_factory.mktemp("base")
    api.build([str(write_corpus(root / "corpus.jsonl"))], root / "out")
    return root / "out"


@pytest.fixture
def out(base: Path, tmp_path: Path) -> Path:
    """Return a copy of the ``base`` build folder for one test to change."""
    copy = tmp_path / "out"
    shutil.copytree(base, copy)
    return copy
