"""The sample graph, in memory (rdflib) and in an Oxigraph store on disk."""

from __future__ import annotations

import pytest

from kgraph.query.store import build_store, open_store
from kgraph.rdf.build import build_dataset
from tests.rdf.sample import sample_extractions


@pytest.fixture(scope="session")
def sample_ds():
    return build_dataset(sample_extractions())


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, sample_ds):
    path = tmp_path_factory.mktemp("store") / "kg"
    build_store(sample_ds, path)
    return open_store(path)


@pytest.fixture(params=["rdflib", "oxigraph"])
def source(request, sample_ds, sample_store):
    """Each test using this runs once per engine."""
    return sample_ds if request.param == "rdflib" else sample_store
