"""Resolve titles, anaphoric nouns and pronouns to actors introduced earlier.

In document order: a title ("the president") goes to the most recent person
introduced with that title, else to the one person of the document whose
office has it; "the cartel", "the regime", "the country" … to the most recent
actor of a fitting type within three sentences; he/she to the nearest person
(same sentence, else the subject of the two sentences before); they/them to
the nearest plural group in this or the previous sentence; "its" to the
nearest non-person actor in the same sentence. A subject "it"/"they" with
nothing in its own sentence goes to the nearest subject of its number in the
three sentences before, when that subject is an actor of a fitting type
(:func:`subject_antecedent`). Unresolved anaphors are
dropped: precision first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kgraph.extract.actors.actor_records import Hit, gender_of
from kgraph.extract.actors.bodies_in_view import government_in_context
from kgraph.extract.actors.groups import resolve_group, resolve_kin
from kgraph.extract.actors.naming import assign_publisher
from kgraph.extract.actors.quoted_pronouns import (
    fronted_subject,
    quotation_people,
    reason_object,
)
from kgraph.extract.actors.resolution import (
    Resolution,
    assign,
    candidates,
    mention_at,
    past_holder,
    past_office,
    proto_for_entry,
    state_before,
    state_in,
)
from kgraph.extract.actors.role_holders import resolve_role
from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of, verb_trigger
from kgraph.extract.mentions.actor_words import (
    ANAPHOR_NOUNS,
    ANAPHOR_WINDOW,
    GROUP_HEADS,
    LEADER_WORDS,
    MALE,
    NON_AGENT,
    PERSON_NOUNS,
    PLURAL,
    PLURAL_TYPES,
    POSSESSIVES,
    UNDERGOER_VERBS,
)
from kgraph.extract.mentions.anaphora import IT_TYPES
from kgraph.extract.mentions.assets import ASSET_LABEL, STRIKES_LABEL
from kgraph.extract.mentions.first_person import QUOTED_LABEL, reported, speaker_side
from kgraph.extract.mentions.gazetteer import GazetteerEntry, normalize
from kgraph.extract.mentions.generic import civilian
from kgraph.extract.mentions.kinship import KIN_LABEL
from kgraph.extract.mentions.mentions import entry_for_span
from kgraph.extract.mentions.roles import ROLE_LABEL
from kgraph.model import ActorType, Mention
from kgraph.vocabulary import RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

IT_ARGUMENTS = frozenset(("nsubj", "nsubjpass", "dobj"))
ADDRESS_VERBS = shipped_classes()["address_verbs"]
_STRIKERS = (ActorType.MILITARY, ActorType.INTERNATIONAL_ORGANIZATION)
FORCE_ROOTS = frozenset(("17", "18", "19", "20"))  # coerce, assault, fight, mass violence


def resolve_anaphor(state: Resolution, mention: Mention, span: Span) -> None:
    """Give a deferred mention (title, anaphor, group, pronoun …) its actor, if any."""
    label = mention.label
    root = span.root
    key: str | None = None
    if label in ("TITLE", "TITLE_OF", ROLE_LABEL):
        key = _office_key(state, mention, span)
    elif label == "ANAPHOR":
        types = ANAPHOR_NOUNS.get(root.lower_, ())
        key = recent_of(state, types, root.i, mention.sentence, noun=root.lower_)
        if key is None and root.lower_ in ("government", "regime"):
            # not "the administration", which news uses for Washington's wherever it is
            key = government_in_context(state, mention, span)
        if key is None and ActorType.MILITARY in types:
            key = government_in_context(state, mention, span, military=True)  # "the army"
        if key is None and root.lower_ in GROUP_HEADS:
            resolve_group(state, mention, span)
            return
    elif label == KIN_LABEL:
        resolve_kin(state, mention, span)
        return
    elif label in ("GROUP", ASSET_LABEL):
        resolve_group(state, mention, span, asset=label == ASSET_LABEL)
        return
    elif label == STRIKES_LABEL:  # the nearest armed body before, else the publisher
        hits = candidates(state, root.i, len(state.doc), mention.sentence)
        key = next((h.key for h in hits if state.protos[h.key].type in _STRIKERS), None)
        if key is None:
            assign_publisher(state, mention, span)
            return
    elif label == "PRON":
        key = _pronoun_key(state, root, mention.sentence)
    elif label == "SELF_QUOTED":  # "“We will …,” said Gen. X, commander of Y" → Y
        key = speaker_side(
            root, lambda i: mention_at(state, i, containing=True), lambda k: state.protos[k].type
        )
        if key is None and not reported(root):
            key = earlier_quoted_side(state, mention, span)
        entry = state.protos[key].entry if key is not None else None
        if entry is not None and entry.type is ActorType.STATE:
            gov = state.gaz.government(entry.iso)  # "Iran's minister": its government
            key = proto_for_entry(state, gov).key if gov is not None else key
    if key is not None:
        assign(state, mention, span, state.protos[key])


def earlier_quoted_side(state: Resolution, mention: Mention, span: Span) -> str | None:
    """Return the side of the last quoted first person before, for a quote with no speaker.

    A quotation runs on past the sentence that names its speaker: "“We struck the
    depot,” said Col. X, the task force's spokesman. “We will not let the militants
    rearm.”" The second "we" is the first one's, within the anaphor window.
    """
    for earlier, earlier_span, key in reversed(state.assigned):
        if earlier.label != QUOTED_LABEL or earlier_span.start >= span.start:
            continue
        if mention.sentence - earlier.sentence <= ANAPHOR_WINDOW:
            return key
    return None


def _office_key(state: Resolution, mention: Mention, span: Span) -> str | None:
    """Return the holder of a title, a state's title or a role ("the interior minister").

    A past title ("the ousted leader", "the former minister") is never today's holder
    or government: only a person introduced with a past title.
    """
    if past_office(span):
        return past_holder(state, span, mention.sentence)
    if mention.label == "TITLE":
        return title_holder(state, span, mention)
    if mention.label == "TITLE_OF":
        return _state_title_key(state, mention, span)
    return resolve_role(state, mention, span)  # its holder, else a government


def _state_title_key(state: Resolution, mention: Mention, span: Span) -> str | None:
    """Return the holder of a state's title ("the Venezuelan leader"), else its government."""
    country = state_in(state, span) or state_before(state, span)
    if country is None:
        return None
    key = title_of(state, country, span, mention)
    if key is None:  # "the Iranian president" unnamed here: the government speaks
        gov = state.gaz.government(country.iso)
        key = proto_for_entry(state, gov).key if gov is not None else None
    return key


