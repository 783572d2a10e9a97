"""Find the names of military units and operations that spaCy splits or misses.

* ``OPERATION``: "Operation" followed by capitalised words ("Operation Southern
  Spear");
* ``UNIT``: a numbered unit ("134th Expeditionary Fighter Squadron", "Task
  Force 50", "CTF 50") or a long capitalised name ending in a command word
  ("Combined Joint Forces Land Component Command").

Both edit the finder's table of chosen spans (start token → (start, end, kind,
label)): a gazetteer name inside the span wins; other entities it overlaps
give way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.model import MentionKind

if TYPE_CHECKING:
    from spacy.tokens import Token

Chosen = dict[int, tuple[int, int, MentionKind, str]]

ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
# unit words distinctive enough to make a unit of three capitalised words without a number
COMMAND_NOUNS = shipped_classes()["command_nouns"]
UNIT_NOUNS = shipped_classes()["unit_nouns"]


def add_operations(toks: Sequence[Token], lower: list[str], chosen: Chosen) -> None:
    """Add "Operation" and the capitalised words after it, unless a known name holds it."""
    n = len(toks)
    for i in [i for i, w in enumerate(lower) if w == "operation"]:
        tok = toks[i]
        if tok.text != "Operation" or tok.i + 1 >= n:
            continue
        end = tok.i + 1
        while end < n and toks[end].is_title and toks[end].is_alpha:
            end += 1
        if end - tok.i < 2 or any(
            s < tok.i < e and label == "GAZETTEER" for s, e, _kind, label in chosen.values()
        ):
            continue  # "Combined Joint Task Force - Operation …": a known name
        _take(chosen, tok.i, end, "OPERATION")


def add_units(toks: Sequence[Token], lower: list[str], chosen: Chosen) -> None:
    """Add numbered military units, which spaCy splits into an ORDINAL and a name.

    "the 134th Expeditionary Fighter Squadron", "2nd Battalion", "Task Force 50",
    "CTF 50": an ordinal and capitalised words up to a unit word, or a task
    force and its number.
    """
    n = len(toks)
    for i, tok in enumerate(toks):
        if ORDINAL.match(tok.text):
            end = i + 1
            while end < n and toks[end].is_title and toks[end].is_alpha:
                end += 1
            while end > i + 1 and lower[end - 1] not in UNIT_NOUNS:
                end -= 1
            start = i
        elif lower[i] in COMMAND_NOUNS and tok.is_title and i >= 2:
            # "Combined Joint Forces Land Component Command": a long unit name
            start = i
            while start > 0 and toks[start - 1].is_title and toks[start - 1].is_alpha:
                start -= 1
            if i - start < 2:
                continue
            end = i + 1
        elif tok.text in ("Force", "CTF", "TF") and i + 1 < n and toks[i + 1].like_num:
            start = i
            while start > 0 and toks[start - 1].is_title and toks[start - 1].is_alpha:
                start -= 1
            if tok.text == "Force" and "task" not in lower[start:i]:
                continue
            end = i + 2
        else:
            continue
        if end - start < 2 or any(
            s < end and e > start and label == "GAZETTEER" for s, e, _kind, label in chosen.values()
        ):
            continue  # a known name stands
        _take(chosen, start, end, "UNIT")


def _take(chosen: Chosen, start: int, end: int, label: str) -> None:
    """Put a name over ``start:end`` in place of the entities it overlaps."""
    for key in [k for k in chosen if chosen[k][0] < end and chosen[k][1] > start]:
        del chosen[key]
    chosen[start] = (start, end, MentionKind.NAME, label)
