"""Run the whole extraction: spaCy once over all texts, then mentions → actors → relations.

``extract_documents`` streams: it holds one parsed document at a time (spaCy's
own batch aside), so memory stays flat over a corpus of any length.

Each text is parsed line by line and the lines are joined back into one
``Doc`` (``Doc.from_docs``; the text and its offsets are unchanged). spaCy's
parser does not end a sentence at a line break, so a headline would otherwise
run into the first sentence of the article and spoil both parses.

A line longer than :data:`MAX_PIECE` characters (a whole book on one line, a
corpus record without line breaks) is cut further at the last sentence end,
else the last space, before that length: spaCy refuses texts over
``nlp.max_length`` (E088) and its memory grows with the text it parses at
once. The pieces join back to the text, so every offset is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kgraph import __version__
from kgraph.model import ActorIndex, Document, DocumentExtraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from kgraph.extract.lexicon import Lexicon
    from kgraph.extract.mentions.gazetteer import Gazetteer

EXTRACTOR_NAME = "kgraph"
EXTRACTOR_VERSION = __version__
MAX_PIECE = 100_000  # characters parsed at once; far above any paragraph of news
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")
# off by default: measured on PLOVER and re3d, see docs/extraction.md
VECTOR_FALLBACK = False


def _actor_index(doc: Doc, gazetteer: Gazetteer, publisher: str | None = None) -> ActorIndex:
    from kgraph.extract.actors.actors import resolve_actors
    from kgraph.extract.mentions.mentions import find_mentions

    mentions = list(find_mentions(doc, gazetteer=gazetteer, first_person=bool(publisher)))
    return resolve_actors(doc, mentions, gazetteer=gazetteer, publisher=publisher)


def extract_doc(
    doc: Doc, document: Document, *, gazetteer: Gazetteer, model: str = ""
) -> DocumentExtraction:
    """Return the actors and relations of one parsed document."""
    from kgraph.extract.ids import unique_relations
    from kgraph.extract.relations.affiliations import affiliation_relations
    from kgraph.extract.relations.relations import extract_relations

    index = _actor_index(doc, gazetteer, document.publisher)
    if document.date:  # a person's code is the one of the role held on that date
        from kgraph.extract.lexicon.roles import load_roles, with_dated_codes

        index = with_dated_codes(index, document.date, roles=load_roles)
    relations = tuple(extract_relations(doc, index, document=document))
    stated = {(r.subject, r.predicate, r.object) for r in relations}
    relations += tuple(
        r
        for r in affiliation_relations(doc, index, document=document)
        if (r.subject, r.predicate, r.object) not in stated
    )
    if document.date:  # "President X": the state X served on that date (dated roles)
        from kgraph.extract.lexicon.roles import load_roles
        from kgraph.extract.relations.dated_leads import dated_leads

        relations += tuple(dated_leads(doc, index, document, relations, roles=load_roles))
    relations = unique_relations(relations)
    used = {r.subject for r in relations} | {r.object for r in relations}
    actors = tuple(a for a in index.actors if a.mentions or a.id in used)
    return DocumentExtraction(
        document=document,
        actors=actors,
        relations=relations,
        model=model,
        extractor_version=f"{EXTRACTOR_NAME} {EXTRACTOR_VERSION}",
    )


def extract_documents(
    documents: Iterable[Document],
    *,
    nlp: Language,
    batch_size: int = 16,
    n_process: int = 1,
    lexicon: Lexicon | None = None,
    gazetteer: Gazetteer | None = None,
    vector_fallback: bool = VECTOR_FALLBACK,
) -> Iterator[DocumentExtraction]:
    """Yield one :class:`DocumentExtraction` per document, in input order.

    This runs in one process; :mod:`kgraph.extract.parallel` runs it in
    several. ``lexicon`` and ``gazetteer`` default to the shipped
    ones (:func:`kgraph.extract.lexicon.load_lexicon`, :func:`load_gazetteer`);
    ``vector_fallback`` reads verbs outside the lexicon by the pipeline's word
    vectors (:mod:`kgraph.extract.lexicon.vectors`).
    """
    from spacy.tokens import Doc

    from kgraph.extract.lexicon import load_lexicon, using
    from kgraph.extract.mentions.gazetteer import load_gazetteer
    from kgraph.nlp.models import model_description

    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    lexicon = lexicon if lexicon is not None else load_lexicon()
    if vector_fallback:
        from kgraph.extract.lexicon.vectors import with_vector_fallback

        lexicon = with_vector_fallback(lexicon, nlp.vocab)
    model = model_description(nlp)

    limit = min(MAX_PIECE, nlp.max_length)

    def parts() -> Iterator[tuple[str, tuple[Document, int]]]:
        for document in documents:
            lines = split_pieces(document.text, limit=limit)
            for i, line in enumerate(lines):
                yield line, (document, len(lines) - 1 - i)

    pending: list[Doc] = []
    for part, (document, remaining) in nlp.pipe(
        parts(), as_tuples=True, batch_size=batch_size * 8, n_process=n_process
    ):
        pending.append(part)
        if remaining:
            continue
        doc = (
            pending[0]
            if len(pending) == 1
            # No tensor: nothing reads it, and on a long document it is the largest part.
            # (spaCy's type stub lacks the ``exclude`` argument its code has.)
            else Doc.from_docs(pending, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
        )
        pending = []
        with using(lexicon):  # set and reset around one document, never across the yield
            extraction = extract_doc(doc, document, gazetteer=gazetteer, model=model)
        yield extraction


def split_lines(text: str) -> list[str]:
    r"""Split a text after each run of line breaks; the pieces join back to the text.

    >>> split_lines("Title\nBody one. Body two.\n\nNext")
    ['Title\n', 'Body one. Body two.\n\n', 'Next']
    >>> split_lines("")
    ['']
    """
    pieces: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        if text[i] == "\n":
            while i < n and text[i] in "\n\r \t":
                i += 1
            pieces.append(text[start:i])
            start = i
        else:
            i += 1
    if start < n or not pieces:
        pieces.append(text[start:])
    return pieces


def split_pieces(text: str, *, limit: int = MAX_PIECE) -> list[str]:
    """Split a text into lines, and lines longer than ``limit`` at sentence ends.

    The pieces join back to the text.

    >>> split_pieces("One. Two. Three.", limit=10)
    ['One. Two. ', 'Three.']
    >>> "".join(split_pieces("x" * 25, limit=10)) == "x" * 25
    True
    """
    pieces: list[str] = []
    for line in split_lines(text):
        start = 0
        while len(line) - start > limit:
            cut = _cut(line[start : start + limit])
            pieces.append(line[start : start + cut])
            start += cut
        pieces.append(line[start:])
    return pieces


def _cut(window: str) -> int:
    """Return where to end a piece inside ``window``: a sentence end, else a space."""
    for pattern in (_SENTENCE_END, _SPACE):
        ends = [m.end() for m in pattern.finditer(window, len(window) // 2)]
        ends = [end for end in ends if end < len(window)]
        if ends:
            return ends[-1]
    return len(window)  # no break in half a window: cut inside the word


def extract_text(
    text: str, *, nlp: Language, doc_id: str = "text", date: str | None = None
) -> DocumentExtraction:
    """Extract actors and relations from one text."""
    document = Document(id=doc_id, text=text, date=date)
    return next(extract_documents([document], nlp=nlp))
