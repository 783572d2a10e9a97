"""Find the stretches of a parsed document that refer to actors.

:func:`find_mentions` combines spaCy's named entities with gazetteer matches
and a few syntactic rules, and yields non-overlapping :class:`Mention`s in
document order. It does not decide who a mention refers to (that is
:mod:`kgraph.extract.actors`); ``Mention.label`` records which rule found it:

========================  =========================================================
label                     rule
========================  =========================================================
``GAZETTEER``             a name, demonym or metonym of the gazetteer
``PERSON``, ``ORG`` …     a spaCy entity the gazetteer does not know
``OPERATION``             "Operation" followed by capitalised words
                          (:mod:`kgraph.extract.mentions.military_names`)
``UNIT``                  a military unit: "134th Expeditionary Fighter Squadron",
                          "Task Force 50", "Combined Joint Forces Land Component Command"
``MILITARY_OF``           state or demonym + military noun ("U.S. military")
``GOVERNMENT_OF``         state or demonym + government noun ("Iranian regime")
``ADMINISTRATION``        person + administration noun ("the Trump administration")
``ADMINISTRATION_OF``     government noun + "of" + person ("the regime of Nicolas Maduro")
``REGIME_OF``             the noun after a possessive person ("Maduro's *regime*")
``TITLE_OF``              state or demonym + title, no name after ("the Iranian president")
``DESCRIPTOR``            words before a person's name ("strongman", "President")
``TITLE``                 "the president", "the strongman" (a title used alone)
``APPOSITION``            a noun in apposition to a name ("the campaign, Operation X")
``ANAPHOR``               "the cartel", "the regime", "the country" …
``GROUP``                 an unnamed collective ("drug-trafficking networks")
``COALITION``             "the coalition", "Coalition forces" (resolved by context)
``PRON``                  a third-person pronoun
``SELF``                  a first-person word outside quotations (``first_person=True``)
``SELF_QUOTED``           a first-person word inside a quotation
========================  =========================================================

Precision comes first: a title-case headline contributes only names the
gazetteer knows or the body repeats, an entity starting with "a"/"an" is a
designation ("a Foreign Terrorist Organization"), not an actor, and a capital
city governed by a locative preposition ("in Caracas") is a place.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from kgraph.extract.mentions.actor_words import (
    ADMINISTRATION_NOUNS,
    ANAPHOR_NOUNS,
    COMMON_HEADS,
    DEFINITE,
    GOVERNMENT_NOUNS,
    HONORIFICS,
    MILITARY_NOUNS,
    NER_LABELS,
    OFFICE_HEADS,
    PLACE_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    locative_use,
    names_institution,
    written_as_name,
)
from kgraph.extract.mentions.anaphora import described_from, referring_it
from kgraph.extract.mentions.assets import (
    ASSET_LABEL,
    STRIKES_LABEL,
    asset_spans,
    striker_tokens,
)
from kgraph.extract.mentions.coalitions import coalition_spans, led_compound
from kgraph.extract.mentions.gazetteer import Gazetteer, GazetteerEntry, normalize
from kgraph.extract.mentions.generic import community_name, group_spans
from kgraph.extract.mentions.kinship import KIN_LABEL, apposition_conjuncts, kin_tokens
from kgraph.extract.mentions.military_names import add_operations, add_units
from kgraph.extract.mentions.of_phrases import of_phrase_bodies
from kgraph.extract.mentions.roles import OFFICE_WORDS, ROLE_LABEL, role_spans
from kgraph.extract.mentions.sentences import (
    dateline_tokens,
    headline_tokens,
    is_headline,
    sentence_index,
)
from kgraph.model import ActorType, Mention, MentionKind

NAME_END_TAGS = frozenset(("ADP", "PART", "DET", "CCONJ"))  # word classes no name ends with

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

_Name = tuple[int, int, MentionKind, str]  # start, end, kind, label of a named mention
_Match = tuple[int, int, str]  # start, end, table of a gazetteer match


@lru_cache(maxsize=8)
def phrase_matcher(gazetteer: Gazetteer, vocab: Vocab) -> PhraseMatcher:
    """Build (once per gazetteer and vocabulary) the matcher of every gazetteer surface form."""
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    tokenizer = English(vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    seen: dict[str, set[str]] = {"name": set(), "demonym": set(), "metonym": set()}
    for text, table in gazetteer.surface_forms():
        if text.lower().startswith("the "):
            text = text[4:]
        if text.lower() in seen[table]:
            continue
        seen[table].add(text.lower())
        matcher.add(table, [tokenizer(text)])
    return matcher


def find_mentions(
    doc: Doc, *, gazetteer: Gazetteer, first_person: bool = False
) -> Iterator[Mention]:
    """Yield the actor mentions of ``doc`` in document order, without overlaps.

    With ``first_person``, "we", "our", "I" … outside quotations are ``SELF``
    mentions (see :mod:`kgraph.extract.mentions.first_person`): they stand for the
    document's publisher. Inside quotations they are always ``SELF_QUOTED``
    mentions (the speaker's side).
    """
    from kgraph.extract.mentions.first_person import QUOTED_LABEL, first_person_mentions

    finder = _Finder(doc, gazetteer)
    found = list(finder.run())
    for mention in first_person_mentions(doc, finder.sent_of, finder.taken):
        if first_person or mention.label == QUOTED_LABEL:
            found.append(mention)
    yield from sorted(found, key=lambda m: m.start)


def entry_for_span(span: Span, gazetteer: Gazetteer) -> tuple[GazetteerEntry | None, str]:
    """Return the gazetteer entry a name span refers to and the table that matched it."""
    text = span.text
    for table, fn in (
        ("name", gazetteer.lookup),
        ("demonym", gazetteer.demonym),
        ("metonym", gazetteer.metonym),
    ):
        entry = fn(text)
        if entry is not None:
            return entry, table
    return None, ""


class _Finder:
    """One document's mention search (state lives only for one call)."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.toks = list(doc)  # one Token object per token, reused by every rule
        self.lower = [t.lower_ for t in self.toks]
        self.gaz = gazetteer
        self.sent_of = sentence_index(self.toks)
        self.headline = headline_tokens(self.toks)
        self.taken = [False] * len(doc)
        self.found: list[Mention] = []
        self.descriptor_words: set[str] = set()

    # --- bookkeeping ------------------------------------------------------
    def _free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def _add(self, start: int, end: int, kind: MentionKind, label: str) -> None:
        while end > start and self.toks[end - 1].tag_ == "POS":
            end -= 1
        if end <= start or not self._free(start, end):
            return
        span = self.doc[start:end]
        for i in range(start, end):
            self.taken[i] = True
        self.found.append(
            Mention(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                kind=kind,
                label=label,
                sentence=self.sent_of[start],
            )
        )

    def run(self) -> Iterator[Mention]:
        # "MOSCOW — …": where the story was filed, no mention
        for i in dateline_tokens(self.toks, headline=self.headline):
            self.taken[i] = True
        names = self._names()
        self._compounds(names)
        for start, end, kind, label in names:
            self._add(start, end, kind, label)
        self._descriptors(names)
        self._appositions(names)
        self._titles_and_anaphors()
        self._roles()
        for i in list(kin_tokens(self.toks, self.taken)):  # "the son of X": not X
            self._add(i, i + 1, MentionKind.NOMINAL, KIN_LABEL)
        self._coalitions()
        self._groups()
        self._assets()
        self._pronouns()
        yield from sorted(self.found, key=lambda m: m.start)

    # --- names ------------------------------------------------------------
    def _gazetteer_spans(self) -> list[tuple[int, int, str]]:
        from spacy.util import filter_spans

        matcher = phrase_matcher(self.gaz, self.doc.vocab)
        spans = []
        for match_id, start, end in matcher(self.doc):
            span = self.doc[start:end]
            table = self.doc.vocab.strings[match_id]
            lookup = {
                "name": self.gaz.lookup,
                "demonym": self.gaz.demonym,
                "metonym": self.gaz.metonym,
            }[table]
            if not written_as_name(span, table) or lookup(span.text) is None:
                continue
            span.label_ = table
            spans.append(span)
        return [(s.start, s.end, s.label_) for s in filter_spans(spans)]

    def _names(self) -> list[tuple[int, int, MentionKind, str]]:
        """Return the named mentions: gazetteer matches merged with spaCy entities."""
        gaz_spans = self._gazetteer_spans()
        gaz_at = {}
        for start, end, table in gaz_spans:
            for i in range(start, end):
                gaz_at[i] = (start, end, table)
        body_text = "".join(t.text_with_ws for t in self.toks if t.i not in self.headline)
        chosen: dict[int, tuple[int, int, MentionKind, str]] = {}
        used_gaz: set[tuple[int, int, str]] = set()
        for ent in self.doc.ents:
            span = self._entity_span(ent, gaz_at)
            if span is None or self._stands_in(ent, span, gaz_at, used_gaz):
                continue
            if span.start in self.headline and span.text not in body_text:
                continue
            found = self._entity_name(ent, span)
            if found is not None:
                chosen[span.start] = found
        for start, end, table in gaz_spans:
            if (start, end, table) not in used_gaz:
                found = self._gazetteer_name(start, end, table)
                if found is not None:
                    chosen[start] = found
        add_operations(self.toks, self.lower, chosen)
        add_units(self.toks, self.lower, chosen)
        return _in_order(chosen)

    def _entity_span(self, ent: Span, gaz_at: dict[int, _Match]) -> Span | None:
        """Return the tokens of a spaCy entity that may name an actor, else None."""
        toks = self.toks
        start, end = ent.start, ent.end
        if ent.label_ not in NER_LABELS or toks[start].lower_ in ("a", "an"):
            return None  # "a Foreign Terrorist Organization": a designation, not an actor
        if toks[start].lower_ == "the":
            start += 1
        while end > start and toks[end - 1].tag_ == "POS":
            end -= 1
        if end <= start or led_compound(toks[end - 1]):
            return None  # "U.S.-led": a modifier, no name (coalitions.led_compound)
        if toks[end - 1].pos_ == "ADP" and end < len(toks) and toks[end].ent_iob_ == "B":
            end += 1  # "the Committee for Freedom in" + "Hong Kong": one name
            while end < len(toks) and toks[end].ent_iob_ == "I":
                end += 1
        while end > start + 1 and toks[end - 1].is_lower and toks[end - 1].pos_ in NAME_END_TAGS:
            end -= 1  # "sentenced [Dodik to] one year": the entity took the preposition after it
        span = self.doc[start:end]
        lower_case = not any(t.text[:1].isupper() for t in span)  # "voiced solidarity"
        if lower_case or self.gaz.is_non_actor(span.text) or self._office_part(start, end):
            return None
        if ent.label_ == "EVENT" and toks[start].text != "Operation":
            return None  # wars, summits, elections: not actors
        if ent.label_ == "PERSON" and all(t.is_upper for t in span) and start not in gaz_at:
            return None  # "We CONDEMN the CROIX DES BOUQUETS jailbreak": shouting, no person
        if ent.label_ == "PERSON" and start not in gaz_at and names_institution(span):
            return None  # "the Croix des Bouquets prison": a name of the prison
        if end - start == 1 and self.lower[start] in COMMON_HEADS and start not in gaz_at:
            return None  # "the Administration": a common noun, left to the anaphor rule
        return span

    def _stands_in(
        self, ent: Span, span: Span, gaz_at: dict[int, _Match], used: set[_Match]
    ) -> bool:
        """Tell whether the gazetteer spans inside an entity stand in for it; else use them up."""
        start, end = span.start, span.end
        inside = sorted({gaz_at[i] for i in range(start, end) if i in gaz_at})
        if not inside:
            return False
        covers = inside[0][0] <= start and inside[-1][1] >= end
        rest = [
            t
            for t in span
            if t.i not in gaz_at and not t.is_punct and t.lower_ not in ("of", "the", "and")
        ]
        # "Crown Prince Mohammad bin Salman": a title before a known person
        titled = ent.label_ == "PERSON" and self._ends_with_person(inside, start, end)
        if covers or titled or not rest or start in self.headline:
            return True
        used.update(inside)  # a longer entity wins: "Federal Aviation Office of Germany"
        return False

    def _entity_name(self, ent: Span, span: Span) -> _Name | None:
        """Return the mention a kept entity makes: an operation, a metonym, a demonym, a name."""
        start, end = span.start, span.end
        if self.toks[start].text == "Operation" and end - start > 1:
            return (start, end, MentionKind.NAME, "OPERATION")
        if ent.label_ == "GPE" and self.gaz.metonym(span.text) and not locative_use(span):
            return (start, end, MentionKind.METONYM, "GAZETTEER")
        if ent.label_ == "NORP":
            if community_name(span):
                return None  # "Iraqi Kurds", "ethnic Albanians": a group phrase's head
            if self.gaz.demonym(span.text):
                return (start, end, MentionKind.DEMONYM, ent.label_)
            if self.gaz.lookup(span.text) is None and span.root.tag_ not in ("NNPS", "NNS"):
                return None  # an adjective such as "Kurdish": part of a group phrase, if any
        return (start, end, MentionKind.NAME, ent.label_)

    def _gazetteer_name(self, start: int, end: int, table: str) -> _Name | None:
        """Return the mention a gazetteer match no entity used makes, else None."""
        span = self.doc[start:end]
        if table == "demonym" and community_name(span):
            return None
        if table == "metonym" and locative_use(span):
            return (start, end, MentionKind.NAME, "GPE")  # "in Caracas": the place
        if table == "name" and self.gaz.lookup(span.text) and self._is_person_part(span):
            return None
        kind = {
            "name": MentionKind.NAME,
            "demonym": MentionKind.DEMONYM,
            "metonym": MentionKind.METONYM,
        }[table]
        return (start, end, kind, "GAZETTEER")

    def _title_at(self, i: int) -> int | None:
        """Return the end of a title starting at token ``i`` that no name follows, or None."""
        lower = self.lower
        for width in (2, 1):
            if " ".join(lower[i : i + width]) in TITLE_WORDS:
                end = i + width
                if end < len(lower) and self.toks[end].pos_ == "PROPN":
                    return None
                return end
        return None

    def _ends_with_person(self, inside: list[tuple[int, int, str]], start: int, end: int) -> bool:
        """Return True for titles before a known person ("Crown Prince Mohammad bin Salman"),
        not for another first name ("Hunter Biden" is not Joe Biden)."""
        for a, b, _table in inside:
            entry = self.gaz.lookup(self.doc[a:b].text)
            if b == end and entry is not None and entry.type is ActorType.PERSON:
                return all(w.rstrip(".") in HONORIFICS for w in self.lower[start:a])
        return False

    def _office_part(self, start: int, end: int) -> bool:
        """Return True for "State" in "Secretary of State" and "National Security" (Advisor)."""
        lower = self.lower
        before = start >= 2 and lower[start - 1] == "of" and lower[start - 2] in OFFICE_HEADS
        # "Defense" in "Defense Minister X": an office's words, no body
        office = end < len(lower) and lower[end] in OFFICE_HEADS
        portfolio = office and all(w in OFFICE_WORDS for w in lower[start:end])
        return before or portfolio or (end < len(lower) and lower[end] in ("advisor", "adviser"))

    def _is_person_part(self, span: Span) -> bool:
        """Return True when a gazetteer name sits inside a longer spaCy PERSON entity."""
        ent_iob = [t.ent_type_ for t in span]
        if not all(e == "PERSON" for e in ent_iob):
            return False
        before = span.start > 0 and self.toks[span.start - 1].ent_type_ == "PERSON"
        after = span.end < len(self.doc) and self.toks[span.end].ent_type_ == "PERSON"
        entry = self.gaz.lookup(span.text)
        return (before or after) and entry is not None and entry.type is not ActorType.PERSON

    # --- compounds --------------------------------------------------------
    def _compounds(self, names: list[tuple[int, int, MentionKind, str]]) -> None:
        """Add "U.S. military", "Iranian regime", "the Trump administration", "Maduro's regime"."""
        for start, end, _kind, _label in names:
            self._compound_after(start, end)
        self._of_a_state(names)

    def _compound_after(self, start: int, end: int) -> None:
        """Add the compound a known name opens with the noun after it (or after its "'s")."""
        doc = self.doc
        toks = self.toks
        entry, _table = entry_for_span(doc[start:end], self.gaz)
        if entry is None:
            return
        nxt = end
        possessive = nxt < len(doc) and toks[nxt].tag_ == "POS"
        if possessive:
            nxt += 1
        if nxt >= len(doc):
            return
        word = toks[nxt].lower_
        # "U.S. military" is one mention; in "Iran's military" "Iran" stays the state
        first = nxt if possessive else start
        if entry.type is ActorType.STATE and self._coordinated_force(end - 1):
            self._add(start, end, MentionKind.NOMINAL, "MILITARY_OF")
        elif entry.type is ActorType.STATE:
            self._state_compound(first, nxt, word)
        elif entry.type is ActorType.PERSON and word in ADMINISTRATION_NOUNS:
            if possessive:
                self._add(nxt, nxt + 1, MentionKind.NOMINAL, "REGIME_OF")
            else:
                self._add(start, nxt + 1, MentionKind.NOMINAL, "ADMINISTRATION")

    def _coordinated_force(self, i: int) -> bool:
        """Tell whether two states' words modify one military noun: "*US* and British troops"."""
        tok = self.toks[i]
        head = tok.head
        return (
            tok.dep_ in ("amod", "compound", "nmod")
            and head.i > i + 1
            and head.lower_ in MILITARY_NOUNS
            and any(c.dep_ == "conj" for c in tok.children)
        )

    def _state_compound(self, first: int, nxt: int, word: str) -> None:
        """Add a state's military, government or title: "U.S. armed forces", "Iran's president"."""
        if word in MILITARY_NOUNS:
            self._add(first, nxt + 1, MentionKind.NOMINAL, "MILITARY_OF")
        elif word == "armed" and nxt + 1 < len(self.doc):
            if self.toks[nxt + 1].lower_ == "forces":
                self._add(first, nxt + 2, MentionKind.NOMINAL, "MILITARY_OF")
        elif word in GOVERNMENT_NOUNS and self.toks[nxt].dep_ != "amod":  # "official name"
            self._add(first, nxt + 1, MentionKind.NOMINAL, "GOVERNMENT_OF")
        elif (title := self._title_at(nxt)) is not None:
            # "the Venezuelan leader", "Ukraine's president" (not "… President Zelensky")
            self._add(first, title, MentionKind.TITLE, "TITLE_OF")

    def _of_a_state(self, names: list[tuple[int, int, MentionKind, str]]) -> None:
        """Add "the government of Venezuela", "the regime of Nicolas Maduro" (see of_phrases)."""

        def lookup(start: int, end: int) -> GazetteerEntry | None:
            return entry_for_span(self.doc[start:end], self.gaz)[0]

        spans = [(n[0], n[1], n[3]) for n in names]
        for start, end, label in list(
            of_phrase_bodies(self.doc, spans, lookup=lookup, taken=self.taken)
        ):
            self._add(start, end, MentionKind.NOMINAL, label)

    # --- descriptors, appositions, titles --------------------------------------
    def _descriptors(self, names: list[tuple[int, int, MentionKind, str]]) -> None:
        doc = self.doc
        toks = self.toks
        for start, _end, kind, label in names:
            if kind is not MentionKind.NAME:
                continue
            entry, _table = entry_for_span(doc[start:_end], self.gaz)
            is_person = (entry is not None and entry.type is ActorType.PERSON) or (
                entry is None and label == "PERSON"
            )
            if not is_person:
                continue
            i = start - 1
            while i >= 0 and not self.taken[i]:
                tok = toks[i]
                nominal = tok.pos_ in ("NOUN", "PROPN", "ADJ") and not tok.is_punct
                linking = tok.lower_ == "of" and i > 0 and toks[i - 1].pos_ in ("NOUN", "PROPN")
                if nominal or linking:
                    i -= 1
                else:
                    break
            first = i + 1
            while first < start and toks[first].lower_ == "of":
                first += 1
            if first < start and self.sent_of[first] == self.sent_of[start]:
                words = doc[first:start]
                if all(t.head.i >= first and t.head.i < _end for t in words if t.dep_ != "prep"):
                    self._add(first, start, MentionKind.TITLE, "DESCRIPTOR")
                    self.descriptor_words.add(toks[start - 1].lower_)

    def _appositions(self, names: list[tuple[int, int, MentionKind, str]]) -> None:
        doc = self.doc
        toks = self.toks
        for start, end, _kind, _label in names:
            root = doc[start:end].root
            other = None
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                other = root.head
            else:
                other = next(
                    (c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None
                )
            if other is None or self.taken[other.i] or other.tag_ != "NN":
                continue
            if other.lower_ in PLACE_NOUNS:
                continue  # "Sanaa, the capital": a place, whatever the name stands for
            first = other.i
            while first > 0 and not self.taken[first - 1]:
                prev = toks[first - 1]
                if prev.head.i == other.i and prev.dep_ in ("amod", "compound"):
                    first -= 1
                else:
                    break
            self._add(first, other.i + 1, MentionKind.NOMINAL, "APPOSITION")
            for noun in apposition_conjuncts(other):  # "the member and son of X": one person
                self._add(noun.i, noun.i + 1, MentionKind.NOMINAL, "APPOSITION")

    def _titles_and_anaphors(self) -> None:
        doc = self.doc
        toks = self.toks
        words = TITLE_WORDS | ANAPHOR_NOUNS.keys() | self.descriptor_words
        last = {w.rsplit(" ", 1)[-1] for w in words}
        for tok in [toks[i] for i, w in enumerate(self.lower) if w in last]:
            if tok.pos_ not in ("NOUN", "PROPN") or self.taken[tok.i]:
                continue
            nxt = toks[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ == "of"):
                continue  # "President Trump", "the president of Venezuela"
            if nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ != "POS":
                continue  # a modifier: "regime change"
            det = toks[tok.i - 1] if tok.i > 0 else None
            two = f"{toks[tok.i - 1].lower_} {tok.lower_}" if tok.i > 0 else ""
            if two in TITLE_WORDS and tok.i > 1 and toks[tok.i - 2].lower_ in DEFINITE:
                self._add(tok.i - 1, tok.i + 1, MentionKind.TITLE, "TITLE")
                continue
            word = tok.lower_
            described = described_from(tok, self.taken) if word in ANAPHOR_NOUNS else None
            if described is not None:  # "the terrorist group"
                self._add(described, tok.i + 1, MentionKind.NOMINAL, "ANAPHOR")
                continue
            if det is None or det.lower_ not in DEFINITE:
                continue
            if word in TITLE_WORDS or word in self.descriptor_words:
                self._add(tok.i, tok.i + 1, MentionKind.TITLE, "TITLE")
            elif word in ANAPHOR_NOUNS:
                self._add(tok.i, tok.i + 1, MentionKind.NOMINAL, "ANAPHOR")

    def _roles(self) -> None:
        """Add role titles: "the interior minister", "his Iranian counterpart"."""
        for start, end in list(role_spans(self.toks, self.lower, self.taken)):
            self._add(start, end, MentionKind.TITLE, ROLE_LABEL)

    # --- groups and pronouns ----------------------------------------------------
    def _coalitions(self) -> None:
        """Add "the coalition", "the U.S.-led coalition", "Coalition military forces"."""
        for start, end in coalition_spans(self.toks, self.lower, self.taken):
            self._add(start, end, MentionKind.NOMINAL, "COALITION")

    def _groups(self) -> None:
        # lazily: each group added takes its words before the next is looked for
        for first, end in group_spans(self.doc, self.toks, self.lower, self.taken):
            self._add(first, end, MentionKind.NOMINAL, "GROUP")

    def _assets(self) -> None:
        """Add the equipment a strike hits and the bare "strikes" that stand for their force."""
        for start, end in list(asset_spans(self.toks, self.taken)):
            self._add(start, end, MentionKind.NOMINAL, ASSET_LABEL)
        for i in list(striker_tokens(self.toks, self.taken)):
            self._add(i, i + 1, MentionKind.NOMINAL, STRIKES_LABEL)

    def _pronouns(self) -> None:
        for tok in [self.toks[i] for i, w in enumerate(self.lower) if w in PRONOUNS]:
            if tok.lower_ in PRONOUNS and tok.pos_ in ("PRON", "DET") and not self.taken[tok.i]:
                if tok.lower_ == "it" and not referring_it(tok):
                    continue  # "it is clear that …": no mention
                self._add(tok.i, tok.i + 1, MentionKind.PRONOUN, "PRON")


def _in_order(chosen: dict[int, _Name]) -> list[_Name]:
    """Return the chosen names by start, each dropped that overlaps the one kept before."""
    out: list[_Name] = []
    for start in sorted(chosen):
        if not out or chosen[start][0] >= out[-1][1]:
            out.append(chosen[start])
    return out


def mention_tokens(doc: Doc, mention: Mention) -> Span:
    """Return the tokens of a mention (the smallest token span covering its characters)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:  # pragma: no cover - offsets always come from tokens
        raise ValueError(f"mention {mention.text!r} does not align with tokens")
    return span


def head_token(span: Span) -> Token:
    """Return the syntactic head of a mention span."""
    return span.root


__all__ = [
    "entry_for_span",
    "find_mentions",
    "head_token",
    "headline_tokens",
    "is_headline",
    "mention_tokens",
    "normalize",
    "phrase_matcher",
    "sentence_index",
]
