"""The trigger lexicon: which verbs and nouns express which relation.

Lemmas are grouped by predicate of :mod:`kgraph.vocabulary`, following the verb
sections of the CAMEO 1.1b3 manual (Schrodt et al.). Each trigger names the
prepositions that introduce its object ("talk *with*", "fight *against*"), so
that a prepositional phrase of place or time is not read as a participant.

Three tables drive the extractor:

* :data:`VERBS`: verb lemma → :class:`Trigger`, with particle/preposition
  overrides in :data:`VERB_PREP` ("call on" → ``appealsTo``).
* :data:`NOUNS`: nominalisations ("talks", "sanctions", "designation") →
  :class:`Trigger`; :data:`VERB_NOUN` overrides the noun's predicate when a
  particular verb governs it ("lift sanctions" → ``yieldsTo``, "cut ties").
* :data:`LIGHT_VERBS`: verbs whose subject is the agent of a nominal trigger
  in their object ("X *imposed* sanctions on Y", "X *held* talks with Y").

>>> VERBS["designate"].predicate
'designates'
>>> verb_trigger("call", "on").predicate
'appealsTo'
>>> noun_trigger("sanction", "lift").predicate
'yieldsTo'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Trigger:
    """How one word expresses a relation.

    ``preps`` are the prepositions whose object is the relation's object;
    ``direct`` says whether a direct object (``dobj``/``dative``) may be the
    object; ``strength`` (0–1) is how unambiguous the word is, used in the
    confidence score.
    """

    predicate: str
    preps: frozenset[str] = frozenset()
    direct: bool = True
    strength: float = 0.9


def _words(text: str) -> list[str]:
    return text.split()


def _t(predicate: str, preps: str = "", direct: bool = True, strength: float = 0.9) -> Trigger:
    return Trigger(predicate, frozenset(preps.split()), direct, strength)


def _many(lemmas: str, trigger: Trigger) -> dict[str, Trigger]:
    return dict.fromkeys(lemmas.split(), trigger)


VERBS: dict[str, Trigger] = {
    **_many("comment", _t("makesStatementAbout", "on about", False, 0.6)),
    **_many("agree", _t("expressesIntentToCooperateWith", "with", False, 0.7)),
    **_many("offer promise pledge", _t("expressesIntentToCooperateWith", "to", False, 0.7)),
    **_many("apologize apologise forgive", _t("cooperatesWith", "to", True, 0.8)),
    **_many("complain", _t("criticizes", "about over against", False, 0.8)),
    **_many("refuse", _t("rejects", "", False, 0.7)),
    **_many("urge appeal plead implore exhort", _t("appealsTo", "to on", True, 0.85)),
    **_many("ask request", _t("appealsTo", "to", True, 0.6)),
    **_many("cooperate collaborate partner coordinate", _t("cooperatesWith", "with", False)),
    **_many("recognize recognise", _t("cooperatesWith", "", True, 0.6)),
    **_many("consult confer", _t("consultsWith", "with", True)),
    **_many("talk speak chat", _t("consultsWith", "with to", False, 0.8)),
    **_many("discuss", _t("consultsWith", "with", False, 0.7)),
    **_many("telephone phone", _t("consultsWith", "with", True)),
    **_many("visit", _t("consultsWith", "", True, 0.8)),
    **_many("meet", _t("meetsWith", "with", True)),
    **_many("host receive welcome", _t("meetsWith", "", True, 0.6)),
    **_many("negotiate mediate", _t("negotiatesWith", "with between", False)),
    **_many("praise commend hail applaud laud congratulate thank endorse", _t("praises")),
    **_many("support back defend", _t("praises", "", True, 0.6)),
    **_many("sign ratify", _t("signsAgreementWith", "with", False, 0.7)),
    **_many("share", _t("cooperatesMateriallyWith", "with", False, 0.6)),
    **_many("extradite", _t("cooperatesMateriallyWith", "to", False, 0.8)),
    **_many("aid assist help", _t("providesAidTo", "", True, 0.7)),
    **_many("donate grant supply provide give contribute", _t("providesAidTo", "to", False, 0.6)),
    **_many("concede surrender capitulate", _t("yieldsTo", "to", False, 0.8)),
    **_many("allow permit", _t("yieldsTo", "", True, 0.55)),
    **_many("release free", _t("releases", "", True, 0.8)),
    **_many("withdraw retreat", _t("withdrawsFrom", "from", False, 0.8)),
    **_many("investigate probe", _t("investigates")),
    **_many("demand", _t("demands", "from of", False)),
    **_many(
        "criticize criticise condemn denounce deplore decry slam censure rebuke "
        "chide lambaste blast reproach",
        _t("criticizes"),
    ),
    **_many("accuse blame", _t("accuses")),
    **_many("indict sue charge", _t("accuses", "", True, 0.7)),
    **_many("reject rebuff spurn veto", _t("rejects")),
    **_many("oppose dismiss defy", _t("rejects", "", True, 0.6)),
    **_many("threaten warn menace", _t("threatens", "", True, 0.85)),
    **_many("protest demonstrate rally riot march", _t("protestsAgainst", "against", False, 0.8)),
    **_many("mobilize mobilise deploy", _t("mobilizesAgainst", "against", False, 0.7)),
    **_many("boycott snub", _t("reducesRelationsWith", "", True, 0.7)),
    **_many("sanction embargo punish", _t("sanctions")),
    **_many("seize confiscate ban outlaw suppress repress", _t("coerces", "from", True, 0.7)),
    **_many("demolish raze bulldoze", _t("coerces", "", True, 0.7)),
    **_many("abuse mistreat", _t("assaults", "", True, 0.7)),
    **_many("designate blacklist proscribe", _t("designates")),
    **_many("brand label", _t("criticizes", "", True, 0.6)),
    **_many("arrest detain apprehend jail imprison", _t("arrests")),
    **_many("capture", _t("arrests", "", True, 0.6)),
    **_many("expel deport", _t("expels")),
    **_many(
        "abduct kidnap torture beat assault snatch shoot stab ambush", _t("assaults", "", True)
    ),
    **_many("hijack wound injure", _t("assaults", "", True, 0.7)),
    **_many("kill assassinate murder execute slay", _t("kills")),
    **_many("fight battle clash", _t("fightsAgainst", "against with", True, 0.85)),
    **_many("occupy blockade besiege invade", _t("fightsAgainst")),
    **_many("target", _t("targets")),
    **_many("defeat counter combat confront", _t("fightsAgainst", "", True, 0.75)),
    **_many("degrade eliminate dismantle rout", _t("fightsAgainst", "", True, 0.6)),
    **_many("lead head command chair", _t("leads", "", True, 0.7)),
    # holding a place or an asset: "the Taliban control Kandahar"
    **_many("control", _t("controls", "", True, 0.75)),
    # stative passives: "the Taliban were allied with al-Qaeda", "a group linked to ISIS"
    **_many("ally", _t("alliedWith", "with to", False, 0.75)),
    **_many("affiliate link tie align", _t("affiliatedWith", "with to", False, 0.7)),
    # "Local Arab fighters continue to join the SDF" (a body named as the object only)
    **_many("join", _t("memberOf", "", True, 0.7)),
    **_many("destroy damage", _t("targets", "", True, 0.7)),
    # "engage" takes a direct object only as combat ("engaged two ISIL tactical units")
    **_many("engage", _t("targets", "", True, 0.6)),
    **_many("attack bomb shell bombard raid strike hit", _t("attacks", "on against", True, 0.85)),
    # more:
    **_many("slaughter massacre behead decapitate lynch", _t("kills", "", True, 0.85)),
    **_many("pound strafe", _t("attacks", "on against", True, 0.8)),
    **_many("repel repulse vanquish crush", _t("fightsAgainst", "", True, 0.7)),
    # "stands shoulder to shoulder with Ukraine" (the second "shoulder" parsed as a verb)
    **_many("shoulder", _t("praises", "with", False, 0.6)),
}

# adjectives after "be"/"remain" that state an attitude to someone
ADJECTIVES: dict[str, Trigger] = {
    **_many("grateful thankful appreciative", _t("praises", "to for", False, 0.7)),
}

VERB_PREP: dict[tuple[str, str], Trigger] = {
    ("call", "on"): _t("appealsTo", "on", False, 0.85),
    ("call", "upon"): _t("appealsTo", "upon", False, 0.85),
    ("call", "for"): _t("demands", "", False, 0.6),
    ("push", "for"): _t("demands", "", False, 0.6),
    ("press", "for"): _t("demands", "", False, 0.6),
    ("crack", "down"): _t("coerces", "on", False, 0.85),
    ("force", "out"): _t("expels", "of from", True, 0.8),
    ("beat", "up"): _t("assaults", "", True, 0.85),
    ("pull", "out"): _t("withdrawsFrom", "of from", False, 0.85),
    ("side", "with"): _t("praises", "with", False, 0.7),
    ("stand", "with"): _t("praises", "with", False, 0.7),
    ("stand", "by"): _t("praises", "by", False, 0.7),
    ("work", "with"): _t("cooperatesWith", "with", False, 0.7),
    ("liberate", "from"): _t("fightsAgainst", "from", False, 0.7),
    ("unite", "against"): _t("mobilizesAgainst", "against", False, 0.7),
    ("free", "from"): _t("fightsAgainst", "from", False, 0.6),
    ("retake", "from"): _t("fightsAgainst", "from", False, 0.75),
    ("recapture", "from"): _t("fightsAgainst", "from", False, 0.75),
    ("reclaim", "from"): _t("fightsAgainst", "from", False, 0.7),
    ("wrest", "from"): _t("fightsAgainst", "from", False, 0.75),
    ("fire", "on"): _t("attacks", "on", False, 0.8),
    ("deliver", "against"): _t("attacks", "against", False, 0.6),
    ("fire", "at"): _t("attacks", "at", False, 0.7),
    ("speak", "out"): _t("criticizes", "against", False, 0.7),
    ("lash", "out"): _t("criticizes", "at against", False, 0.85),
    ("turn", "down"): _t("rejects", "", True, 0.85),
    ("hand", "over"): _t("releases", "to", True, 0.7),
    ("open", "up"): _t("yieldsTo", "to", False, 0.5),
    ("hack", "into"): _t("coerces", "into", False, 0.8),
    # more:
    ("stand", "behind"): _t("praises", "behind", False, 0.7),
    ("rally", "behind"): _t("praises", "behind", False, 0.7),
}

NOUNS: dict[str, Trigger] = {
    **_many("demand", _t("demands", "from of on", False, 0.6)),
    **_many(
        "talk conversation discussion consultation dialogue dialog call phone",
        _t("consultsWith", "with between", False, 0.75),
    ),
    **_many("visit welcome", _t("consultsWith", "to", False, 0.7)),
    **_many("suspension severance", _t("reducesRelationsWith", "with of to", False, 0.6)),
    **_many("meeting summit", _t("meetsWith", "with between", False, 0.8)),
    **_many("negotiation mediation", _t("negotiatesWith", "with between", False, 0.8)),
    **_many(
        "cooperation partnership collaboration", _t("cooperatesWith", "with between", False, 0.7)
    ),
    **_many(
        "agreement deal pact treaty accord", _t("signsAgreementWith", "with between", False, 0.5)
    ),
    **_many("aid assistance", _t("providesAidTo", "to for", False, 0.7)),
    **_many("release", _t("releases", "of", False, 0.7)),
    **_many("withdrawal pullout", _t("withdrawsFrom", "from", False, 0.7)),
    **_many("investigation probe inquiry", _t("investigates", "into of against", False, 0.7)),
    **_many("criticism condemnation", _t("criticizes", "of", False, 0.8)),
    **_many("accusation allegation", _t("accuses", "against", False, 0.7)),
    **_many("threat ultimatum warning", _t("threatens", "to against", False, 0.6)),
    **_many("protest demonstration rally riot", _t("protestsAgainst", "against", False, 0.7)),
    **_many("sanction embargo", _t("sanctions", "on against", False, 0.9)),
    **_many("designation listing", _t("designates", "of", False, 0.85)),
    **_many("ban crackdown restriction", _t("coerces", "on against", False, 0.6)),
    **_many("arrest detention", _t("arrests", "of", False, 0.8)),
    **_many("expulsion deportation", _t("expels", "of", False, 0.8)),
    **_many("assassination killing murder", _t("kills", "of", False, 0.8)),
    **_many("kidnapping abduction", _t("assaults", "of", False, 0.8)),
    **_many(
        "war offensive fighting clash", _t("fightsAgainst", "against with on between", False, 0.7)
    ),
    **_many("invasion occupation blockade siege", _t("fightsAgainst", "of on", False, 0.85)),
    **_many("attack assault raid bombing", _t("attacks", "on against", False, 0.8)),
    **_many("strike airstrike", _t("targets", "on against", False, 0.75)),
    **_many("campaign operation fight mission", _t("fightsAgainst", "against", False, 0.6)),
    **_many("defense defence", _t("fightsAgainst", "against", False, 0.6)),
    # "the defeat of ISIL", "deliver ISIL a lasting defeat"
    **_many("defeat", _t("fightsAgainst", "of", False, 0.6)),
    **_many("support backing", _t("praises", "for of to", False, 0.6)),
    # "ISIL's control of Mosul", "X has had control of Y" (an owner is required)
    **_many("control", _t("controls", "of over", False, 0.6)),
    # more:
    **_many("massacre slaughter execution beheading", _t("kills", "of", False, 0.8)),
    **_many("violence aggression", _t("assaults", "against on toward towards", False, 0.6)),
    **_many("bombardment shelling", _t("attacks", "on against of", False, 0.75)),
    **_many("solidarity", _t("praises", "with", False, 0.6)),
}

VERB_NOUN: dict[tuple[str, str], str] = {
    **{
        (v, n): "yieldsTo"
        for v in ("lift", "ease", "relax", "end", "remove", "cancel", "shorten", "suspend")
        for n in (
            "sanction",
            "embargo",
            "ban",
            "restriction",
            "blockade",
            "siege",
            "curfew",
            "emergency",
            "measure",
            "state",
        )
    },
    **{(v, "compensation"): "yieldsTo" for v in ("pay", "offer", "grant")},
    **{(v, "state"): "coerces" for v in ("declare", "impose", "proclaim")},
    **{
        (v, n): "protestsAgainst"
        for v in ("stop", "shun", "boycott", "down")
        for n in ("work", "tool")
    },
    **{(v, "demand"): "yieldsTo" for v in ("accept", "meet", "grant", "satisfy")},
    ("set", "fire"): "coerces",
    **{
        ("reach", n): "expressesIntentToCooperateWith"
        for n in ("agreement", "consensus", "understanding", "deal", "accord")
    },
    **{
        (v, n): "protestsAgainst"
        for v in ("block", "barricade", "occupy")
        for n in ("road", "roadway", "street", "highway", "bridge", "traffic", "square")
    },
    **{
        (v, n): "reducesRelationsWith"
        for v in ("cut", "sever", "break", "suspend", "downgrade", "freeze", "halt", "end")
        for n in ("tie", "relation", "aid", "assistance", "talk", "contact", "link")
    },
    **{
        (v, n): "signsAgreementWith"
        for v in ("sign", "conclude", "strike", "seal", "ink")
        for n in ("agreement", "deal", "pact", "treaty", "accord", "memorandum")
    },
    **{
        ("open", "fire"): "fightsAgainst",
        ("deliver", "munition"): "attacks",
        ("drop", "bomb"): "attacks",
        ("launch", "offensive"): "fightsAgainst",
        ("recall", "ambassador"): "reducesRelationsWith",
        ("establish", "relation"): "cooperatesWith",
        ("establish", "tie"): "cooperatesWith",
        ("restore", "relation"): "cooperatesWith",
        ("restore", "tie"): "cooperatesWith",
        ("upgrade", "tie"): "cooperatesWith",
        ("express", "support"): "praises",
        ("impose", "curfew"): "coerces",
        ("cancel", "visit"): "reducesRelationsWith",
        ("lodge", "protest"): "criticizes",
        ("file", "complaint"): "criticizes",
        ("lodge", "complaint"): "criticizes",
    },
    **{
        (v, n): "providesAidTo"
        for v in ("send", "supply", "deliver", "ship", "provide", "give")
        for n in (
            "weapon",
            "arm",
            "ammunition",
            "equipment",
            "food",
            "medicine",
            "supply",
            "support",
            "backing",
            "training",
            "funding",
        )
    },
    **{
        (v, "control"): "controls"
        for v in ("take", "gain", "seize", "regain", "wrest", "assume", "retain", "keep", "have")
    },
    # "pledged allegiance to al-Qaeda": a standing tie, not an intent
    **{(v, "allegiance"): "affiliatedWith" for v in ("pledge", "swear", "declare")},
    **{
        (v, n): "mobilizesAgainst"
        for v in ("mass", "amass", "deploy", "station", "move", "strengthen", "reinforce")
        for n in ("troop", "force", "soldier", "tank", "warship")
    },
}

# objects of a verb-noun combination: "lifted the curfew *in* X", "demands *from* Y"
OVERRIDE_PREPS = frozenset(("with", "on", "against", "to", "in", "from"))

# the nouns that only trigger under a verb of VERB_NOUN ("ties", "fire")
COMBO_NOUNS = frozenset(n for _, n in VERB_NOUN) - frozenset(NOUNS)

# verbs that pass their subject to a nominal trigger in their object or "to" phrase
LIGHT_VERBS = frozenset(
    _words(
        """
        reiterate renew repeat voice undertake hold have conduct carry launch impose stage make
        offer propose plan seek begin start continue resume announce express sign reach order
        mount deliver send provide give grant lift ease relax end remove cancel cut sever break
        suspend downgrade freeze halt strike seal ink conclude open recall establish restore
        upgrade pledge promise extend level file lodge issue press pursue call initiate organize
        organise host lead arrange agree announce threaten renew join fly pose
        """
    )
)

# verbs whose own meaning becomes the inner verb's modality ("plans to meet")
CONTROL_PLANNED = frozenset(
    _words(
        """
        plan intend propose want wish seek aim prepare expect hope schedule consider mull try
        attempt decide agree promise pledge offer vow commit ready willing
        """
    )
)
CONTROL_ASPECT = frozenset(_words("continue begin start resume keep stop cease go come"))
# verbs whose object also acts in a purpose clause: "lead the coalition to defeat X",
# "train Iraqi forces to clear Y" (the coalition defeats, the forces clear)
ENABLING = frozenset(_words("help assist enable train equip empower lead mobilize"))
# a subject-control verb makes its object the inner verb's subject ("urged Israel to allow")
OBJECT_CONTROL = ENABLING | frozenset(
    _words("urge ask call press persuade force order tell request encourage invite allow")
)

# words that head a phrase that names a leader's office
TITLES = frozenset(
    _words(
        """
        president leader premier chancellor king queen emir sultan monarch prince strongman
        dictator ruler head chief commander minister secretary governor mayor general ayatollah
        spokesman spokeswoman spokesperson ambassador envoy
        """
    )
)
LEADER_TITLES = frozenset(
    _words(
        """
        president leader premier chancellor king queen emir sultan monarch strongman dictator
        ruler head chief commander minister governor mayor ayatollah
        """
    )
)

# nominal events whose participants are the subject of the clause they sit in
# ("raised concerns in a call with X", "acted in support of Y")
CLAUSE_NOUNS = frozenset(
    _words(
        """
        talk conversation discussion call meeting negotiation support cooperation defeat
        """
    )
    # more:
    + _words("fight battle struggle war campaign")
)

# head nouns that a nominal trigger may modify without losing its meaning:
# "aid deliveries", "a mediation effort", "sanctions package"
WRAPPER_HEADS = frozenset(
    _words(
        """
        effort mission program programme delivery shipment convoy process initiative package
        regime round session plan bid
        """
    )
)

# triggers whose object may sit in the clause they govern ("threatened to cut off
# electricity to X", "agreed to open its borders to Y", "refused to deploy in Z")
CLAUSAL = frozenset(
    _words(
        """
        threatens expressesIntentToCooperateWith rejects demands appealsTo protestsAgainst
        criticizes
        """
    )
)
# a strike by these is a protest, not a military strike
PROTEST_STRIKES = frozenset(_words("hunger general labor labour nationwide worker workers"))
# an arrest, seizure or assault on one of these is a military operation (CAMEO 19)
PLACE_NOUNS = frozenset(
    _words(
        """
        village town city stronghold base position positions camp territory area region border
        outpost airport port province district hill
        """
    )
)
# killing or assault by these is conventional military force (CAMEO 19)
MILITARY_NOUNS = frozenset(
    _words(
        """
        force forces troop troops army military aircraft tank tanks helicopter helicopters
        gunship gunships soldier soldiers artillery warplane warplanes jet jets navy airforce
        drone drones
        """
    )
)
# expelling these reduces relations (CAMEO 166) rather than coercing people (174)
ENVOY_NOUNS = frozenset(
    _words(
        """
        diplomat ambassador envoy inspector monitor observer peacekeeper mission staff
        """
    )
)
SPEECH_DEMAND_VERBS = frozenset(
    _words(
        """
        say declare announce reiterate insist conclude state stress tell warn
        """
    )
)

# the subject of their passive is the first party: "X is allied with Y"
STATIVE_PASSIVES = frozenset(_words("ally affiliate link tie align"))
# "X received weapons from Y": Y gave them
RECEIVING_VERBS = frozenset(_words("receive get obtain accept"))
AID_NOUNS = frozenset(
    _words(
        """
        aid assistance support backing weapon arm ammunition equipment training funding fund
        money supply loan
        """
    )
)
BACKING_VERBS = frozenset(_words("back support sponsor arm fund finance bankroll"))


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


AFFILIATION_WORDS = frozenset(
    _words(
        """
        tied linked connected affiliated allied loyal close aligned associated
        """
    )
)


def _known_verbs() -> frozenset[str]:
    verbs = set(VERBS) | {v for v, _ in VERB_PREP} | {v for v, _ in VERB_NOUN}
    return frozenset(verbs | LIGHT_VERBS | CONTROL_PLANNED | CONTROL_ASPECT | OBJECT_CONTROL)


KNOWN_VERBS = _known_verbs()


def lemma_of(token: Token) -> str:
    """Return a verb's lemma, mending the lemmatizer's slips on words of the lexicon.

    spaCy's lookup lemmatizer sometimes strips too much ("staged" → "stag");
    when its lemma is not a known verb but a regular inflection of the word
    is, the known verb wins.
    """
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma in KNOWN_VERBS:
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
            if candidate in KNOWN_VERBS:
                return candidate
    return lemma


def verb_trigger(lemma: str, particle: str | None = None) -> Trigger | None:
    """Return the trigger for a verb lemma, taking its particle into account."""
    if particle is not None:
        found = VERB_PREP.get((lemma, particle))
        if found is not None:
            return found
    return VERBS.get(lemma)


def noun_trigger(lemma: str, governor: str | None = None) -> Trigger | None:
    """Return the trigger for a noun lemma, overridden by its governing verb."""
    if governor is not None:
        override = VERB_NOUN.get((governor, lemma))
        base = NOUNS.get(lemma)
        if base is not None and override == base.predicate:
            # "took control of X": the verb confirms the noun, whose prepositions stand
            return Trigger(base.predicate, base.preps, False, 0.8)
        if override is not None:
            preps = base.preps if base else frozenset()
            return Trigger(override, preps | OVERRIDE_PREPS, False, 0.8)
    return NOUNS.get(lemma)
