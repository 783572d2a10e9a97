"""Derive kgraph's base lexicon from the event-data field's standard dictionaries.

Run by hand; its output is committed under ``kgraph/data/lexicon/``::

    python tools/build_lexicon.py PETRARCH2_DIR [--ngec NGEC_DIR] [-o kgraph/data/lexicon]

``PETRARCH2_DIR`` holds PETRARCH2's ``CAMEO.2.0.txt`` (the CAMEO verb dictionary),
``Phoenix.agents.txt`` and the Phoenix actor dictionaries
(``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt``); ``NGEC_DIR`` holds NGEC's ``PLOVER_agents.txt``.
The file syntax is PETRARCH2's ``dictionaries.rst``. Writes:

``derived_triggers.tsv``
    verb lemmas and verb + particle phrases with the kgraph predicate of their
    CAMEO code (:func:`predicate_of`), when the word vectors agree and the verb is no
    member of the classes of ``NON_EVENT_CLASSES`` (:mod:`kgraph.extract.lexicon.vectors`),
    at :data:`SYNONYM_STRENGTH` or :data:`CODE_STRENGTH`, below the curated entries
    (0.5-0.9), which sit on top and win.
``derived_agents.tsv``
    agent nouns ("police", "rebel", "peasant") with their CAMEO sector codes.
``derived_actors.tsv``
    actors with names, aliases and dated roles (``[VENGOV >060901]``: a Venezuelan
    government actor from 2006-09-01).

Each file's header carries the sources' MIT notices, the SHA-256 of every input and
of this converter (with :mod:`phoenix_actors`, its reader of the actor dictionaries),
so that a test can tell whether the committed files are stale.
Output is sorted and byte-identical for the same inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (ROOT, HERE):  # run as a script or loaded from its file by the tests
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from phoenix_actors import (  # noqa: E402
    parse_actors,
    parse_agents,
    strip_comment,
    write_actors,
    write_agents,
)

from kgraph.extract.lexicon.loader import parse_triggers  # noqa: E402
from kgraph.vocabulary import RELATIONS  # noqa: E402

# the converter's files: their bytes make the stamp of the derived files
CONVERTER_FILES = (HERE / "build_lexicon.py", HERE / "phoenix_actors.py")


def _words(text: str) -> list[str]:
    return text.split()


VERB_FILE = "CAMEO.2.0.txt"
AGENT_FILE = "Phoenix.agents.txt"
PLOVER_AGENT_FILE = "PLOVER_agents.txt"
ACTOR_FILES = (
    ("Phoenix.Countries.actors.txt", "countries"),
    ("Phoenix.International.actors.txt", "international"),
    ("Phoenix.MilNonState.actors.txt", "milnonstate"),
)
CURATED = ROOT / "kgraph" / "data" / "lexicon" / "triggers.tsv"
CLASSES = ROOT / "kgraph" / "data" / "lexicon" / "classes.txt"

# A derived verb that is a synonym of a curated verb (same synset, same predicate) is
# surer than one that only has a CAMEO code; both stay below the curated defaults.
SYNONYM_STRENGTH = 0.5
CODE_STRENGTH = 0.4
COMBO_STRENGTH = 0.0  # combinations take the noun's strength (see triggers.noun_trigger)

# CAMEO codes whose predicate is not the longest-prefix match of kgraph/vocabulary.py
EXACT = {
    "183": "attacks",  # bombings
    "1831": "attacks",
    "1832": "attacks",
    "1833": "attacks",
    "195": "attacks",  # aerial weapons
    "1951": "attacks",
    "1952": "attacks",
    "1823": "kills",  # killing by physical assault
    "201": "expels",  # mass expulsion
    "202": "kills",  # mass killings
    "203": "kills",  # ethnic cleansing
}
# the family's nearest predicate for a two-digit root
ROOT_PREDICATE = {
    "02": "appealsTo",
    "03": "expressesIntentToCooperateWith",
    "04": "consultsWith",
    "05": "cooperatesWith",
    "06": "cooperatesMateriallyWith",
    "07": "providesAidTo",
    "08": "yieldsTo",
    "09": "investigates",
    "10": "demands",
    "11": "criticizes",
    "12": "rejects",
    "13": "threatens",
    "14": "protestsAgainst",
    "15": "mobilizesAgainst",
    "16": "reducesRelationsWith",
    "17": "coerces",
    "18": "assaults",
    "19": "fightsAgainst",
}
# Roots skipped: 01 (public statements: "estimate", "observe", "predict" have no target
# in news), 09 (investigation: "examine", "scrutinize", "audit" take a proposal or a
# position as their object in news, rarely an actor) and the rest of 20
# (unconventional mass violence beyond EXACT).
SKIPPED_ROOTS = frozenset({"01", "09", "20"})

# Verbs too general to carry their synset's code in news are the class [general_verbs]
# of kgraph/data/lexicon/classes.txt: the most frequent English verbs, whose everyday
# sense is not the synset's ("face" a problem, "hold" a post, "run" a country), then
# the verbs that passed the vector check but whose common news sense takes no actor as
# its object or is not the synset's event ("block" a road, "contain" a virus, "settle"
# in a country, "study" a plan, "tour" a region), read off the converter's output.
# kgraph's structural classes (light, control, speech and aspect verbs) are skipped
# too: their meaning in kgraph is not an event.
PARTICLES = frozenset(
    _words("up down out off on in into at with against for to from over back away upon by")
)
CODE = re.compile(r"\[\s*([0-9]*)\s*(?::\s*([0-9]*))?\s*\]")
MIT_NOTICE = (
    "Permission is hereby granted, free of charge, to any person obtaining a copy of "
    'this software and associated documentation files (the "Software"), to deal in '
    "the Software without restriction, including without limitation the rights to use, "
    "copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the "
    "Software, and to permit persons to whom the Software is furnished to do so, subject "
    "to the following conditions:",
    "The above copyright notice and this permission notice shall be included in all "
    "copies or substantial portions of the Software.",
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR '
    "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR "
    "A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT "
    "HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF "
    "CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE "
    "OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
)
COPYRIGHTS = {
    "petrarch2": (
        "PETRARCH2 dictionaries: Copyright (c) 2014 Open Event Data; CAMEO verb "
        "dictionary: Copyright (c) 2015 Open Event Data Alliance (MIT License)"
    ),
    "ngec": (
        "NGEC assets (PLOVER_agents.txt): Andrew Halterman, provided by the Computational "
        "Event Data System Project (MIT License)"
    ),
}


# --- the CAMEO verb dictionary -------------------------------------------------------


@dataclass
class Synset:
    """One verb synset of CAMEO.2.0.txt: its verbs and the patterns that refine them."""

    name: str
    code: str | None
    verbs: list[tuple[str, str | None]] = field(default_factory=list)  # (form, own code)
    patterns: list[tuple[str, str, str, str]] = field(default_factory=list)  # pre, post, code, verb


def _code(text: str) -> str | None:
    """Return the source-side code of ``[code]`` / ``[source:target]``, or None."""
    m = CODE.search(text)
    if m is None or not m.group(1):
        return None
    return m.group(1)


def parse_verbs(text: str) -> tuple[list[Synset], dict[str, list[str]]]:
    """Return the verb synsets and the noun synsets (``&NAME``) of a verb dictionary."""
    synsets: list[Synset] = []
    nouns: dict[str, list[str]] = {}
    noun: list[str] | None = None
    current: Synset | None = None
    for raw in text.splitlines():
        if raw.startswith("#"):
            continue
        line, comment = strip_comment(raw)
        if not line:
            noun = None
            continue
        if line.startswith("---"):
            name = line.strip("- ").split("[")[0].strip()
            current = Synset(name, _code(line))
            synsets.append(current)
            noun = None
        elif line.startswith("&") and current is None:
            noun = nouns.setdefault(line[1:].split()[0], [])
        elif noun is not None and line.startswith("+"):
            noun.append(line[1:].split()[0])
        elif current is None:
            continue
        elif line.startswith("-"):
            body = line[1:].split("[")[0].strip()
            pre, _, post = body.partition("*")
            code = CODE.search(line)
            if code is not None:
                verb = comment.split()[0] if comment else ""
                current.patterns.append((pre.strip(), post.strip(), code.group(1) or "", verb))
        else:
            form = line.split("{")[0].split("[")[0].strip()
            own = _code(line.split("}")[-1]) if "[" in line else None
            current.verbs.append((form, own))
    return synsets, nouns


def predicate_of(code: str | None) -> str | None:
    """Return kgraph's predicate for a CAMEO event code, or None to skip it.

    The longest prefix of the code that is a predicate's own code wins ("0841" →
    ``releases``, "042" → ``consultsWith`` by its root); :data:`EXACT` settles the codes
    whose nearest predicate is not the prefix's; a root is mapped to its family's
    nearest predicate (:data:`ROOT_PREDICATE`); the roots of :data:`SKIPPED_ROOTS` are
    skipped.

    >>> predicate_of("0841"), predicate_of("042"), predicate_of("195"), predicate_of("012")
    ('releases', 'consultsWith', 'attacks', None)
    """
    if not code or len(code) < 2 or not code.isdigit():
        return None
    if code in EXACT:
        return EXACT[code]
    if code[:2] in SKIPPED_ROOTS:
        return None
    by_code: dict[str, str] = {}
    for name, kind in RELATIONS.items():
        if kind.cameo:
            by_code.setdefault(kind.cameo, name)  # "190": fightsAgainst, the first listed
    for n in range(len(code), 2, -1):
        if code[:n] in by_code:
            return by_code[code[:n]]
    return ROOT_PREDICATE.get(code[:2])


def _singular(word: str) -> str:
    """Return a crude singular of a dictionary noun (the dictionaries list both)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@dataclass(frozen=True)
