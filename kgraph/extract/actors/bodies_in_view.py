"""Find the body "the government" or "the army" stands for when none was named before.

"The government" with no government named before is the government of the first
state named in its sentence (or whose capital is), else of the state the passage is
about; "the army" and "the military" are that state's military the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.actors.resolution import Resolution, passage_states, proto_for_entry
from kgraph.extract.mentions.actor_words import LOCATIVE_PREPS, PLACE_PARTICIPLES
from kgraph.model import ActorType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kgraph.extract.actors.actor_records import ProtoActor


def government_in_context(
    state: Resolution, mention: Mention, span: Span, *, military: bool = False
) -> str | None:
    """Return the government "the government" stands for when none was named before.

    That is the government of the first state named in the same sentence, or whose
    capital is named there ("protested against the government in Caracas"), else of
    the state the passage is about (:func:`passage_states`). With ``military``, the
    state's military the same way: "Fighting went on in Sudan. *The army* bombed …".
    """
    body = _military_of if military else _government_of
    for n in state.by_sentence.get(mention.sentence, ()):
        _other, other_span, key = state.assigned[n]
        if named_as_place(other_span):
            continue  # "Somalia-based al-Shabab …, when the government sent troops into Somalia"
        found = body(state, other_span, key)
        if found is not None:
            return found
    # the state the passage is about ("Italy has registered … after Britain. … the
    # government has refused …"): resolution.passage_states
    for key in passage_states(state, span.start, mention.sentence):
        found = body(state, None, key)
        if found is not None:
            return found
    return None


def _military_of(state: Resolution, _span: Span | None, key: str) -> str | None:
    """Return the military of a state named, or of the state a government is of."""
    proto = state.protos[key]
    if proto.type not in (ActorType.STATE, ActorType.GOVERNMENT):
        return None
    country = proto.entry.iso if proto.type is ActorType.STATE and proto.entry else None
    country = country or proto_country(proto)
    mil = state.gaz.military(country) if country else None
    if mil is None or mil.type is not ActorType.MILITARY:
        return None
    return proto_for_entry(state, mil).key


def named_as_place(span: Span) -> bool:
    """Tell whether a name says where, not who: "*Somalia*-based", "sent troops into *Somalia*"."""
    root = span.root
    head = root.head
    if root.dep_ in ("npadvmod", "compound") and head.lower_ in PLACE_PARTICIPLES:
        return True
    return root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS and head.head.pos_ == "VERB"


def proto_country(proto: ProtoActor) -> str | None:
    """Return the state a body belongs to: its gazetteer entry's, else the one read for it."""
    return (proto.entry.country if proto.entry is not None else None) or proto.country


def _government_of(state: Resolution, span: Span | None, key: str) -> str | None:
    proto = state.protos[key]
    entry = proto.entry
    if proto.type is ActorType.STATE and entry is not None:
        gov = state.gaz.government(entry.iso)
    elif proto.type is ActorType.LOCATION and span is not None:
        gov = state.gaz.metonym(span.text)  # a capital named as a place
    elif (
        proto.type is ActorType.MILITARY and span is not None and (country := proto_country(proto))
    ):
        gov = state.gaz.government(country)  # "Kenyan troops …, when the government sent …"
    else:
        return None
    if gov is None or gov.type is not ActorType.GOVERNMENT:
        return None
    return proto_for_entry(state, gov).key
