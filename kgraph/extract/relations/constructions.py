"""General constructions of English that change what a trigger says.

* :func:`resultative` — a resultative phrase turns a verb of force into a
  killing: "police *shot* the attacker *dead*", "was *beaten to death*",
  "*stabbed* him *to death*" (CAMEO 186, like "killed"); so does a fatal
  modifier on a noun of assault: "the *fatal shooting* of X".
* :func:`by_agents` — with a "by" agent, a nominal event's possessor is what
  it was done to: "Navalny's *arrest by* Russian police", "the city's
  *capture by* rebels" (:func:`kgraph.extract.relations.nominal.noun_candidates`).
* :func:`low_agent` — the agent of a passive that the parser hung on the
  phrase before it: "the villagers were shot dead in their home *by* special
  forces" ("by" under "home").
* :func:`shared_passive`, :func:`passive_partner_agent`,
  :func:`passive_partner_patients` — coordinated passives share their
  arguments: "two journalists were *detained and tortured* by the police",
  "Trump had been *bribed or blackmailed* by Putin", "a soldier *killed and
  (allegedly) beheaded* by troops" (the parser hangs the agent on the last verb,
  the subject on the first).
* :func:`instrument_noun` — a passive of force with no agent names its
  doer through the attack it happened in: "three civilians were killed *in a
  U.S. drone strike*", "soldiers were wounded *in the militants' attack*".
* :func:`led_agents` — a "-led" event is its leader's act: "the *Saudi-led*
  bombing campaign against the Houthis", "a *French-led* offensive".
* :func:`accused_doers` — the one accused, charged or convicted of a nominal
  event is its doer, as the accuser says: "prosecutors *charged* Chauvin *with the
  murder of* Floyd" (a reported claim, attribute ``basis: accusation``).
* :func:`accused_of_act` — the same for an act told by a gerund, where the parser
  leaves the accused out of reach: "the rebels *were accused of killing* civilians",
  "rebels *accused of* attacking X", "accused *the rebels of* killing Y" (the "of"
  hung on the object).
* :func:`ranked_holders` — the one ranked first, last or next to do or undergo an
  act does or undergoes it: "Moldova is *the latest to be threatened* by Russia",
  "Russia was *the first country to recognise* Abkhazia".
* :func:`included` — the members an "including" phrase names share what is done by
  or to the group: "killed three commanders, *including* Mohammed Deif", "several
  states, *including* Egypt, condemned Israel".
* :func:`co_subjects` — a partner set off between the subject and its verb acts
  with it: "France, *along with* Germany, condemned Russia", "Russia, *alongside*
  Iran, backs Assad".
* :func:`quoted_first_person` — a quoted "I" or "we" is its speaker: "“I urge the
  Taliban to reverse their decision,” Bennett said" (the speaker found by
  :func:`kgraph.extract.qualifiers.modality.speaker_token`).
* :func:`backing_against` — support *against* a foe is taking sides in a
  conflict, not praise: "Saudi Arabia supported the government *against* the
  Houthi rebellion" → ``cooperatesMateriallyWith`` (CAMEO 06).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import NOUNS as EVENT_NOUNS
from kgraph.extract.relations.protests import demand_in_protest
from kgraph.extract.relations.vetoes import VETOES
from kgraph.extract.syntax import infinitive_marker
from kgraph.predicates import Predicate, is_predicate
from kgraph.vocabulary import RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.relations.arguments import Candidate

KILLING_RESULTS = shipped_classes()["killing_results"]
FATAL_MODIFIERS = shipped_classes()["fatal_modifiers"]
REPORTING_ADVERBS = shipped_classes()["reporting_adverbs"]
ACCUSING_VERBS = shipped_classes()["accusing_verbs"]
ACCUSAL_PREPS = frozenset(("for", "of", "with", "in", "over"))
RANK_WORDS = shipped_classes()["rank_words"]
ACCUSED = ("basis", "accusation")  # the attribute of an act read from its accusation


def resultative(trigger: Token, predicate: str) -> str:
    """Return "kills" for an act of force whose result is death ("shot dead"), else ``predicate``.

    The result is an object predicate ("shot *dead*") or a "to" phrase ("beaten
    *to death*") of the trigger verb.
    """
    if predicate == "assaults" and trigger.pos_ == "NOUN":
        # "the fatal shooting of X", "a deadly beating": an assault that killed
        fatal = any(c.dep_ == "amod" and c.lower_ in FATAL_MODIFIERS for c in trigger.children)
        return "kills" if fatal else predicate
    if predicate not in ("assaults", "attacks", "targets") or trigger.pos_ != "VERB":
        return predicate
    for child in trigger.children:
        if child.dep_ in ("oprd", "acomp", "advmod") and child.lower_ == "dead":
            return "kills"
        if child.dep_ == "dobj" and any(
            c.lower_ == "dead" and c.i == trigger.i + 1 for c in child.children
        ):
            return "kills"  # "shot dead two gunmen", "dead" parsed as the object's modifier
        to_death = child.dep_ == "prep" and child.lower_ == "to"
        if to_death and any(
            c.dep_ == "pobj" and c.lower_ in KILLING_RESULTS for c in child.children
        ):
            return "kills"
    return predicate


def by_agents(noun: Token) -> list[Token]:
    """Return the words of a noun's "by" phrase ("the arrest of X *by the police*").

    The parser sometimes labels a noun's "by" as a passive's ``agent``
    ("Airstrikes *by* the coalition against ISIS"); it is the same phrase. So is
    a "by" it hangs on the noun's "of" object: "the beheading of James Foley *by*
    Islamic State" ("by" under *Foley*), unless that object is an event itself.
    """
    found = [
        pobj
        for prep in noun.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    if found or noun.pos_ != "NOUN":
        return found
    return [
        pobj
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for undergoer in of.children
        if undergoer.dep_ == "pobj"
        and undergoer.pos_ in ("NOUN", "PROPN")
        and undergoer.lemma_.lower() not in EVENT_NOUNS
        for prep in undergoer.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def agent_targets(noun: Token, preps: frozenset[str]) -> list[Token]:
    """Return the targets hung on a nominal's "by" agent labelled ``agent``.

    "Airstrikes by the coalition *against ISIS*": the parser attaches "against" to
    *coalition*; a "by" labelled ``prep`` is read so already
    (:func:`kgraph.extract.relations.objects.prep_objects`). Not "of", which
    belongs to the agent ("by forces *of* the regime").
    """
    return [
        pobj
        for agent in by_agents(noun)
        if agent.head.dep_ == "agent"
        for prep in agent.children
        if prep.dep_ == "prep" and prep.lower_ in preps and prep.lower_ not in ("of", "between")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def low_agent(verb: Token) -> list[Token]:
    """Return the agent of a passive found one phrase down ("shot in their home *by* X").

    Only where the verb has no agent of its own; only a "by" phrase on the object
    of one of the verb's own prepositions.
    """
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ == "by":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for by in pobj.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    found.extend(c for c in by.children if c.dep_ == "pobj")
    return found


def shared_passive(verb: Token) -> bool:
    """Return True for a bare participle coordinated with a passive ("detained and *tortured*")."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or verb.head.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False  # its own clause: "X was arrested and police have charged him"
    head = verb.head
    if any(
        t.dep_ not in ("cc", "punct") and t.lower_ not in REPORTING_ADVERBS
        for t in verb.doc[head.i + 1 : verb.i]
    ):
        # only side by side: "was arrested in May and later released by a court" is two
        # acts; a hedge keeps them one ("killed and allegedly beheaded by troops")
        return False
    return head.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)


