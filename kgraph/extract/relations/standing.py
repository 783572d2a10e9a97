"""Read standing relations from noun-phrase structure (no trigger verb needed).

* ``leads``: a leader's title joined to a person and to the country or body it
  heads: "Venezuelan President Nicolás Maduro", "Maduro, the president of
  Venezuela", "Iran's supreme leader, Ali Khamenei", "X is the president of Y";
* ``conductedBy``: a military operation in apposition to a campaign owned by
  an actor ("the U.S. campaign, Operation Southern Spear") or possessed by it;
* ``affiliatedWith``: "networks tied to Maduro's regime", "Iran-backed
  militias", an armed or criminal group possessed by an actor ("Maduro's
  Cartel de Los Soles");
* ``memberOf``: "Germany, a member of NATO", "NATO member Turkey";
* ``alliedWith``: "Hezbollah, Iran's ally", "an ally of Iran, Syria";
* ``partOf``: a military or government body possessed by a state ("Iran's
  Revolutionary Guard"); a military unit named with the unit above it ("3rd
  Battalion, 7th Infantry Regiment");
* ``memberOf`` also: "X was assigned to Y", "Y, which includes X", "Y is made up
  of X" (:mod:`kgraph.extract.relations.composition`), "soldiers from Y", "Y
  appointed X as its envoy" (:mod:`kgraph.extract.relations.appointments`);
* ``leads`` also: "the Saudi-led coalition"; ``affiliatedWith`` also:
  "militias backed by Iran", "The Houthis, backed by Iran, …";
* ``controls``: "ISIL-held Mosul" (a place).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import (
    AFFILIATION_WORDS,
    LEADER_TITLES,
    REGARDING_VERBS,
    UNDERTAKING_NOUNS,
    is_backing,
    noun_trigger,
)
from kgraph.extract.mentions.actor_words import PAST_OFFICE_WORDS
from kgraph.extract.mentions.generic import civilian, counterpart
from kgraph.extract.relations.appointments import (
    APPOINTING_VERBS,
    appointed,
    appointee_of_title,
)
from kgraph.extract.relations.arguments import (
    Argument,
    Candidate,
    relative_antecedent,
    resolve,
    resolve_all,
)
from kgraph.extract.relations.coding import predicated_backing
from kgraph.extract.relations.composition import composed_of, singled_members
from kgraph.extract.relations.pairs_allies import possessed_partners
from kgraph.model import ActorType
from kgraph.predicates import Predicate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.model import Actor, ActorIndex

PERSON = ActorType.PERSON
LED_TYPES = frozenset(
    (
        ActorType.STATE,
        ActorType.GOVERNMENT,
        ActorType.MILITARY,
        ActorType.ORGANIZATION,
        ActorType.INTERNATIONAL_ORGANIZATION,
        ActorType.ARMED_GROUP,
        ActorType.CRIMINAL_ORGANIZATION,
        ActorType.MEDIA,
        ActorType.LOCATION,
    )
)
COMMANDED_TYPES = LED_TYPES | {ActorType.MILITARY_OPERATION}
GROUP_TYPES = frozenset((ActorType.ARMED_GROUP, ActorType.CRIMINAL_ORGANIZATION, ActorType.GROUP))
BODY_TYPES = frozenset((ActorType.MILITARY, ActorType.GOVERNMENT))
PAST_MARKERS = PAST_OFFICE_WORDS
OWNER_DEPS = frozenset(("compound", "amod", "poss", "nmod"))
HELD_WORDS = shipped_classes()["held_participles"]
DEPUTY_WORDS = shipped_classes()["deputy_words"]
RANK_WORDS = shipped_classes()["enlisted_rank_words"]
PARTICIPLES = frozenset(("VBG", "VBN"))
POSTING_TYPES = frozenset(
    (
        ActorType.GOVERNMENT,
        ActorType.MILITARY,
        ActorType.ORGANIZATION,
        ActorType.INTERNATIONAL_ORGANIZATION,
        ActorType.ARMED_GROUP,
        ActorType.MEDIA,
    )
)
MEMBER_NOUNS = shipped_classes()["member_nouns"]
# below it an argument was read through a modifier or an "of" phrase (arguments.resolve)
MODIFIER_QUALITY = 0.75
UNIT_WORDS = shipped_classes()["unit_words"]


def _arg(token: Token, actors: ActorIndex, quality: float = 1.0) -> Argument | None:
    actor = actors.actor_at(token.i)
    return Argument(actor, token, quality, 1) if actor is not None else None


def _owners(token: Token, actors: ActorIndex, types: frozenset[ActorType]) -> list[Argument]:
    """Return actors named in a noun's modifiers or its "of" phrase."""
    out: list[Argument] = []
    for child in token.children:
        if child.dep_ in OWNER_DEPS:
            arg = _arg(child, actors)
        elif child.dep_ == "prep" and child.lower_ == "of":
            pobjs = [c for c in child.children if c.dep_ == "pobj"]
            arg = resolve(pobjs[0], actors) if pobjs else None
            if arg is not None and _possessed_body(pobjs[0], arg, actors):
                continue
        else:
            continue
        if arg is not None and arg.actor.type in types:
            out.append(arg)
    return out


