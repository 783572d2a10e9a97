"""A SPARQL 1.1 Protocol endpoint as a graph source: queries passed through, graphs pulled.

:class:`Endpoint` has the ``query(text, initBindings=…)`` method that
:func:`kgraph.query.sparql.run_query` calls on an rdflib graph, so named
queries, parameters and actor look-ups work unchanged against a remote store.
A remote engine takes no pre-bound variables, so the bindings travel in the
query as a ``VALUES`` block (the same as rdflib's own ``SPARQLStore`` does),
placed first in the outermost ``WHERE`` group so that the group's filters see
them, as they see pre-bound variables in rdflib and Oxigraph.

Queries see the endpoint's default graph: configure it as the union of the
named graphs (``oxigraph serve --union-default-graph``; Virtuoso and GraphDB
do so already; Fuseki with ``tdb2:unionDefaultGraph true``). :func:`pull`
does not depend on that: it names the graphs.
"""

from __future__ import annotations

import importlib.resources
import io
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kgraph.errors import KGraphError, RemoteError
from kgraph.remote import transport

if TYPE_CHECKING:
    import rdflib
    from rdflib.query import Result

# Asked for by query form: an engine may answer a CONSTRUCT in a results format
# (Virtuoso does, as s/p/o bindings) when the header allows both.
_ACCEPT_RESULTS = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
_ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
_PROLOGUE = re.compile(
    r"^(?:\s+|#[^\n]*|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE
)
_PREFIX_DECL = re.compile(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:")
_RESULT_FORMATS = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
}
_GRAPH_FORMATS = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
}


def is_endpoint(sources: Sequence[Any]) -> bool:
    """Say whether ``sources`` is one endpoint URL; refuse a URL mixed with files.

    >>> is_endpoint(["http://localhost:7878/query"]), is_endpoint(["out/graph.ttl"])
    (True, False)
    """
    urls = [s for s in sources if isinstance(s, str) and s.startswith(("http://", "https://"))]
    if urls and len(sources) > 1:
        raise KGraphError(f"{urls[0]}: an endpoint URL must be the only graph source")
    return bool(urls)


class Endpoint:
    """A read-only SPARQL 1.1 query endpoint (SELECT, ASK, CONSTRUCT, DESCRIBE)."""

    # The HTTP client has its own time limit, so queries run in this process.
    remote = True

    def __init__(self, url: str) -> None:
        self.url = transport.check_url(url)
        self._http: Any = None

    def close(self) -> None:
        """Close the HTTP connection, if one is open."""
        if self._http is not None:
            self._http.close()
            self._http = None

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def namespaces(self) -> tuple[tuple[str, str], ...]:
        """Return no bound prefixes: kgraph's own are added to each query text."""
        return ()

    def query(
        self,
        text: str,
        initBindings: Mapping[str, Any] | None = None,
        initNs: Mapping[str, Any] | None = None,
    ) -> Result:
        """Run a query on the endpoint and return rdflib's result for it.

        ``initNs`` is accepted as rdflib's graphs accept it; the prefixes the
        text lacks are added from kgraph's own.
        """
        if initBindings:
            text = with_values(text, initBindings)
        text = with_prefixes(text)
        # One connection for the queries of one command (an actor look-up is several).
        if self._http is None:
            self._http = transport.client()
        response = transport.send(
            self._http, "POST", self.url, data={"query": text}, headers={"Accept": accept(text)}
        )
        return parse_response(self.url, response.headers.get("content-type", ""), response.content)

    def update(
        self,
        text: str,
        initBindings: Mapping[str, Any] | None = None,
        initNs: Mapping[str, Any] | None = None,
    ) -> None:
        """Refuse: kgraph writes to a remote store only through the Graph Store Protocol."""
        raise KGraphError(
            f"{self.url}: SPARQL Update is not sent to endpoints; use the endpoint's own tools, "
            "or 'kgraph build --store URL' to write document graphs"
        )


def accept(query: str) -> str:
    """Return the Accept header for a query: results for SELECT and ASK, RDF for the rest.

    >>> accept("PREFIX kg: <urn:k#>  # a comment, then the form")
    'application/sparql-results+json, application/sparql-results+xml;q=0.9'
    >>> accept("PREFIX kg: <urn:k#>\\n# a comment\\nCONSTRUCT WHERE { ?s ?p ?o }")
    'application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8'
    """
    rest = _PROLOGUE.sub("", query, count=1)
    form = rest.split(None, 1)[0].upper() if rest.strip() else ""
    return _ACCEPT_GRAPH if form in ("CONSTRUCT", "DESCRIBE") else _ACCEPT_RESULTS