class Derived:
    """One derived trigger entry."""

    kind: str
    lemma: str
    with_: str
    predicate: str
    strength: float
    cameo: str


def _verb_form(form: str) -> tuple[str, str] | None:
    """Return (lemma, particle) of a dictionary verb form, or None when unusable."""
    multi = form.startswith("+")
    words = form.lstrip("+").strip("_").lower().split("_")
    if not all(w.isalpha() for w in words):
        return None
    if not multi and len(words) == 1:
        return words[0], ""
    if len(words) == 2 and words[1] in PARTICLES and not words[0].endswith(("ed", "ing")):
        return words[0], words[1]
    return None


def _same_family(predicate: str, code: str) -> bool:
    coded = predicate_of(code)
    return coded is not None and RELATIONS[predicate].family == RELATIONS[coded].family


def _curated_predicates(curated: dict[tuple[str, str], str], synset: Synset) -> Counter[str]:
    votes: Counter[str] = Counter()
    for form, _ in synset.verbs:
        parsed = _verb_form(form)
        if parsed is not None and parsed in curated:
            votes[curated[parsed]] += 1
    return votes


def derive_triggers(
    synsets: Iterable[Synset],
    nouns: dict[str, list[str]],
    curated: dict[tuple[str, str], str],
    skip: frozenset[str],
    agrees: Callable[[str, str], bool] | None = None,
    curated_nouns: frozenset[tuple[str, str]] | None = None,
) -> list[Derived]:
    """Return the derived entries of the verb synsets (see the module docstring).

    ``agrees(lemma, predicate)`` is the second opinion a verb needs (the word vectors'
    nearest class, see :mod:`kgraph.extract.lexicon.vectors`); None keeps every verb.
    Verb + noun combinations from the patterns come only with ``curated_nouns`` (the
    curated nouns, which keep their own reading): measured on PLOVER and re3d they
    cost precision and recall (docs/extraction.md), so :func:`build` leaves them out.
    """
    found: dict[tuple[str, str, str], Derived] = {}
    phrase_verbs = {verb for verb, particle in curated if particle}
    ambiguous: set[tuple[str, str, str]] = set()

    def add(entry: Derived) -> None:
        key = (entry.kind, entry.lemma, entry.with_)
        other = found.get(key)
        if other is not None and other.predicate != entry.predicate:
            ambiguous.add(key)  # a verb in two synsets of different predicates: unsure
        elif other is None or entry.strength > other.strength:
            found[key] = entry

    for synset in synsets:
        votes = _curated_predicates(curated, synset)
        synonym = votes.most_common(1)[0][0] if len(votes) == 1 else None
        for form, own in synset.verbs:
            parsed = _verb_form(form)
            if parsed is None or parsed in curated:
                continue
            lemma, particle = parsed
            if lemma in skip:
                continue
            if particle and (lemma, "") in curated:
                continue  # the curated verb reads its own particles ("fight against")
            if not particle and lemma in phrase_verbs:
                continue  # the curated phrases read it ("recapture X *from* Y")
            code = own or synset.code
            predicate = predicate_of(code)
            if predicate is None or code is None:
                continue  # an uncoded synset: PETRARCH codes its verbs by pattern only
            strength = CODE_STRENGTH
            if synonym is not None and _same_family(synonym, code):
                # "behead" in KILL [190] beside the curated "kill" (kills, 186)
                predicate, strength = synonym, SYNONYM_STRENGTH
            if agrees is not None and not agrees(lemma, predicate):
                continue
            kind = "phrase" if particle else "verb"
            add(Derived(kind, lemma, particle, predicate, strength, code or ""))
        if curated_nouns is not None:
            for entry in _pattern_combos(synset, nouns, curated, curated_nouns):
                add(entry)
    return sorted(
        (e for k, e in found.items() if k not in ambiguous),
        key=lambda e: (e.kind, e.lemma, e.with_),
    )


