"""Find a trigger's arguments in the dependency parse and resolve them to actors.

Rules, all over spaCy's ClearNLP-style labels:

* subject: ``nsubj`` (active) or the ``agent`` phrase (passive); a relative
  pronoun stands for the noun its clause modifies; an open complement or a
  coordinated verb inherits the subject of the verb above it ("continue
  targeting", "plans to meet", "went in and shot"), except that an
  object-control verb hands down its object ("urged Israel to allow …", "led
  NATO to defeat …"); a purpose clause takes the subject of its verb; "X,
  together with Y, …" makes Y a subject too;
* object: ``dobj``/``dative`` when the trigger takes a direct object, the
  passive subject, and the object of the trigger's own prepositions;
* coordination is expanded on both sides ("the US and the EU sanctioned Russia");
* a word that is not itself an actor mention resolves through its modifiers:
  "Hungarian officials" → Hungary, "U.S. military operations" → United States,
  "the government of Iraq" → Iraq; but "our partners", "Iran's allies" are not
  the possessor, "his death" did not act, and "Syrian rebels" are not Syria.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import (
    CONTROL_PLANNED,
    ENABLING,
    LIGHT_VERBS,
    NOUNS,
    OBJECT_CONTROL,
    VERBS,
    lemma_of,
)
from kgraph.extract.lexicon.triggers import PLACE_NOUNS as OBJECTIVE_NOUNS
from kgraph.extract.mentions.actor_words import (
    FACILITY_HEADS,
    KINSHIP_NOUNS,
    PLACE_NOUNS,
    PRIVATE_PERSON_NOUNS,
)
from kgraph.extract.mentions.assets import is_asset
from kgraph.extract.mentions.generic import agrees, civilian
from kgraph.extract.relations.clauses import (
    coordinated,
    for_subject,
    opens_clause,
    pact_doers,
    repeated_above,
    singled_out,
    without_described,
)
from kgraph.extract.relations.constructions import (
    FORCE_PREDICATES,
    instrument_noun,
    low_agent,
    passive_partner_agent,
    ranked_holders,
    shared_passive,
    support_givers,
)
from kgraph.extract.relations.pairs_attachment import displaced_object_verb
from kgraph.extract.relations.pairs_efforts import (
    auxiliary_subjects,
    is_infinitive,
    named_operation,
    outer_effort,
)
from kgraph.extract.syntax import infinitive_marker
from kgraph.model import ActorType
from kgraph.predicates import Predicate
from kgraph.vocabulary import HOSTILE, RELATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.model import Actor, ActorIndex

RELATIVE_TAGS = frozenset(("WDT", "WP", "WP$"))
# "hired X to kill Y": X is the doer of the inner act
HIRING_VERBS = shipped_classes()["hiring_verbs"]
INSTITUTION_HEADS = shipped_classes()["institution_heads"]
PLACE_ENTS = frozenset(("GPE", "LOC", "FAC"))
# event nouns whose possessor suffers rather than acts: "his death will degrade ISIL"
EVENT_NOUNS = shipped_classes()["suffered_event_nouns"]
GENERIC_TYPES = frozenset((ActorType.GROUP, ActorType.ARMED_GROUP))
GROUPISH = frozenset(
    (
        ActorType.STATE,
        ActorType.GOVERNMENT,
        ActorType.MILITARY,
        ActorType.ARMED_GROUP,
        ActorType.CRIMINAL_ORGANIZATION,
        ActorType.ORGANIZATION,
        ActorType.INTERNATIONAL_ORGANIZATION,
    )
)
MODIFIER_DEPS = frozenset(("compound", "amod", "poss", "nmod"))
FORCES_OF_THEIR_OWN = frozenset(
    (ActorType.ARMED_GROUP, ActorType.MILITARY, ActorType.CRIMINAL_ORGANIZATION)
)
# nouns that name the possessor's counterpart: "our partners", "Iran's allies", "his
# client" are not the possessor ("Coalition partners", a compound, are the coalition's members)
RELATIONAL_NOUNS = shipped_classes()["counterpart_nouns"] | KINSHIP_NOUNS


@dataclass(frozen=True)
class Argument:
    """An actor found as a trigger's argument, and how directly."""

    actor: Actor
    token: Token  # the word the actor was read from
    quality: float  # 1.0 for a name; lower for pronouns, nominals, modifiers
    hops: int  # dependency arcs between trigger and argument


