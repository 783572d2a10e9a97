"""Scoring arithmetic on hand-made predictions (no spaCy): matching, dedup, counts, confusion."""

from __future__ import annotations

import pytest

from kgraph.evaluate.mappings import load_mapping
from kgraph.evaluate.scoring import NONE, score_predictions
from kgraph.model import (
    Actor,
    ActorType,
    Document,
    DocumentExtraction,
    EvaluationDocument,
    Evidence,
    GoldEvent,
    Relation,
    TextSpan,
)

TEXT = "Iran threatened Israel. Tehran later struck Haifa, and Egypt met Jordan."
IRAN = Actor("iran-q794", "Iran", ActorType.STATE, aliases=("Islamic Republic of Iran",))
ISRAEL = Actor("israel-q801", "Israel", ActorType.STATE)
HAIFA = Actor("location-haifa", "Haifa", ActorType.LOCATION)
EGYPT = Actor("egypt-q79", "Egypt", ActorType.STATE)
JORDAN = Actor("jordan-q810", "Jordan", ActorType.STATE)
ACTORS = (IRAN, ISRAEL, HAIFA, EGYPT, JORDAN)


def span(word: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return TextSpan(word, start, start + len(word))


def rel(subject, predicate, obj, s_mention, o_mention, *, cameo=None, negated=False, attrs=()):
    return Relation(
        id=f"{subject.id}-{predicate}-{obj.id}-{s_mention.start}",
        doc_id="d",
        subject=subject.id,
        predicate=predicate,
        object=obj.id,
        evidence=Evidence(TEXT, 0, len(TEXT), predicate, 0, 1),
        cameo=cameo,
        negated=negated,
        attributes=attrs,
        subject_mention=s_mention,
        object_mention=o_mention,
    )


def gold(cls, source, target, *, spans=True, accepts=(), symmetric=False, names=()):
    return GoldEvent(
        doc_id="d",
        cls=cls,
        source=source,
        target=target,
        source_span=(span(source).start, span(source).end) if spans else None,
        target_span=(span(target).start, span(target).end) if spans else None,
        source_names=names,
        symmetric=symmetric,
        accepts=accepts,
        sentence=TEXT,
    )


def score(dataset, golds, relations):
    documents = [EvaluationDocument(Document("d", TEXT), tuple(golds))]
    extraction = DocumentExtraction(Document("d", ""), ACTORS, tuple(relations))
    return score_predictions(dataset, load_mapping(dataset), documents, [extraction])


THREAT = rel(IRAN, "threatens", ISRAEL, span("Iran"), span("Israel"), cameo="130")
STRIKE = rel(IRAN, "attacks", HAIFA, span("Tehran"), span("Haifa"), cameo="190")
KILL = rel(IRAN, "kills", HAIFA, span("Tehran"), span("Haifa"), cameo="180")
MEETING = rel(EGYPT, "meetsWith", JORDAN, span("Egypt"), span("Jordan"), cameo="043")


def counts(report):
    s = report.overall
    return s.predicted, s.predicted_correct, s.gold, s.gold_found


@pytest.mark.parametrize(
    ("dataset", "golds", "relations", "expected"),
    [
        # matched by span overlap even though the gold text ("Tehran") is no name of the actor
        ("re3d", [gold("FightingAgainst", "Tehran", "Haifa")], [STRIKE], (1, 1, 1, 1)),
        # two predicates of one class for one pair count once (dedup per class)
        ("re3d", [gold("FightingAgainst", "Tehran", "Haifa")], [STRIKE, KILL], (1, 1, 1, 1)),
        # the wrong class: one false alarm, one miss
        ("re3d", [gold("Dislikes", "Tehran", "Haifa")], [STRIKE], (1, 0, 1, 0)),
        # CommWith is undirected: the reversed pair matches
        ("re3d", [gold("CommWith", "Jordan", "Egypt")], [MEETING], (1, 1, 1, 1)),
        # Dislikes is directed: the reversed pair does not
        ("re3d", [gold("Dislikes", "Israel", "Iran")], [THREAT], (1, 0, 1, 0)),
        # a negated claim is not a prediction
        ("re3d", [gold("Dislikes", "Iran", "Israel")],
         [rel(IRAN, "threatens", ISRAEL, span("Iran"), span("Israel"), negated=True)],
         (0, 0, 1, 0)),
        # a tie read from inside one mention is outside what re3d annotates
        ("re3d", [], [rel(IRAN, "partOf", ISRAEL, span("Iran"), span("Iran"),
                          attrs=(("basis", "mention"),))], (0, 0, 0, 0)),
        # a predicate outside every class counts neither way
        ("re3d", [], [rel(IRAN, "makesStatementAbout", ISRAEL, span("Iran"), span("Israel"))],
         (0, 0, 0, 0)),
        # PLOVER: matched by name (no spans), class is the CAMEO root; alias names count
        ("plover", [gold("13", "Islamic Republic of Iran", "Israel", spans=False)], [THREAT],
         (1, 1, 1, 1)),
        ("plover", [gold("19", "Iran", "Haifa", spans=False)], [STRIKE, KILL], (2, 1, 1, 1)),
        # PLOVER: a symmetric predicate matches either way round
        ("plover", [gold("04", "Jordan", "Egypt", spans=False)], [MEETING], (1, 1, 1, 1)),
        # PLOVER: an event without a target can never be found
        ("plover", [gold("13", "Iran", "", spans=False)], [], (0, 0, 1, 0)),
        # event sets: one of the listed predicates must be predicted
        ("wikievents", [gold("Life.Injure", "Tehran", "Haifa", accepts=("assaults", "attacks"))],
         [STRIKE], (1, 1, 1, 1)),
        ("wikievents", [gold("Life.Die", "Tehran", "Haifa", accepts=("kills",))], [STRIKE],
         (1, 0, 1, 0)),
        # a symmetric event matches in either order; a directed one does not
        ("wikievents", [gold("Contact.Contact", "Jordan", "Egypt", accepts=("meetsWith",),
                             symmetric=True)], [MEETING], (1, 1, 1, 1)),
        ("wikievents", [gold("Contact.Contact", "Jordan", "Egypt", accepts=("meetsWith",))],
         [MEETING], (1, 0, 1, 0)),
        # a pronoun's antecedent named by the dataset's coreference
        ("wikievents", [gold("Conflict.Attack", "later", "Haifa", spans=False,
                             accepts=("attacks",), names=("Iran",))], [STRIKE], (1, 1, 1, 1)),
    ],
)  # fmt: skip
def test_counts(dataset, golds, relations, expected):
    assert counts(score(dataset, golds, relations)) == expected


@pytest.mark.parametrize(
    ("dataset", "golds", "relations"),
    [
        # Iran and Iraq are different names: whole-word containment, not similarity
        ("plover", [gold("13", "Iraq", "Israel", spans=False)], [THREAT]),
        # a mention elsewhere in the text does not make the argument: the relation's own counts
        ("re3d", [gold("FightingAgainst", "Iran", "Haifa")],
         [rel(ISRAEL, "attacks", HAIFA, span("Israel"), span("Haifa"))]),
    ],
)  # fmt: skip
def test_must_not_match(dataset, golds, relations):
    assert score(dataset, golds, relations).overall.predicted_correct == 0


def test_precision_recall_f1_and_per_class():
    report = score(
        "re3d",
        [gold("FightingAgainst", "Tehran", "Haifa"), gold("CommWith", "Egypt", "Jordan"),
         gold("Dislikes", "Iran", "Haifa")],
        [STRIKE, MEETING, THREAT],
    )  # fmt: skip
    assert counts(report) == (3, 2, 3, 2)
    assert report.overall.precision == pytest.approx(2 / 3)
    assert report.overall.recall == pytest.approx(2 / 3)
    assert report.overall.f1 == pytest.approx(2 / 3)
    by_class = {
        c: (s.predicted, s.predicted_correct, s.gold, s.gold_found) for c, s in report.by_class
    }
    assert by_class == {
        "CommWith": (1, 1, 1, 1),
        "Dislikes": (1, 0, 1, 0),
        "FightingAgainst": (1, 1, 1, 1),
    }


def test_confusion_table():
    report = score(
        "re3d",
        [gold("Dislikes", "Tehran", "Haifa"), gold("CommWith", "Egypt", "Jordan")],
        [STRIKE, THREAT],
    )
    assert set(report.confusion) == {
        ("FightingAgainst", "Dislikes", 1),  # right pair, wrong class
        (NONE, "CommWith", 1),  # nothing said about the pair
        ("Dislikes", NONE, 1),  # a pair the gold does not relate
    }


def test_errors_list_misses_and_false_alarms_with_the_sentence():
    report = score("re3d", [gold("CommWith", "Egypt", "Jordan")], [THREAT])
    kinds = sorted((e.kind, e.subject, e.cls, e.object, e.predicate) for e in report.errors)
    assert kinds == [
        ("false alarm", "Iran", "Dislikes", "Israel", "threatens"),
        ("missed", "Egypt", "CommWith", "Jordan", ""),
    ]
    assert all(e.sentence == TEXT for e in report.errors)


def test_recall_only_set_says_why():
    report = score("rams", [gold("contact.threatencoerce", "Iran", "Israel",
                                 accepts=("threatens",))], [THREAT, STRIKE])  # fmt: skip
    assert report.recall_only
    assert "recall only" in report.note and "one event" in report.note
    assert report.overall.recall == 1.0


def test_kgraph_gold_compares_negation():
    negated = GoldEvent("d", "threatens", "Iran", "Israel", negated=True)
    report = score("kgraph", [negated], [THREAT])
    assert counts(report) == (1, 0, 1, 0)


def test_a_document_without_relations_still_counts_its_gold():
    documents = [EvaluationDocument(Document("d", TEXT), (gold("Dislikes", "Iran", "Israel"),))]
    report = score_predictions("re3d", load_mapping("re3d"), documents, [])
    assert counts(report) == (0, 0, 1, 0)
