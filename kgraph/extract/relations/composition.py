"""Read the members a body is formed of: "the alliance is made up of X and Y".

* :func:`composed_of` — "Y is made up of X", "Y, made up in part by X", "Y consists
  of X", "Y is composed of X": each X is a member of the body Y (``memberOf``).

The verbs are the ``[composition_verbs]`` class of ``classes.txt``, each read with
its "of" (or "by") phrase; "make" forms a body only with its particle ("made *up*
of"), not in "made of steel" or "made by". "Comprise" is left out: "Y comprises X"
and "X comprise Y" (the airmen who comprise the squadron) are both in use.

* :func:`singled_members` — "the Coalition partners, *especially* the Turks": the
  member singled out of a named body is its member (``[singling_adverbs]``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.relations.arguments import Argument, Candidate, resolve, resolve_all
from kgraph.extract.relations.clauses import singled_out
from kgraph.extract.relations.objects import pobjs_of
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import Actor, ActorIndex

COMPOSITION_VERBS = shipped_classes()["composition_verbs"]
# a body is formed of members, not a person or a place ("the city is made up of districts")
NO_BODY = frozenset((ActorType.PERSON, ActorType.LOCATION))
NO_MEMBER = frozenset((ActorType.LOCATION, ActorType.MILITARY_OPERATION))
# the named bodies a member is singled out of ("Western countries, notably Britain" is no body)
NAMED_BODIES = frozenset(
    (ActorType.INTERNATIONAL_ORGANIZATION, ActorType.ORGANIZATION, ActorType.ARMED_GROUP)
)
OF = frozenset(("of",))
STRENGTH = 0.7


def _member_tokens(verb: Token) -> list[Token]:
    """Return the words naming the members: the "of" (or "by") phrase.

    "made up *in part* by X" keeps its "by"; "a mix of X and Y" names X and Y.
    """
    tokens = [
        p
        for prep in verb.children
        if (prep.dep_ == "prep" and prep.lower_ == "of")
        or (prep.dep_ == "agent" and prep.lower_ == "by")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    out: list[Token] = []
    for token in tokens:
        inner = pobjs_of(token, OF)
        out.extend(inner if token.lemma_.lower() in ("mix", "combination") else [token])
    return out


def _body_tokens(verb: Token) -> list[Token]:
    """Return the body formed: the subject, or the noun a participle clause hangs on."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects
    if verb.dep_ == "acl" or (verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG")):
        # "The SDF, made up of …" (a participle read as an adverbial clause: its subject)
        if verb.dep_ == "acl":
            return [verb.head]
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return []


def composed_of(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "The council, made up of six states, met": each state is a member of it."""
    lemma = verb.lemma_.lower()
    if lemma not in COMPOSITION_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return
    if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return  # "made of steel", "made by hand"
    bodies = [a for a in resolve_all(_body_tokens(verb), actors) if a.actor.type not in NO_BODY]
    members = [
        a for a in resolve_all(_member_tokens(verb), actors) if a.actor.type not in NO_MEMBER
    ]
    for body in bodies[:1]:
        for member in members:
            if member.actor.id != body.actor.id:
                yield Candidate(
                    "memberOf",
                    member,
                    Argument(body.actor, body.token, body.quality, 1),
                    verb,
                    verb,
                    STRENGTH,
                )


def singled_members(token: Token, actor: Actor, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "our Coalition partners, especially the Turks": Turkey is a member of the Coalition."""
    if actor.type not in NAMED_BODIES or actor.label.islower():
        return
    body = Argument(actor, token, 1.0, 1)
    for child in token.children:
        member = resolve(child, actors) if singled_out(child) else None
        if member is None or member.actor.type in NO_MEMBER:
            continue
        if member.actor.id != actor.id:
            yield Candidate("memberOf", member, body, child, child, STRENGTH)