def _possessed_body(noun: Token, owner: Argument, actors: ActorIndex) -> bool:
    """Tell whether ``owner`` is only the possessor of ``noun``, a body that is no actor.

    "president of Republika Srpska's national assembly" heads the assembly, not
    Republika Srpska; "the head of Iran's army" (the army an actor) is unaffected.
    """
    return (
        owner.token.dep_ == "poss"
        and owner.token.head.i == noun.i
        and noun.pos_ == "NOUN"
        and _arg(noun, actors) is None
    )


def _person_of_title(title: Token, actors: ActorIndex) -> Argument | None:
    appointee = appointee_of_title(title)  # "X was appointed head of Y"
    if appointee is not None:
        arg = resolve(appointee, actors)
        return arg if arg is not None and arg.actor.type is PERSON else None
    head = title.head
    if title.dep_ in ("compound", "appos", "nmod", "amod") and head != title:
        arg = _arg(head, actors)
        if arg is not None and arg.actor.type is PERSON:
            return arg
    for child in title.children:
        if child.dep_ in ("appos", "compound", "flat"):
            arg = _arg(child, actors)
            if arg is not None and arg.actor.type is PERSON:
                return arg
    if title.dep_ == "attr":
        for child in head.children:
            if child.dep_ == "nsubj":
                arg = _arg(child, actors)
                if arg is not None and arg.actor.type is PERSON:
                    return arg
    return None


def _portfolio_chief(title: Token, actors: ActorIndex) -> bool:
    """Tell whether a title names a portfolio of its body: "the EU's foreign policy chief".

    A common noun before the title that is no actor of its own ("policy", "health",
    "intelligence") is the field the holder heads inside the body, not the body.
    """
    for child in title.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < title.i:
            body = actors.actor_at(child.i)  # inside the person's mention, or no actor
            if body is None or body.type is PERSON:
                return True
    return False


