"""Who held which office on a given date: the dated roles of the Phoenix actor dictionaries.

``data/lexicon/derived_actors.tsv`` (converted by ``tools/build_lexicon.py``) lists
people with their CAMEO actor codes and the dates each held: Nicolás Maduro is
``VENGOV`` from 2006-09-01. :func:`load_roles` indexes them by name (as the
gazetteer normalises names); a name two different actors share is dropped, as an
ambiguous alias is in the gazetteer. The dictionaries stop in mid-2014 (their latest
date is the index's ``horizon``): a role open at its end (``>060901``) is read as held
up to the horizon, and after it nothing is answered, since later changes of office are
missing (Bashar al-Assad's open role would otherwise outlast his fall).

>>> roles = load_roles()
>>> roles.codes_on("Nicolas Maduro", "2014-03-01")
('VENGOV',)
>>> roles.government_on("President Maduro", "2005-01-01") is None
True
>>> roles.code_on("Nicolas Sarkozy", "2004-06-01"), roles.code_on("Nicolas Sarkozy", "2006-06-01")
('FRAGOVBUS', 'FRAGOV')

:func:`with_dated_codes` gives a person of a dated document the code of the role held
on that date, so the same person is coded as a minister in one year and a head of
government in a later one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from kgraph.errors import KGraphError
from kgraph.model import Actor, ActorIndex, ActorType

ROLES_FILE = "derived_actors.tsv"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATES = re.compile(r"\d{4}-\d{2}-\d{2}")
_GOVERNMENT = re.compile(r"^([A-Z]{3})GOV$")  # a state's government, not GOVBUS, GOVMED …


@dataclass(frozen=True)
class Role:
    """One dated role: a CAMEO actor code held from ``start`` to ``end`` (ISO dates)."""

    code: str
    start: str | None
    end: str | None

    def held_on(self, date: str, horizon: str) -> bool:
        """Tell whether the role was held on ``date`` (inclusive; open ends run to ``horizon``)."""
        end = self.end if self.end is not None else horizon
        return (self.start is None or self.start <= date) and date <= end


@dataclass(frozen=True)
class RoleHolder:
    """An actor of the dictionaries: label, aliases and dated roles (parsed when asked)."""

    label: str
    aliases: tuple[str, ...]
    role_text: str  # "VENGOV 2006-09-01 -; …", as in the data file

    @property
    def roles(self) -> tuple[Role, ...]:
        """Return the dated roles."""
        return _roles(self.role_text)


@lru_cache(maxsize=4096)
def _roles(text: str) -> tuple[Role, ...]:
    roles = []
    for part in text.split(";"):
        code, start, end = part.split()
        roles.append(Role(code, None if start == "-" else start, None if end == "-" else end))
    return tuple(roles)


class RoleIndex:
    """Actors with dated roles, looked up by normalised name (read-only)."""

    def __init__(self, holders: tuple[RoleHolder, ...]) -> None:
        from kgraph.extract.mentions.gazetteer import normalize

        key_of = normalize.__wrapped__  # 60,000 names: past the lookup cache, not through it
        self.holders = holders
        names: dict[str, RoleHolder] = {}
        ambiguous: set[str] = set()
        for holder in holders:
            for name in (holder.label, *holder.aliases):
                key = key_of(name)
                other = names.get(key)
                if other is not None and other is not holder:
                    ambiguous.add(key)
                names[key] = holder
        self._names = {k: v for k, v in names.items() if k not in ambiguous}
        dates = (d for h in holders for d in _DATES.findall(h.role_text))
        self.horizon = max(dates, default="")

    def __len__(self) -> int:
        return len(self.holders)

    def holder(self, name: str) -> RoleHolder | None:
        """Return the actor a name or alias refers to, or None (unknown or ambiguous)."""
        from kgraph.extract.mentions.gazetteer import normalize

        return self._names.get(normalize(name))

    def codes_on(self, name: str, date: str) -> tuple[str, ...]:
        """Return the CAMEO codes the named actor held on ``date`` (YYYY-MM-DD), sorted."""
        holder = self.holder(name)
        if holder is None or not _ISO_DATE.match(date[:10]):
            return ()
        day = date[:10]
        return tuple(sorted({r.code for r in holder.roles if r.held_on(day, self.horizon)}))

    def code_on(self, name: str, date: str) -> str | None:
        """Return the code of the dated role the named actor held on ``date``, or None.

        Of two roles held at once the later begun wins (the newer office); a role
        without dates is no answer here: it is the actor's undated code.
        """
        holder = self.holder(name)
        if holder is None or not _ISO_DATE.match(date[:10]):
            return None
        day = date[:10]
        held = sorted(
            (
                r
                for r in holder.roles
                if (r.start is not None or r.end is not None) and r.held_on(day, self.horizon)
            ),
            key=lambda r: r.code,
        )
        # max keeps the first of equal keys: of two begun on one day, the first code
        return max(held, key=lambda r: r.start or "").code if held else None

    def government_on(self, name: str, date: str) -> str | None:
        """Return the ISO code of the one state whose government the actor sat in on ``date``.

        None when the actor held no such role then, or held it in two states: the
        rule stays silent rather than guess.
        """
        states = {m.group(1) for c in self.codes_on(name, date) if (m := _GOVERNMENT.match(c))}
        return states.pop() if len(states) == 1 else None


def _undated(roles: RoleIndex, name: str) -> str | None:
    holder = roles.holder(name)
    codes = (
        sorted(r.code for r in holder.roles if r.start is None and r.end is None) if holder else []
    )
    return codes[0] if codes else None


def _dated_code(actor: Actor, date: str, roles: RoleIndex) -> str | None:
    """Return a person's code on ``date``: the dated role held then, else the undated code."""
    # an unlinked one-word name ("Jonathan") is too weak to pick a holder by
    names = (actor.label, *actor.aliases) if actor.qid else (actor.label,)
    if not actor.qid and " " not in actor.label.strip():
        return actor.cameo
    for name in names:
        code = roles.code_on(name, date)
        if code is not None:
            return code
    return actor.cameo or next((c for n in names if (c := _undated(roles, n))), None)


