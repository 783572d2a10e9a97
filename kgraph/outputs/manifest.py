"""The manifest of a build folder: which documents it holds, read with which extractor.

``out/manifest.json`` lists every document of the build in order, with the
hash of its content, the extractor, lexicon and model versions it was read
with and the file under ``docs/`` that keeps its extraction. It holds no
time stamps, so an unchanged build leaves it byte-identical.

>>> from kgraph.model import Document
>>> content_hash(Document(id="a", text="x")) == content_hash(Document(id="a", text="x"))
True
>>> content_hash(Document(id="a", text="x")) == content_hash(Document(id="a", text="y"))
False
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgraph.errors import KGraphError
from kgraph.model import Document
from kgraph.outputs.spool import DocumentSpool

MANIFEST = "manifest.json"
FORMAT = 1
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class DocumentEntry:
    """One document of a build: its content hash and what read it."""

    id: str
    hash: str
    extractor: str
    lexicon: str
    model: str
    record: str  # path of its extraction under the build folder, e.g. "docs/1f…e2.json"


@dataclass(frozen=True)
class Manifest:
    """What a build folder holds; ``options`` are the build options its outputs follow."""

    documents: tuple[DocumentEntry, ...] = ()
    options: tuple[tuple[str, Any], ...] = ()
    outputs: tuple[str, ...] = ()
    summary: Mapping[str, Any] = field(default_factory=dict)  # counts and top actors
    format: int = FORMAT

    def option(self, name: str, default: Any = None) -> Any:
        """Return one build option as recorded."""
        return dict(self.options).get(name, default)

    def entries(self) -> dict[str, DocumentEntry]:
        """Return the documents by id."""
        return {d.id: d for d in self.documents}


def content_hash(document: Document) -> str:
    """Return the SHA-256 of what a document carries: its text and metadata.

    Where it was read from (``path``) is left out: a corpus moved to another
    folder is the same corpus.
    """
    fields = dataclasses.asdict(document)
    fields.pop("path", None)
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record_name(entry_key: Sequence[str]) -> str:
    """Return the ``docs/`` file name of one extraction, named by what determines it."""
    digest = hashlib.sha256("\x1f".join(entry_key).encode("utf-8")).hexdigest()[:32]
    return f"docs/{digest}.json"


def default_lexicon_files() -> list[Path]:
    """Return the data files the extraction reads: everything under ``kgraph/data``."""
    return sorted(p for p in DATA_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def lexicon_version(extra: Iterable[Path] = ()) -> str:
    """Return a short hash of the lexicon: the package's data files plus ``extra`` ones.

    A user lexicon or gazetteer that changes the extraction belongs in
    ``extra``; a different file or a changed byte gives a different version.
    """
    digest = hashlib.sha256()
    for path in [*default_lexicon_files(), *sorted(Path(p) for p in extra)]:
        name = path.relative_to(DATA_DIR) if path.is_relative_to(DATA_DIR) else path.resolve()
        digest.update(str(name).encode("utf-8") + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError as exc:
            raise KGraphError(f"cannot read lexicon file {path}: {exc.strerror or exc}") from exc
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def read_manifest(folder: Path) -> Manifest | None:
    """Return the manifest of a build folder, None when it has none; KGraphError if corrupt."""
    path = folder / MANIFEST
    if not path.exists():
        return None
    hint = "fix or delete it, or pass --rebuild to start over"
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"unknown manifest format {data.get('format')!r}")
        docs = tuple(DocumentEntry(**entry) for entry in data["documents"])
        options = tuple(sorted(dict(data.get("options", {})).items()))
        outputs = tuple(str(o) for o in data.get("outputs", []))
        summary = dict(data.get("summary", {}))
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise KGraphError(f"{path}: corrupt build manifest ({exc}); {hint}") from exc
    if len({d.id for d in docs}) != len(docs):
        raise KGraphError(f"{path}: corrupt build manifest (a document is listed twice); {hint}")
    return Manifest(documents=docs, options=options, outputs=outputs, summary=summary)


def encode_manifest(manifest: Manifest) -> bytes:
    """Return the manifest as indented, key-sorted JSON."""
    data = {
        "format": manifest.format,
        "options": dict(manifest.options),
        "outputs": list(manifest.outputs),
        "summary": dict(manifest.summary),
        "documents": [dataclasses.asdict(d) for d in manifest.documents],
    }
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Versions:
    """The versions a document's extraction depends on, besides its content."""

    extractor: str
    lexicon: str
    model: str

    def entry(self, document: Document, digest: str | None = None) -> DocumentEntry:
        """Return the manifest entry of ``document`` read with these versions."""
        digest = digest or content_hash(document)
        key = (document.id, digest, self.extractor, self.lexicon, self.model)
        return DocumentEntry(
            id=document.id,
            hash=digest,
            extractor=self.extractor,
            lexicon=self.lexicon,
            model=self.model,
            record=record_name(key),
        )


