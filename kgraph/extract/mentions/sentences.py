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
