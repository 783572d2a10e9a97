"""Resolve role titles to the holder of the office, else to a government.

See :mod:`kgraph.extract.mentions.roles` for what a role title is and the order of the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.actors.resolution import (
    Resolution,
    candidates,
    mention_before,
    passage_states,
    proto_for_entry,
)
from kgraph.extract.mentions.actor_words import GOVERNMENT_TITLES
from kgraph.model import ActorType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kgraph.extract.mentions.gazetteer import GazetteerEntry


def resolve_role(state: Resolution, mention: Mention, span: Span) -> str | None:
    """Return the key of the actor a role title stands for, or None."""
    words = {t.lower_ for t in span if t.tag_ != "POS"}
    country = role_country(state, span)
    if "counterpart" in words:
        return _counterpart(state, span, mention, country) if country is not None else None
    holder = named_holder(state, span, mention, words, country)
    if holder is not None:
        return holder
    dated = dated_holder(state, words, country)
    if dated is not None:
        return dated
    if country is None:
        if _state_after(state, span, ("for", "to")) is not None:
            return None  # "the special envoy for North Korea" is sent to it, not by it
        return context_government(state, span, mention)
    gov = state.gaz.government(country.iso)
    return proto_for_entry(state, gov).key if gov is not None else None


def context_government(state: Resolution, span: Span, mention: Mention) -> str | None:
    """Return the government of the state the passage is about, named before the role's sentence.

    Not a state of its own sentence: in "the Foreign Secretary met his Iranian
    counterpart" Iran is the other side.
    """
    for key in passage_states(state, span.start, mention.sentence, own_sentence=False):
        entry = state.protos[key].entry
        if entry is not None and entry.type is ActorType.STATE:
            gov = state.gaz.government(entry.iso)
            return proto_for_entry(state, gov).key if gov is not None else None
    return None


def role_country(state: Resolution, span: Span) -> GazetteerEntry | None:
    """Return the state a role title names: "Egypt's", "Iranian", "of Iran"."""
    before = mention_before(state, span.start)
    if before is not None:
        entry = state.protos[before[2]].entry
        if entry is not None and entry.type is ActorType.STATE:
            return entry
    return _state_after(state, span, ("of",))


def _state_after(state: Resolution, span: Span, preps: tuple[str, ...]) -> GazetteerEntry | None:
    """Return the state named right after the title and one of ``preps``: "envoy *for* Iran"."""
    after = span.end
    if after + 1 < len(state.doc) and state.doc[after].lower_ in preps:
        for _mention, other, key in state.assigned:
            entry = state.protos[key].entry
            if other.start == after + 1 and entry is not None and entry.type is ActorType.STATE:
                return entry
    return None


def named_holder(
    state: Resolution,
    span: Span,
    mention: Mention,
    words: set[str],
    country: GazetteerEntry | None,
) -> str | None:
    """Return the person introduced with these office words (or holding the office)."""
    office = words - {"the", "his", "her", "its", "their", "our"}
    for hit in candidates(state, span.start, 10**6, mention.sentence):
        proto = state.protos[hit.key]
        if proto.type is not ActorType.PERSON:
            continue
        entry = proto.entry
        home = entry.country if entry is not None else proto.country
        if country is not None and home is not None and home != country.iso:
            continue
        if office <= proto.titles:
            return hit.key
        held = (entry.office or "").lower() if entry is not None else ""
        if held and all(w in held for w in office):
            return hit.key
    return None


def dated_holder(state: Resolution, words: set[str], country: GazetteerEntry | None) -> str | None:
    """Return the holder of the office on the document's date from dated role dictionaries.

    The hook for the dated roles of the actor dictionaries (``NAME … [VENGOV
    >060901]``): it answers None until the gazetteer carries them.
    """
    del state, words, country
    return None


def _counterpart(
    state: Resolution, span: Span, mention: Mention, country: GazetteerEntry
) -> str | None:
    """Return "his Iranian counterpart": that state's official here, else its government."""
    for hit in candidates(state, span.start, 10**6, mention.sentence):
        proto = state.protos[hit.key]
        entry = proto.entry
        home = entry.country if entry is not None else proto.country
        official = proto.titles & GOVERNMENT_TITLES or (entry is not None and entry.office)
        if proto.type is ActorType.PERSON and home == country.iso and official:
            return hit.key
    gov = state.gaz.government(country.iso)
    return proto_for_entry(state, gov).key if gov is not None else None
