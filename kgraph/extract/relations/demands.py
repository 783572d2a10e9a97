"""Demands, appeals and disapproval whose party sits in a clause or a noun's complement.

* :func:`for_clause_demands` — "Canada pushed *for Brazil to join* the talks", "called
  for the withdrawal of X": the one to act is the one asked (CAMEO 10);
* :func:`demanded_acts` — "Kosovo demanded *Serbia's withdrawal*", "an *Israeli
  apology*": the one to withdraw or apologise is asked (CAMEO 10);
* :func:`pressed_to_act` — "Washington pressed Iran to halt enrichment": pressure on a
  party to act is a demand on it (CAMEO 10), not coercion (17, material acts);
* :func:`pressure_demands` — "stepped up pressure *on Iran to halt* enrichment", "came
  under pressure from Uganda to withdraw": the noun's party to act is asked (CAMEO 10);
* :func:`subjunctive_demands` — "Kenya insisted *that Uganda withdraw*", "proposed that
  Uganda join the talks": a mandative clause asks its subject (CAMEO 10, 02);
* :func:`message_demands` — "issued a reminder *to Iraq that it must* comply": a
  message whose clause says what must be done demands it of its addressee (CAMEO 10);
* :func:`noun_clause_demands` — "its *call for Ethiopia to withdraw*", "its *demand
  that Egypt release* them": the subject of a demand noun's clause is the one asked;
  "a call *on Uganda* to withdraw" appeals to Uganda;
* :func:`opposition_calls` — "called for sanctions against Venezuela", "urged Arabs to
  unite against Israel": calling for measures or for others to join forces against a
  party rallies opposition to it (CAMEO 113, under disapproval);
* :func:`summoned_to_complain` — "summoned Uganda's ambassador to protest the raids",
  "… over the raids": the complaint is made to the one summoned (CAMEO 11).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import (
    ENVOY_NOUNS,
    VERB_PREP,
    lemma_of,
    noun_trigger,
    verb_trigger_at,
)
from kgraph.extract.relations.arguments import (
    Argument,
    Candidate,
    conjuncts,
    is_passive,
    noun_agents,
    resolve_all,
    verb_subjects,
)
from kgraph.extract.relations.embargoes import goods_origins
from kgraph.extract.relations.objects import dative, pair_candidates, pobjs_of, subject_pairs
from kgraph.extract.syntax import infinitive_marker
from kgraph.model import ActorType
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import ActorIndex

PRESSING_VERBS = shipped_classes()["pressing_verbs"]
FORCING_VERBS = shipped_classes()["forcing_verbs"]
MESSAGE_NOUNS = shipped_classes()["message_nouns"]
DEMAND_NOUNS = shipped_classes()["demand_nouns"]
OPPOSITION_MEASURES = shipped_classes()["opposition_measures"]
RALLYING_VERBS = shipped_classes()["rallying_verbs"]
SUMMONING_VERBS = shipped_classes()["summoning_verbs"]
COMPLAINT_VERBS = shipped_classes()["complaint_verbs"]
DOER_ACT_NOUNS = shipped_classes()["doer_act_nouns"]
ORDERING_VERBS = shipped_classes()["ordering_verbs"]
ORDER_NOUNS = shipped_classes()["order_nouns"]
PRESSURE_NOUNS = shipped_classes()["pressure_nouns"]
INSISTING_VERBS = shipped_classes()["insisting_verbs"]
SUGGESTING_VERBS = shipped_classes()["suggesting_verbs"]
OBLIGING_AUX = frozenset(("must", "should"))
FOR = frozenset(("for",))
OF = frozenset(("of",))
OVER = frozenset(("over",))
ON = frozenset(("on", "upon"))
FROM_BY = frozenset(("from", "by"))
UNDER = frozenset(("under",))
TO = frozenset(("to",))
AGAINST = frozenset(("against", "on"))
BOYCOTT_OF = frozenset(("of",))  # "a boycott of X"
INNER_DEPS = frozenset(("xcomp", "advcl", "ccomp"))
STRENGTH = 0.6


def _parties(tokens: list[Token], actors: ActorIndex, hops: int = 2) -> list[Argument]:
    """Resolve the words to actors that can be asked or opposed (no mere place)."""
    return [
        a for a in resolve_all(tokens, actors, hops=hops) if a.actor.type is not ActorType.LOCATION
    ]


def _demanding_phrase(verb: Token) -> bool:
    """Tell whether a verb with "for" demands: "called for", "pushed for", "pressed for"."""
    trig = VERB_PREP.get((lemma_of(verb), "for"))
    return trig is not None and trig.predicate == "demands"


def _for_subjects(head: Token) -> list[Token]:
    """Return X of "for X to V" below a word, in either parse of the clause.

    "pushed for Brazil to join": X as the object of "for", right before the "to" of a
    clause on the same word; "a call for Brazil to join": "for" as the mark of the
    clause and X its subject.
    """
    out: list[Token] = []
    clauses = [c for c in head.children if c.dep_ in INNER_DEPS or c.dep_ == "acl"]
    for clause in clauses:
        to = infinitive_marker(clause)
        if to is None:
            continue
        marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for"]
        if marks:
            out.extend(c for c in clause.children if c.dep_ == "nsubj")
            # "orders for X to close …" parsed with X as the object of the mark
            out.extend(c for m in marks for c in m.children if c.dep_ == "pobj")
            continue
        out.extend(p for p in pobjs_of(head, FOR) if p.right_edge.i + 1 == to.i)
    return out


def _own_party(act: Token) -> list[Token]:
    """Return who does an act of its own party: X of "X's withdrawal", "the withdrawal of X"."""
    return [c for c in act.children if c.dep_ == "poss"] + pobjs_of(act, OF)


def _act_doers(verb: Token) -> list[Token]:
    """Return X of "called for the withdrawal of X", "called for X's resignation"."""
    return [
        doer
        for act in pobjs_of(verb, FOR)
        if lemma_of(act) in DOER_ACT_NOUNS
        for doer in _own_party(act)
    ]


def demanded_acts(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the demand on X of "Kosovo demanded Serbia's withdrawal", "an Israeli apology".

    A verb of demanding whose object is an act done by its own party (`doer_act_nouns`):
    the one to withdraw, resign or apologise, named by the possessor, a modifier or the
    "of" phrase, is asked.
    """
    trig = verb_trigger_at(verb)
    if trig is None or trig.predicate != "demands":
        return
    doers = [
        doer
        for act in verb.children
        if act.dep_ == "dobj" and lemma_of(act) in DOER_ACT_NOUNS
        # "an *Israeli* apology": a modifier names the party too
        for doer in _own_party(act) + [c for c in act.children if c.dep_ in ("amod", "compound")]
    ]
    objects = _parties(doers, actors)
    if not objects:
        return
    yield from subject_pairs("demands", verb, objects, actors, STRENGTH)


def for_clause_demands(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the demand on X of "Canada pushed for Brazil to join the talks".

    Also "called for the withdrawal of Russian troops", "for Uganda's withdrawal": the
    one to withdraw, resign or apologise is asked.
    """
    if not _demanding_phrase(verb):
        return
    objects = _parties(_for_subjects(verb) + _act_doers(verb), actors)
    if not objects:
        return
    yield from subject_pairs("demands", verb, objects, actors, STRENGTH)


def ordered_acts(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the demand of an order on the party that is to act.

    "The UN ordered *the withdrawal of* Rwandan troops" (an act noun of the
    ``doer_act_nouns`` class, done by its own party) and "sent *instructions for*
    the police *to* reinforce security" (an order noun with a "for X to" clause):
    the troops and the police are told to act (CAMEO 10).
    """
    lemma = lemma_of(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    doers: list[Token] = []
    for obj in objects:
        noun = obj.lemma_.lower()
        if lemma in ORDERING_VERBS and noun in DOER_ACT_NOUNS:
            doers += _own_party(obj)
        elif noun in ORDER_NOUNS:  # the clause on the noun, or on the verb in the parse
            doers += _for_subjects(obj) + _for_subjects(verb)
    parties = _parties(doers, actors)
    if not parties:
        return
    yield from subject_pairs("demands", verb, parties, actors, STRENGTH)


def pressed_to_act(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the demand of "Washington pressed Iran to halt enrichment".

    A party as the direct object with a "to" clause after it; "pushed prices higher"
    and "pressed charges" press no one to act.
    """
    if lemma_of(verb) not in PRESSING_VERBS:
        return
    if not any(
        c.dep_ in ("xcomp", "advcl") and infinitive_marker(c) is not None for c in verb.children
    ):
        return
    objects = _parties([c for c in verb.children if c.dep_ == "dobj"], actors, hops=1)
    yield from subject_pairs("demands", verb, objects, actors, STRENGTH)


def forced_to_act(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the coercion of "China forced the Philippines to withdraw its ships".

    A verb of forcing (the ``forcing_verbs`` class) with a party made to act in a
    "to" clause coerces it (CAMEO 17); the passive "was forced by X to resign" too.
    "Forced its way into", "forced X out of" (an expulsion) and "was forced to flee"
    with no one forcing are not read here.
    """
    if lemma_of(verb) not in FORCING_VERBS:
        return
    if not any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and infinitive_marker(c) is not None
        for c in verb.children
    ):
        return
    dep = "nsubjpass" if is_passive(verb) else "dobj"
    objects = _parties([c for c in verb.children if c.dep_ == dep], actors, hops=1)
    yield from subject_pairs("coerces", verb, objects, actors, STRENGTH)


def _to_act(noun: Token, verb: Token) -> bool:
    """Tell whether a "to" clause hangs on the noun or its verb: "pressure … *to resign*"."""
    return any(
        c.dep_ in INNER_DEPS or c.dep_ == "acl"
        for h in (noun, verb)
        for c in h.children
        if infinitive_marker(c) is not None
    )


def pressure_demands(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the demand of pressure on a party to act.

    "The United States stepped up pressure on Iran to halt enrichment" (Iran is
    asked); "Kenya came under pressure from Uganda to withdraw" (Uganda asks Kenya).
    """
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + pobjs_of(verb, UNDER)
    for noun in nouns:
        if lemma_of(noun) not in PRESSURE_NOUNS:
            continue
        exerted = pobjs_of(noun, FROM_BY)
        subj_tokens, hops = verb_subjects(verb)
        if exerted and _to_act(noun, verb):
            subjects, objects = (
                resolve_all(exerted, actors, hops=2),
                _parties(subj_tokens, actors, hops),
            )
        elif noun.dep_ == "dobj" and not exerted:
            subjects = resolve_all(subj_tokens, actors, hops=hops + 1)
            objects = _parties(_on_addressees(noun), actors)
        else:
            continue
        yield from pair_candidates("demands", subjects, objects, verb, noun, STRENGTH)


def _subjunctive_subjects(verb: Token) -> list[Token]:
    """Return X of a "that X V" clause in the bare subjunctive: "insisted that Uganda *withdraw*".

    The base form with no modal ("Uganda withdraw", not "Uganda withdrew" or "was"),
    active: in "that Ali be released" Ali is not asked.
    """
    return [
        subj
        for clause in verb.children
        if clause.dep_ == "ccomp"
        and clause.tag_ == "VB"
        and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in clause.children)
        for subj in clause.children
        if subj.dep_ == "nsubj"
    ]


def subjunctive_demands(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the demand or appeal of a mandative "that" clause.

    "Kenya insisted that Uganda withdraw its troops" (``demands``), "Kenya proposed that
    Uganda join the talks" (``appealsTo``).
    """
    lemma = lemma_of(verb)
    if lemma in INSISTING_VERBS:
        predicate: Predicate = "demands"
    elif lemma in SUGGESTING_VERBS:
        predicate = "appealsTo"
    else:
        return
    objects = _parties(_subjunctive_subjects(verb), actors)
    if not objects:
        return
    yield from subject_pairs(predicate, verb, objects, actors, STRENGTH)


def _obliging_clause(noun: Token) -> Token | None:
    """Return the "that X must V" clause of a noun: "a reminder that it must comply"."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "ccomp") and any(
            c.dep_ == "aux" and c.lower_ in OBLIGING_AUX for c in clause.children
        ):
            return clause
    return None


def message_demands(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the demand of "Britain sent a message to Iraq that it must comply".

    The addressee ("to Iraq", on the verb or the noun) is asked; with none named, the
    clause's subject is.
    """
    for noun in verb.children:
        if noun.dep_ != "dobj" or lemma_of(noun) not in MESSAGE_NOUNS:
            continue
        clause = _obliging_clause(noun)
        if clause is None:
            continue
        addressees = [t for c in verb.children if c.dep_ == "dative" for t in dative(c)]
        addressees += pobjs_of(noun, TO) + pobjs_of(verb, TO)
        if not addressees:
            addressees = [c for c in clause.children if c.dep_ == "nsubj"]
        objects = _parties(addressees, actors)
        subj_tokens, hops = verb_subjects(verb)
        subjects = resolve_all(subj_tokens, actors, hops=hops)
        yield from pair_candidates("demands", subjects, objects, verb, noun, STRENGTH, clause=verb)


def _that_subjects(noun: Token) -> list[Token]:
    """Return X of a noun's "that X V" clause: "its demand that Egypt release the journalists"."""
    return [
        subj
        for clause in noun.children
        if clause.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        for subj in clause.children
        if subj.dep_ == "nsubj"  # "that Ali be freed": Ali is not asked
    ]


def _on_addressees(noun: Token) -> list[Token]:
    """Return X of "a call on X to V": the "to" clause right after X, on the noun or its verb.

    "Kenya's call on Uganda to withdraw", "repeated its calls on the parties to end
    the war"; "a call on Monday" has no clause.
    """
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    starts = {
        to.i
        for h in holders
        for c in h.children
        if c.dep_ in INNER_DEPS or c.dep_ == "acl"
        if (to := infinitive_marker(c)) is not None
    }
    return [p for h in holders for p in pobjs_of(h, ON) if p.right_edge.i + 1 in starts]


def noun_clause_demands(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the demand of "the African Union repeated its call for Ethiopia to withdraw".

    Also "renewed its demand that Egypt release the journalists": the subject of the
    noun's "that" clause.

    An appeal or plea asks (``appealsTo``); a call or demand demands. A call *on* X
    to act is an appeal to X, as the verb "call on" is.
    """
    lemma = lemma_of(noun)
    if lemma not in DEMAND_NOUNS:
        return
    appealed = _parties(_on_addressees(noun), actors)
    objects = _parties(_for_subjects(noun) + _that_subjects(noun), actors)
    if not objects and not appealed:
        return
    subj_tokens, hops = noun_agents(noun)
    if not subj_tokens and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        subj_tokens, hops = verb_subjects(noun.head)  # "repeated a call for X to …"
    subjects = resolve_all(subj_tokens, actors, hops=hops + 1)
    trig = noun_trigger(lemma, None)
    predicate: Predicate = (
        "appealsTo" if trig is not None and trig.predicate == "appealsTo" else "demands"
    )
    yield from pair_candidates(predicate, subjects, objects, noun, noun, STRENGTH)
    yield from pair_candidates("appealsTo", subjects, appealed, noun, noun, STRENGTH)


def _measure_targets(verb: Token) -> list[Token]:
    """Return X of "called for sanctions against X" (the measure's own "against"/"on").

    A boycott's "of" names its target too, and goods name where they come from:
    "called for a boycott of Israeli goods".
    """
    targets = [
        target
        for measure in pobjs_of(verb, FOR)
        for m in conjuncts(measure)
        if lemma_of(m) in OPPOSITION_MEASURES
        for target in pobjs_of(m, AGAINST | BOYCOTT_OF if lemma_of(m) == "boycott" else AGAINST)
    ]
    return targets + goods_origins(targets)


def _rallied_targets(verb: Token) -> list[Token]:
    """Return Y of "urged X to unite (and mobilize) against Y"."""
    return [
        target
        for clause in verb.children
        if clause.dep_ == "xcomp"
        for act in (clause, *(c for c in clause.children if c.dep_ == "conj"))
        if lemma_of(act) in RALLYING_VERBS
        for target in pobjs_of(act, AGAINST - {"on"})
    ]


def opposition_calls(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the disapproval of a party others are called on to oppose (CAMEO 113).

    "Norway called for sanctions against Venezuela", "the newspaper called on Arabs to
    unite against Israel" → the caller ``criticizes`` Venezuela, Israel.
    """
    targets = _measure_targets(verb) if _demanding_phrase(verb) else []
    trig = verb_trigger_at(verb)
    if trig is not None and trig.predicate == "appealsTo":
        targets += _rallied_targets(verb)
    objects = _parties(targets, actors, hops=3)
    if not objects:
        return
    yield from subject_pairs("criticizes", verb, objects, actors, STRENGTH)


def _complaining(clause: Token) -> bool:
    """Tell whether a purpose clause complains: "to protest", "to lodge a protest"."""
    if infinitive_marker(clause) is None:
        return False
    if lemma_of(clause) in COMPLAINT_VERBS:
        return True
    combos = (
        noun_trigger(lemma_of(c), lemma_of(clause)) for c in clause.children if c.dep_ == "dobj"
    )
    return any(t is not None and t.predicate == "criticizes" for t in combos)


def summoned_to_complain(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the complaint to the one summoned: "Kenya summoned Uganda's envoy to protest".

    An envoy summoned over a matter ("summoned the ambassador over the raids") is told
    of a complaint too.
    """
    if lemma_of(verb) not in SUMMONING_VERBS:
        return
    summoned = [c for c in verb.children if c.dep_ == "dobj"]
    complaint = any(c.dep_ in ("xcomp", "advcl") and _complaining(c) for c in verb.children)
    over = pobjs_of(verb, OVER) + [t for e in summoned for t in pobjs_of(e, OVER)]
    if not complaint and not (over and any(lemma_of(e) in ENVOY_NOUNS for e in summoned)):
        return
    objects = resolve_all(summoned, actors, hops=2)
    yield from subject_pairs("criticizes", verb, objects, actors, STRENGTH)
