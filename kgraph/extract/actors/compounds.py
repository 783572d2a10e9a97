"""Resolve compounds and mentions that depend on a neighbouring name.

Compounds: "U.S. military" → the US military, "Iranian regime" → the
government of Iran, "the Trump administration" and "Maduro's regime" → the
government of the leader's country. Dependents: descriptors before a name and
nouns in apposition take the name's actor; "the coalition" takes the coalition
against an actor of the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.actors.actor_records import label_of
from kgraph.extract.actors.resolution import (
    Resolution,
    assign,
    mention_at,
    mention_before,
    past_office,
    proto_for_entry,
    proto_unlinked,
    state_before,
    state_in,
)
from kgraph.extract.mentions.actor_words import HEAD_OF_GOVERNMENT_TITLES, noun_type
from kgraph.extract.mentions.coalitions import coalition_entry, led_coalition_label
from kgraph.extract.mentions.gazetteer import GazetteerEntry, normalize
from kgraph.extract.mentions.kinship import apposition_head
from kgraph.extract.mentions.mentions import entry_for_span
from kgraph.extract.mentions.of_phrases import TITLE_PARTS
from kgraph.model import ActorType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span


def resolve_compound(state: Resolution, mention: Mention, span: Span) -> None:
    """Give a compound ("U.S. military", "the Trump administration") its actor."""
    label = mention.label
    entry: GazetteerEntry | None = None
    if label in ("MILITARY_OF", "GOVERNMENT_OF"):
        country = state_in(state, span) or state_before(state, span)
        if country is None:
            return
        lookup = state.gaz.military if label == "MILITARY_OF" else state.gaz.government
        entry = lookup(country.iso)
        if entry is None:
            return
    elif label in ("ADMINISTRATION", "ADMINISTRATION_OF"):
        person, _table = entry_for_span(_leader_words(span, label), state.gaz)
        if person is not None and person.country:
            entry = state.gaz.government(person.country)
        if entry is None:
            proto = proto_unlinked(state, f"name:{normalize(span.text)}", label_of(span))
            proto.votes[ActorType.GOVERNMENT] += 1
            assign(state, mention, span, proto)
            return
    if entry is not None:
        assign(state, mention, span, proto_for_entry(state, entry))


def _leader_words(span: Span, label: str) -> Span:
    """Return the leader's name in "the Trump administration" or "the regime of President X"."""
    if label == "ADMINISTRATION":
        return span[:-1]
    of = next(t.i for t in span if t.lower_ == "of") + 1 - span.start
    while of < len(span) - 1 and span[of].lower_ in TITLE_PARTS:
        of += 1
    return span[of:]


def resolve_dependent(state: Resolution, mention: Mention, span: Span) -> None:
    """Give a descriptor, apposition, "the coalition" or "X's regime" its actor."""
    if mention.label == "DESCRIPTOR":
        _descriptor(state, mention, span)
    elif mention.label == "APPOSITION":
        _apposition(state, mention, span)
    elif mention.label == "COALITION":
        _coalition(state, mention, span)
    elif mention.label == "REGIME_OF":
        _regime_of(state, mention, span)


def _descriptor(state: Resolution, mention: Mention, span: Span) -> None:
    """Give the words before a name its actor: "strongman", "Japanese Prime Minister"."""
    target = mention_at(state, span.end)
    if target is None:
        return
    proto = state.protos[target]
    hint = noun_type(span)
    if proto.entry is None and hint is not None:
        proto.votes[hint] += 3  # "state news firm Saba": spaCy's PERSON is outvoted
    if proto.type is ActorType.PERSON:
        proto.titles.add(span[-1].lower_)
        proto.titles.update(t.lower_ for t in span)
        before = mention_before(state, span.start)
        if proto.entry is None and before is not None:
            owner = state.protos[before[2]]  # "Japanese Prime Minister Ryutaro Hashimoto"
            if owner.entry is not None and owner.type is ActorType.STATE:
                proto.country = proto.country or owner.entry.iso
        _office_government(state, span, proto.entry)
    assign(state, mention, span, proto)


def _office_government(state: Resolution, span: Span, person: GazetteerEntry | None) -> None:
    """Name the government that a head of government's title before the name speaks of.

    "British Prime Minister Keir Starmer" holds the office the gazetteer records
    ("Prime Minister of the United Kingdom"): the title names that state's government,
    which thus is an actor of the document (the holder's tie to it comes from the
    title, whatever else the text names). A past title ("former Prime Minister") names
    none. The title stays the person's mention: the government is an actor without
    mentions, kept in the output only when a relation names it.
    """
    if person is None or not person.office or not person.country or past_office(span):
        return
    title = person.office.split(" of ")[0].lower()
    words = " ".join(t.lower_ for t in span if not t.is_punct)
    if title not in HEAD_OF_GOVERNMENT_TITLES or not words.endswith(title):
        return
    gov = state.gaz.government(person.country)
    if gov is not None:
        state.implied.add(proto_for_entry(state, gov).key)


def _apposition(state: Resolution, mention: Mention, span: Span) -> None:
    """Give a noun in apposition to a name the name's actor, unless that is a place."""
    root = apposition_head(span.root)  # "the member and son of X": "son" hangs from "member"
    partner = root.head if root.dep_ == "appos" else None
    if partner is None:
        partner = next((c for c in root.children if c.dep_ == "appos"), None)
    if partner is None:
        return
    target = mention_at(state, partner.i, containing=True)
    if target is not None and state.protos[target].type is not ActorType.LOCATION:
        proto = state.protos[target]
        hint = noun_type(span)
        if proto.entry is None and hint is not None:
            proto.votes[hint] += 3
        assign(state, mention, span, proto)


def _coalition(state: Resolution, mention: Mention, span: Span) -> None:
    """Give "the coalition" the coalition against an actor of the document, else the led one."""
    # "the coalition" in a text about the Islamic State is the coalition against it
    linked = (p.entry.label for p in state.protos.values() if p.entry and p.mentions)
    entry = coalition_entry(state.gaz, linked)
    if entry is not None:
        assign(state, mention, span, proto_for_entry(state, entry))
        return
    label = led_coalition_label(span)
    if label is not None:  # "the Saudi-led coalition" in a text about Yemen
        proto = proto_unlinked(state, f"group:{normalize(label)}:coalition", label)
        proto.votes[ActorType.INTERNATIONAL_ORGANIZATION] += 1
        assign(state, mention, span, proto)


def _regime_of(state: Resolution, mention: Mention, span: Span) -> None:
    """Give "X's regime" the government of the person X's country."""
    before = mention_before(state, span.start)
    if before is None:
        return
    owner = state.protos[before[2]]
    country = owner.entry.country if owner.entry is not None else None
    gov = state.gaz.government(country)
    if gov is not None and owner.type is ActorType.PERSON:
        assign(state, mention, span, proto_for_entry(state, gov))
