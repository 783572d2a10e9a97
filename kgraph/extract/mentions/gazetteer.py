"""Look up known actors by name, demonym or metonym in the shipped gazetteer.

The gazetteer is package data written for kgraph from public facts:

- ``data/states.tsv``: every UN member state, the observer states, Taiwan and
  Kosovo, with Wikidata QID, capital and demonyms; pycountry adds the ISO names;
- ``data/actors.json``: leaders and officials, government bodies, militaries,
  international organisations, armed and criminal groups, media, regions and
  named operations, plus metonyms ("the Kremlin") and phrases that are never
  actors ("Foreign Terrorist Organization").

For every state the loader also derives its government (``<ISO>GOV``, found
through the capital or buildings such as "the White House") and its military
(``<ISO>MIL``). Lookups ignore case, accents, a leading "the", a possessive
"'s", dots and hyphens; acronyms ("US", "UN", "EU") only match in capitals, so
the pronoun "us" is never the United States.

>>> gaz = load_gazetteer()
>>> gaz.lookup("the U.S.").label, gaz.lookup("Nicolas Maduro's").qid
('United States', 'Q57413')
>>> gaz.lookup("us") is None
True
>>> gaz.demonym("Venezuelan").iso, gaz.metonym("the White House").cameo
('VEN', 'USAGOV')
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kgraph.errors import KGraphError
from kgraph.extract.ids import actor_id
from kgraph.model import ActorType

_POSSESSIVE = re.compile(r"(?:'s|')$")
_SPACES = re.compile(r"\s+")
_THE = "the "


@dataclass(frozen=True)
class GazetteerEntry:
    """One known actor: its canonical label, type and identifiers."""

    label: str
    type: ActorType
    qid: str | None = None
    iso: str | None = None  # ISO 3166-1 alpha-3, for states only
    cameo: str | None = None
    country: str | None = None  # ISO alpha-3 of the country the actor belongs to
    office: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    gender: str | None = None  # "m"/"f" for persons; only used for he/she pronouns
    foe: str | None = None  # a coalition's adversary: with it in a text, "the coalition" is this

    @property
    def id(self) -> str:
        """Return the actor id (see :mod:`kgraph.extract.ids`)."""
        return actor_id(self.label, self.type, self.qid)

    @classmethod
    def from_record(cls, item: dict, *, label: str, type_: ActorType) -> GazetteerEntry:
        """Return the entry of one record of ``actors.json`` or of a user's actor file."""
        return cls(
            label=label,
            type=type_,
            qid=item.get("qid"),
            cameo=item.get("cameo"),
            country=item.get("country"),
            office=item.get("office"),
            aliases=tuple(item.get("aliases", ())),
            metonyms=tuple(item.get("metonyms", ())),
            gender=item.get("gender"),
            foe=item.get("foe"),
        )


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Return the lookup key of a name.

    >>> normalize("  The U.S.’s ")
    'us'
    >>> normalize("al-Qaeda") == normalize("Al Qaeda")
    True
    """
    key = text.replace("’", "'").replace("`", "'")
    key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode("ascii")
    key = _SPACES.sub(" ", key.lower()).strip()
    key = _POSSESSIVE.sub("", key).strip()
    if key.startswith(_THE):
        key = key[len(_THE) :]
    key = key.replace(".", "").replace("-", " ")
    return _SPACES.sub(" ", key).strip()


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


class Gazetteer:
    """Known actors indexed by normalised name, demonym and metonym (read-only)."""

    def __init__(self, entries: tuple[GazetteerEntry, ...], non_actors: tuple[str, ...] = ()):
        self.entries = entries
        self.non_actors = frozenset(normalize(p) for p in non_actors)
        self._names: dict[str, GazetteerEntry] = {}
        self._demonyms: dict[str, GazetteerEntry] = {}
        self._metonyms: dict[str, GazetteerEntry] = {}
        self._acronyms: set[str] = set()
        self._by_id = {e.id: e for e in entries}
        self._government: dict[str, GazetteerEntry] = {}
        self._military: dict[str, GazetteerEntry] = {}
        self._state: dict[str, GazetteerEntry] = {}
        ambiguous: set[str] = set()
        for entry in entries:
            if entry.type is ActorType.STATE and entry.iso:
                self._state[entry.iso] = entry
            if entry.cameo and entry.country and entry.label.startswith("Government of "):
                self._government[entry.country] = entry
            if entry.cameo and entry.country and entry.label.startswith("Military of "):
                self._military[entry.country] = entry
            for name in (entry.label, *entry.aliases):
                key = normalize(name)
                if not key:
                    continue
                if _is_acronym(name):
                    self._acronyms.add(key)
                other = self._names.get(key)
                if other is not None and other is not entry:
                    # Labels beat aliases; two aliases for different actors cancel out.
                    if normalize(other.label) == key:
                        continue
                    if normalize(entry.label) != key:
                        ambiguous.add(key)
                        continue
                self._names[key] = entry
            for name in entry.demonyms:
                self._demonyms.setdefault(normalize(name), entry)
            for name in entry.metonyms:
                self._metonyms.setdefault(normalize(name), entry)
        for key in ambiguous:
            if key in self._names and normalize(self._names[key].label) != key:
                del self._names[key]
        self.ambiguous = frozenset(ambiguous)

    def __len__(self) -> int:
        return len(self.entries)

    def _get(self, table: dict[str, GazetteerEntry], text: str) -> GazetteerEntry | None:
        key = normalize(text)
        entry = table.get(key)
        if entry is None:
            return None
        if key in self._acronyms:
            surface = _POSSESSIVE.sub("", text.strip().replace("’", "'"))
            if surface[:4].lower() == _THE:
                surface = surface[4:]
            if not _is_acronym(surface):
                return None
        return entry

    def lookup(self, text: str) -> GazetteerEntry | None:
        """Return the actor a name or alias refers to, or None."""
        return self._get(self._names, text)

    def demonym(self, text: str) -> GazetteerEntry | None:
        """Return the state a demonym refers to ("Venezuelan" → Venezuela), or None."""
        return self._get(self._demonyms, text)

    def metonym(self, text: str) -> GazetteerEntry | None:
        """Return the government a place stands for ("the Kremlin" → Russia's), or None."""
        return self._get(self._metonyms, text)

    def is_non_actor(self, text: str) -> bool:
        """Return True for designations and documents that look like names."""
        return normalize(text) in self.non_actors

    def by_id(self, actor_id_: str) -> GazetteerEntry | None:
        """Return the entry with this actor id, or None."""
        return self._by_id.get(actor_id_)

    def state(self, iso: str | None) -> GazetteerEntry | None:
        """Return the state with this ISO alpha-3 code, or None."""
        return self._state.get(iso) if iso else None

    def government(self, iso: str | None) -> GazetteerEntry | None:
        """Return the government of the state with this ISO code, or None."""
        return self._government.get(iso) if iso else None

    def military(self, iso: str | None) -> GazetteerEntry | None:
        """Return the military of the state with this ISO code, or None."""
        return self._military.get(iso) if iso else None

    def coalition_against(self, foes: set[str]) -> GazetteerEntry | None:
        """Return the coalition whose adversary (``foe``) is one of the labels in ``foes``."""
        for entry in self.entries:
            if entry.foe is not None and entry.foe in foes:
                return entry
        return None

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """Yield ``(text, table)`` for every name, demonym and metonym (for phrase matching)."""
        for entry in self.entries:
            for name in (entry.label, *entry.aliases):
                yield name, "name"
            for name in entry.demonyms:
                yield name, "demonym"
            for name in entry.metonyms:
                yield name, "metonym"


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(",") if p.strip())