def _pattern_combos(
    synset: Synset,
    nouns: dict[str, list[str]],
    curated: dict[tuple[str, str], str],
    curated_nouns: frozenset[tuple[str, str]],
) -> Iterator[Derived]:
    """Yield verb + noun combinations from patterns ``- * NOUN [code] # VERB``."""
    for pre, post, code, verb in synset.patterns:
        predicate = predicate_of(code)
        if pre or predicate is None or not verb or " " in post or "(" in post:
            continue
        parsed = _verb_form(verb)
        if parsed is None or parsed[1]:
            continue
        if post.startswith("&"):
            heads = [n for n in nouns.get(post[1:], ()) if "_" not in n.strip("_")]
        else:
            heads = [post]
        for head in heads:
            word = head.strip("_").lower()
            if not word.isalpha() or word in PARTICLES:
                continue
            noun = _singular(word)
            if (parsed[0], noun) in curated or (noun, "") in curated_nouns:
                continue  # a curated noun keeps its own reading under any verb
            yield Derived("combo", parsed[0], noun, predicate, COMBO_STRENGTH, code)


# --- writing ------------------------------------------------------------------------


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def converter_digest() -> str:
    """Return the SHA-256 of the converter's files, in :data:`CONVERTER_FILES` order."""
    return _sha(b"".join(path.read_bytes() for path in CONVERTER_FILES))