def _pronoun_key(state: Resolution, root: Token, sentence: int) -> str | None:
    """Return the antecedent of a personal pronoun: "it" a body, the others as they read."""
    if root.lower_ == "it":
        key = it_antecedent(state, root, sentence)
    else:
        key = conjoined_owner(state, root) or pronoun_antecedent(state, root, sentence)
    if key is None:
        subject = fronted_subject(state, root)
        if subject is not None and _fits_possessive(state, root, subject):
            key = subject.key
    return key


def recent_of(
    state: Resolution,
    types: Iterable[ActorType],
    before: int,
    sentence: int,
    *,
    plural: bool = False,
    noun: str = "",
) -> str | None:
    """Return the most recent actor of one of ``types`` within the anaphor window."""
    wanted = set(types)
    hits = candidates(state, before, ANAPHOR_WINDOW, sentence)
    if noun:
        for hit in hits:  # "the agency" → "Saudi Press Agency" before any agency
            if noun in normalize(state.protos[hit.key].label).split():
                return hit.key
    for hit in hits:
        if noun and _plural_of(state.protos[hit.key].label, noun):
            continue  # "the group" is one of "the two militant groups", not both
        if state.protos[hit.key].type in wanted and (not plural or hit.plural):
            return hit.key
    return None


def _plural_of(label: str, noun: str) -> bool:
    """Tell whether an unnamed group's label ends in the plural of ``noun`` ("militant groups")."""
    words = label.lower().split()
    return bool(words) and words[-1] in (f"{noun}s", f"{noun[:-1]}ies")


def title_holder(state: Resolution, span: Span, mention: Mention) -> str | None:
    """Return the person a bare title ("the president") refers to."""
    word = span[-1].lower_
    hits = candidates(state, span.start, 10**6, mention.sentence)
    for hit in hits:
        proto = state.protos[hit.key]
        if proto.type is ActorType.PERSON and word in proto.titles:
            return hit.key
    holders = {
        hit.key
        for hit in hits
        if state.protos[hit.key].entry is not None
        and word in (state.protos[hit.key].entry.office or "").lower()  # type: ignore[union-attr]
    }
    return holders.pop() if len(holders) == 1 else None


