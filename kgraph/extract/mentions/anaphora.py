"""Which "it" refers, and to what kind of actor (resolved in :mod:`kgraph.extract.actors.pronouns`).

"Hamas said on Monday that *it* would release the hostages. *It* also freed two
workers": "it" is a body — a state, a government, an organisation, an armed
group, a military — never a person or a place, and singular. It goes to the
nearest such actor of its own sentence or the one before, the subject first
(as "they" does in :mod:`kgraph.extract.actors.pronouns`); a subject "it" with nothing
before it in its sentence goes to the nearest singular subject of the three
sentences before, passing over a person ("Lula spoke. It …") and stopping at
a thing ("The meeting lasted hours. It …": none). An object "it" never means
its own clause's subject ("Iran said the US attacked it": Iran, not the US).

"It" is also the dummy subject of English ("it is clear that", "it seems",
"it was Iran that …", "it takes time"); those are no mentions:
:func:`referring_it` keeps only an "it" that is the subject of a verb with a
content of its own, or the object of one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.mentions.actor_words import (
    ANAPHOR_NOUNS,
    CONTRAST_MODIFIERS,
    DEFINITE,
    GOVERNMENT_NOUNS,
    GROUP_HEADS,
    MILITARY_NOUNS,
    PERSON_HEADS,
)
from kgraph.extract.mentions.coalitions import COALITION_WORD
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

# bodies "it" can stand for
IT_TYPES = frozenset(
    {ActorType.STATE, ActorType.GOVERNMENT, ActorType.ORGANIZATION, ActorType.ARMED_GROUP,
     ActorType.CRIMINAL_ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION, ActorType.MEDIA,
     ActorType.MILITARY}
)  # fmt: skip
# verbs whose subject "it" is a dummy: "it is clear", "it seems", "it takes time"
DUMMY_VERBS = shipped_classes()["dummy_verbs"]


def referring_it(token: Token) -> bool:
    """Return whether an "it" refers: "*it* would release …", "attacked *it*".

    Not the dummy subject of "it is clear that …", "it seems", "it takes".
    """
    if token.lower_ != "it" or token.dep_ == "expl":
        return False
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in DUMMY_VERBS
    return token.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "ADP")


_MODIFIER_DEPS = frozenset({"amod", "compound"})


def described_from(noun: Token, taken: Sequence[bool]) -> int | None:
    """Return where a definite description with modifiers starts: "the *terrorist group*".

    "Al-Shabaab claimed the bombing; Kenya vowed to crush this militant group": the
    words between "the"/"this"/"that" and an anaphoric noun are plain modifiers of
    it (no name, number or word of another one, ``[contrast_modifiers]``: "the
    rival group" is not the one named before). A noun before it that names an actor
    names another one, the owner ("the coalition campaign", "the army offensive"),
    and so does any noun before an operation's noun. Returns the first modifier's
    index, None when the noun has no such modifier or no determiner before them.
    """
    doc = noun.doc
    operation = ActorType.MILITARY_OPERATION in ANAPHOR_NOUNS.get(noun.lower_, ())[:1]
    i = noun.i - 1
    while i >= 0 and _plain_modifier(doc[i], noun, taken, nouns=not operation):
        i -= 1
    if i == noun.i - 1 or i < 0 or taken[i] or doc[i].lower_ not in DEFINITE:
        return None
    return i + 1


def _plain_modifier(tok: Token, noun: Token, taken: Sequence[bool], *, nouns: bool) -> bool:
    if tok.pos_ == "NOUN" and (not nouns or _actor_word(tok.lemma_.lower())):
        return False
    return (
        not taken[tok.i]
        and tok.dep_ in _MODIFIER_DEPS
        and tok.head.i <= noun.i
        and tok.head.i > tok.i
        and tok.pos_ in ("ADJ", "NOUN", "VERB")
        and not tok.ent_type_
        and not tok.like_num
        and tok.lower_ not in CONTRAST_MODIFIERS
    )


def _actor_word(word: str) -> bool:
    return (
        word in ANAPHOR_NOUNS
        or (word in GROUP_HEADS and word not in PERSON_HEADS)  # "the separatist group"
        or word in GOVERNMENT_NOUNS
        or word in MILITARY_NOUNS
        or word == COALITION_WORD
    )
