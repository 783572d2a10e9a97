"""Read typed relations between actors from the dependency parse.

For every verb, noun or adjective of the trigger lexicon
(:mod:`kgraph.extract.lexicon.triggers`; nouns and adjectives in
:mod:`kgraph.extract.relations.nominal`) the extractor finds subject and object words
(:mod:`kgraph.extract.relations.arguments`, :mod:`kgraph.extract.relations.objects`),
resolves them to actors through the :class:`~kgraph.model.ActorIndex`, reads
negation, modality and attribution (:mod:`kgraph.extract.qualifiers.modality`), the date
(:mod:`kgraph.extract.qualifiers.dates`) and attributes such as a designation ("… as a
Foreign Terrorist Organization") or a quantity ("at least 21 narco-vessels").
Standing relations (``leads``, ``conductedBy`` …) come from
:mod:`kgraph.extract.relations.standing`.

CAMEO's intent, threat and refusal coding is in :mod:`kgraph.extract.relations.coding`.

Confidence = trigger strength × subject quality × object quality ×
0.93^(extra dependency arcs), rounded to two decimals: a name counts 1.0, a
nominal 0.85, a pronoun 0.75, an actor read through a modifier 0.7.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph import __version__
from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import (
    ADJECTIVES,
    CLAUSAL,
    COMBO_NOUNS,
    NOUNS,
    OBJECT_CONTROL,
    RECEIVING_VERBS,
    SPEECH_DEMAND_VERBS,
    STATIVE_PASSIVES,
    VERB_PREP,
    VERBS,
    is_backing,
    lemma_of,
    noun_trigger,
    verb_trigger_at,
)
from kgraph.extract.qualifiers.dates import relation_date
from kgraph.extract.qualifiers.modality import (
    NEGATIVE_SUBJECTS,
    clause_chain,
    noun_phrase,
    read_modality,
    speaker_token,
)
from kgraph.extract.relations.antecedents import antecedent_candidates
from kgraph.extract.relations.arguments import (
    Argument,
    Candidate,
    is_passive,
    noun_agents,
    resolve_all,
    verb_subjects,
)
from kgraph.extract.relations.calls import telephone_calls
from kgraph.extract.relations.casualties import casualty_candidates, toll_among_casualties
from kgraph.extract.relations.coding import proposal_made, recode
from kgraph.extract.relations.comrades import joined_act
from kgraph.extract.relations.constructions import (
    ACCUSED,
    FIRST_PERSON,
    accused_of_act,
    aided_subject,
    co_subjects,
    included,
    passive_partner_patients,
    quoted_first_person,
    ranked_holders,
    reread,
)
from kgraph.extract.relations.control import held_places
from kgraph.extract.relations.demands import noun_clause_demands
from kgraph.extract.relations.gerunds import gerund_candidates
from kgraph.extract.relations.nominal import adjective_candidates, noun_candidates
from kgraph.extract.relations.objects import (
    admissible,
    dative,
    inner_objects,
    pair_candidates,
    prep_objects,
    quantity,
)
from kgraph.extract.relations.orders import demand_in_speech, ordered, received_aid
from kgraph.extract.relations.pairs_attachment import objects_after_manner
from kgraph.extract.relations.pairs_clearing import cleared_candidates
from kgraph.extract.relations.pairs_relative import relative_light_candidates
from kgraph.extract.relations.projectiles import projectile_candidates
from kgraph.extract.relations.spans import token_span
from kgraph.extract.relations.standing import standing_candidates
from kgraph.extract.relations.undergone import undergone_force
from kgraph.extract.relations.verb_constructions import verb_constructions
from kgraph.extract.relations.vetoes import purpose_modality
from kgraph.extract.relations.yielding import infinitive_subjects, withdrawn_from
from kgraph.model import ActorType, Evidence, Modality, Relation
from kgraph.predicates import Predicate
from kgraph.vocabulary import COOPERATIVE, DIPLOMATIC, RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kgraph.model import ActorIndex, Document

EXTRACTOR = f"kgraph {__version__}"
OFFICIAL_NOUNS = shipped_classes()["official_nouns"]
PLACE_TYPES = frozenset((ActorType.STATE, ActorType.LOCATION, ActorType.GOVERNMENT))
DOBJ_PREPS = frozenset(("against", "on", "to"))
PAST_ADVERBS = shipped_classes()["past_adverbs"]
# "condemned the attack on X": X is the victim of what is condemned, not its target
NO_DOBJ_PREP_TARGET = frozenset(("criticizes", "accuses", "praises"))
NOMINAL_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "compound"))
VERB_LEMMAS = frozenset(VERBS) | {lemma for lemma, _prep in VERB_PREP}
DESIGNATING = shipped_classes()["designating_verbs"]
PROTECTIVE_VERBS = shipped_classes()["protective_verbs"]
OFFICE_END_WORDS = shipped_classes()["office_end_words"]
ORDERING_VERBS = shipped_classes()["ordering_verbs"]
TIME_ENTS = frozenset(("DATE", "TIME"))


def relation_id(doc_id: str, predicate: str, subject: str, obj: str, start: int, end: int) -> str:
    """Return a deterministic id for a relation (first 16 hex digits of a SHA-1).

    >>> relation_id("d", "targets", "a", "b", 1, 5)
    '701898370d729382'
    """
    key = "\x1f".join((doc_id, predicate, subject, obj, str(start), str(end)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _designation(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return noun_phrase(pobj)
        if child.dep_ in ("oprd", "xcomp", "ccomp") and child.pos_ in ("NOUN", "PROPN"):
            return noun_phrase(child)
    return None


def _official_of(speaker: Token, actors: ActorIndex, objects: list[Argument]) -> list[Argument]:
    """Return the government an unnamed official speaks for.

    That is the last government named before, other than the objects' own.
    """
    theirs = {a.actor.country or a.actor.iso for a in objects} | {a.actor.id for a in objects}
    for i in range(speaker.i - 1, max(-1, speaker.i - 400), -1):
        actor = actors.actor_at(i)
        if (
            actor is not None
            and actor.type is ActorType.GOVERNMENT
            and actor.id not in theirs
            and (actor.country or actor.iso) not in theirs
        ):
            return [Argument(actor, speaker.doc[i], 0.6, 3)]
    return []


def _verb_candidates(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    if lemma_of(verb) in SPEECH_DEMAND_VERBS:
        yield from demand_in_speech(verb, actors)
    if lemma_of(verb) in RECEIVING_VERBS:
        yield from received_aid(verb, actors)
    if lemma_of(verb) in ORDERING_VERBS:
        yield from ordered(verb, actors)
    last = verb
    for child in verb.children:
        if child.dep_ == "prt":
            last = child
    vlemma = lemma_of(verb)
    trig = verb_trigger_at(verb)
    if trig is None or is_backing(verb):
        return  # "militias backed by Iran" is a standing tie (standing.py)
    if trig.predicate == "leads" and _office_ended(verb):
        return  # "The French previously led CTF 50": a command held no longer
    if trig.predicate == "providesAidTo" and any(
        c.dep_ == "dobj" and c.ent_type_ in TIME_ENTS for c in verb.children
    ):
        return  # "gave the agency 14 days to …": a deadline, not a gift
    # "strike a deal", "open fire": the verb-noun combination speaks, not the verb
    if any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in NOUNS or c.lemma_.lower() in COMBO_NOUNS)
        and noun_trigger(c.lemma_.lower(), vlemma) is not None
        and noun_trigger(c.lemma_.lower(), vlemma) != NOUNS.get(c.lemma_.lower())
        for c in verb.children
    ):
        return
    passive = is_passive(verb)
    subj_tokens, subj_hops = verb_subjects(verb)
    if passive and vlemma in STATIVE_PASSIVES and not subj_tokens:
        # "the Taliban were allied with al-Qaeda": a state, not an act by an agent
        subj_tokens, subj_hops, passive = (
            [c for c in verb.children if c.dep_ == "nsubjpass"],
            1,
            False,
        )
    subjects = resolve_all(subj_tokens, actors, hops=subj_hops)
    subjects += _members(subj_tokens, subjects, actors)  # "states, including Egypt, …"
    known = {a.actor.id for a in subjects}
    subjects += [  # "France, along with Germany, condemned Russia"
        a
        for a in resolve_all(co_subjects(verb, subj_tokens), actors, hops=2)
        if a.actor.id not in known
    ]
    top = verb
    while top.dep_ == "conj" and top.head.pos_ == "VERB" and top.head != top:
        top = top.head  # "efforts to degrade and defeat X"
    if (
        not subjects
        and not passive
        and top.dep_ in ("acl", "advcl", "xcomp")
        # "urged the government to release X": the government's act, even unresolved
        and not (
            top.dep_ == "xcomp"
            and verb.tag_ == top.tag_  # not "urged X to reconsider and *spoke* with Y"
            and _controlled(top.head, lemma_of(top.head))
        )
    ):
        # "issued a declaration demanding …": the agent of the noun or verb above
        # ("since it was recaptured from X" has no agent to inherit)
        holder = top.head
        subj_tokens, subj_hops = (
            noun_agents(holder) if holder.pos_ in ("NOUN", "PROPN") else verb_subjects(holder)
        )
        subjects = resolve_all(subj_tokens, actors, hops=subj_hops + 1)
    accused = [] if subjects else resolve_all(accused_of_act(verb), actors, hops=3)
    subjects = subjects or accused  # "the rebels were accused of killing civilians"
    speaker = None
    if not subjects and any(t.lower_ in NEGATIVE_SUBJECTS for t in subj_tokens):
        speaker = speaker_token(verb)  # "“Nobody is planning to …,” the official said"
    elif not subjects and quoted_first_person(subj_tokens):
        speaker = speaker_token(verb)  # "“I urge the Taliban to …,” Bennett said"
    if not subjects and speaker is None:
        return
    obj_tokens: list[Token] = []
    for child in verb.children:
        dep = child.dep_
        if (passive and dep == "nsubjpass") or (not passive and trig.direct and dep == "dobj"):
            obj_tokens.append(child)
        elif dep == "dative":
            obj_tokens.extend(dative(child))
        elif dep == "prep" and not passive and trig.direct:
            obj_tokens.extend(objects_after_manner(child))  # "condemns in the strongest terms X"
        elif dep == "dobj" and not trig.direct:
            # "shared intelligence with X"; "demanded the withdrawal of troops from X":
            # the place withdrawn from is no party asked
            obj_tokens.extend(prep_objects(child, trig.preps - withdrawn_from(child)))
        elif dep == "prt" and child.lower_ in trig.preps:
            obj_tokens.extend(c for c in verb.children if c.dep_ == "dobj")
        elif dep == "ccomp" and trig.predicate in ("demands", "appealsTo"):
            obj_tokens.extend(c for c in child.children if c.dep_ == "nsubj")
        elif dep == "ccomp" and trig.predicate == "yieldsTo":
            obj_tokens.extend(infinitive_subjects(child))  # "allowed the senator to stand"
    objects = resolve_all(obj_tokens, actors)
    preps = trig.preps
    if trig.direct and objects:
        # "attacked Bowser on Twitter": with a direct object named, "on" is no second target
        preps = preps - {"on", "at"}
    more = prep_objects(verb, preps)
    if passive and verb.dep_ == "acl":
        more.append(verb.head)
    elif passive and aided_subject(verb):
        more.extend(aided_subject(verb))  # "X retook the town, aided by Y": X is aided
    if passive:
        more.extend(ranked_holders(verb))  # "X is the latest to be threatened by Y"
    if passive and not any(c.dep_ == "nsubjpass" for c in verb.children):
        more.extend(passive_partner_patients(verb))  # "were detained and tortured by X"
    obj_tokens.extend(more)
    named = {o.actor.id for o in objects}
    objects += [a for a in resolve_all(more, actors) if a.actor.id not in named]
    # "killed three commanders, including Mohammed Deif": the members named share the act
    objects += _members(obj_tokens, objects, actors)
    if not objects and trig.direct and not passive and trig.predicate not in NO_DOBJ_PREP_TARGET:
        # "threatened further action against Russia"
        for child in verb.children:
            if child.dep_ == "dobj":
                objects = resolve_all(prep_objects(child, DOBJ_PREPS), actors, hops=2)
    if not objects and trig.direct and not passive:
        # "condemn and reject X", "defeat and destroy Da'esh": the object is shared
        shared = [
            c
            for conj in verb.children
            if conj.dep_ == "conj" and conj.pos_ == "VERB"
            # only adjacent verbs: "fought to free Dabiq and thank Turkey" shares nothing
            if all(t.dep_ in ("cc", "punct", "advmod") for t in verb.doc[verb.i + 1 : conj.i])
            if not any(s.dep_ in ("nsubj", "nsubjpass") for s in conj.children)
            for c in conj.children
            if c.dep_ == "dobj"
        ]
        objects = resolve_all(shared[:1], actors, hops=2)
    if not objects and trig.predicate in CLAUSAL and not _controlled(verb, vlemma):
        objects = resolve_all(inner_objects(verb, trig.predicate), actors, hops=2)
    if trig.predicate == "memberOf" and (
        (verb.tag_ == "VBG" and verb.dep_ == "advcl") or joined_act(verb) is not None
    ):
        return  # "…, joining X", "joined X in attacking Y": doing as X did, not membership
    # one word is never both sides: "the support provided by A and B" aids neither of them
    doers = {a.token.i for a in subjects}
    objects = [o for o in admissible(trig.predicate, objects) if o.token.i not in doers]
    own = {a.actor.id for a in subjects}
    if trig.predicate == "protestsAgainst" and all(o.actor.id in own for o in objects):
        # ("setting fire to their mattresses" names the protesters, no target)
        # "demonstrated in Serbia": a protest with no target is aimed at where it happens
        objects = [
            a
            for a in resolve_all(prep_objects(verb, frozenset({"in"})), actors, hops=2)
            if a.actor.type in PLACE_TYPES
        ]
    if speaker is not None:
        # the speaker's side is the subject of a negated universal
        subjects = resolve_all([speaker], actors, hops=subj_hops)
        if not subjects and speaker.lemma_.lower() in OFFICIAL_NOUNS:
            subjects = _official_of(speaker, actors, objects)
        subjects = [Argument(a.actor, a.token, 0.6, a.hops + 2) for a in subjects]
        if subj_tokens[0].lower_ in FIRST_PERSON:  # a quoted "we" names its target
            objects = [o for o in objects if o.quality >= 0.75]
    attributes: list[tuple[str, str]] = [ACCUSED] if accused else []
    if trig.source == "vector":  # a verb outside the lexicon, placed by word vectors
        attributes.append(("basis", "vector"))
    if vlemma in DESIGNATING:
        designation = _designation(verb)
        if designation:
            attributes.append(("designation", designation))
    for tok in obj_tokens:
        amount = quantity(tok)
        if amount:
            attributes.append(("quantity", amount))
            break
    if trig.predicate == "praises" and vlemma in PROTECTIVE_VERBS and verb.tag_ == "VB":
        # "vowed to defend Ukraine", "will defend Taiwan": protection of a territory, not
        # praise of it (a reported "X defended Iraq against criticism" stays praise)
        # ("defended Moscow's treaty", read through a possessive, is still praise)
        protected = [o for o in objects if o.quality >= 0.75 and o.actor.type is ActorType.STATE]
        objects = [
            o
            for o in objects
            if o.quality < 0.75 or o.actor.type not in (ActorType.STATE, ActorType.LOCATION)
        ]
        # "is willing to help defend Saudi Arabia": military support of the state (CAMEO 06)
        yield from pair_candidates(
            "cooperatesMateriallyWith", subjects, protected, verb, last, trig.strength
        )
    if trig.source in ("petrarch2", "vector"):  # derived or guessed: a place is no target
        objects = [o for o in objects if o.actor.type is not ActorType.LOCATION]
    yield from pair_candidates(
        trig.predicate, subjects, objects, verb, last, trig.strength, tuple(attributes)
    )


def _members(tokens: list[Token], found: list[Argument], actors: ActorIndex) -> list[Argument]:
    """Return the actors an "including" phrase of the tokens names, other than those found."""
    members = included(tokens)
    if not members:
        return []
    known = {a.actor.id for a in found}
    return [a for a in resolve_all(members, actors, hops=2) if a.actor.id not in known]


def _office_ended(verb: Token) -> bool:
    """Tell whether a verb of leading says the office ended.

    "previously led", "headed the agency until he resigned", "led it until 2019"; a
    participle of command takes its clause's ending ("previously led X, *commanding* it …").
    """
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
        head = verb_trigger_at(verb.head)
        if head is not None and head.predicate == "leads" and _office_ended(verb.head):
            return True
    for child in verb.children:
        if child.lower_ in PAST_ADVERBS or (
            child.dep_ == "prep" and child.lower_ in OFFICE_END_WORDS
        ):
            return True
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in OFFICE_END_WORDS for m in child.children
        ):
            return True
    return False


def _controlled(verb: Token, lemma: str) -> bool:
    """Tell whether an object-control verb names its addressee as its direct object.

    In "urged the council to press the warring parties" the inner clause is the
    council's act: its object is no target of the appeal, even when the council is
    no actor of the document.
    """
    return lemma in OBJECT_CONTROL and any(c.dep_ in ("dobj", "dative") for c in verb.children)


def _candidates(doc: Doc, actors: ActorIndex) -> Iterator[Candidate]:
    for token in doc:
        yield from toll_among_casualties(token, actors)  # "among the dead in the attack"
        yield from held_places(token, actors)  # "the rebel-held town of X"
        pos = token.pos_
        if (
            pos == "VERB"
            and token.lemma_.lower() in NOUNS
            and (token.dep_ in NOMINAL_DEPS or token.lemma_.lower() not in VERB_LEMMAS)
        ):
            # a noun tagged as a verb: "the ceasefire talks between …", "U.S. airstrikes
            # against X killed …"
            pos = "NOUN"
        if pos == "VERB" and actors.actor_at(token.i) is None:
            # a verb inside a name ("Global Coalition to Defeat ISIS") is part of the name
            yield from _verb_candidates(token, actors)
            yield from antecedent_candidates(token, actors)
            yield from telephone_calls(token, actors)
            yield from projectile_candidates(token, actors)
            yield from undergone_force(token, actors)
            yield from casualty_candidates(token, actors)
            yield from verb_constructions(token, actors)
            yield from cleared_candidates(token, actors)
        elif pos in ("NOUN", "PROPN") and (
            token.lemma_.lower() in NOUNS or token.lemma_.lower() in COMBO_NOUNS
        ):
            yield from noun_candidates(token, actors)
            yield from gerund_candidates(token, actors)
            yield from relative_light_candidates(token, actors)
            yield from noun_clause_demands(token, actors)
        elif pos == "ADJ" and token.dep_ == "acomp" and token.lemma_.lower() in ADJECTIVES:
            yield from adjective_candidates(token, actors)


def _relation(
    cand: Candidate,
    predicate: Predicate,
    cameo: str | None,
    *,
    sent: Span,
    document: Document,
    negated: bool,
    modality: Modality,
    attributed_to: str | None,
    date: str | None,
) -> Relation:
    start = cand.trigger.idx
    end = cand.trigger_last.idx + len(cand.trigger_last.text)
    arcs = cand.subject.hops + cand.object.hops
    confidence = (
        cand.strength * cand.subject.quality * cand.object.quality * 0.93 ** max(0, arcs - 2)
    )
    kind = RELATIONS.get(predicate)
    return Relation(
        id=relation_id(
            document.id, predicate, cand.subject.actor.id, cand.object.actor.id, start, end
        ),
        doc_id=document.id,
        subject=cand.subject.actor.id,
        predicate=predicate,
        object=cand.object.actor.id,
        evidence=Evidence(
            sentence=sent.text.rstrip(),  # a headline's sentence ends in its line break
            start=sent.start_char,
            end=sent.start_char + len(sent.text.rstrip()),
            trigger=document.text[start:end],
            trigger_start=start,
            trigger_end=end,
        ),
        cameo=cameo,
        plover=kind.plover if kind else None,
        negated=negated,
        modality=modality,
        date=date,
        confidence=round(min(1.0, confidence), 2),
        attributed_to=attributed_to,
        attributes=cand.attributes,
        extractor=EXTRACTOR,
        subject_mention=token_span(cand.subject.actor, cand.subject.token),
        object_mention=token_span(cand.object.actor, cand.object.token),
    )


def extract_relations(
    doc: Doc, actors: ActorIndex, *, document: Document, min_confidence: float = 0.0
) -> Iterator[Relation]:
    """Yield the relations between resolved actors in a parsed document, in text order.

    A relation found twice in one sentence (a verb and its nominal, or both
    directions of a symmetric relation) is yielded once.
    """
    seen: set[tuple[int, str, str, str, bool]] = set()
    sents = list(doc.sents)
    sent_of = [0] * len(doc)
    for n, span in enumerate(sents):
        for i in range(span.start, span.end):
            sent_of[i] = n
    for cand in _candidates(doc, actors):
        sent = sents[sent_of[cand.trigger.i]]
        anchor = cand.clause if cand.clause is not None else cand.trigger
        reading = read_modality(anchor, extra=(cand.subject.token,), sent=sent)
        chain = clause_chain(anchor)
        predicate, cameo, refused = recode(cand, reading.modality, chain)
        predicate, cameo = reread(cand, predicate, cameo)
        if not predicate:
            continue
        modality = purpose_modality(cand.trigger, cand.object.token, reading.modality)
        if ACCUSED in cand.attributes and modality is Modality.ASSERTED:
            modality = Modality.REPORTED  # "charged X with the murder of Y": the charge's claim
        if (
            predicate == "proposesTalksWith"
            and modality is Modality.PLANNED
            and (reading.intent or proposal_made(chain))
        ):
            # CAMEO 036 codes the expressed intent to meet: "plans talks with" and
            # "proposed talks with" both state that intent, so the event itself is not
            # merely planned. "a possible call" stays planned.
            modality = Modality.REPORTED if reading.reported else Modality.ASSERTED
        date = relation_date(cand.trigger, reference=document.date, sent=sent)
        variants = [(predicate, cameo, reading.negated)]
        kind = RELATIONS.get(predicate)
        if (
            reading.negated
            and reading.modality is Modality.PLANNED
            and kind is not None
            and kind.family in (COOPERATIVE, DIPLOMATIC)
        ):
            refused = True  # "said it would not meet the demands": a refusal (CAMEO 12)
        if refused:
            variants.append(("rejects", RELATIONS["rejects"].cameo, False))
        for pred, code, negated in variants:
            subj, obj = cand.subject.actor.id, cand.object.actor.id
            kind = RELATIONS.get(pred)
            if kind is not None and kind.symmetric and obj < subj:
                key_pair = (obj, subj)
            else:
                key_pair = (subj, obj)
            key = (sent.start, pred, *key_pair, negated)
            if key in seen:
                continue
            seen.add(key)
            rel = _relation(
                cand,
                pred,
                code,
                sent=sent,
                document=document,
                negated=negated,
                modality=modality,
                attributed_to=reading.attributed_to,
                date=date,
            )
            if rel.confidence >= min_confidence:
                yield rel
    for cand in standing_candidates(doc, actors):
        sent = sents[sent_of[cand.trigger.i]]
        reading = read_modality(cand.trigger, sent=sent)  # "Brazil is not a member of G7"
        key = (-1, cand.predicate, cand.subject.actor.id, cand.object.actor.id, reading.negated)
        if key in seen:
            continue
        seen.add(key)
        rel = _relation(
            cand,
            cand.predicate,
            None,
            sent=sent,
            document=document,
            negated=reading.negated,
            # A tie named in passing ("amid the U.S. campaign, Operation Southern Spear")
            # does not take the future or plan of the clause around it.
            modality=Modality.ASSERTED
            if reading.modality is Modality.PLANNED
            else reading.modality,
            attributed_to=reading.attributed_to,
            date=None,
        )
        if rel.confidence >= min_confidence:
            yield rel
