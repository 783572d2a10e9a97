"""Appointments: the one appointed to an office joins the body that appoints it.

* :func:`appointed` — "the UN appointed Staffan de Mistura as its envoy", "X, who
  was appointed by the council, …": X is a member of the appointing body
  (``memberOf``; a person who appoints is no body to be a member of). "name"
  appoints only to a title ("named X as envoy", not "named X as a suspect").
* :func:`appointee_of_title` — the office an appointment names is the
  appointee's: "X was appointed *head* of the National Guard" (read by
  :mod:`kgraph.extract.relations.standing` as X leading the Guard).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import TITLES, lemma_of
from kgraph.extract.relations.arguments import (
    Candidate,
    is_passive,
    relative_antecedent,
    resolve_all,
    verb_subjects,
)
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

APPOINTING_VERBS = shipped_classes()["appointing_verbs"]
TITLE_WORDS = TITLES | shipped_classes()["person_nouns"] | shipped_classes()["office_heads"]
UNDONE_AUX = frozenset(("will", "would", "could", "may", "might", "should", "must", "can"))
STRENGTH = 0.75


def _office(verb: Token) -> Token | None:
    """Return the title an appointment names: "appointed X *as envoy*", "named X *chairman*"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
        if child.dep_ in ("oprd", "attr") and child.pos_ == "NOUN":
            return child
    return None


def _appointees(verb: Token) -> list[Token]:
    """Return who is appointed: the object, the passive's subject or its relative's noun."""
    dep = "nsubjpass" if is_passive(verb) else "dobj"
    found = [c for c in verb.children if c.dep_ == dep]
    found = [relative_antecedent(t) for t in found]
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN":
        found = [verb.head]  # "Janet Yellen, appointed by Obama, …"
    return found


def _done(verb: Token) -> bool:
    """Tell an appointment made, not one to come ("will appoint", "plans to appoint")."""
    if any(c.dep_ == "aux" and c.lower_ in UNDONE_AUX for c in verb.children):
        return False
    return not (
        verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def appointed(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "the UN appointed de Mistura as its envoy" as de Mistura's membership of the UN."""
    office = _office(verb)
    if lemma_of(verb) == "name" and (office is None or office.lemma_.lower() not in TITLE_WORDS):
        return  # "police named the man as a suspect"
    if not _done(verb):
        return
    subj_tokens, hops = verb_subjects(verb)
    bodies = [
        a
        for a in resolve_all(subj_tokens, actors, hops=hops)
        if a.actor.type is not ActorType.PERSON
    ]
    members = [
        a for a in resolve_all(_appointees(verb), actors) if a.actor.type is ActorType.PERSON
    ]
    for member in members:
        for body in bodies:
            if member.actor.id != body.actor.id:
                yield Candidate("memberOf", member, body, verb, verb, STRENGTH)


def appointee_of_title(title: Token) -> Token | None:
    """Return who holds the office an appointment names: "X was appointed *head* of Y"."""
    verb = title.head.head if title.dep_ == "pobj" and title.head.lower_ == "as" else title.head
    if title.dep_ not in ("pobj", "oprd", "attr") or verb.pos_ != "VERB":
        return None
    office = _office(verb) if lemma_of(verb) in APPOINTING_VERBS else None
    if office is None or office.i != title.i:
        return None
    appointees = _appointees(verb)
    return appointees[0] if appointees else None
