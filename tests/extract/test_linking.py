"""Merging the actors of several documents that are one actor, and only those."""

from __future__ import annotations

import random

import pytest

from kgraph.extract.actors.linking import fuzzy_score, link_actors, normalise_name
from kgraph.model import (
    Actor,
    ActorType,
    Document,
    DocumentExtraction,
    Evidence,
    Mention,
    MentionKind,
    Relation,
)

P, S, G, ORG = ActorType.PERSON, ActorType.STATE, ActorType.GOVERNMENT, ActorType.ORGANIZATION
EV = Evidence("s", 0, 1, "t", 0, 1)


def actor(actor_id, label, type_=P, **kw):
    mention = Mention(label, 0, len(label), MentionKind.NAME, "PERSON", 0)
    return Actor(actor_id, label, type_, mentions=(mention,), **kw)


def doc(doc_id, *actors, relations=()):
    return DocumentExtraction(Document(doc_id, ""), tuple(actors), tuple(relations))


def rel(doc_id, subject, predicate, obj):
    return Relation(f"{doc_id}-{subject}-{obj}", doc_id, subject, predicate, obj, EV)


def merged_pairs(a, b):
    _, merges = link_actors([doc("d1", a), doc("d2", b)])
    return [(m.merged, m.into, m.rule) for m in merges]


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        # the same QID under two labels
        (actor("bashar-al-assad-q44329", "Bashar al-Assad", qid="Q44329"),
         actor("assad-q44329", "Assad", qid="Q44329"), "qid"),
        # the same CAMEO code for one government
        (actor("government-of-kenya", "Government of Kenya", G, cameo="KENGOV", country="KEN"),
         actor("government-kenyan-government", "Kenyan government", G, cameo="KENGOV",
               country="KEN"), "cameo"),
        # the same name once punctuation and case are gone
        (actor("organization-us-embassy", "US Embassy", ORG, country="USA"),
         actor("organization-u-s-embassy", "U.S. Embassy", ORG, country="USA"), "name"),
        (actor("person-ayman-al-zawahiri", "Ayman al-Zawahiri"),
         actor("person-ayman-al-zawahiris", "Ayman al Zawahiri's"), "name"),
        # a spelling variant
        (actor("person-hamza-bin-laden", "Hamza bin Laden"),
         actor("person-hamza-bin-ladin", "Hamza Bin Ladin"), "fuzzy"),
        # a typo beside a linked actor whose country is known: the unknown side does not conflict
        (actor("bashar-al-assad-q44329", "Bashar al-Assad", qid="Q44329", country="SYR"),
         actor("person-bashir-al-assad", "Bashir al] Assad"), "fuzzy"),
    ],
)  # fmt: skip
def test_should_merge(a, b, rule):
    [(merged, into, found)] = merged_pairs(a, b)
    assert ({merged, into}, found) == ({a.id, b.id}, rule)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Iran and Iraq: similar names, different countries
        (actor("iran-q794", "Iran", S, qid="Q794", iso="IRN", country="IRN"),
         actor("iraq-q796", "Iraq", S, qid="Q796", iso="IRQ", country="IRQ")),
        (actor("state-islamic-republic-of-iran", "Islamic Republic of Iran", S, iso="IRN"),
         actor("state-islamic-republic-of-iraq", "Islamic Republic of Iraq", S, iso="IRQ")),
        (actor("state-austria", "Austria", S, country="AUT"),
         actor("state-australia", "Australia", S, country="AUS")),
        # one name, different types: a person is not the body named after them
        (actor("person-al-jazeera", "Al Jazeera"), actor("media-al-jazeera", "Al Jazeera",
                                                           ActorType.MEDIA)),
        # different QIDs beat equal names
        (actor("john-smith-q1", "John Smith", qid="Q1"), actor("john-smith-q2", "John Smith",
                                                                qid="Q2")),
        # different people with close names
        (actor("person-hamza-bin-laden", "Hamza bin Laden"),
         actor("person-osama-bin-laden", "Osama bin Laden")),
        (actor("person-john-kerry", "John Kerry"), actor("person-john-terry", "John Terry")),
        # numbers differ
        (actor("organization-brigade-101", "Brigade 101", ORG), actor("organization-brigade-102",
                                                                   "Brigade 102", ORG)),
        # a CAMEO code shared by people does not make them one
        (actor("person-a-b", "Ahmed Bakr", cameo="EGYGOV"),
         actor("person-c-d", "Cherif Dawoud", cameo="EGYGOV")),
        # short names are too risky to compare fuzzily
        (actor("person-li-wei", "Li Wei"), actor("person-li-mei", "Li Mei")),
    ],
)  # fmt: skip
def test_must_not_merge(a, b):
    assert merged_pairs(a, b) == []


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("The U.S. Embassy", "us embassy"),
        ("Bashir al] Assad", "bashir al assad"),
        ("Nicolás Maduro's", "nicolas maduro"),
        ("  Hamza   bin-Laden ", "hamza bin laden"),
    ],
)
def test_normalise_name(text, normalised):
    assert normalise_name(text) == normalised