def _leads(title: Token, actors: ActorIndex) -> Iterator[Candidate]:
    if any(c.lower_ in PAST_MARKERS for c in title.children) or any(
        c.lower_ in PAST_MARKERS for c in title.head.children if c.i < title.i
    ):
        return  # "former President Barack Obama" no longer leads
    if title.i + 1 < len(title.doc) and title.doc[title.i + 1].lower_ in RANK_WORDS:
        return  # "Chief Petty Officer", "Chief Warrant Officer": a rank, not a command
    if title.tag_ in ("NNS", "NNPS"):
        return  # "one of Africa's leaders, X", "EU leaders such as X": one of several
    person = _person_of_title(title, actors)
    if person is None:
        return
    # a body named right before the title is the one led: "Pakistan's army chief"
    owners = sorted(
        _owners(title, actors, LED_TYPES),
        key=lambda a: -a.token.i if a.token.i < title.i and a.actor.type in BODY_TYPES else 0,
    )
    if not owners:  # "Gen. X, commander, U.S. Central Command" (an apposition or a list)
        # the first body named in it: "commander, Combined Joint Forces Land Component
        # Command - Operation Inherent Resolve" heads the command (the parser may hang
        # the whole name on its last word)
        owners = [
            a
            for c in title.children
            if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
            for t in c.subtree
            if t.i <= c.i  # the name itself, not what follows it ("… on Twitter")
            if (a := _arg(t, actors)) is not None and a.actor.type in COMMANDED_TYPES
        ][:1]
    if not owners and title.dep_ in ("compound", "nmod", "amod"):
        # "Venezuelan strongman Nicolás Maduro": the demonym hangs on the name
        owners = [
            a
            for c in title.head.children
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < title.i
            if (a := _arg(c, actors)) is not None and a.actor.type in LED_TYPES
        ]
    # "X, an ISIL commander": one of the group's leaders, so a member, not its head;
    # so is a deputy ("the deputy commander of the PMF")
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in title.children)
    deputy = any(c.lower_ in DEPUTY_WORDS for c in title.children if c.i < title.i)
    # "Foreign Minister Lavrov" sits in Russia's government; only a prime minister heads it
    portfolio = (
        title.lower_ in ("minister", "ministers")
        and not any(c.lower_ in ("prime", "first") for c in title.children)
    ) or _portfolio_chief(title, actors)
    for owner in owners[:1]:
        if portfolio or deputy or (indefinite and owner.actor.type in GROUP_TYPES):
            yield Candidate("memberOf", person, owner, title, title, 0.8)
        else:
            yield Candidate("leads", person, owner, title, title, 0.85)


def _head_tokens(doc: Doc, actors: ActorIndex) -> Iterator[tuple[Token, Actor]]:
    """Yield the syntactic head word of each actor mention."""
    for token in doc:
        actor = actors.actor_at(token.i)
        if actor is None:
            continue
        head_actor = actors.actor_at(token.head.i) if token.head != token else None
        if head_actor is None or head_actor.id != actor.id:
            yield token, actor


def _is_operation(actor: Actor, token: Token) -> bool:
    if actor.type is ActorType.MILITARY_OPERATION:
        return True
    return any(t.lower_ == "operation" for t in token.subtree if t.i <= token.i)


def _conducted(token: Token, actor: Actor, actors: ActorIndex) -> Iterator[Candidate]:
    holders = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        holders.append(token.head)
    owners = [a for c in token.children if c.dep_ == "poss" if (a := _arg(c, actors))]
    owners.extend(_owners(token, actors, LED_TYPES))
    for holder in holders:
        owners.extend(_owners(holder, actors, LED_TYPES))
    op = Argument(actor, token, 1.0, 1)
    for owner in owners[:1]:
        if owner.actor.id != actor.id:
            yield Candidate("conductedBy", op, owner, token, token, 0.8)


