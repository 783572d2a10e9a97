"""Whom a phrase names: kin of a person, a past office holder, a pronoun after a flight."""

from __future__ import annotations

import pytest

from kgraph.evaluate.gold import actor_matches
from kgraph.extract.pipeline import extract_text


def _triples(nlp, text: str, date: str | None = None):
    ex = extract_text(text, nlp=nlp, date=date)
    actors = {a.id: a for a in ex.actors}
    return [(actors[r.subject], r.predicate, actors[r.object], r) for r in ex.relations]


def _found(triples, subject: str, predicate: str, obj: str, *, exact: bool = False) -> bool:
    """Tell whether a relation links the two; with ``exact`` the object's label is ``obj``."""
    return any(
        p == predicate
        and actor_matches(subject, s)
        and (o.label.lower() == obj.lower() if exact else actor_matches(obj, o))
        for s, p, o, _r in triples
    )


def _shown(triples) -> list[tuple[str, str, str]]:
    return [(s.label, p, o.label) for s, p, o, _r in triples]


# text, subject, predicate, object: what each rule still reads
STILL_READ = [
    # a kin noun with an owner is a person of its own
    (
        "Tariq Mansour, a senior militia commander and son of Idris Mansour, was killed by"
        " Iraqi troops.",
        "Military of Iraq",
        "kills",
        "Tariq Mansour",
    ),
    ("The son of Idris Mansour was killed by Iraqi troops.", "Military of Iraq", "kills", "son"),
    ("Kenyan police arrested the wife of Samuel Otieno.", "police", "arrests", "wife"),
    (
        "Samuel Otieno spoke on Monday. Police later detained his brother.",
        "police",
        "arrests",
        "brother",
    ),
    # an office held now still has its holder
    (
        "Maria Lenz is the president of Austria. The Austrian leader's supporters marched"
        " against Hungary.",
        "supporters",
        "protestsAgainst",
        "Hungary",
    ),
    # the holder of a head of government's title leads its government
    (
        "British Prime Minister Keir Starmer met Emmanuel Macron in London.",
        "Keir Starmer",
        "leads",
        "Government of the United Kingdom",
    ),
    (
        "Indian Prime Minister Narendra Modi spoke about Nepal.",
        "Narendra Modi",
        "leads",
        "Government of India",
    ),
    # a subject "they" after an agent of the violence is still that agent
    (
        "The militants stormed the village on Monday. They executed five soldiers.",
        "militants",
        "kills",
        "soldiers",
    ),
    # "its" is the owner named as a head, not a name modifying another noun
    (
        "The Kremlin said talks on a Ukraine truce would take time, voicing its reluctance to"
        " endorse the U.S. plan.",
        "Government of Russia",
        "praises",
        "United States",
    ),
    # a shouted phrase in capitals is no person for "he" to go back to
    (
        'Jean Moreau tweeted a condemnation. "We CONDEMN the SAINT MARC jailbreak," he wrote.'
        " Later, he was criticized by Canada.",
        "Canada",
        "criticizes",
        "Jean Moreau",
    ),
    # a state named by its people in the plural is the subject "they" continues
    (
        "The Saudis bombed the Houthis on Monday. They also attacked Yemeni soldiers.",
        "Saudi Arabia",
        "attacks",
        "Military of Yemen",
    ),
]

# text, subject, predicate, object: what must not be read
MUST_NOT = [
    # "son of X" is not X; "member and son of X" is one person, not a list
    (
        "Tariq Mansour, a senior militia commander and son of Idris Mansour, was killed by"
        " Iraqi troops.",
        "Military of Iraq",
        "kills",
        "Idris Mansour",
    ),
    (
        "The son of Idris Mansour was killed by Iraqi troops.",
        "Military of Iraq",
        "kills",
        "Idris Mansour",
    ),
    ("Kenyan police arrested the wife of Samuel Otieno.", "police", "arrests", "Samuel Otieno"),
    ("Police detained Samuel Otieno's daughter.", "police", "arrests", "Samuel Otieno"),
    # a past office is not today's holder nor the government
    (
        "Maria Lenz is the president of Austria. The ousted Austrian leader's supporters"
        " marched on Monday.",
        "supporters",
        "affiliatedWith",
        "Maria Lenz",
    ),
    (
        "The former Austrian leader's supporters marched on Monday.",
        "supporters",
        "affiliatedWith",
        "Government of Austria",
    ),
    (
        "Maria Lenz is the president of Austria. Supporters of the exiled Austrian president"
        " protested.",
        "supporters",
        "affiliatedWith",
        "Maria Lenz",
    ),
    # a past head of government leads nothing
    (
        "Former British Prime Minister Boris Johnson met Emmanuel Macron.",
        "Boris Johnson",
        "leads",
        "Government of the United Kingdom",
    ),
    # who fled or was struck is no agent of the violence told next
    (
        "Residents fled the town on Monday. They executed five soldiers.",
        "residents",
        "kills",
        "soldiers",
    ),
    (
        "Dozens of villagers were attacked near the border. They killed two policemen.",
        "villagers",
        "kills",
        "policemen",
    ),
    # the object of the sentence before is no subject "they" when its subject is a state
    (
        "The Saudis bombed the Houthis on Monday. They also attacked Yemeni soldiers.",
        "Houthis",
        "attacks",
        "Military of Yemen",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), STILL_READ)
def test_still_read(nlp, text, subject, predicate, obj):
    triples = _triples(nlp, text)
    assert _found(triples, subject, predicate, obj), _shown(triples)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_not_read(nlp, text, subject, predicate, obj):
    triples = _triples(nlp, text)
    # exact: "wife of Samuel Otieno" is not "Samuel Otieno"
    assert not _found(triples, subject, predicate, obj, exact=True), _shown(triples)


def test_a_kin_noun_is_labelled_by_its_owner(nlp):
    ex = extract_text("Kenyan police arrested the wife of Samuel Otieno.", nlp=nlp)
    assert "wife of Samuel Otieno" in {a.label for a in ex.actors}


def test_a_government_implied_by_a_title_has_no_mention(nlp):
    # the title stays the holder's mention: every token points to one actor
    ex = extract_text("British Prime Minister Keir Starmer met Emmanuel Macron.", nlp=nlp)
    [gov] = [a for a in ex.actors if a.label == "Government of the United Kingdom"]
    assert gov.mentions == ()
    starmer = next(a for a in ex.actors if a.label == "Keir Starmer")
    assert any(m.text.endswith("Prime Minister") for m in starmer.mentions)


@pytest.mark.parametrize(
    ("text", "label", "present"),
    [
        # the words of a portfolio before its title name no body
        ("The delegation includes Defense Minister Rustem Umerov.", "Defense", False),
        ("Kyiv sent Foreign Minister Andrii Sybiha to Rome.", "Foreign", False),
        # a relative adverb opens the clause, it is no word of a group's name
        (
            "Riots broke out in the north, where security forces clashed with rebels.",
            "where security forces",
            False,
        ),
        (
            "Riots broke out in the north, where security forces clashed with rebels.",
            "security forces",
            True,
        ),
        # a name that spaCy cuts before a place after "in"/"of" is one name
        (
            "Mark Clifford, president of the Committee for Freedom in Hong Kong, criticized China.",
            "Committee for Freedom in Hong Kong",
            True,
        ),
    ],
)
def test_names_as_they_are_written(nlp, text, label, present):
    labels = {a.label for a in extract_text(text, nlp=nlp).actors}
    assert (label in labels) is present, labels
