"""The command line through click's CliRunner: help, errors, outputs."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kgraph.cli import main

COMMANDS = sorted(main.commands)
SENTENCE = "The United States sanctioned Iran on Monday. Iran condemned the sanctions."


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory, nlp):
    """A small graph written by `kgraph extract`, shared by the read-only commands."""
    folder = tmp_path_factory.mktemp("cli")
    text = folder / "story.txt"
    text.write_text(
        "President Donald Trump proposed talks with Nicolás Maduro. "
        "The United States designated the Cartel de Los Soles as a Foreign Terrorist "
        "Organization. U.S. strikes targeted drug-trafficking networks tied to Maduro.",
        encoding="utf-8",
    )
    out = folder / "graph.ttl"
    result = CliRunner().invoke(main, ["extract", str(text), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_every_command_has_help_with_an_example(runner):
    assert {"extract", "build", "query", "rank", "path", "draw", "report", "export"} <= set(
        COMMANDS
    )
    for name in COMMANDS:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"{name} --help shows no example"


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and "kgraph" in result.output


def test_extract_jsonl_to_stdout(runner, tmp_path):
    result = runner.invoke(main, ["extract", "-", "--format", "jsonl", "-q"], input=SENTENCE)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert any(
        r["predicate"] == "sanctions"
        and r["subject"]["label"] == "United States"
        and r["object"]["label"] == "Iran"
        for r in rows
    ), rows
    for r in rows:
        assert {
            "doc",
            "subject",
            "predicate",
            "object",
            "cameo",
            "negated",
            "modality",
            "date",
            "evidence",
            "confidence",
        } <= set(r)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        ("Bogot\xe1 talks".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_keeps_earlier_output(runner, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "graph.ttl"
    out.write_text("# earlier output\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(bad), "-o", str(out)])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "# earlier output\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "no/such/file.txt"], "no such file or folder"),
        (["query", "GRAPH", "SELEKT nonsense"], "SPARQL"),
        (["path", "GRAPH", "Trump", "Nobody McUnknown"], "Nobody McUnknown"),
        (["query", "GRAPH", "DELETE WHERE { ?s ?p ?o }"], "update"),
        (["draw", "GRAPH", "-o", "picture.bmp"], "unknown picture format"),
        (["report", "GRAPH", "-o", "report.pdf"], "use a .html or .md file"),
        (["export", "GRAPH", "-o", "graph.xlsx"], "unknown export format"),
        (["draw", "GRAPH", "-o", "x.png", "--ego", "Nobody McUnknown"], "Nobody McUnknown"),
        (["rank", "no/such/graph.ttl"], "no/such/graph.ttl"),
    ],
)
def test_errors_are_one_line_without_traceback(runner, graph_file, args, message):
    args = [str(graph_file) if a == "GRAPH" else a for a in args]
    result = runner.invoke(main, args)
    assert result.exit_code != 0, result.output
    assert message.lower() in result.output.lower(), result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rnk", "x"], "No such command 'rnk'"),
        (["extract"], "Missing argument"),
        (["rank", "x.ttl", "--type", "Persn"], "'Persn' is not one of"),
    ],
)
def test_usage_errors_are_one_line_too(runner, args, message):
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_malformed_jsonl_names_the_line(runner, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "1", "text": "Iran met Iraq."}\n{"id": 2, "text": \n', "utf-8")
    result = runner.invoke(main, ["extract", str(corpus)])
    assert result.exit_code == 2
    assert "c.jsonl:2: malformed JSON" in result.output


def test_query_prints_table_csv_and_json(runner, graph_file):
    q = "SELECT ?a ?b WHERE { ?a kg:designates ?b }"
    table = runner.invoke(main, ["query", str(graph_file), q])
    assert table.exit_code == 0, table.output
    assert "cartel" in table.output.lower()
    csv_out = runner.invoke(main, ["query", str(graph_file), q, "--format", "csv"])
    assert csv_out.output.splitlines()[0].strip() == "a,b"
    js = json.loads(runner.invoke(main, ["query", str(graph_file), q, "--format", "json"]).output)
    assert js["head"]["vars"] == ["a", "b"] and js["results"]["bindings"]


def test_rank_path_and_neighbours(runner, graph_file):
    ranked = runner.invoke(main, ["rank", str(graph_file), "--top", "3"])
    assert ranked.exit_code == 0, ranked.output
    assert "pagerank" in ranked.output
    path = runner.invoke(main, ["path", str(graph_file), "Trump", "Cartel de Los Soles"])
    assert path.exit_code == 0, path.output
    assert "designates" in path.output
    near = runner.invoke(main, ["neighbours", str(graph_file), "Maduro"])
    assert near.exit_code == 0 and "proposesTalksWith" in near.output


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_draw_writes_the_picture(runner, graph_file, tmp_path, suffix):
    out = tmp_path / f"graph{suffix}"
    result = runner.invoke(main, ["draw", str(graph_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".nt"])
def test_export(runner, graph_file, tmp_path, suffix):
    out = tmp_path / f"actors{suffix}"
    result = runner.invoke(main, ["export", str(graph_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()


def test_validate_accepts_what_extract_writes(runner, graph_file):
    result = runner.invoke(main, ["validate", str(graph_file)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


# --- queries stay inside their sources, and stop -----------------------------------


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, graph_file):
    from kgraph.query.store import build_store

    path = tmp_path_factory.mktemp("cli-store") / "store"
    build_store([graph_file], path)
    return path


@pytest.mark.parametrize("where", ["file", "store"])
@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <{url}> { ?s ?p ?o } }",
        "SELECT * FROM <{url}> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?s ?p ?o } }",
    ],
)
def test_query_refuses_remote_clauses(runner, graph_file, store_dir, where, template):
    from tests.query.listener import listening

    graph = graph_file if where == "file" else store_dir
    with listening() as server:
        query = template.replace("{url}", server.url())
        result = runner.invoke(main, ["query", str(graph), query])
    assert result.exit_code == 2, result.output
    assert "--allow-remote" in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert server.requests == []


def test_query_refuses_load_on_a_store(runner, store_dir):
    from tests.query.listener import listening

    with listening() as server:
        result = runner.invoke(
            main, ["query", str(store_dir), f"LOAD <{server.url()}>", "--update"]
        )
    assert result.exit_code == 2 and "LOAD" in result.output, result.output
    assert server.requests == []


def test_allow_remote_reaches_the_service(runner, graph_file):
    from tests.query.listener import listening

    with listening() as server:
        query = f"SELECT * WHERE {{ SERVICE <{server.url()}> {{ ?s ?p ?o }} }}"
        result = runner.invoke(main, ["query", str(graph_file), query, "--allow-remote"])
    assert result.exit_code == 0, result.output
    assert server.requests


@pytest.mark.parametrize("where", ["file", "store"])
def test_a_failing_remote_service_exits_4(runner, graph_file, store_dir, where):
    from tests.query.listener import listening

    graph = graph_file if where == "file" else store_dir
    with listening(status=500) as server:
        query = f"SELECT * WHERE {{ SERVICE <{server.url()}> {{ ?s ?p ?o }} }}"
        result = runner.invoke(main, ["query", str(graph), query, "--allow-remote"])
    assert result.exit_code == 4, result.output
    assert "a remote source of the query failed" in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_a_runaway_query_times_out_with_status_5(runner, graph_file):
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result = runner.invoke(main, ["query", str(graph_file), cross, "--timeout", "1"])
    assert result.exit_code == 5, result.output
    assert "query timed out after 1 s" in result.output


@pytest.mark.parametrize("where", ["file", "store"])
def test_limit_and_the_documented_prefixes(runner, graph_file, store_dir, where):
    graph = graph_file if where == "file" else store_dir
    q = "SELECT ?a WHERE { ?a a kg:Actor } ORDER BY ?a"
    result = runner.invoke(main, ["query", str(graph), q, "--limit", "2", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and all(r["a"].startswith("https://w3id.org/kgraph/actor/") for r in rows)
    assert "--limit 2 left rows out" in result.stderr


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("events-between", "query events-between needs -p a=<actor> -p b=<actor>"),
        ("actor-neighbourhood", "query actor-neighbourhood needs -p actor=<actor>"),
    ],
)
def test_named_queries_need_their_required_parameters(runner, graph_file, name, message):
    result = runner.invoke(main, ["query", str(graph_file), "-n", name])
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_queries_lists_parameters_in_every_format(runner):
    table = runner.invoke(main, ["queries"])
    assert "a (actor, required), b (actor, required)" in table.output
    records = json.loads(runner.invoke(main, ["queries", "--format", "json"]).output)
    assert {"query": "events-between", "parameter": "a", "required": True}.items() <= next(
        r for r in records if r["query"] == "events-between"
    ).items()


# --- listings: one set of formats, names and IRIs -----------------------------------

LISTINGS = {
    "rank": ["rank", "GRAPH", "--top", "3"],
    "path": ["path", "GRAPH", "Trump", "Cartel de Los Soles"],
    "neighbours": ["neighbours", "GRAPH", "Maduro"],
    "communities": ["communities", "GRAPH"],
}


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
@pytest.mark.parametrize("command", LISTINGS)
def test_listing_commands_take_every_format(runner, graph_file, command, fmt):
    import csv
    import io

    args = [str(graph_file) if a == "GRAPH" else a for a in LISTINGS[command]]
    result = runner.invoke(main, [*args, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt in ("csv", "tsv"):
        delimiter = "," if fmt == "csv" else "\t"
        records = list(csv.DictReader(io.StringIO(result.output), delimiter=delimiter))
    elif fmt == "json":
        records = json.loads(result.output)
    else:
        records = [json.loads(line) for line in result.output.splitlines()]
    assert records
    iris = [v for r in records for k, v in r.items() if k.endswith("iri")]
    assert iris and all(v.startswith("https://w3id.org/kgraph/actor/") for v in iris)


def test_a_graph_from_standard_input(runner, graph_file):
    from kgraph.rdf.load import load_graphs

    nt = load_graphs([graph_file]).serialize(format="nquads", encoding="utf-8")
    q = "SELECT ?b WHERE { ?a kg:designates ?b }"
    result = runner.invoke(main, ["query", "-", q, "--format", "csv"], input=nt)
    assert result.exit_code == 0, result.output
    assert "actor/" in result.output
    ranked = runner.invoke(main, ["rank", "-", "--format", "jsonl"], input=nt)
    assert ranked.exit_code == 0 and json.loads(ranked.output.splitlines()[0])["rank"] == 1
    empty = runner.invoke(main, ["rank", "-"], input=b"")
    assert empty.exit_code == 2 and "<stdin> is empty" in empty.output


# command reading a graph from standard input → file it writes (None: prints "conforms")
STDIN_COMMANDS = [
    (["draw", "-", "-o", "{out}/graph.svg"], "graph.svg"),
    (["report", "-", "-o", "{out}/report.md"], "report.md"),
    (["export", "-", "-o", "{out}/actors.graphml"], "actors.graphml"),
    (["validate", "-"], None),
]


@pytest.mark.parametrize(("args", "written"), STDIN_COMMANDS)
def test_every_graph_command_reads_standard_input(runner, graph_file, tmp_path, args, written):
    from kgraph.rdf.load import load_graphs

    nt = load_graphs([graph_file]).serialize(format="nquads", encoding="utf-8")
    result = runner.invoke(main, [a.format(out=tmp_path) for a in args], input=nt)
    assert result.exit_code == 0, result.output
    if written is None:
        assert result.output.strip() == "conforms"
    else:
        assert (tmp_path / written).stat().st_size > 0


# --- exit statuses, option names -----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["queries"], 0),
        (["path", "GRAPH", "Cartel de Los Soles", "Trump", "--directed"], 1),
        (["query", "GRAPH", "SELEKT"], 2),
        (["extract", "-", "--model", "xx_no_such_pipeline"], 3),
    ],
)
def test_exit_statuses(runner, graph_file, args, status):
    args = [str(graph_file) if a == "GRAPH" else a for a in args]
    result = runner.invoke(main, args, input=SENTENCE)
    assert result.exit_code == status, result.output


def test_exit_statuses_are_in_the_main_help(runner):
    text = runner.invoke(main, ["--help"]).output
    assert "Exit status:" in text
    for status, meaning in [
        (0, "success"),
        (1, "no result"),
        (2, "bad usage"),
        (3, "no usable"),
        (5, "a time limit"),
    ]:
        assert f"{status}  {meaning}" in text


def test_draw_says_include_negated_and_still_takes_show_negated(runner, graph_file, tmp_path):
    assert "--show-negated" not in runner.invoke(main, ["draw", "--help"]).output
    for flag in ("--include-negated", "--show-negated"):
        out = tmp_path / f"g{flag}.svg"
        result = runner.invoke(main, ["draw", str(graph_file), "-o", str(out), flag])
        assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("SELECT ?s WHERE { ?s ?p 'Bogotá' }".encode("latin-1"), ": not UTF-8 text (byte 30)"),
        (("SELECT * WHERE { FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }").encode(), "nested"),
    ],
    ids=["latin-1", "deeply-nested"],
)
def test_bad_query_files_are_one_line(runner, graph_file, tmp_path, content, message):
    query = tmp_path / "q.rq"
    query.write_bytes(content)
    result = runner.invoke(main, ["query", str(graph_file), "-f", str(query)])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
