"""Resolve mentions to typed, linked actors within one document.

:func:`resolve_actors` turns the mentions of :func:`~kgraph.extract.mentions.mentions.find_mentions`
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
same id in every document. The steps live in :mod:`~kgraph.extract.actors.naming`
(1, 3), :mod:`~kgraph.extract.actors.compounds` (2, 4), :mod:`~kgraph.extract.actors.pronouns`
(5) and :mod:`~kgraph.extract.actors.groups` (6); :mod:`~kgraph.extract.actors.resolution`
holds the state they share.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kgraph.extract.actors.actor_records import ProtoActor, build_actor
from kgraph.extract.actors.compounds import resolve_compound, resolve_dependent
from kgraph.extract.actors.naming import assign_publisher, group_unlinked, link_named
from kgraph.extract.actors.pronouns import resolve_anaphor
from kgraph.extract.actors.resolution import NAMED, Resolution
from kgraph.extract.mentions.assets import ASSET_LABEL, STRIKES_LABEL
from kgraph.extract.mentions.gazetteer import Gazetteer
from kgraph.extract.mentions.kinship import KIN_LABEL
from kgraph.extract.mentions.mentions import mention_tokens
from kgraph.extract.mentions.roles import ROLE_LABEL
from kgraph.model import Actor, ActorIndex, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

DEFERRED = frozenset(
    {
        "TITLE",
        "TITLE_OF",
        "ANAPHOR",
        "GROUP",
        "PRON",
        "SELF_QUOTED",
        ASSET_LABEL,
        STRIKES_LABEL,
        ROLE_LABEL,
        KIN_LABEL,
    }
)


def resolve_actors(
    doc: Doc, mentions: Iterable[Mention], *, gazetteer: Gazetteer, publisher: str | None = None
) -> ActorIndex:
    """Resolve ``mentions`` of ``doc`` to actors (see the module docstring for the rules).

    ``publisher`` (``Document.publisher``) is the actor first-person ``SELF``
    mentions stand for; without it they are dropped.
    """
    state = Resolution(doc, gazetteer, publisher)
    spans = [(m, mention_tokens(doc, m)) for m in sorted(mentions, key=lambda m: m.start)]
    named: list[tuple[Mention, Span]] = []
    later: list[tuple[Mention, Span]] = []
    deferred: list[tuple[Mention, Span]] = []
    for mention, span in spans:
        if mention.label == "SELF":
            assign_publisher(state, mention, span)
        elif mention.label in DEFERRED:
            deferred.append((mention, span))
        elif mention.label in ("DESCRIPTOR", "APPOSITION", "REGIME_OF", "COALITION"):
            later.append((mention, span))
        elif mention.kind in NAMED and link_named(state, mention, span):
            continue
        elif mention.kind in NAMED:
            named.append((mention, span))
        else:
            resolve_compound(state, mention, span)
    group_unlinked(state, named)
    for mention, span in later:
        resolve_dependent(state, mention, span)
    for mention, span in deferred:
        resolve_anaphor(state, mention, span)
    return _index(state)


def _index(state: Resolution) -> ActorIndex:
    """Merge the provisional actors into frozen actors and map each token to its actor."""
    # Several provisional actors can share an id (same label and type): merge them.
    groups: dict[str, list[ProtoActor]] = {}
    for proto in state.protos.values():
        if proto.mentions:
            groups.setdefault(proto.id, []).append(proto)
    actors: list[Actor] = []
    final_id: dict[str, str] = {}
    for protos in groups.values():
        main = protos[0]
        mentions = [m for p in protos for m in p.mentions]
        names = [n for p in protos for n in p.names]
        actor = build_actor(main, mentions, names, state.gaz)
        actors.append(actor)
        for p in protos:
            final_id[p.key] = actor.id
    actors.sort(key=lambda a: (a.mentions[0].start, a.id))
    # a government implied by its head's title and named nowhere: an actor without mentions
    named = {a.id for a in actors}
    for key in sorted(state.implied):
        implied = build_actor(state.protos[key], [], [], state.gaz)
        if implied.id not in named:
            actors.append(implied)
            named.add(implied.id)
    token_actor: dict[int, str] = {}
    for _mention, span, key in sorted(state.assigned, key=lambda a: a[1].start):
        for tok in span:
            if tok.tag_ != "POS":
                token_actor[tok.i] = final_id[key]
    return ActorIndex(actors=tuple(actors), token_actor=token_actor)
