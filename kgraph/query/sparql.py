"""Run SPARQL over an rdflib graph or dataset, or over an Oxigraph store.

Queries are read-only unless ``allow_update`` is given. Parameter values are
strings from the user; they become RDF terms according to the types the
query declares in its header (see :mod:`kgraph.query.library`) and are
passed to the engine as bindings (rdflib ``initBindings``, Oxigraph
``substitutions``), never pasted into the query text.

Oxigraph substitutes a parameter only if the query projects it, and treats
``BOUND(?param)`` as false; the shipped queries are written to give the same
rows on both engines.
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from kgraph.errors import KGraphError, RemoteError
from kgraph.model import ActorType, QueryResult
from kgraph.query.library import check_parameters, parse_query_header
from kgraph.rdf.namespace import ACTOR, PREFIXES, kg_term
from kgraph.vocabulary import RELATIONS

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CURIE = re.compile(r"^([A-Za-z][\w-]*):(\S*)$")
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+$")
_PYPARSING_TAIL = re.compile(r"\s*\(at char \d+\),\s*\(line:\d+, col:\d+\)\s*$")


def run_query(
    source: Any,
    query: str,
    *,
    bindings: Mapping[str, str] | None = None,
    allow_update: bool = False,
    allow_remote: bool = False,
    timeout: float | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Run a SPARQL query (or, with ``allow_update``, an update) and return its result.

    ``source`` is an ``rdflib.Graph``/``Dataset`` (queried as the union of its
    graphs) or a ``pyoxigraph.Store`` from :func:`kgraph.query.store.open_store`.
    ``SERVICE``, ``FROM``, ``FROM NAMED``, ``USING`` and ``LOAD`` are refused
    unless ``allow_remote`` (see :mod:`kgraph.query.sandbox`). A query still
    running after ``timeout`` seconds is stopped (:mod:`kgraph.query.limits`);
    ``limit`` keeps the first rows (triples of a CONSTRUCT) and marks the
    result ``truncated`` when there were more. Raises :class:`KGraphError` for
    invalid SPARQL, for an update without ``allow_update``, and for a parameter
    value that cannot be resolved; :class:`TimeoutExceededError` on timeout.
    """
    from kgraph.query.limits import run_with_timeout
    from kgraph.query.sandbox import check_reach

    kind = classify(query)
    if kind == "update" and not allow_update:
        raise KGraphError(
            "SPARQL Update is refused: queries are read-only unless updates are allowed"
        )
    check_reach(query, allow_remote=allow_remote)
    if limit is not None and limit < 0:
        raise KGraphError(f"limit {limit}: give a number of rows, 0 or more")
    terms = resolve_bindings(source, query, bindings or {})
    engine = _run_oxigraph if _is_store(source) else _run_rdflib
    if kind == "update" or getattr(source, "remote", False):
        # An endpoint's HTTP client keeps its own time limit. An update is not run
        # in a child process: a killed writer is not worth a time limit, and the
        # store's own transaction keeps it all-or-nothing.
        return engine(source, query, terms, kind, limit)
    return run_with_timeout(lambda: engine(source, query, terms, kind, limit), timeout=timeout)


