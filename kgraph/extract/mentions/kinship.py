"""Kin nouns and person nouns that describe a name: "the son of X", "X, a member and son of Y".

A kin noun with an owner ("the *son* of Ahmed Yassin", "Yassin's *wife*") names another
person than the owner: what is done to the son is not done to his father. It becomes a
mention (``KIN``) that the actor stage resolves to an unnamed person labelled by the noun
and the owner ("son of Ahmed Yassin"), or to nothing when the owner is unknown; a kin
noun in apposition to a name is that name ("Omar Farouk, *son* of …").

A noun joined by "and" to a noun in apposition describes the same name ("Hamza, the
al-Qaida *member and son* of Usama"): both are appositions, not a list of two people.
The nouns are the ``[kinship_nouns]`` and ``[person_nouns]`` classes of ``classes.txt``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.mentions.actor_words import KINSHIP_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

KIN_LABEL = "KIN"


def kin_owner(noun: Token) -> Token | None:
    """Return the word naming whose kin ``noun`` is: the "of" object or the possessor."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def kin_tokens(toks: list[Token], taken: list[bool]) -> Iterator[int]:
    """Yield the kin nouns with an owner that no other mention holds ("the *son* of X")."""
    for tok in toks:
        if taken[tok.i] or tok.pos_ != "NOUN" or tok.lemma_.lower() not in KINSHIP_NOUNS:
            continue
        if kin_owner(tok) is not None:
            yield tok.i


def apposition_conjuncts(noun: Token) -> list[Token]:
    """Return the person nouns joined by "and" to a noun in apposition ("member *and son*")."""
    words = KINSHIP_NOUNS | PERSON_NOUNS
    return [
        c for c in noun.conjuncts if c.i > noun.i and c.tag_ == "NN" and c.lemma_.lower() in words
    ]


def apposition_head(noun: Token) -> Token:
    """Return the noun in apposition that a conjunct of it hangs from ("member" for "son")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun
