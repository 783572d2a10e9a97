"""Link named mentions to actors: gazetteer names, the publisher, unknown names.

Names the gazetteer knows link to its entry. Unknown names are clustered (same
text, then the short form of a name introduced earlier) and typed by a vote
over their mentions, where name keywords outvote spaCy's labels.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgraph.extract.actors.actor_records import label_of
from kgraph.extract.actors.resolution import (
    Resolution,
    assign,
    proto_for_entry,
    proto_unlinked,
)
from kgraph.extract.mentions.actor_words import NER_TYPE, keyword_type, winner
from kgraph.extract.mentions.gazetteer import GazetteerEntry, normalize
from kgraph.extract.mentions.sentences import headline_tokens
from kgraph.model import ActorType, Mention, MentionKind

if TYPE_CHECKING:
    from spacy.tokens import Span


def assign_publisher(state: Resolution, mention: Mention, span: Span) -> None:
    """Give a first-person word to the publisher (a gazetteer entry or a new organisation)."""
    name = state.publisher
    if name:
        entry = state.gaz.lookup(name)
        key = f"name:{normalize(name)}"
        proto = proto_for_entry(state, entry) if entry else proto_unlinked(state, key, name)
        if entry is None and not proto.mentions:
            proto.names.append(name)
            proto.votes[keyword_type(name) or ActorType.ORGANIZATION] += 1
        assign(state, mention, span, proto)


def link_named(state: Resolution, mention: Mention, span: Span) -> bool:
    """Link a named mention to its gazetteer entry; return whether one was found."""
    text = span.text
    entry: GazetteerEntry | None
    if mention.kind is MentionKind.METONYM:
        entry = state.gaz.metonym(text) or state.gaz.lookup(text)
    elif mention.kind is MentionKind.DEMONYM:
        entry = state.gaz.demonym(text) or state.gaz.lookup(text)
    else:
        entry = state.gaz.lookup(text) or state.gaz.lookup(label_of(span))
    if entry is None:
        return False
    assign(state, mention, span, proto_for_entry(state, entry))
    return True


def group_unlinked(state: Resolution, named: list[tuple[Mention, Span]]) -> None:
    """Cluster unknown names: same text, then the short form of a name introduced earlier.

    A person's short form is a suffix of the full name ("Lam", "al-Eryani"); an
    organisation's a prefix ("Mahan" after "Mahan Air"). The full name must come first.
    """
    names = _unknown_names(state, named)
    known, known_first = _gazetteer_persons(state)
    target: dict[str, str] = {}
    for key in names.order:
        found = _short_form_of(names, key, known, known_first, target)
        if found is not None:
            target[key] = found
    for key in names.order:
        _assign_cluster(state, names, key, target.get(key, f"name:{key}"))


@dataclass
class _Unknown:
    """One document's unknown names, clustered by normalised text, longest first."""

    clusters: dict[str, list[tuple[Mention, Span]]]
    votes: dict[str, Counter[ActorType]]
    first: dict[str, int]  # where each cluster's first mention starts
    order: list[str]
    people: list[str]  # the clusters of several words that are persons
    firsts: Counter[str]  # how many of those start with each word

    def is_person(self, key: str) -> bool:
        return winner(self.votes[key]) is ActorType.PERSON


def _unknown_names(state: Resolution, named: list[tuple[Mention, Span]]) -> _Unknown:
    """Cluster the unknown names by text and vote on each cluster's type."""
    clusters: dict[str, list[tuple[Mention, Span]]] = {}
    for mention, span in named:
        name = label_of(span)
        key = normalize(name)
        if key and not state.gaz.is_non_actor(name):
            clusters.setdefault(key, []).append((mention, span))
    votes = {key: type_votes(state, items) for key, items in clusters.items()}
    first = {key: items[0][0].start for key, items in clusters.items()}
    order = sorted(clusters, key=lambda k: (-len(k.split()), first[k]))
    people = [k for k in order if len(k.split()) > 1 and winner(votes[k]) is ActorType.PERSON]
    firsts = Counter(k.split()[0] for k in people)
    return _Unknown(clusters, votes, first, order, people, firsts)


def _gazetteer_persons(state: Resolution) -> tuple[dict[str, str], dict[str, str]]:
    """Return the suffixes of the gazetteer persons found so far and their unshared first names."""
    known: dict[str, str] = {}  # suffixes of the gazetteer persons of this document
    first_names: dict[str, set[str]] = {}
    for proto in state.protos.values():
        if proto.entry is not None and proto.entry.type is ActorType.PERSON:
            words = normalize(proto.entry.label).split()
            first_names.setdefault(words[0], set()).add(proto.key)
            for k in range(1, len(words)):
                known.setdefault(" ".join(words[k:]), proto.key)
    known_first = {w: next(iter(keys)) for w, keys in first_names.items() if len(keys) == 1}
    return known, known_first


def _short_form_of(
    names: _Unknown,
    key: str,
    known: dict[str, str],
    known_first: dict[str, str],
    target: dict[str, str],
) -> str | None:
    """Return the actor key a short name stands for, or None when it is a name of its own."""
    words = key.split()
    if key in known:
        return known[key]
    if len(words) == 1 and key in known_first and not names.firsts[key] and names.is_person(key):
        return known_first[key]  # "Osama" after "Osama bin Laden"
    if len(words) == 1 and names.firsts[key] == 1 and names.is_person(key):
        # a first name alone ("Hamza") after the one full name that starts with it
        other = next(k for k in names.people if k.split()[0] == key)
        if names.first[other] < names.first[key]:
            return target.get(other, f"name:{other}")
    for other in names.order:
        longer = other.split()
        if len(longer) <= len(words) or names.first[other] > names.first[key]:
            continue
        person = names.is_person(other)
        if (person and longer[-1] == words[-1] and set(words) <= set(longer)) or (
            not person and longer[: len(words)] == words
        ):
            return target.get(other, f"name:{other}")
    return None


def _assign_cluster(state: Resolution, names: _Unknown, key: str, proto_key: str) -> None:
    """Give a cluster's mentions the actor of ``proto_key`` (made if new) and add its votes."""
    items = names.clusters[key]
    name = max((label_of(span) for _m, span in items), key=len)
    if proto_key in state.protos:
        proto = state.protos[proto_key]
    else:
        proto = proto_unlinked(state, proto_key, name)
    for type_, weight in names.votes[key].items():
        proto.votes[type_] += weight
    for mention, span in items:
        assign(state, mention, span, proto)


def type_votes(state: Resolution, items: list[tuple[Mention, Span]]) -> Counter[ActorType]:
    """Return type votes for one unknown name; name keywords outvote spaCy's labels."""
    votes: Counter[ActorType] = Counter()
    for mention, span in items:
        weight = 0.5 if in_headline(state, span) else 1.0
        votes[NER_TYPE.get(mention.label, ActorType.ORGANIZATION)] += weight  # type: ignore[assignment]
    name = max((label_of(span) for _m, span in items), key=len)
    keyword = keyword_type(name)
    # "507th Air Refueling Wing": a numbered unit is military whatever its words say
    if keyword is not None and all(m.label != "UNIT" for m, _span in items):
        votes[keyword] += 100
    return votes


def in_headline(state: Resolution, span: Span) -> bool:
    """Return whether ``span`` starts in the headline (computed once a document)."""
    if state.headline is None:
        state.headline = headline_tokens(state.doc)
    return span.start in state.headline
