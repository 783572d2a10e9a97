"""Find a trigger's objects beyond the direct object, and pair them with its subjects.

* prepositional objects, one level deep too ("spoke by telephone with X");
* objects inside the clause a control word governs ("threatened to cut off
  electricity to X");
* the recipient of a dative ("gave Turkey aid");
* the quantity on an object ("destroyed at least 21 vessels").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of, noun_trigger, verb_trigger
from kgraph.extract.relations.arguments import Argument, Candidate, resolve_all, verb_subjects
from kgraph.model import ActorType
from kgraph.predicates import Predicate
from kgraph.vocabulary import HOSTILE, RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

# the clauses whose objects a control trigger may take as its own
INNER_CLAUSES = {
    "threatens": ("xcomp",),
    "expressesIntentToCooperateWith": ("xcomp",),
    "rejects": ("xcomp",),
    "demands": ("xcomp", "ccomp", "acl"),
    "appealsTo": ("xcomp", "ccomp"),
    "criticizes": ("xcomp",),
    "protestsAgainst": ("xcomp", "advcl", "acl"),  # "rallied to demand …", "calling for …"
}
RECIPROCAL = frozenset(("expressesIntentToCooperateWith", "cooperatesMateriallyWith"))
INNER_PREPS = frozenset(["to", "against", "on", "with", "from", "in", "into", "for", "at"])
MEMBERSHIP_BODIES = frozenset(
    (
        ActorType.INTERNATIONAL_ORGANIZATION,
        ActorType.ARMED_GROUP,
        ActorType.ORGANIZATION,
        ActorType.MILITARY,
        ActorType.CRIMINAL_ORGANIZATION,
    )
)
TOPIC_PREPS = frozenset(["on", "in", "at", "for", "over", "about"])
VENUE_PREPS = frozenset(("in",))  # "protest at X" names a target
# "spoke with X about his trip to Y": a topic phrase holds no participant
TOPIC_ONLY_PREPS = shipped_classes()["topic_prepositions"]
# "asked while en route to X": a journey's "to" phrase is its destination
PATH_NOUNS = shipped_classes()["path_nouns"]
SUPPORT_WORDS = shipped_classes()["support_words"]
FORCE_PREDICATES = frozenset(("attacks", "fightsAgainst", "targets", "assaults", "kills"))
# force and its build-up are not aimed at the side they back: "deployed troops in support of X"
UNAIMED_AT_BACKED = FORCE_PREDICATES | {"mobilizesAgainst"}
# "cut ties with X over its ties with Y": a grievance phrase holds no party to the act
REASON_PREPS = frozenset(("over",))
# the first word of a two-word preposition the parser splits: "pulled *out* of X"
COMPOUND_PREP_HEADS = frozenset(("out", "away"))
# "fought *side* by side with X", "*shoulder* to shoulder with X": with X, not against X
COMPANION_WORDS = frozenset(("side", "shoulder"))


def pair_candidates(
    predicate: Predicate,
    subjects: list[Argument],
    objects: list[Argument],
    trigger: Token,
    last: Token,
    strength: float,
    attributes: tuple[tuple[str, str], ...] = (),
    clause: Token | None = None,
) -> Iterator[Candidate]:
    """Yield a candidate for each subject–object pair of different actors.

    With no object, coordinated subjects of a symmetric or reciprocal predicate pair up
    with each other ("France and Germany cooperated").
    """
    for subj in subjects:
        for obj in objects:
            if subj.actor.id != obj.actor.id:
                yield Candidate(predicate, subj, obj, trigger, last, strength, attributes, clause)
    kind = RELATIONS.get(predicate)
    if (
        not objects
        and kind is not None
        and len(subjects) > 1
        and (kind.symmetric or predicate in RECIPROCAL or each_other(trigger))
        and not any(_agent_above(s.token, trigger) for s in subjects)
    ):
        # "France and Germany cooperated" → each pair once (both ways when not symmetric)
        for i, first in enumerate(subjects):
            for second in subjects[i + 1 :]:
                if first.actor.id != second.actor.id:
                    yield Candidate(predicate, first, second, trigger, last, strength, attributes)
                    if not kind.symmetric:
                        yield Candidate(
                            predicate, second, first, trigger, last, strength, attributes
                        )


def subject_pairs(
    predicate: Predicate,
    verb: Token,
    objects: list[Argument],
    actors: ActorIndex,
    strength: float,
) -> Iterator[Candidate]:
    """Yield the verb's own subjects paired with ``objects``, the verb as the trigger.

    The last step of the readers that find an act's objects below its verb: "Iran
    launched missiles at Israel" → Iran and the objects found for "at".
    """
    subj_tokens, hops = verb_subjects(verb)
    subjects = resolve_all(subj_tokens, actors, hops=hops)
    yield from pair_candidates(predicate, subjects, objects, verb, verb, strength)


def each_other(trigger: Token) -> bool:
    """Tell whether the trigger's object is "each other" or "one another".

    "Serbia and Kosovo blamed each other for the violence": each side does the act to
    the other, whatever the predicate.
    """
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [p for prep in trigger.children if prep.dep_ == "prep" for p in prep.children]
    pairs = (("other", "each"), ("another", "one"), ("one", "another"))  # either parse
    return any(
        o.lower_ == word and any(c.lower_ == mate for c in o.children)
        for o in objects
        for word, mate in pairs
    )


def _agent_above(subject: Token, trigger: Token) -> bool:
    """Tell whether a subject is the "by" agent of a passive above the trigger, not its own.

    "a meeting requested by the US, Britain and Japan to discuss X": the requesters ask
    for the talks, they do not hold them with each other.
    """
    base = subject
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    agent = base.head
    return base.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.i != trigger.i


def admissible(predicate: str, objects: list[Argument]) -> list[Argument]:
    """Drop the objects a predicate cannot take.

    * ``controls`` and ``leads``: a place, body or asset named itself, not a
      person and not read through a modifier or an "of" phrase ("controls large
      parts of Syria" does not control Syria; "Rouhani's plan, led by Iran" does
      not lead Rouhani);
    * ``memberOf``: a body named as the direct object ("joined the SDF", not
      "joined the SDF's fight" nor "joined U.S. troops");
    * ``coerces``: not the place something was taken from ("seized the tanks
      from Tiyas airfield");
    * ``praises``: no place ("defended Raqqah");
    * force and ``mobilizesAgainst``: not the side backed ("deployed troops in
      support of the army") nor a comrade.
    """
    if predicate in ("controls", "leads"):
        return [o for o in objects if o.quality >= 0.75 and o.actor.type is not ActorType.PERSON]
    if predicate == "memberOf":
        return [
            o
            for o in objects
            if o.token.dep_ in ("dobj", "conj") and o.actor.type in MEMBERSHIP_BODIES
        ]
    if predicate == "coerces":
        return [
            o
            for o in objects
            if not (o.actor.type is ActorType.LOCATION and o.token.head.lower_ == "from")
        ]
    if predicate == "praises":
        return [o for o in objects if o.actor.type is not ActorType.LOCATION]
    if predicate in UNAIMED_AT_BACKED:
        return [o for o in objects if not supported(o.token) and not comrade(o.token)]
    return objects


def _side(token: Token) -> bool:
    """Tell whether a token is the *side* of "on the side of X", "on X's side"."""
    return token.lemma_.lower() == "side" and token.dep_ == "pobj" and token.head.lower_ == "on"


def comrade(token: Token) -> bool:
    """Tell whether a token names the side an act of force is done beside, no foe.

    "fought *alongside* the army", "fought *together with* Malian soldiers",
    "fought *side by side with* American troops", "*shoulder to shoulder with* X",
    "fought *on the side of* the government".
    """
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "poss" and _side(token.head):
        return True  # "fought on Russia's side"
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "alongside" or (prep.lower_ == "of" and _side(prep.head)):
        return True  # "fought on the side of the government"
    if prep.lower_ != "with":
        return False
    holder = prep.head
    if holder.lower_ == "together" or holder.lemma_.lower() in COMPANION_WORDS:
        return True  # "shoulder to shoulder with X", the second "shoulder" taken for a verb
    return any(
        (c.dep_ == "advmod" and c.lower_ == "together")
        or (c.dep_ in ("npadvmod", "advmod") and c.lower_ in COMPANION_WORDS)
        for c in holder.children
    )


def supported(token: Token) -> bool:
    """Tell whether a token names the side an act backs: "in support of X", "on behalf of X".

    "Jets bombed rebel positions in support of the army": the army is backed, not hit.
    """
    if token.lemma_.lower() in SUPPORT_WORDS and token.head.lower_ in ("in", "with"):
        return True
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("of", "for"):
        return False
    backer = prep.head
    return backer.lemma_.lower() in SUPPORT_WORDS | {"behalf"} and backer.dep_ == "pobj"


def quantity(token: Token) -> str | None:
    """Return an object's counted phrase ("at least 21 narco-vessels"), if it has a number."""
    if not any(c.dep_ == "nummod" for c in token.children):
        return None
    left = token.left_edge
    while left.i < token.i and left.dep_ in ("det", "punct"):
        left = token.doc[left.i + 1]
    return token.doc[left.i : token.i + 1].text


def dative(token: Token) -> list[Token]:
    """Return the recipient of a dative ("gave Turkey aid", "sent aid to Turkey")."""
    if token.pos_ == "ADP":
        return [c for c in token.children if c.dep_ == "pobj"]
    return [token]


def prep_objects(holder: Token, preps: frozenset[str]) -> list[Token]:
    """Return the objects of the holder's prepositions in ``preps``, one level deep too.

    "spoke by telephone with X", "massed troops on its border with Y"; not inside a
    topic ("spoke with X about his trip to Y" has no Y among the objects) nor a
    grievance ("cut ties with X over its ties with Y" has no Y).
    """
    out: list[Token] = []
    for child in holder.children:
        if child.dep_ != "prep":
            continue
        pobjs = [c for c in child.children if c.dep_ == "pobj"]
        if not pobjs and child.lower_ in COMPOUND_PREP_HEADS:
            # "pulled out of X": the parser hangs "of" on "out"
            pobjs = pobjs_of(child, preps)
            out.extend(pobjs)
            continue
        if child.lower_ in preps:
            out.extend(pobjs)
        if child.lower_ in TOPIC_ONLY_PREPS or child.lower_ in REASON_PREPS:
            continue
        for pobj in pobjs:
            if pobj.lemma_.lower() in PATH_NOUNS:
                continue
            if child.lower_ == "with" and pobj.lemma_.lower() in SUPPORT_WORDS:
                continue  # "with support from Iran, X seized …": the giver is no object
            for sub in pobj.children:
                if sub.dep_ == "prep" and sub.lower_ in preps and sub.lower_ != "of":
                    out.extend(c for c in sub.children if c.dep_ == "pobj")
    return out


def pobjs_of(token: Token, preps: frozenset[str]) -> list[Token]:
    """Return the objects of the token's own prepositions in ``preps`` ("met *in* Doha")."""
    return [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    ]


def hostile_act(verb: Token) -> bool:
    """Tell whether a verb, or the nominal trigger it governs, names a hostile act.

    "sanction Iran", "attack the militants", "impose sanctions on Iran".
    """
    trigger = verb_trigger(lemma_of(verb))
    if trigger is None:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            trigger = noun_trigger(obj.lemma_.lower(), lemma_of(verb))
            if trigger is not None:
                break
    return trigger is not None and RELATIONS[trigger.predicate].family == HOSTILE


def _party(pobj: Token, clause: Token) -> bool:
    """Tell whether an inner clause's "in" phrase may name a party, not a venue.

    "refused to deploy *in Iraq*" names Iraq; "refused to meet the king *in Tel
    Aviv*" (a named party met) and "to launch an offensive *in its Gulf war*" (no
    place named itself) name where the act would happen.
    """
    if pobj.head.lower_ not in VENUE_PREPS:
        return True
    named_object = any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in clause.children)
    return pobj.pos_ == "PROPN" and not named_object


def inner_objects(head: Token, predicate: str = "threatens", depth: int = 0) -> list[Token]:
    """Return the object words of the clause a control word governs.

    "threatened to cut off electricity to X" → X; "began a hunger strike to
    demand the release of Y" → release (resolved to Y through "of"). Which
    clauses count depends on the predicate (:data:`INNER_CLAUSES`): "agreed,
    saying …" is no agreement with whoever is mentioned after it.
    """
    out: list[Token] = []
    deps = INNER_CLAUSES.get(predicate, ("xcomp",))
    for clause in head.children:
        if clause.dep_ not in deps or clause.pos_ not in ("VERB", "AUX"):
            continue
        if predicate == "expressesIntentToCooperateWith" and hostile_act(clause):
            continue  # "agreed to sanction Iran": no cooperation with Iran (the act is coded)
        asked = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if asked and clause.dep_ in ("ccomp", "acl") and predicate in ("demands", "appealsTo"):
            # "the demand that Kenya free the prisoners": Kenya is asked; in "that Ali be
            # freed" Ali is not
            out.extend(a for a in asked if a.dep_ == "nsubj")
            continue
        # "cooperate with X on refugees": with a "with" partner, "on"/"in" name the topic
        partnered = any(c.dep_ == "prep" and c.lower_ == "with" for c in clause.children)
        for child in clause.children:
            if partnered and child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
                continue
            if child.dep_ in ("dobj", "dative"):
                out.append(child)
                out.extend(
                    c
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ in INNER_PREPS
                    for c in p.children
                    if c.dep_ == "pobj"
                )
            elif child.dep_ == "prep" and child.lower_ in INNER_PREPS:
                out.extend(c for c in child.children if c.dep_ == "pobj" and _party(c, clause))
            elif child.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp":
                out.append(child)
        if not out and depth < 2:
            out.extend(inner_objects(clause, predicate, depth + 1))
    return out
