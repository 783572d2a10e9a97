"""Number the sentences of a parsed document and find its headline lines.

A headline or subheading is a short title-case line; :mod:`kgraph.extract.mentions`
trusts fewer of its names, and :mod:`kgraph.extract.actors.naming` weighs its
mentions half in type votes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def sentence_index(doc: Doc | list[Token]) -> list[int]:
    """Return, for every token, the index of its sentence."""
    out = []
    current = -1
    for tok in doc:
        if tok.i == 0 or tok.is_sent_start:
            current += 1
        out.append(current)
    return out


_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
_CLOSERS = (".", "”", '"', "’", "'")


def is_headline(line: str) -> bool:
    """Return True for a title-case line such as a headline or a subheading.

    >>> is_headline("Trump Plans Direct Talk With Maduro as U.S. Strikes Hammer Drug Routes")
    True
    >>> is_headline("The Trump administration formally designated the cartel.")
    False
    """
    stripped = line.strip()
    words = _WORD.findall(stripped)
    if len(words) < 3 or stripped.endswith(_CLOSERS):
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


HEADLINE_TOKENS = 40  # a longer line is body text


def headline_tokens(doc: Doc | list[Token]) -> frozenset[int]:
    """Return the indices of the tokens on short title-case lines (headlines, subheadings)."""
    out: set[int] = set()
    line: list[Token] = []
    for tok in doc:
        line.append(tok)
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            _flush_line(line, out)
            line = []
    _flush_line(line, out)
    return frozenset(out)


def _flush_line(line: list[Token], out: set[int]) -> None:
    """Add the tokens of ``line`` to ``out`` when it is a headline."""
    if 0 < len(line) <= HEADLINE_TOKENS and is_headline("".join(t.text_with_ws for t in line)):
        out.update(t.i for t in line)


DATELINE_DASHES = frozenset(("-", "—", "–", "--"))
DATELINE_PUNCT = frozenset((",", "/", "(", ")")) | DATELINE_DASHES
DATELINE_PLACES = frozenset(("GPE", "LOC", "FAC"))
MAX_DATELINE = 10


def dateline_tokens(
    doc: Doc | list[Token], *, headline: frozenset[int] | None = None
) -> frozenset[int]:
    """Return the tokens of wire-copy datelines that open a sentence.

    "MOSCOW — …", "KYIV, Ukraine (Reuters) - …", "GAZA CITY The strikes …": the
    place a story was filed from, in capitals, before the first word of its text.
    Its names are no actors of the story. ``headline`` is the document's
    :func:`headline_tokens` when the caller has them.
    """
    toks = list(doc)
    headline = headline_tokens(toks) if headline is None else headline
    out: set[int] = set()
    for tok in toks:
        if (tok.i == 0 or tok.is_sent_start) and tok.i not in headline:
            out.update(_dateline_at(toks, tok.i))
    return frozenset(out)


def _capitals(tok: Token) -> bool:
    return tok.is_alpha and len(tok.text) > 1 and tok.text.isupper()


def _dateline_at(toks: list[Token], start: int) -> list[int]:
    """Return the dateline opening at ``start``, or nothing."""
    run: list[int] = []
    i = start
    while i < len(toks) and len(run) < MAX_DATELINE:
        tok, prev = toks[i], toks[i - 1] if i > start else None
        place_after_comma = prev is not None and prev.text in (",", "(") and tok.is_title
        if not (_capitals(tok) or tok.text in DATELINE_PUNCT or place_after_comma):
            break
        run.append(i)
        i += 1
    if not run or i >= len(toks):
        return []
    words = [toks[j] for j in run if _capitals(toks[j])]
    # a space sets the line off from the text: "KYIV - …", not "UAE-Saudi talks"
    if not toks[run[-1]].whitespace_:
        return []
    ends_dash = toks[run[-1]].text in DATELINE_DASHES
    opens_text = toks[i].is_title and not _capitals(toks[i])
    placed = any(len(w) > 2 and w.ent_type_ in DATELINE_PLACES for w in words)
    if not placed or not (ends_dash or opens_text):
        return []
    # a news agency in brackets is part of the line: "KYIV, Ukraine (Reuters) -"
    bracketed = {j for j in run if toks[j - 1].text == "(" and j > start}
    if any(toks[j].ent_type_ in ("ORG", "PERSON", "NORP") for j in run if j not in bracketed):
        return []
    separated = len(run) > len(words)
    return run if len(words) > 1 or separated or len(words[0]) >= 5 else []