@dataclass(frozen=True)
class Candidate:
    """A relation found in the parse, before modality, date and scoring."""

    predicate: Predicate
    subject: Argument
    object: Argument
    trigger: Token
    trigger_last: Token
    strength: float
    attributes: tuple[tuple[str, str], ...] = ()
    clause: Token | None = None  # where to read modality, when not at the trigger


OF_FOR = frozenset(("of", "for"))  # "accused X of V-ing", "credited X for V-ing"
# verbs whose "with" gerund is done by their object: "charged X *with* supporting Y"
CHARGING_VERBS = shipped_classes()["charging_verbs"]
PASSIVE_SUBJECT_PREPS = shipped_classes()["passive_subject_gerund_preps"]
MEDIATING_VERBS = shipped_classes()["mediating_verbs"]
# nouns whose infinitive names the act of their owner: "X's efforts to defeat Y"
EFFORT_NOUNS = shipped_classes()["effort_nouns"]


def conjuncts(token: Token) -> list[Token]:
    """Return the token and every word coordinated with it ("X, Y and Z")."""
    out = [token]
    stack = [token]
    kinds = ("NOUN", "PROPN", "PRON", "ADJ") if token.pos_ == "ADJ" else ("NOUN", "PROPN", "PRON")
    while stack:
        node = stack.pop()
        for child in node.children:
            # "X, Y, and Z" that the parser reads as an apposition with a conjunct
            listed = (
                child.dep_ == "conj"
                or (
                    child.dep_ == "appos"
                    and (is_asset(child) or any(c.dep_ == "cc" for c in child.children))
                )
                or singled_out(child)
            )
            if listed and child.pos_ in kinds and child not in out and not opens_clause(child):
                out.append(child)
                stack.append(child)
    if len(out) == 1 or coordinated(out) or any(singled_out(w) for w in out):
        return out  # "our partners, especially the Turks": the one singled out shares the act
    return without_described(out)


