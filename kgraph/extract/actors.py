"""Resolve mentions to typed, linked actors within one document.

:func:`resolve_actors` turns the mentions of :func:`~kgraph.extract.mentions.find_mentions`
into :class:`~kgraph.model.Actor` records and an :class:`~kgraph.model.ActorIndex`
(token → actor id). The rules, in order:

1. Names, demonyms and metonyms the gazetteer knows link to its entry; its
   type wins over spaCy's ("Maduro" is a person even where spaCy says ORG).
2. Compounds: "U.S. military" → the US military, "Iranian regime" → the
   government of Iran, "the Trump administration" and "Maduro's regime" → the
   government of the leader's country.
3. Unknown persons are clustered by surname ("Smith" = "John Smith"); other
   unknown names by their normalised text; their type is a vote over mentions
   (headline mentions count half) refined by keywords ("cartel", "Ministry" …).
4. Descriptors before a name and nouns in apposition take the name's actor.
5. In document order: a title ("the president") goes to the most recent
   person introduced with that title, else to the one person of the document
   whose office has it; "the cartel", "the regime", "the country" … to the most
   recent actor of a fitting type within three sentences; he/she to the nearest
   person (same sentence, else the subject of the two sentences before); they/
   them to the nearest plural group in this or the previous sentence; "its" to
   the nearest non-person actor in the same sentence. Unresolved anaphors are
   dropped: precision first.
6. Unnamed collectives ("drug-trafficking networks", "83 suspected
   traffickers") become GROUP, ARMED_GROUP or CRIMINAL_ORGANIZATION actors
   labelled by their normalised phrase.

Ids come from :func:`kgraph.extract.ids.actor_id`, so the same entity gets the
same id in every document.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kgraph.extract.actor_records import Hit as _Hit
from kgraph.extract.actor_records import ProtoActor, build_actor
from kgraph.extract.actor_records import gender_of as _gender
from kgraph.extract.actor_records import label_of as _label_of
from kgraph.extract.actor_words import (
    ANAPHOR_NOUNS,
    ANAPHOR_WINDOW,
    GROUP_HEADS,
    GROUP_TYPES,
    LEADER_WORDS,
    MALE,
    MEMBER_OWNERS,
    NER_TYPE,
    NON_AGENT,
    OFFICIAL_FORCES,
    PLURAL,
    PLURAL_TYPES,
    POSSESSIVES,
    keyword_type,
    noun_type,
    winner,
)
from kgraph.extract.coalitions import coalition_entry
from kgraph.extract.first_person import speaker_side
from kgraph.extract.gazetteer import Gazetteer, GazetteerEntry, normalize
from kgraph.extract.mentions import (
    entry_for_span,
    headline_tokens,
    mention_tokens,
)
from kgraph.model import Actor, ActorIndex, ActorType, Mention, MentionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAMED = (MentionKind.NAME, MentionKind.DEMONYM, MentionKind.METONYM)
DEFERRED = frozenset({"TITLE", "TITLE_OF", "ANAPHOR", "GROUP", "PRON", "SELF_QUOTED"})


def resolve_actors(
    doc: Doc, mentions: Iterable[Mention], *, gazetteer: Gazetteer, publisher: str | None = None
) -> ActorIndex:
    """Resolve ``mentions`` of ``doc`` to actors (see the module docstring for the rules).

    ``publisher`` (``Document.publisher``) is the actor first-person ``SELF``
    mentions stand for; without it they are dropped.
    """
    resolver = _Resolver(doc, gazetteer)
    resolver.publisher = publisher
    return resolver.run(sorted(mentions, key=lambda m: m.start))


class _Resolver:
    """One document's resolution (state lives only for one call)."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.gaz = gazetteer
        self.protos: dict[str, ProtoActor] = {}
        self.assigned: list[tuple[Mention, Span, str]] = []
        self.hits: list[_Hit] = []
        self._headline: frozenset[int] | None = None
        self._labels: dict[tuple[int, int], str] = {}
        self.publisher: str | None = None

    # --- helpers ----------------------------------------------------------------
    def _proto_for_entry(self, entry: GazetteerEntry) -> ProtoActor:
        key = entry.id
        if key not in self.protos:
            self.protos[key] = ProtoActor(key=key, label=entry.label, entry=entry)
        return self.protos[key]

    def _proto_unlinked(self, key: str, label: str) -> ProtoActor:
        if key not in self.protos:
            self.protos[key] = ProtoActor(key=key, label=label)
        return self.protos[key]

    def _assign(self, mention: Mention, span: Span, proto: ProtoActor) -> None:
        proto.mentions.append(mention)
        if mention.kind in NAMED:
            proto.names.append(_label_of(span))
        self.assigned.append((mention, span, proto.key))
        if mention.label == "SELF":
            return  # "we" is no antecedent for a later "they" or "its"
        root = span.root
        hit = _Hit(
            token=root.i,
            sentence=mention.sentence,
            key=proto.key,
            plural=root.tag_ in ("NNS", "NNPS")
            or (proto.type in GROUP_TYPES and root.text.endswith("s")),
            subject=root.dep_ in ("nsubj", "nsubjpass"),
        )
        bisect.insort(self.hits, hit, key=lambda h: h.token)

    def _state_in(self, span: Span) -> GazetteerEntry | None:
        """Return the state named by a prefix or suffix of ``span`` ("U.S." in "U.S. military")."""
        for k in range(len(span) - 1, 0, -1):
            for part in (span[:k], span[len(span) - k :]):
                entry, _table = entry_for_span(part, self.gaz)
                if entry is not None and entry.type is ActorType.STATE:
                    return entry
        return None

    def _state_before(self, span: Span) -> GazetteerEntry | None:
        """Return the state of a possessive right before ``span`` ("Iran's *military*")."""
        before = self._mention_before(span.start)
        if before is None or before[1].end == span.start:
            return None
        entry = self.protos[before[2]].entry
        return entry if entry is not None and entry.type is ActorType.STATE else None

    def _mention_before(self, token_i: int) -> tuple[Mention, Span, str] | None:
        """Return the resolved mention that ends at ``token_i`` (or before a possessive)."""
        for mention, span, key in self.assigned:
            if span.end == token_i or (
                span.end + 1 == token_i and self.doc[span.end].tag_ == "POS"
            ):
                return mention, span, key
        return None

    # --- main ---------------------------------------------------------------------
    def run(self, mentions: list[Mention]) -> ActorIndex:
        spans = [(m, mention_tokens(self.doc, m)) for m in mentions]
        named: list[tuple[Mention, Span]] = []
        later: list[tuple[Mention, Span]] = []
        deferred: list[tuple[Mention, Span]] = []
        for mention, span in spans:
            if mention.label == "SELF":
                self._self(mention, span)
            elif mention.label in DEFERRED:
                deferred.append((mention, span))
            elif mention.label in ("DESCRIPTOR", "APPOSITION", "REGIME_OF", "COALITION"):
                later.append((mention, span))
            elif mention.kind in NAMED and self._link_named(mention, span):
                continue
            elif mention.kind in NAMED:
                named.append((mention, span))
            else:
                self._compound(mention, span)
        self._unlinked(named)
        for mention, span in later:
            self._dependent(mention, span)
        for mention, span in deferred:
            self._anaphor(mention, span)
        return self._index()

    def _self(self, mention: Mention, span: Span) -> None:
        """Give a first-person word to the publisher (a gazetteer entry or a new organisation)."""
        name = self.publisher
        if name:
            entry = self.gaz.lookup(name)
            key = f"name:{normalize(name)}"
            proto = self._proto_for_entry(entry) if entry else self._proto_unlinked(key, name)
            if entry is None and not proto.mentions:
                proto.names.append(name)
                proto.votes[keyword_type(name) or ActorType.ORGANIZATION] += 1
            self._assign(mention, span, proto)

    # --- named mentions -------------------------------------------------------------
    def _link_named(self, mention: Mention, span: Span) -> bool:
        text = span.text
        entry: GazetteerEntry | None
        if mention.kind is MentionKind.METONYM:
            entry = self.gaz.metonym(text) or self.gaz.lookup(text)
        elif mention.kind is MentionKind.DEMONYM:
            entry = self.gaz.demonym(text) or self.gaz.lookup(text)
        else:
            entry = self.gaz.lookup(text) or self.gaz.lookup(_label_of(span))
        if entry is None:
            return False
        self._assign(mention, span, self._proto_for_entry(entry))
        return True

    def _unlinked(self, named: list[tuple[Mention, Span]]) -> None:
        """Cluster unknown names: same text, then the short form of a name introduced earlier.

        A person's short form is a suffix of the full name ("Lam", "al-Eryani"); an
        organisation's a prefix ("Mahan" after "Mahan Air"). The full name must come first.
        """
        clusters: dict[str, list[tuple[Mention, Span]]] = {}
        for mention, span in named:
            name = _label_of(span)
            key = normalize(name)
            if key and not self.gaz.is_non_actor(name):
                clusters.setdefault(key, []).append((mention, span))
        votes = {key: self._votes(items) for key, items in clusters.items()}
        first = {key: items[0][0].start for key, items in clusters.items()}

        def is_person(key: str) -> bool:
            return winner(votes[key]) is ActorType.PERSON

        known: dict[str, str] = {}  # suffixes of the gazetteer persons of this document
        first_names: dict[str, set[str]] = {}
        for proto in self.protos.values():
            if proto.entry is not None and proto.entry.type is ActorType.PERSON:
                words = normalize(proto.entry.label).split()
                first_names.setdefault(words[0], set()).add(proto.key)
                for k in range(1, len(words)):
                    known.setdefault(" ".join(words[k:]), proto.key)
        known_first = {w: next(iter(keys)) for w, keys in first_names.items() if len(keys) == 1}
        order = sorted(clusters, key=lambda k: (-len(k.split()), first[k]))
        people = [k for k in order if len(k.split()) > 1 and is_person(k)]
        firsts = Counter(k.split()[0] for k in people)
        target: dict[str, str] = {}
        for key in order:
            words = key.split()
            if key in known:
                target[key] = known[key]
                continue
            if len(words) == 1 and key in known_first and not firsts[key] and is_person(key):
                target[key] = known_first[key]  # "Osama" after "Osama bin Laden"
                continue
            if len(words) == 1 and firsts[key] == 1 and is_person(key):
                # a first name alone ("Hamza") after the one full name that starts with it
                other = next(k for k in people if k.split()[0] == key)
                if first[other] < first[key]:
                    target[key] = target.get(other, f"name:{other}")
                    continue
            for other in order:
                longer = other.split()
                if len(longer) <= len(words) or first[other] > first[key]:
                    continue
                person = is_person(other)
                if (person and longer[-1] == words[-1] and set(words) <= set(longer)) or (
                    not person and longer[: len(words)] == words
                ):
                    target[key] = target.get(other, f"name:{other}")
                    break
        for key in order:
            items = clusters[key]
            name = max((_label_of(span) for _m, span in items), key=len)
            proto_key = target.get(key, f"name:{key}")
            if proto_key in self.protos:
                proto = self.protos[proto_key]
            else:
                proto = self._proto_unlinked(proto_key, name)
            for type_, weight in votes[key].items():
                proto.votes[type_] += weight
            for mention, span in items:
                self._assign(mention, span, proto)

    def _votes(self, items: list[tuple[Mention, Span]]) -> Counter[ActorType]:
        """Return type votes for one unknown name; name keywords outvote spaCy's labels."""
        votes: Counter[ActorType] = Counter()
        for mention, span in items:
            weight = 0.5 if self._in_headline(span) else 1.0
            votes[NER_TYPE.get(mention.label, ActorType.ORGANIZATION)] += weight  # type: ignore[assignment]
        name = max((_label_of(span) for _m, span in items), key=len)
        keyword = keyword_type(name)
        if keyword is not None:
            votes[keyword] += 100
        return votes

    def _in_headline(self, span: Span) -> bool:
        if self._headline is None:
            self._headline = headline_tokens(self.doc)
        return span.start in self._headline

    def _compound(self, mention: Mention, span: Span) -> None:
        label = mention.label
        entry: GazetteerEntry | None = None
        if label in ("MILITARY_OF", "GOVERNMENT_OF"):
            state = self._state_in(span) or self._state_before(span)
            if state is None:
                return
            lookup = self.gaz.military if label == "MILITARY_OF" else self.gaz.government
            entry = lookup(state.iso)
            if entry is None:
                return
        elif label == "ADMINISTRATION":
            person, _table = entry_for_span(span[:-1], self.gaz)
            if person is not None and person.country:
                entry = self.gaz.government(person.country)
            if entry is None:
                proto = self._proto_unlinked(f"name:{normalize(span.text)}", _label_of(span))
                proto.votes[ActorType.GOVERNMENT] += 1
                self._assign(mention, span, proto)
                return
        if entry is not None:
            self._assign(mention, span, self._proto_for_entry(entry))

    def _dependent(self, mention: Mention, span: Span) -> None:
        doc = self.doc
        if mention.label == "DESCRIPTOR":
            target = self._mention_at(span.end)
            if target is None:
                return
            proto = self.protos[target]
            hint = noun_type(span)
            if proto.entry is None and hint is not None:
                proto.votes[hint] += 3  # "state news firm Saba": spaCy's PERSON is outvoted
            if proto.type is ActorType.PERSON:
                proto.titles.add(span[-1].lower_)
                proto.titles.update(t.lower_ for t in span)
                before = self._mention_before(span.start)
                if proto.entry is None and before is not None:
                    owner = self.protos[before[2]]  # "Japanese Prime Minister Ryutaro Hashimoto"
                    if owner.entry is not None and owner.type is ActorType.STATE:
                        proto.country = proto.country or owner.entry.iso
            self._assign(mention, span, proto)
        elif mention.label == "APPOSITION":
            root = span.root
            partner = root.head if root.dep_ == "appos" else None
            if partner is None:
                partner = next((c for c in root.children if c.dep_ == "appos"), None)
            if partner is not None:
                target = self._mention_at(partner.i, containing=True)
                if target is not None and self.protos[target].type is not ActorType.LOCATION:
                    proto = self.protos[target]
                    hint = noun_type(span)
                    if proto.entry is None and hint is not None:
                        proto.votes[hint] += 3
                    self._assign(mention, span, proto)
        elif mention.label == "COALITION":
            # "the coalition" in a text about the Islamic State is the coalition against it
            linked = (p.entry.label for p in self.protos.values() if p.entry and p.mentions)
            entry = coalition_entry(self.gaz, linked)
            if entry is not None:
                self._assign(mention, span, self._proto_for_entry(entry))
        elif mention.label == "REGIME_OF":
            before = self._mention_before(span.start)
            if before is None:
                return
            owner = self.protos[before[2]]
            country = owner.entry.country if owner.entry is not None else None
            gov = self.gaz.government(country)
            if gov is not None and owner.type is ActorType.PERSON:
                self._assign(mention, span, self._proto_for_entry(gov))
        del doc

    def _mention_at_token(self, token_i: int) -> str | None:
        return self._mention_at(token_i, containing=True)

    def _mention_at(self, token_i: int, *, containing: bool = False) -> str | None:
        for _mention, span, key in self.assigned:
            if span.start == token_i or (containing and span.start <= token_i < span.end):
                return key
        return None

    # --- anaphora and groups -------------------------------------------------------
    def _candidates(self, before: int, sentences: int, sentence: int) -> list[_Hit]:
        """Return resolved mentions before token ``before`` within ``sentences`` sentences."""
        stop = bisect.bisect_left(self.hits, before, key=lambda h: h.token)
        out = [h for h in self.hits[:stop] if sentence - h.sentence <= sentences]
        return out[::-1]  # nearest first

    def _anaphor(self, mention: Mention, span: Span) -> None:
        label = mention.label
        root = span.root
        key: str | None = None
        if label == "TITLE":
            key = self._title(span, mention)
        elif label == "TITLE_OF":
            state = self._state_in(span) or self._state_before(span)
            if state is None:
                return
            key = self._title_of(state, span, mention)
            if key is None:  # "the Iranian president" unnamed here: the government speaks
                gov = self.gaz.government(state.iso)
                key = self._proto_for_entry(gov).key if gov is not None else None
        elif label == "ANAPHOR":
            types = ANAPHOR_NOUNS.get(root.lower_, ())
            key = self._recent_of(types, root.i, mention.sentence, noun=root.lower_)
            if key is None and root.lower_ in GROUP_HEADS:
                self._group(mention, span)
                return
        elif label == "GROUP":
            self._group(mention, span)
            return
        elif label == "PRON":
            key = self._conjoined_owner(root) or self._pronoun(root, mention.sentence)
        elif label == "SELF_QUOTED":  # "“We will …,” said Gen. X, commander of Y" → Y
            key = speaker_side(root, self._mention_at_token, lambda k: self.protos[k].type)
            entry = self.protos[key].entry if key is not None else None
            if entry is not None and entry.type is ActorType.STATE:
                gov = self.gaz.government(entry.iso)  # "Iran's minister": its government
                key = self._proto_for_entry(gov).key if gov is not None else key
        if key is not None:
            self._assign(mention, span, self.protos[key])

    def _recent_of(
        self,
        types: Iterable[ActorType],
        before: int,
        sentence: int,
        *,
        plural: bool = False,
        noun: str = "",
    ) -> str | None:
        wanted = set(types)
        candidates = self._candidates(before, ANAPHOR_WINDOW, sentence)
        if noun:
            for hit in candidates:  # "the agency" → "Saudi Press Agency" before any agency
                if noun in normalize(self.protos[hit.key].label).split():
                    return hit.key
        for hit in candidates:
            if self.protos[hit.key].type in wanted and (not plural or hit.plural):
                return hit.key
        return None

    def _title(self, span: Span, mention: Mention) -> str | None:
        word = span[-1].lower_
        candidates = self._candidates(span.start, 10**6, mention.sentence)
        for hit in candidates:
            proto = self.protos[hit.key]
            if proto.type is ActorType.PERSON and word in proto.titles:
                return hit.key
        holders = {
            hit.key
            for hit in candidates
            if self.protos[hit.key].entry is not None
            and word in (self.protos[hit.key].entry.office or "").lower()  # type: ignore[union-attr]
        }
        return holders.pop() if len(holders) == 1 else None

    def _title_of(self, state: GazetteerEntry, span: Span, mention: Mention) -> str | None:
        """Return the person of this document holding the title for that state."""
        title = " ".join(t.lower_ for t in span if t.tag_ != "POS" and not self._is_state(t))
        for hit in self._candidates(span.start, 10**6, mention.sentence):
            proto = self.protos[hit.key]
            if proto.type is not ActorType.PERSON:
                continue
            entry = proto.entry
            country = entry.country if entry is not None else proto.country
            office = (entry.office or "").lower() if entry is not None else ""
            last = title.split()[-1] if title else ""
            generic = last in LEADER_WORDS and bool(office)  # "the Venezuelan leader"
            if country == state.iso and (title in office or last in proto.titles or generic):
                return hit.key
        return None

    def _is_state(self, token: Token) -> bool:
        entry, _table = entry_for_span(token.doc[token.i : token.i + 1], self.gaz)
        return entry is not None and entry.type is ActorType.STATE

    def _conjoined_owner(self, pronoun: Token) -> str | None:
        """Return the person a possessive points back to across "and": "Biden and his son"."""
        noun = pronoun.head
        if pronoun.lower_ not in POSSESSIVES or noun.dep_ != "conj":
            return None
        hit = next((h for h in self.hits if h.token == noun.head.i), None)
        if hit is None or self.protos[hit.key].type is not ActorType.PERSON:
            return None
        entry = self.protos[hit.key].entry
        banned = "f" if pronoun.lower_ == "his" else "m"
        return None if entry is not None and entry.gender == banned else hit.key

    def _pronoun(self, pronoun: Token, sentence: int) -> str | None:
        word, before = pronoun.lower_, pronoun.i
        if word == "its":
            for hit in self._candidates(before, 0, sentence):
                if self.protos[hit.key].type not in NON_AGENT:
                    return hit.key
            return None
        # An object pronoun never means its own clause's subject: "She thanked him".
        clause_subjects = {
            h.key
            for h in self._candidates(before, 0, sentence)
            if h.subject and self.doc[h.token].head.i == pronoun.head.i
        }
        if pronoun.dep_ in ("nsubj", "nsubjpass", "poss") or word.endswith("self"):
            clause_subjects = set()
        if word in PLURAL:
            groups = [
                h
                for h in self._candidates(before, 1, sentence)
                if h.key not in clause_subjects
                and h.plural
                and self.protos[h.key].type in PLURAL_TYPES
            ]
            if not groups:
                return None
            nearest = [h for h in groups if h.sentence == groups[0].sentence]
            return next((h for h in nearest if h.subject), nearest[0]).key
        banned = "f" if word in MALE else "m"
        people = [
            h
            for h in self._candidates(before, 2, sentence)
            if self.protos[h.key].type is ActorType.PERSON
            and h.key not in clause_subjects
            and _gender(self.protos[h.key]) != banned
        ]
        if not people:
            # A longer reach (quotes split sentences) only when one person is in view.
            wide = [
                h
                for h in self._candidates(before, 5, sentence)
                if self.protos[h.key].type is ActorType.PERSON
            ]
            return wide[0].key if len({h.key for h in wide}) == 1 else None
        same = [h for h in people if h.sentence == sentence]
        if same:
            # the subject first, as in Hobbs's search: "Pompeo cited support for Maduro
            # as his motivation", "Navalny is a critic of Putin, and his associates"
            chosen = next((h for h in same if h.subject), same[0])
        else:
            nearest_sentence = people[0].sentence
            in_sentence = [h for h in people if h.sentence == nearest_sentence]
            chosen = next((h for h in in_sentence if h.subject), in_sentence[-1])
        unsure = _gender(self.protos[chosen.key]) is None and not chosen.subject
        if unsure and len({h.key for h in people}) > 1:
            return None  # gender unknown, not a subject, another person in view
        return chosen.key

    def _group(self, mention: Mention, span: Span) -> None:
        doc = self.doc
        head = span.root
        word = head.lower_
        label = "".join(
            (t.text if t.pos_ == "PROPN" else t.lower_) + t.whitespace_ for t in span
        ).strip()
        type_ = GROUP_HEADS.get(word, ActorType.GROUP)
        modifiers = {t.lower_ for t in span if t.i != head.i}
        definite = span.start > 0 and doc[span.start - 1].lower_ in ("the", "this", "that")
        if definite and not modifiers and head.tag_ == "NN":
            return  # "the cartel" with nothing to refer to: unknown, and too vague for a label
        if word == "forces" and not modifiers & OFFICIAL_FORCES:
            type_ = ActorType.ARMED_GROUP
        country = None
        if span.start > 0:
            before = self._mention_before(span.start)
            if before is not None and before[1].end == span.start:
                owner = self.protos[before[2]]
                if owner.type is ActorType.STATE and owner.entry is not None:
                    country = owner.entry.iso
                    label = f"{before[1].text} {label}"
                elif owner.type in MEMBER_OWNERS:
                    self._assign(mention, span, owner)  # "Hamas fighters" are Hamas
                    return
        if (
            definite
            and head.tag_ == "NNS"
            and type_
            in (ActorType.ARMED_GROUP, ActorType.CRIMINAL_ORGANIZATION, ActorType.MILITARY)
        ):
            # "the militants" after "Hamas", "the troops" after "Russian troops"
            named = self._recent_named(type_, span.start, mention.sentence)
            if named is not None:
                self._assign(mention, span, self.protos[named])
                return
        proto = self._proto_unlinked(f"group:{normalize(label)}:{type_.value}", label)
        proto.votes[type_] += 1
        proto.country = proto.country or country
        self._assign(mention, span, proto)
        del doc

    def _recent_named(self, type_: ActorType, before: int, sentence: int) -> str | None:
        for hit in self._candidates(before, ANAPHOR_WINDOW, sentence):
            proto = self.protos[hit.key]
            if proto.type is type_ and (proto.entry is not None or proto.key.startswith("name:")):
                return hit.key
        return None

    # --- output ------------------------------------------------------------------
    def _index(self) -> ActorIndex:
        # Several provisional actors can share an id (same label and type): merge them.
        groups: dict[str, list[ProtoActor]] = {}
        for proto in self.protos.values():
            if proto.mentions:
                groups.setdefault(proto.id, []).append(proto)
        actors: list[Actor] = []
        final_id: dict[str, str] = {}
        for aid, protos in groups.items():
            main = protos[0]
            mentions = [m for p in protos for m in p.mentions]
            names = [n for p in protos for n in p.names]
            actor = build_actor(main, mentions, names, self.gaz)
            actors.append(actor)
            for p in protos:
                final_id[p.key] = actor.id
            del aid
        actors.sort(key=lambda a: (a.mentions[0].start, a.id))
        token_actor: dict[int, str] = {}
        for _mention, span, key in sorted(self.assigned, key=lambda a: a[1].start):
            for tok in span:
                if tok.tag_ != "POS":
                    token_actor[tok.i] = final_id[key]
        return ActorIndex(actors=tuple(actors), token_actor=token_actor)