@dataclass(frozen=True)
class Plan:
    """What a build does: documents to extract, to keep, to drop, and why."""

    documents: tuple[DocumentEntry, ...]  # the new manifest's documents, in order
    extract: DocumentSpool  # the documents to extract, kept on disk (kgraph.outputs.spool)
    kept: int
    removed: tuple[str, ...]
    notes: tuple[str, ...] = field(default=())


def plan(
    old: Manifest | None,
    documents: Iterable[Document],
    versions: Versions,
    *,
    prune: bool,
    replace: bool = True,
    has_record: Callable[[DocumentEntry], bool] = lambda entry: True,
) -> Plan:
    """Diff the input against the manifest.

    With ``replace`` (a build) the input is the corpus: documents of the old
    manifest not in it are removed with ``prune``, kept (after the input ones)
    without. Without ``replace`` (an add) the input is appended, a document
    already there replaced in place. A document whose record ``has_record``
    does not find is extracted again.
    """
    previous = old.entries() if old else {}
    fresh: dict[str, DocumentEntry] = {}
    todo = DocumentSpool()
    stale: dict[str, int] = {}
    for document in documents:
        entry = versions.entry(document)
        fresh[document.id] = entry
        before = previous.get(document.id)
        if before == entry and has_record(before):
            continue
        todo.add(document)
        if before is not None and before.hash == entry.hash:
            for what in ("extractor", "lexicon", "model"):
                if getattr(before, what) != getattr(entry, what):
                    stale[what] = stale.get(what, 0) + 1
    kept_old = [d for d in (old.documents if old else ()) if d.id not in fresh]
    removed: tuple[str, ...] = ()
    if replace and prune:
        removed = tuple(d.id for d in kept_old)
        kept_old = []
    if replace:
        order = [*fresh.values(), *kept_old]
    else:
        order = [fresh.pop(d.id, d) for d in (old.documents if old else ())]
        order += fresh.values()
    notes = tuple(
        f"{what} changed since the last build: re-extracting {n} document(s)"
        for what, n in sorted(stale.items())
    )
    return Plan(
        documents=tuple(order),
        extract=todo,
        kept=len(order) - len(todo),
        removed=removed,
        notes=notes,
    )


EXTRACTOR_SOURCES = ("extract", "nlp", "model.py", "vocabulary.py")
"""What the extraction's code is, under the package: a change in any of it re-extracts."""


def extractor_version() -> str:
    """Return ``kgraph <version>+<hash of the extraction code>``."""
    from kgraph import __version__

    package = DATA_DIR.parent
    digest = hashlib.sha256()
    for name in EXTRACTOR_SOURCES:
        root = package / name
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(package)).encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return f"kgraph {__version__}+{digest.hexdigest()[:12]}"


def model_version(model: str | None) -> str:
    """Return the pipeline a build would load and its installed version, without loading it."""
    import importlib.metadata

    from kgraph.nlp.models import resolve_model_name

    name = resolve_model_name(model)
    try:
        return f"{name} {importlib.metadata.version(name.replace('_', '-'))}"
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return name


def current_versions(model: str | None, *, lexicons: Iterable[Path] = ()) -> Versions:
    """Return the versions an extraction with ``model`` would run with now."""
    return Versions(
        extractor=extractor_version(),
        lexicon=lexicon_version(lexicons),
        model=model_version(model),
    )
