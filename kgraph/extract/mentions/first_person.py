"""Find first-person mentions ("we", "our", "I") that speak for a document's publisher.

A press release speaks in the first person for the body that issued it: "We
condemn the attack" in a State Department statement is the State Department.
Inside a quotation the first person is the speaker's, not the publisher's: such
words are ``SELF_QUOTED`` mentions, resolved to the speaker's organisation
(:func:`speaker_side`). A quotation is tracked per line: curly quotes
open and close, straight double quotes toggle, a line break ends it (a press
release rarely carries a quotation over a paragraph without reopening it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from kgraph.model import ActorType, Mention, MentionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves", "i", "me", "my", "myself"})
SELF_LABEL = "SELF"
QUOTED_LABEL = "SELF_QUOTED"
# what a quoted "we" can stand for
SIDE_TYPES = frozenset(
    (
        ActorType.STATE,
        ActorType.GOVERNMENT,
        ActorType.MILITARY,
        ActorType.ORGANIZATION,
        ActorType.INTERNATIONAL_ORGANIZATION,
        ActorType.ARMED_GROUP,
    )
)


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


def first_person_mentions(
    doc: Doc, sentence_of: list[int], taken: list[bool] | None = None
) -> Iterator[Mention]:
    """Yield a ``SELF`` mention for each first-person word outside quotations.

    ``taken`` flags the tokens already in another mention ("our" inside a longer
    phrase); those are skipped.
    """
    tokens = list(doc)
    candidates = [t for t in tokens if _is_first_person(t) and not (taken and taken[t.i])]
    if not candidates:
        return
    quoted = quoted_tokens(tokens)
    for tok in candidates:
        yield Mention(
            text=tok.text,
            start=tok.idx,
            end=tok.idx + len(tok.text),
            kind=MentionKind.PRONOUN,
            label=QUOTED_LABEL if tok.i in quoted else SELF_LABEL,
            sentence=sentence_of[tok.i],
        )


def speaker_side(
    token: Token, key_at: Callable[[int], str | None], type_of: Callable[[str], ActorType]
) -> str | None:
    """Return the actor a quoted "we" stands for: the speaker's organisation.

    The speaker is the subject of the speech verb that reports the quotation
    ("“We will strike …,” said Gen. X, commander of U.S. Central Command"). A
    speaker that is itself a body ("the ministry said") is the answer; for a
    person or an unresolved title ("the Israeli foreign minister"), the first
    organisation or state named in the speaker's phrase (its apposition, "of"
    phrase or modifiers). ``key_at`` maps a token index to an actor key,
    ``type_of`` a key to its type; None when no speaker or organisation is found.
    """
    from kgraph.extract.qualifiers.modality import speaker_token

    speaker = speaker_token(token.head)
    if speaker is None:
        return None
    key = key_at(speaker.i)
    if key is not None and type_of(key) is not ActorType.PERSON:
        return key
    for tok in speaker.subtree:
        other = key_at(tok.i)
        if other is not None and other != key and type_of(other) in SIDE_TYPES:
            return other
    return None


def reported(token: Token) -> bool:
    """Tell whether the clause of a quoted word has a speaker of its own ("…,” said X)."""
    from kgraph.extract.qualifiers.modality import speaker_token

    return speaker_token(token.head) is not None


def quote_speaker(token: Token) -> Token | None:
    """Return the speaker of the quotation a word is in, by its speech verb ("…,” said X)."""
    from kgraph.extract.qualifiers.modality import speaker_token

    return speaker_token(token.head)


def speech_verb(token: Token) -> bool:
    """Tell whether a word is a verb that reports speech ("said", "told", "wrote")."""
    from kgraph.extract.lexicon.triggers import lemma_of
    from kgraph.extract.qualifiers.modality import SPEECH_VERBS

    return token.pos_ == "VERB" and lemma_of(token) in SPEECH_VERBS
