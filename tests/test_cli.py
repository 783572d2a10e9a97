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
