"""Merge the actors of several documents that are one real-world actor.

Each document is read on its own, so one person can come out as several
actors across a corpus ("Hamza bin Laden", "Hamza Bin Ladin"), and so can one
body ("US Embassy", "U.S. Embassy"). :func:`link_actors` looks at every actor
of every document once and merges by these rules, strongest first:

``qid``
    the same Wikidata QID;
``cameo``
    the same CAMEO actor code where that code names one actor: a state's
    three-letter code, or a country's government (``IRQGOV``) between two
    actors typed Government whose labels call them a government or an
    administration. CAMEO codes are actor classes, not identities: a court, a
    ministry and the government all code ``USAGOV``, and they stay apart;
``name``
    the same normalised label (case, accents, punctuation, "the" and
    possessives ignored) and the same type;
``fuzzy``
    a rapidfuzz similarity (:func:`rapidfuzz.fuzz.ratio` of the normalised
    labels) of at least :data:`FUZZY_THRESHOLD`, the same type, the same first
    letter, the same digits, and labels of at least :data:`FUZZY_MIN_LENGTH`
    characters.

``part``
    inside one document, a person's label whose words are a run of the words
    of other persons' labels ("Hamza", "Hamza bin" beside "Hamza bin Laden"),
    or the one-word head that ends another label of its type ("Embassy" beside
    "U.S. Embassy", but not "Baghdad" beside "Baghdad International Airport"),
    when all those longer actors are already one group; "Kim" beside "Kim Jong
    Un" and "Kim Yo Jong" stays apart. Places and unnamed groups never merge
    this way: "Central Europe" is not Europe, "Afghan civilians" not all
    civilians.

A one-word label ("Parliament", "Commission", "Khan") names too many actors:
it merges by name only when both actors have the same known country, and never
fuzzily.

No rule merges two actors whose QIDs differ, or whose countries (or ISO codes)
are both known and differ: "Iran" and "Iraq" never merge. The merged actor
keeps the strongest member's id and label (a QID first, then a label of
two words or more, the most documents, the most mentions, the longest
label, the smallest id), every
label and alias of every member, and one :class:`~kgraph.model.ActorMerge`
per absorbed id saying which rule joined it and with which score. The result
depends only on the input, never on dictionary or hash order.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kgraph.extract.lexicon.loader import shipped_classes
from kgraph.model import Actor, ActorMerge, ActorType, DocumentExtraction

FUZZY_THRESHOLD = 92.0
FUZZY_MIN_LENGTH = 8
PART_EXCLUDED = frozenset((ActorType.LOCATION, ActorType.GROUP))
# the words by which a label says it is a state's government as a whole, not one of its bodies
GOVERNMENT_WORDS = shipped_classes()["whole_government_words"]
_NON_WORD = re.compile(r"[^\w]+")
_DIGITS = re.compile(r"\d+")
_POSSESSIVE = re.compile(r"['’]s\b")
_ARTICLES = frozenset(("the", "a", "an"))


def normalise_name(text: str) -> str:
    """Return a name without case, accents, punctuation, articles or possessives.

    >>> normalise_name("The U.S. Embassy"), normalise_name("Bashir al] Assad")
    ('us embassy', 'bashir al assad')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _POSSESSIVE.sub("", text).replace(".", "")
    return " ".join(w for w in _NON_WORD.split(text) if w and w not in _ARTICLES and w != "_")


@dataclass(frozen=True)
class _Entry:
    """One distinct actor id of the corpus, as first seen, with what all documents say of it."""

    actor: Actor
    name: str
    documents: int
    mentions: int


def _place(actor: Actor) -> str | None:
    return actor.country or actor.iso


def compatible(a: Actor, b: Actor) -> bool:
    """Return False when two actors cannot be one: different QIDs, or different countries."""
    if a.qid and b.qid and a.qid != b.qid:
        return False
    pa, pb = _place(a), _place(b)
    return not (pa and pb and pa != pb)