def title_of(
    state: Resolution, country: GazetteerEntry, span: Span, mention: Mention
) -> str | None:
    """Return the person of this document holding the title for that state."""
    title = " ".join(t.lower_ for t in span if t.tag_ != "POS" and not is_state(state, t))
    for hit in candidates(state, span.start, 10**6, mention.sentence):
        proto = state.protos[hit.key]
        if proto.type is not ActorType.PERSON:
            continue
        entry = proto.entry
        proto_country = entry.country if entry is not None else proto.country
        office = (entry.office or "").lower() if entry is not None else ""
        last = title.split()[-1] if title else ""
        generic = last in LEADER_WORDS and bool(office)  # "the Venezuelan leader"
        if proto_country == country.iso and (title in office or last in proto.titles or generic):
            return hit.key
    return None


def is_state(state: Resolution, token: Token) -> bool:
    """Return whether ``token`` alone names a state."""
    entry, _table = entry_for_span(token.doc[token.i : token.i + 1], state.gaz)
    return entry is not None and entry.type is ActorType.STATE


def conjoined_owner(state: Resolution, pronoun: Token) -> str | None:
    """Return the person a possessive points back to across "and": "Biden and his son"."""
    noun = pronoun.head
    if pronoun.lower_ not in POSSESSIVES or noun.dep_ != "conj":
        return None
    hit = next((h for h in state.hits if h.token == noun.head.i), None)
    if hit is None or state.protos[hit.key].type is not ActorType.PERSON:
        return None
    entry = state.protos[hit.key].entry
    banned = "f" if pronoun.lower_ == "his" else "m"
    return None if entry is not None and entry.gender == banned else hit.key


def pronoun_antecedent(state: Resolution, pronoun: Token, sentence: int) -> str | None:
    """Return the actor a personal or possessive pronoun refers to, if one is clear."""
    word, before = pronoun.lower_, pronoun.i
    reason = reason_object(state, pronoun)
    if reason is not None and _fits_possessive(state, pronoun, reason):
        return reason.key
    if word == "its":
        # a name modifying another noun is no owner: "the Kremlin … on a Ukraine deal,
        # signaling its reluctance" is the Kremlin's
        # nor is a plural common noun: "Russia massed troops on its border" is Russia's
        owners = [
            h
            for h in candidates(state, before, 0, sentence)
            if state.protos[h.key].type not in NON_AGENT
            and not (h.plural and state.doc[h.token].tag_ == "NNS")
        ]
        heads = [h for h in owners if not modifier(state.doc[h.token])]
        return (heads or owners)[0].key if owners else None
    # An object pronoun never means its own clause's subject: "She thanked him", nor
    # does the object of the verb's preposition: "police fired tear gas at them"
    governor = pronoun.head
    if pronoun.dep_ == "pobj" and governor.dep_ == "prep" and governor.head.pos_ == "VERB":
        governor = governor.head
    verbs = shared_subject_verbs(governor)
    clause_subjects = {
        h.key
        for h in candidates(state, before, 0, sentence)
        if h.subject and state.doc[h.token].head.i in verbs
    }
    if pronoun.dep_ in ("nsubj", "nsubjpass", "poss") or word.endswith("self"):
        clause_subjects = set()
    if word in PLURAL:
        if plural_thing_before(state, pronoun):
            return None
        groups = [
            h
            for h in candidates(state, before, 1, sentence)
            if h.key not in clause_subjects
            and h.plural
            and state.protos[h.key].type in PLURAL_TYPES
        ]
        if not any(h.sentence == sentence for h in groups):
            decided, key = subject_antecedent(state, pronoun, sentence)
            if decided:
                return key
        if not groups:
            return None
        nearest = [h for h in groups if h.sentence == groups[0].sentence]
        return next((h for h in nearest if h.subject), nearest[0]).key
    banned = "f" if word in MALE else "m"
    people = [
        h
        for h in candidates(state, before, 2, sentence)
        if state.protos[h.key].type is ActorType.PERSON
        and h.key not in clause_subjects
        and gender_of(state.protos[h.key]) != banned
    ]
    people = quotation_people(state, pronoun, people)
    if not people:
        # A longer reach (quotes split sentences) only when one person is in view.
        wide = [
            h
            for h in candidates(state, before, 5, sentence)
            if state.protos[h.key].type is ActorType.PERSON
            and gender_of(state.protos[h.key]) != banned  # "Putin spoke. She asked …": not him
        ]
        wide = quotation_people(state, pronoun, wide)
        return wide[0].key if len({h.key for h in wide}) == 1 else None
    same = [h for h in people if h.sentence == sentence]
    if same:
        # the subject first, as in Hobbs's search: "Pompeo cited support for Maduro
        # as his motivation", "Navalny is a critic of Putin, and his associates"
        chosen = next((h for h in same if h.subject), same[0])
    else:
        nearest_sentence = people[0].sentence
        in_sentence = [h for h in people if h.sentence == nearest_sentence]
        chosen = next((h for h in in_sentence if h.subject), in_sentence[-1])
    unsure = gender_of(state.protos[chosen.key]) is None and not chosen.subject
    if unsure and len({h.key for h in people}) > 1:
        return None  # gender unknown, not a subject, another person in view
    return chosen.key


