"""Tie a titled leader to the government they served on the document's date.

"President Maduro said …" names no country; PETRARCH's dated roles do
(``[VENGOV >060901]``). The rule is kept conservative:

* the document is dated;
* a title of ``[head_of_government_titles]`` (``classes.txt``) stands right before a
  person's name, with no word of ``[past_office_words]`` ("former", "then-", "ousted" …)
  before it and no country or body of its own ("the Russian president" and "president
  of X" are read by the standing rules, which this one never second-guesses: a person
  they already tie is skipped);
* the person held exactly one state government role on that date
  (:meth:`~kgraph.extract.lexicon.roles.RoleIndex.government_on`);
* that state's government (or, failing it, the state) is an actor of the document.

Then the person ``leads`` that government, at confidence 0.7, marked
``{"basis": "dated role"}``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.mentions.actor_words import PAST_OFFICE_WORDS
from kgraph.model import Actor, ActorType, Evidence, Relation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kgraph.extract.lexicon.roles import RoleIndex
    from kgraph.model import ActorIndex, Document

CONFIDENCE = 0.7


def _title_of(token: Token) -> tuple[Token, Token] | None:
    """Return (first, last) token of a head-of-government title at ``token``, or None."""
    titles = shipped_classes()["head_of_government_titles"]
    doc = token.doc
    if token.i > 0 and f"{doc[token.i - 1].lower_} {token.lower_}" in titles:
        first = doc[token.i - 1]
    elif token.lower_ in titles:
        first = token
    else:
        return None
    before = [t for t in doc[max(0, first.i - 2) : first.i] if t.text != "-"]
    if any(t.lower_ in PAST_OFFICE_WORDS for t in before) or (
        before and before[-1].ent_type_ in ("NORP", "GPE")
    ):
        return None  # "former President X", "then-President X", "Russian President X"
    return first, token


def _state_body(iso: str, actors: Iterable[Actor]) -> Actor | None:
    government = state = None
    for actor in actors:
        if actor.cameo == f"{iso}GOV" and actor.type is ActorType.GOVERNMENT:
            government = government or actor
        elif actor.type is ActorType.STATE and actor.iso == iso:
            state = state or actor
    return government or state


def dated_leads(
    doc: Doc,
    index: ActorIndex,
    document: Document,
    relations: Iterable[Relation],
    *,
    roles: Callable[[], RoleIndex],
) -> Iterator[Relation]:
    """Yield the ``leads`` ties that the dated roles add to a dated document.

    ``roles`` returns the role index; it is called only when a title stands before a
    person's name, so that documents without one never load it.
    """
    from kgraph.extract.relations.relations import relation_id

    if not document.date:
        return
    tied = {r.subject for r in relations if r.predicate == "leads"}
    seen: set[str] = set()
    for token in doc[:-1]:
        found = _title_of(token)
        person = index.actor_at(token.i + 1)
        if found is None or person is None or person.type is not ActorType.PERSON:
            continue
        if person.id in tied or person.id in seen:
            continue
        iso = roles().government_on(person.label, document.date)
        body = _state_body(iso, index.actors) if iso else None
        if body is None:
            continue
        seen.add(person.id)
        sent = token.sent
        start, end = found[0].idx, found[1].idx + len(found[1].text)
        yield Relation(
            id=relation_id(document.id, "leads", person.id, body.id, start, end),
            doc_id=document.id,
            subject=person.id,
            predicate="leads",
            object=body.id,
            evidence=Evidence(
                sentence=sent.text.rstrip(),
                start=sent.start_char,
                end=sent.start_char + len(sent.text.rstrip()),
                trigger=document.text[start:end],
                trigger_start=start,
                trigger_end=end,
            ),
            confidence=CONFIDENCE,
            attributes=(("basis", "dated role"),),
        )
