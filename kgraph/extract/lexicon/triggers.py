"""The trigger lexicon: which verbs and nouns express which relation.

The tables are data (``kgraph/data/lexicon/``, read by :mod:`kgraph.extract.lexicon`);
this module gives the rule modules their names. Each trigger names the
prepositions that introduce its object ("talk *with*", "fight *against*"), so that
a prepositional phrase of place or time is not read as a participant.

Three tables drive the extractor, each a read-only view of the active lexicon
(the shipped one, or the one :func:`kgraph.extract.pipeline.extract_documents`
was given):

* :data:`VERBS`: verb lemma → :class:`Trigger`, with particle/preposition
  overrides in :data:`VERB_PREP` ("call on" → ``appealsTo``).
* :data:`NOUNS`: nominalisations ("talks", "sanctions", "designation") →
  :class:`Trigger`; :data:`VERB_NOUN` overrides the noun's predicate when a
  particular verb governs it ("lift sanctions" → ``yieldsTo``, "cut ties").
* :data:`LIGHT_VERBS`: verbs whose subject is the agent of a nominal trigger
  in their object ("X *imposed* sanctions on Y", "X *held* talks with Y").

The word classes (``classes.txt``) are the shipped ones, fixed per process.

>>> VERBS["designate"].predicate
'designates'
>>> verb_trigger("call", "on").predicate
'appealsTo'
>>> noun_trigger("sanction", "lift").predicate
'yieldsTo'
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, TypeVar

from kgraph.extract.lexicon.active import SetView, TableView, active
from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.schema import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.lexicon.loader import Lexicon

__all__ = ["Trigger"]

_T = TypeVar("_T")

VERBS: TableView[str, Trigger] = TableView("verbs")
# adjectives after "be"/"remain" that state an attitude to someone
ADJECTIVES: TableView[str, Trigger] = TableView("adjectives")
VERB_PREP: TableView[tuple[str, str], Trigger] = TableView("verb_prep")
NOUNS: TableView[str, Trigger] = TableView("nouns")
VERB_NOUN: TableView[tuple[str, str], str] = TableView("verb_noun")
# the nouns that only trigger under a verb of VERB_NOUN ("ties", "fire")
COMBO_NOUNS = SetView("combo_nouns")
KNOWN_VERBS = SetView("known_verbs")

_CLASSES = shipped_classes()
# particles the parser often takes for a preposition right after the verb ("fought off X")
PARTICLE_PREPS = _CLASSES["particle_preps"]
# objects of a verb-noun combination: "lifted the curfew *in* X", "demands *from* Y"
OVERRIDE_PREPS = _CLASSES["override_preps"]
# ... but where an act of force happens is no target of it: "opened fire on X *in* Kabul"
PLACE_PREPS = _CLASSES["place_override_preps"]
FORCE_OVERRIDES = frozenset({"attacks", "targets", "fightsAgainst", "kills", "assaults"})
# ... nor what an agreement or talks are about: "reached an agreement with X *on* Syria"
TOPIC_PREPS = _CLASSES["topic_override_preps"]
ACCORD_OVERRIDES = frozenset(
    {
        "expressesIntentToCooperateWith",
        "signsAgreementWith",
        "cooperatesWith",
        "consultsWith",
        "meetsWith",
        "negotiatesWith",
    }
)
LIGHT_VERBS = _CLASSES["light_verbs"]
CONTROL_PLANNED = _CLASSES["planning_control_verbs"]
CONTROL_ASPECT = _CLASSES["aspect_control_verbs"]
ENABLING = _CLASSES["enabling_verbs"]
OBJECT_CONTROL = ENABLING | _CLASSES["object_control_verbs"]
TITLES = _CLASSES["office_titles"]
LEADER_TITLES = _CLASSES["leader_titles"]
CLAUSE_NOUNS = _CLASSES["clause_nouns"]
WRAPPER_HEADS = _CLASSES["wrapper_heads"]
CLAUSAL = _CLASSES["clausal_predicates"]
PROTEST_STRIKES = _CLASSES["protest_strike_words"]
PLACE_NOUNS = _CLASSES["military_objective_nouns"]
MILITARY_NOUNS = _CLASSES["military_force_nouns"]
ENVOY_NOUNS = _CLASSES["envoy_nouns"]
SPEECH_DEMAND_VERBS = _CLASSES["speech_demand_verbs"]
STATIVE_PASSIVES = _CLASSES["stative_passives"]
RECEIVING_VERBS = _CLASSES["receiving_verbs"]
AID_NOUNS = _CLASSES["aid_nouns"]
BACKING_VERBS = _CLASSES["backing_verbs"]
AFFILIATION_WORDS = _CLASSES["affiliation_words"]
UNDERTAKING_NOUNS = _CLASSES["undertaking_nouns"]
REGARDING_VERBS = _CLASSES["regarding_verbs"]


def is_backing(token: Token) -> bool:
    """Tell a participle of sponsorship with its sponsor: "backed by Iran", "funded by X".

    It states a standing tie (``affiliatedWith``), not an act of support.
    """
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("acl", "advcl")
        and token.lemma_.lower() in BACKING_VERBS
        and any(c.dep_ == "agent" for c in token.children)
    )


def lemma_of(token: Token) -> str:
    """Return a verb's lemma, mending the lemmatizer's slips on words of the lexicon.

    spaCy's lookup lemmatizer sometimes strips too much ("staged" → "stag");
    when its lemma is not a known verb but a regular inflection of the word
    is, the known verb wins.
    """
    if token.pos_ != "VERB":
        return token.lemma_.lower()
    return _kept(token, "kgraph.lemma_of", lambda lex: _verb_lemma(token, lex.known_verbs))


def _kept(token: Token, key: str, compute: Callable[[Lexicon], _T]) -> _T:
    """Return ``compute(lexicon)`` for a token, kept on its document per active lexicon.

    The rules ask the same verb's lemma and trigger many times; the answer is
    stored in ``doc.user_data`` and recomputed only under another lexicon.
    """
    cache: dict[int, tuple[Lexicon, _T]] = token.doc.user_data.setdefault(key, {})
    lex = active()
    kept = cache.get(token.i)
    if kept is None or kept[0] is not lex:
        kept = cache[token.i] = (lex, compute(lex))
    return kept[1]


def _verb_lemma(token: Token, known: Collection[str]) -> str:
    lemma = token.lemma_.lower()
    if lemma in known:
        return lemma
    word = token.lower_
    for cut, add in (
        ("d", ""),
        ("ed", ""),
        ("s", ""),
        ("es", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ied", "y"),
        ("ies", "y"),
    ):
        if word.endswith(cut):
            candidate = word[: len(word) - len(cut)] + add
            if candidate in known:
                return candidate
    return lemma


def verb_trigger(lemma: str, particle: str | None = None) -> Trigger | None:
    """Return the trigger for a verb lemma, taking its particle into account."""
    lex = active()
    if particle is not None:
        found = lex.verb_prep.get((lemma, particle))
        if found is not None:
            return found
    found = lex.verbs.get(lemma)
    if found is None and lex.fallback is not None:
        return lex.fallback(lemma)  # a guess by word vectors (source "vector")
    return found


def verb_trigger_at(verb: Token) -> Trigger | None:
    """Return the trigger a verb states with its particle or, lacking one, a preposition.

    "opened up" reads the particle; "liberated Dabiq from ISIL", and "liberated the
    town of Dabiq from ISIL", where the parser hangs the preposition on the object,
    read the preposition after the bare verb. The answer is kept per document
    (:func:`_kept`).
    """
    return _kept(verb, "kgraph.verb_trigger_at", lambda _lex: _verb_trigger_at(verb))


def _misread_particle(verb: Token, after: Token) -> bool:
    """Tell whether the word right after a verb is its particle, parsed as something else.

    A preposition on the verb ("fought *off* the attackers") or a number's modifier
    ("handed *over* three hostages"), never the "at" of "shot at least five".
    """
    if after.dep_ == "prep":
        return after.head == verb
    following = after.nbor(1).lower_ if after.i + 1 < len(after.doc) else ""
    return after.dep_ == "quantmod" and following not in ("", "least", "most")


def _verb_trigger_at(verb: Token) -> Trigger | None:
    particle = None
    for child in verb.children:
        if child.dep_ == "prt":
            particle = child.lower_
    lemma = lemma_of(verb)
    if particle is not None:
        return verb_trigger(lemma, particle)
    # a particle the parser took for a preposition or a number's modifier right after
    # the verb: "fought *off* the attackers", "handed *over* three hostages"
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ in PARTICLE_PREPS and _misread_particle(verb, after):
        trig = active().verb_prep.get((lemma, after.lower_))
        if trig is not None:
            return trig
    trig = verb_trigger(lemma, None)
    if trig is not None:
        return trig
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    for child in (c for h in (verb, *dobjs) for c in h.children):
        if child.dep_ == "prep" and (child.head == verb or child.lower_ != "of"):
            trig = verb_trigger(lemma, child.lower_)
            if trig is not None:
                return trig
    return None


def noun_trigger(lemma: str, governor: str | None = None) -> Trigger | None:
    """Return the trigger for a noun lemma, overridden by its governing verb."""
    lex = active()
    if governor is not None:
        override = lex.verb_noun.get((governor, lemma))
        base = lex.nouns.get(lemma)
        if base is not None and override == base.predicate:
            # "took control of X": the verb confirms the noun, whose prepositions stand
            return Trigger(base.predicate, base.preps, False, 0.8)
        if override is not None:
            preps = (base.preps if base else frozenset()) | OVERRIDE_PREPS
            if override in FORCE_OVERRIDES:
                preps -= PLACE_PREPS
            elif override in ACCORD_OVERRIDES:
                preps -= TOPIC_PREPS
            return Trigger(override, preps, False, 0.8)
    return lex.nouns.get(lemma)
