"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """Return the best installed spaCy English pipeline (the same one the CLI uses)."""
    from kgraph.nlp.models import load_model

    return load_model()
