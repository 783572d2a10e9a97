"""Derive stable actor ids from labels, types and Wikidata QIDs; keep event ids unique.

An actor id is a slug that is safe in an IRI path segment and depends only on
the entity, never on the document or the order of processing:

- linked to Wikidata: ``<slug of canonical label>-<qid>``, e.g. ``donald-trump-q22686``;
- otherwise: ``<type slug>-<slug of label>``, e.g. ``criminal-organization-cartel-de-los-soles``;
  the type prefix is left out when the label already contains the type's head word
  (``government-of-venezuela``, ``operation-southern-spear``).

>>> slugify("Nicolás Maduro’s")
'nicolas-maduros'
>>> actor_id("Donald Trump", ActorType.PERSON, "Q22686")
'donald-trump-q22686'
>>> actor_id("drug-trafficking networks", ActorType.GROUP, None)
'group-drug-trafficking-networks'
>>> actor_id("Government of Venezuela", ActorType.GOVERNMENT, None)
'government-of-venezuela'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from kgraph.model import ActorType, Relation

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['’`´]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug: accents dropped, runs of other characters as ``-``.

    >>> slugify("  U.S. Department of  Defense ")
    'u-s-department-of-defense'
    >>> slugify("Élysée")
    'elysee'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = _APOSTROPHES.sub("", ascii_text.lower())
    return _NON_ALNUM.sub("-", ascii_text).strip("-")


def type_slug(type_: ActorType) -> str:
    """Return the slug of an actor type, e.g. ``criminal-organization``.

    >>> type_slug(ActorType.INTERNATIONAL_ORGANIZATION)
    'international-organization'
    """
    return slugify(_CAMEL.sub("-", type_.value))


def actor_id(label: str, type: ActorType, qid: str | None) -> str:
    """Return the stable id of an actor (see the module docstring for the scheme)."""
    label_slug = slugify(label) or "unnamed"
    if qid:
        return f"{label_slug}-{qid.lower()}"
    prefix = type_slug(type)
    if prefix.rsplit("-", 1)[-1] in label_slug.split("-"):
        return label_slug
    return f"{prefix}-{label_slug}"


def unique_relations(relations: Iterable[Relation]) -> tuple[Relation, ...]:
    """Return the relations of one document with every event id used once.

    A relation id names a claim: document, predicate, actors and trigger.
    Two readings of the same claim (the same id, negation and modality), as
    when a verb and a standing tie both read "aligned with", are one event:
    the more confident one is kept, in the place of the first. A reading that
    differs in negation or modality is a different claim and gets an id of
    its own, derived from the first and its status, so every event node has
    one confidence and one status.

    >>> from kgraph.model import Evidence, Relation
    >>> ev = Evidence("A is aligned with B.", 0, 20, "aligned", 5, 12)
    >>> a = Relation(id="e1", doc_id="d", subject="a", predicate="affiliatedWith",
    ...              object="b", evidence=ev, confidence=0.7)
    >>> [(r.id, r.confidence) for r in unique_relations([a, replace(a, confidence=0.8)])]
    [('e1', 0.8)]
    >>> [r.id for r in unique_relations([a, replace(a, negated=True)])]
    ['e1', '9b5505b3ad8def65']
    """
    kept: dict[str, Relation] = {}
    for relation in relations:
        first = kept.get(relation.id)
        if first is None:
            kept[relation.id] = relation
        elif _status(first) == _status(relation):
            if relation.confidence > first.confidence:
                kept[relation.id] = relation
        else:
            new_id = relation.id
            while new_id in kept:
                new_id = _derived_id(new_id, relation)
            kept[new_id] = replace(relation, id=new_id)
    return tuple(kept.values())


def _status(relation: Relation) -> tuple[bool, str]:
    return relation.negated, str(relation.modality)


def _derived_id(base: str, relation: Relation) -> str:
    negated, modality = _status(relation)
    key = "\x1f".join((base, str(negated), modality))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
