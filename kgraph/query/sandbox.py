"""Keep SPARQL inside its sources: find the clauses that make an engine fetch from elsewhere.

Both engines kgraph runs reach out on their own: rdflib loads every ``FROM``,
``FROM NAMED``, ``USING`` and ``LOAD`` IRI with ``Graph.parse`` (``http:``,
``https:`` and ``file:`` alike) and sends ``SERVICE`` patterns over HTTP;
Oxigraph sends ``SERVICE`` patterns and ``LOAD`` requests over HTTP. Neither
has a switch to turn this off, so a query is checked before it runs:
:func:`outside_reach` walks rdflib's algebra of the query (``SERVICE`` and
dataset clauses anywhere, sub-queries and ``EXISTS`` included) and, as a second
guard against the two parsers reading one text differently, scans the text for
the keywords themselves (comments, strings and IRIs left out).

(JSON-LD files, which can name a remote ``@context``, are checked on loading:
:mod:`kgraph.rdf.contexts`.)

>>> outside_reach("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
['SERVICE <http://example.org/sparql>']
>>> outside_reach("SELECT * WHERE { ?s ?p 'SERVICE <http://x>' }  # LOAD <http://y>")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from kgraph.errors import KGraphError

# What a query may not contain unless remote access is allowed, by algebra node name.
_REMOTE_NODES = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}
_DATASET_KEYS = {"datasetClause": "FROM", "using": "USING"}

# The lexical guard: comments, string literals and IRIs are blanked before the
# keywords are looked for; a keyword must stand alone (not ?service, kg:load).
_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)
_KEYWORDS = re.compile(r"(?<![\w?$:.@-])(SERVICE|LOAD|FROM|USING)(?![\w:-])", re.IGNORECASE)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def check_reach(query: str, *, allow_remote: bool = False) -> None:
    """Raise KGraphError if ``query`` would read from outside its sources, unless allowed."""
    if allow_remote:
        return
    found = outside_reach(query)
    if found:
        what = ", ".join(found[:3]) + (" …" if len(found) > 3 else "")
        raise KGraphError(
            f"the query reaches outside its sources ({what}): refused unless --allow-remote "
            "is given (for a named graph of the source, use GRAPH <iri> { … })"
        )


def outside_reach(query: str) -> list[str]:
    """Return the clauses of ``query`` that fetch from elsewhere, e.g. ``['SERVICE <…>']``.

    ``query`` must be valid SPARQL (query or update) as rdflib reads it.
    """
    return list(_outside_reach(query))


@lru_cache(maxsize=256)
def _outside_reach(query: str) -> tuple[str, ...]:
    found = tuple(dict.fromkeys(_from_algebra(query)))
    if found:
        return found
    return tuple(word.upper() for word in _keywords(query))


def _from_algebra(query: str) -> Iterator[str]:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    from kgraph.rdf.namespace import PREFIXES

    try:
        try:
            tree: Any = translateQuery(parseQuery(query), initNs=PREFIXES).algebra
        except ParseBaseException:
            tree = list(translateUpdate(parseUpdate(query), initNs=PREFIXES).algebra)
    except Exception:  # an algebra rdflib cannot translate: the lexical guard decides
        return
    yield from _walk(tree, depth=0)


def _walk(node: Any, *, depth: int) -> Iterator[str]:
    from rdflib.plugins.sparql.parserutils import CompValue

    if depth > 200:  # deeper than any real query; the lexical guard still applies
        return
    if isinstance(node, CompValue):
        # CompValue.get returns the key itself for a missing key: read it as a dict.
        keyword = _REMOTE_NODES.get(node.name)
        if keyword == "SERVICE":
            yield f"SERVICE {_n3(dict.get(node, 'term'))}"
        elif keyword == "LOAD":
            yield f"LOAD {_n3(dict.get(node, 'iri'))}"
        for key, label in _DATASET_KEYS.items():
            for clause in dict.get(node, key) or ():
                if dict.get(clause, "named") is not None:
                    yield f"{label} NAMED {_n3(dict.get(clause, 'named'))}"
                else:
                    yield f"{label} {_n3(dict.get(clause, 'default'))}"
        children: Any = node.values()
    elif isinstance(node, (list, tuple)):
        children = node
    else:
        return
    for child in children:
        yield from _walk(child, depth=depth + 1)


def _n3(term: Any) -> str:
    n3 = getattr(term, "n3", None)
    return str(n3()) if callable(n3) else str(term)


def _keywords(query: str) -> list[str]:
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    blanked = _LEXEMES.sub(" ", text)
    return list(dict.fromkeys(m.group(1) for m in _KEYWORDS.finditer(blanked)))