def modifier(token: Token) -> bool:
    """Tell whether a name modifies another noun, itself or as a conjunct.

    "Russia is under U.S. and *EU* sanctions over its …": the EU modifies "sanctions".
    """
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token.dep_ in ("compound", "amod", "nmod")


def _fits_possessive(state: Resolution, pronoun: Token, hit: Hit) -> bool:
    """Tell whether an actor can be what a pronoun is: "it"/"its" a body, "he"/"his" a man."""
    kind = state.protos[hit.key].type
    if pronoun.lower_ in ("it", "its"):
        return kind in IT_TYPES
    if pronoun.lower_ == "its":
        return kind not in NON_AGENT and kind is not ActorType.PERSON
    if pronoun.lower_ in PLURAL:
        return hit.plural and kind in PLURAL_TYPES
    banned = "f" if pronoun.lower_ in MALE else "m"
    return kind is ActorType.PERSON and gender_of(state.protos[hit.key]) != banned


def shared_subject_verbs(verb: Token) -> set[int]:
    """Return the verb and those it shares its subject with across "and" (token indices).

    "Kerry called Lavrov and urged *him* to act": "urged" has no subject of its
    own, so that of "called" is its subject too, and "him" is not Kerry.
    """
    verbs = {verb.i}
    while (
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        verb = verb.head
        verbs.add(verb.i)
    return verbs


def it_antecedent(state: Resolution, pronoun: Token, sentence: int) -> str | None:
    """Return the key of the body "it" refers to, or None when none is in view.

    The nearest singular subject or object before it, in its sentence or the one
    before, decides: "Hamas said that *it* would …" → Hamas; "civilians fled the
    city after the militants attacked *it*" → the city, no actor. An object "it"
    never means its own clause's subject ("Iran said the US attacked it" → Iran).
    """
    doc = state.doc
    keys = {h.token: h.key for h in state.hits}
    starts = 0  # sentence starts passed: this sentence and the one before
    for i in range(pronoun.i - 1, -1, -1):
        tok = doc[i]
        if starts == 2:
            break
        if i == pronoun.sent.start - 1:  # into the sentence before: its subjects decide
            decided, key = subject_antecedent(state, pronoun, sentence)
            if decided:
                return key
        starts += bool(tok.is_sent_start)
        if tok.dep_ not in IT_ARGUMENTS or tok.tag_ not in ("NN", "NNP"):
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == pronoun.head.i:
            continue  # "the US attacked it": not the US
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ADDRESS_VERBS:
            continue  # "a spokesperson told VOA it had …": not the one told
        key = keys.get(i)
        return key if key is not None and state.protos[key].type in IT_TYPES else None
    return None


def subject_antecedent(state: Resolution, pronoun: Token, sentence: int) -> tuple[bool, str | None]:
    """Find the antecedent of a subject "it"/"they" in the sentences before its own.

    As a subject pronoun continues the topic, the subjects of the sentences before
    decide, nearest first, within the anaphor window (as for "the group"): a subject
    of the pronoun's number that is an actor of a fitting type is the antecedent
    ("The militants stormed the village. They killed …"); one of the wrong type is
    passed over ("Putin visited Iran. It …" skips Putin); one that is no actor ends
    the search with none ("The talks collapsed. They …"). Returns (decided, key):
    not decided when no subject of that number is in the window.
    """
    if pronoun.dep_ != "nsubj" or pronoun.head.pos_ not in ("VERB", "AUX"):
        return False, None
    plural = pronoun.lower_ in PLURAL
    if plural and any(
        t.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in t.children)
        for t in pronoun.doc[pronoun.sent.start : pronoun.i]
    ):
        return True, None  # "Russia and the regime … why they keep …": the pair, no one actor
    hits = {h.token: h for h in candidates(state, pronoun.sent.start, ANAPHOR_WINDOW, sentence)}
    forceful = uses_force(pronoun.head)
    doc = state.doc
    start = pronoun.sent.start
    for _ in range(ANAPHOR_WINDOW):
        if start == 0:
            break
        sent = doc[start - 1].sent
        start = sent.start
        for tok in sent:
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if any(c.dep_ == "conj" for c in tok.children):
                if plural:  # "The army and police sent …": each of the pair did it
                    return True, coordinated_subject(state, tok, hits)
                continue
            hit = hits.get(tok.i)
            # a group's name may be plural ("the Houthis"); "it" goes by the word alone
            same = _same_number(tok, plural) or (plural and hit is not None and hit.plural)
            if not same:
                continue
            if hit is None:  # an unresolved subject of that number: a thing or an unknown party
                return True, None
            if forceful and undergoer(tok):  # "Residents fled the city. They executed …"
                return True, None
            kind = state.protos[hit.key].type
            if forceful and kind is ActorType.GROUP and civilian(state.protos[hit.key].label):
                # "The passengers described the attack. They shot people …": the ones who
                # tell of the violence are no agent of it
                return True, None
            if kind in (PLURAL_TYPES if plural else IT_TYPES):
                return True, hit.key
            if plural and kind is ActorType.STATE and tok.tag_ == "NNPS":
                return True, hit.key  # "The Saudis bombed the Houthis. They …": the Saudis
    return False, None


