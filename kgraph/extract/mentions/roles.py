"""Role titles: "the Foreign Secretary", "Egypt's interior minister", "his Iranian counterpart".

A role title names an office, not a person. It becomes a mention (``ROLE``) when
it has the shape *determiner or owner + office words + office head* and no name
follows it ("the interior minister said", not "Interior Minister Ahmed Ali").
It resolves, in order, to

1. the person the document introduced with the same office words ("Foreign
   Secretary David Lammy … the Foreign Secretary"), of the same state when the
   role names one;
2. the person of the gazetteer whose office has the role's words, among the
   actors of the document;
3. the holder on the document's date from dated role dictionaries
   (:func:`dated_holder`, the hook for them);
4. the government of the state the role names ("Egypt's interior minister",
   "the Iranian foreign minister"), else of the most recent state named in the
   three sentences before (not one of its own sentence, which is mostly the
   other side: "the Foreign Secretary met his Iranian counterpart").

"Counterpart" is another side's holder: it needs a state ("his Iranian
counterpart") and resolves to that state's person with a government office
named in the document, else to its government.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLE_LABEL = "ROLE"
ROLE_HEADS = shipped_classes()["role_heads"]
# the words of an office before its head: "foreign minister", "defence secretary"
OFFICE_WORDS = shipped_classes()["portfolio_words"]
OPENERS = frozenset({"the", "his", "her", "its", "their", "our"})


def role_spans(toks: list[Token], lower: list[str], taken: list[bool]) -> Iterator[tuple[int, int]]:
    """Yield the role titles of a document as token ranges ("the *interior minister*").

    The range starts after the determiner and after an owner already found
    ("Egypt's", "Iranian"), so the owner stays its own mention.
    """
    for i, word in enumerate(lower):
        if word not in ROLE_HEADS or taken[i] or toks[i].pos_ not in ("NOUN", "PROPN"):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or (nxt.pos_ == "NOUN" and nxt.tag_ != "POS")):
            continue  # "Foreign Minister Sergey Lavrov": the descriptor rule's
        first = i
        while first > 0 and not taken[first - 1] and lower[first - 1] in OFFICE_WORDS:
            first -= 1
        if first == i and word != "counterpart":
            continue  # a bare "the minister" is a title of the document's own minister
        before = first - 1
        opened = before >= 0 and (
            lower[before] in OPENERS or taken[before] or toks[before].tag_ == "POS"
        )
        if opened:
            yield first, i + 1