def passive_partner_agent(verb: Token) -> list[Token]:
    """Return the agent of a coordinated passive ("detained and tortured *by the police*").

    The agent of the verb's partner: the participle coordinated after it, or the
    passive it is coordinated with.
    """
    partners = [c for c in verb.children if c.dep_ == "conj" and shared_passive(c)]
    if shared_passive(verb):
        partners.append(verb.head)
    for partner in partners:
        for child in partner.children:
            if child.dep_ == "agent":
                return [c for c in child.children if c.dep_ == "pobj"]
    return []


def passive_partner_patients(verb: Token) -> list[Token]:
    """Return what a bare coordinated passive is done to: its partner's subject or noun.

    "Two journalists were detained and *tortured*" → journalists; "a soldier
    killed and *beheaded*" → soldier.
    """
    if not shared_passive(verb):
        return []
    head = verb.head
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    if not subjects and head.dep_ == "acl":
        return [head.head]
    return subjects


FORCE_PREDICATES = frozenset({"attacks", "targets", "fightsAgainst", "kills", "assaults"})


# the attack a toll happened in: "killed *in* a U.S. strike", "*during* an Israeli raid"
ATTACK_PREPS = frozenset(("in", "during"))


def instrument_noun(verb: Token) -> Token | None:
    """Return the attack noun a passive of force happened in ("killed *in* a U.S. *strike*").

    Only for a passive verb of force without an agent, and an "in" or "during" phrase whose
    noun is itself a trigger of force (attack, strike, bombing, shelling …).
    """
    from kgraph.extract.lexicon.triggers import lemma_of, noun_trigger, verb_trigger

    trig = verb_trigger(lemma_of(verb))
    if trig is None or trig.predicate not in FORCE_PREDICATES:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ATTACK_PREPS:
            continue
        for pobj in prep.children:
            noun = noun_trigger(pobj.lemma_.lower()) if pobj.dep_ == "pobj" else None
            if noun is not None and noun.predicate in FORCE_PREDICATES:
                return pobj
    return None