def fuzzy_score(a: str, b: str) -> float:
    """Return the similarity (0–100) of two normalised names; 0 when they must not be compared.

    >>> round(fuzzy_score("hamza bin laden", "hamza bin ladin"), 1)
    93.3
    >>> fuzzy_score("resolution 2231", "resolution 2232")
    0.0
    """
    from rapidfuzz import fuzz

    if min(len(a), len(b)) < FUZZY_MIN_LENGTH or _DIGITS.findall(a) != _DIGITS.findall(b):
        return 0.0
    return float(fuzz.ratio(a, b))


class _Groups:
    """Union-find over actor ids that records the edge by which each union happened.

    A union that would put two QIDs or two countries into one group is refused,
    so a chain of fuzzy matches cannot join "Iran" to "Iraq" through a third name.
    """

    def __init__(self, entries: dict[str, _Entry]) -> None:
        self.parent = {i: i for i in entries}
        self.qids = {i: {e.actor.qid} - {None} for i, e in entries.items()}
        self.places = {i: {_place(e.actor)} - {None} for i, e in entries.items()}
        self.edges: list[tuple[str, str, str, float]] = []

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str, rule: str, score: float) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        qids, places = self.qids[ra] | self.qids[rb], self.places[ra] | self.places[rb]
        if len(qids) > 1 or len(places) > 1:
            return
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.qids[root], self.places[root] = qids, places
        self.edges.append((a, b, rule, score))


@dataclass(frozen=True)
class LinkInput:
    """What linking reads of one document: its actors and how many mentions each has.

    The actors' own ``mentions`` are not read (a build keeps them out, see
    :mod:`kgraph.outputs.records`); ``mentions`` counts them, actor by actor.
    """

    actors: tuple[Actor, ...]
    mentions: tuple[int, ...]


def link_input(extraction: DocumentExtraction) -> LinkInput:
    """Return what linking reads of one extraction."""
    return LinkInput(extraction.actors, tuple(len(a.mentions) for a in extraction.actors))


def _entries(inputs: Sequence[LinkInput]) -> dict[str, _Entry]:
    first: dict[str, Actor] = {}
    docs: dict[str, int] = defaultdict(int)
    mentions: dict[str, int] = defaultdict(int)
    for item in inputs:
        for actor, count in zip(item.actors, item.mentions, strict=True):
            first.setdefault(actor.id, actor)
            docs[actor.id] += 1
            mentions[actor.id] += count
    return {
        i: _Entry(a, normalise_name(a.label), docs[i], mentions[i])
        for i, a in sorted(first.items())
    }


def cameo_key(actor: Actor, name: str) -> str | None:
    """Return the CAMEO code that identifies this actor alone, or None (see the module docstring).

    >>> cameo_key(Actor("government-of-iraq", "Government of Iraq", ActorType.GOVERNMENT,
    ...                 cameo="IRQGOV"), "government of iraq")
    'IRQGOV'
    >>> cameo_key(Actor("government-us-supreme-court", "US Supreme Court", ActorType.GOVERNMENT,
    ...                 cameo="USAGOV"), "us supreme court") is None
    True
    """
    code = actor.cameo or ""
    if actor.type is ActorType.STATE and len(code) == 3 and code.isalpha():
        return code
    if (
        actor.type is ActorType.GOVERNMENT
        and len(code) == 6
        and code.endswith("GOV")
        and code[:3] != "GOV"
        and GOVERNMENT_WORDS & set(name.split())
    ):
        return code
    return None


def _nameable(entry: _Entry) -> bool:
    """Return True when a label is specific enough to merge by (two words or more)."""
    return " " in entry.name


def _exact_rules(entries: dict[str, _Entry], groups: _Groups) -> None:
    for rule in ("qid", "cameo", "name"):
        buckets: dict[object, list[str]] = defaultdict(list)
        for i, e in entries.items():
            a = e.actor
            if rule == "qid" and a.qid:
                buckets[a.qid].append(i)
            elif rule == "cameo" and (code := cameo_key(a, e.name)) is not None:
                buckets[(code, a.type)].append(i)
            elif rule == "name" and e.name:
                # a one-word label only within one known country: "Parliament" is many
                place = None if _nameable(e) else _place(a)
                if _nameable(e) or place:
                    buckets[(e.name, a.type, place)].append(i)
        for key in buckets:
            _join_bucket(entries, groups, buckets[key], rule)