@lru_cache(maxsize=256)
def classify(query: str) -> str:
    """Return ``"query"`` or ``"update"``, or raise KGraphError for invalid SPARQL.

    >>> classify("SELECT * WHERE { ?s ?p ?o }"), classify("CLEAR ALL")
    ('query', 'update')
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        try:
            parseQuery(query)
            return "query"
        except ParseBaseException as query_error:
            try:
                parseUpdate(query)
                return "update"
            except ParseBaseException as update_error:
                worst = query_error if query_error.loc >= update_error.loc else update_error
                raise KGraphError(_syntax_message(worst)) from None
    except RecursionError:
        raise KGraphError("invalid SPARQL: expressions nested too deeply to parse") from None


def _syntax_message(exc: Any) -> str:
    text = _PYPARSING_TAIL.sub("", str(exc))
    return f"invalid SPARQL: {text} (line {exc.lineno}, column {exc.col})"


# --- parameters ---------------------------------------------------------------


def resolve_bindings(source: Any, query: str, values: Mapping[str, str]) -> dict[str, Any]:
    """Return rdflib terms for the user's parameter values (plus declared defaults)."""
    from rdflib import Literal

    header = parse_query_header(query)
    values = {name.lstrip("?$"): value for name, value in values.items()}
    check_parameters(header, values)
    declared = {p.name: p for p in header.parameters}
    terms: dict[str, Any] = {}
    for param in header.parameters:
        if param.default is not None and param.name not in values:
            terms[param.name] = to_term(source, param.type, param.default, param.name)
    for raw_name, value in values.items():
        name = raw_name.lstrip("?$")
        declared_param = declared.get(name)
        if declared_param is not None:
            terms[name] = to_term(source, declared_param.type, value, name)
        else:
            terms[name] = _guess_term(value) or Literal(value)
    return terms


def to_term(source: Any, kind: str, value: str, name: str = "value") -> Any:
    """Return the RDF term for a parameter value of a declared type.

    >>> to_term(None, "date", "2025-11-24").n3()
    '"2025-11-24"^^<http://www.w3.org/2001/XMLSchema#date>'
    >>> str(to_term(None, "predicate", "targets"))
    'https://w3id.org/kgraph/ontology#targets'
    >>> str(to_term(None, "actortype", "armedgroup"))
    'https://w3id.org/kgraph/ontology#ArmedGroup'
    """
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    value = value.strip()
    if kind == "actor":
        return resolve_actor(source, value)
    if kind == "date":
        if not _DATE.match(value):
            raise KGraphError(f"parameter {name}: {value!r} is not a date (use YYYY-MM-DD)")
        return Literal(value, datatype=XSD.date)
    if kind == "predicate":
        local = value.split(":", 1)[1] if value.startswith("kg:") else value.rsplit("#", 1)[-1]
        if local not in RELATIONS:
            lowered = {k.lower(): k for k in RELATIONS}
            local = lowered.get(local.lower(), "")
        if not local:
            raise KGraphError(
                f"parameter {name}: {value!r} is not a relation type "
                f"(e.g. {', '.join(list(RELATIONS)[:5])} …)"
            )
        return kg_term(local)
    if kind == "actortype":
        by_lower = {t.value.lower(): t.value for t in ActorType}
        type_name = by_lower.get(value.removeprefix("kg:").lower())
        if type_name is None:
            raise KGraphError(
                f"parameter {name}: {value!r} is not an actor type "
                f"(one of: {', '.join(t.value for t in ActorType)})"
            )
        return kg_term(type_name)
    if kind == "iri":
        term = _guess_term(value)
        if not isinstance(term, URIRef):
            raise KGraphError(f"parameter {name}: {value!r} is not an IRI or known prefix:name")
        return term
    if kind == "integer":
        try:
            return Literal(int(value))
        except ValueError:
            raise KGraphError(f"parameter {name}: {value!r} is not an integer") from None
    return Literal(value)