BACKING = shipped_classes()["support_words"]


def led_agents(noun: Token) -> list[Token]:
    """Return the leader of a "-led" event: "the *Saudi*-led campaign", "a French-led offensive".

    The words under the participle "led" that modifies the noun.
    """
    return [
        c
        for led in noun.children
        if led.dep_ == "amod" and led.lower_ == "led"
        for c in led.children
        if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
    ]


def accused_doers(noun: Token) -> tuple[list[Token], Token | None]:
    """Return who is accused of a nominal event, and the verb of accusing.

    "charged Chauvin *with the murder of* Floyd", "indicted X *for the fatal shooting of*
    Y", "X was implicated *in the poisoning of* Y", "was charged with murder *in the
    shooting of* Y" (one noun between). The accused is the verb's object, or its
    subject when it is passive; the act read so is the accuser's claim, not the news'.
    """
    from kgraph.extract.lexicon.triggers import lemma_of

    node = noun
    for _ in range(2):
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ not in ACCUSAL_PREPS:
            return [], None
        owner = prep.head
        verb = owner.head
        if owner.dep_ == "dobj" and verb.pos_ == "VERB" and lemma_of(verb) in ACCUSING_VERBS:
            return [owner], verb  # "convicted Mladic of the massacre", the "of" under the name
        if owner.pos_ == "VERB" and lemma_of(owner) in ACCUSING_VERBS:
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in owner.children)
            deps = ("nsubjpass",) if passive or owner.tag_ == "VBN" else ("dobj",)
            accused = [c for c in owner.children if c.dep_ in deps]
            if not accused and owner.dep_ == "acl" and owner.tag_ == "VBN":
                accused = [owner.head]  # "Putin implicated in the poisoning of X"
            return accused, owner
        node = owner  # "charged with murder in the shooting of Y"
    return [], None


SUPPORT_NOUNS = shipped_classes()["support_words"]  # support nouns and verbs


