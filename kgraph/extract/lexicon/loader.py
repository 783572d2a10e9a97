"""Read, validate and merge the lexicon's data files into one :class:`Lexicon`.

Layers, each on top of the one before (a later entry for the same key wins):

1. ``data/lexicon/derived_triggers.tsv``, converted from PETRARCH2's CAMEO verb
   dictionary by ``tools/build_lexicon.py``;
2. ``data/lexicon/triggers.tsv``, kgraph's curated entries;
3. the user's files (``--lexicon FILE``), in the order given.

Within one file an entry may appear once; the word classes
(``data/lexicon/classes.txt``) are each defined once. Every problem is a
:class:`~kgraph.errors.KGraphError` naming the file and line.

>>> lex = load_lexicon()
>>> lex.verbs["designate"].predicate, lex.verb_prep[("call", "on")].predicate
('designates', 'appealsTo')
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kgraph.errors import KGraphError
from kgraph.extract.lexicon.schema import BOOLEANS, COLUMNS, KINDS, Row, Trigger
from kgraph.model import ActorType
from kgraph.predicates import Predicate, is_predicate
from kgraph.vocabulary import RELATIONS

SHIPPED_TRIGGERS = ("derived_triggers.tsv", "triggers.tsv")
KNOWN_VERB_CLASSES = (
    "light_verbs",
    "planning_control_verbs",
    "aspect_control_verbs",
    "enabling_verbs",
    "object_control_verbs",
)
CLASSES_FILE = "classes.txt"
ACTOR_NOUNS_FILE = "actor_nouns.tsv"
GROUP_SECTORS_FILE = "group_sectors.tsv"


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The merged trigger tables and word classes the extractor reads (read-only).

    Compared and hashed by identity: one loaded file set is one object.
    """

    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    adjectives: dict[str, Trigger]
    verb_prep: dict[tuple[str, str], Trigger]
    verb_noun: dict[tuple[str, str], Predicate]
    classes: dict[str, frozenset[str]]
    files: tuple[str, ...]
    # the nouns that only trigger under a verb of a combination ("ties")
    combo_nouns: frozenset[str] = frozenset()
    # every verb lemma the lexicon names (for mending the lemmatizer's slips)
    known_verbs: frozenset[str] = frozenset()
    # reads a verb the tables do not know (see vectors.with_vector_fallback); None: off
    fallback: Callable[[str], Trigger | None] | None = None

    def word_class(self, name: str) -> frozenset[str]:
        """Return the members of a word class; an unknown name is an error."""
        try:
            return self.classes[name]
        except KeyError:
            raise KGraphError(f"{CLASSES_FILE}: no word class [{name}]") from None


def _known_verbs(
    verbs: dict[str, Trigger],
    verb_prep: dict[tuple[str, str], Trigger],
    verb_noun: dict[tuple[str, str], Predicate],
    classes: dict[str, frozenset[str]],
) -> frozenset[str]:
    known = set(verbs) | {v for v, _ in verb_prep} | {v for v, _ in verb_noun}
    for name in KNOWN_VERB_CLASSES:
        known |= classes.get(name, frozenset())
    return frozenset(known)


def _fail(where: str, problem: str) -> KGraphError:
    return KGraphError(f"{where}: {problem}")


