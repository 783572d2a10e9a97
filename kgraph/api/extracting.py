"""Extract actors and relations from documents, link them across documents, score them."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from kgraph.api.summaries import ExtractSummary, PathLike, Progress
from kgraph.model import ActorMerge, DatasetEvaluation, Document, DocumentExtraction


def extract_documents(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
    jobs: int | None = 1,
    dask: str | None = None,
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
    vector_fallback: bool = False,
) -> Iterator[DocumentExtraction]:
    """Run the extraction over documents, streaming one result per document.

    ``jobs`` worker processes (one: in this process; ``None``: the cores the
    free memory allows), or the Dask scheduler at ``dask`` (``"local"`` for a
    local cluster of ``jobs`` workers, at least two): the results are the
    same and in input order. ``lexicon`` and ``gazetteer`` are the user's
    trigger and actor files, read on top of the shipped ones;
    ``vector_fallback`` reads verbs outside the lexicon by word vectors (see
    docs/extraction.md).
    """
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.mentions.gazetteer import load_gazetteer
    from kgraph.extract.parallel import Knowledge, resolve_jobs
    from kgraph.extract.pipeline import extract_documents as run
    from kgraph.nlp.models import load_model

    lex, gaz = load_lexicon(lexicon), load_gazetteer(gazetteer)  # bad files fail before spaCy
    knowledge = Knowledge(
        lexicon=tuple(str(p) for p in lexicon),
        gazetteer=tuple(str(p) for p in gazetteer),
        vector_fallback=vector_fallback,
    )
    jobs = resolve_jobs(jobs)
    if dask:
        from kgraph.extract.parallel import extract_on_dask

        yield from extract_on_dask(
            documents,
            scheduler=dask,
            model=model,
            workers=max(jobs, 2),
            done=progress,
            knowledge=knowledge,
        )
        return
    if jobs > 1:
        from kgraph.extract.parallel import extract_in_processes

        stream: Iterable[DocumentExtraction] = extract_in_processes(
            documents, model=model, jobs=jobs, batch_size=batch_size, knowledge=knowledge
        )
    else:
        stream = run(
            documents,
            nlp=load_model(model),
            batch_size=batch_size,
            lexicon=lex,
            gazetteer=gaz,
            vector_fallback=vector_fallback,
        )
    for i, extraction in enumerate(stream, start=1):
        if progress:
            progress(i, extraction.document)
        yield extraction


def extract_text(
    text: str, *, doc_id: str = "text", date: str | None = None, model: str | None = None
) -> DocumentExtraction:
    """Extract actors and relations from one string.

    >>> ex = extract_text("The US and the EU sanctioned Russia.")
    >>> sorted((r.subject, r.predicate, r.object) for r in ex.relations)
    ... # doctest: +NORMALIZE_WHITESPACE
    [('european-union-q458', 'sanctions', 'russia-q159'),
     ('united-states-q30', 'sanctions', 'russia-q159')]
    """
    from kgraph.extract.pipeline import extract_text as run
    from kgraph.nlp.models import load_model

    return run(text, nlp=load_model(model), doc_id=doc_id, date=date)


def _read(
    inputs: Sequence[str],
    date: str | None,
    *,
    date_field: str | None = None,
    skip_bad: bool = False,
    skipped: list[str] | None = None,
) -> Iterator[Document]:
    from kgraph.io.readers import read_inputs

    return read_inputs(inputs, date=date, date_field=date_field, skip_bad=skip_bad, skipped=skipped)


def extract(
    inputs: Sequence[str],
    output: PathLike | None = None,
    *,
    fmt: str | None = None,
    model: str | None = None,
    date: str | None = None,
    progress: Progress | None = None,
    date_field: str | None = None,
    skip_bad: bool = False,
    jobs: int | None = 1,
    dask: str | None = None,
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
    vector_fallback: bool = False,
) -> tuple[ExtractSummary, bytes]:
    """Read inputs, extract, and serialise to ``output`` (or return the bytes for stdout).

    The output file is written only once everything has been read and
    serialised, atomically: a failure leaves any earlier file as it was.
    ``date_field`` names the JSONL date field; ``skip_bad`` leaves bad inputs
    out (counted in ``summary.skipped``) instead of stopping.
    """
    from kgraph.io.writers import write_atomic
    from kgraph.nlp.models import load_model, model_description
    from kgraph.rdf.serialize import format_from_path

    started = time.perf_counter()
    fmt = fmt or (format_from_path(str(output)) if output else "turtle")
    skipped: list[str] = []
    docs = _read(inputs, date, date_field=date_field, skip_bad=skip_bad, skipped=skipped)
    _check_user_files(lexicon, gazetteer)  # a bad file fails before the model loads
    nlp = load_model(model)
    extractions = list(
        extract_documents(
            docs,
            model=model,
            progress=progress,
            jobs=jobs,
            dask=dask,
            lexicon=lexicon,
            gazetteer=gazetteer,
            vector_fallback=vector_fallback,
        )
    )
    extractions, merges = link_corpus(extractions)
    data = serialise_extractions(extractions, fmt)
    if output is not None:
        write_atomic(output, data)
    summary = _summarise(extractions, output, fmt, model_description(nlp), started)
    return replace(summary, skipped=tuple(skipped), merged=len(merges)), data


def link_corpus(
    extractions: Sequence[DocumentExtraction],
) -> tuple[list[DocumentExtraction], tuple[ActorMerge, ...]]:
    """Merge the actors found in several documents (see :mod:`kgraph.extract.actors.linking`)."""
    from kgraph.extract.actors.linking import link_actors

    linked, merges = link_actors(extractions)
    return list(linked), merges


def _summarise(
    extractions: Sequence[DocumentExtraction],
    output: PathLike | None,
    fmt: str,
    model: str,
    started: float,
) -> ExtractSummary:
    relations = [r for e in extractions for r in e.relations]
    return ExtractSummary(
        documents=len(extractions),
        actors=len({a.id for e in extractions for a in e.actors}),
        relations=len(relations),
        asserted=sum(r.asserted for r in relations),
        output=str(output) if output else None,
        format=fmt,
        model=model,
        seconds=time.perf_counter() - started,
    )


def serialise_extractions(extractions: Sequence[DocumentExtraction], fmt: str) -> bytes:
    """Serialise extractions as RDF (any format) or as the JSONL relation export."""
    if fmt == "jsonl":
        from kgraph.rdf.jsonl import relations_to_jsonl

        return relations_to_jsonl(extractions).encode("utf-8")
    from kgraph.rdf.build import build_dataset
    from kgraph.rdf.serialize import serialize

    return serialize(build_dataset(extractions), fmt)


def evaluate(
    path: PathLike,
    *,
    dataset: str | None = None,
    model: str | None = None,
    lexicon: Sequence[PathLike] = (),
    gazetteer: Sequence[PathLike] = (),
) -> DatasetEvaluation:
    """Score the extraction on an evaluation file (kgraph gold, PLOVER, re3d, RAMS, WikiEvents).

    The format is detected from the records unless ``dataset`` names it; the
    figures are those of the JSONL export (see :mod:`kgraph.evaluate.scoring`).
    ``lexicon`` and ``gazetteer`` are the user's files, read on top of the shipped ones.
    """
    from kgraph.evaluate.run import evaluate_file
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.mentions.gazetteer import load_gazetteer
    from kgraph.nlp.models import load_model

    lex, gaz = load_lexicon(lexicon), load_gazetteer(gazetteer)  # bad files fail before spaCy
    return evaluate_file(path, nlp=load_model(model), dataset=dataset, lexicon=lex, gazetteer=gaz)


def _check_user_files(lexicon: Sequence[PathLike], gazetteer: Sequence[PathLike]) -> None:
    """Read the user's lexicon and gazetteer files now: a bad one is a one-line error."""
    from kgraph.extract.lexicon import load_lexicon
    from kgraph.extract.mentions.gazetteer import load_gazetteer

    load_lexicon(lexicon)
    load_gazetteer(gazetteer)
