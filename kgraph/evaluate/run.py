"""Run the extraction over an evaluation set and score what a user would get.

The relations go through the JSONL export and are read back
(:func:`kgraph.rdf.jsonl.relations_to_jsonl`, :func:`~kgraph.rdf.jsonl.jsonl_to_extractions`),
so the figures are those of the file a user gets, not of internal records.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from kgraph.evaluate.datasets import load_dataset
from kgraph.evaluate.mappings import load_mapping
from kgraph.evaluate.scoring import score_predictions
from kgraph.model import DatasetEvaluation

if TYPE_CHECKING:
    from spacy.language import Language

    from kgraph.extract.lexicon import Lexicon
    from kgraph.extract.mentions.gazetteer import Gazetteer


def evaluate_file(
    path: str | Path,
    *,
    nlp: Language,
    dataset: str | None = None,
    lexicon: Lexicon | None = None,
    gazetteer: Gazetteer | None = None,
) -> DatasetEvaluation:
    """Extract from every text of an evaluation file and score the JSONL export against it.

    ``lexicon`` and ``gazetteer`` default to the shipped ones.
    """
    from dataclasses import replace

    from kgraph.extract.pipeline import extract_documents
    from kgraph.rdf.jsonl import jsonl_to_extractions, relations_to_jsonl

    name, documents = load_dataset(path, dataset=dataset)
    started = time.perf_counter()
    extractions = extract_documents(
        [d.document for d in documents], nlp=nlp, lexicon=lexicon, gazetteer=gazetteer
    )
    exported = relations_to_jsonl(extractions)
    report = score_predictions(
        name, load_mapping(name), documents, jsonl_to_extractions(exported, source=str(path))
    )
    return replace(report, seconds=time.perf_counter() - started)
