"""Time extraction against document length, beside spaCy's own ``nlp.pipe``.

Usage::

    python tests/benchmarks/bench_doc_length.py                 # 10 kB … 1 MB
    python tests/benchmarks/bench_doc_length.py --sizes 10 100  # sizes in kB

Each size is one synthetic, relation-dense news text (short paragraphs of
sanctions, attacks and talks between named states, with dates), extracted
three ways: as one document, as the same text split into ~10 kB articles, and
parsed by spaCy alone (``nlp.pipe`` over the same pieces the pipeline parses).
A single-line variant (no line breaks at all) checks that a text longer than
spaCy's ``max_length`` is read. Linear extraction shows as a flat
"s per 100 kB" column and a one-document/articles ratio near 1.
"""

from __future__ import annotations

import argparse
import time

from kgraph.extract.pipeline import extract_documents, split_pieces
from kgraph.model import Document
from kgraph.nlp.models import load_model

PARAGRAPHS = (
    "President Donald Trump said on Monday that the United States would impose new "
    "sanctions on Venezuela. Nicolas Maduro rejected the threat and accused Washington of "
    "interfering.",
    "Russia and China vetoed the resolution at the UN Security Council on Tuesday. The French "
    "foreign minister criticised the veto.",
    "Iran seized a tanker in the Strait of Hormuz last week, state media reported. Britain "
    "condemned the seizure and demanded its release.",
    "Israel struck Hezbollah positions in southern Lebanon on 4 January, the army said. The "
    "United Nations called for restraint.",
    "The European Union agreed to send more weapons to Ukraine. Germany pledged air defence "
    "systems, and the Kremlin warned NATO against escalation.",
)
ARTICLE = 10_000


def synthetic(size: int, *, sep: str = "\n\n") -> str:
    """Return about ``size`` characters of relation-dense prose."""
    out: list[str] = []
    total = 0
    while total < size:
        para = PARAGRAPHS[len(out) % len(PARAGRAPHS)]
        out.append(para)
        total += len(para) + len(sep)
    return sep.join(out)


def articles(text: str) -> list[str]:
    """Split ``text`` at paragraph breaks into pieces of about ``ARTICLE`` characters."""
    pieces: list[str] = []
    current: list[str] = []
    for para in text.split("\n\n"):
        current.append(para)
        if sum(len(p) for p in current) >= ARTICLE:
            pieces.append("\n\n".join(current))
            current = []
    if current:
        pieces.append("\n\n".join(current))
    return pieces


def _extract(nlp, texts: list[str]) -> tuple[float, int]:
    docs = [Document(id=f"d{i}", text=t, date="2025-11-26") for i, t in enumerate(texts)]
    started = time.perf_counter()
    relations = sum(len(ex.relations) for ex in extract_documents(docs, nlp=nlp))
    return time.perf_counter() - started, relations


def _spacy(nlp, text: str) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(split_pieces(text), batch_size=128):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", nargs="*", type=int, default=[10, 50, 100, 250, 500, 1000])
    parser.add_argument("--model", default=None)
    parser.add_argument("--no-single-line", action="store_true")
    args = parser.parse_args()
    nlp = load_model(args.model)
    _extract(nlp, [synthetic(2_000)])  # warm up the gazetteer and matchers
    print(
        f"{'kB':>6} {'relations':>9} {'one doc s':>9} {'articles s':>10} {'ratio':>5} "
        f"{'spaCy s':>8} {'x spaCy':>7} {'s/100kB':>7}"
    )
    for kb in args.sizes:
        text = synthetic(kb * 1000)
        one, relations = _extract(nlp, [text])
        split, _ = _extract(nlp, articles(text))
        parse = _spacy(nlp, text)
        print(
            f"{kb:>6} {relations:>9} {one:>9.1f} {split:>10.1f} {one / split:>5.2f} "
            f"{parse:>8.1f} {one / parse:>7.2f} {one / kb * 100:>7.2f}",
            flush=True,
        )
    if not args.no_single_line:
        size = max(args.sizes) * 1000
        line = synthetic(size, sep=" ")
        one, relations = _extract(nlp, [line])
        print(f"single line of {len(line):,} characters: {relations} relations in {one:.1f}s")


if __name__ == "__main__":
    main()