def test_iran_and_iraq_are_too_short_and_too_different_to_score():
    assert fuzzy_score("iran", "iraq") == 0.0


def test_a_chain_of_matches_cannot_join_two_countries():
    # "Islamic Republic of Iraan" (no country) is close to both spellings; only one may take it
    iran = actor("state-islamic-republic-of-iran", "Islamic Republic of Iran", S, country="IRN")
    iraq = actor("state-islamic-republic-of-iraq", "Islamic Republic of Iraq", S, country="IRQ")
    typo = actor("state-islamic-republic-of-iraan", "Islamic Republic of Iraan", S)
    out, merges = link_actors([doc("d1", iran), doc("d2", iraq), doc("d3", typo)])
    assert len(merges) == 1
    assert out[0].actors[0].id != out[1].actors[0].id


def test_merged_actor_keeps_every_alias_and_the_record():
    a = actor("person-hamza-bin-laden", "Hamza bin Laden", aliases=("Hamza",))
    b = actor("person-hamza-bin-ladin", "Hamza Bin Ladin", aliases=("Bin Ladin",))
    c = actor("person-hamza-binladen", "Hamza Bin-Laden")
    out, merges = link_actors([doc("d1", a), doc("d2", b), doc("d3", c)])
    assert [e.actors[0].id for e in out] == ["person-hamza-bin-laden"] * 3
    kept = out[1].actors[0]
    assert kept.label == "Hamza bin Laden"
    assert set(kept.aliases) == {"Hamza", "Hamza Bin Ladin", "Bin Ladin", "Hamza Bin-Laden"}
    assert kept.mentions == b.mentions  # each document keeps its own mentions
    assert {(m.merged, m.rule) for m in kept.merged_from} == {
        ("person-hamza-bin-ladin", "fuzzy"),
        ("person-hamza-binladen", "name"),
    }
    assert merges == kept.merged_from


def test_the_strongest_member_gives_the_id():
    linked = actor("bashar-al-assad-q44329", "Bashar al-Assad", qid="Q44329")
    typo = actor("person-bashar-al-asad", "Bashar al-Asad")
    out, merges = link_actors([doc("d1", typo), doc("d2", typo), doc("d3", linked)])
    assert {e.actors[0].id for e in out} == {linked.id}
    assert out[0].actors[0].qid == "Q44329"
    assert [(m.merged, m.into) for m in merges] == [(typo.id, linked.id)]


def test_relations_follow_the_merge_and_a_tie_with_itself_is_left_out():
    a = actor("organization-us-embassy", "US Embassy", ORG, country="USA")
    b = actor("organization-u-s-embassy", "U.S. Embassy", ORG, country="USA")
    iraq = actor("iraq-q796", "Iraq", S, qid="Q796", country="IRQ")
    d1 = doc("d1", a, iraq, relations=(rel("d1", a.id, "criticizes", iraq.id),))
    d2 = doc("d2", a, b, iraq, relations=(
        rel("d2", b.id, "praises", iraq.id), rel("d2", b.id, "partOf", a.id)))  # fmt: skip
    out, _ = link_actors([d1, d2])
    assert out[0].relations == d1.relations  # the kept actor's relations stay as they were
    assert out[0].actors[0].aliases == ("U.S. Embassy",)
    assert [(r.subject, r.predicate, r.object) for r in out[1].relations] == [
        (a.id, "praises", iraq.id)
    ]
    assert [x.id for x in out[1].actors] == [a.id, iraq.id]
    assert [m.text for m in out[1].actors[0].mentions] == ["US Embassy", "U.S. Embassy"]
    assert "merged into one left out" in out[1].warnings[0]


def test_nothing_to_merge_returns_the_input():
    docs = [doc("d1", actor("person-a-one", "Alpha One")), doc("d2", actor("person-b", "Beta"))]
    out, merges = link_actors(docs)
    assert out == tuple(docs) and merges == ()


def test_deterministic_whatever_the_order():
    names = ["Hamza bin Laden", "Hamza Bin Ladin", "Hamza Bin-Laden", "Osama bin Laden",
             "Ayman al-Zawahiri", "Ayman al Zawahiri"]  # fmt: skip
    docs = [doc(f"d{i}", actor(f"person-{i}", n)) for i, n in enumerate(names)]
    _, first = link_actors(docs)
    for seed in range(5):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert link_actors(shuffled)[1] == first


