"""Who holds a place, and who takes it from whom.

The place is a location the document names ("Raqqa", "the town of Raqqa"); the
holder is an armed side: an armed group, a military, a criminal organisation, a
state, a government or a coalition (not a person, a party or a crowd, whose
"stronghold" or "capture" of a place is a vote won).

Noun phrases and clauses that state a holding (read for every word):

* :func:`held_place_of` — "the *ISIS-held* town of Raqqa", "the rebel-controlled
  city of Idlib" → the holder ``controls`` the place ("ISIL-held Mosul", the
  participle on the name itself, is read in :mod:`.standing`);
* :func:`held_by` — "Raqqa, a city *held by* the militants", "Kismayo, which is
  *occupied by* al-Shabaab", "Gaza, *run by* Hamas" → the agent ``controls`` it;
* :func:`holds_place` — "the militants still *hold* Kunduz", "Hamas, which *runs*
  Gaza" → the subject ``controls`` the place (not "held Kabul responsible");
* :func:`in_control` — "the militants remain *in control of* Kunduz";
* :func:`under_control` — "Raqqa remains *under the control of* the militants",
  "Raqqa, *under ISIS control* since 2014", "aid reached Sanaa, which is under
  Houthi control" → the holder ``controls`` the place;
* :func:`grip_on` — "ISIS tightened its *grip on* Raqqa", "Russia's *hold on*
  Crimea" → the possessor ``controls`` the place (not "lost its grip on");
* :func:`armed_seat` — "Saada, a Houthi *stronghold*", "the Houthi stronghold of
  Saada", "Raqqa, the militants' self-declared *capital*" → the armed group
  ``controls`` the place (a state's capital is no holding of this kind).

Verbs and nouns of taking a place (read beside the verb's own trigger):

* :func:`taken_places` — "the rebels *captured* / *seized* / *overran* / *took* /
  *recaptured* / *liberated* Idlib", "Mosul was captured by ISIS" → the taker
  ``controls`` the place; with "from Z" ("seized the town of Manbij *from* IS
  militants") Z held it (``controls``, stated whatever became of the attempt) and
  the taker ``fightsAgainst`` Z; "retook villages *previously held by* the
  militants" is a fight against the militants too; an infinitive ("the campaign
  to liberate Mosul") and an idiom ("took Crimea for granted") take nothing;
* :func:`control_wrested` — "Kurdish forces *wrested control of* Manbij *from* IS"
  → IS held Manbij, and the Kurdish forces ``fightsAgainst`` it;
* :func:`place_taken_by_noun` — "ISIS's *capture of* Mosul", "the *recapture of*
  Palmyra by the army", "the Russian *occupation of* Crimea", "the *fall of* Mosul
  to ISIS" → the taker ``controls`` the place;
* :func:`place_passed` — "Mosul *fell to* the militants", "Ramadi was *lost to*
  ISIS", "the army lost the town to the rebels" → the party of the "to" phrase
  ``controls`` the place;
* :func:`ceded_places` — "the rebels *handed* Homs *over to* the army", "Britain
  *returned* Hong Kong *to* China", "*ceded control of* the town *to* X" → the
  receiver ``controls`` the place;
* :func:`driven_out` — "Kenyan troops *drove* al-Shabaab *out of* Kismayo",
  "the militants were *pushed from* the town by the army" → the subject
  ``fightsAgainst`` the armed party driven out (police driving protesters out of
  a square is no fight), and ``controls`` the place;
* :func:`fought_for_place` — "the rebels who *fought to free* the town", "fought
  to retake Kherson" → the fighters ``fightsAgainst`` the place they fight over.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of
from kgraph.extract.relations.arguments import (
    Argument,
    Candidate,
    is_passive,
    relative_antecedent,
    resolve_all,
    verb_subjects,
)
from kgraph.extract.relations.objects import pobjs_of
from kgraph.extract.syntax import infinitive_marker
from kgraph.model import ActorType
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

_CLASSES = shipped_classes()
HELD_WORDS = _CLASSES["held_participles"]
CAPTURE_VERBS = _CLASSES["capture_verbs"]
RETAKING_VERBS = _CLASSES["retaking_verbs"]
TAKING_VERBS = (CAPTURE_VERBS | RETAKING_VERBS) - _CLASSES["raid_verbs"]
PASSING_VERBS = _CLASSES["place_passing_verbs"]
HOLDING_VERBS = _CLASSES["holding_verbs"]
# "held Kabul responsible", "hold the city hostage": a judgement, not a holding
JUDGED_DEPS = frozenset(("oprd", "xcomp", "acomp", "ccomp", "advcl"))
TAKING_NOUNS = _CLASSES["place_taking_nouns"]
SEAT_NOUNS = _CLASSES["armed_seat_nouns"]
OUSTING_VERBS = _CLASSES["ousting_verbs"]
CEDING_VERBS = _CLASSES["ceding_verbs"]
TAKE_IDIOMS = _CLASSES["take_idiom_words"]
GRIP_NOUNS = _CLASSES["grip_nouns"]
LOSING_VERBS = _CLASSES["losing_verbs"] | _CLASSES["ending_verbs"]
ON = frozenset(("on",))
PART_MODIFIERS = _CLASSES["part_modifiers"]
# the ground a taking or a holding is of ("seized the town", "retook villages")
PLACE_NOUNS = _CLASSES["place_nouns"] | _CLASSES["military_objective_nouns"]
NAMING_NOUNS = _CLASSES["naming_place_nouns"]
FIGHT_VERBS = _CLASSES["fighting_verbs"]
CONTROLS: Predicate = "controls"
FIGHTS: Predicate = "fightsAgainst"
STRENGTH = 0.7
SIDES = frozenset(
    (
        ActorType.ARMED_GROUP,
        ActorType.MILITARY,
        ActorType.CRIMINAL_ORGANIZATION,
        ActorType.STATE,
        ActorType.GOVERNMENT,
        ActorType.INTERNATIONAL_ORGANIZATION,
    )
)
ARMED = frozenset((ActorType.ARMED_GROUP, ActorType.MILITARY, ActorType.CRIMINAL_ORGANIZATION))
OF = frozenset(("of",))
FROM = frozenset(("from",))
TO = frozenset(("to",))
BY = frozenset(("by",))


def _names_whole(noun: Token) -> bool:
    """Tell whether "the N of X" names X itself: "the town of Raqqa", not "a district of
    Aleppo", "the eastern district of Aleppo" or "the districts of Aleppo" (parts of it)."""
    if noun.tag_ != "NN":
        return False
    return not any(
        (c.dep_ == "det" and c.lower_ not in ("the", "this", "that"))
        or (c.dep_ == "amod" and c.lower_ in PART_MODIFIERS)
        for c in noun.children
    )


