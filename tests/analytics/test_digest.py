"""The merged digest holds its events compactly and projects as the plain one does."""

from __future__ import annotations

import json

import pytest

from kgraph.analytics.centrality import rank
from kgraph.analytics.defaults import counted, ranked_graph
from kgraph.analytics.digest import (
    EDGE_FIELDS,
    EdgeAttrs,
    GraphDigest,
    merge_digests,
    project_digest,
)
from kgraph.analytics.projection import digest_graph, project

FLAGS = [
    {},
    {"include_hypothetical": True},
    {"include_negated": True, "include_hypothetical": True},
]


def _through_json(digest: GraphDigest) -> GraphDigest:
    # as a build reads a part: every string a new object
    return GraphDigest.from_plain(json.loads(json.dumps(digest.to_plain())))


@pytest.mark.parametrize("flags", FLAGS)
def test_merged_digest_projects_as_the_graph(news_rdf, flags):
    merged = merge_digests([_through_json(digest_graph(news_rdf))])
    expected = project(news_rdf, **flags)
    got = project_digest(merged, **flags)
    assert list(got.nodes(data=True)) == list(expected.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


def test_merged_digest_writes_the_same_plain_data(news_rdf):
    digest = _through_json(digest_graph(news_rdf))
    assert merge_digests([digest]).to_plain() == digest.to_plain()


def test_merged_edges_share_their_strings(news_rdf):
    merged = merge_digests([_through_json(digest_graph(news_rdf))])
    edges = [attrs for _, _, attrs in merged.edges.values()]
    assert all(isinstance(a, EdgeAttrs) for a in edges)
    assert len(edges) > 1
    for name in ("doc", "family", "modality"):
        values = [a[name] for a in edges if a.get(name) == edges[0].get(name)]
        assert len({id(v) for v in values}) == 1, name
    assert all(a["weight"] is a["confidence"] for a in edges if "confidence" in a)


def test_edge_attrs_read_like_the_dict_they_hold():
    plain = {"predicate": "meets", "negated": False, "date": None}
    attrs = EdgeAttrs(plain)
    assert attrs == plain and dict(attrs) == plain and len(attrs) == 3
    assert attrs.get("sentence", "-") == "-" and "sentence" not in attrs
    with pytest.raises(KeyError):
        attrs["sentence"]
    with pytest.raises(KeyError):
        attrs["colour"]
    with pytest.raises(AttributeError):
        attrs.predicate = "fights"  # type: ignore[misc]
    assert list(EdgeAttrs(dict.fromkeys(reversed(EDGE_FIELDS), 1))) == list(EDGE_FIELDS)


def test_an_edge_with_other_attributes_stays_a_dict():
    digest = GraphDigest(known=("a", "b"), edges={"e": ("a", "b", {"negated": False, "x": 1})})
    _, _, attrs = merge_digests([digest]).edges["e"]
    assert attrs == {"negated": False, "x": 1} and isinstance(attrs, dict)


def test_edge_fields_keep_only_those_attributes(news_rdf):
    digest = digest_graph(news_rdf)
    full = project_digest(digest, include_hypothetical=True)
    light = project_digest(digest, include_hypothetical=True, edge_fields=("weight", "date"))
    assert list(light.nodes(data=True)) == list(full.nodes(data=True))
    assert [(u, v, k) for u, v, k in light.edges(keys=True)] == [
        (u, v, k) for u, v, k in full.edges(keys=True)
    ]
    for u, v, k, d in light.edges(keys=True, data=True):
        assert d == {f: full.edges[u, v, k][f] for f in ("weight", "date")}


@pytest.mark.parametrize("flags", FLAGS)
def test_ranking_reads_the_same_from_a_graph_without_evidence(news_rdf, flags):
    G = project(news_rdf, **flags)
    light = ranked_graph(G)
    assert list(light.edges(keys=True)) == list(counted(G).edges(keys=True))
    assert all(set(d) <= {"weight"} for _, _, d in light.edges(data=True))
    measures = ("degree", "pagerank", "betweenness", "closeness", "eigenvector")
    assert rank(light, measures=measures, top=None) == rank(counted(G), measures=measures, top=None)
