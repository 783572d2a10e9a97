"""Derive stable actor ids from labels, types and Wikidata QIDs.

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

import re
import unicodedata

from kgraph.model import ActorType

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
