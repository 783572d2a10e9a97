"""Hold the state of one document's actor resolution and the lookups over it.

:class:`Resolution` is what :func:`kgraph.extract.actors.resolve_actors` passes
to the functions of :mod:`~kgraph.extract.naming`,
:mod:`~kgraph.extract.compounds`, :mod:`~kgraph.extract.pronouns` and
:mod:`~kgraph.extract.groups`: the provisional actors so far, the mentions
assigned to them and the resolved mentions in token order.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kgraph.extract.actor_records import Hit, ProtoActor, label_of
from kgraph.extract.actor_words import GROUP_TYPES
from kgraph.extract.gazetteer import Gazetteer, GazetteerEntry
from kgraph.extract.mentions import entry_for_span
from kgraph.model import ActorType, Mention, MentionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NAMED = (MentionKind.NAME, MentionKind.DEMONYM, MentionKind.METONYM)


@dataclass
class Resolution:
    """One document's resolution (state lives only for one call)."""

    doc: Doc
    gaz: Gazetteer
    publisher: str | None = None
    protos: dict[str, ProtoActor] = field(default_factory=dict)
    assigned: list[tuple[Mention, Span, str]] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    headline: frozenset[int] | None = None


def proto_for_entry(state: Resolution, entry: GazetteerEntry) -> ProtoActor:
    """Return the provisional actor of a gazetteer entry, creating it on first use."""
    key = entry.id
    if key not in state.protos:
        state.protos[key] = ProtoActor(key=key, label=entry.label, entry=entry)
    return state.protos[key]


def proto_unlinked(state: Resolution, key: str, label: str) -> ProtoActor:
    """Return the provisional actor under ``key``, creating an unlinked one on first use."""
    if key not in state.protos:
        state.protos[key] = ProtoActor(key=key, label=label)
    return state.protos[key]


def assign(state: Resolution, mention: Mention, span: Span, proto: ProtoActor) -> None:
    """Give ``mention`` to ``proto`` and record it as a possible antecedent."""
    proto.mentions.append(mention)
    if mention.kind in NAMED:
        proto.names.append(label_of(span))
    state.assigned.append((mention, span, proto.key))
    if mention.label == "SELF":
        return  # "we" is no antecedent for a later "they" or "its"
    root = span.root
    hit = Hit(
        token=root.i,
        sentence=mention.sentence,
        key=proto.key,
        plural=root.tag_ in ("NNS", "NNPS")
        or (proto.type in GROUP_TYPES and root.text.endswith("s")),
        subject=root.dep_ in ("nsubj", "nsubjpass"),
    )
    bisect.insort(state.hits, hit, key=lambda h: h.token)


def state_in(state: Resolution, span: Span) -> GazetteerEntry | None:
    """Return the state named by a prefix or suffix of ``span`` ("U.S." in "U.S. military")."""
    for k in range(len(span) - 1, 0, -1):
        for part in (span[:k], span[len(span) - k :]):
            entry, _table = entry_for_span(part, state.gaz)
            if entry is not None and entry.type is ActorType.STATE:
                return entry
    return None


def state_before(state: Resolution, span: Span) -> GazetteerEntry | None:
    """Return the state of a possessive right before ``span`` ("Iran's *military*")."""
    before = mention_before(state, span.start)
    if before is None or before[1].end == span.start:
        return None
    entry = state.protos[before[2]].entry
    return entry if entry is not None and entry.type is ActorType.STATE else None


def mention_before(state: Resolution, token_i: int) -> tuple[Mention, Span, str] | None:
    """Return the resolved mention that ends at ``token_i`` (or before a possessive)."""
    for mention, span, key in state.assigned:
        if span.end == token_i or (span.end + 1 == token_i and state.doc[span.end].tag_ == "POS"):
            return mention, span, key
    return None


def mention_at(state: Resolution, token_i: int, *, containing: bool = False) -> str | None:
    """Return the key of the resolved mention starting at (or containing) ``token_i``."""
    for _mention, span, key in state.assigned:
        if span.start == token_i or (containing and span.start <= token_i < span.end):
            return key
    return None


def candidates(state: Resolution, before: int, sentences: int, sentence: int) -> list[Hit]:
    """Return resolved mentions before token ``before`` within ``sentences`` sentences."""
    stop = bisect.bisect_left(state.hits, before, key=lambda h: h.token)
    out = [h for h in state.hits[:stop] if sentence - h.sentence <= sentences]
    return out[::-1]  # nearest first
