"""Find first-person mentions ("we", "our", "I") that speak for a document's publisher.

A press release speaks in the first person for the body that issued it: "We
condemn the attack" in a State Department statement is the State Department.
Inside a quotation the first person is the speaker's, not the publisher's, so
quoted words are skipped here. A quotation is tracked per line: curly quotes
open and close, straight double quotes toggle, a line break ends it (a press
release rarely carries a quotation over a paragraph without reopening it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.model import Mention, MentionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FIRST_PERSON = frozenset(
    {"we", "us", "our", "ours", "ourselves", "i", "me", "my", "myself"}
)
SELF_LABEL = "SELF"


def quoted_tokens(tokens: list[Token]) -> set[int]:
    """Return the indices of the tokens inside a quotation (the quote marks excluded)."""
    inside = False
    out: set[int] = set()
    for tok in tokens:
        text = tok.text
        if "\n" in text:
            inside = False
            continue
        if text in ("“", "‘‘", "``"):
            inside = True
        elif text in ("”", "''"):
            inside = False
        elif text == '"':
            inside = not inside
        elif inside:
            out.add(tok.i)
        if "\n" in tok.whitespace_:
            inside = False
    return out


def _is_first_person(tok: Token) -> bool:
    if tok.lower_ not in FIRST_PERSON or tok.pos_ not in ("PRON", "DET"):
        return False
    return tok.text != "US"  # the country, however it is tagged


def first_person_mentions(doc: Doc, sentence_of: list[int]) -> Iterator[Mention]:
    """Yield a ``SELF`` pronoun mention for each first-person word outside quotations."""
    tokens = list(doc)
    candidates = [t for t in tokens if _is_first_person(t)]
    if not candidates:
        return
    quoted = quoted_tokens(tokens)
    for tok in candidates:
        if tok.i in quoted:
            continue
        yield Mention(
            text=tok.text,
            start=tok.idx,
            end=tok.idx + len(tok.text),
            kind=MentionKind.PRONOUN,
            label=SELF_LABEL,
            sentence=sentence_of[tok.i],
        )
