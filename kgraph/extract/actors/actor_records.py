"""Provisional actors of one document and how they become :class:`Actor` records.

A :class:`ProtoActor` collects mentions, names, type votes and titles while
:mod:`kgraph.extract.actors` resolves a document; :func:`build_actor` turns it
into the frozen record, with its id, country and CAMEO-style code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kgraph.extract.ids import actor_id
from kgraph.extract.mentions.actor_words import (
    CRIME_WORD,
    GOVERNMENT_TITLES,
    SECTOR,
    winner,
)
from kgraph.extract.mentions.gazetteer import Gazetteer, GazetteerEntry, normalize
from kgraph.extract.mentions.generic import group_sector
from kgraph.model import Actor, ActorType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass
class ProtoActor:
    """An actor under construction (internal, mutable)."""

    key: str
    label: str
    entry: GazetteerEntry | None = None
    votes: Counter[ActorType] = field(default_factory=Counter)  # weights may be 0.5
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)

    @property
    def type(self) -> ActorType:
        if self.entry is not None:
            return self.entry.type
        return winner(self.votes)

    @property
    def id(self) -> str:
        if self.entry is not None:
            return self.entry.id
        return actor_id(self.label, self.type, None)


def country_of(proto: ProtoActor, gaz: Gazetteer) -> str | None:
    """Return the ISO code of an unlinked actor's country, when its names give it away."""
    if proto.country or proto.type is ActorType.PERSON:
        return proto.country  # a person's name says nothing of a country ("Jordan Peterson")
    for name in proto.names:
        capital = gaz.metonym(name)  # "in Caracas": a place in Venezuela
        if capital is not None and capital.country:
            return capital.country
        for word in name.replace("-", " ").split():
            entry = gaz.lookup(word) or gaz.demonym(word)
            if entry is not None and entry.type is ActorType.STATE:
                return entry.iso
    return None


def build_actor(
    proto: ProtoActor, mentions: list[Mention], names: list[str], gaz: Gazetteer
) -> Actor:
    """Return the frozen :class:`Actor` of a finished provisional actor."""
    entry = proto.entry
    seen = {normalize(proto.label)}
    aliases = []
    for name in names:
        if normalize(name) not in seen:
            seen.add(normalize(name))
            aliases.append(name)
    mentions = sorted(set(mentions), key=lambda m: (m.start, m.end))
    if entry is not None:
        return Actor(
            id=entry.id,
            label=entry.label,
            type=entry.type,
            aliases=tuple(aliases),
            qid=entry.qid,
            iso=entry.iso,
            cameo=entry.cameo,
            country=entry.country,
            office=entry.office,
            mentions=tuple(mentions),
        )
    type_ = proto.type
    country = country_of(proto, gaz)
    sector = SECTOR.get(type_)
    if type_ is ActorType.PERSON:
        sector = "GOV" if country and proto.titles & GOVERNMENT_TITLES else None
        if country and "opposition" in proto.titles:
            sector = "OPP"  # "Russian opposition leader Alexei Navalny"
    if type_ is ActorType.GROUP:
        sector = group_sector(proto.label)  # "Iraqi civilians" → CVL, "the police" → COP
    if type_ is ActorType.GROUP and CRIME_WORD.search(proto.label.lower()):
        sector = "CRM"
    cameo = f"{country or ''}{sector}" if sector else country
    return Actor(
        id=actor_id(proto.label, type_, None),
        label=proto.label,
        type=type_,
        aliases=tuple(aliases),
        country=country,
        cameo=cameo,
        mentions=tuple(mentions),
    )


@dataclass(frozen=True)
class Hit:
    """A resolved mention: where it is and whom it refers to."""

    token: int  # the mention's head token
    sentence: int
    key: str
    plural: bool
    subject: bool


def gender_of(proto: ProtoActor) -> str | None:
    """Return the gazetteer gender of a linked actor ("m"/"f"), else None."""
    return proto.entry.gender if proto.entry is not None else None


def label_of(span: Span) -> str:
    """Return a mention's text without a leading "the" and a trailing possessive."""
    tokens = [t for t in span if t.tag_ != "POS"]
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text