def coordinated_subject(state: Resolution, subject: Token, hits: dict[int, Hit]) -> str | None:
    """Return the first conjunct of a joined subject that a later "they" can stand for.

    "Rebel fighters and their allies overran the base. They seized tanks": each
    conjunct did what the pair did, so the first resolved one that is a group,
    military or government is an agent of it (the rebels). None when no conjunct
    is such an actor.
    """
    for tok in (subject, *subject.conjuncts):
        hit = hits.get(tok.i)
        if hit is not None and state.protos[hit.key].type in PLURAL_TYPES:
            return hit.key
    return None


def uses_force(verb: Token) -> bool:
    """Tell whether a verb's trigger is coercion or violence (CAMEO roots 17 to 20)."""
    trigger = verb_trigger(lemma_of(verb)) if verb.pos_ == "VERB" else None
    if trigger is None:
        return False
    code = trigger.cameo or RELATIONS[trigger.predicate].cameo or ""
    return code[:2] in FORCE_ROOTS


def undergoer(subject: Token) -> bool:
    """Tell whether a subject flees, suffers or undergoes force rather than acting.

    "Residents *fled*", "villagers *died*", "the protesters *were shot*": no agent of
    the violence a following "they" commits.
    """
    verb = subject.head
    if subject.dep_ == "nsubjpass":
        return uses_force(verb)
    return verb.pos_ == "VERB" and verb.lemma_.lower() in UNDERGOER_VERBS


def _same_number(token: Token, plural: bool) -> bool:
    """Tell whether a subject word has the number of "they" (plural) or "it" (singular)."""
    if token.pos_ == "PRON":
        return token.lower_ in (PLURAL if plural else ("it",))
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return (token.tag_ in ("NNS", "NNPS")) == plural


def plural_thing_before(state: Resolution, pronoun: Token) -> bool:
    """Tell whether the nearest plural argument before "they" is a thing, not an actor.

    As for "it", the nearest plural subject or object in the pronoun's sentence
    decides: "X criticised the curbs on women, demanding *they* be
    reversed" → the curbs, no group; "Militants said *they* released …" → the
    militants. An object "them" never means its own clause's subject.
    """
    doc = state.doc
    # only in its own sentence: a "They" opening a sentence is the last one's subject
    # ("The Houthis fired missiles at ships. They said …")
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        tok = doc[i]
        if tok.dep_ not in IT_ARGUMENTS or tok.tag_ not in ("NNS", "NNPS"):
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == pronoun.head.i:
            continue
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ADDRESS_VERBS:
            continue
        if tok.lemma_.lower() in PERSON_NOUNS or tok.lower_ in GROUP_HEADS:
            return False  # "The officials also said they …": people, resolved or not
        return mention_at(state, i, containing=True) is None
    return False
