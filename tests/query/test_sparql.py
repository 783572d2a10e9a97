"""run_query on both engines: the named queries, parameters, and errors."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef

from kgraph.errors import KGraphError
from kgraph.query.library import named_queries
from kgraph.query.sparql import from_oxigraph, resolve_actor, run_query, to_term
from kgraph.rdf.namespace import ACTOR, EVENT, KG

Q = named_queries()


def _local(term) -> str:
    return str(term).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _column(result, name):
    i = result.variables.index(name)
    return [row[i] for row in result.rows]


def test_events_between_either_direction(source):
    r = run_query(source, Q["events-between"].text, bindings={"a": "Maduro", "b": "trump"})
    assert [_local(e) for e in _column(r, "event")] == ["d1-talks", "d2-criticizes"]
    assert set(_column(r, "a")) == {ACTOR["Q57413"]}


def test_designations_and_sanctions(source):
    r = run_query(source, Q["designations-and-sanctions"].text)
    rows = {_local(row["event"]): row for row in r.as_dicts()}
    assert set(rows) == {"d1-designates", "d1-sanctions", "d2-sanctions"}
    assert rows["d1-designates"]["designation"] == "Foreign Terrorist Organization"
    assert rows["d1-designates"]["objectLabel"] == "Cartel de Los Soles"
    assert rows["d1-sanctions"]["negated"] is True


def test_who_targets_whom_excludes_hypothetical(source):
    r = run_query(source, Q["who-targets-whom"].text)
    assert [
        (d["subjectLabel"], _local(d["predicate"]), d["objectLabel"], d["events"])
        for d in r.as_dicts()
    ] == [("United States", "targets", "drug-trafficking networks", 1)]


def test_hostile_ranking(source):
    r = run_query(source, Q["hostile-ranking"].text)
    ranking = [(d["label"], d["events"], d["asserted"]) for d in r.as_dicts()]
    assert ranking[0] == ("Cartel de Los Soles", 2, 1)  # designated, and a hypothetical attack
    assert ("Nicolás Maduro", 1, 1) not in ranking  # the only sanction on him is negated
    assert {label for label, _, _ in ranking} == {
        "Cartel de Los Soles",
        "Donald Trump",
        "Venezuela",
        "drug-trafficking networks",
    }


@pytest.mark.parametrize(
    ("bindings", "events"),
    [
        ({}, ["d1-designates", "d2-criticizes", "d2-sanctions"]),
        ({"start": "2025-12-01"}, ["d2-criticizes", "d2-sanctions"]),
        ({"start": "2025-11-01", "end": "2025-12-02"}, ["d1-designates", "d2-criticizes"]),
        ({"start": "2026-01-01"}, []),
    ],
)
def test_events_in_range(source, bindings, events):
    r = run_query(source, Q["events-in-range"].text, bindings=bindings)
    assert [_local(e) for e in _column(r, "event")] == events


@pytest.mark.parametrize(
    ("bindings", "events"),
    [
        (
            {"subject": "US", "predicate": "targets", "object": "drug-trafficking networks"},
            ["d1-targets"],
        ),
        ({"subject": "Q30", "predicate": "kg:sanctions"}, ["d1-sanctions"]),
        ({"object": "Venezuela"}, ["d1-leads", "d2-sanctions"]),
    ],
)
def test_evidence(source, bindings, events):
    r = run_query(source, Q["evidence"].text, bindings=bindings)
    assert sorted(_local(e) for e in _column(r, "event")) == events
    assert all(s for s in _column(r, "sentence"))


def test_evidence_sentence_text(source):
    r = run_query(
        source, Q["evidence"].text, bindings={"subject": "United States", "predicate": "designates"}
    )
    (row,) = r.as_dicts()
    assert row["sentence"].startswith("The United States designated the Cartel de Los Soles")
    assert (row["trigger"], row["docId"], row["start"]) == ("designated", "news-001", 0)


def test_negated_and_hypothetical(source):
    r = run_query(source, Q["negated-and-hypothetical"].text)
    assert [_local(e) for e in _column(r, "event")] == ["d1-sanctions", "d1-talks", "d2-attacks"]


@pytest.mark.parametrize(
    ("bindings", "labels"),
    [
        ({"type": "State"}, ["United States", "Venezuela"]),
        ({"type": "person", "country": "VEN"}, ["Nicolás Maduro"]),
        (
            {"country": "USA"},
            ["Donald Trump", "United States", "United States Department of the Treasury"],
        ),
        ({"type": "Group"}, ["drug-trafficking networks"]),
        ({"type": "ArmedGroup"}, []),
    ],
)
def test_actors_by_type(source, bindings, labels):
    r = run_query(source, Q["actors-by-type"].text, bindings=bindings)
    assert sorted(str(x) for x in _column(r, "label")) == labels


def test_actors_by_type_lists_everyone_without_parameters(source):
    r = run_query(source, Q["actors-by-type"].text)
    assert len(r.rows) == 7


def test_actor_neighbourhood_is_a_graph(source):
    r = run_query(source, Q["actor-neighbourhood"].text, bindings={"actor": "Nicolás Maduro"})
    assert r.kind == "construct"
    text = r.graph.decode()
    assert "<https://w3id.org/kgraph/ontology#leads> <https://w3id.org/kgraph/actor/Q717>" in text
    assert "proposesTalksWith" not in text  # planned talks are not a direct edge


@pytest.mark.parametrize("name", sorted(Q))
def test_engines_agree(sample_ds, sample_store, name):
    bindings = {
        p.name: v
        for p, v in zip(Q[name].parameters, ("Q30", "Q1097993"), strict=False)
        if p.type == "actor"
    }
    assert run_query(sample_ds, Q[name].text, bindings=bindings) == run_query(
        sample_store, Q[name].text, bindings=bindings
    )


def test_ask(source):
    assert run_query(source, "ASK { ?s ?p ?o }").boolean is True


def test_undeclared_binding_accepts_curies(source):
    r = run_query(
        source,
        "PREFIX kg: <https://w3id.org/kgraph/ontology#>\n"
        "SELECT ?e ?p WHERE { ?e kg:relationType ?p }",
        bindings={"p": "kg:leads"},
    )
    assert _column(r, "e") == [EVENT["d1-leads"]]


@pytest.mark.parametrize(
    ("value", "actor"),
    [
        ("Q717", "Q717"),
        ("q717", "Q717"),
        ("venezuela", "Q717"),
        ("Washington", "Q30"),
        ("group-drug-trafficking-networks", "group-drug-trafficking-networks"),
        ("actor:Q30", "Q30"),
        ("https://w3id.org/kgraph/actor/Q30", "Q30"),
    ],
)
def test_resolve_actor(source, value, actor):
    assert resolve_actor(source, value) == ACTOR[actor]


def test_unknown_actor(source):
    with pytest.raises(KGraphError, match="no actor called 'Narnia'"):
        run_query(source, Q["events-between"].text, bindings={"a": "Narnia", "b": "US"})


def test_ambiguous_actor(sample_ds):
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    for quad in sample_ds.quads((None, None, None, None)):
        ds.add(quad)
    ds.add((ACTOR["Q717"], KG.alias, Literal("Caracas")))
    ds.add((ACTOR["Q57413"], KG.alias, Literal("Caracas")))
    with pytest.raises(KGraphError, match="names several actors"):
        resolve_actor(ds, "Caracas")


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("date", "24/11/2025", "is not a date"),
        ("predicate", "befriends", "is not a relation type"),
        ("actortype", "Wizard", "is not an actor type"),
        ("integer", "ten", "is not an integer"),
        ("iri", "just words", "is not an IRI"),
    ],
)
def test_bad_parameter_values(kind, value, message):
    with pytest.raises(KGraphError, match=message):
        to_term(None, kind, value)


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("SELECT ?x WHERE { ?x ?y }", "line 1, column"),
        ("SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER(\n}", "line 4"),
        ("SELEKT * WHERE { ?s ?p ?o }", "line 1, column 1"),
    ],
)
def test_invalid_sparql(source, query, where):
    with pytest.raises(KGraphError, match="invalid SPARQL") as info:
        run_query(source, query)
    assert where in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "update",
    ["INSERT DATA { <http://a> <http://b> <http://c> }", "CLEAR ALL", "DELETE WHERE { ?s ?p ?o }"],
)
def test_updates_are_refused_by_default(source, update):
    with pytest.raises(KGraphError, match="SPARQL Update is refused"):
        run_query(source, update)


def test_update_when_allowed(sample_ds):
    import rdflib

    graph = rdflib.Graph()
    for triple in sample_ds.triples((None, None, None)):
        graph.add(triple)
    before = len(graph)
    r = run_query(graph, "INSERT DATA { <http://a> <http://b> <http://c> }", allow_update=True)
    assert r.kind == "update"
    assert len(graph) == before + 1


def test_update_on_read_only_store_fails_cleanly(sample_store):
    with pytest.raises(KGraphError):
        run_query(sample_store, "CLEAR ALL", allow_update=True)


def _two_force_events():
    """Two asserted attacks by one actor on another, only the second one dated."""
    from rdflib import Dataset
    from rdflib.namespace import RDFS, XSD

    from kgraph.rdf.namespace import DOC

    ds = Dataset(default_union=True)
    for n, date in ((1, None), (2, "2025-03-04")):
        graph = ds.graph(DOC[f"doc-{n}"])
        event = EVENT[f"doc-{n}-0"]
        graph.add((ACTOR["a"], RDFS.label, Literal("A")))
        graph.add((ACTOR["b"], RDFS.label, Literal("B")))
        for predicate, value in (
            (KG.relationType, KG.attacks),
            (KG.subject, ACTOR["a"]),
            (KG.object, ACTOR["b"]),
            (KG.modality, KG.asserted),
            (KG.negated, Literal(False)),
        ):
            graph.add((event, predicate, value))
        if date:
            graph.add((event, KG.date, Literal(date, datatype=XSD.date)))
    return ds


def test_who_targets_whom_dates_ignore_undated_events_on_both_engines(tmp_path):
    from kgraph.query.store import build_store, open_store

    ds = _two_force_events()
    build_store(ds, tmp_path / "store")
    store = open_store(tmp_path / "store")
    expected = [(str(ACTOR["a"]), str(ACTOR["b"]), 2, "2025-03-04", "2025-03-04")]
    for source in (ds, store):
        r = run_query(source, Q["who-targets-whom"].text)
        assert [
            (d["subject"], d["object"], d["events"], str(d["first"]), str(d["last"]))
            for d in r.as_dicts()
        ] == expected


# --- documented prefixes, required parameters -------------------------------------

INLINE_WITH_PREFIXES = [
    ("SELECT ?a WHERE { ?a a kg:Actor ; kg:qid 'Q57413' }", "Q57413"),
    ("SELECT ?a WHERE { BIND(actor:Q57413 AS ?a) ?a rdfs:label ?l }", "Q57413"),
]


@pytest.mark.parametrize("query, actor", INLINE_WITH_PREFIXES)
def test_inline_queries_use_the_documented_prefixes(source, query, actor):
    r = run_query(source, query)
    assert {_local(row[0]) for row in r.rows} == {actor}


def test_updates_on_a_store_use_the_documented_prefixes(tmp_path, sample_ds):
    from kgraph.query.store import build_store, open_store

    build_store(sample_ds, tmp_path / "store")
    store = open_store(tmp_path / "store", writable=True)
    run_query(store, "INSERT DATA { actor:X1 a kg:Actor ; rdfs:label 'X one' }", allow_update=True)
    r = run_query(store, "ASK { actor:X1 rdfs:label 'X one' }")
    assert r.boolean is True


@pytest.mark.parametrize(
    "name, bindings, message",
    [
        ("events-between", {}, "query events-between needs -p a=<actor> -p b=<actor>"),
        ("events-between", {"a": "Maduro"}, "query events-between needs -p b=<actor>"),
        ("actor-neighbourhood", {}, "query actor-neighbourhood needs -p actor=<actor>"),
        ("events-in-range", {"begin": "2025-01-01"}, "has no parameter begin"),
    ],
)
def test_named_queries_check_their_parameters(source, name, bindings, message):
    with pytest.raises(KGraphError, match=message):
        run_query(source, Q[name].text, bindings=bindings)


def test_optional_parameters_may_be_left_out(source):
    r = run_query(source, Q["actors-by-type"].text, bindings={"type": "State"})
    assert r.rows and {_local(row[2]) for row in r.rows} == {"State"}


def test_the_documented_prefixes_on_a_graph_that_binds_none():
    from rdflib import RDF, Dataset

    ds = Dataset(default_union=True)
    ds.add((ACTOR["x"], RDF.type, KG.Actor))
    assert run_query(ds, "ASK { actor:x a kg:Actor }").boolean is True


XSD_NS = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda ox: ox.NamedNode("https://example.org/a"), URIRef("https://example.org/a")),
        (lambda ox: ox.BlankNode("b0"), BNode("b0")),
        (lambda ox: ox.Literal("plain"), Literal("plain")),
        (lambda ox: ox.Literal("hi", language="en"), Literal("hi", lang="en")),
        (
            lambda ox: ox.Literal("2025-03-01", datatype=ox.NamedNode(XSD_NS + "date")),
            Literal("2025-03-01", datatype=URIRef(XSD_NS + "date")),
        ),
        (
            lambda ox: ox.Literal("3", datatype=ox.NamedNode(XSD_NS + "integer")),
            Literal("3", datatype=URIRef(XSD_NS + "integer")),
        ),
        (lambda ox: None, None),
    ],
)
def test_from_oxigraph(make, expected):
    ox = pytest.importorskip("pyoxigraph")
    term = from_oxigraph(make(ox))
    assert term == expected
    assert type(term) is type(expected)
    if isinstance(expected, Literal):
        assert (term.language, term.datatype) == (expected.language, expected.datatype)


def test_store_rows_keep_unbound_columns_and_repeated_terms(sample_store):
    result = run_query(
        sample_store,
        "SELECT ?actor ?nothing ?type WHERE { ?actor a ?type "
        "OPTIONAL { ?actor <https://example.org/never> ?nothing } } ORDER BY ?actor ?type",
    )
    assert result.variables == ("actor", "nothing", "type")
    assert result.rows
    assert all(len(row) == 3 and row[1] is None for row in result.rows)
    types = [row[2] for row in result.rows]
    assert all(isinstance(t, URIRef) for t in types)
    assert len(set(types)) < len(types)  # a repeated term converts to equal rdflib terms


@pytest.mark.parametrize(
    "actor", ["Q717", "Q30", "group-drug-trafficking-networks", "Q0", "d1-talks"]
)
def test_an_actor_id_is_looked_up_on_a_store_as_the_ask_query_answers(sample_store, actor):
    from kgraph.query.sparql import _internal, _store_has_actor

    asked = run_query(sample_store, _internal("_actor-exists.rq"), bindings={"actor": ACTOR[actor]})
    assert _store_has_actor(sample_store, str(ACTOR[actor])) is asked.boolean
    assert asked.boolean is (actor in {"Q717", "Q30", "group-drug-trafficking-networks"})


@pytest.mark.parametrize("name", ["_resolve-actor-exact.rq", "_resolve-actor.rq"])
def test_the_actor_look_ups_give_the_same_rows_on_both_engines(sample_ds, sample_store, name):
    from kgraph.query.sparql import _internal

    found = 0
    for value in ("Venezuela", "venezuela", "Q30", "Washington", "Narnia"):
        rows = [
            sorted(run_query(s, _internal(name), bindings={"value": value}).rows)
            for s in (sample_ds, sample_store)
        ]
        assert rows[0] == rows[1]
        found += bool(rows[0])
    assert found >= 2  # a QID and a label at least
