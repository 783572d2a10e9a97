"""A report of a corpus: designations named, evidence quoted once, long sections folded."""

from __future__ import annotations

import re

import networkx as nx
import pytest
import rdflib

from kgraph.analytics.projection import project
from kgraph.report.content import SHOWN, build_content
from kgraph.report.html import render_report
from kgraph.report.markdown import render_markdown
from kgraph.vocabulary import RELATIONS

TTL = """@prefix actor: <https://w3id.org/kgraph/actor/> .
@prefix event: <https://w3id.org/kgraph/event/> .
@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
actor:q30 a kg:Actor, kg:State ; rdfs:label "United States" .
actor:tda a kg:Actor, kg:CriminalOrganization ; rdfs:label "Tren de Aragua" .
event:d1 a kg:Event ; kg:relationType kg:designates ; kg:subject actor:q30 ;
    kg:object actor:tda ; kg:modality kg:asserted ; kg:negated false ; kg:confidence 0.9 ;
    kg:designation "Foreign Terrorist Organization" ;
    kg:sentence "Washington listed Tren de Aragua as a Foreign Terrorist Organization." .
"""


def test_designations_name_the_designation():
    G = project(rdflib.Graph().parse(data=TTL, format="turtle"))
    (row,) = build_content(G).designations
    assert row.claim == (
        "United States designates Tren de Aragua as Foreign Terrorist Organization"
    )
    assert "Tren de Aragua as Foreign Terrorist Organization" in render_report(G)
    assert "Tren de Aragua as Foreign Terrorist Organization" in render_markdown(
        build_content(G), None
    )


def corpus(hubs: int = 3, spokes: int = 14) -> nx.MultiDiGraph:
    """Hubs each linked to many spokes, and to each other through one repeated sentence."""
    G = nx.MultiDiGraph()
    repeated = "The three envoys met again in Geneva."
    for h in range(hubs):
        G.add_node(f"h{h}", label=f"Envoy {h}", type="Person")
        for s in range(spokes):
            G.add_node(f"s{h}-{s}", label=f"State {h}-{s}", type="State")
            for key, p, modality in (
                (f"m{h}-{s}", "meetsWith", "asserted"),
                (f"p{h}-{s}", "proposesTalksWith", "planned"),
            ):
                kind = RELATIONS[p]
                G.add_edge(
                    f"h{h}",
                    f"s{h}-{s}",
                    key=key,
                    predicate=p,
                    family=kind.family,
                    modality=modality,
                    negated=False,
                    date="2025-11-20",
                    confidence=0.8,
                    sentence=repeated if s == 0 else f"Envoy {h} {key} with state {s}.",
                    doc="d1",
                    event=key,
                )
    for h in range(hubs - 1):
        kind = RELATIONS["meetsWith"]
        G.add_edge(
            f"s{h}-0",
            f"s{h + 1}-0",
            key=f"x{h}",
            predicate="meetsWith",
            family=kind.family,
            modality="asserted",
            negated=False,
            date="2025-11-21",
            confidence=0.8,
            sentence=repeated,
            doc="d1",
            event=f"x{h}",
        )
    return G


def test_html_quotes_each_sentence_once_and_folds_long_sections():
    page = render_report(corpus())
    assert page.count("The three envoys met again in Geneva.") == 1
    assert "(the sentence quoted above)" in page
    assert page.count("<details>") >= 1
    planned = build_content(corpus()).qualified
    assert len(planned) > SHOWN + 2
    assert f"<summary>{len(planned) - SHOWN} more</summary>" in page


def test_markdown_quotes_each_sentence_once_and_says_how_many_more():
    content = build_content(corpus())
    text = render_markdown(content, None)
    assert text.count("The three envoys met again in Geneva.") == 1
    assert f"_and {len(content.qualified) - SHOWN} more (all of them in report.html)_" in text


@pytest.mark.parametrize("render", ["html", "md"])
def test_report_states_which_claims_count_and_how_actors_are_ranked(render):
    content = build_content(corpus())
    text = render_report(corpus()) if render == "html" else render_markdown(content, None)
    text = text.replace("\\", "")  # Markdown escapes parentheses
    assert "Scores count asserted and reported claims" in text
    assert "Actors ranked by degree (distinct neighbours), ties by PageRank." in text


def test_report_ranks_actors_as_rank_does():
    from kgraph.analytics.defaults import top_actors

    G = corpus()
    assert [a.id for a in build_content(G).actors] == [s.actor for s in top_actors(G, top=30)]


def test_html_folds_the_actor_table_and_the_brokers_further_paths():
    content = build_content(corpus())
    page = render_report(corpus())
    assert len(content.actors) == 30
    assert "<summary>15 more actors</summary>" in page
    assert any(len(b.paths) > 1 for b in content.brokers)
    assert re.search(r"<summary>\d more paths?</summary>", page)


def test_reports_written_together_have_the_bytes_of_each_written_alone(tmp_path):
    from kgraph.analytics.defaults import MEASURES, PICTURE_TOP
    from kgraph.report import write_report, write_reports
    from kgraph.viz.scores import with_scores

    assert corpus().number_of_nodes() > PICTURE_TOP  # the picture is a cut
    alone, together = tmp_path / "alone", tmp_path / "together"
    alone.mkdir()
    together.mkdir()
    for name in ("report.html", "report.md"):
        write_report(corpus(), alone / name, title="Envoys")
    G = with_scores(corpus(), MEASURES)
    write_reports(G, [together / "report.html", together / "report.md"], title="Envoys")
    names = sorted(p.name for p in alone.iterdir())
    assert names == ["report.html", "report.md", "report.svg"]
    assert names == sorted(p.name for p in together.iterdir())
    for name in names:
        assert (together / name).read_bytes() == (alone / name).read_bytes(), name
