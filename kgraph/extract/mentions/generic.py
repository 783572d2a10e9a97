"""Generic actors: unnamed groups of people named by what they are.

News reports most violence against and by people it does not name: "Iraqi
civilians", "the police", "Yemeni fighters", "49 people". The mention finder
(:mod:`kgraph.extract.mentions`) finds them by their head noun
(``GROUP_HEADS``), :mod:`kgraph.extract.actors.groups` gives them an actor with the
country of a state or demonym right before them, and these rules decide

* whether a head that is only a group when counted is one here
  (:func:`counted`: "49 people were killed", "dozens of people", not "people
  say");
* the CAMEO sector code of the group (:func:`group_sector`: civilians ``CVL``,
  police ``COP``, protesters ``OPP``, refugees ``REF``, students ``EDU`` …, after
  the Phoenix agent dictionary). Counted people are civilians unless a word of
  the phrase says otherwise ("49 people" → ``CVL``; "49 soldiers" → ``MIL``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.agents import load_agents
from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import OBJECT_CONTROL, verb_trigger_at
from kgraph.extract.mentions.actor_words import (
    COUNTED_HEADS,
    COUNTERPART_HEADS,
    CRIME_WORD,
    DESCRIBED_HEADS,
    DROP_MODIFIERS,
    ETHNIC_MARKERS,
    GROUP_HEADS,
    GROUP_SECTORS,
    HARMED_HEADS,
    MEMBERSHIP_HEADS,
    PERSON_HEADS,
    QUALIFIED_HEADS,
    STANCE_HEADS,
)
from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kgraph.model import Actor

COLLECTIVE_HEADS = shipped_classes()["collective_heads"]
MENACING_VERBS = shipped_classes()["menacing_verbs"]
MEMBER_NOUNS = shipped_classes()["member_nouns"]
MILITARY_BODY_NOUNS = shipped_classes()["military_body_nouns"]
# people who act or speak for the body named right before them: "Palestinian *leaders*"
SPEAKING_FOR = shipped_classes()["official_nouns"] | shipped_classes()["leader_words"]
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "EDU", "LAB", "AGR", "MED", "BUS", "LEG", "PTY"})
# quantity nouns whose "of" phrase is what is counted: "dozens of people"
QUANTITY_NOUNS = shipped_classes()["count_nouns"] | shipped_classes()["quantity_nouns"]


def counted(head: Token) -> bool:
    """Return whether a head noun is counted: "*49* people", "*dozens* of people".

    "At least 49 people were killed" counts; "people say" and "the Iranian
    people" do not.
    """
    if any(c.dep_ == "nummod" or c.like_num for c in head.children):
        return True
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of":
        return prep.head.lower_ in QUANTITY_NOUNS or prep.head.like_num
    return False


# what is done to people that makes them victims, not a manner of speaking ("people say")
HARM_PREDICATES = frozenset({"kills", "assaults", "attacks", "targets", "arrests", "coerces"})


def harmed(head: Token) -> bool:
    """Return whether a head noun undergoes violence: "killed *people*", "*people* were shot".

    Its verb's trigger (``verb_trigger_at``) kills, assaults, attacks, targets,
    arrests or coerces, and the noun is its direct object or passive subject;
    conjoined verbs share the object ("shot and killed people").
    """
    if head.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = head.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verbs.append(verb.head)
    for v in verbs:
        trigger = verb_trigger_at(v) if v.pos_ == "VERB" else None
        if trigger is not None and trigger.predicate in HARM_PREDICATES:
            return True
        if v.pos_ == "VERB" and v.lemma_.lower() in MENACING_VERBS:
            return True  # "threatened a man": a threat, not a warning ("warned people")
    return False


def harming(head: Token) -> bool:
    """Return whether a head noun does violence: "armed *men* attacked", "stabbed by a *man*".

    It is the subject of a verb whose trigger kills, assaults, attacks, targets,
    arrests or coerces (or of a verb with such a participle or conjunct after it:
    "armed men roamed the streets, beating X"), or the "by" agent of such a passive.
    """
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent":
        verbs = [head.head.head]
    elif head.dep_ == "nsubj":
        verb = head.head
        # "armed men roamed the streets, *beating* X", "stormed the village *and shot* X"
        verbs = [verb] + [
            c
            for c in verb.children
            if c.pos_ == "VERB" and (c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG"))
        ]
    else:
        return False
    for verb in verbs:
        trigger = verb_trigger_at(verb) if verb.pos_ == "VERB" else None
        if trigger is not None and trigger.predicate in HARM_PREDICATES:
            return True
    return False


def addressed(head: Token) -> bool:
    """Return whether a head noun is told to act: "Police urged *people* to avoid the area".

    The noun is the object of a verb of appeal or command (or of its "on":
    "called on *people* to remain calm") that has the clause of what it is told
    to do; "the mayor thanked people" tells nobody to act. A warning is left out:
    "warned people to stay indoors" is a safety notice, which would read as a threat.
    """
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "on" and verb.dep_ == "prep":
        verb = verb.head  # "called on people to …"
    elif head.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in OBJECT_CONTROL:
        return False
    return any(c.dep_ == "xcomp" for c in verb.children)


def needs_count(word: str) -> bool:
    """Return whether ``word`` names a group only when counted ("people", "persons")."""
    return word in COUNTED_HEADS


def collective(word: str) -> bool:
    """Return whether a singular-looking head names a whole body: "the police"."""
    return word in COLLECTIVE_HEADS


def agrees(pronoun: Token, actor: Actor) -> bool:
    """Return whether a pronoun can stand for the actor: "he"/"she" a person, "it" a body.

    "They" a body or a group, never one person ("they shot them," Ajmal said).
    """
    word = pronoun.lower_
    person = actor.type is ActorType.PERSON
    if word in ("he", "she"):
        return person
    return not person


def civilian(label: str) -> bool:
    """Return whether an unnamed group is of civilians or a trade ("farmers", "children").

    Such groups belong to no armed owner named before them ("Baloch passengers"
    are not the Baloch Liberation Army) and a possessor is no tie ("Cameroon's
    farmers").
    """
    return group_sector(label) in CIVILIAN_SECTORS


def counterpart(label: str) -> bool:
    """Return whether an unnamed group is of the possessor's partners, not its members.

    "Our partners", "Russia's allies": other parties than the possessor, tied to it
    by the relation the noun names, so the possessor is no body they belong to.
    """
    words = label.lower().split()
    return bool(words) and words[-1] in COUNTERPART_HEADS


def group_sector(label: str) -> str | None:
    """Return the CAMEO sector of an unnamed group from its phrase ("Iraqi civilians" → CVL).

    The last words decide: first as a phrase of the agent dictionary ("human
    rights groups" → HRI, "rebel groups" → REB), then the head in the group-sector
    table ("49 people" are civilians), then the head in the agent dictionary
    ("teachers" → EDU, "clerics" → REL); "Muslim groups" are groups of Muslims.
    """
    words = label.lower().split()
    if not words:
        return None
    for width in (3, 2):
        if len(words) > width - 1:
            code = GROUP_SECTORS.get(" ".join(words[-width:])) or _agent_sector(words[-width:])
            if code is not None:
                return code
    code = GROUP_SECTORS.get(words[-1]) or _agent_sector(words[-1:])
    if code is None and words[-1] in DESCRIBED_HEADS and len(words) > 1:
        return group_sector(" ".join(words[:-1]))  # "student groups" are of students
    return code


def _agent_sector(words: list[str]) -> str | None:
    """Return the first sector the agent dictionary gives a phrase or its singular, else None.

    An unknown sector (``UNK``: "opposition group") is none.
    """
    agents = load_agents()
    for last in dict.fromkeys((words[-1], *_singulars(words[-1]))):
        codes = [c for c in agents.sectors(" ".join([*words[:-1], last])) if c != "UNK"]
        if codes:
            return codes[0]
    return None


def _singulars(word: str) -> tuple[str, ...]:
    """Return the singulars a plural may have: "militiamen" → "militiaman", "allies" → "ally"."""
    if word.endswith("men"):
        return (word[:-3] + "man",)
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    return (word[:-1],) if word.endswith("s") else ()


def community_name(span: Span) -> bool:
    """Tell whether a people's name heads a group phrase, no name of its own.

    "Iraqi *Kurds*", "*Muslims*" (a community a group head names: the words before
    it say whose) and a people after "ethnic" ("ethnic *Albanians*", "ethnic
    *Albanian* guerrillas": a community, not the state the demonym names).
    """
    first = span.doc[span.start - 1] if span.start > 0 else None
    return span.root.lower_ in GROUP_HEADS or (first is not None and first.lower_ in ETHNIC_MARKERS)


def _community_head(tok: Token) -> bool:
    """Tell whether a plural noun is a people named after "ethnic": "ethnic *Albanians*".

    A people's name is capitalised: "ethnic tensions" are none.
    """
    return (
        tok.tag_ in ("NNS", "NNPS")
        and tok.text[:1].isupper()
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ in ETHNIC_MARKERS
    )


_CLOSED = ("DET", "NUM", "PRON", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "ADV")


def names_stance(head: Token) -> bool:
    """Tell whether a stance head means the stance: "opposition *to* X", "the Taliban's opposition".

    A state's possessive keeps the group ("Venezuela's opposition boycotted the
    vote"); that of a body or a people does not.
    """
    return any(
        (c.dep_ == "prep" and c.lower_ == "to")
        or (c.dep_ == "poss" and c.ent_type_ in ("ORG", "NORP"))
        for c in head.children
    )


def of_body(head: Token, taken: list[bool]) -> bool:
    """Tell whether a head's "of" phrase is a mention found before: "members of *Hamas*"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return any(c.dep_ == "pobj" and taken[c.i] for c in prep.children)
    return False


def group_spans(
    doc: Doc, toks: list[Token], lower: list[str], taken: list[bool]
) -> Iterator[tuple[int, int]]:
    """Yield unnamed collectives as token ranges ("Iraqi *civilians*", "83 suspected traffickers").

    ``taken`` marks the words other mentions hold; the caller adds each range before
    asking for the next, so a group's words are not offered twice.
    """
    heads = [
        t
        for t, w in zip(toks, lower, strict=True)
        if w in GROUP_HEADS or w in DESCRIBED_HEADS or _community_head(t)
    ]
    for tok in heads:
        if tok.pos_ not in ("NOUN", "PROPN") or taken[tok.i]:
            continue
        if tok.dep_ == "compound" or (tok.i + 1 < len(doc) and toks[tok.i + 1].pos_ == "NOUN"):
            continue
        if tok.lower_ in PERSON_HEADS and tok.i + 1 < len(doc) and toks[tok.i + 1].pos_ == "PROPN":
            continue  # a title before a name: "activist Jane Doe", the person the name names
        first = tok.i
        while first > 0 and not taken[first - 1]:
            prev = toks[first - 1]
            if prev.is_punct and prev.text != "-":
                break
            if prev.head.i != tok.i and prev.head.i < first - 1 and prev.text != "-":
                break
            if prev.pos_ in _CLOSED and not (
                prev.pos_ == "VERB" and prev.dep_ in ("amod", "compound")
            ):
                break
            first -= 1
        while first < tok.i and (
            toks[first].lower_ in DROP_MODIFIERS or toks[first].like_num or toks[first].is_punct
        ):
            first += 1
        if _no_group(doc, tok, first, taken):
            continue
        yield first, tok.i + 1


def _owned(doc: Doc, head: Token, taken: list[bool]) -> bool:
    """Tell whether a name right before a head modifies it: "*Palestinian* groups"."""
    if head.i == 0 or not taken[head.i - 1]:
        return False
    before = doc[head.i - 1]
    return before.head.i == head.i and before.dep_ in ("amod", "compound", "nmod")


def said_of_another(noun: Token) -> bool:
    """Tell whether a noun says what another is: "X is *a rebel group*", "as *his lawyer*"."""
    if noun.dep_ in ("attr", "appos", "oprd", "ccomp", "xcomp"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _new_group(noun: Token) -> bool:
    """Tell whether a singular group noun brings in a group of its own: "*a* human rights group".

    Only with "a"/"an", neither said of another ("X is a rebel group", "designated
    X as a terrorist group", "designated X a terrorist group", "declared it a
    terrorist group") nor a quantity ("a small group of protesters").
    """
    if said_of_another(noun):
        return False
    if noun.dep_ == "dobj" and any(c.dep_ == "dative" for c in noun.head.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _body_members(doc: Doc, tok: Token, first: int, taken: list[bool]) -> bool:
    """Tell whether a mention right before a head names the body they act for.

    "the *army* officers", "*Palestinian* leaders", "*EU* officials": the body's
    mention stands for them; a group's own name before its fighters keeps the
    group ("ISIL fighters").
    """
    if first != tok.i or not _owned(doc, tok, taken):
        return False
    lemma = tok.lemma_.lower()
    if lemma in SPEAKING_FOR:
        return True  # "Palestinian leaders", "EU officials": the body acts through them
    return lemma in MEMBER_NOUNS and doc[tok.i - 1].lower_ in MILITARY_BODY_NOUNS


def _no_group(doc: Doc, tok: Token, first: int, taken: list[bool]) -> bool:
    """Tell whether a group head from ``first`` names no group of its own here."""
    word = tok.lower_
    if word in STANCE_HEADS and names_stance(tok):
        return True  # "Russia's opposition to the plan": an objection, no group
    if word in QUALIFIED_HEADS:
        context = doc[first : min(len(doc), tok.i + 5)].text.lower()
        if not CRIME_WORD.search(context):
            return True
    if word in MEMBERSHIP_HEADS and of_body(tok, taken):
        return True  # "members of Hamas", "members of the armed group": that body
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return True  # "three members of the Senate — Grassley, Shaheen and Risch": the names
    if _body_members(doc, tok, first, taken):
        return True  # "Panamanian army officers": the army's mention stands for them
    if word == "forces" and first == tok.i:
        return True  # bare "forces": too vague to be an actor
    if word in DESCRIBED_HEADS and first == tok.i and not _owned(doc, tok, taken):
        return True  # "the two groups": what groups, the words do not say
    if word in DESCRIBED_HEADS and tok.tag_ == "NN" and not _new_group(tok):
        return True  # "the militant group" refers back (an anaphor); "a group of …" counts
    if (word in PERSON_HEADS or word in DESCRIBED_HEADS) and said_of_another(tok):
        return True  # "serving as Trump's lawyer", "the Taliban, Afghanistan's leaders"
    if tok.dep_ == "poss" and tok.head.lower_ in DESCRIBED_HEADS:
        return True  # "immigrants' rights groups": whom the group is for, no party of its own
    if word in HARMED_HEADS:
        # "attacked members of the tribe", "the hanging of two men", not "added two members"
        return not (harmed(tok) or harming(tok) or (needs_count(word) and counted(tok)))
    # "people say": only "49 people", people killed or people told to act are a group
    return needs_count(word) and not (counted(tok) or harmed(tok) or addressed(tok))
