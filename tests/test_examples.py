"""The examples in examples/ run as shipped, and the README matches the vocabulary."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from kgraph.vocabulary import RELATIONS

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))


def test_python_api_example_runs(nlp, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    module = runpy.run_path(str(ROOT / "examples" / "python_api.py"))
    module["main"](str(tmp_path / "out"))
    printed = capsys.readouterr().out
    assert "Designations and sanctions" in printed
    assert "Cartel de Los Soles" in printed
    assert "pagerank" in printed


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory, nlp):
    from kgraph import api

    out = tmp_path_factory.mktemp("examples") / "graph.ttl"
    api.extract([str(ROOT / "seeds")], out)
    return out


# Values for the required parameters of the example queries, from the seed article.
SEED_VALUES = {"actor": "Maduro", "a": "Maduro", "b": "Donald Trump"}


@pytest.mark.parametrize("query_file", QUERIES, ids=[q.name for q in QUERIES])
def test_example_queries_run(seed_graph, query_file):
    from kgraph import api
    from kgraph.query.library import parse_query_header

    text = query_file.read_text(encoding="utf-8")
    required = [p.name for p in parse_query_header(text).parameters if p.required]
    result = api.query([seed_graph], text, bindings={n: SEED_VALUES[n] for n in required})
    assert result.kind in ("select", "ask", "construct")


def test_example_queries_are_the_shipped_ones():
    shipped = ROOT / "kgraph" / "query" / "queries"
    names = sorted(p.name for p in shipped.glob("*.rq") if not p.name.startswith("_"))
    assert [q.name for q in QUERIES] == names
    for query_file in QUERIES:
        assert query_file.read_bytes() == (shipped / query_file.name).read_bytes(), query_file.name


def test_example_queries_exist():
    assert len(QUERIES) >= 5


def test_readme_lists_every_relation_type():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in RELATIONS if f"`{name}`" not in readme]
    assert not missing, f"README relation table lacks {missing}"