def _state_entries(text: str) -> Iterator[GazetteerEntry]:
    import pycountry

    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 6:
            raise KGraphError(f"states.tsv line {line_no}: expected 6 columns, got {len(cells)}")
        iso, qid, label, capital, demonyms, aliases = cells
        article = label.startswith(_THE)
        name = label[len(_THE) :] if article else label
        names = list(_split(aliases))
        if iso:
            country = pycountry.countries.get(alpha_3=iso)
            if country is None:
                raise KGraphError(f"states.tsv line {line_no}: unknown ISO code {iso}")
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value and value != name and "," not in value and value not in names:
                    names.append(value)
        yield GazetteerEntry(
            label=name,
            type=ActorType.STATE,
            qid=qid or None,
            iso=iso or None,
            cameo=iso or None,
            country=iso or None,
            aliases=tuple(names),
            demonyms=_split(demonyms),
        )
        the = "the " if article else ""
        code = iso or None
        yield GazetteerEntry(
            label=f"Government of {the}{name}",
            type=ActorType.GOVERNMENT,
            cameo=f"{iso}GOV" if iso else None,
            country=code,
            metonyms=(capital,) if capital else (),
        )
        yield GazetteerEntry(
            label=f"Military of {the}{name}",
            type=ActorType.MILITARY,
            cameo=f"{iso}MIL" if iso else None,
            country=code,
        )