def parse_response(url: str, content_type: str, body: bytes) -> Result:
    """Return the rdflib result for an endpoint's answer; RemoteError if it is not one."""
    import rdflib
    from rdflib.query import Result

    media = content_type.split(";")[0].strip().lower()
    try:
        if media in _RESULT_FORMATS:
            return Result.parse(io.BytesIO(body), format=_RESULT_FORMATS[media])
        if media in _GRAPH_FORMATS:
            result = Result("CONSTRUCT")
            result.graph = rdflib.Graph().parse(data=body, format=_GRAPH_FORMATS[media])
            return result
    except Exception as exc:  # the parsers raise many types for a malformed body
        raise RemoteError(
            f"{url}: malformed {media} answer: {transport._first_line(str(exc))}"
        ) from None
    raise RemoteError(
        f"{url}: answered with {media or 'no content type'}, not SPARQL results "
        "(is this the SPARQL query endpoint?)"
    )


def pull(url: str) -> rdflib.Dataset:
    """Return kgraph's document graphs at the endpoint as a dataset, one named graph each."""
    import rdflib

    from kgraph.rdf.namespace import PREFIXES

    text = (importlib.resources.files("kgraph.remote") / "queries" / "pull.rq").read_text("utf-8")
    with Endpoint(url) as endpoint:
        result = endpoint.query(text)
    if result.type != "SELECT":
        raise RemoteError(f"{url}: answered a SELECT with a {result.type} result")
    dataset = rdflib.Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns, override=True, replace=True)
    graphs: dict[Any, rdflib.Graph] = {}
    for g, s, p, o in result:  # type: ignore[misc]
        graph = graphs.get(g)
        if graph is None:
            graph = graphs[g] = dataset.graph(g)
        graph.add((s, p, o))
    return dataset


def with_prefixes(query: str) -> str:
    """Return the query with kgraph's predefined prefixes declared where it does not declare them.

    >>> with_prefixes("PREFIX kg: <urn:k#> ASK { ?s kg:x ?o }").count("PREFIX kg:")
    1
    >>> with_prefixes("ASK { ?s kg:x ?o }").startswith("PREFIX ")
    True
    """
    from kgraph.rdf.namespace import PREFIXES

    declared = {m.group(1) for m in _PREFIX_DECL.finditer(query)}
    lines = [f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared]
    return "".join(lines) + query


def with_values(query: str, bindings: Mapping[str, Any]) -> str:
    """Return the query with a one-row ``VALUES`` block first in each of its WHERE groups.

    Every WHERE group gets the block, sub-queries' too, so that a filter in a
    sub-query sees the value as it sees a pre-bound variable; one row joined
    to a group changes nothing else.

    >>> from rdflib import Literal
    >>> with_values("SELECT ?x WHERE { ?x ?p ?v }", {"v": Literal("b")})
    'SELECT ?x WHERE { VALUES (?v) { ("b") }\\n ?x ?p ?v }'
    >>> with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"o": Literal("a")})
    'CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?o) { ("a") }\\n ?s ?p ?o }'
    """
    names = sorted(bindings)
    block = "VALUES ({}) {{ ({}) }}\n".format(
        " ".join(f"?{n}" for n in names), " ".join(bindings[n].n3() for n in names)
    )
    for at in reversed(_where_braces(query)):
        query = query[: at + 1] + " " + block + query[at + 1 :]
    return query


def _where_braces(query: str) -> list[int]:
    """Return the indexes of the ``{`` that open WHERE groups (else the first group)."""
    depth, i, n = 0, 0, len(query)
    found: list[int] = []
    first_top = -1
    after_where = False
    while i < n:
        c = query[i]
        if c == "#" and not _inside_iri(query, i):
            i = query.find("\n", i)
            i = n if i < 0 else i
            continue
        if c in "'\"":
            i = _skip_string(query, i)
            continue
        if c == "{":
            if after_where:
                found.append(i)
                after_where = False
            elif depth == 0 and first_top < 0:
                first_top = i
            depth += 1
        elif c == "}":
            depth -= 1
        elif query[i : i + 5].upper() == "WHERE" and _word_at(query, i, 5):
            after_where = True
        i += 1
    if not found and first_top < 0:
        raise KGraphError("cannot place parameters: the query has no WHERE group")
    return found or [first_top]


def _inside_iri(query: str, i: int) -> bool:
    # A '#' inside <…> is part of an IRI (…/ontology#), not a comment.
    start = query.rfind("<", 0, i)
    return start >= 0 and query.find(">", start) > i and "\n" not in query[start:i]


def _skip_string(query: str, i: int) -> int:
    quote = query[i]
    if query.startswith(quote * 3, i):
        end = query.find(quote * 3, i + 3)
        return len(query) if end < 0 else end + 3
    j = i + 1
    while j < len(query) and query[j] != quote:
        j += 2 if query[j] == "\\" else 1
    return j + 1


def _word_at(query: str, i: int, length: int) -> bool:
    before = query[i - 1] if i else " "
    after = query[i + length] if i + length < len(query) else " "
    return not (before.isalnum() or before in "_?$:") and not (after.isalnum() or after == "_")
