"""One formatter for every listing: tables that fit; CSV, TSV, JSON, JSON Lines uncut."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kgraph.commands.listings import format_communities, format_queries, format_scores
from kgraph.errors import KGraphError
from kgraph.io.tables import format_rows
from kgraph.model import ActorScore, NamedQuery, QueryParameter

LONG = "the Cartel de Los Soles, a drug-trafficking network said to be run by officers " * 2
COLUMNS = ["actor", "note", "iri"]
ROWS = [["Iran", LONG, "https://w3id.org/kgraph/actor/Q794"], ["Iraq", None, "x"]]


@pytest.mark.parametrize("width", [40, 60, 100])
def test_a_table_fits_the_width_and_cuts_long_cells(width):
    text = format_rows(COLUMNS, ROWS, "table", width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "…" in text


def test_a_table_without_a_width_keeps_every_character():
    text = format_rows(COLUMNS, ROWS, "table")
    assert " ".join(LONG.split()) in text


def test_a_table_leaves_out_the_columns_for_programs():
    text = format_rows(COLUMNS, ROWS, "table", table_columns=["actor", "note"])
    assert "iri" not in text and "w3id.org" not in text


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
def test_machine_formats_keep_every_column_and_character(fmt):
    text = format_rows(COLUMNS, ROWS, fmt, table_columns=["actor"], width=20)
    if fmt in ("csv", "tsv"):
        records = list(csv.DictReader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
        assert records[1]["note"] == ""
    elif fmt == "json":
        records = json.loads(text)
        assert records[1]["note"] is None
    else:
        records = [json.loads(line) for line in text.splitlines()]
    assert [r["iri"] for r in records] == ["https://w3id.org/kgraph/actor/Q794", "x"]
    assert records[0]["note"] == LONG


def test_an_unknown_format_is_refused():
    with pytest.raises(KGraphError, match="unknown format 'xml'"):
        format_rows(COLUMNS, ROWS, "xml")


def test_scores_give_name_and_iri():
    s = ActorScore("Q794", "Iran", "State", "Q794", (("pagerank", 0.25), ("degree", 2.0)))
    [record] = json.loads(format_scores([s], ["pagerank", "degree"], "json"))
    assert record == {
        "rank": 1,
        "actor": "Iran",
        "type": "State",
        "qid": "Q794",
        "iri": "https://w3id.org/kgraph/actor/Q794",
        "pagerank": 0.25,
        "degree": 2.0,
    }
    assert "w3id.org" not in format_scores([s], ["pagerank"], "table")
    assert format_scores([], ["pagerank"], "table") == "no actors in the graph"


class _Actor:
    """An actor record as the analytics may return it (id and label)."""

    def __init__(self, actor_id: str, label: str) -> None:
        self.id, self.label = actor_id, label


@pytest.mark.parametrize(
    "groups",
    [
        [("Q794", "Q796")],  # actor ids
        [(_Actor("Q794", "Iran"), _Actor("Q796", "Iraq"))],  # actor records
    ],
)
def test_communities_one_row_per_member(groups):
    records = [json.loads(line) for line in format_communities(groups, "jsonl").splitlines()]
    assert [(r["community"], r["iri"]) for r in records] == [
        (1, "https://w3id.org/kgraph/actor/Q794"),
        (1, "https://w3id.org/kgraph/actor/Q796"),
    ]


def test_communities_table_prints_names():
    groups = [(_Actor("Q794", "Iran"), _Actor("Q796", "Iraq"))]
    assert "Iran, Iraq" in format_communities(groups, "table")


def test_queries_list_their_parameters():
    q = NamedQuery(
        "events-between",
        "Events between two actors.",
        "SELECT * {}",
        (QueryParameter("a", "actor", "first", required=True), QueryParameter("n", "integer")),
    )
    table = format_queries([q], "table")
    assert "a (actor, required), n (integer, optional)" in table
    records = json.loads(format_queries([q], "json"))
    assert [(r["parameter"], r["required"]) for r in records] == [("a", True), ("n", False)]