def _actor_entries(data: dict) -> Iterator[GazetteerEntry]:
    for section, items in data.items():
        if section in ("about", "government_metonyms", "non_actors"):
            continue
        for item in items:
            try:
                type_ = ActorType(item.get("type", section))
            except ValueError as exc:
                raise KGraphError(f"actors.json: unknown actor type in {item!r}") from exc
            yield GazetteerEntry.from_record(item, label=item["label"], type_=type_)


def _with_metonyms(
    entries: list[GazetteerEntry], metonyms: dict[str, dict[str, list[str]]]
) -> list[GazetteerEntry]:
    from dataclasses import replace

    extra: dict[tuple[str, str], list[str]] = {}
    for sector in ("GOV", "MIL"):
        for iso, names in metonyms.get(sector, {}).items():
            extra[(iso, sector)] = list(names)
    out = []
    for entry in entries:
        code = {ActorType.GOVERNMENT: "GOV", ActorType.MILITARY: "MIL"}.get(entry.type)
        key = (entry.country or "", code or "")
        if code and entry.cameo == f"{entry.country}{code}" and key in extra:
            entry = replace(entry, metonyms=(*entry.metonyms, *extra.pop(key)))
        out.append(entry)
    return out


def _read(name: str) -> str:
    try:
        return resources.files("kgraph").joinpath("data", name).read_text(encoding="utf-8")
    except OSError as exc:
        raise KGraphError(f"cannot read gazetteer data file {name}: {exc}") from exc


def load_gazetteer(paths: Sequence[str | os.PathLike[str]] = ()) -> Gazetteer:
    """Return the shipped gazetteer with the user's actor files on top (cached by file set).

    A user file is JSON Lines, one actor a line, with the keys of ``actors.json``
    (``label`` and ``type`` required); an entry whose label a shipped entry has
    replaces it.
    """
    return _load(tuple(_file_key(p) for p in paths))


def _file_key(path: str | os.PathLike[str]) -> tuple[str, int, int]:
    p = Path(path)
    try:
        stat = p.stat()
    except OSError as exc:
        raise KGraphError(f"cannot read gazetteer file {path}: {exc}") from exc
    return (str(p.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load(keys: tuple[tuple[str, int, int], ...]) -> Gazetteer:
    shipped = _shipped_entries()
    if not keys:
        return Gazetteer(*shipped)
    from kgraph.extract.mentions.actor_file import read_user_actors

    user = [e for path, _, _ in keys for e in read_user_actors(path)]
    labels = {e.label for e in user}
    entries = tuple(e for e in shipped[0] if e.label not in labels) + tuple(user)
    return Gazetteer(entries, shipped[1])


@lru_cache(maxsize=1)
def _shipped_entries() -> tuple[tuple[GazetteerEntry, ...], tuple[str, ...]]:
    """Load the shipped entries once per process (states, derived bodies, named actors)."""
    data = json.loads(_read("actors.json"))
    entries = list(_state_entries(_read("states.tsv")))
    entries.extend(_actor_entries(data))
    entries = _with_metonyms(entries, data.get("government_metonyms", {}))
    non_actors = tuple(data.get("non_actors", {}).get("phrases", ()))
    return tuple(entries), non_actors