def test_corpus_with_the_real_pipeline(nlp):
    from kgraph.extract.pipeline import extract_documents

    texts = [
        "Hamza bin Laden threatened the United States.",
        "Hamza Bin Ladin praised al-Qaeda.",
        "The US Embassy in Baghdad criticized Iran.",
        "The U.S. Embassy condemned Iraq.",
    ]
    docs = [Document(f"n{i}", t) for i, t in enumerate(texts)]
    out, merges = link_actors(list(extract_documents(docs, nlp=nlp)))
    assert {(m.merged, m.into, m.rule) for m in merges} == {
        ("person-hamza-bin-ladin", "person-hamza-bin-laden", "fuzzy"),
        ("organization-us-embassy", "organization-u-s-embassy", "name"),
    }
    subjects = [r.subject for e in out for r in e.relations]
    assert subjects.count("person-hamza-bin-laden") == 2
    objects = {r.object for e in out for r in e.relations}
    assert {"iran-q794", "iraq-q796"} <= objects  # Iran and Iraq stay two


def test_api_extract_merges_across_documents(tmp_path, nlp):
    import json

    from kgraph import api

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Hamza bin Laden threatened the United States."})
        + "\n"
        + json.dumps({"id": "b", "text": "Hamza Bin Ladin praised al-Qaeda."})
        + "\n",
        encoding="utf-8",
    )
    summary, data = api.extract([str(corpus)], fmt="jsonl")
    assert summary.merged == 1
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert {r["subject"]["id"] for r in records} == {"person-hamza-bin-laden"}
    assert records[1]["subject"]["merged_from"] == [
        {"id": "person-hamza-bin-ladin", "label": "Hamza Bin Ladin", "rule": "fuzzy", "score": 93.3}
    ]
    assert records[1]["subject_mention"] == {"text": "Hamza Bin Ladin", "start": 0, "end": 15}


def one_document(*actors):
    out, merges = link_actors([doc("d1", *actors)])
    return {(m.merged, m.into, m.rule) for m in merges}, out


@pytest.mark.parametrize(
    ("short", "long"),
    [
        (actor("person-hamza", "Hamza"), actor("person-hamza-bin-laden", "Hamza bin Laden")),
        (actor("person-laden", "bin Laden"), actor("person-hamza-bin-laden", "Hamza bin Laden")),
        (actor("organization-embassy", "Embassy", ORG),
         actor("organization-u-s-embassy", "U.S. Embassy", ORG, country="USA")),
    ],
)  # fmt: skip
def test_a_shorter_name_in_the_same_document_merges(short, long):
    merges, _ = one_document(short, long)
    assert {(m, i) for m, i, _ in merges} in ({(short.id, long.id)}, {(long.id, short.id)})
    assert {rule for _, _, rule in merges} == {"part"}


@pytest.mark.parametrize(
    "actors",
    [
        # two different people share the short name
        (actor("person-kim", "Kim"), actor("person-kim-jong-un", "Kim Jong Un"),
         actor("person-kim-yo-jong", "Kim Yo Jong")),
        # a name that starts a longer name is not its head
        (actor("organization-amazon", "Amazon", ORG),
         actor("organization-amazon-research-institute", "Amazon Research Institute", ORG)),
        # places: a region is not the continent
        (actor("location-europe", "Europe", ActorType.LOCATION),
         actor("location-central-europe", "Central Europe", ActorType.LOCATION)),
        # other types
        (actor("person-hamza", "Hamza"),
         actor("organization-hamza-foundation", "Hamza Foundation", ORG)),
    ],
)  # fmt: skip
def test_a_shorter_name_must_not_merge(actors):
    merges, _ = one_document(*actors)
    assert merges == set()


def test_a_shorter_name_in_another_document_does_not_merge():
    _, merges = link_actors(
        [doc("d1", actor("person-hamza", "Hamza")),
         doc("d2", actor("person-hamza-bin-laden", "Hamza bin Laden"))]
    )  # fmt: skip
    assert merges == ()


def test_names_of_one_person_in_one_document_join_step_by_step():
    names = ["NPR Hamza bin Laden", "Hamza bin Laden", "Hamza bin", "Hamza"]
    actors = [actor(f"person-{i}", n) for i, n in enumerate(names)]
    merges, out = one_document(*actors)
    assert len(merges) == 3
    assert len(out[0].actors) == 1


def test_a_description_is_no_short_form_of_a_name():
    # "militants" beside "BLA militants" in one story: the description is shared by
    # every story's own militants, so it joins no name
    short = actor("armed-group-militants", "militants", ActorType.ARMED_GROUP)
    long = actor("armed-group-bla-militants", "BLA militants", ActorType.ARMED_GROUP)
    merges, _ = one_document(short, long)
    assert merges == set()
