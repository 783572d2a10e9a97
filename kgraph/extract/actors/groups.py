"""Resolve unnamed collectives ("drug-trafficking networks", "83 suspected traffickers").

They become GROUP, ARMED_GROUP or CRIMINAL_ORGANIZATION actors labelled by
their normalised phrase, unless an owner's name before them ("Hamas fighters")
or a recent named actor of the same type ("the militants") claims them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.actors.resolution import (
    Resolution,
    assign,
    candidates,
    mention_at,
    mention_before,
    proto_for_entry,
    proto_unlinked,
)
from kgraph.extract.mentions.actor_words import (
    ANAPHOR_WINDOW,
    GROUP_HEADS,
    GROUP_PLACE_PREPS,
    MEMBER_OWNERS,
    MILITARY_NOUNS,
    OFFICIAL_FORCES,
    PERSON_HEADS,
)
from kgraph.extract.mentions.gazetteer import normalize
from kgraph.extract.mentions.generic import collective, group_sector
from kgraph.extract.mentions.kinship import kin_owner
from kgraph.extract.mentions.mentions import entry_for_span
from kgraph.model import ActorType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# sectors of an unnamed group that make it armed: "rebel groups" (REB), "armed groups" (UAF)
ARMED_SECTORS = frozenset({"REB", "UAF", "RAD"})
# sectors of groups whose place is no country of theirs: officials meet abroad (GOV,
# ELI), the displaced are away from home (REF: only "from" says where they are of)
MEETING_SECTORS = frozenset({"GOV", "ELI"})
DISPLACED_SECTORS = frozenset({"REF"})
# bodies whose name before a group says whose members they are, in the label only
_BODY_OWNERS = frozenset({ActorType.INTERNATIONAL_ORGANIZATION, ActorType.ORGANIZATION})


def _acronym(token: Token) -> bool:
    """Tell whether a word is an acronym kept in capitals: "MPs", "NGOs"."""
    letters = token.text.rstrip("s")
    return len(letters) > 1 and letters.isupper()


def _named_part(span: Span) -> list[Token]:
    """Return the words of a group's mention that name it: no leading "own".

    The mention stage already leaves the possessive out ("its", "their":
    ``[drop_modifiers]``) but keeps "own" beside it, so that the owner stays next
    to the mention ("Japan building its *own* nuclear forces").
    """
    words = list(span)
    return words[1:] if len(words) > 1 and words[0].lower_ == "own" else words


def _owner_text(owner_span: Span, owner_label: str) -> str:
    """Return how a group's owner is named in its label: its name, not a pronoun.

    "the United States and *its* allies" are the "United States allies".
    """
    return owner_label if owner_span.root.pos_ == "PRON" else owner_span.text


def resolve_group(state: Resolution, mention: Mention, span: Span, *, asset: bool = False) -> None:
    """Give an unnamed collective (or an owner's asset, with ``asset``) its actor."""
    doc = state.doc
    head = span.root
    word = head.lower_
    label = "".join(
        (t.text if t.pos_ == "PROPN" or t.ent_type_ == "NORP" or _acronym(t) else t.lower_)
        + t.whitespace_
        for t in _named_part(span)
    ).strip()
    if asset:  # "ISIL vehicle": an unnamed group of the owner's, labelled with its name
        before = mention_before(state, span.start)
        if before is not None and before[1].end == span.start:
            space = doc[span.start - 1].whitespace_  # none in "ISIL-held buildings"
            label = f"{before[1].text}{space}{label}"
        proto = proto_unlinked(state, f"group:{normalize(label)}:group", label)
        proto.votes[ActorType.GROUP] += 1
        assign(state, mention, span, proto)
        return
    type_ = GROUP_HEADS.get(word, ActorType.GROUP)
    if head.i > span.start:  # "service members": a head of two words
        type_ = GROUP_HEADS.get(f"{doc[head.i - 1].lower_} {word}", type_)
    modifiers = {t.lower_ for t in span if t.i != head.i}
    definite = span.start > 0 and doc[span.start - 1].lower_ in ("the", "this", "that")
    if definite and not modifiers and head.tag_ == "NN" and not collective(word):
        # "the bomber" after "a suicide bomber" is that bomber; with nothing to refer to,
        # "the cartel" is unknown, and too vague for a label
        earlier = same_head(state, word, span.start, mention.sentence)
        if earlier is not None:
            assign(state, mention, span, state.protos[earlier])
            return
        if word not in PERSON_HEADS:
            return
        # "The gunman opened fire": one person the story has in view, unnamed
    if word == "forces" and not modifiers & OFFICIAL_FORCES:
        type_ = ActorType.ARMED_GROUP
    sector = group_sector(label) if type_ is ActorType.GROUP else None
    military = sector == "MIL" or type_ is ActorType.MILITARY  # "service members" typed so
    if military:  # "service members", "servicemen": soldiers under another head
        type_ = ActorType.MILITARY
    elif sector in ARMED_SECTORS:  # "armed groups", "rebel groups"
        type_ = ActorType.ARMED_GROUP
    claimed = _owner_claim(state, mention, span, label, military=military)
    if claimed is True:
        return
    label, country = claimed or (label, None)
    if (
        definite
        and head.tag_ == "NNS"
        and type_ in (ActorType.ARMED_GROUP, ActorType.CRIMINAL_ORGANIZATION, ActorType.MILITARY)
    ):
        # "the militants" after "Hamas", "the troops" after "Russian troops"
        named = recent_named(state, type_, span.start, mention.sentence)
        if named is not None:
            assign(state, mention, span, state.protos[named])
            return
    # troops or fighters in a country need not be its own: "NATO troops in Afghanistan"
    where = None if country or type_ is not ActorType.GROUP else place_phrase(state, head, sector)
    proto = proto_unlinked(state, f"group:{normalize(label)}:{type_.value}", label)
    proto.votes[type_] += 1
    if where is not None:  # "students throughout Indonesia": Indonesian students
        country = where[0]
        proto.names.append(doc[span.start : where[1]].text)
    proto.country = proto.country or country
    assign(state, mention, span, proto)


def place_phrase(state: Resolution, head: Token, sector: str | None) -> tuple[str, int] | None:
    """Return the country of the place a group is in, and where its phrase ends, else None.

    "Opposition groups *in Zimbabwe*", "students *throughout Indonesia*", "refugees
    *from Syria*", "demonstrators *in Baghdad*" (a capital: its country); a place
    the gazetteer does not know ("villagers in Hebei") gives none. Refugees and
    migrants are of the place they come from, not the one they are in ("refugees in
    Kenya"); where officials meet is not theirs ("foreign ministers in Cairo").
    """
    if sector in MEETING_SECTORS:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in GROUP_PLACE_PREPS:
            continue
        if sector in DISPLACED_SECTORS and prep.lower_ != "from":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            words = [t for t in pobj.subtree if t.pos_ == "PROPN"] or [pobj]
            name = state.doc[words[0].i : words[-1].i + 1]
            entry, table = entry_for_span(name, state.gaz)
            if entry is None or not (entry.country or entry.iso):
                continue
            if entry.type in (ActorType.STATE, ActorType.LOCATION) or table == "metonym":
                return entry.country or entry.iso or "", pobj.right_edge.i + 1
    return None


def _owner_claim(
    state: Resolution, mention: Mention, span: Span, label: str, *, military: bool
) -> tuple[str, str | None] | bool | None:
    """Let a name right before a group claim it, or give it its label and country.

    True when the group went to the owner or the owner's military ("Hamas
    fighters" are Hamas; "Kenya said its troops …" and "US service members" are the
    Kenyan and US militaries); the owner's label and country for a state ("Iraqi
    civilians") and its label for a body ("G7 foreign ministers"); None without one.
    """
    before = mention_before(state, span.start) if span.start > 0 else None
    if before is None or before[1].end != span.start:
        return None
    owner = state.protos[before[2]]
    pronoun = before[1].root.pos_ == "PRON"
    if owner.type is ActorType.STATE and owner.entry is not None:
        word = span.root.lower_
        body = None
        if (word in MILITARY_NOUNS and pronoun) or military:
            body = state.gaz.military(owner.entry.iso)
        if body is not None:
            assign(state, mention, span, proto_for_entry(state, body))
            return True
        return f"{_owner_text(before[1], owner.label)} {label}", owner.entry.iso
    if owner.type in MEMBER_OWNERS:
        assign(state, mention, span, owner)  # "Hamas fighters" are Hamas
        return True
    if owner.type in _BODY_OWNERS:
        return f"{_owner_text(before[1], owner.label)} {label}", None  # "G7 foreign ministers"
    return None


def same_head(state: Resolution, word: str, before: int, sentence: int) -> str | None:
    """Return the nearest earlier actor whose mention has the head ``word``, else None.

    A definite description that repeats the head noun of a recent mention refers
    to it: "A gunman opened fire … Police shot *the gunman*"; the head-match
    step of rule-based coreference (Lee et al. 2013, "Deterministic coreference
    resolution based on entity-centric, precision-ranked rules").
    """
    doc = state.doc
    for hit in candidates(state, before, ANAPHOR_WINDOW, sentence):
        if doc[hit.token].lower_ == word:
            return hit.key
    return None


def recent_named(state: Resolution, type_: ActorType, before: int, sentence: int) -> str | None:
    """Return the nearest named actor of ``type_`` before token ``before``."""
    for hit in candidates(state, before, ANAPHOR_WINDOW, sentence):
        proto = state.protos[hit.key]
        if proto.type is type_ and (proto.entry is not None or proto.key.startswith("name:")):
            return hit.key
    return None


def resolve_kin(state: Resolution, mention: Mention, span: Span) -> None:
    """Give "the son of X" / "X's wife" an unnamed person of its own, labelled "son of X".

    The kin of an unknown owner stays unresolved: "his son" with no "his" in view.
    """
    noun = span.root
    owner = kin_owner(noun)
    key = mention_at(state, owner.i, containing=True) if owner is not None else None
    if key is None:
        return
    label = f"{noun.lower_} of {state.protos[key].label}"
    proto = proto_unlinked(state, f"kin:{normalize(label)}", label)
    proto.votes[ActorType.PERSON] += 1  # people, not a body: "his sons" are no group of his
    assign(state, mention, span, proto)
