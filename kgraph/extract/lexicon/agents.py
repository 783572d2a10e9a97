"""Agent nouns with their CAMEO sector codes (Phoenix and NGEC's PLOVER agent lists).

``data/lexicon/derived_agents.tsv`` maps a lower-case noun ("police", "rebel",
"peasant", "peacekeeping troops") to its codes: ``~COP`` is a sector that follows
whatever country code precedes the noun ("Iraqi police" → ``IRQCOP``), ``IGO~`` a code
that precedes it.

>>> load_agents().sectors("policemen")
('COP',)
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kgraph.errors import KGraphError

AGENTS_FILE = "derived_agents.tsv"


class AgentIndex:
    """Agent noun → CAMEO codes (read-only)."""

    def __init__(self, codes: dict[str, tuple[str, ...]]) -> None:
        self.codes = codes

    def __len__(self) -> int:
        return len(self.codes)

    def sectors(self, noun: str) -> tuple[str, ...]:
        """Return the sector codes (``~COP`` → ``COP``) of an agent noun, or ()."""
        return tuple(c.strip("~") for c in self.codes.get(noun.lower(), ()) if c.startswith("~"))


def parse_agents(text: str, name: str) -> dict[str, tuple[str, ...]]:
    """Return noun → codes of an agent file; a bad line is an error."""
    out: dict[str, tuple[str, ...]] = {}
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not cells[0] or not cells[1].split():
            raise KGraphError(f"{name} line {line_no}: expected a noun and its codes")
        out[cells[0]] = tuple(cells[1].split())
    return out


@lru_cache(maxsize=1)
def load_agents() -> AgentIndex:
    """Load the shipped agent nouns once per process."""
    try:
        text = resources.files("kgraph").joinpath("data", "lexicon", AGENTS_FILE).read_text("utf-8")
    except OSError as exc:
        raise KGraphError(f"cannot read lexicon data file {AGENTS_FILE}: {exc}") from exc
    return AgentIndex(parse_agents(text, AGENTS_FILE))
