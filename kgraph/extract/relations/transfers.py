"""Goods, money and forces handed from one party to another (CAMEO 03, 06, 07).

* :func:`handed_over` — goods or money given to the party of a "to" phrase by a verb
  of handing over: "Norway *transferred* $20 million *to* the Palestinian Authority",
  "Canada *airlifted* tents *to* the Red Crescent" → ``providesAidTo`` (CAMEO 071, 073;
  weapons 072). A verb whose own trigger is a promise keeps it: "Japan *pledged* $10
  million to UNICEF" expresses the intent to give (CAMEO 0331).
* :func:`equipped_with` — the recipient as the direct object, the gift in a "with"
  phrase: "Iran *supplied* the Houthis *with* arms" → ``providesAidTo`` (CAMEO 072);
  "provided Kenya with intelligence" shares information (CAMEO 064,
  ``cooperatesMateriallyWith``).
* :func:`arms_sales` — weapons sold to a buyer or bought from a seller: "Russia *sold*
  fighter jets to India", "India *bought* missiles from Russia" → the seller
  ``cooperatesMateriallyWith`` the buyer (CAMEO 062).
* :func:`sold_or_delivered` — a sale or delivery named by a noun, made by its
  possessor or by the subject that approves it: "Washington approved the sale of jets
  to Taiwan", "U.S. arms sales to Taiwan" (CAMEO 062), "Germany's delivery of tanks to
  Ukraine" (07).
* :func:`access_granted` — access granted to a party: "Syria granted the Red Cross
  access to the prisons" → ``yieldsTo`` (CAMEO 086, allow international involvement);
  asylum granted: "Russia granted Edward Snowden asylum" → ``providesAidTo`` (075).
* :func:`peacekeepers_sent` — peacekeepers sent to a place, or troops contributed to a
  force in one: "Bangladesh deployed peacekeepers to Sudan", "France will contribute
  4,000 troops to a force in Mali" → ``providesAidTo`` the place (CAMEO 074).

Only goods, money and forces count as the gift: "sent a message to X", "gave a speech
to X" and "delivered a blow to X" give nothing (the ``spoken_gifts`` and
``figurative_gifts`` classes veto them where the trigger lexicon reads them), and
arms of one's own handed in are laid down (:func:`~kgraph.extract.relations.vetoes.laid_down_arms`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import (
    AID_NOUNS,
    MILITARY_NOUNS,
    RECEIVING_VERBS,
    lemma_of,
    noun_trigger,
    verb_trigger_at,
)
from kgraph.extract.relations.arguments import conjuncts, resolve_all, verb_subjects
from kgraph.extract.relations.objects import pair_candidates, pobjs_of
from kgraph.extract.syntax import infinitive_marker
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.relations.arguments import Argument, Candidate
    from kgraph.model import ActorIndex

AID: Predicate = "providesAidTo"
MATERIAL: Predicate = "cooperatesMateriallyWith"
INTENT: Predicate = "expressesIntentToCooperateWith"
_CLASSES = shipped_classes()
MILITARY_GOODS = _CLASSES["military_goods"]
MATERIEL_HEADS = _CLASSES["materiel_heads"]
DEFENCE_WORDS = _CLASSES["materiel_modifiers"]
GOODS = AID_NOUNS | MILITARY_GOODS | _CLASSES["relief_goods"] | _CLASSES["currency_nouns"]
SUPPLIER_NOUNS = _CLASSES["supplier_nouns"]
DONOR = "donor"
TRANSFER_VERBS = _CLASSES["transfer_verbs"]
EQUIPPING_VERBS = _CLASSES["equipping_verbs"]
INTELLIGENCE = _CLASSES["intelligence_nouns"]
SELLING_VERBS = _CLASSES["selling_verbs"]
BUYING_VERBS = _CLASSES["buying_verbs"]
DEPLOYING_VERBS = _CLASSES["deploying_verbs"]
PEACEKEEPING = _CLASSES["peacekeeping_words"]
FORCE_BODIES = _CLASSES["force_bodies"]
ENTERING_VERBS = _CLASSES["entering_verbs"]
PACT_APPROVING_VERBS = _CLASSES["pact_approving_verbs"]
ACCESS_VERBS = _CLASSES["access_verbs"]
SALE_NOUNS = _CLASSES["sale_nouns"]
DELIVERY_NOUNS = _CLASSES["delivery_nouns"]
APPROVING_VERBS = _CLASSES["approving_verbs"]
HALTING_VERBS = _CLASSES["halting_verbs"]
NOUN_DEPS = frozenset(("dobj", "nsubj", "nsubjpass"))
ACCESS_NOUNS = _CLASSES["access_nouns"]
ASYLUM_NOUNS = _CLASSES["asylum_nouns"]
YIELD: Predicate = "yieldsTo"
AGREEMENT: Predicate = "signsAgreementWith"
PARTNER_PREPS = frozenset(("with", "between"))
INTO = frozenset(("into",))
OF = frozenset(("of",))
TO = frozenset(("to",))
WITH = frozenset(("with",))
FROM = frozenset(("from",))
IN = frozenset(("in",))
TO_FOR = frozenset(("to", "for"))
FOR = frozenset(("for",))
PLACE_PREPS = frozenset(("to", "in", "into"))
STRENGTH = 0.6


def _things(token: Token) -> list[Token]:
    """Return the token, its conjuncts, and what an amount of it is of ("700 kg of medicine")."""
    out = conjuncts(token)
    for amount in list(out):
        counted = amount.ent_type_ == "MONEY" or amount.pos_ == "NUM"
        for inner in pobjs_of(amount, OF | IN if counted else OF):  # "$5 million in aid"
            out.extend(conjuncts(inner))
            for deeper in pobjs_of(inner, OF):  # "$50,000 worth of goods"
                out.extend(conjuncts(deeper))
    return out


def _gifts(holder: Token, kinds: frozenset[str]) -> list[Token]:
    """Return the words of the holder that name goods of ``kinds`` or a sum of money."""
    return [
        t
        for t in _things(holder)
        if t.lemma_.lower() in kinds
        or (t.i == holder.i and t.ent_type_ == "MONEY")
        or (kinds & MILITARY_GOODS and _materiel(t))
    ]


def _materiel(token: Token) -> bool:
    """Tell whether a generic head names arms through its modifier: "air defense systems"."""
    return token.lemma_.lower() in MATERIEL_HEADS and any(
        c.dep_ == "compound" and c.lemma_.lower() in MILITARY_GOODS | DEFENCE_WORDS
        for c in token.children
    )


def _recipients(verb: Token) -> list[Token]:
    """Return the party of the verb's "to" phrase, told as a dative or a preposition.

    "pledged $10 million to UNICEF" may be parsed with *to UNICEF* as an infinitive;
    a name with a bare "to" before it is still the recipient.
    """
    out = [
        p
        for c in verb.children
        if c.dep_ in ("dative", "prep") and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    out += [
        c
        for c in verb.children
        if c.dep_ == "xcomp" and c.pos_ == "PROPN" and infinitive_marker(c) is not None
    ]
    return out


def _subjects(verb: Token, actors: ActorIndex) -> list[Argument]:
    subj_tokens, hops = verb_subjects(verb)
    if not subj_tokens and verb.dep_ == "conj":
        subj_tokens, hops = verb_subjects(verb.head)  # "donated and delivered goods to X"
    return resolve_all(subj_tokens, actors, hops=hops)


def handed_over(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield goods or money handed over to the party of the verb's "to" phrase.

    "Norway transferred $20 million to the Palestinian Authority", "Turkey handed over
    two tonnes of medicine to the Red Crescent", "Japan sent $5 million in aid for
    Turkey" → ``providesAidTo``; "Japan pledged
    $10 million to UNICEF" → ``expressesIntentToCooperateWith`` (CAMEO 0331).
    """
    if lemma_of(verb) not in TRANSFER_VERBS:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    gifts = [g for o in objects for g in _gifts(o, GOODS)]
    if not gifts:
        return
    # "sent $5 million in aid for Turkey": the recipient may hang on the gift
    receivers = _recipients(verb) + pobjs_of(verb, FOR)
    receivers += [r for g in gifts for r in pobjs_of(g, TO_FOR)]
    recipients = resolve_all(receivers, actors, hops=2)
    trig = verb_trigger_at(verb)
    predicate = INTENT if trig is not None and trig.predicate == INTENT else AID
    yield from pair_candidates(predicate, _subjects(verb, actors), recipients, verb, verb, STRENGTH)


def equipped_with(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the direct object as the receiver of what the "with" phrase names.

    "Iran supplied the Houthis with arms" → ``providesAidTo``; "Britain provided Kenya
    with intelligence" → ``cooperatesMateriallyWith`` (CAMEO 064).
    """
    if lemma_of(verb) not in EQUIPPING_VERBS:
        return
    given = pobjs_of(verb, WITH)
    predicate = (
        AID
        if any(_gifts(g, GOODS) for g in given)
        else MATERIAL
        if any(_gifts(g, INTELLIGENCE) for g in given)
        else None
    )
    if predicate is None:
        return
    receivers = resolve_all([c for c in verb.children if c.dep_ == "dobj"], actors)
    yield from pair_candidates(predicate, _subjects(verb, actors), receivers, verb, verb, STRENGTH)


def arms_sales(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the seller of weapons as cooperating militarily with the buyer (CAMEO 062).

    "Russia sold fighter jets to India"; "India bought missiles from Russia".
    """
    lemma = lemma_of(verb)
    selling, buying = lemma in SELLING_VERBS, lemma in BUYING_VERBS
    if not (selling or buying):
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_gifts(o, MILITARY_GOODS) for o in objects):
        return
    doers = _subjects(verb, actors)
    if selling:
        yield from pair_candidates(
            MATERIAL, doers, resolve_all(_recipients(verb), actors, hops=2), verb, verb, STRENGTH
        )
    else:
        sellers = resolve_all(pobjs_of(verb, FROM), actors, hops=2)
        yield from pair_candidates(MATERIAL, sellers, doers, verb, verb, STRENGTH)


def _peacekeepers(token: Token) -> bool:
    """Tell whether a noun names peacekeepers: "peacekeepers", "peacekeeping troops"."""
    return token.lemma_.lower() in PEACEKEEPING or (
        token.lemma_.lower() in MILITARY_NOUNS
        and any(c.lemma_.lower() in PEACEKEEPING for c in token.children)
    )


def _served_places(verb: Token, sent: list[Token]) -> list[Token]:
    """Return the places forces are sent to: "to Sudan", "to a force in Mali"."""
    places: list[Token] = []
    for target in pobjs_of(verb, PLACE_PREPS):
        if target.lemma_.lower() in FORCE_BODIES or _peacekeepers(target):
            places.extend(pobjs_of(target, PLACE_PREPS))
        elif any(_peacekeepers(s) for s in sent):
            places.append(target)
    return places


def peacekeepers_sent(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield peacekeeping given to the place forces are sent to (CAMEO 074).

    "Bangladesh deployed peacekeepers to Sudan", "France will contribute 4,000 troops
    to a force in Mali" → ``providesAidTo`` the place. Troops sent to a place with no
    peacekeeping force named stay unread: "sent troops to the border" aids no one.
    """
    if lemma_of(verb) not in DEPLOYING_VERBS:
        return
    sent = [
        t
        for c in verb.children
        if c.dep_ == "dobj"
        for t in conjuncts(c)
        if t.lemma_.lower() in MILITARY_NOUNS or _peacekeepers(t)
    ]
    if not sent:
        return
    places = resolve_all(_served_places(verb, sent), actors, hops=2)
    yield from pair_candidates(AID, _subjects(verb, actors), places, verb, verb, STRENGTH)


def received_goods(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield arms, relief goods or money received from a giver as the giver's aid.

    "Ukraine obtained missiles from the United States", "Sudan received $2 billion from
    Qatar" → the giver ``providesAidTo`` the receiver (aid nouns proper, "received
    weapons from Y", are read by :func:`~kgraph.extract.relations.orders.received_aid`).
    """
    if lemma_of(verb) not in RECEIVING_VERBS:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    gifts = [g for o in objects for g in _gifts(o, GOODS - AID_NOUNS)]
    if not gifts:
        return
    givers = resolve_all(
        pobjs_of(verb, FROM) + [t for g in objects for t in pobjs_of(g, FROM)], actors, hops=2
    )
    yield from pair_candidates(AID, givers, _subjects(verb, actors), verb, verb, STRENGTH)


def _pacts(nouns: list[Token]) -> list[Token]:
    """Return the nouns that name a pact: "agreement", "deal", "treaty"."""
    return [
        noun
        for noun in nouns
        if (trig := noun_trigger(noun.lemma_.lower())) is not None and trig.predicate == AGREEMENT
    ]


def entered_pact(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the parties of a pact its subject enters into or approves (CAMEO 057).

    "The SDF entered into an agreement with the Syrian government", "Kenya entered into
    a defense pact with the United States", "Israel approved the ceasefire deal with
    Hamas" → ``signsAgreementWith``.
    """
    lemma = lemma_of(verb)
    preps = PARTNER_PREPS
    if lemma in ENTERING_VERBS:
        pacts = _pacts(pobjs_of(verb, INTO))
    elif lemma in PACT_APPROVING_VERBS:
        # "Cyprus approved the agreement between Greece and Egypt": no party to it
        pacts, preps = _pacts([c for c in verb.children if c.dep_ == "dobj"]), WITH
    else:
        return
    partners = resolve_all([p for n in pacts for p in pobjs_of(n, preps)], actors, hops=2)
    yield from pair_candidates(AGREEMENT, _subjects(verb, actors), partners, verb, verb, 0.7)


def access_granted(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield access or asylum granted to a party: a concession, or aid to the one who flees.

    "Syria granted the Red Cross access to the prisons" → ``yieldsTo`` (CAMEO 086, allow
    international involvement); "Russia granted Edward Snowden asylum" →
    ``providesAidTo`` (075). The parse may take the name into the noun ("the Red Cross
    access"); a name inside it is still the receiver.
    """
    if lemma_of(verb) not in ACCESS_VERBS:
        return
    for grant in verb.children:
        lemma = grant.lemma_.lower()
        if grant.dep_ != "dobj" or lemma not in ACCESS_NOUNS | ASYLUM_NOUNS:
            continue
        receivers = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        receivers += [c for c in grant.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if lemma in ACCESS_NOUNS:
            receivers += _recipients(verb)  # "to" names whom asylum is given to already
        objects = resolve_all(receivers, actors, hops=2)
        predicate = YIELD if lemma in ACCESS_NOUNS else AID
        yield from pair_candidates(
            predicate, _subjects(verb, actors), objects, verb, verb, STRENGTH
        )


def _noun_goods(noun: Token, kinds: frozenset[str]) -> bool:
    """Tell whether a sale or delivery noun is of goods of ``kinds``: "arms sales"."""
    told = pobjs_of(noun, OF) + [c for c in noun.children if c.dep_ == "compound"]
    return any(_gifts(t, kinds) for t in told)


def _noun_givers(noun: Token, verb: Token, actors: ActorIndex) -> list[Argument]:
    """Return who sells or delivers: the noun's possessor or name, or the approving subject."""
    own = [
        c for c in noun.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
    ]
    givers = resolve_all(own, actors)
    if not givers and noun.dep_ == "dobj" and lemma_of(verb) in APPROVING_VERBS:
        givers = _subjects(verb, actors)
    return givers


def sold_or_delivered(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the sale or delivery of goods a verb's argument names, by its possessor.

    "Washington approved the sale of 66 jets to Taiwan", "China condemned U.S. arms sales
    to Taiwan" → the seller ``cooperatesMateriallyWith`` the buyer (CAMEO 062);
    "Germany's delivery of tanks to Ukraine" → ``providesAidTo``. A sale halted,
    frozen or blocked ("halted its arms sales to X") is not made.
    """
    if verb.pos_ != "VERB" or lemma_of(verb) in HALTING_VERBS:
        return
    for noun in verb.children:
        lemma = noun.lemma_.lower()
        if noun.dep_ not in NOUN_DEPS or lemma not in SALE_NOUNS | DELIVERY_NOUNS:
            continue
        selling = lemma in SALE_NOUNS
        if not _noun_goods(noun, MILITARY_GOODS if selling else GOODS):
            continue
        receivers = pobjs_of(noun, TO) + (pobjs_of(verb, TO) if noun.dep_ == "dobj" else [])
        yield from pair_candidates(
            MATERIAL if selling else AID,
            _noun_givers(noun, verb, actors),
            resolve_all(receivers, actors, hops=2),
            noun,
            noun,
            STRENGTH,
        )


def _nouns_of(verb: Token) -> list[Token]:
    """Return the nouns a verb governs as subject, object or prepositional object."""
    out = [c for c in verb.children if c.dep_ in NOUN_DEPS]
    out += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return out


def aid_from_to(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield aid named by a noun with its giver in a "from" phrase and its receiver after.

    "Aid from Saudi Arabia to Yemen increased", "a loan from the IMF to Egypt was
    approved" → ``providesAidTo``. Both phrases must be there: "aid from Qatar" alone
    names no receiver.
    """
    for noun in _nouns_of(verb):
        trig = noun_trigger(noun.lemma_.lower())
        if trig is None or trig.predicate != AID:
            continue
        givers = resolve_all(pobjs_of(noun, FROM), actors, hops=2)
        receivers = resolve_all(pobjs_of(noun, TO_FOR), actors, hops=2)
        yield from pair_candidates(AID, givers, receivers, noun, noun, STRENGTH)


def _supplier_kind(noun: Token) -> Predicate | None:
    """Return what a supplier noun gives: aid for a donor, arms for an arms supplier."""
    lemma = noun.lemma_.lower()
    if lemma not in SUPPLIER_NOUNS:
        return None
    if lemma == DONOR:
        return AID
    return MATERIAL if _noun_goods(noun, MILITARY_GOODS) else None


def suppliers(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the tie of a donor or arms supplier named in apposition.

    "Russia, India's largest arms supplier, …" → ``cooperatesMateriallyWith`` (CAMEO
    062); "Norway, the biggest donor to UNRWA, …" → ``providesAidTo``. A supplier of
    anything but arms ("Russia, Europe's largest gas supplier") stays unread.
    """
    pairs = [
        (s, a)
        for s in verb.children
        if s.dep_ in ("nsubj", "dobj", "nsubjpass")
        for a in s.children
        if a.dep_ == "appos"
    ]
    for holder, noun in pairs:
        predicate = _supplier_kind(noun)
        if predicate is None:
            continue
        receivers = [c for c in noun.children if c.dep_ == "poss"] + pobjs_of(noun, TO)
        yield from pair_candidates(
            predicate,
            resolve_all([holder], actors),
            resolve_all(receivers, actors, hops=2),
            noun,
            noun,
            STRENGTH,
        )


READERS = (
    handed_over,
    equipped_with,
    arms_sales,
    peacekeepers_sent,
    received_goods,
    entered_pact,
    access_granted,
    sold_or_delivered,
    aid_from_to,
    suppliers,
)
