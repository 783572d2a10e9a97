"""Hold the state of one document's actor resolution and the lookups over it.

:class:`Resolution` is what :func:`kgraph.extract.actors.actors.resolve_actors` passes
to the functions of :mod:`~kgraph.extract.actors.naming`,
:mod:`~kgraph.extract.actors.compounds`, :mod:`~kgraph.extract.actors.pronouns` and
:mod:`~kgraph.extract.actors.groups`: the provisional actors so far, the mentions
assigned to them and the resolved mentions in token order.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kgraph.extract.actors.actor_records import Hit, ProtoActor, label_of
from kgraph.extract.mentions.actor_words import ANAPHOR_WINDOW, GROUP_TYPES, PAST_OFFICE_WORDS
from kgraph.extract.mentions.gazetteer import Gazetteer, GazetteerEntry
from kgraph.extract.mentions.mentions import entry_for_span
from kgraph.model import ActorType, Mention, MentionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
    # actors a title implies without naming them ("Prime Minister X": that government)
    implied: set[str] = field(default_factory=set)
    # Positions in ``assigned`` by where the span starts, ends and what it covers,
    # and by sentence: the lookups below stay flat on long documents.
    by_start: dict[int, list[int]] = field(default_factory=dict)
    by_end: dict[int, list[int]] = field(default_factory=dict)
    by_token: dict[int, list[int]] = field(default_factory=dict)
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    # the tokens inside quotations, read on first use
    quoted: frozenset[int] | None = None


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
    n = len(state.assigned)
    state.assigned.append((mention, span, proto.key))
    state.by_start.setdefault(span.start, []).append(n)
    state.by_end.setdefault(span.end, []).append(n)
    state.by_sentence.setdefault(mention.sentence, []).append(n)
    for i in range(span.start, span.end):
        state.by_token.setdefault(i, []).append(n)
    if mention.label == "SELF":
        return  # "we" is no antecedent for a later "they" or "its"
    root = span.root
    hit = Hit(
        token=root.i,
        sentence=mention.sentence,
        key=proto.key,
        plural=root.tag_ in ("NNS", "NNPS")
        or (proto.type in GROUP_TYPES and root.text.endswith("s"))
        or _plural_agreement(root),
        subject=root.dep_ in ("nsubj", "nsubjpass"),
    )
    bisect.insort(state.hits, hit, key=lambda h: h.token)


def _plural_agreement(root: Token) -> bool:
    """Tell whether a subject's verb agrees with a plural: "the Taliban *are* sincere".

    A present verb of the plural form (or its auxiliary), or "were"; a name that
    looks singular is then a plural for "they" ("If the Taliban are sincere, they …").
    """
    if root.dep_ not in ("nsubj", "nsubjpass") or root.pos_ != "PROPN":
        return False
    verb = root.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in forms)


def state_in(state: Resolution, span: Span) -> GazetteerEntry | None:
    """Return the state named by a prefix or suffix of ``span`` ("U.S." in "U.S. military").

    A one-word span is its own prefix: "American" in "American and British troops".
    """
    for k in range(max(len(span) - 1, 1), 0, -1):
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
    found = list(state.by_end.get(token_i, ()))
    if token_i > 0 and state.doc[token_i - 1].tag_ == "POS":
        found += state.by_end.get(token_i - 1, ())
    return state.assigned[min(found)] if found else None


def mention_at(state: Resolution, token_i: int, *, containing: bool = False) -> str | None:
    """Return the key of the resolved mention starting at (or containing) ``token_i``."""
    found = list(state.by_start.get(token_i, ()))
    if containing:
        found += state.by_token.get(token_i, ())
    return state.assigned[min(found)][2] if found else None


def candidates(state: Resolution, before: int, sentences: int, sentence: int) -> list[Hit]:
    """Return resolved mentions before token ``before`` within ``sentences`` sentences."""
    stop = bisect.bisect_left(state.hits, before, key=lambda h: h.token)
    # Hits are in token order, so their sentences ascend: the window is a suffix.
    start = bisect.bisect_left(state.hits, sentence - sentences, hi=stop, key=lambda h: h.sentence)
    out = state.hits[start:stop]
    return out[::-1]  # nearest first


def passage_states(
    state: Resolution, before: int, sentence: int, *, own_sentence: bool = True
) -> list[str]:
    """Return the states named before token ``before``, the one the passage is about first.

    Ordered by how often each is named within the anaphor window, then how often
    before it in the whole text, then nearness: in a story about Pakistan, "Pakistan
    and the United States designated the group. The military spokesperson said …"
    names Pakistan's. Without ``own_sentence``, states of sentence ``sentence`` are
    left out of the window.
    """
    window = [
        hit.key
        for hit in candidates(state, before, ANAPHOR_WINDOW, sentence)
        if state.protos[hit.key].type is ActorType.STATE
        and (own_sentence or hit.sentence != sentence)
    ]
    stop = bisect.bisect_left(state.hits, before, key=lambda h: h.token)
    text = [h.key for h in state.hits[:stop] if state.protos[h.key].type is ActorType.STATE]
    nearest = list(dict.fromkeys(window))
    return sorted(nearest, key=lambda k: (-window.count(k), -text.count(k), nearest.index(k)))


def past_office(span: Span) -> bool:
    """Tell whether a title is put in the past: "the *ousted* Egyptian leader", "ex-minister".

    A word of ``[past_office_words]`` among the title's own words, its head's modifiers
    or the two words before it (a hyphen skipped: "then-President").
    """
    doc = span.doc
    before = [t for t in doc[max(0, span.start - 3) : span.start] if t.text != "-"][-2:]
    words = [*before, *span, *(c for c in span.root.children if c.i < span.root.i)]
    return any(t.lower_ in PAST_OFFICE_WORDS for t in words)


def past_holder(state: Resolution, span: Span, sentence: int) -> str | None:
    """Return the person introduced with a past title ("former President X"), else None.

    A past title never stands for the office's present holder or its government.
    """
    word = span.root.lower_
    for hit in candidates(state, span.start, 10**6, sentence):
        proto = state.protos[hit.key]
        past = proto.titles & PAST_OFFICE_WORDS
        if proto.type is ActorType.PERSON and past and word in proto.titles:
            return hit.key
    return None
