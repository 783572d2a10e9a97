"""Code a relation the CAMEO way: intent, threat, refusal and context-dependent codes.

CAMEO codes intent and threat apart from the act (CAMEO 1.1b3, sections 03
and 13): a planned consultation becomes ``proposesTalksWith`` (036); other
planned cooperative acts keep their predicate but carry the matching 03x code
("will provide aid" → 033), planned coercion or force the matching 13x code
("would blockade" → 138), and an act under "threaten"/"vow"/"warn" becomes
``threatens``. An act under "refuse"/"decline" is flagged as refused so that
the caller also yields ``rejects``. A few codes depend on the arguments:
killing by armed forces is conventional military force (190), an arrest or
assault on a place is fighting (190), expelling diplomats or inspectors is
reducing relations (166), and armed forces supporting or assisting a
partner cooperate militarily (062) rather than praise or aid it; strikes that
"suppress" a unit fight it (190) rather than coerce it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import (
    AID_NOUNS,
    BACKING_VERBS,
    ENVOY_NOUNS,
    MILITARY_NOUNS,
    PLACE_NOUNS,
    lemma_of,
    verb_trigger_at,
)
from kgraph.extract.mentions.actor_words import PERSON_HEADS
from kgraph.extract.mentions.assets import FORCE_VERBS, STRIKE_NOUNS, is_asset
from kgraph.extract.qualifiers.modality import FUTURE_AUX
from kgraph.extract.relations.embargoes import trade_ban
from kgraph.extract.syntax import infinitive_marker
from kgraph.model import Actor, ActorType, Modality
from kgraph.predicates import Predicate
from kgraph.vocabulary import RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.relations.arguments import Candidate

CONSULT = frozenset(("consultsWith", "meetsWith", "negotiatesWith"))


# CAMEO 1.1b3 section 03: "express intent to …"
INTENT_CODES = {
    "cooperatesWith": "032",
    "praises": "032",
    "signsAgreementWith": "032",
    "cooperatesMateriallyWith": "031",
    "providesAidTo": "033",
    "yieldsTo": "035",
    "releases": "035",
    "withdrawsFrom": "035",
    "investigates": "030",
    "expressesIntentToCooperateWith": "030",
}


# CAMEO 1.1b3 section 13: "threaten …"
THREAT_CODES = {
    "mobilizesAgainst": "138",
    "reducesRelationsWith": "131",
    "sanctions": "132",
    "designates": "132",
    "coerces": "137",
    "arrests": "137",
    "expels": "137",
    "assaults": "138",
    "kills": "138",
    "fightsAgainst": "138",
    "targets": "138",
    "attacks": "138",
}


THREAT_VERBS = shipped_classes()["threat_verbs"]
MEASURE_NOUNS = shipped_classes()["measure_nouns"]
ECONOMIC_CONFLICT = shipped_classes()["economic_conflict_words"]
# bodies whose expulsion reduces relations (CAMEO 166): aid agencies, international bodies
EXPELLED_BODIES = frozenset((ActorType.INTERNATIONAL_ORGANIZATION, ActorType.ORGANIZATION))


# taking a place is occupying territory (192), not an arrest; a curfew in it stays coercion
CAPTURE_VERBS = shipped_classes()["capture_verbs"]
INFLUENCE_NOUNS = shipped_classes()["influence_nouns"]
MATERIAL_SUPPORT = shipped_classes()["material_support_words"]
FORCE_PREDICATES = frozenset(("attacks", "fightsAgainst", "targets", "assaults"))
PLACE_ENTS = frozenset(("GPE", "LOC", "FAC"))
SUPPORT_WORDS = shipped_classes()["support_words"]
SEIZED_PROPERTY = shipped_classes()["seized_property_nouns"]
RECOGNITION_VERBS = shipped_classes()["recognition_verbs"]


def _seizes_property(verb: Token) -> bool:
    """Tell whether a seizure takes goods, not ground: "police *confiscated weapons* from the gang".

    Taking arms or cash from an armed party is confiscation (CAMEO 17); taking
    an airport or a town from it is a military operation.
    """
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in SEIZED_PROPERTY
        for c in verb.children
        for c in (c, *c.conjuncts)
    )


def _fought_beside(trigger: Token) -> bool:
    """Tell whether a cooperation is read from an act of force ("fought alongside X")."""
    trig = verb_trigger_at(trigger) if trigger.pos_ == "VERB" else None
    return trig is not None and trig.predicate in FORCE_PREDICATES


def _place(actor: Actor, token: Token) -> bool:
    """Tell whether an object names a place ("Omaha Beach", "Kabul" read as its government)."""
    return actor.type is ActorType.LOCATION or token.ent_type_ in PLACE_ENTS


def _armed(actor: Actor) -> bool:
    """Return True for a military or armed actor (a coalition's forces included)."""
    if actor.type in (ActorType.MILITARY, ActorType.ARMED_GROUP):
        return True
    return bool(actor.cameo and actor.cameo.endswith("MIL"))


TAKING_GROUND = shipped_classes()["capture_verbs"] | shipped_classes()["retaking_verbs"]


def _forceful_clause(verb: Token) -> bool:
    """Tell whether a clause's verb is an act of force or of taking ground ("retook the town")."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in FORCE_VERBS | TAKING_GROUND:
        return True
    trig = verb_trigger_at(verb)
    return trig is not None and trig.predicate in FORCE_PREDICATES


def _aided_in_force(trigger: Token) -> bool:
    """Tell whether a participle of support is given in an act of force.

    "X retook the town, *aided by* Y", "The rebels, *supported by* Y, seized the
    airport": Y's support is military.
    """
    if trigger.tag_ != "VBN" or trigger.dep_ not in ("acl", "advcl"):
        return False
    clause = trigger.head
    if trigger.dep_ == "acl" and clause.dep_ == "nsubj":
        clause = clause.head  # the noun the participle hangs on is the clause's subject
    return _forceful_clause(clause)


def _forceful_support(trigger: Token) -> bool:
    """Tell whether support is given by an act of force: "jets bombed X *in support of* Y".

    The clause's verb is one of force ("bombed", "struck") or deploys force ("conducted
    strikes", "sent troops"), or the phrase hangs on the force itself ("carried out
    strikes in support of Y"); "spoke in support of Y" stays praise.
    """
    if _aided_in_force(trigger):
        return True
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "in":
        return False
    verb = trigger.head.head
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in STRIKE_NOUNS | MILITARY_NOUNS:
        return True
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in FORCE_VERBS:
        return True
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in STRIKE_NOUNS | MILITARY_NOUNS
        for c in verb.children
    )


PRESSING_VERBS = shipped_classes()["pressing_verbs"]


def _pressed_to_act(verb: Token) -> bool:
    """Tell whether a verb of pressure presses its object to act: "pressured Armenia to join".

    CAMEO codes the pressure to do something as a demand (10); coercion (17) is a
    material act on the party.
    """
    return (
        lemma_of(verb) in PRESSING_VERBS
        and any(c.dep_ == "dobj" for c in verb.children)
        and any(
            c.dep_ in ("xcomp", "advcl") and infinitive_marker(c) is not None for c in verb.children
        )
    )


REFUSAL_VERBS = shipped_classes()["refusal_verbs"]
OFFERING_ADJECTIVES = shipped_classes()["offering_adjectives"]


PROPOSING_VERBS = shipped_classes()["proposing_verbs"]


def proposal_made(chain: list[Token]) -> bool:
    """Return True when a proposing verb above the trigger is itself a past or present act."""
    for token in chain[1:]:
        if lemma_of(token) in PROPOSING_VERBS and token.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
            return not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might")
                for c in token.children
            )
    return False


def _beside_recipient(cand: Candidate) -> bool:
    """Tell whether a giving verb names its recipient as an indirect object other than the object.

    "granted me access to Afghanistan", "gave the reporters visas for Iran": the place
    after the thing given is no recipient; "sent Ukraine weapons" keeps Ukraine.
    """
    trigger, obj = cand.trigger, cand.object.token
    # spaCy marks "to X" as a dative too: only a noun or pronoun is an indirect object
    dative = [c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    prep = obj.head
    return (
        bool(dative)
        and obj.dep_ == "pobj"
        and prep.dep_ == "prep"
        and (
            prep.head.i == trigger.i or (prep.head.dep_ == "dobj" and prep.head.head.i == trigger.i)
        )
    )


def _causative(trigger: Token) -> bool:
    """Tell whether "lead" has an object and an infinitive: "leading X *to call* for Y"."""
    return trigger.lemma_.lower() == "lead" and any(
        c.dep_ == "xcomp" and infinitive_marker(c) is not None for c in trigger.children
    )


def predicated_backing(verb: Token) -> bool:
    """Tell a passive of sponsorship said of its subject: "the rebels *are backed* by Iran".

    Like the participle ("militias backed by Iran"), it states a standing tie.
    """
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in BACKING_VERBS
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and any(c.dep_ == "agent" for c in verb.children)
    )


def _material(trigger: Token) -> bool:
    """Tell whether support is given in kind: "with weapons", "militarily", "financial"."""
    for child in trigger.children:
        if child.dep_ in ("advmod", "amod", "compound") and child.lower_ in MATERIAL_SUPPORT:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "with"
            and any(c.dep_ == "pobj" and c.lemma_.lower() in AID_NOUNS for c in child.children)
        ):
            return True
    return False


def _influence_of(obj: Token) -> bool:
    """Tell whether an actor only owns what is countered: "counter *Beijing's* clout"."""
    return obj.dep_ in ("poss", "amod", "compound") and obj.head.lemma_.lower() in INFLUENCE_NOUNS


def _known_again(cand: Candidate) -> bool:
    """Tell whether recognition means knowing a person again: "an officer *recognized* her".

    Recognition as a tie is of a state, a government or a body, or of a person
    "as" what they claim to be ("recognized Guaido as interim president").
    """
    return (
        cand.trigger.lemma_.lower() in RECOGNITION_VERBS
        and (
            cand.object.actor.type in (ActorType.PERSON, ActorType.GROUP)
            or cand.object.token.lower_ in PERSON_HEADS  # "recognized the gunman"
        )
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in cand.trigger.children)
    )


def _blamed_for(trigger: Token) -> bool:
    """Tell whether an attack is blame: "attacked the newspaper *for refusing* to …".

    One attacks a person *for* what they did in words, not in arms; "for" with a
    gerund or a possessed noun gives the reason ("for its coverage").
    """
    if trigger.pos_ != "VERB":
        return False
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for c in prep.children:
                if c.dep_ == "pcomp" and c.tag_ == "VBG":
                    return True
                if c.dep_ == "pobj" and any(p.dep_ == "poss" for p in c.children):
                    return True
    return False


def _struck_with_measure(trigger: Token) -> bool:
    """Tell whether a blow is dealt with a measure: "hit Moscow *with sanctions*"."""
    return any(
        pobj.lemma_.lower() in MEASURE_NOUNS
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _measure(trigger: Token) -> bool:
    """Tell whether a participle names what a measure aims at: "legislation *targeting* X".

    Or whether an act of force is dealt with a measure: "hit Moscow with sanctions".

    The parser hangs it on the noun, or, with a word between ("approved legislation
    Tuesday targeting X"), on the verb whose object the measure is.
    """
    if _struck_with_measure(trigger):
        return True
    if trigger.tag_ not in ("VBG", "VBN"):
        return False
    head = trigger.head
    if trigger.dep_ == "acl":
        return head.lemma_.lower() in MEASURE_NOUNS
    return trigger.dep_ == "advcl" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS for c in head.children
    )


def _ultimatum(chain: list[Token]) -> bool:
    """Tell whether an act is announced on a condition: "will withdraw … *unless* Y …".

    CAMEO codes an ultimatum as the threat of the act (13x), as it codes "would
    blockade"; "could attack if …" stays a mere possibility.
    """
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for t in chain for c in t.children)
    return future and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for t in chain
        for c in t.children
    )


def _conditional_offer(chain: list[Token]) -> bool:
    """Tell whether an act is promised on a condition: "would meet X *if* he …".

    The future with "if" is an offer, as the future with "unless" is an ultimatum
    (:func:`_ultimatum`); "could meet X if …" stays a mere possibility.
    """
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for t in chain for c in t.children)
    return future and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for t in chain
        for c in t.children
    )


def _offer(trigger: Token) -> bool:
    """Tell whether an act is offered: "X is *willing* to send arms to help defend Y".

    The offering adjective sits above the act in its clause, through the purpose
    clauses and complements between them (not above a clause of speech).
    """
    token = trigger
    while token.head.i != token.i and token.dep_ in ("xcomp", "advcl", "conj", "acomp"):
        token = token.head
        if token.lemma_.lower() in OFFERING_ADJECTIVES:
            return True
    return False


def _withdrawn_envoys(trigger: Token) -> bool:
    """Tell whether what is withdrawn are envoys, inspectors or peacekeepers.

    The direct object of "withdraw" ("withdrew its inspectors"), or the "of" object of
    "withdrawal" / "pullout", or a modifier of it ("the peacekeeping force").
    """
    things = [c for c in trigger.children if c.dep_ == "dobj"]
    things += [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for thing in things:
        words = [thing, *(c for c in thing.children if c.dep_ in ("compound", "amod"))]
        if any(w.lemma_.lower() in ENVOY_NOUNS for w in words):
            return True
    return False


def _on_path(token: Token, top: Token, lemmas: frozenset[str]) -> bool:
    """Return True when a word on the path from ``token`` up to ``top`` has one of the lemmas."""
    node = token
    for _ in range(5):
        if node.lemma_.lower() in lemmas:
            return True
        if node == top or node.head == node:
            return False
        node = node.head
    return False


def _described(cand: Candidate) -> bool:
    """Tell a nominal event whose doer is a modifier inside its phrase: "the *US-led* war".

    Such an event is told in passing: a threat or refusal of the clause above it is
    someone else's.
    """
    trigger, doer = cand.trigger, cand.subject.token
    if trigger.pos_ != "NOUN" or doer == trigger or doer not in trigger.subtree:
        return False
    # a possessor may be the clause's own subject: "threatened to widen *its* war with X"
    return doer.dep_ != "poss" and doer.pos_ != "PRON"


def _received(obj: Token, trigger: Token) -> bool:
    """Tell whether an object is a guest of its verb itself, or conjoined with one.

    "Britain hosted France and Germany": Germany hangs from France, a guest too;
    "received Iranian assistance" names no guest.
    """
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    return obj.head.i == trigger.i


def _own_clause(chain: list[Token]) -> list[Token]:
    """Return the words of a clause chain up to a clause with a subject of its own.

    In "Russia refused to let Ukraine join NATO" the refusal and any threat above
    "let" are Russia's, not the joiner's: they recode no act of Ukraine.
    """
    for i in range(1, len(chain)):
        lower = chain[i - 1]
        if lower.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in lower.children):
            return chain[:i]
    return chain


def recode(
    cand: Candidate, modality: Modality, chain: list[Token]
) -> tuple[Predicate | Literal[""], str | None, bool]:
    """Return (predicate, CAMEO code, refused) after intent, threat and refusal cues.

    An empty predicate means the candidate is no relation after all.
    """
    predicate = cand.predicate
    kind = RELATIONS.get(predicate)
    code = kind.cameo if kind else None
    if (
        predicate == "praises"
        and cand.trigger.lemma_.lower() == "defend"
        and cand.object.actor.type is ActorType.LOCATION
    ):
        return "", None, False  # defending a town is no praise
    if _known_again(cand):
        return "", None, False  # "an officer recognized her": knew her, no recognition
    if predicate in ("arrests", "coerces", "assaults") and (
        cand.object.token.head.lemma_.lower() in PLACE_NOUNS
        or cand.object.token.lemma_.lower() in PLACE_NOUNS
    ):
        predicate, code = "fightsAgainst", "190"  # "captured the rebels' stronghold"
    elif predicate == "assaults" and _place(cand.object.actor, cand.object.token):
        predicate, code = "attacks", "190"  # "troops assaulted Omaha Beach": a military attack
    elif (
        predicate in ("arrests", "coerces")
        and cand.object.actor.type is ActorType.LOCATION
        and cand.trigger.lemma_.lower() in CAPTURE_VERBS
        and cand.object.token.head.lower_ != "from"  # "seized the tanks from the airfield"
    ):
        predicate, code = "fightsAgainst", "192"  # "ISIL captured Mosul": occupy territory
    elif (
        predicate == "coerces"
        and cand.object.token.head.lower_ == "from"
        and _armed(cand.object.actor)
        and not _seizes_property(cand.trigger)
    ):
        predicate, code = "fightsAgainst", "190"  # "seized the airport from ISIS fighters"
    elif predicate == "coerces" and (
        is_asset(cand.object.token) or cand.subject.token.lemma_.lower() in STRIKE_NOUNS
    ):
        predicate, code = "fightsAgainst", "190"  # "strikes suppressed an ISIL tactical unit"
    elif predicate == "cooperatesMateriallyWith" and _fought_beside(cand.trigger):
        code = "062"  # "fought alongside the army": military cooperation
    elif predicate == "coerces" and trade_ban(cand.trigger):
        predicate, code = "sanctions", "163"  # "banned imports from X": an embargo
    elif predicate == "coerces" and _pressed_to_act(cand.trigger):
        predicate, code = "demands", RELATIONS["demands"].cameo  # "pressured X to join Y"
    elif predicate == "expels" and (
        _on_path(cand.object.token, cand.trigger, ENVOY_NOUNS)
        or cand.object.actor.type in EXPELLED_BODIES
    ):
        # CAMEO files expelling diplomats, inspectors or an agency ("forced the UN
        # refugee agency out") under reducing relations; expelling people is coercion
        code = "166"
    elif predicate == "fightsAgainst" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ECONOMIC_CONFLICT
        for c in cand.trigger.children
    ):
        return "", None, False  # "trade wars with Canada": no fighting
    elif predicate in FORCE_PREDICATES and _influence_of(cand.object.token):
        return "", None, False  # "to counter Beijing's growing clout": no force on Beijing
    elif predicate == "attacks" and _blamed_for(cand.trigger):
        predicate, code = "criticizes", RELATIONS["criticizes"].cameo  # "attacked X for …"
    elif predicate == "leads" and _causative(cand.trigger):
        return "", None, False  # "leading South Korea to call for …": a cause, no leader
    elif predicate == "providesAidTo" and _beside_recipient(cand):
        return "", None, False  # "will grant me access to X": the recipient is "me"
    elif predicate in ("targets", "attacks") and _measure(cand.trigger):
        predicate, code = "sanctions", RELATIONS["sanctions"].cameo  # "a bill targeting Turkey"
    elif predicate == "withdrawsFrom" and _withdrawn_envoys(cand.trigger):
        # "withdrew its inspectors / peacekeeping force from Iraq": less presence, not a
        # retreat (CAMEO 166); announced, a threat to reduce relations (131)
        predicate, code = "reducesRelationsWith", "166"
    elif predicate == "meetsWith" and cand.trigger.lemma_.lower() == "welcome":
        # "welcomed X's statement", "welcomed the soldiers home": approval (tokens are
        # compared by index: spaCy makes a new Token object at each access)
        predicate, code = "praises", "051"
    elif predicate == "meetsWith" and not _received(cand.object.token, cand.trigger):
        if cand.trigger.lemma_.lower() in ("receive", "host"):
            return "", None, False  # "received Iranian assistance" is no meeting
    elif (
        predicate in ("praises", "providesAidTo")
        and cand.trigger.lemma_.lower() in SUPPORT_WORDS
        and cand.object.actor.type is ActorType.MILITARY_OPERATION
    ):
        return "", None, False  # serving in an operation ("supporting Operation X") is no praise
    elif (
        predicate in ("praises", "providesAidTo")
        and cand.trigger.lemma_.lower() in SUPPORT_WORDS
        and (_armed(cand.subject.actor) or _forceful_support(cand.trigger))
    ):
        # "the coalition supports the SDF", "forces in support of the government":
        # armed forces backing a partner cooperate militarily (CAMEO 062)
        predicate, code = "cooperatesMateriallyWith", "062"
    elif predicate == "praises" and predicated_backing(cand.trigger):
        return "", None, False  # "the rebels are backed by Iran": a standing tie (standing.py)
    elif (
        predicate == "praises"
        and cand.trigger.lemma_.lower() in SUPPORT_WORDS
        and _material(cand.trigger)
    ):
        # "supports Ukraine with weapons", "backs Kyiv financially", "military backing
        # of the government": support given in kind is aid (CAMEO 07), not praise
        predicate, code = "providesAidTo", RELATIONS["providesAidTo"].cameo
    elif predicate == "kills" and (
        cand.subject.token.lemma_.lower() in MILITARY_NOUNS
        or cand.subject.token.head.lemma_.lower() in MILITARY_NOUNS
        or cand.subject.actor.type.value == "Military"
    ):
        code = "190"  # killing by armed forces is conventional military force
    above = {t.lemma_.lower() for t in _own_clause(chain)[1:]}
    if _described(cand):
        # "refused to aid the US-led war against Iraq": Turkey refused, the US did not
        above = set()
    if (
        above & THREAT_VERBS
        and predicate != "threatens"
        and predicate not in INTENT_CODES
        and code is not None  # "vowed not to return the Golan Heights": no act, no threat
    ):
        # "vowed to strike X" threatens; "vowed to defend X" is a promise (03, below)
        return "threatens", THREAT_CODES.get(predicate, "130"), False
    refused = bool(above & REFUSAL_VERBS)
    offered = modality is Modality.HYPOTHETICAL and (
        predicate in INTENT_CODES or predicate in CONSULT
    )
    if offered and (_offer(cand.trigger) or _conditional_offer(chain)):
        # "is willing to help defend Y if it is attacked", "would meet X if he …": an
        # offer made on a condition, coded as the intent (03)
        if predicate in CONSULT:
            return "proposesTalksWith", RELATIONS["proposesTalksWith"].cameo, refused
        return predicate, INTENT_CODES[predicate], refused
    if modality is Modality.PLANNED or (modality is Modality.HYPOTHETICAL and _ultimatum(chain)):
        if predicate in CONSULT:
            return "proposesTalksWith", RELATIONS["proposesTalksWith"].cameo, refused
        if predicate in INTENT_CODES:
            return predicate, INTENT_CODES[predicate], refused
        if predicate in THREAT_CODES:
            return predicate, THREAT_CODES[predicate], refused
    return predicate, code, refused