def header(title: str, sources: dict[str, bytes], licences: Iterable[str]) -> list[str]:
    """Return the comment lines that head a derived file (notices and stamps)."""
    lines = [
        f"# {title}",
        "# Derived by tools/build_lexicon.py; do not edit by hand (rerun it instead).",
        f"# converter-sha256: {converter_digest()}",
    ]
    lines += [f"# input-sha256: {name} {_sha(data)}" for name, data in sorted(sources.items())]
    for licence in licences:
        lines.append(f"# {COPYRIGHTS[licence]}.")
    lines.append("# The MIT License (MIT)")
    lines += [f"# {paragraph}" for paragraph in MIT_NOTICE]
    return lines


def _format(value: float) -> str:
    return f"{value:g}"


def write_triggers(
    entries: list[Derived], head: list[str], preps: dict[str, tuple[str, str]]
) -> str:
    """Return the text of derived_triggers.tsv (``preps``: predicate → (preps, direct))."""
    lines = [*head, "# kind\tlemma\twith\tpredicate\tpreps\tdirect\tstrength\tcameo\texample"]
    for e in entries:
        if e.kind == "combo":
            lines.append(f"combo\t{e.lemma}\t{e.with_}\t{e.predicate}\t\t\t\t{e.cameo}\t")
        else:
            objects, direct = preps.get(e.predicate, ("", "yes"))
            lines.append(
                f"{e.kind}\t{e.lemma}\t{e.with_}\t{e.predicate}\t{objects}\t{direct}\t"
                f"{_format(e.strength)}\t{e.cameo}\t"
            )
    return "\n".join(lines) + "\n"


def _default_preps(rows: list) -> dict[str, tuple[str, str]]:
    """Return each predicate's most common (preps, direct) among the curated verbs."""
    votes: dict[str, Counter[tuple[str, str]]] = {}
    for row in rows:
        if row.kind == "verb" and row.trigger is not None:
            key = (" ".join(sorted(row.trigger.preps)), "yes" if row.trigger.direct else "no")
            votes.setdefault(row.predicate, Counter())[key] += len(row.lemmas)
    return {p: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for p, c in votes.items()}


