"""A small corpus written for these tests, and running the command line on it."""

from __future__ import annotations

import json
from pathlib import Path

ITEMS = (
    ("gulf-1", "2025-04-01", "The United States imposed sanctions on Iran over its missile tests."),
    ("gulf-2", "2025-04-02", "Iran accused the United States of economic warfare."),
    ("east-1", "2025-04-03", "Russia and China signed a trade agreement in Beijing on Thursday."),
    ("east-2", "2025-04-04", "The European Union condemned Russia for the attack on Ukraine."),
)


def write_corpus(folder: Path) -> Path:
    path = folder / "corpus.jsonl"
    lines = [json.dumps({"id": i, "date": d, "text": t}) for i, d, t in ITEMS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    """Run the CLI in this process; return the exit status, stdout and stderr."""
    from click.testing import CliRunner

    from kgraph.cli import main

    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr
