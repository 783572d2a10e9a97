"""Find who does the act of a clause the parser attaches to the wrong word.

* :func:`opens_clause` — "US troops had defeated ISIS and Turkey would be moving …":
  a conjunct right before a subjectless finite verb is that verb's subject, no object;
* :func:`for_subject` — "Kenya called for the United Nations to sanction Iran": the
  noun of "for X" right before "to" does the act;
* :func:`pact_doers` — "supports a deal between Britain and Mauritius to hand over …":
  an infinitive after a deal or plan is done by its parties;
* :func:`repeated_above` — "killed the attackers who … and later killed Y": a verb
  repeating the one above a relative clause shares that verb's subject;
* :func:`singled_out` — "thanked its partners, *especially* Japan": an apposition
  singling out a member of the group before it shares the group's part in the act;
* :func:`coordinated`, :func:`without_described` — whether a run of conjuncts is a
  list ("X, Y and Z"), and where a run without "and" opens a new noun phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.lexicon.triggers import lemma_of, verb_trigger_at
from kgraph.extract.syntax import infinitive_marker

if TYPE_CHECKING:
    from spacy.tokens import Token

# "a deal between A and B to hand over X": the infinitive is the deal's, done by its parties
PACT_NOUNS = shipped_classes()["agreement_nouns"] | shipped_classes()["planning_nouns"]
SINGLING_ADVERBS = shipped_classes()["singling_adverbs"]
# the predicates of a stance on something (also what relations.vetoes checks)
STANCE_PREDICATES = frozenset(("praises", "criticizes", "rejects"))


def opens_clause(conj: Token) -> bool:
    """Tell whether a conjunct is the subject of the clause after it, not one of a list.

    "US troops had defeated ISIS and Turkey would be moving into Syria": the parser
    joins Turkey to ISIS, but the verb right after Turkey has no subject of its own.
    """
    doc = conj.doc
    nxt = conj.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].pos_ not in ("AUX", "VERB"):
        return False
    verb = doc[nxt] if doc[nxt].pos_ == "VERB" and doc[nxt].dep_ != "aux" else doc[nxt].head
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.i > conj.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        and verb.dep_ in ("conj", "ccomp", "ROOT", "advcl")
        # a finite clause: "Turkey *would be* moving", not a participle "Turkey, fearing …"
        and (verb.tag_ not in ("VBG", "VBN") or any(c.dep_ == "aux" for c in verb.children))
    )


def for_subject(verb: Token) -> list[Token]:
    """Return X of "for X to V" when the parser hangs X on the verb above as "for X".

    "Kenya called for the United Nations to sanction Iran": the United Nations is the
    subject of "to sanction", right before its "to".
    """
    to = infinitive_marker(verb)
    if to is None:
        return []
    return [
        pobj
        for prep in verb.head.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        and pobj.right_edge.i + 1 == to.i
        and not pobj.right_edge.is_punct  # "met for their summit, …, to sign": a purpose
    ]


def pact_doers(verb: Token) -> list[Token] | None:
    """Return the doers of an infinitive that belongs to the deal or plan before it.

    The parser hangs "to V" on the verb, but in "Kenya would support a deal between
    Britain and Ghana to hand over the islands" the handing over is the deal's: its
    parties ("between A and B", a possessor) do it. With no party named, one who only
    backs or rejects it does not (an empty list); the subject of another verb ("used
    the deal to pressure X") still does (None, as for no such infinitive).
    """
    to = infinitive_marker(verb)
    if to is None or verb.dep_ not in ("xcomp", "advcl"):
        return None
    head = verb.head
    pact = next(
        (
            c
            for c in head.children
            if c.dep_ == "dobj" and c.right_edge.i + 1 == to.i and lemma_of(c) in PACT_NOUNS
        ),
        None,
    )
    if pact is None:
        return None
    parties = [c for c in pact.children if c.dep_ == "poss"] + [
        o
        for p in pact.children
        if p.dep_ == "prep" and p.lower_ == "between"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if parties:
        return parties
    judged = verb_trigger_at(head)
    return [] if judged is not None and judged.predicate in STANCE_PREDICATES else None


def repeated_above(verb: Token) -> Token | None:
    """Return the verb a coordinated verb repeats above a relative clause it hangs on.

    In "police killed the gunmen who attacked the bank and later killed Ali" the parser
    joins the second "killed" to the relative clause; a verb that repeats the one the
    clause's noun depends on coordinates with that verb, and shares its subject.
    """
    head = verb.head
    if head.dep_ != "relcl":
        return None
    matrix = head.head.head
    if matrix == head.head or matrix.pos_ != "VERB" or matrix.i > verb.i:
        return None
    return matrix if lemma_of(matrix) == lemma_of(verb) else None


def singled_out(token: Token) -> bool:
    """Tell whether an apposition singles out a member: "our partners, *especially* the Turks"."""
    return token.dep_ == "appos" and any(
        c.dep_ == "advmod" and c.lower_ in SINGLING_ADVERBS and c.i < token.i
        for c in token.children
    )


def coordinated(words: list[Token]) -> bool:
    """Tell whether a run of conjuncts has a coordinator ("and", "or", "either", "nor")."""
    return any(c.dep_ in ("cc", "preconj") for w in words for c in w.children)


def without_described(words: list[Token]) -> list[Token]:
    """Drop the conjuncts of a run without a coordinator that an apposition describes.

    "the war against al-Shabaab, Mogadishu, the capital, has …": with no "and" the
    parser's conjunct that takes an apposition of its own opens a new noun phrase
    (here the subject of the next clause), not a member of a list.
    """
    cut = next((w for w in words[1:] if any(c.dep_ == "appos" for c in w.children)), None)
    if cut is None:
        return words
    return [w for w in words if not (w.i >= cut.i and cut in (w, *w.ancestors))]
