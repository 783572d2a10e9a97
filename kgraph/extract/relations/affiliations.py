"""Read the standing ties that a mention itself states: whose government, whose army, who leads.

A news text rarely says "the US government is part of the United States", but
its mentions do: "the U.S. military", "the Trump administration", "Maduro's
regime", "President Donald Trump". These ties connect the actors an analyst
expects to see connected (Trump → the US government → the designation of a
cartel), so paths and rankings follow the text rather than stop at a missing
edge. Each tie is read from one mention, cites its sentence and carries the
attribute ``basis: mention`` (``kg:basis`` in RDF), so that a user can tell it
from a relation between two mentions:

* ``partOf``: a government or military actor and the state it belongs to,
  when both are actors of the document;
* ``leads``: a person and the government named after them ("Trump
  administration", "Maduro's regime"), or a person mentioned with the title of
  the office the gazetteer records ("President Donald Trump", "the president"),
  and that office's government (else its state) in the document.

The gazetteer's offices are not dated, so a title in the text is required:
"Biden said" alone never makes Biden the leader of anything.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.extract.mentions.actor_words import PAST_OFFICE_WORDS
from kgraph.extract.relations.relations import EXTRACTOR, relation_id
from kgraph.extract.relations.spans import mention_span
from kgraph.model import (
    Actor,
    ActorIndex,
    ActorType,
    Document,
    Evidence,
    Mention,
    Relation,
)
from kgraph.predicates import Predicate

# marks a tie read from inside one mention: "the government of Iraq" says
# that the Government of Iraq is part of Iraq, with no second name in the text
MENTION_BASIS = ("basis", "mention")
_BELONGS = (ActorType.GOVERNMENT, ActorType.MILITARY)
_NAMED_GOVERNMENT_HEADS = shipped_classes()["named_government_heads"]


def affiliation_relations(
    doc: Doc, actors: ActorIndex, *, document: Document
) -> Iterator[Relation]:
    """Yield ``partOf`` and ``leads`` ties stated by mentions, one per actor pair."""
    states = {a.iso: a for a in actors.actors if a.type is ActorType.STATE and a.iso}
    # only a state's own government ("Government of the United States"), never one of
    # its departments or chambers: "U.S. President Trump" leads no State Department
    governments = {
        a.country: a
        for a in actors.actors
        if a.type is ActorType.GOVERNMENT and a.country and a.label.startswith("Government of ")
    }
    sents = list(doc.sents)
    seen: set[tuple[str, str, str]] = set()

    def emit(
        subject: Actor, predicate: Predicate, obj: Actor, mention: Mention, confidence: float
    ) -> Iterator[Relation]:
        key = (subject.id, predicate, obj.id)
        if subject.id == obj.id or key in seen:
            return
        seen.add(key)
        yield _relation(
            document, sents[mention.sentence], subject, predicate, obj, mention, confidence
        )

    for actor in actors.actors:
        # a publisher's "we" names no tie: only what the text calls the actor counts
        named = [m for m in actor.mentions if m.label not in ("SELF", "SELF_QUOTED")]
        if actor.type in _BELONGS and actor.country in states and named:
            yield from emit(actor, "partOf", states[actor.country], named[0], 0.9)
        if actor.type is ActorType.GOVERNMENT:
            for mention in actor.mentions:
                leader = _named_leader(doc, mention, actors)
                if leader is not None:
                    yield from emit(leader, "leads", actor, mention, 0.85)
        if actor.type is ActorType.PERSON and actor.office and actor.country:
            state = states.get(actor.country)
            if state is None or not _office_names(actor.office, state):
                continue  # "President of the European Commission" heads no German government
            ruled = governments.get(actor.country) or state
            title = _title_mention(doc, actor)
            if ruled is not None and title is not None:
                yield from emit(actor, "leads", ruled, title, 0.8)


def _named_leader(doc: Doc, mention: Mention, actors: ActorIndex) -> Actor | None:
    """Return the person a government mention is named after ("Trump administration")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.lower_ not in _NAMED_GOVERNMENT_HEADS:
        return None
    for child in head.children:
        if child.dep_ not in ("poss", "compound"):
            continue
        person = actors.actor_at(child.i)
        if person is not None and person.type is ActorType.PERSON:
            return person
        # Inside "Trump administration" the name belongs to the government mention,
        # so find the person among the document's actors by surname or alias.
        for actor in actors.actors:
            if actor.type is ActorType.PERSON and (
                child.text == actor.label.split()[-1] or child.text in actor.aliases
            ):
                return actor
    return None


def _office_names(office: str, state: Actor) -> bool:
    """Tell whether an office title names the state ("President of the United States")."""
    if " of " not in office:
        return False
    named = office.rsplit(" of ", 1)[1].lower().removeprefix("the ")
    return named in {n.lower().removeprefix("the ") for n in (state.label, *state.aliases)}


def _title_mention(doc: Doc, person: Actor) -> Mention | None:
    """Return the first mention that opens with the person's current office title, if any."""
    assert person.office is not None
    title = person.office.split(" of ")[0].lower()  # "President of the United States"
    for mention in person.mentions:
        if not mention.text.lower().removeprefix("the ").startswith(title):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        before = doc[max(0, span.start - 3) : span.start] if span is not None else ()
        if not any(t.lower_ in PAST_OFFICE_WORDS for t in before):  # "former US President Obama"
            return mention
    return None


def _relation(
    document: Document,
    sent: Span,
    subject: Actor,
    predicate: Predicate,
    obj: Actor,
    mention: Mention,
    confidence: float,
) -> Relation:
    return Relation(
        id=relation_id(document.id, predicate, subject.id, obj.id, mention.start, mention.end),
        doc_id=document.id,
        subject=subject.id,
        predicate=predicate,
        object=obj.id,
        evidence=Evidence(
            sentence=sent.text.rstrip(),
            start=sent.start_char,
            end=sent.start_char + len(sent.text.rstrip()),
            trigger=mention.text,
            trigger_start=mention.start,
            trigger_end=mention.end,
        ),
        confidence=confidence,
        attributes=(MENTION_BASIS,),
        extractor=EXTRACTOR,
        subject_mention=mention_span(subject, mention.start, mention.end, mention.text),
        object_mention=mention_span(obj, mention.start, mention.end, mention.text),
    )