def _affiliated(token: Token, actor: Actor, actors: ActorIndex) -> Iterator[Candidate]:
    me = Argument(actor, token, 1.0 if token.pos_ == "PROPN" else 0.85, 1)
    for child in token.children:
        lemma = child.lemma_.lower()
        if (
            child.dep_ in ("acl", "amod", "relcl")
            and (lemma in AFFILIATION_WORDS or child.lower_ in AFFILIATION_WORDS)
            # "a spokesman linking the attack with X" ties the attack to X, not himself
            and not any(c.dep_ == "dobj" for c in child.children)
        ):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            other = resolve(pobj, actors)
                            if other is not None and other.actor.id != actor.id:
                                yield Candidate("affiliatedWith", me, other, child, child, 0.8)
        elif (tie := _participle_tie(child, actor)) is not None:
            predicate, named_first, strength = tie
            for sub in child.children:
                other = _arg(sub, actors)
                if other is not None and other.actor.id != actor.id:
                    subj, obj = (other, me) if named_first else (me, other)
                    yield Candidate(predicate, subj, obj, child, child, strength)
        elif (
            child.dep_ == "poss"
            and actor.type in GROUP_TYPES
            and not civilian(actor.label)
            and not counterpart(actor.label)
            and not (token.pos_ == "PROPN" and child.pos_ == "PRON")
        ):
            # "Hamas's fighters"; not "Cameroon's farmers", "her children", nor a name
            # the parser gives a pronoun as possessor ("called *her al-Shabab*")
            other = _arg(child, actors)
            # "Africa's ruling parties" are in Africa, no affiliates of a place
            if (
                other is not None
                and other.actor.id != actor.id
                and other.actor.type is not ActorType.LOCATION
            ):
                yield Candidate("affiliatedWith", me, other, child, child, 0.7)
        elif child.dep_ == "poss" and actor.type in BODY_TYPES and child.pos_ != "PRON":
            # "Iran's Revolutionary Guard"; "its troops" tells nothing new
            other = _arg(child, actors)
            if (
                other is not None
                and other.actor.id != actor.id
                and other.actor.type
                in (
                    ActorType.STATE,
                    ActorType.GOVERNMENT,
                )
            ):
                yield Candidate("partOf", me, other, child, child, 0.75)


def _participle_tie(child: Token, actor: Actor) -> tuple[Predicate, bool, float] | None:
    """Return the tie a name-and-participle modifier states, if any.

    As (predicate, whether the name is the subject, strength): "Iran-backed
    militias" (affiliation), "the Saudi-led coalition" (leadership), "ISIL-held
    Mosul" (control, of a place only: "Houthi-controlled Sanaa" reads the city as
    its government, and an "ISIL-held building" hit by a strike is named after its
    holder already).
    """
    if child.dep_ not in ("amod", "compound"):
        return None
    lemma = child.lemma_.lower()
    if lemma in ("back", "backed", "sponsor"):
        return "affiliatedWith", False, 0.8
    if lemma in ("lead", "led"):
        return "leads", True, 0.8
    if child.lower_ in HELD_WORDS and actor.type is ActorType.LOCATION:
        return "controls", True, 0.75
    return None