def resolve_actor(source: Any, value: str) -> Any:
    """Return the actor IRI a user's string names: IRI, ``actor:<id>``, id, QID, label or alias.

    QIDs win over labels, labels over aliases; case is ignored. Raises
    KGraphError when nothing matches, or when several actors match equally.
    """
    from rdflib import URIRef

    guessed = _guess_term(value)
    if isinstance(guessed, URIRef):
        return guessed
    if source is None:
        raise KGraphError(f"cannot resolve actor {value!r} without a graph")
    store = _is_store(source)
    if re.match(r"^[A-Za-z0-9._~-]+$", value):
        candidate = ACTOR[value]
        if store:
            exists = _store_has_actor(source, str(candidate))
        else:
            query = _internal("_actor-exists.rq")
            exists = bool(run_query(source, query, bindings={"actor": candidate}).boolean)
        if exists:
            return candidate
    found = run_query(source, _internal("_resolve-actor-exact.rq"), bindings={"value": value})
    ranked = [(str(row[0]), int(row[1] or 0)) for row in found.rows]
    if not ranked:
        found = run_query(source, _internal("_resolve-actor.rq"), bindings={"value": value})
        ranked = [(str(row[0]), int(row[1] or 0)) for row in found.rows]
    if not ranked:
        raise KGraphError(f"no actor called {value!r} in the graph (try a label, alias or QID)")
    best = min(rank for _, rank in ranked)
    actors = sorted({actor for actor, rank in ranked if rank == best})
    if len(actors) > 1:
        names = ", ".join(_curie(str(a)) for a in actors[:5])
        raise KGraphError(f"{value!r} names several actors ({names}); give the actor id instead")
    return URIRef(str(actors[0]))


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _store_has_actor(store: Any, iri: str) -> bool:
    """Return ``_actor-exists.rq`` on a store: whether ``iri`` is typed kg:Actor in any graph.

    One index look-up that stops at the first quad, instead of a query to parse and plan.
    """
    import pyoxigraph as ox

    pattern = (ox.NamedNode(iri), ox.NamedNode(_RDF_TYPE), ox.NamedNode(str(kg_term("Actor"))))
    return next(iter(store.quads_for_pattern(*pattern, None)), None) is not None


def _guess_term(value: str) -> Any:
    from rdflib import URIRef

    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if _IRI.match(value):
        return URIRef(value)
    match = _CURIE.match(value)
    if match and match.group(1) in PREFIXES:
        return URIRef(PREFIXES[match.group(1)] + match.group(2))
    return None


def _curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


@lru_cache(maxsize=16)
def _internal(name: str) -> str:
    return (importlib.resources.files("kgraph.query") / "queries" / name).read_text("utf-8")


# --- engines ------------------------------------------------------------------


def _is_store(source: Any) -> bool:
    return type(source).__module__.split(".")[0] == "pyoxigraph"


