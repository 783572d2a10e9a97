"""Where a pronoun stands relative to a quotation and to the clause that owns it.

A third-person pronoun inside a quotation is neither the quotation's speaker
nor its addressee: in "The envoys wrote to Sullivan: “We are alarmed by
Karadzic's conduct. For years, he has defied the courts”", "he" is Karadzic,
named earlier in the quotation, not Sullivan, to whom it is written
(:func:`quotation_people`). A possessive inside a reason given for a verb's
object ("praised Zelensky for *his* courage") is the object's
(:func:`reason_object`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.actors.actor_records import Hit
from kgraph.extract.mentions.first_person import quote_speaker, quoted_tokens, speech_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.actors.resolution import Resolution

# prepositions whose phrase gives the reason for an act on the verb's object
REASON_PREPS = frozenset(("for", "over"))


def quoted_in(state: Resolution) -> frozenset[int]:
    """Return the document's quoted token indices (computed once per document)."""
    if state.quoted is None:
        state.quoted = frozenset(quoted_tokens(list(state.doc)))
    return state.quoted


def quotation_start(quoted: frozenset[int], i: int) -> int:
    """Return the index of the quote mark that opens the quotation holding token ``i``."""
    while i > 0 and i - 1 in quoted:
        i -= 1
    return i - 1


def quotation_people(state: Resolution, pronoun: Token, people: list[Hit]) -> list[Hit]:
    """Narrow a quoted pronoun's candidates: the quotation's own first, never its frame.

    'The envoys wrote to Sullivan: "We are alarmed by Karadzic's conduct. For
    years, he has defied the courts"': the people named earlier inside the same
    quotation come first (Karadzic); failing them, the speaker (the subject of
    the frame, or of the speech verb that reports the quotation) and the
    addressee (a "to" phrase or the object of the frame) are passed over. A
    pronoun outside a quotation keeps its candidates.
    """
    quoted = quoted_in(state)
    if pronoun.i not in quoted:
        return people
    opening = quotation_start(quoted, pronoun.i)
    banned = frame_keys(state, pronoun, opening, quoted)
    return [h for h in people if h.key not in banned]


def frame_keys(state: Resolution, pronoun: Token, opening: int, quoted: frozenset[int]) -> set[str]:
    """Return the speaker and addressee of a quotation: the actors of its frame.

    "Two envoys wrote in a letter to Sullivan: “…”": the envoys (the subject of the
    speech verb) and Sullivan (its object or "to" phrase, also one on a noun of it,
    "a letter to Sullivan") speak and are spoken to; "“…,” Kerry told Lavrov": Kerry
    and Lavrov. A quotation that goes on after its frame ("“…,” they wrote to
    Sullivan. “For years, he …”") has the frame of the sentence before. A name in
    the frame that is neither ("Sullivan said of Karadzic: “…”") stays a candidate.
    """
    doc = state.doc
    frame = doc[opening].sent if opening >= 0 else pronoun.sent
    start = frame.start
    if start > 0 and any(i in quoted for i in range(doc[start - 1].sent.start, start)):
        start = doc[start - 1].sent.start  # "“…,” they wrote to X. “For years, he …”"
    frame_tokens = set()
    for verb in doc[start : frame.end]:
        if verb.i not in quoted and speech_verb(verb):
            frame_tokens.update(frame_parties(verb))
    speaker = quote_speaker(pronoun)
    if speaker is not None:
        frame_tokens.add(speaker.i)
    return {h.key for h in state.hits if h.token in frame_tokens}


def frame_parties(verb: Token) -> list[int]:
    """Return the token indices of a speech verb's speaker and addressee.

    "The envoys wrote in a letter to Sullivan": the envoys and Sullivan.
    """
    out = [c.i for c in verb.children if c.dep_ in ("nsubj", "dobj", "dative")]
    phrases = [c for c in verb.children if c.dep_ == "prep"]
    phrases += [g for p in phrases for c in p.children for g in c.children if g.dep_ == "prep"]
    for prep in phrases:
        if prep.lower_ == "to":
            out += [c.i for c in prep.children if c.dep_ == "pobj"]
    return out


def reason_object(state: Resolution, pronoun: Token) -> Hit | None:
    """Return the object a possessive belongs to in a reason for the act on it.

    "Putin praised Zelensky for *his* courage", "The bloc sanctioned Minsk over
    *its* crackdown": the phrase of "for"/"over" on a verb gives the reason the
    verb's object is praised or blamed, and the possessive there is the
    object's, not the subject's. None when the possessive is in no such phrase
    or the object is no resolved actor.
    """
    noun = pronoun.head
    prep = noun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "pobj" or prep.lower_ not in REASON_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None:
        return None
    return next((h for h in state.hits if h.token == obj.i), None)


def fronted_subject(state: Resolution, pronoun: Token) -> Hit | None:
    """Return the subject of the main clause for a pronoun in a phrase fronted before it.

    "Before *he* left Caracas, Maduro met the generals", "Despite *its* losses, the
    army pressed on": a clause or phrase put before the subject of its verb speaks
    of that subject (cataphora), when nothing before it was found. None when the
    pronoun is in no such phrase or the subject is no resolved name.
    """
    node = pronoun
    while node.head.i != node.i:
        verb = node.head
        if node.dep_ in ("advcl", "prep") and verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.pos_ == "PRON" or subject.i < node.right_edge.i:
                return None
            return next((h for h in state.hits if h.token == subject.i), None)
        node = verb
    return None