def _join_bucket(entries: dict[str, _Entry], groups: _Groups, ids: list[str], rule: str) -> None:
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if compatible(entries[a].actor, entries[b].actor):
                groups.union(a, b, rule, 100.0)


def _fuzzy_rule(entries: dict[str, _Entry], groups: _Groups) -> None:
    import numpy as np
    from rapidfuzz import fuzz, process

    # Compared within one type and one first letter: a corpus of 100,000 names then needs
    # blocks of a few thousand, one byte a pair, instead of one 10^10-cell matrix.
    blocks: dict[tuple[ActorType, str], list[str]] = defaultdict(list)
    for i, e in entries.items():
        if len(e.name) >= FUZZY_MIN_LENGTH and _nameable(e):
            blocks[(e.actor.type, e.name[0])].append(i)
    for key in sorted(blocks, key=lambda k: (k[0].value, k[1])):
        ids = blocks[key]
        names = [entries[i].name for i in ids]
        scores = process.cdist(
            names, names, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD - 1, dtype=np.uint8
        )
        for row, col in np.argwhere(np.triu(scores, 1) >= FUZZY_THRESHOLD - 1):
            a, b = ids[row], ids[col]
            ea, eb = entries[a], entries[b]
            if ea.name == eb.name or not compatible(ea.actor, eb.actor):
                continue
            score = fuzzy_score(ea.name, eb.name)
            if score >= FUZZY_THRESHOLD:
                groups.union(a, b, "fuzzy", round(score, 1))


def _contains(longer: list[str], shorter: list[str], *, person: bool) -> bool:
    """Return True when ``shorter`` is a run of ``longer`` (a person) or ends it (others)."""
    n = len(shorter)
    if n >= len(longer):
        return False
    if not person:  # the head of a name comes last: "Embassy" is the "U.S. Embassy"
        return n == 1 and longer[-1:] == shorter
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _part_rule(inputs: Sequence[LinkInput], entries: dict[str, _Entry], groups: _Groups) -> None:
    for item in inputs:
        ids = sorted({a.id for a in item.actors if entries[a.id].name})
        words = {i: entries[i].name.split() for i in ids}
        # longest first, so "Hamza bin" meets its containers already joined
        for short in sorted(ids, key=lambda i: (-len(words[i]), i)):
            kind = entries[short].actor.type
            if kind in PART_EXCLUDED or entries[short].actor.label.islower():
                continue  # "militants" is a description, no short form of "BLA militants"
            person = kind is ActorType.PERSON
            containers = [
                i
                for i in ids
                if entries[i].actor.type is kind
                and _contains(words[i], words[short], person=person)
            ]
            if containers and len({groups.find(i) for i in containers}) == 1:
                groups.union(containers[0], short, "part", 100.0)


def _rank(e: _Entry) -> tuple[object, ...]:
    # a one-word label ("Wine", "Hamza") is the weakest name of a group that has a full one
    one_word = not _nameable(e)
    return (
        e.actor.qid is None,
        one_word,
        -e.documents,
        -e.mentions,
        -len(e.actor.label),
        e.actor.id,
    )


def _merged_actor(members: list[_Entry], merges: tuple[ActorMerge, ...]) -> Actor:
    head = members[0].actor
    names: list[str] = []
    for e in members:
        names.extend((e.actor.label, *e.actor.aliases))
    aliases = tuple(dict.fromkeys(n for n in names if n and n != head.label))

    def first(field: str) -> str | None:
        return next((v for e in members if (v := getattr(e.actor, field))), None)

    return replace(
        head,
        aliases=aliases,
        qid=first("qid"),
        iso=first("iso"),
        cameo=first("cameo"),
        country=first("country"),
        office=first("office"),
        mentions=(),
        merged_from=merges,
    )


