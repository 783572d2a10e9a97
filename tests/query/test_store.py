"""The Oxigraph store: bulk loading files of every format, reopening, errors."""

from __future__ import annotations

import pytest

from kgraph.errors import KGraphError
from kgraph.query.library import named_queries
from kgraph.query.sparql import run_query
from kgraph.query.store import build_store, open_store, update_store
from kgraph.rdf.serialize import FORMATS, serialize


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "trig", "nquads", "jsonl"])
def test_build_from_files(tmp_path, sample_ds, fmt):
    path = tmp_path / f"graph{FORMATS[fmt]}"
    path.write_bytes(serialize(sample_ds, fmt))
    info = build_store([path], tmp_path / "store")
    assert info.triples > 200
    assert info.graphs == (2 if fmt in ("trig", "nquads", "jsonl") else 0)
    store = open_store(tmp_path / "store")
    r = run_query(store, named_queries()["hostile-ranking"].text)
    assert r.as_dicts()[0]["label"] == "Cartel de Los Soles"


def test_build_from_dataset_keeps_graphs(tmp_path, sample_ds):
    info = build_store(sample_ds, tmp_path / "s")
    assert (info.graphs, info.path) == (2, str(tmp_path / "s"))
    assert info.triples == sum(1 for _ in sample_ds.quads((None, None, None, None)))


def test_rebuild_replaces_the_store(tmp_path, sample_ds):
    build_store(sample_ds, tmp_path / "s")
    info = build_store(sample_ds, tmp_path / "s")
    assert info.graphs == 2
    assert len(open_store(tmp_path / "s")) == info.triples


def test_non_store_directory_is_not_overwritten(tmp_path, sample_ds):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "precious.txt").write_text("keep me")
    with pytest.raises(KGraphError, match="not a kgraph store"):
        build_store(sample_ds, tmp_path / "s")
    assert (tmp_path / "s" / "precious.txt").read_text() == "keep me"


def test_open_missing_store(tmp_path):
    with pytest.raises(KGraphError, match="no kgraph store"):
        open_store(tmp_path / "nothing")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.ttl", b"", "is empty"),
        ("bin.nt", b"\x00\x01\x02", "binary file"),
        ("bad.ttl", b"<http://a> <http://b> .", r"cannot read .*bad\.ttl as turtle"),
    ],
)
def test_bad_input_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(KGraphError, match=message):
        build_store([path], tmp_path / "s")


def test_missing_input_file(tmp_path):
    with pytest.raises(KGraphError, match="no such file"):
        build_store([tmp_path / "x.ttl"], tmp_path / "s")


def test_failed_rebuild_keeps_the_previous_store(tmp_path, sample_ds):
    info = build_store(sample_ds, tmp_path / "s")
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix kg: <https://w3id.org/kgraph/ontology#> .\nkg:a kg:b", "utf-8")
    with pytest.raises(KGraphError, match=r"broken\.ttl"):
        build_store([broken], tmp_path / "s")
    assert len(open_store(tmp_path / "s")) == info.triples
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.ttl", "s"]


def test_store_reads_back_as_a_dataset(tmp_path, sample_ds):
    from kgraph.query.store import dataset_from_store

    build_store(sample_ds, tmp_path / "s")
    ds = dataset_from_store(tmp_path / "s")
    assert sorted(map(str, (g.identifier for g in ds.graphs() if len(g)))) == sorted(
        str(g.identifier) for g in sample_ds.graphs() if len(g)
    )
    assert len(list(ds.quads())) == len(list(sample_ds.quads()))


def _graph_turtle(ds) -> list[tuple[str, bytes]]:
    return sorted(
        (str(g.identifier), g.serialize(format="turtle", encoding="utf-8"))
        for g in ds.graphs()
        if len(g)
    )


def _nquads(path) -> list[bytes]:
    import pyoxigraph as ox

    return sorted(open_store(path).dump(format=ox.RdfFormat.N_QUADS).splitlines())


def test_update_store_in_small_batches_holds_the_same_quads(tmp_path, sample_ds, monkeypatch):
    import kgraph.query.store as store_module

    graphs = _graph_turtle(sample_ds)
    whole = update_store(tmp_path / "whole", graphs)
    monkeypatch.setattr(store_module, "BULK_BATCH", 7)
    batched = update_store(tmp_path / "batched", graphs)
    assert (
        (batched.triples, batched.graphs)
        == (whole.triples, whole.graphs)
        == (
            sum(1 for _ in sample_ds.quads((None, None, None, None))),
            2,
        )
    )
    assert whole.triples > 7 * 20
    assert _nquads(tmp_path / "batched") == _nquads(tmp_path / "whole")
