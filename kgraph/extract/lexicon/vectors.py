"""Place a word in the nearest trigger class of the lexicon by the pipeline's word vectors.

A trigger class is a predicate; its centroid is the mean of the unit vectors of the
lexicon's own verbs (or nouns) for it. A word's nearest class is the centroid of
highest cosine similarity. Two uses:

* ``tools/build_lexicon.py`` keeps a verb from PETRARCH2's dictionary only when the
  vectors' nearest class has the CAMEO root of the predicate the dictionary gives
  it (two independent sources agree);
* the extractor's fallback (``vector_fallback=True``) reads an unknown event verb
  as its nearest class when the similarity clears :data:`FALLBACK_THRESHOLD`, at
  :data:`FALLBACK_STRENGTH`, marked ``{"basis": "vector"}`` in the relation's
  attributes.

Pipelines without vectors (``en_core_web_sm``) have no nearest class: the fallback is
then silent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kgraph.vocabulary import RELATIONS

if TYPE_CHECKING:
    import numpy as np
    from spacy.vocab import Vocab

    from kgraph.extract.lexicon.loader import Lexicon
    from kgraph.extract.lexicon.schema import Trigger

FALLBACK_THRESHOLD = 0.7
FALLBACK_STRENGTH = 0.35
# word classes whose verbs are no event of their own: neither derived nor guessed
NON_EVENT_CLASSES = (
    "general_verbs",
    "light_verbs",
    "planning_control_verbs",
    "aspect_control_verbs",
    "object_control_verbs",
    "speech_verbs",
    "planning_verbs",
    "negating_verbs",
    "asking_verbs",
    "receiving_verbs",
)


@dataclass(frozen=True, eq=False)
class Centroids:
    """The unit centroid of each trigger class, and the matrix to compare words with."""

    predicates: tuple[str, ...]
    matrix: np.ndarray  # one unit row per predicate


def centroids(words: Mapping[str, str] | Iterable[tuple[str, str]], vocab: Vocab) -> Centroids:
    """Return the class centroids of ``(lemma, predicate)`` pairs that have vectors."""
    import numpy as np

    pairs = words.items() if isinstance(words, Mapping) else words
    rows: dict[str, list[np.ndarray]] = {}
    for lemma, predicate in sorted(pairs):
        vec = unit(lemma, vocab)
        if vec is not None:
            rows.setdefault(predicate, []).append(vec)
    names = tuple(sorted(rows))
    if not names:
        return Centroids((), np.zeros((0, 0), dtype="float32"))
    matrix = np.stack([np.mean(rows[p], axis=0) for p in names])
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return Centroids(names, matrix)


def unit(word: str, vocab: Vocab) -> np.ndarray | None:
    """Return the unit vector of a word, or None when the pipeline has none for it."""
    import numpy as np

    if not vocab.has_vector(word):
        return None
    vec = np.asarray(vocab.get_vector(word), dtype="float32")
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else None


def nearest(word: str, vocab: Vocab, classes: Centroids) -> tuple[str, float] | None:
    """Return the nearest class of a word and its cosine similarity, or None."""
    vec = unit(word, vocab)
    if vec is None or not classes.predicates:
        return None
    sims = classes.matrix @ vec
    best = int(sims.argmax())
    return classes.predicates[best], float(sims[best])


def same_root(a: str, b: str) -> bool:
    """Tell whether two predicates share a CAMEO root ("kills" and "assaults": 18)."""
    ca, cb = RELATIONS[a].cameo, RELATIONS[b].cameo
    return a == b or (ca is not None and cb is not None and ca[:2] == cb[:2])


def verb_centroids(verbs: Mapping[str, Trigger], vocab: Vocab) -> Centroids:
    """Return the class centroids of a lexicon's curated verbs (event predicates only)."""
    return centroids(
        (
            (lemma, t.predicate)
            for lemma, t in verbs.items()
            if t.source == "kgraph" and RELATIONS[t.predicate].cameo is not None
        ),
        vocab,
    )


class VectorFallback:
    """Read an unknown event verb as the nearest trigger class of the lexicon.

    Called with a verb lemma the lexicon does not know; returns a :class:`Trigger` of
    the nearest class (``source="vector"``) when the cosine similarity clears
    ``threshold``, else None. Answers are remembered per lemma (deterministic).
    """

    def __init__(self, lexicon: Lexicon, vocab: Vocab, *, threshold: float = FALLBACK_THRESHOLD):
        self.vocab = vocab
        self.threshold = threshold
        self.classes = verb_centroids(lexicon.verbs, vocab)
        self.skip = lexicon.known_verbs.union(
            *(lexicon.classes.get(n, frozenset()) for n in NON_EVENT_CLASSES)
        )
        self.preps = _usual_objects(lexicon.verbs)
        self._seen: dict[str, Trigger | None] = {}

    def __call__(self, lemma: str) -> Trigger | None:
        if lemma not in self._seen:
            self._seen[lemma] = self._guess(lemma)
        return self._seen[lemma]

    def _guess(self, lemma: str) -> Trigger | None:
        from kgraph.extract.lexicon.schema import Trigger
        from kgraph.predicates import as_predicate

        if lemma in self.skip or not lemma.isalpha() or len(lemma) < 3:
            return None
        found = nearest(lemma, self.vocab, self.classes)
        if found is None or found[1] < self.threshold:
            return None
        predicate = as_predicate(found[0])
        preps, direct = self.preps.get(predicate, (frozenset(), True))
        return Trigger(
            predicate,
            preps,
            direct,
            FALLBACK_STRENGTH,
            cameo=RELATIONS[predicate].cameo,
            source="vector",
        )


def _usual_objects(verbs: Mapping[str, Trigger]) -> dict[str, tuple[frozenset[str], bool]]:
    """Return each predicate's most common (preps, direct) among the curated verbs."""
    from collections import Counter

    votes: dict[str, Counter[tuple[tuple[str, ...], bool]]] = {}
    for t in verbs.values():
        if t.source == "kgraph":
            votes.setdefault(t.predicate, Counter())[(tuple(sorted(t.preps)), t.direct)] += 1
    out = {}
    for predicate, counter in votes.items():
        (preps, direct), _ = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out[predicate] = (frozenset(preps), direct)
    return out


def with_vector_fallback(lexicon: Lexicon, vocab: Vocab) -> Lexicon:
    """Return the lexicon with the vector fallback for unknown verbs (cached per pair)."""
    return _with_fallback(lexicon, vocab)


@lru_cache(maxsize=8)
def _with_fallback(lexicon: Lexicon, vocab: Vocab) -> Lexicon:
    from dataclasses import replace

    return replace(lexicon, fallback=VectorFallback(lexicon, vocab))
