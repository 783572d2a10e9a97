"""Keep one document's extraction on disk as JSON and read it back exactly.

A build folder keeps each document's :class:`~kgraph.model.DocumentExtraction`
under ``docs/`` so that the union outputs can be derived again without
re-running spaCy. The encoding follows the dataclass fields of
:mod:`kgraph.model` (tuples as lists, enums as their values, floats as
Python's shortest round-tripping repr), so ``decode(encode(x)) == x`` and a
field added to the model later is carried without changes here.

>>> from kgraph.model import Document
>>> ex = DocumentExtraction(document=Document(id="d1", text="Text."))
>>> decode_extraction(encode_extraction(ex)) == ex
True
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

from kgraph.errors import KGraphError
from kgraph.model import Actor, DocumentExtraction

if typing.TYPE_CHECKING:
    from kgraph.extract.actors.linking import LinkInput


def encode_extraction(extraction: DocumentExtraction) -> bytes:
    """Return one extraction as compact, key-sorted UTF-8 JSON (one line, newline-terminated)."""
    text = json.dumps(
        to_plain(extraction), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return (text + "\n").encode("utf-8")


def decode_extraction(data: bytes, *, where: str = "record") -> DocumentExtraction:
    """Return the extraction that :func:`encode_extraction` wrote; KGraphError if malformed."""
    try:
        value = from_plain(DocumentExtraction, json.loads(data.decode("utf-8")))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise KGraphError(f"{where}: not a readable extraction record ({exc})") from exc
    if not isinstance(value, DocumentExtraction):
        raise KGraphError(f"{where}: not a readable extraction record")
    return value


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in _fields(type(value))}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


@cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(tp: Any, value: Any) -> Any:
    """Rebuild a value of type ``tp`` from its plain JSON form."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return from_plain(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in value)
        return tuple(from_plain(a, v) for a, v in zip(args, value, strict=True))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {
            f.name: from_plain(hints[f.name], value[f.name]) for f in _fields(tp) if f.name in value
        }
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


@dataclass(frozen=True)
class LinkIndex:
    """What a build reads of an unchanged record: the hash of its bytes, its model, its actors.

    Kept beside the record (:func:`index_name`), so that linking the actors of
    the whole corpus does not decode every record: an index is a few actors
    without their mentions, where the record holds every relation and
    sentence.
    """

    record: str  # SHA-256 of the record's bytes: an index of another record is not used
    model: str
    actors: LinkInput


def index_name(record: str) -> str:
    """Return the name of a record's index: ``docs/<name>.links`` beside ``docs/<name>.json``."""
    return record.removesuffix(".json") + ".links"


def index_of(
    extraction: DocumentExtraction, record: str, shared: dict[Actor, Actor] | None = None
) -> LinkIndex:
    """Return the index of an extraction whose record hashes to ``record``.

    Its actors are kept without their mentions; with ``shared``, an actor
    equal to one already there is that one (an actor named in a thousand
    documents is then held once, not a thousand times).
    """
    from kgraph.extract.actors.linking import LinkInput

    actors = tuple(dataclasses.replace(a, mentions=()) for a in extraction.actors)
    counts = tuple(len(a.mentions) for a in extraction.actors)
    if shared is not None:
        actors = tuple(shared.setdefault(a, a) for a in actors)
    return LinkIndex(record=record, model=extraction.model, actors=LinkInput(actors, counts))


def encode_index(index: LinkIndex) -> bytes:
    """Return an index as compact, key-sorted UTF-8 JSON; the actors' mentions are left out."""
    data = {
        "record": index.record,
        "model": index.model,
        "actors": [to_plain(dataclasses.replace(a, mentions=())) for a in index.actors.actors],
        "mentions": list(index.actors.mentions),
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def decode_index(data: bytes, shared: dict[Actor, Actor] | None = None) -> LinkIndex | None:
    """Return the index :func:`encode_index` wrote; None when it is not one (it is made again).

    ``shared`` is as for :func:`index_of`.
    """
    from kgraph.extract.actors.linking import LinkInput

    try:
        value = json.loads(data.decode("utf-8"))
        actors = tuple(_actor(a) for a in value["actors"])
        if shared is not None:
            actors = tuple(shared.setdefault(a, a) for a in actors)
        mentions = tuple(int(n) for n in value["mentions"])
        if len(actors) != len(mentions) or not all(isinstance(a, Actor) for a in actors):
            return None
        return LinkIndex(str(value["record"]), str(value["model"]), LinkInput(actors, mentions))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


_PLAIN = frozenset(("id", "label", "qid", "iso", "cameo", "country", "office"))
ACTOR_FIELDS = _PLAIN | {"type", "aliases", "mentions", "merged_from"}
"""The fields of an Actor :func:`_actor` reads without :func:`from_plain` (a test holds them)."""


def _actor(data: dict[str, Any]) -> Actor:
    """Return an index's actor: :func:`from_plain` of it, in a fraction of the time."""
    if data.keys() != ACTOR_FIELDS or data["mentions"] or data["merged_from"]:
        value = from_plain(Actor, data)
        assert isinstance(value, Actor)
        return value
    from kgraph.model import ActorType

    return Actor(
        type=ActorType(data["type"]),
        aliases=tuple(data["aliases"]),
        **{k: data[k] for k in _PLAIN},
    )