def _vector_opinion(rows: list, model: str | None) -> Callable[[str, str], bool] | None:
    """Return the vectors' test of a derived verb: its nearest class has the same CAMEO root."""
    if model == "none":
        return None
    from kgraph.extract.lexicon import vectors
    from kgraph.nlp.models import load_model

    vocab = load_model(model).vocab
    verbs = {
        lemma: row.predicate
        for row in rows
        if row.kind == "verb" and RELATIONS[row.predicate].cameo is not None
        for lemma in row.lemmas
    }
    classes = vectors.centroids(verbs, vocab)

    def agrees(lemma: str, predicate: str) -> bool:
        found = vectors.nearest(lemma, vocab, classes)
        return found is not None and vectors.same_root(found[0], predicate)

    return agrees


def build(
    petrarch: Path,
    ngec: Path | None,
    out: Path,
    *,
    curated_path: Path = CURATED,
    model: str | None = None,
) -> None:
    """Convert the dictionaries in ``petrarch`` (and ``ngec``) into ``out``.

    ``model`` is the spaCy pipeline whose vectors give the second opinion on derived
    verbs (default: the best installed); ``"none"`` keeps every verb.
    """
    curated_text = curated_path.read_bytes()
    rows = parse_triggers(curated_text.decode("utf-8"), curated_path.name)
    curated = {
        key: row.predicate
        for row in rows
        if row.kind in ("verb", "phrase", "combo")
        for key in row.entries()
    }
    verb_bytes = (petrarch / VERB_FILE).read_bytes()
    synsets, nouns = parse_verbs(verb_bytes.decode("utf-8", "replace"))
    skip = _structural_verbs()
    agrees = _vector_opinion(rows, model)
    entries = derive_triggers(synsets, nouns, curated, skip, agrees)
    head = header(
        "Trigger verbs derived from PETRARCH2's CAMEO 2.0 verb dictionary",
        {
            VERB_FILE: verb_bytes,
            "kgraph/data/lexicon/triggers.tsv": curated_text,
            "kgraph/data/lexicon/classes.txt": CLASSES.read_bytes(),
        },
        ["petrarch2"],
    )
    out.mkdir(parents=True, exist_ok=True)
    (out / "derived_triggers.tsv").write_text(
        write_triggers(entries, head, _default_preps(rows)), encoding="utf-8"
    )

    agent_sources = {AGENT_FILE: (petrarch / AGENT_FILE).read_bytes()}
    if ngec is not None and (ngec / PLOVER_AGENT_FILE).exists():
        agent_sources[PLOVER_AGENT_FILE] = (ngec / PLOVER_AGENT_FILE).read_bytes()
    agents: dict[str, tuple[str, ...]] = {}
    for data in agent_sources.values():
        for noun, codes in parse_agents(data.decode("utf-8", "replace")).items():
            agents[noun] = tuple(dict.fromkeys((*agents.get(noun, ()), *codes)))
    licences = ["petrarch2"] + (["ngec"] if PLOVER_AGENT_FILE in agent_sources else [])
    head = header("Agent nouns with CAMEO sector codes", agent_sources, licences)
    (out / "derived_agents.tsv").write_text(write_agents(agents, head), encoding="utf-8")

    actor_sources = {name: (petrarch / name).read_bytes() for name, _ in ACTOR_FILES}
    actors = [
        a
        for name, dictionary in ACTOR_FILES
        for a in parse_actors(actor_sources[name].decode("utf-8", "replace"), dictionary)
    ]
    head = header("Actors with aliases and dated roles (Phoenix)", actor_sources, ["petrarch2"])
    (out / "derived_actors.tsv").write_text(write_actors(actors, head), encoding="utf-8")


def _structural_verbs() -> frozenset[str]:
    from kgraph.extract.lexicon.loader import shipped_classes
    from kgraph.extract.lexicon.vectors import NON_EVENT_CLASSES

    classes = shipped_classes()
    return frozenset().union(*(classes[n] for n in NON_EVENT_CLASSES))


def main(argv: list[str] | None = None) -> int:
    """Run the converter from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("petrarch", type=Path, help="folder of the PETRARCH2 dictionaries")
    parser.add_argument("--ngec", type=Path, help="folder of NGEC's assets")
    parser.add_argument(
        "-o", "--out", type=Path, default=ROOT / "kgraph" / "data" / "lexicon", help="folder"
    )
    parser.add_argument(
        "--model", help="spaCy pipeline for the vector check (default: best; 'none': off)"
    )
    args = parser.parse_args(argv)
    build(args.petrarch, args.ngec, args.out, model=args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
