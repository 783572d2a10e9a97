"""Fixed phrases of harm and detention whose doer or undergoer no trigger reaches.

* :func:`custody_takers` — a verb of custody with a custody noun in its "into",
  "under" or "in" phrase (the ``custody_verbs`` and ``custody_nouns`` classes):
  "police *took* the activist *into custody*", "he was *placed under house arrest*
  by the army", "*held* them *in detention*" → the doer ``arrests`` the object
  (CAMEO 173).
* :func:`captive_takers` — a verb of taking or holding whose object the parser
  reads as a modifier of "hostage", "captive" or "prisoner" ("*took* 276
  schoolgirls *hostage*"), or whose object is predicated one ("*held* the
  journalist *captive*"): a hostage or captive is abducted (``assaults``, CAMEO
  181, as "kidnap"), a prisoner captured (``arrests``, CAMEO 173, as "capture").
* :func:`hands_doers` — "at the hands of X" names the doer of a death or a harm
  told without one: "protesters *died at the hands of* security forces" → the
  forces ``kills`` them; "were tortured at the hands of guards", "suffered torture
  at the hands of guards" → ``assaults``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of
from kgraph.extract.relations.antecedents import force_predicate
from kgraph.extract.relations.arguments import conjuncts, is_passive, resolve_all, verb_subjects
from kgraph.extract.relations.casualties import toll_victims
from kgraph.extract.relations.objects import pair_candidates, pobjs_of
from kgraph.model import ActorType
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.relations.arguments import Argument, Candidate
    from kgraph.model import ActorIndex

CUSTODY_VERBS = shipped_classes()["custody_verbs"]
CUSTODY_NOUNS = shipped_classes()["custody_nouns"]
HOSTAGE_NOUNS = shipped_classes()["hostage_nouns"]
PRISONER_NOUNS = shipped_classes()["prisoner_nouns"]
HANDS_NOUNS = shipped_classes()["hands_nouns"]
CUSTODY_PREPS = frozenset(("into", "under", "in"))
TAKING_VERBS = frozenset(("take", "hold", "keep"))
ARRESTS: Predicate = "arrests"
ASSAULTS: Predicate = "assaults"
STRENGTH = 0.75
PEOPLE = frozenset((ActorType.PERSON, ActorType.GROUP, ActorType.MILITARY))


def _undergoers(verb: Token) -> list[Token]:
    """Return the verb's object, or its subject when passive ("was taken into custody")."""
    dep = "nsubjpass" if is_passive(verb) else "dobj"
    return [t for c in verb.children if c.dep_ == dep for t in conjuncts(c)]


def _doers(verb: Token, noun: Token, actors: ActorIndex) -> list[Argument]:
    """Return the verb's logical subject, or a "by" phrase the parser hung on the noun."""
    subj_tokens, hops = verb_subjects(verb)
    doers = resolve_all(subj_tokens, actors, hops=hops)
    return doers or resolve_all(pobjs_of(noun, frozenset(("by",))), actors, hops=2)


def custody_takers(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Egyptian police took the blogger into custody": the police arrest the blogger.

    Also the passive ("was placed under house arrest by the army") and "held in
    detention". A verb without a custody noun ("took the town", "held talks") gives
    nothing here.
    """
    if verb.pos_ != "VERB" or lemma_of(verb) not in CUSTODY_VERBS:
        return
    # the phrase on the verb, or on its object ("placed [an activist under house arrest]")
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    nouns = [
        n for h in holders for n in pobjs_of(h, CUSTODY_PREPS) if n.lemma_.lower() in CUSTODY_NOUNS
    ]
    if not nouns:
        return
    held = resolve_all(_undergoers(verb), actors)
    yield from pair_candidates(
        ARRESTS, _doers(verb, nouns[0], actors), held, verb, nouns[0], STRENGTH
    )


def _captive_predicate(noun: Token) -> Predicate | None:
    lemma = noun.lemma_.lower()
    if lemma in HOSTAGE_NOUNS:
        return ASSAULTS
    return ARRESTS if lemma in PRISONER_NOUNS else None


def _captives(verb: Token) -> tuple[Predicate | None, Token | None, list[Token]]:
    """Return what taking a captive is, its noun and the captives, else (None, None, [])."""
    for child in verb.children:
        predicate = _captive_predicate(child)
        if predicate is None:
            continue
        if child.dep_ == "dobj" and child.tag_ == "NN":
            # "took 276 schoolgirls hostage": the captives (plural) modify it, or are a
            # second object; "held the government hostage" names no captives
            mods = [c for c in child.children if c.dep_ == "compound" and c.tag_ == "NNS"]
            # "took the employees hostage": the captives as a second object
            mods = mods or [c for c in verb.children if c.dep_ == "dative"]
            if mods:
                return predicate, child, [t for m in mods for t in conjuncts(m)]
        elif child.dep_ in ("oprd", "xcomp", "acomp"):  # "held the journalist captive"
            return predicate, child, _undergoers(verb)
    return None, None, []


def captive_takers(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Boko Haram took 276 schoolgirls hostage": Boko Haram abducts the schoolgirls.

    "Held the journalist captive" is the same abduction; "took 40 soldiers prisoner"
    a capture (``arrests``). "Took the hostages to a camp" names no taking of them;
    only people are held hostage ("held the government hostage" is a figure).
    """
    if verb.pos_ != "VERB" or lemma_of(verb) not in TAKING_VERBS:
        return
    predicate, noun, captives = _captives(verb)
    if predicate is None or noun is None:
        return
    subj_tokens, hops = verb_subjects(verb)
    doers = resolve_all(subj_tokens, actors, hops=hops)
    # people are taken hostage; "holding the government hostage" is a figure of speech
    held = [a for a in resolve_all(captives, actors) if a.actor.type in PEOPLE]
    yield from pair_candidates(predicate, doers, held, verb, noun, STRENGTH)


def _hands_doers(word: Token) -> list[Token]:
    """Return the "of" phrase of an "at the hands of" phrase on a word."""
    hands = [n for n in pobjs_of(word, frozenset(("at",))) if n.lower_ in HANDS_NOUNS]
    return [t for h in hands for o in pobjs_of(h, frozenset(("of",))) for t in conjuncts(o)]


def _suffered_harm(verb: Token) -> tuple[Predicate | None, list[Token]]:
    """Return the harm a verb's object names and its undergoers: "suffered *torture*"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        predicate = force_predicate(obj)
        if predicate in ("kills", ASSAULTS):
            return predicate, [c for c in verb.children if c.dep_ == "nsubj"]
    return None, []


def hands_doers(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "the protesters died at the hands of security forces": the forces kill them.

    The verb is one of dying, a passive of harm with no agent ("were tortured at the
    hands of guards"), or one whose object is a harm ("suffered abuse at the hands
    of X"). "Suffered a defeat at the hands of X" names no harm and gives nothing.
    """
    if verb.pos_ != "VERB":
        return
    doer_tokens = _hands_doers(verb)
    if not doer_tokens:
        return
    predicate, patients = toll_victims(verb)
    if predicate is None:
        predicate, patients = _suffered_harm(verb)
    if predicate is None:
        return
    doers = resolve_all(doer_tokens, actors, hops=3)
    victims = resolve_all([t for p in patients for t in conjuncts(p)], actors)
    yield from pair_candidates(predicate, doers, victims, verb, verb, STRENGTH)


READERS = (custody_takers, captive_takers, hands_doers)