def is_passive(verb: Token) -> bool:
    """Return True for a passive verb ("was designated", "militants backed by Iran")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if any(c.dep_ == "agent" for c in verb.children) and (
        verb.dep_ == "acl" or (verb.dep_ == "advcl" and verb.tag_ == "VBN")
    ):
        return True  # a participle with an agent: "X – shot dead by police –", "…, aided by Y"
    return (verb.tag_ == "VBN" and verb.dep_ == "acl") or shared_passive(verb)


def relative_antecedent(token: Token) -> Token:
    """Return the noun a relative pronoun stands for, else the token itself.

    A place that ends a locative phrase gives way to what the phrase locates:
    in "ISIL's attacks in the town of Tel Tamer in Hasaka Province, which
    targeted civilians" the attacks did the targeting, not the province.
    """
    if token.tag_ not in RELATIVE_TAGS or token.head.dep_ != "relcl":
        return token
    noun = token.head.head
    if _act_on_target(token.head, noun):
        return noun.head.head  # "the bombing of a base that killed X": the bombing killed
    if noun.ent_type_ not in PLACE_ENTS:
        return noun
    while noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "near", "of"):
        noun = noun.head.head
    return noun


def hostile_noun(token: Token) -> bool:
    """Tell whether a noun names a hostile act ("bombing", "attack"), whose "of" is its target."""
    trigger = NOUNS.get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
    kind = RELATIONS.get(trigger.predicate) if trigger is not None else None
    return kind is not None and kind.family == HOSTILE


def _act_on_target(verb: Token, noun: Token) -> bool:
    """Tell whether a hostile relative clause belongs to the act above its noun.

    "the bombing of a base that killed an aid worker": a place does not kill; the act
    whose target the place is does. Any other noun keeps its clause ("the arrest of
    two agents who shot down a plane").
    """
    trigger = VERBS.get(lemma_of(verb))
    kind = RELATIONS.get(trigger.predicate) if trigger is not None else None
    if kind is None or kind.family != HOSTILE or noun.pos_ != "NOUN":
        return False
    word = noun.lemma_.lower()
    if word not in PLACE_NOUNS and word not in OBJECTIVE_NOUNS and word not in FACILITY_HEADS:
        return False
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.lower_ in ("of", "on", "against") and hostile_noun(prep.head)
    )


def _national(token: Token, modifier: Actor) -> bool:
    """Tell whether a modifier is the nationality of a private person: "an American scientist"."""
    return modifier.type is ActorType.STATE and token.lower_ in PRIVATE_PERSON_NOUNS


def _school(token: Token) -> bool:
    """Tell whether a noun names an institution its modifier does not act for.

    "the Lilongwe Girls Primary School refused …": the school refused, not Malawi.
    """
    return token.lemma_.lower() in INSTITUTION_HEADS


def _quality(token: Token) -> float:
    if token.pos_ == "PROPN":
        return 1.0
    if token.pos_ == "PRON":
        return 0.75
    return 0.85


def _owner_like(modifier: Token, actors: ActorIndex) -> bool:
    """Tell whether a modifier only owns or classes its noun, and gives way to a force.

    In "Afghanistan's *Taliban* insurgency" and "Iran's *Quds Force* commander" the
    noun is the armed force's: a modifier naming an armed group, a military or a
    criminal organisation goes before the possessor; any other keeps its place
    ("Hillary Clinton's Senate campaign" is hers).
    """
    actor = actors.actor_at(modifier.i) if modifier.dep_ != "poss" else None
    return actor is None or actor.type not in FORCES_OF_THEIR_OWN


def resolve(token: Token, actors: ActorIndex, *, hops: int = 1) -> Argument | None:
    """Return the actor a word refers to, directly or through its modifiers."""
    actor = actors.actor_at(token.i)
    children = list(token.children)
    if actor is not None:
        generic = actor.type in GENERIC_TYPES and actor.qid is None and not civilian(actor.label)
        if token.pos_ == "NOUN" and generic and not is_asset(token):
            # "ISIL terrorists", "Hezbollah fighters": the named group is the actor
            for child in children:
                if child.dep_ in MODIFIER_DEPS and child.pos_ in ("PROPN", "ADJ"):
                    named = actors.actor_at(child.i)
                    if named is None or named.id == actor.id or named.type not in GROUPISH:
                        continue
                    if named.type is ActorType.STATE:
                        continue  # "Syrian opposition forces", "Thai workers": not the state
                    return Argument(named, child, 0.9, hops + 1)
        return Argument(actor, token, _quality(token), hops)
    for child in children:
        if child.dep_ == "appos":
            actor = actors.actor_at(child.i)
            if actor is not None:
                return Argument(actor, child, 0.85, hops + 1)
    if token.dep_ == "attr" and token.head.lemma_ == "be" and hops < 3:
        # "Hezbollah is a militant group (…, led by X)": the group is the subject
        for subj in token.head.children:
            if subj.dep_ == "nsubj":
                return resolve(subj, actors, hops=hops + 1)
    # a named modifier before a pronoun: "its European Community partners"
    relational = token.lemma_.lower() in RELATIONAL_NOUNS or (
        token.lemma_.lower() in EVENT_NOUNS and token.dep_ in ("nsubj", "nsubjpass")
    )
    for child in sorted(children, key=lambda c: (c.pos_ == "PRON", _owner_like(c, actors))):
        if child.dep_ in MODIFIER_DEPS and not (relational and child.dep_ == "poss"):
            # "Joint and Coalition partners": the name may be a conjunct of the modifier
            for mod in conjuncts(child) if child.pos_ == "ADJ" else [child]:
                actor = actors.actor_at(mod.i)
                if actor is not None and not _national(token, actor) and not _school(token):
                    return Argument(actor, mod, 0.7, hops + 1)
    for child in children:
        # "global partners *of* the U.S." are not the U.S.; "the bombing of a base" is
        # no act of the base
        of_relation = (relational or hostile_noun(token)) and child.lower_ == "of"
        if (
            child.dep_ == "prep"
            and child.lower_ in ("of", "by", "from")
            and hops < 4
            and not of_relation
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    arg = resolve(pobj, actors, hops=hops + 2)
                    if arg is not None:
                        return Argument(arg.actor, arg.token, min(arg.quality, 0.65), arg.hops)
    for child in children:
        # "attacks claimed by Daesh", "strikes carried out by the coalition"
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and hops <= 2
            and token.pos_ == "NOUN"
            # "the deal, brokered by Qatar, freed …": a go-between does not do the act
            and lemma_of(child) not in MEDIATING_VERBS
        ):
            for agent in child.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            arg = resolve(pobj, actors, hops=hops + 3)
                            if arg is not None:
                                return Argument(arg.actor, arg.token, 0.65, arg.hops)
    if token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass"):
        return _reported_self(token, actors, hops)
    return None


def _reported_self(pronoun: Token, actors: ActorIndex, hops: int) -> Argument | None:
    """Resolve "it"/"they"/"he" in "X said (that) it would …" to X."""
    clause = pronoun.head
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head == clause:
        return None
    for child in clause.head.children:
        if child.dep_ == "nsubj" and child.pos_ != "PRON":
            actor = actors.actor_at(child.i)
            if actor is not None and agrees(pronoun, actor):
                return Argument(actor, child, 0.75, hops + 2)
            if actor is None and pronoun.lower_ == "they" and child.tag_ == "NNS":
                # "Palestinian leaders said they would …": the speakers, read through
                # their modifier like any subject
                arg = resolve(child, actors, hops=hops + 2)
                if arg is not None and agrees(pronoun, arg.actor):
                    return Argument(arg.actor, arg.token, min(arg.quality, 0.7), arg.hops)
    return None


def resolve_all(tokens: list[Token], actors: ActorIndex, *, hops: int = 1) -> list[Argument]:
    """Resolve each token and its conjuncts, dropping the unresolved ones.

    An actor read through a modifier brings the modifier's conjuncts along:
    "Hungarian and Romanian officials" → Hungary, Romania.
    """
    out: list[Argument] = []

    def add(arg: Argument | None) -> None:
        if arg is not None and all(a.actor.id != arg.actor.id for a in out):
            out.append(arg)

    for token in tokens:
        for tok in conjuncts(relative_antecedent(token)):
            split = _coordinated_modifiers(tok, actors, hops)
            if split:
                for part in split:
                    add(part)
                continue
            arg = resolve(tok, actors, hops=hops)
            add(arg)
            if arg is not None and arg.token is not tok:
                for extra in conjuncts(arg.token)[1:]:
                    actor = actors.actor_at(extra.i)
                    if actor is not None:
                        add(Argument(actor, extra, arg.quality, arg.hops))
    return out


def _coordinated_modifiers(token: Token, actors: ActorIndex, hops: int) -> list[Argument]:
    """Split "Hungarian and Romanian officials" into one argument per modifier."""
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod") and any(
            c.dep_ == "conj" for c in child.children
        ):
            found = [
                Argument(actor, mod, 0.7, hops + 1)
                for mod in conjuncts(child)
                if (actor := actors.actor_at(mod.i)) is not None
            ]
            if len({a.actor.id for a in found}) > 1:
                return found
    return []


def _companions(subject: Token) -> list[Token]:
    """Return the partners a subject acts with: "X, together with Y, …", "X, along with Y"."""
    return [
        pobj
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        if any(c.lower_ in ("together", "along", "jointly") for c in prep.children)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def verb_subjects(verb: Token, *, depth: int = 0) -> tuple[list[Token], int]:
    """Return the words that are the verb's logical subject, and the arcs to reach them."""
    if is_passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":  # "aided by support from X": X
                return support_givers([c for c in child.children if c.dep_ == "pobj"]), 2 + depth
        shared = passive_partner_agent(verb)  # "were detained and tortured by X"
        if shared:
            return shared, 3 + depth
        instrument = instrument_noun(verb)  # "were killed in a U.S. strike"
        if instrument is not None:
            agents, arcs = noun_agents(instrument, depth=depth + 2)
            return agents or [instrument], (arcs or 3 + depth)
        return low_agent(verb), 3 + depth
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or auxiliary_subjects(verb)
    if len(subjects) > 1:  # "Near Mosul, three strikes destroyed …": the place is no agent
        subjects = [s for s in subjects if s.left_edge.lower_ not in ("near", "in", "at")]
    if subjects:
        found = [relative_antecedent(s) for s in subjects]
        doers = [d for s, f in zip(subjects, found, strict=True) if f is not s for d in _doers(f)]
        if doers and depth < 3:  # "the Taliban carried out the attack, which killed X"
            return doers, 3 + depth
        return found + [c for s in found for c in _companions(s)], 1 + depth
    if depth > 3:
        return [], 0
    head = verb.head
    dep = verb.dep_
    pact = pact_doers(verb)
    if pact is not None:
        return pact, 2 + depth
    if dep == "xcomp":
        if head.lemma_.lower() in OBJECT_CONTROL or head.lemma_.lower() in HIRING_VERBS:
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if not objs:  # "called on Iran to free …", "appealed to X to …"
                objs = [
                    o
                    for p in head.children
                    if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to") and p.i < verb.i
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
            if objs:
                return objs, 2 + depth
        return verb_subjects(head, depth=depth + 1)
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        matrix = repeated_above(verb)
        if matrix is not None:  # "killed X, who attacked Y, and later killed Z"
            return verb_subjects(matrix, depth=depth + 1)
        return verb_subjects(head, depth=depth + 1)
    if (
        dep == "advcl"
        and (head.lemma_.lower() in ENABLING or head.lemma_.lower() in OBJECT_CONTROL)
        and infinitive_marker(verb) is not None
    ):
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if objs:
            return objs, 2 + depth
    if dep == "acomp":  # "X is willing to send …", "X is prepared to lift …"
        return verb_subjects(head, depth=depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG":
        return verb_subjects(head, depth=depth + 1)
    if dep == "advcl" and infinitive_marker(verb) is not None:
        wished = for_subject(verb)
        if wished:  # "called for the UN to sanction Iran": the UN would sanction
            return wished, 2 + depth
        # a purpose clause: "partners are working hard to defeat X"
        return verb_subjects(head, depth=depth + 1)
    if dep == "acl" and verb.tag_ == "VBG":
        return [head], 1 + depth
    ranked = ranked_holders(verb)  # "Russia was the first to recognise X"
    if ranked:
        return ranked, 2 + depth
    if verb.tag_ == "VBG" and dep in ("pobj", "dobj", "nsubj"):
        # "strikes from the coalition bombing the Houthis": the doer parsed as a compound
        doers = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
        if doers and any(c.dep_ == "dobj" for c in verb.children):
            return doers, 2 + depth
    if dep == "relcl" and head.lemma_.lower() in EFFORT_NOUNS and is_infinitive(verb):
        named = named_operation(head)  # "Operation Eagle, the operation to destroy X"
        if named is not None:
            return [named], 2 + depth
    if dep == "acl" and verb.tag_ == "VB" and head.lemma_.lower() in EFFORT_NOUNS:
        # "the coalition's campaign to defeat X", "U.S. efforts to support Y"
        agents, arcs = noun_agents(head, depth=depth + 1)
        if agents:
            return agents, arcs
        outer = outer_effort(head, EFFORT_NOUNS)
        if outer is not None:  # "X is leading efforts in the campaign to defeat Y"
            agents, arcs = noun_agents(outer, depth=depth + 2)
            if agents:
                return agents, arcs
        named = named_operation(head)  # "Operation Eagle, the mission to destroy X"
        if named is not None:
            return [named], 2 + depth
        mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
        if mods:
            return mods, 2 + depth
        if head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX"):
            # "In the campaign to liberate Mosul, Iraqi forces have …": the clause's subject
            return verb_subjects(head.head.head, depth=depth + 2)
        return [], 0
    if dep == "pcomp" and head.pos_ == "ADP":
        return _gerund_subjects(head, depth)
    return [], 0


def _gerund_subjects(prep: Token, depth: int) -> tuple[list[Token], int]:
    """Return the subject of a gerund under a preposition ("insisted on meeting X").

    "accused YChina *of* supporting X", "credited Britain *for* playing …", "charged
    Albania *with* arming Y": the direct object does it; otherwise the owner's
    subject ("X remains committed to working with Y") or agent ("interest in
    speaking with X").
    """
    owner = prep.head
    charged = prep.lower_ == "with" and owner.lemma_.lower() in CHARGING_VERBS
    accused = (
        [c for c in owner.children if c.dep_ == "dobj"] if prep.lower_ in OF_FOR or charged else []
    )
    if accused and owner.pos_ == "VERB":
        return accused, 2 + depth
    undergoers = [c for c in owner.children if c.dep_ == "nsubjpass"]
    if undergoers and prep.lower_ in PASSIVE_SUBJECT_PREPS:
        return undergoers, 2 + depth  # "X was shot by police after stabbing Y": X stabbed
    if owner.pos_ in ("VERB", "AUX") or (owner.pos_ == "ADJ" and owner.dep_ == "acomp"):
        return verb_subjects(owner, depth=depth + 2)
    return noun_agents(owner, depth=depth + 2)


def _doers(event: Token) -> list[Token]:
    """Return the doer of an attack a relative clause is about, told around its noun.

    "The Taliban carried out the attack, which killed ten soldiers": the relative
    clause's subject is the attack, whose doer is the subject of "carried out" (or
    its possessor, its "by" phrase, its claimant). A modifier is read by the caller
    ("a Taliban attack, which killed …").
    """
    trig = NOUNS.get(event.lemma_.lower())
    if trig is None or trig.predicate not in FORCE_PREDICATES:
        return []
    return noun_agents(event, depth=1)[0]


def _claimed(noun: Token) -> Token | None:
    """Return the verb of "claimed / took responsibility for <noun>", if any.

    A claimed act of force: "Hamas *claimed* the attack on X", "the attack … *was
    claimed by* Hamas" (not "claimed the victory", "claimed the town").
    """
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() == "claim":
        trig = NOUNS.get(noun.lemma_.lower())
        return noun.head if trig is not None and trig.predicate in FORCE_PREDICATES else None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    responsibility = prep.head
    verb = responsibility.head
    if (
        responsibility.lemma_.lower() in ("responsibility", "credit")
        and responsibility.dep_ == "dobj"
        # not "accepted responsibility", which a leader does for what others did
        and verb.lemma_.lower() in ("claim", "take", "admit")
    ):
        return verb
    return None


def noun_agents(noun: Token, *, depth: int = 0) -> tuple[list[Token], int]:
    """Return the agent words of a noun: its possessor, or the subject of its verb."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return poss, 1 + depth
    claim = _claimed(noun)
    if claim is not None and depth < 4:
        # "the Taliban claimed responsibility for the attack": the claimant did it
        return verb_subjects(claim, depth=depth + 2)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [c for c in child.children if c.dep_ == "pobj"], 2 + depth
    head = noun.head
    inner = displaced_object_verb(noun)
    if inner is not None:  # "pressed X to halt at once airstrikes on Y": the inner verb governs
        if depth < 4 and (lemma_of(inner) in LIGHT_VERBS or lemma_of(inner) in CONTROL_PLANNED):
            return verb_subjects(inner, depth=depth + 1)
        return [], 0
    if (
        noun.dep_ in ("dobj", "attr")
        and head.pos_ in ("VERB", "AUX")
        and depth < 4
        and (lemma_of(head) in LIGHT_VERBS or lemma_of(head) in CONTROL_PLANNED)
    ):
        # "X held talks", "X plans a conversation"; not "X condemned the attack"
        return verb_subjects(head, depth=depth + 1)
    return [], 0