def support_givers(agents: list[Token]) -> list[Token]:
    """Return who gives the support a passive's "by" phrase names: "aided by support *from* X".

    "The rebels, aided by strong support from Turkey, …": Turkey aids them, the support
    is what it gives. Any other agent is returned as it is.
    """
    out: list[Token] = []
    for agent in agents:
        givers = (
            [
                p
                for prep in agent.children
                if prep.dep_ == "prep" and prep.lower_ == "from"
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            if agent.pos_ == "NOUN" and agent.lemma_.lower() in SUPPORT_NOUNS
            else []
        )
        out.extend(givers or [agent])
    return out


def aided_subject(verb: Token) -> list[Token]:
    """Return who a participle clause of support aids: the subject of the clause it hangs on.

    "Kurdish forces retook the village, *aided by* U.S. air support": the forces.
    Only support verbs ("aided", "assisted", "supported"): "Asked by VOA, Rubio said"
    asks no one to act, and the parser hangs other participles on the wrong clause.
    """
    if (
        verb.dep_ != "advcl"
        or verb.lemma_.lower() not in SUPPORT_NOUNS
        or any(c.dep_ == "nsubjpass" for c in verb.children)
    ):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def included(tokens: list[Token]) -> list[Token]:
    """Return the members named by each token's "including" phrase ("countries, including Iran")."""
    return [
        pobj
        for tok in tokens
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "including"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def accused_of_act(verb: Token) -> list[Token]:
    """Return who is accused of the act a gerund tells ("X was accused of killing Y")."""
    from kgraph.extract.lexicon.triggers import lemma_of

    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "accused of targeting and *killing* civilians"
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ACCUSAL_PREPS:
        return []
    owner = prep.head
    if owner.dep_ == "dobj" and owner.head.pos_ == "VERB":
        # "accused the rebels of killing Y": the "of" hung on the accused
        return [owner] if lemma_of(owner.head) in ACCUSING_VERBS else []
    if owner.pos_ != "VERB" or lemma_of(owner) not in ACCUSING_VERBS:
        return []
    accused = [c for c in owner.children if c.dep_ == "nsubjpass"]
    if not accused and owner.dep_ == "acl" and owner.tag_ == "VBN":
        accused = [owner.head]  # "rebels accused of attacking the convoy"
    return accused


def co_subjects(verb: Token, subjects: list[Token]) -> list[Token]:
    """Return the partners set off between the subject and the verb ("X, along with Y, …").

    Only between them: after the object ("sanctioned Britain along with Canada") a
    partner may as well share the object.
    """
    firsts = [s.i for s in subjects if s.i < verb.i]
    if not firsts:
        return []
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or not min(firsts) < prep.i < verb.i:
            continue
        heads = [prep] if prep.lower_ == "alongside" else []
        if prep.lower_ in ("along", "together"):
            heads = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
        found.extend(pobj for h in heads for pobj in h.children if pobj.dep_ == "pobj")
    return found


FIRST_PERSON = frozenset(("i", "we"))
QUOTES = frozenset(('"', "“", "‘", "'"))


def quoted_first_person(tokens: list[Token]) -> bool:
    """Tell a subject "I" or "we" inside a quotation, which its speaker says of themself."""
    return bool(tokens) and all(
        t.lower_ in FIRST_PERSON and any(q.text in QUOTES for q in t.doc[t.sent.start : t.i])
        for t in tokens
    )


def backing_against(trigger: Token, predicate: str) -> str:
    """Return ``cooperatesMateriallyWith`` for support against a foe, else ``predicate``.

    "supported the government of Hadi against the Houthi rebellion": a side in a
    conflict, not words of praise.
    """
    if predicate not in ("praises", "providesAidTo") or trigger.lemma_.lower() not in BACKING:
        return predicate
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    against = any(c.dep_ == "prep" and c.lower_ == "against" for h in holders for c in h.children)
    return "cooperatesMateriallyWith" if against else predicate


def reread(
    cand: Candidate, predicate: Predicate | Literal[""], cameo: str | None
) -> tuple[Predicate | Literal[""], str | None]:
    """Return the predicate and CAMEO code after the rules above and the vetoes.

    An empty predicate means the candidate is dropped (:mod:`kgraph.extract.relations.vetoes`).
    """
    if not predicate or any(veto(cand) for veto in VETOES):
        return "", cameo
    # "shot dead", "backed X against Y", "rallied to demand …" (a protest's aim)
    for rule in (resultative, backing_against, demand_in_protest):
        changed = rule(cand.trigger, predicate)
        if changed != predicate and is_predicate(changed):
            predicate, cameo = changed, RELATIONS[changed].cameo
    return predicate, cameo


def ranked_holders(verb: Token) -> list[Token]:
    """Return the subject of the copula whose ranked complement the verb's "to" clause is.

    "Moldova and Georgia are the latest to be threatened by Russia", "Russia was the
    first country to recognise Abkhazia": the "to" clause hangs on *latest* or
    *country*, the complement of "are"/"was"; its subject does or undergoes the act.
    Only a ranked complement (the ``rank_words`` class): "Iran is the country to
    watch" states no act of Iran's.
    """
    head = verb.head
    if verb.dep_ not in ("relcl", "acl") or head.dep_ != "attr":
        return []
    if not infinitive_marker(verb) is not None:
        return []
    ranked = head.lower_ in RANK_WORDS or any(
        c.dep_ == "amod" and c.lower_ in RANK_WORDS for c in head.children
    )
    if not ranked or head.head.lemma_ not in ("be", "become"):
        return []
    return [c for c in head.head.children if c.dep_ == "nsubj"]