def _place(token: Token, actors: ActorIndex, hops: int = 1) -> Argument | None:
    """Return the place a word names: "Raqqa", or "the town of Raqqa" through its "of"."""
    token = relative_antecedent(token)
    actor = actors.actor_at(token.i)
    if actor is not None:
        return Argument(actor, token, 1.0, hops) if actor.type is ActorType.LOCATION else None
    if token.lemma_.lower() in NAMING_NOUNS and _names_whole(token):
        for pobj in pobjs_of(token, OF):
            inner = actors.actor_at(pobj.i)
            if inner is not None and inner.type is ActorType.LOCATION:
                return Argument(inner, pobj, 0.85, hops + 2)
    if token.dep_ == "appos":  # "Raqqa, a city held by the militants"
        return _place(token.head, actors, hops + 1)
    return None


def _places(tokens: list[Token], actors: ActorIndex, hops: int = 1) -> list[Argument]:
    """Return the places the words and their conjuncts name ("Raqqa and Tabqa")."""
    out: list[Argument] = []
    for token in tokens:
        for word in [token, *(c for c in token.children if c.dep_ == "conj")]:
            arg = _place(word, actors, hops)
            if arg is not None and all(a.actor.id != arg.actor.id for a in out):
                out.append(arg)
    return out


def _sides(tokens: list[Token], actors: ActorIndex, hops: int = 1) -> list[Argument]:
    """Return the armed sides the words name: not a person, a party, a crowd or a place."""
    return [a for a in resolve_all(tokens, actors, hops=hops) if a.actor.type in SIDES]