def _plan(entries: dict[str, _Entry], groups: _Groups) -> tuple[dict[str, Actor], list[ActorMerge]]:
    """Return the merged actor of every absorbed or absorbing id, and the merge records."""
    members: dict[str, list[_Entry]] = defaultdict(list)
    for i, e in entries.items():
        members[groups.find(i)].append(e)
    merged: dict[str, Actor] = {}
    records: list[ActorMerge] = []
    for group in members.values():
        if len(group) < 2:
            continue
        group.sort(key=_rank)
        into = group[0].actor.id
        merges = tuple(
            ActorMerge(e.actor.id, into, e.actor.label, *_joining_edge(groups, e.actor.id))
            for e in group[1:]
        )
        actor = _merged_actor(group, merges)
        merged.update((e.actor.id, actor) for e in group)
        records.extend(merges)
    return merged, sorted(records, key=lambda m: (m.into, m.merged))


def _joining_edge(groups: _Groups, actor_id: str) -> tuple[str, float]:
    rule, score = next((r, s) for a, b, r, s in groups.edges if actor_id in (a, b))
    return rule, score


def _rewrite(extraction: DocumentExtraction, merged: dict[str, Actor]) -> DocumentExtraction:
    if not any(a.id in merged for a in extraction.actors):
        return extraction
    new_id = {a.id: merged[a.id].id if a.id in merged else a.id for a in extraction.actors}
    actors: dict[str, Actor] = {}
    for actor in extraction.actors:
        target = merged.get(actor.id)
        if target is None:
            actors[actor.id] = actor
            continue
        kept = actors.get(target.id, target)
        mentions = sorted({*kept.mentions, *actor.mentions}, key=lambda m: (m.start, m.end))
        actors[target.id] = replace(kept, mentions=tuple(mentions))
    relations = []
    dropped = 0
    for rel in extraction.relations:
        s, o = new_id.get(rel.subject, rel.subject), new_id.get(rel.object, rel.object)
        if s == o:  # two actors of one document became one: no tie with itself
            dropped += 1
            continue
        attributed = rel.attributed_to  # an actor id, or a phrase kept as it is
        if attributed is not None:
            attributed = new_id.get(attributed, attributed)
        relations.append(replace(rel, subject=s, object=o, attributed_to=attributed))
    warnings = extraction.warnings
    if dropped:
        warnings = (*warnings, f"{dropped} relation(s) between actors merged into one left out")
    return replace(
        extraction, actors=tuple(actors.values()), relations=tuple(relations), warnings=warnings
    )


def link_actors(
    extractions: Sequence[DocumentExtraction],
) -> tuple[tuple[DocumentExtraction, ...], tuple[ActorMerge, ...]]:
    """Merge the actors of a corpus that are one actor; return new extractions and the merges.

    The extractions keep their order; an extraction none of whose actors
    merged is returned as it was. The merges are sorted by (kept id, merged id).
    """
    merged, records = link_plan(extractions)
    if not merged:
        return tuple(extractions), ()
    return tuple(_rewrite(e, merged) for e in extractions), records


def link_plan(
    extractions: Sequence[DocumentExtraction | LinkInput],
) -> tuple[dict[str, Actor], tuple[ActorMerge, ...]]:
    """Return the merged actor of every id that merges, and the merge records.

    Ids that merge into one share one :class:`~kgraph.model.Actor` object.
    :func:`link_actors` rewrites the documents with it; a build also hashes
    it, to tell which documents a merge changed. A document may be given as
    its :class:`LinkInput`, all that is read of it: the plan is the same.
    """
    inputs = [x if isinstance(x, LinkInput) else link_input(x) for x in extractions]
    entries = _entries(inputs)
    groups = _Groups(entries)
    _exact_rules(entries, groups)
    _fuzzy_rule(entries, groups)
    _part_rule(inputs, entries, groups)
    merged, records = _plan(entries, groups)
    return merged, tuple(records)


def rewrite(extraction: DocumentExtraction, merged: dict[str, Actor]) -> DocumentExtraction:
    """Return a document's extraction with its merged actors in place (see :func:`link_plan`)."""
    return _rewrite(extraction, merged)
