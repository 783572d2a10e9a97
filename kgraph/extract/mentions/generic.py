"""Generic actors: unnamed groups of people named by what they are.

News reports most violence against and by people it does not name: "Iraqi
civilians", "the police", "Yemeni fighters", "49 people". The mention finder
(:mod:`kgraph.extract.mentions`) finds them by their head noun
(``GROUP_HEADS``), :mod:`kgraph.extract.actors.groups` gives them an actor with the
country of a state or demonym right before them, and these rules decide

* whether a head that is only a group when counted is one here
  (:func:`counted`: "49 people were killed", "dozens of people", not "people
  say");
* the CAMEO sector code of the group (:func:`group_sector`: civilians ``CVL``,
  police ``COP``, protesters ``OPP``, refugees ``REF``, students ``EDU`` …, after
  the Phoenix agent dictionary). Counted people are civilians unless a word of
  the phrase says otherwise ("49 people" → ``CVL``; "49 soldiers" → ``MIL``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.triggers import verb_trigger_at
from kgraph.extract.mentions.actor_words import (
    COUNTED_HEADS,
    COUNTERPART_HEADS,
    CRIME_WORD,
    DROP_MODIFIERS,
    GROUP_HEADS,
    GROUP_SECTORS,
    HARMED_HEADS,
    MEMBERSHIP_HEADS,
    QUALIFIED_HEADS,
    STANCE_HEADS,
)
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.model import Actor

# singular in form, plural in sense: "the police were …" (tagged NN as often as NNS)
COLLECTIVE_HEADS = frozenset({"police"})
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "EDU", "LAB", "AGR", "MED", "BUS", "LEG", "PTY"})
# quantity nouns whose "of" phrase is what is counted: "dozens of people"
QUANTITY_NOUNS = frozenset(
    {"dozens", "hundreds", "thousands", "millions", "scores", "tens", "number", "group",
     "crowd", "crowds", "handful", "lot", "lots", "majority", "hundred", "thousand", "dozen"}
)  # fmt: skip


def counted(head: Token) -> bool:
    """Return whether a head noun is counted: "*49* people", "*dozens* of people".

    "At least 49 people were killed" counts; "people say" and "the Iranian
    people" do not.
    """
    if any(c.dep_ == "nummod" or c.like_num for c in head.children):
        return True
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of":
        return prep.head.lower_ in QUANTITY_NOUNS or prep.head.like_num
    return False


# what is done to people that makes them victims, not a manner of speaking ("people say")
HARM_PREDICATES = frozenset({"kills", "assaults", "attacks", "targets", "arrests", "coerces"})


def harmed(head: Token) -> bool:
    """Return whether a head noun undergoes violence: "killed *people*", "*people* were shot".

    Its verb's trigger (``verb_trigger_at``) kills, assaults, attacks, targets,
    arrests or coerces, and the noun is its direct object or passive subject;
    conjoined verbs share the object ("shot and killed people").
    """
    if head.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = head.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verbs.append(verb.head)
    for v in verbs:
        trigger = verb_trigger_at(v) if v.pos_ == "VERB" else None
        if trigger is not None and trigger.predicate in HARM_PREDICATES:
            return True
    return False


def needs_count(word: str) -> bool:
    """Return whether ``word`` names a group only when counted ("people", "persons")."""
    return word in COUNTED_HEADS


def collective(word: str) -> bool:
    """Return whether a singular-looking head names a whole body: "the police"."""
    return word in COLLECTIVE_HEADS


def agrees(pronoun: Token, actor: Actor) -> bool:
    """Return whether a pronoun can stand for the actor: "he"/"she" a person, "it" a body.

    "They" a body or a group, never one person ("they shot them," Ajmal said).
    """
    word = pronoun.lower_
    person = actor.type is ActorType.PERSON
    if word in ("he", "she"):
        return person
    return not person


def civilian(label: str) -> bool:
    """Return whether an unnamed group is of civilians or a trade ("farmers", "children").

    Such groups belong to no armed owner named before them ("Baloch passengers"
    are not the Baloch Liberation Army) and a possessor is no tie ("Cameroon's
    farmers").
    """
    return group_sector(label) in CIVILIAN_SECTORS


def counterpart(label: str) -> bool:
    """Return whether an unnamed group is of the possessor's partners, not its members.

    "Our partners", "Russia's allies": other parties than the possessor, tied to it
    by the relation the noun names, so the possessor is no body they belong to.
    """
    words = label.lower().split()
    return bool(words) and words[-1] in COUNTERPART_HEADS


def group_sector(label: str) -> str | None:
    """Return the CAMEO sector of an unnamed group from its phrase ("Iraqi civilians" → CVL).

    The head (last word) decides; "49 people" are civilians.
    """
    words = label.lower().replace("-", " ").split()
    return GROUP_SECTORS.get(words[-1]) if words else None


_CLOSED = ("DET", "NUM", "PRON", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "ADV")


def names_stance(head: Token) -> bool:
    """Tell whether a stance head means the stance: "opposition *to* X", "the Taliban's opposition".

    A state's possessive keeps the group ("Venezuela's opposition boycotted the
    vote"); that of a body or a people does not.
    """
    return any(
        (c.dep_ == "prep" and c.lower_ == "to")
        or (c.dep_ == "poss" and c.ent_type_ in ("ORG", "NORP"))
        for c in head.children
    )


def of_body(head: Token, taken: list[bool]) -> bool:
    """Tell whether a head's "of" phrase is a mention found before: "members of *Hamas*"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return any(c.dep_ == "pobj" and taken[c.i] for c in prep.children)
    return False


def group_spans(
    doc: Doc, toks: list[Token], lower: list[str], taken: list[bool]
) -> Iterator[tuple[int, int]]:
    """Yield unnamed collectives as token ranges ("Iraqi *civilians*", "83 suspected traffickers").

    ``taken`` marks the words other mentions hold; the caller adds each range before
    asking for the next, so a group's words are not offered twice.
    """
    for tok in [toks[i] for i, w in enumerate(lower) if w in GROUP_HEADS]:
        if tok.pos_ not in ("NOUN", "PROPN") or taken[tok.i]:
            continue
        if tok.dep_ == "compound" or (tok.i + 1 < len(doc) and toks[tok.i + 1].pos_ == "NOUN"):
            continue
        first = tok.i
        while first > 0 and not taken[first - 1]:
            prev = toks[first - 1]
            if prev.is_punct and prev.text != "-":
                break
            if prev.head.i != tok.i and prev.head.i < first - 1 and prev.text != "-":
                break
            if prev.pos_ in _CLOSED and not (
                prev.pos_ == "VERB" and prev.dep_ in ("amod", "compound")
            ):
                break
            first -= 1
        while first < tok.i and (
            toks[first].lower_ in DROP_MODIFIERS or toks[first].like_num or toks[first].is_punct
        ):
            first += 1
        if _no_group(doc, tok, first, taken):
            continue
        yield first, tok.i + 1


def _no_group(doc: Doc, tok: Token, first: int, taken: list[bool]) -> bool:
    """Tell whether a group head from ``first`` names no group of its own here."""
    word = tok.lower_
    if word in STANCE_HEADS and names_stance(tok):
        return True  # "Russia's opposition to the plan": an objection, no group
    if word in QUALIFIED_HEADS:
        context = doc[first : min(len(doc), tok.i + 5)].text.lower()
        if not CRIME_WORD.search(context):
            return True
    if word in MEMBERSHIP_HEADS and of_body(tok, taken):
        return True  # "members of Hamas", "members of the armed group": that body
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return True  # "three members of the Senate — Grassley, Shaheen and Risch": the names
    if word == "forces" and first == tok.i:
        return True  # bare "forces": too vague to be an actor
    if word in HARMED_HEADS:
        return not harmed(tok)  # "attacked members of the tribe", not "added two members"
    # "people say": only "49 people", or people killed, are a group
    return needs_count(word) and not (counted(tok) or harmed(tok))