def _run_rdflib(
    source: Any, query: str, terms: dict[str, Any], kind: str, limit: int | None = None
) -> QueryResult:
    restore = getattr(source, "default_union", None)
    if restore is False:
        source.default_union = True
    # The documented prefixes, whatever the graph binds (its own bindings come on top).
    namespaces = {**PREFIXES, **{p: str(ns) for p, ns in source.namespaces() if p}}
    try:
        if kind == "update":
            source.update(query, initNs=namespaces, initBindings=terms)
            return QueryResult(kind="update")
        result = source.query(query, initNs=namespaces, initBindings=terms)
        if result.type == "ASK":
            return QueryResult(kind="ask", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            graph = result.graph
            data = graph.serialize(format="nt", encoding="utf-8") if graph is not None else b""
            return _construct(_sorted_lines(data).splitlines(), limit)
        variables = tuple(str(v) for v in (result.vars or ()))
        rows = [
            tuple(_plain(row[i]) for i in range(len(variables))) for row in _first(result, limit)
        ]
        return _select(variables, rows, limit)
    except KGraphError:
        raise
    except Exception as exc:  # evaluation errors surface as many exception types
        raise _failure(exc, query) from exc
    finally:
        if restore is False:
            source.default_union = False


def _run_oxigraph(
    store: Any, query: str, terms: dict[str, Any], kind: str, limit: int | None = None
) -> QueryResult:
    import pyoxigraph as ox

    # The prefixes the documentation promises (kg:, actor: …), as rdflib graphs bind them.
    prefixes = dict(PREFIXES)
    try:
        if kind == "update":
            if terms:
                raise KGraphError("parameters are not supported for SPARQL Update on a store")
            store.update(query, prefixes=prefixes)
            return QueryResult(kind="update")
        subs = {ox.Variable(name): to_oxigraph(term) for name, term in terms.items()}
        result = store.query(
            query, prefixes=prefixes, use_default_graph_as_union=True, substitutions=subs or None
        )
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            lines = {f"{t.subject} {t.predicate} {t.object} .".encode() for t in result}
            return _construct(sorted(lines), limit)
        variables = tuple(v.value for v in result.variables)
        convert = _term_converter()
        # A solution iterates over its values in the order of the variables.
        rows = [tuple(map(convert, solution)) for solution in _first(result, limit)]
        return _select(variables, rows, limit)
    except KGraphError:
        raise
    except (SyntaxError, RuntimeError, ValueError, OSError) as exc:
        raise _failure(exc, query) from exc


def _failure(exc: Exception, query: str) -> KGraphError:
    """Return the error for a failed evaluation: a RemoteError when a remote part failed.

    Only a query that reaches outside (allowed by then) can fail remotely: network errors
    are OSErrors (urllib's too), and rdflib's ``FROM`` loader says "Could not load".
    """
    from kgraph.query.sandbox import outside_reach

    remote = isinstance(exc, OSError) or str(exc).startswith("Could not load")
    if remote and outside_reach(query):
        return RemoteError(f"a remote source of the query failed: {_one_line(exc)}")
    return KGraphError(f"SPARQL query failed: {_one_line(exc)}")


def _first(rows: Any, limit: int | None) -> Any:
    """Return the first ``limit`` rows and one more (to tell whether there were more)."""
    import itertools

    return rows if limit is None else itertools.islice(rows, limit + 1)


def _select(variables: tuple[str, ...], rows: list[Any], limit: int | None) -> QueryResult:
    truncated = limit is not None and len(rows) > limit
    kept = tuple(rows[:limit] if truncated else rows)
    return QueryResult(kind="select", variables=variables, rows=kept, truncated=truncated)


def _construct(lines: list[bytes], limit: int | None) -> QueryResult:
    truncated = limit is not None and len(lines) > limit
    kept = lines[:limit] if truncated else lines
    return QueryResult(
        kind="construct", graph=b"".join(x + b"\n" for x in kept), truncated=truncated
    )


def to_oxigraph(term: Any) -> Any:
    """Return the pyoxigraph term for an rdflib term."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.Literal(str(term))


def from_oxigraph(term: Any) -> Any:
    """Return the rdflib term for a pyoxigraph term (``None`` stays ``None``).

    ``xsd:string`` literals become plain literals, as rdflib's own engine returns them.
    """
    return _rdflib_term_of()(term)


def _term_converter() -> Callable[[Any], Any]:
    """Return a converter of pyoxigraph terms that converts each distinct term once.

    Rows repeat the same actors, predicates and documents; one converter serves
    one result, so the memory it keeps goes with the result.
    """
    convert = _rdflib_term_of()
    converted: dict[Any, Any] = {None: None}

    def cached(term: Any) -> Any:
        try:
            return converted[term]
        except KeyError:
            rdflib_term = converted[term] = convert(term)
            return rdflib_term

    return cached


@lru_cache(maxsize=1)
def _rdflib_term_of() -> Callable[[Any], Any]:
    """Return the term conversion with its imports done once, not once per term."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    named_node, blank_node, literal = ox.NamedNode, ox.BlankNode, ox.Literal
    xsd_string = "http://www.w3.org/2001/XMLSchema#string"
    datatypes: dict[str, URIRef] = {}  # a few (xsd:date, xsd:integer …), each made once

    def convert(term: Any) -> Any:
        if term is None:
            return None
        if isinstance(term, named_node):
            return URIRef(term.value)
        if isinstance(term, literal):
            if term.language:
                return Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            if datatype == xsd_string:
                return Literal(term.value)
            known = datatypes.get(datatype)
            if known is None:
                known = datatypes[datatype] = URIRef(datatype)
            return Literal(term.value, datatype=known)
        if isinstance(term, blank_node):
            return BNode(term.value)
        return Literal(str(term))

    return convert


def _plain(term: Any) -> Any:
    """Drop an explicit ``xsd:string`` datatype so both engines return equal terms."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return b"".join(line + b"\n" for line in lines)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