def _pairs(
    predicate: Predicate,
    subjects: list[Argument],
    objects: list[Argument],
    trigger: Token,
    clause: Token | None = None,
) -> Iterator[Candidate]:
    for subj in subjects:
        for obj in objects:
            if subj.actor.id != obj.actor.id:
                yield Candidate(predicate, subj, obj, trigger, trigger, STRENGTH, (), clause)


def _agents(verb: Token) -> list[Token]:
    """Return the "by" agents of a participle ("held *by* the militants")."""
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


# --- holdings stated in noun phrases and clauses -------------------------------------


def held_place_of(token: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Rebels shelled the *ISIS-held town of* Raqqa" → ISIS controls Raqqa."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in NAMING_NOUNS:
        return
    places = _places([token], actors)
    if not places:
        return
    for participle in token.children:
        if participle.dep_ in ("amod", "compound") and participle.lower_ in HELD_WORDS:
            owners = [c for c in participle.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            holders = _sides(owners, actors, hops=2)
            yield from _pairs(CONTROLS, holders, places, participle, clause=token)


def held_by(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Civilians fled Raqqa, a city *held by* the militants" → the militants control Raqqa.

    Also "Raqqa, which is held by the militants", "Raqqa is occupied by the
    militants" and "Gaza, run by Hamas".
    """
    if verb.lower_ not in HELD_WORDS or verb.tag_ != "VBN":
        return
    holders = _sides(_agents(verb), actors, hops=2)
    if not holders:
        return
    if verb.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubjpass" for c in verb.children):
        held = [verb.head]
    else:
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    yield from _pairs(CONTROLS, holders, _places(held, actors), verb)


def holds_place(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "The militants still *hold* the town of Kunduz", "Hamas, which *runs* Gaza"."""
    if lemma_of(verb) not in HOLDING_VERBS or is_passive(verb):
        return
    if any(c.dep_ in JUDGED_DEPS for c in verb.children):
        return
    places = _places([c for c in verb.children if c.dep_ == "dobj"], actors)
    if not places:
        return
    subj_tokens, hops = verb_subjects(verb)
    yield from _pairs(CONTROLS, _sides(subj_tokens, actors, hops=hops), places, verb)


def in_control(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "The militants remain *in control of* Kunduz" → the militants control Kunduz."""
    if noun.lemma_.lower() != "control" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return
    clause = noun.head.head
    if clause.pos_ not in ("VERB", "AUX"):
        return
    holders = _sides([c for c in clause.children if c.dep_ == "nsubj"], actors, hops=3)
    places = _places(pobjs_of(noun, OF), actors, hops=2)
    yield from _pairs(CONTROLS, holders, places, noun, clause)


def _held_under(prep: Token) -> list[Token]:
    """Return the words an "under … control" phrase puts under control.

    The noun it follows ("Sanaa, under Houthi control"), else the subject of the
    verb it hangs on ("Raqqa remains under …", "Raqqa, under ISIS control since
    2014, was bombed"), else that verb's object ("brought the town under its control").
    """
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN"):
        return [head]
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects or [c for c in head.children if c.dep_ == "dobj"]


def under_control(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Raqqa remains *under the control of* the militants" → the militants control Raqqa.

    The holder is the "of" phrase or the modifier of "control" ("under Houthi
    control", "under its control"); "in X's control" and "in the hands of X" ("the
    town fell into the hands of the rebels") say the same.
    """
    lemma = noun.lemma_.lower()
    if noun.dep_ != "pobj" or not (
        (lemma == "control" and noun.head.lower_ in ("under", "in"))
        or (noun.lower_ == "hands" and noun.head.lower_ in ("in", "into"))
    ):
        return
    places_named = pobjs_of(noun, OF) if lemma == "control" else []
    if places_named and noun.head.lower_ == "in":
        return  # "ISIS is in control of Raqqa": in_control
    owners = pobjs_of(noun, OF) or [
        c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
    ]
    holders = _sides(owners, actors, hops=2)
    if not holders:
        return
    prep = noun.head
    clause = prep.head if prep.head.pos_ in ("VERB", "AUX") else None
    yield from _pairs(CONTROLS, holders, _places(_held_under(prep), actors), noun, clause)


def grip_on(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "ISIS tightened its *grip on* Raqqa", "Russia's *hold on* Crimea" → a holding.

    Not when the holding is lost or ends ("lost its grip on", "its hold on Y ended").
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GRIP_NOUNS:
        return
    if lemma_of(noun.head) in LOSING_VERBS and noun.dep_ in ("dobj", "nsubj"):
        return
    held = pobjs_of(noun, ON)
    if not held and noun.dep_ == "dobj":  # the parser may hang "on Y" on the verb
        held = pobjs_of(noun.head, ON)
    places = _places(held, actors, hops=2)
    if not places:
        return
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
    if not owners and noun.dep_ == "dobj":  # "China has a firm grip on Hong Kong"
        owners = [c for c in noun.head.children if c.dep_ == "nsubj"]
    yield from _pairs(CONTROLS, _sides(owners, actors, hops=2), places, noun)


def _seat_holders(noun: Token, actors: ActorIndex) -> list[Argument]:
    """Return the armed groups whose seat a noun names ("ISIL's capital", "a Houthi stronghold")."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
    holders = resolve_all(owners, actors, hops=2)
    if not holders:
        holders = resolve_all(pobjs_of(noun, OF), actors, hops=2)
    return [h for h in holders if h.actor.type in ARMED]


def _seat_places(noun: Token, actors: ActorIndex) -> list[Argument]:
    """Return the place a seat noun stands for: its "of" phrase, the name it is in apposition with.

    "the Houthi stronghold of Saada", "Saada, a Houthi stronghold", "Raqqa is the
    militants' capital"; the parser may hang the apposition on the verb ("isolate
    Raqqa, ISIL's capital").
    """
    places = _places(pobjs_of(noun, OF), actors)
    if places:
        return places
    places = _places([c for c in noun.children if c.dep_ == "appos"], actors)
    if places:  # "ISIL's de facto capital, Raqqa"
        return places
    if noun.dep_ == "appos":
        return _places([noun.head], actors)
    if noun.dep_ == "attr":
        return _places([c for c in noun.head.children if c.dep_ == "nsubj"], actors)
    before = noun.left_edge.i - 1
    if noun.dep_ == "npadvmod" and before > 0 and noun.doc[before].text == ",":
        return _places([noun.doc[before - 1]], actors)
    return []


def armed_seat(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Jets bombed Saada, a *Houthi stronghold*" → the Houthis control Saada.

    The phrase from the holder to the noun is the trigger ("ISIL's self-proclaimed
    capital"): a description in passing, which an aim around it ("the operation to
    isolate ISIL's capital") does not make planned.
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SEAT_NOUNS:
        return
    places = _seat_places(noun, actors)
    for holder in _seat_holders(noun, actors):
        first, last = sorted((holder.token, noun), key=lambda t: t.i)
        for place in places:
            if holder.actor.id != place.actor.id:
                yield Candidate(CONTROLS, holder, place, first, last, STRENGTH, (), holder.token)


def held_places(token: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the holdings a word states in a noun phrase or a clause (see the module)."""
    if token.pos_ == "VERB":
        yield from held_by(token, actors)
        yield from holds_place(token, actors)
    elif token.pos_ == "NOUN":
        yield from held_place_of(token, actors)
        yield from under_control(token, actors)
        yield from in_control(token, actors)
        yield from control_wrested(token, actors)
        yield from grip_on(token, actors)
        yield from armed_seat(token, actors)
        yield from place_taken_by_noun(token, actors)


# --- taking a place ------------------------------------------------------------------


def _former_holders(verb: Token, objects: list[Token], actors: ActorIndex) -> list[Argument]:
    """Return the sides a place was taken from: "seized the town *from* X", "*from* X control".

    The "from" phrase may hang on the verb or on its object; "retook villages
    *previously held by* X" names the holder too.
    """
    tokens = pobjs_of(verb, FROM) + [t for o in objects for t in pobjs_of(o, FROM)]
    tokens += [t for o in objects for c in o.children if c.dep_ == "acl" for t in _agents(c)]
    return [
        a
        for a in _sides(tokens, actors, hops=2)
        if a.actor.type is not ActorType.LOCATION  # "seized the tanks from the airfield"
    ]


def _held_before(
    former: list[Argument], places: list[Argument], taking: Token
) -> Iterator[Candidate]:
    """Yield the former holder's control, told by its "from" phrase.

    "the campaign to liberate Raqqa *from* ISIL" states that ISIL holds Raqqa,
    whatever becomes of the campaign: the "from" is the trigger, and the place the
    clause the modality is read at.
    """
    for holder in former:
        word = holder.token
        for _ in range(3):
            if word.lower_ == "from" or word.head.i == word.i:
                break
            word = word.head
        trigger = word if word.lower_ == "from" else taking
        for place in places:
            if holder.actor.id != place.actor.id:
                yield Candidate(
                    CONTROLS, holder, place, trigger, trigger, STRENGTH, (), place.token
                )


def taken_places(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Kurdish fighters *seized* the town of Manbij *from* IS militants".

    The fighters control Manbij, IS held it and the fighters fight IS. An
    infinitive ("the campaign to liberate Mosul from IS") tells who holds the
    place, not that it was taken.
    """
    lemma = lemma_of(verb)
    if lemma not in TAKING_VERBS:
        return
    if lemma == "take" and any(
        c.lower_ in TAKE_IDIOMS and c.dep_ != "agent" for c in verb.children
    ):
        return  # "took Crimea for granted", "took Geneva by surprise"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    places = _places(objects, actors)
    subj_tokens, hops = verb_subjects(verb)
    takers = _sides(subj_tokens, actors, hops=hops)
    if infinitive_marker(verb) is None:  # "the operation to liberate Mosul" has not yet
        yield from _pairs(CONTROLS, takers, places, verb)
    grounds = [o for o in objects if o.lemma_.lower() in PLACE_NOUNS or _place(o, actors)]
    if not grounds:  # "took ownership of the islands from France": no ground taken
        return
    former = _former_holders(verb, grounds, actors)
    # the former holder held the place whatever became of the attempt to take it
    yield from _held_before(former, places, verb)
    # taking ground from a state is its coercion or occupation (coded by the verb's trigger)
    yield from _pairs(FIGHTS, takers, [f for f in former if f.actor.type in ARMED], verb)


def control_wrested(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Kurdish forces *wrested control of* Manbij *from* IS" → IS held Manbij.

    The taker's own control is the verb-noun trigger's; a fight with an armed
    former holder is read too.
    """
    if noun.lemma_.lower() != "control" or noun.dep_ != "dobj":
        return
    verb = noun.head
    former = _sides(pobjs_of(verb, FROM) + pobjs_of(noun, FROM), actors, hops=2)
    if not former:
        return
    places = _places(pobjs_of(noun, OF), actors, hops=2)
    yield from _held_before(former, places, noun)
    if places:
        subj_tokens, hops = verb_subjects(verb)
        takers = _sides(subj_tokens, actors, hops=hops)
        yield from _pairs(FIGHTS, takers, [f for f in former if f.actor.type in ARMED], verb)


def place_taken_by_noun(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "ISIS's *capture of* Mosul", "the *fall of* Mosul *to* ISIS" → ISIS controls Mosul."""
    lemma = noun.lemma_.lower()
    if lemma == "fall":
        takers = _sides(pobjs_of(noun, TO), actors, hops=2)
    elif lemma in TAKING_NOUNS:
        by = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
        by += pobjs_of(noun, BY) + _agents(noun)
        takers = _sides(by, actors, hops=2)
    else:
        return
    places = _places(pobjs_of(noun, OF), actors)
    yield from _pairs(CONTROLS, takers, places, noun)
    former = _sides(pobjs_of(noun, FROM), actors, hops=2)
    yield from _held_before(former, places, noun)
    yield from _pairs(FIGHTS, takers, [f for f in former if f.actor.type in ARMED], noun)


def place_passed(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Mosul *fell to* the militants", "Ramadi was *lost to* ISIS" → they control it."""
    if lemma_of(verb) not in PASSING_VERBS:
        return
    takers = _sides(pobjs_of(verb, TO), actors, hops=2)
    if not takers:
        return
    if lemma_of(verb) == "fall" or any(c.dep_ == "nsubjpass" for c in verb.children):
        places = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        places = [c for c in verb.children if c.dep_ == "dobj"]
    yield from _pairs(CONTROLS, takers, _places(places, actors), verb)


def ceded_places(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "The rebels *handed* Homs *over to* the army", "Britain *returned* Hong Kong
    *to* China", "*ceded control of* the town *to* X" → the receiver controls the place."""
    if lemma_of(verb) not in CEDING_VERBS:
        return
    receivers = _sides(pobjs_of(verb, TO), actors, hops=2)
    if not receivers:
        return
    given = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    given = [t for g in given for t in (pobjs_of(g, OF) if g.lemma_.lower() == "control" else [g])]
    yield from _pairs(CONTROLS, receivers, _places(given, actors), verb)


def _out_of(verb: Token) -> list[Token]:
    """Return the places a verb drives its object from: "out of X", "from X"."""
    out = pobjs_of(verb, FROM)
    for child in verb.children:
        if child.lower_ == "out" and child.dep_ in ("prep", "prt", "advmod"):
            out += pobjs_of(child, OF)
    return out


def driven_out(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "Kenyan troops *drove* al-Shabaab *out of* Kismayo" → a fight, and Kismayo held."""
    if lemma_of(verb) not in OUSTING_VERBS:
        return
    spots = _out_of(verb)
    if not spots:
        return
    ousted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    foes = [a for a in resolve_all(ousted, actors, hops=1) if a.actor.type in ARMED]
    if not foes:
        return
    subj_tokens, hops = verb_subjects(verb)
    # a parliament voting to expel foreign troops fights no one
    takers = [a for a in resolve_all(subj_tokens, actors, hops=hops) if a.actor.type in ARMED]
    yield from _pairs(FIGHTS, takers, foes, verb)
    yield from _pairs(CONTROLS, takers, _places(spots, actors), verb)


def _aimed_at(word: Token) -> list[Token]:
    """Return the place a word of taking under "to" names: its object, or the word itself
    when the taking verb was parsed as its modifier ("to *free* X")."""
    if word.lemma_.lower() in TAKING_VERBS:
        return [c for c in word.children if c.dep_ == "dobj"]
    if any(m.dep_ == "amod" and m.lemma_.lower() in TAKING_VERBS for m in word.children):
        return [word]
    return []


def _fought_over(verb: Token) -> list[Token]:
    """Return the places a fight aims to take: "fought to free X".

    The parser may make "to free" a prepositional phrase, with the verb as its
    object or as a modifier of the place.
    """
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and lemma_of(child) in TAKING_VERBS:
            out += [c for c in child.children if c.dep_ == "dobj"]
        elif child.dep_ == "prep" and child.lower_ == "to":
            out += [t for p in child.children if p.dep_ == "pobj" for t in _aimed_at(p)]
    return out


def fought_for_place(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "We thank the rebels who *fought to free* Kobani" → the rebels fight over Kobani."""
    if lemma_of(verb) not in FIGHT_VERBS:
        return
    places = _places(_fought_over(verb), actors)
    if not places:
        return
    subj_tokens, hops = verb_subjects(verb)
    yield from _pairs(FIGHTS, resolve_all(subj_tokens, actors, hops=hops), places, verb)


READERS = (taken_places, place_passed, ceded_places, driven_out, fought_for_place)