def _strength(cell: str, where: str) -> float:
    if not cell:
        return 0.9
    try:
        value = float(cell)
    except ValueError:
        raise _fail(where, f"strength {cell!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise _fail(where, f"strength {cell} is outside 0-1")
    return value


def parse_row(cells: list[str], where: str, *, source: str) -> Row:
    """Return one validated row of a trigger file."""
    if len(cells) < 4 or len(cells) > len(COLUMNS):
        raise _fail(where, f"expected 4 to {len(COLUMNS)} tab-separated columns, got {len(cells)}")
    cells = [c.strip() for c in cells] + [""] * (len(COLUMNS) - len(cells))
    kind, lemma, with_, predicate, preps, direct, strength, cameo, example = cells
    if kind not in KINDS:
        raise _fail(where, f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if not is_predicate(predicate):
        raise _fail(where, f"unknown predicate {predicate!r} (see kgraph/vocabulary.py)")
    lemmas = tuple(lemma.lower().split())
    withs = tuple(with_.lower().split())
    if not lemmas:
        raise _fail(where, "empty lemma")
    if kind in ("phrase", "combo") and not withs:
        raise _fail(where, f"a {kind} needs a word in the 'with' column")
    if kind == "phrase" and len(withs) != 1:
        raise _fail(where, "a phrase takes one particle or preposition in 'with'")
    if kind not in ("phrase", "combo") and withs:
        raise _fail(where, f"a {kind} has no 'with' column")
    if direct not in BOOLEANS:
        raise _fail(where, f"direct must be yes or no, not {direct!r}")
    trigger = None
    if kind != "combo":
        trigger = Trigger(
            predicate,
            frozenset(preps.lower().split()),
            BOOLEANS[direct],
            _strength(strength, where),
            cameo=cameo or RELATIONS[predicate].cameo,
            source=source,
            example=example,
        )
    return Row(kind, lemmas, withs, predicate, trigger, where)


def parse_triggers(text: str, name: str, *, source: str = "kgraph") -> list[Row]:
    """Return the rows of a trigger file; a duplicate entry within it is an error."""
    rows: list[Row] = []
    seen: dict[tuple[str, str, str], str] = {}
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{name} line {line_no}"
        row = parse_row(line.rstrip("\n").split("\t"), where, source=source)
        for lemma, other in row.entries():
            key = (row.kind, lemma, other)
            if key in seen:
                entry = " ".join(w for w in (lemma, other) if w)
                raise _fail(where, f"duplicate {row.kind} {entry!r} (first at {seen[key]})")
            seen[key] = where
        rows.append(row)
    return rows


def parse_classes(text: str, name: str) -> dict[str, frozenset[str]]:
    """Return the word classes of a class file; a class defined twice is an error."""
    classes: dict[str, set[str]] = {}
    where_of: dict[str, str] = {}
    current: set[str] | None = None
    for line_no, line in enumerate(text.splitlines(), 1):
        where = f"{name} line {line_no}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("["):
            head = line.split("\t", 1)[0].strip()
            if not head.endswith("]") or len(head) < 3:
                raise _fail(where, f"a class header is [name], not {head!r}")
            cls = head[1:-1].strip()
            if cls in classes:
                raise _fail(where, f"class [{cls}] defined twice (first at {where_of[cls]})")
            current = classes[cls] = set()
            where_of[cls] = where
            continue
        if current is None:
            raise _fail(where, "words before the first [class] header")
        try:
            words = shlex.split(line)
        except ValueError as exc:
            raise _fail(where, f"cannot split the words: {exc}") from None
        for word in words:
            if word in current:
                raise _fail(where, f"duplicate word {word!r} in class [{cls}]")
            current.add(word)
    return {k: frozenset(v) for k, v in classes.items()}


def _shipped(name: str) -> str:
    try:
        path = resources.files("kgraph").joinpath("data", "lexicon", name)
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KGraphError(f"cannot read lexicon data file {name}: {exc}") from exc


def _read_user(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KGraphError(f"cannot read lexicon file {path}: {exc}") from exc


def merge(
    layers: Iterable[list[Row]], classes: dict[str, frozenset[str]], files: Sequence[str]
) -> Lexicon:
    """Return the lexicon of trigger layers, each on top of the ones before."""
    tables: dict[str, dict] = {k: {} for k in KINDS}
    for rows in layers:
        for row in rows:
            table = tables[row.kind]
            for lemma, other in row.entries():
                if row.kind == "combo":
                    table[(lemma, other)] = row.predicate
                elif row.kind == "phrase":
                    table[(lemma, other)] = row.trigger
                else:
                    table[lemma] = row.trigger
    verbs, nouns, verb_prep, verb_noun = (
        tables["verb"],
        tables["noun"],
        tables["phrase"],
        tables["combo"],
    )
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        adjectives=tables["adjective"],
        verb_prep=verb_prep,
        verb_noun=verb_noun,
        classes=classes,
        files=tuple(files),
        combo_nouns=frozenset(n for _, n in verb_noun) - frozenset(nouns),
        known_verbs=_known_verbs(verbs, verb_prep, verb_noun, classes),
    )


@lru_cache(maxsize=1)
def shipped_classes() -> dict[str, frozenset[str]]:
    """Return the shipped word classes, parsed once per process."""
    return parse_classes(_shipped(CLASSES_FILE), CLASSES_FILE)


@lru_cache(maxsize=1)
def _shipped_layers() -> tuple[list[Row], ...]:
    sources = {"derived_triggers.tsv": "petrarch2"}
    return tuple(
        parse_triggers(_shipped(n), n, source=sources.get(n, "kgraph")) for n in SHIPPED_TRIGGERS
    )


def _file_key(path: str | os.PathLike[str]) -> tuple[str, int, int]:
    p = Path(path)
    try:
        stat = p.stat()
    except OSError as exc:
        raise KGraphError(f"cannot read lexicon file {path}: {exc}") from exc
    return (str(p.resolve()), stat.st_mtime_ns, stat.st_size)


def load_lexicon(paths: Sequence[str | os.PathLike[str]] = (), *, derived: bool = True) -> Lexicon:
    """Return the shipped lexicon with the user's trigger files on top (cached by file set).

    ``derived=False`` leaves out the base converted from PETRARCH2 (for measuring it).
    """
    return _load(tuple(_file_key(p) for p in paths), derived)


@lru_cache(maxsize=8)
def _load(keys: tuple[tuple[str, int, int], ...], derived: bool = True) -> Lexicon:
    user = [parse_triggers(_read_user(path), path, source="user") for path, _, _ in keys]
    shipped = _shipped_layers() if derived else _shipped_layers()[1:]
    names = SHIPPED_TRIGGERS if derived else SHIPPED_TRIGGERS[1:]
    files = (*names, *(path for path, _, _ in keys))
    return merge((*shipped, *user), shipped_classes(), files)


NOUN_TABLES = ("anaphor", "group_head", "person_head", "org_keyword")
# tables that both give a head noun of an unnamed actor: a word is in one of them only
_HEAD_TABLES = ("group_head", "person_head")


def parse_actor_nouns(text: str, name: str) -> dict[str, dict[str, tuple[ActorType, ...]]]:
    """Return the typed noun tables of an actor-noun file (table → word → types)."""
    tables: dict[str, dict[str, tuple[ActorType, ...]]] = {t: {} for t in NOUN_TABLES}
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{name} line {line_no}"
        cells = line.split("\t")
        if len(cells) != 3:
            raise _fail(where, f"expected 3 tab-separated columns, got {len(cells)}")
        table, word, value = (c.strip() for c in cells)
        if table not in tables:
            raise _fail(where, f"unknown table {table!r} (one of {', '.join(NOUN_TABLES)})")
        if word in tables[table]:
            raise _fail(where, f"duplicate {table} {word!r}")
        if table in _HEAD_TABLES and any(word in tables[t] for t in _HEAD_TABLES):
            raise _fail(where, f"{word!r} is both a group_head and a person_head")
        try:
            tables[table][word] = tuple(ActorType(v) for v in value.split())
        except ValueError:
            raise _fail(where, f"unknown actor type in {value!r}") from None
        if not tables[table][word]:
            raise _fail(where, "no actor type")
    return tables


def parse_group_sectors(text: str, name: str) -> dict[str, str]:
    """Return head noun → CAMEO sector code from a group-sector file."""
    sectors: dict[str, str] = {}
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{name} line {line_no}"
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 2:
            raise _fail(where, f"expected 2 tab-separated columns, got {len(cells)}")
        word, code = cells
        if not (len(code) == 3 and code.isalpha() and code.isupper()):
            raise _fail(where, f"sector {code!r} is not a three-letter CAMEO code")
        if word in sectors:
            raise _fail(where, f"duplicate head {word!r}")
        sectors[word] = code
    return sectors


@lru_cache(maxsize=1)
def shipped_group_sectors() -> dict[str, str]:
    """Return the shipped group-sector table, parsed once per process."""
    return parse_group_sectors(_shipped(GROUP_SECTORS_FILE), GROUP_SECTORS_FILE)


@lru_cache(maxsize=1)
def shipped_actor_nouns() -> dict[str, dict[str, tuple[ActorType, ...]]]:
    """Return the shipped actor-noun tables, parsed once per process."""
    return parse_actor_nouns(_shipped(ACTOR_NOUNS_FILE), ACTOR_NOUNS_FILE)