def _membership(noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "X, a member of Y", "Y member X", "X, Y's ally", "an ally of Y, X"."""
    lemma = noun.lemma_.lower()
    predicate: Predicate = "memberOf" if lemma == "member" else "alliedWith"
    members: list[Argument] = []
    if noun.dep_ in ("appos", "compound", "attr") and noun.head != noun:
        if noun.dep_ == "attr":
            members = [
                a for c in noun.head.children if c.dep_ == "nsubj" if (a := resolve(c, actors))
            ]
        else:
            arg = _arg(noun.head, actors)
            members = [arg] if arg else []
    members.extend(a for c in noun.children if c.dep_ == "appos" if (a := _arg(c, actors)))
    # "members of the country's Alawite minority": of the minority, not of the country
    groups = [
        g for g in _owners(noun, actors, LED_TYPES | {PERSON}) if g.quality >= MODIFIER_QUALITY
    ]
    if lemma == "ally":  # "Russia's Middle East ally": the region only places the alliance
        groups = possessed_partners(groups)
    for member in members:
        for group in groups:
            if member.actor.id != group.actor.id:
                yield Candidate(predicate, member, group, noun, noun, 0.8)


def _inclusion(token: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "the coalition includes A and B" / "the coalition, including A" as membership."""
    if token.pos_ == "VERB":
        groups = [c for c in token.children if c.dep_ == "nsubj"]
        members = [c for c in token.children if c.dep_ == "dobj"]
    else:  # the preposition "including"
        groups = [token.head]
        members = [c for c in token.children if c.dep_ == "pobj"]
    # the group must be named itself: "critics of X include Y" says nothing about X
    found_groups = [a for g in groups if (a := _arg(relative_antecedent(g), actors)) is not None]
    # nor does an unnamed group: "his critics include Y", "the victims included X"
    for group in [g for g in found_groups[:1] if not g.actor.label.islower()]:
        for member in resolve_all(members, actors):
            if member.actor.id != group.actor.id:
                yield Candidate("memberOf", member, group, token, token, 0.7)


def _undertaking(noun: Token) -> bool:
    """Tell a plan, policy or act ("China's *policy*", "the *attack*"): no whole of a part."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in UNDERTAKING_NOUNS or noun_trigger(lemma) is not None)


def _part_holders(part: Token) -> list[Token]:
    """Return what "part of" is said of: the subject, or the object of "see X as part of".

    "Ukraine is part of Europe", "the squadron flew missions as part of the
    group": the subject; "Kenya *sees the attack* as part of a campaign"
    (``[regarding_verbs]``): the object, not Kenya.
    """
    if part.dep_ == "attr":
        return [c for c in part.head.children if c.dep_ == "nsubj"]
    if part.dep_ == "pobj" and part.head.lower_ == "as":
        verb = part.head.head
        if verb.lemma_.lower() in REGARDING_VERBS:
            return [c for c in verb.children if c.dep_ == "dobj"]
        return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


def _part_of(part: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "X is part of Y" and "X … as part of Y".

    A plan, policy or act ("part of China's policy", "part of X's campaign") is
    the whole, not its owner: no tie is read. Nor is an actor that only modifies the
    whole: "part of the Washington Declaration", "part of the U.S.-led coalition"
    (a possessor owns it: "part of Denmark's kingdom" is part of Denmark).
    """
    wholes = [
        c
        for p in part.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pobj" and not _undertaking(c)
    ]
    if not wholes:
        return
    holders = _part_holders(part)
    for whole in resolve_all(wholes, actors)[:1]:
        if whole.quality < MODIFIER_QUALITY and whole.token.dep_ in ("compound", "amod", "nmod"):
            return  # the actor modifies the whole, it is not the whole (a possessor owns it)
        for holder in resolve_all(holders, actors):
            if holder.actor.id != whole.actor.id:
                yield Candidate("partOf", holder, whole, part, part, 0.7)


def _unit_name(actor: Actor) -> bool:
    return actor.type is not PERSON and bool(UNIT_WORDS & set(actor.label.lower().split()))


def _units(token: Token, actor: Actor, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "3rd Battalion, 7th Infantry Regiment": a unit named with the unit above it."""
    if not _unit_name(actor):
        return
    listed = not any(c.dep_ == "cc" for c in token.children)  # "A, B" read as a list
    for child in token.children:
        if child.dep_ != "appos" and not (child.dep_ == "conj" and listed):
            continue
        parent = _arg(child, actors)
        if parent is not None and parent.actor.id != actor.id and _unit_name(parent.actor):
            yield Candidate("partOf", Argument(actor, token, 1.0, 1), parent, child, child, 0.75)


def _member_noun(token: Token) -> str:
    """Return a noun's singular: spaCy leaves capitalised plurals as they are ("Airmen")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN":
        if lemma.endswith("men"):
            return lemma[:-3] + "man"
        return lemma.removesuffix("s")
    return lemma


def _members_from(token: Token, actor: Actor, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "soldiers from 2nd Battalion", "members of the SDF": an unnamed group's parent."""
    if _member_noun(token) not in MEMBER_NOUNS or actor.qid is not None:
        return
    me = Argument(actor, token, 0.85, 1)
    # "soldiers from Y", and through a participle: "soldiers visiting / deployed from Y"
    holders = [token, *(c for c in token.children if c.dep_ == "acl" and c.tag_ in PARTICIPLES)]
    for prep in (p for h in holders for p in h.children):
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
            for pobj in prep.children:
                parent = _arg(pobj, actors) if pobj.dep_ == "pobj" else None
                if (
                    parent is not None
                    and parent.actor.id != actor.id
                    and parent.actor.type not in (PERSON, ActorType.LOCATION, ActorType.STATE)
                ):
                    yield Candidate("memberOf", me, parent, prep, prep, 0.75)


def _posted_in(token: Token, actor: Actor, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "X, a crew chief in Abel Battery", "X, a reporter with Reuters" as membership."""
    if actor.type is not PERSON:
        return
    me = Argument(actor, token, 1.0, 1)
    for role in (c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        if any(c.lower_ in PAST_OFFICE_WORDS for c in role.children if c.i < role.i):
            continue  # "X, a former coordinator in the Obama administration": no longer
        for prep in (p for p in role.children if p.dep_ == "prep" and p.lower_ in ("in", "with")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                body = _arg(pobj, actors)
                if body is not None and body.actor.type in POSTING_TYPES:
                    yield Candidate("memberOf", me, body, role, role, 0.75)


def _assigned(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "X was assigned to Y" (a person or unit posted to a unit or body) as membership."""
    members = resolve_all([c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")], actors)
    if not members and verb.dep_ == "acl":  # "Sgt. X, assigned to Y"
        members = resolve_all([verb.head], actors)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for unit in resolve_all([c for c in prep.children if c.dep_ == "pobj"], actors)[:1]:
            for member in members:
                if member.actor.id != unit.actor.id and unit.actor.type is not PERSON:
                    yield Candidate("memberOf", member, unit, verb, verb, 0.8)


def _backed_by(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Read "militias backed by Iran", "The Houthis, backed by Iran, …" as affiliation."""
    if predicated_backing(verb):  # "the rebels are backed by Iran"
        clients = resolve_all([c for c in verb.children if c.dep_ == "nsubjpass"], actors)
    elif verb.dep_ == "acl":
        clients = resolve_all([verb.head], actors)
    else:  # a participle clause on the subject of the verb above
        clients = resolve_all([c for c in verb.head.children if c.dep_ == "nsubj"], actors)
    patrons = resolve_all(
        [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"],
        actors,
    )
    for client in clients:
        for patron in patrons:
            if client.actor.id != patron.actor.id:
                yield Candidate("affiliatedWith", client, patron, verb, verb, 0.75)


def standing_candidates(doc: Doc, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield standing relations found in noun-phrase structure, in text order."""
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("NOUN", "PROPN") and not (
            token.pos_ == "ADJ" and lemma in LEADER_TITLES
        ):
            continue
        if lemma in LEADER_TITLES:
            yield from _leads(token, actors)
        elif lemma in ("member", "ally"):
            yield from _membership(token, actors)
        elif lemma == "part":
            yield from _part_of(token, actors)
    for token in doc:
        if (token.lemma_ == "include" and token.pos_ == "VERB") or (
            token.lower_ == "including" and token.dep_ == "prep"
        ):
            yield from _inclusion(token, actors)
        elif token.lemma_ == "assign" and token.pos_ == "VERB":
            yield from _assigned(token, actors)
        elif token.lemma_.lower() in APPOINTING_VERBS and token.pos_ == "VERB":
            yield from appointed(token, actors)  # "the UN appointed X as its envoy"
        elif is_backing(token) or predicated_backing(token):
            yield from _backed_by(token, actors)
        else:
            yield from composed_of(token, actors)  # "the alliance is made up of X and Y"
    for token, actor in _head_tokens(doc, actors):
        if _is_operation(actor, token):
            yield from _conducted(token, actor, actors)
        yield from _affiliated(token, actor, actors)
        yield from _units(token, actor, actors)
        yield from _members_from(token, actor, actors)
        yield from singled_members(token, actor, actors)  # "its partners, especially Japan"
        yield from _posted_in(token, actor, actors)
