"""A persistent Oxigraph store on disk, for graphs too big to query comfortably in rdflib.

:func:`build_store` bulk-loads kgraph RDF files (or a dataset in memory) into
a RocksDB-backed ``pyoxigraph.Store``; :func:`open_store` opens it read-only
for :func:`kgraph.query.sparql.run_query`. Named graphs are kept; queries see
the union of all graphs.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.errors import KGraphError
from kgraph.model import StoreInfo
from kgraph.rdf.serialize import EXTENSIONS

if TYPE_CHECKING:
    import rdflib

BULK_BATCH = 50_000
"""Quads a bulk load of :func:`update_store` takes at once.

pyoxigraph's ``bulk_extend`` holds what it is given in memory until it
writes it, about 700 bytes a quad (a load of 762,425 quads peaked 517 MB
above the process); batches of 50,000 peak 78 MB above it and load as fast.
"""

# kgraph format name → pyoxigraph RdfFormat attribute
_OX_FORMATS = {
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "jsonld": "JSON_LD",
    "trig": "TRIG",
    "nquads": "N_QUADS",
}


def build_store(sources: Sequence[Path] | rdflib.Dataset, store_dir: Path) -> StoreInfo:
    """Bulk-load RDF files or an ``rdflib.Dataset`` into a new store at ``store_dir``.

    An existing store at ``store_dir`` is replaced; a non-empty directory that
    is not a store is refused. Raises KGraphError for unreadable or malformed
    input files.
    """
    import pyoxigraph as ox

    store_dir = Path(store_dir)
    _check_target(store_dir)
    # Build beside the target and swap at the end, so that a failure (a malformed
    # input file, a full disk) leaves the previous store as it was.
    building = store_dir.with_name(f".{store_dir.name}.building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    started = time.perf_counter()
    try:
        try:
            store = ox.Store(str(building))
        except OSError as exc:
            raise KGraphError(f"cannot create a store in {store_dir}: {exc}") from exc
        if isinstance(sources, (list, tuple)):
            for source in sources:
                _load_path(store, Path(source))
        elif isinstance(sources, Sequence):
            raise KGraphError("build_store takes a list of paths or an rdflib.Dataset")
        else:
            data = sources.serialize(format="nquads", encoding="utf-8")
            store.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)
        store.flush()
        info = StoreInfo(
            path=str(store_dir),
            triples=len(store),
            graphs=sum(1 for _ in store.named_graphs()),
            seconds=round(time.perf_counter() - started, 3),
        )
        del store  # releases the RocksDB lock before the folder is moved
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    old = store_dir.with_name(f".{store_dir.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if store_dir.exists():
        store_dir.rename(old)
    building.rename(store_dir)
    shutil.rmtree(old, ignore_errors=True)
    return info


def dataset_from_store(store_dir: Path) -> rdflib.Dataset:
    """Return the whole content of a store as an rdflib Dataset (named graphs kept)."""
    import pyoxigraph as ox
    import rdflib

    store = open_store(store_dir)
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


def open_store(store_dir: Path, *, writable: bool = False) -> Any:
    """Open an existing store, read-only unless ``writable``; KGraphError if there is none."""
    import pyoxigraph as ox

    store_dir = Path(store_dir)
    if not _is_store(store_dir):
        raise KGraphError(f"no kgraph store at {store_dir} (build one first)")
    try:
        return ox.Store(str(store_dir)) if writable else ox.Store.read_only(str(store_dir))
    except OSError as exc:
        raise KGraphError(f"cannot open the store at {store_dir}: {exc}") from exc


def store_info(store: Any, path: str = "") -> StoreInfo:
    """Return the size of an open store."""
    return StoreInfo(path=path, triples=len(store), graphs=sum(1 for _ in store.named_graphs()))


def _load_path(store: Any, path: Path) -> None:
    import pyoxigraph as ox

    from kgraph.rdf.load import load_graphs, sniff_format

    if not path.is_file():
        raise KGraphError(f"no such file: {path}")
    if path.stat().st_size == 0:
        raise KGraphError(f"{path} is empty")
    with path.open("rb") as fh:
        head = fh.read(4096)
    if b"\x00" in head:
        raise KGraphError(f"{path} is a binary file, not RDF")
    fmt = EXTENSIONS.get(path.suffix.lower()) or sniff_format(head, path)
    try:
        if fmt == "jsonl":
            data = load_graphs([path]).serialize(format="nquads", encoding="utf-8")
            store.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)
        else:
            store.bulk_load(path=str(path), format=getattr(ox.RdfFormat, _OX_FORMATS[fmt]))
    except SyntaxError as exc:
        raise KGraphError(f"cannot read {path} as {fmt}: {' '.join(str(exc).split())}") from exc
    except (OSError, ValueError) as exc:
        raise KGraphError(f"cannot load {path}: {' '.join(str(exc).split())}") from exc


def _is_store(path: Path) -> bool:
    return path.is_dir() and (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def _check_target(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise KGraphError(f"{path} exists and is not a directory")
    if path.is_dir() and any(path.iterdir()) and not _is_store(path):
        raise KGraphError(f"{path} is not empty and is not a kgraph store; choose another path")


def update_store(
    store_dir: Path,
    graphs: Iterable[tuple[str, bytes]],
    *,
    base: Path | None = None,
    drop: Iterable[str] = (),
) -> StoreInfo:
    """Write a store at ``store_dir``: a copy of ``base`` without ``drop``, plus ``graphs``.

    ``graphs`` are (graph IRI, Turtle) pairs, each loaded into that named
    graph (a graph already in ``base`` is replaced). ``base`` None starts from
    an empty store, loaded :data:`BULK_BATCH` quads at a time. The copy is a
    RocksDB checkpoint (hard links), so an incremental build pays for the
    graphs that changed, not for the store.
    """
    import pyoxigraph as ox

    store_dir = Path(store_dir)
    if store_dir.exists():
        raise KGraphError(f"{store_dir} exists; update_store writes a new store")
    started = time.perf_counter()
    try:
        if base is not None:
            open_store(base).backup(str(store_dir))
            store = ox.Store(str(store_dir))
            for iri in drop:
                store.remove_graph(ox.NamedNode(iri))
        else:
            store = ox.Store(str(store_dir))
        if base is None:  # bulk loads of bounded batches: one load of all grows with the corpus
            quads = (q for iri, turtle in graphs for q in _quads_of(iri, turtle))
            while batch := list(islice(quads, BULK_BATCH)):
                store.bulk_extend(batch)
        else:  # a few graphs: each replaced in its own transaction
            for iri, turtle in graphs:
                store.remove_graph(ox.NamedNode(iri))
                store.extend(_quads_of(iri, turtle))
        store.flush()
        info = StoreInfo(
            path=str(store_dir),
            triples=len(store),
            graphs=sum(1 for _ in store.named_graphs()),
            seconds=round(time.perf_counter() - started, 3),
        )
        del store
    except OSError as exc:
        shutil.rmtree(store_dir, ignore_errors=True)
        raise KGraphError(f"cannot write the store {store_dir}: {exc}") from exc
    except BaseException:
        shutil.rmtree(store_dir, ignore_errors=True)
        raise
    return info


def _quads_of(iri: str, turtle: bytes) -> Iterator[Any]:
    import pyoxigraph as ox

    name = ox.NamedNode(iri)
    for t in ox.parse(turtle, format=ox.RdfFormat.TURTLE):
        yield ox.Quad(t.subject, t.predicate, t.object, name)