def with_dated_codes(index: ActorIndex, date: str, *, roles: Callable[[], RoleIndex]) -> ActorIndex:
    """Return the index with each person's CAMEO code as held on the document's date.

    ``roles`` returns the role index; it is called only when the document names a person.
    """
    if not _ISO_DATE.match(date[:10]) or not any(a.type is ActorType.PERSON for a in index.actors):
        return index
    table = roles()
    changed: dict[str, Actor] = {}
    for actor in index.actors:
        if actor.type is ActorType.PERSON:
            code = _dated_code(actor, date, table)
            if code != actor.cameo:
                changed[actor.id] = replace(actor, cameo=code)
    if not changed:
        return index
    actors = tuple(changed.get(a.id, a) for a in index.actors)
    return ActorIndex(actors=actors, token_actor=index.token_actor)


def parse_roles(text: str, name: str) -> tuple[RoleHolder, ...]:
    """Return the role holders of a derived actor file; a bad line is an error."""
    holders = []
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or not cells[0] or not cells[2]:
            raise KGraphError(f"{name} line {line_no}: expected label, dictionary, roles, aliases")
        aliases = tuple(a for a in cells[3].split("|") if a)
        holders.append(RoleHolder(cells[0], aliases, cells[2]))
    return tuple(holders)


@lru_cache(maxsize=1)
def load_roles() -> RoleIndex:
    """Load the shipped dated roles once per process (about 0.3 s; only when asked)."""
    try:
        text = resources.files("kgraph").joinpath("data", "lexicon", ROLES_FILE).read_text("utf-8")
    except OSError as exc:
        raise KGraphError(f"cannot read lexicon data file {ROLES_FILE}: {exc}") from exc
    return RoleIndex(parse_roles(text, ROLES_FILE))
