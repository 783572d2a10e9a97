"""Read how a sentence commits to a relation: negation, modality and attribution.

The reading walks the dependency parse from the trigger up its clause chain
(``xcomp``, ``conj``, the verb governing a nominal trigger) and collects cues:

* negation: a ``neg`` dependent ("not", "n't"), a negative adverb ("never",
  "seldom"), a negative subject or determiner ("Nobody is planning …", "no
  talks"), a refusing or denying verb above the trigger ("refused to meet",
  "denied attacking"); "no trouble defeating X" denies the difficulty, not the act;
* planned: intention and plan verbs above the trigger ("plans to meet",
  "expected to"), the future auxiliaries "will"/"would"/"going to", and
  modifiers of a nominal trigger ("a proposed discussion", "potential call");
* hypothetical: "could", "may", "might", a conditional clause ("if",
  "unless", "whether") or a question;
* reported: a speech verb governing the clause ("X said that …"), "according
  to X", or "reportedly"/"allegedly"; ``attributed_to`` names the source.

Hypothetical wins over planned, planned over reported; negation is
independent of modality. The functions are pure over spaCy tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import CONTROL_ASPECT, LIGHT_VERBS, lemma_of
from kgraph.extract.syntax import infinitive_marker
from kgraph.model import Modality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the cue words of negation, modality and reporting: data/lexicon/classes.txt
_CUES = shipped_classes()
NEGATIVE_SUBJECTS = _CUES["negative_subjects"]
NEGATIVE_DETERMINERS = _CUES["negative_determiners"]
# asked or permitted, the inner act is not told done: "asks X to V", "allowed X to V"
ASKING_VERBS = _CUES["asking_verbs"] | _CUES["permitting_verbs"]
DENYING_VERBS = _CUES["denying_verbs"]
REQUEST_VERBS = _CUES["request_verbs"]
SPEECH_DEMAND_VERBS = shipped_classes()["speech_demand_verbs"]
DEMAND_MODALS = frozenset(("must", "should"))
NEGATING_VERBS = _CUES["negating_verbs"]
PLANNING_VERBS = _CUES["planning_verbs"]
PLANNING_ADJECTIVES = _CUES["planning_adjectives"]
PLANNING_MODIFIERS = _CUES["planning_modifiers"]
FUTURE_AUX = _CUES["future_auxiliaries"]
HEDGE_AUX = _CUES["hedge_auxiliaries"]
CONDITION_MARKS = _CUES["condition_marks"]
REPORTING_ADVERBS = _CUES["reporting_adverbs"]
SPEECH_VERBS = _CUES["speech_verbs"]
ACCUSING_VERBS = _CUES["accusing_verbs"]
UNASSERTED = _CUES["unasserted_complement_words"]
FOCUS_ADVERBS = _CUES["focus_adverbs"]
NEGATIVE_ADVERBS = _CUES["negative_adverbs"]
PENDING_ADVERBS = _CUES["pending_adverbs"]
PURPOSE_VERBS = _CUES["purpose_verbs"]
CESSATIVE_VERBS = _CUES["cessative_verbs"]
RESPONSE_VERBS = _CUES["response_verbs"]
# a clause reaches these dependency labels on its way up to its governing verb
CHAIN_DEPS = frozenset(["xcomp", "conj", "acomp", "acl"])
PLANNING_NOUNS = _CUES["planning_nouns"]
AGREEMENT_NOUNS = _CUES["agreement_nouns"]
CLIMB_VERBS = (
    LIGHT_VERBS | PLANNING_VERBS | NEGATING_VERBS | CONTROL_ASPECT | _CUES["climbing_verbs"]
)


@dataclass(frozen=True)
class ModalityReading:
    """How a relation is committed to in its sentence."""

    modality: Modality = Modality.ASSERTED
    negated: bool = False
    attributed_to: str | None = None
    intent: bool = False  # the subject expresses intent ("agreed to", "plans to", "will")
    reported: bool = False  # attributed or hedged ("reportedly"), whatever else holds


def clause_chain(trigger: Token) -> list[Token]:
    """Return the trigger and the words above it that share its clause.

    A nominal trigger climbs to the light, planning or negating verb that
    governs it ("expressed interest in speaking", "planning a conversation");
    a verb climbs through open complements and coordinated verbs ("planning to
    go in and shoot"). It never climbs into a verb that merely mentions the
    event ("condemned the attack"), whose negation is not the event's.
    """
    chain = [trigger]
    token = trigger
    for _ in range(8):
        head = token.head
        if head == token:
            break
        dep = token.dep_
        climb = False
        if dep == "conj":
            # a coordinated verb with its own subject is its own clause
            climb = not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        elif dep == "acl" and any(c.dep_ == "agent" for c in token.children):
            break  # a reduced relative is its own clause: "X, shot by police, had pledged …"
        elif dep in CHAIN_DEPS:
            climb = True
        elif dep == "relcl":
            # "there is no reason to lift the sanctions": an infinitive read as a relative
            # clause is the noun's complement, as with "acl", and takes its cues
            climb = infinitive_marker(token) is not None
        elif dep == "ccomp":
            # "Trump allowed Israel to strike Iran", "will not let Ukraine join NATO",
            # parsed as complement clauses: an infinitive with its own subject still
            # takes the governing verb's cues
            climb = infinitive_marker(token) is not None or (
                token.tag_ == "VB" and not any(c.dep_ in ("mark", "aux") for c in token.children)
            )
        elif dep in ("dobj", "attr", "oprd", "nsubj", "nsubjpass"):
            climb = lemma_of(head) in CLIMB_VERBS and (
                dep not in ("nsubj", "nsubjpass") or token.pos_ in ("NOUN", "PROPN")
            )
        elif dep in ("pobj", "pcomp"):
            climb = head.pos_ == "ADP"
        elif dep == "prep":
            # "may tease the U.S. by defying it": the means shares the act's modality
            means = token.lower_ == "by" and any(c.dep_ == "pcomp" for c in token.children)
            # "could retaliate with tariffs on X": the response is the act
            means = means or (token.lower_ == "with" and lemma_of(head) in RESPONSE_VERBS)
            climb = head.pos_ in ("NOUN", "PROPN", "ADJ") or lemma_of(head) in CLIMB_VERBS or means
        if not climb:
            break
        chain.append(head)
        token = head
    return chain


def _speaker(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "this", "that"):
            return noun_phrase(child)
    return None


def speaker_token(trigger: Token) -> Token | None:
    """Return the subject of the speech verb that reports the trigger's clause, if any.

    "“Nobody is planning to shoot him,” the official told Axios" → official.
    """
    node = clause_chain(trigger)[-1]
    for _ in range(5):
        head = node.head
        if node.dep_ in ("ccomp", "parataxis") and lemma_of(head) in SPEECH_VERBS:
            return next((c for c in head.children if c.dep_ == "nsubj"), None)
        if node.dep_ == "ROOT":
            for child in node.children:
                if child.dep_ in ("parataxis", "ccomp") and lemma_of(child) in SPEECH_VERBS:
                    return next((c for c in child.children if c.dep_ == "nsubj"), None)
            return _quote_closer(node)
        if node.dep_ in ("advcl", "conj", "xcomp", "ccomp", "relcl"):
            node = head
            continue
        return None
    return None


def _quote_closer(root: Token) -> Token | None:
    """Find the speaker of a quotation that opens in this sentence and closes later.

    "“Nobody is planning … at this point. I wouldn't say never,” the official
    told Axios." → official.
    """
    sent = root.sent
    if not sent.text.lstrip().startswith(("“", '"')) or "”" in sent.text:
        return None
    doc = root.doc
    for i in range(sent.end, min(len(doc), sent.end + 80)):
        token = doc[i]
        if token.text in ("”", '"'):
            for follower in doc[i + 1 : min(len(doc), i + 6)]:
                if lemma_of(follower) in SPEECH_VERBS:
                    return next((c for c in follower.children if c.dep_ == "nsubj"), None)
            return None
    return None


def noun_phrase(token: Token) -> str:
    """Return a short text for the noun phrase headed by ``token`` (no clauses)."""
    left = token
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "case", "flat"):
            left = child if child.i < left.i else left
            left = child.left_edge if child.left_edge.i < left.i else left
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "case") or child.tag_ == "POS":
            right = max(right, child.i)
    span = token.doc[left.i : right + 1]
    text = span.text
    for prefix in ("the ", "a ", "an ", "The ", "A ", "An "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text.strip()


def _according_to(sent: Span) -> str | None:
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end:
            nxt = token.doc[token.i + 1]
            if nxt.lower_ != "to":
                continue
            # "an agreement according to which …": a relative pronoun names no source
            objs = [c for c in nxt.children if c.dep_ == "pobj" and c.tag_ not in ("WDT", "WP")]
            if not objs:
                continue
            obj = objs[0]
            # "sources cited by Axios" → Axios
            for desc in obj.subtree:
                if desc.dep_ == "agent":
                    agents = [c for c in desc.children if c.dep_ == "pobj"]
                    if agents:
                        return noun_phrase(agents[0])
            return noun_phrase(obj)
    return None


def _focus(neg: Token) -> bool:
    """Tell whether a "not" only focuses ("not only … but also"), negating nothing."""
    doc = neg.doc
    return neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in FOCUS_ADVERBS


def _demanded(node: Token) -> bool:
    """Tell whether a clause is what a request verb asks for: "demanded that Y release …".

    A participle beside the demand is an act of its own: "*Threatening* to kill the
    hostages, the group demanded …" is a threat made, not one asked for.
    """
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH_DEMAND_VERBS:
        # "X said Y must withdraw": the demand's act (CAMEO 10), not yet done
        return any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in node.children)
    if node.head.lemma_.lower() not in REQUEST_VERBS:
        return False
    if node.dep_ == "ccomp":
        return True
    return node.dep_ == "advcl" and not (
        node.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in node.children)
    )


def _no_longer(adverb: Token) -> bool:
    """Tell whether an adverb is "no longer" ("will no longer grant …"): a negation."""
    return adverb.lower_ == "longer" and any(c.lower_ == "no" for c in adverb.children)


def _overcome(token: Token) -> bool:
    """Tell whether a noun of difficulty is denied: "had *no* trouble defeating X".

    No trouble, difficulty or hesitation in doing an act says it was done with ease:
    the act is asserted, and the "no" negates the difficulty, not the act.
    """
    return (
        token.pos_ == "NOUN"
        and lemma_of(token) in UNASSERTED
        and any(
            (c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS)
            or (c.dep_ == "amod" and c.lower_ == "little")
            for c in token.children
        )
    )


def _for_to_reading(verb: Token) -> tuple[bool, bool]:
    """Return (planned, hypothetical) for a verb heading a "for X to V" clause.

    "a proposal for the council to lift sanctions": wished by others, neither done nor
    the council's plan (hypothetical); "an agreement for the army to deploy": agreed,
    not yet done (planned).
    """
    if not _for_to(verb):
        return False, False
    agreed = _agreed(verb.head)
    return agreed, not agreed


def _agreed(head: Token) -> bool:
    """Tell whether a "for X to V" clause hangs on an agreement, named or reached.

    "an agreement for the army to deploy", "an agreement was reached for the army to
    deploy": the act is agreed, so planned.
    """
    if lemma_of(head) in AGREEMENT_NOUNS:
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma_of(c) in AGREEMENT_NOUNS
        for c in head.children
    )


def _charge(node: Token) -> bool:
    """Tell whether a clause is the charge of an accusing verb: "accused X *of* …"."""
    return (
        node.dep_ == "prep"
        and node.lower_ in ("of", "for", "with")
        and node.head.lemma_.lower() in ACCUSING_VERBS
    )


def _for_to(verb: Token) -> bool:
    """Tell whether a verb heads a "for X to V" clause, an act wished for, not done or planned.

    The parser may hang "for X" on the noun or verb above: "a proposal for the council
    to lift sanctions", with the council right before "to".
    """
    children = list(verb.children)
    to = infinitive_marker(verb)
    if to is None:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in children):
        return True
    return verb.dep_ in ("acl", "advcl") and any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and pobj.dep_ == "pobj"
        and pobj.right_edge.i + 1 == to.i
        and not pobj.right_edge.is_punct
        for prep in verb.head.children
        for pobj in prep.children
    )


def _purpose_of(word: Token, verb: Token) -> bool:
    """Tell whether a passive verb gives its subject a purpose rather than a plan.

    "The tariffs are *aimed* at cutting deaths", "sanctions *intended* to end the war":
    the tariffs and sanctions are in place; "talks are *planned*" are not.
    """
    return word.dep_ == "nsubjpass" and verb.lemma_.lower() in PURPOSE_VERBS


def _undone(verb: Token) -> bool:
    """Tell whether a verb above the trigger leaves its act undone.

    "X refused to meet Y", "X abstained from criticizing Y"; "X has yet to respond to
    Y", "X is yet to recognise Y" (a pending adverb on "have" or "be").
    """
    lemma = verb.lemma_.lower()
    if lemma in NEGATING_VERBS:
        return verb.pos_ == "VERB"
    return lemma in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ in PENDING_ADVERBS for c in verb.children
    )


def _unceasing(token: Token, pos: int) -> bool:
    """Tell whether a negation on ``token`` leaves the act going on: "did *not stop* bombing X".

    Not stopping or ceasing an act says it went on, so the act is asserted: the
    cue negates the end of the act, not the act.
    """
    return pos > 0 and token.pos_ in ("VERB", "AUX") and lemma_of(token) in CESSATIVE_VERBS


def read_modality(
    trigger: Token, *, extra: tuple[Token, ...] = (), sent: Span | None = None
) -> ModalityReading:
    """Read negation, modality and attribution for a relation triggered at ``trigger``.

    ``extra`` are further words whose dependents count as cues (the argument
    heads, so that "no country sanctioned …" is negated); ``sent`` is the
    trigger's sentence when the caller has it.
    """
    chain = clause_chain(trigger)
    negated = False
    planned = False
    intent = False
    hypothetical = False
    reported_by: str | None = None
    reported = False
    for pos, token in enumerate([*chain, chain[-1].head]):
        agreed, wished = _for_to_reading(token)
        planned, hypothetical = planned or agreed, hypothetical or wished
        if pos == len(chain):
            break  # the word above the chain only heads a "for X to V" clause
        lemma = token.lemma_.lower()
        if pos > 0 and _undone(token):
            negated = not negated
        if pos > 0 and lemma in ASKING_VERBS and token.pos_ == "VERB":
            hypothetical = True  # "Trump asks Zelensky to investigate …": asked, not done
        overcome = pos > 0 and _overcome(token)
        if pos > 0 and lemma in UNASSERTED and not overcome:
            hypothetical = True  # "wary of confronting X", "can't afford to defend X"
        if (
            pos > 0
            and (lemma in PLANNING_VERBS or lemma in PLANNING_ADJECTIVES or lemma in PLANNING_NOUNS)
            and not _purpose_of(chain[pos - 1], token)
        ):
            planned = True
            intent = True
        if token.pos_ in ("NOUN", "PROPN"):
            for child in token.children:
                if child.dep_ in ("amod", "compound") and child.lower_ in PLANNING_MODIFIERS:
                    planned = True
                if child.dep_ == "det" and child.lower_ in NEGATIVE_DETERMINERS and not overcome:
                    negated = not negated
        unceasing = _unceasing(token, pos)
        for child in token.children:
            dep = child.dep_
            low = child.lower_
            if unceasing and (dep == "neg" or low in NEGATIVE_ADVERBS):
                continue
            if (dep == "neg" and not _focus(child)) or (
                dep in ("nsubj", "nsubjpass") and low in NEGATIVE_SUBJECTS
            ):
                negated = not negated
            elif dep == "aux":
                if low in FUTURE_AUX:
                    planned = True
                    intent = True
                elif low in HEDGE_AUX:
                    hypothetical = True
            elif dep == "mark" and low in CONDITION_MARKS:
                hypothetical = True
            elif dep == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in child.children
            ):
                hypothetical = True  # the main clause of a condition
            elif dep == "advmod":
                if low in REPORTING_ADVERBS:
                    reported = True
                elif low in NEGATIVE_ADVERBS or _no_longer(child):
                    negated = not negated
        if lemma == "go" and token.tag_ == "VBG" and pos > 0:
            planned = True  # "going to"
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children
        ):
            hypothetical = True
    for token in extra:
        if token.head.lemma_.lower() in PLANNING_NOUNS and token.dep_ in ("compound", "poss"):
            planned = True  # "Trump Plans Talk …", "Iran's plan …"
        if token.lower_ in NEGATIVE_SUBJECTS:
            negated = not negated
        for child in token.children:
            if child.dep_ == "det" and child.lower_ in NEGATIVE_DETERMINERS:
                negated = not negated
    node = chain[-1]
    # climb out of the clause: "X said (that) …", "…, the official told Axios"
    for _ in range(4):
        head = node.head
        agreed, wished = _for_to_reading(node)
        planned, hypothetical = planned or agreed, hypothetical or wished
        if node.dep_ == "ccomp" and head.lemma_.lower() in DENYING_VERBS:
            negated = not negated  # "Iran denied that it had attacked …"
            break
        if _demanded(node):
            hypothetical = True  # "demanded that Belarus release …": not yet an act
            break
        if _charge(node):  # "accused Y of supporting Z": the accuser's claim, not a fact
            reported = True
            reported_by = reported_by or _speaker(head) or _speaker(head.head)
            break
        if node.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS:
            reported = True
            reported_by = reported_by or _speaker(head)
            break
        if node.dep_ == "ROOT":
            for child in node.children:
                if (
                    child.dep_ in ("parataxis", "ccomp")
                    and child.i > node.i
                    and child.lemma_.lower() in SPEECH_VERBS
                    and _speaker(child)
                ):
                    reported = True
                    reported_by = reported_by or _speaker(child)
            break
        if node.dep_ in ("advcl", "conj", "xcomp", "ccomp", "relcl"):
            node = head
            continue
        break
    if not reported and trigger.sent.text.lstrip().startswith(("“", '"')):
        closer = _quote_closer(chain[-1]) if chain[-1].dep_ == "ROOT" else None
        if closer is not None:  # a quotation closed, and attributed, in a later sentence
            reported = True
            reported_by = noun_phrase(closer)
    if sent is None:
        sent = trigger.sent
    according = _according_to(sent)
    if according:
        reported = True
        reported_by = reported_by or according
    if sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        hypothetical = True
    if hypothetical:
        modality = Modality.HYPOTHETICAL
    elif planned:
        modality = Modality.PLANNED
    elif reported:
        modality = Modality.REPORTED
    else:
        modality = Modality.ASSERTED
    return ModalityReading(modality, negated, reported_by, intent, reported)
