"""The packages import only downward, in the order of the pipeline; so do the stages of extract.

A module may import from its own layer and from the layers before it, at module
level or inside a function alike. An import that still points upward is listed
in ``UPWARD`` (between packages) or ``UPWARD_STAGES`` (between the stages of
extract); the lists may only shrink.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kgraph

# text → mentions → actors → relations → RDF → queries/analytics → pictures/reports → builds
LAYERS = (
    "errors",
    "predicates",
    "vocabulary",
    "model",
    "io",
    "nlp",
    "extract",
    "rdf",
    "query",
    "evaluate",
    "analytics",
    "viz",
    "report",
    "outputs",
    "remote",
    "api",
    "commands",
    "cli",
)

# (importing layer's module, imported module): known upward imports, to be removed
UPWARD: set[tuple[str, str]] = set()

# inside kgraph.extract: data and parse readings → clause qualifiers → mentions → actors →
# relations → the runs
STAGES = (
    ("ids", "lexicon", "syntax"),
    ("qualifiers",),
    ("mentions",),
    ("actors",),
    ("relations",),
    ("pipeline", "parallel"),
)

# (importing module, imported module): known upward imports between stages, to be removed
UPWARD_STAGES = {
    ("kgraph.extract.lexicon.roles", "kgraph.extract.mentions.gazetteer"),  # normalize: names
}

PACKAGE = Path(kgraph.__file__).parent


def _module_name(path: Path) -> str:
    parts = ("kgraph", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("kgraph.")}


def _layer(module: str) -> int | None:
    top = module.split(".")[1]
    return LAYERS.index(top) if top in LAYERS else None


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_package_has_a_layer():
    tops = {_module_name(p).split(".")[1] for p in MODULES if _module_name(p) != "kgraph"}
    assert tops <= set(LAYERS), f"give these a place in LAYERS: {tops - set(LAYERS)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_imports_point_downward(path):
    here = _module_name(path)
    if here == "kgraph":
        return
    mine = _layer(here)
    upward = sorted(
        name
        for name in _imports(path)
        if (theirs := _layer(name)) is not None
        and mine is not None
        and theirs > mine
        and (here, name) not in UPWARD
    )
    assert not upward, f"{here} imports from a later stage: {upward}"


def test_the_list_of_upward_imports_is_current():
    still = {
        (here, name)
        for path in MODULES
        for here in (_module_name(path),)
        for name in _imports(path)
        if (here, name) in UPWARD
    }
    assert still == UPWARD, f"no longer imported, remove from UPWARD: {UPWARD - still}"


EXTRACT = sorted((PACKAGE / "extract").rglob("*.py"))


def _stage(module: str) -> int | None:
    """Return the rank of a module of kgraph.extract, None for the package itself."""
    parts = module.split(".")
    if parts[:2] != ["kgraph", "extract"] or len(parts) < 3:
        return None
    return next(n for n, names in enumerate(STAGES) if parts[2] in names)


def test_every_extract_module_has_a_stage():
    tops = {_module_name(p).split(".")[2] for p in EXTRACT if _module_name(p) != "kgraph.extract"}
    placed = {name for names in STAGES for name in names}
    assert tops <= placed, f"give these a place in STAGES: {tops - placed}"


@pytest.mark.parametrize("path", EXTRACT, ids=lambda p: _module_name(p))
def test_extract_stages_import_downward(path):
    here = _module_name(path)
    mine = _stage(here)
    if mine is None:
        return
    upward = sorted(
        name
        for name in _imports(path)
        if (theirs := _stage(name)) is not None
        and theirs > mine
        and (here, name) not in UPWARD_STAGES
    )
    assert not upward, f"{here} imports from a later stage of extraction: {upward}"


def test_the_list_of_upward_stage_imports_is_current():
    still = {
        (here, name)
        for path in EXTRACT
        for here in (_module_name(path),)
        for name in _imports(path)
        if (here, name) in UPWARD_STAGES
    }
    assert still == UPWARD_STAGES, f"no longer imported, remove: {UPWARD_STAGES - still}"
