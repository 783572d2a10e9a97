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
from functools import cache
from typing import Any

from kgraph.errors import KGraphError
from kgraph.model import DocumentExtraction


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
