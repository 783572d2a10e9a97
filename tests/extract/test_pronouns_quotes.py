"""Pronouns in quotations, possessives in reasons and under modifiers, "they" after a pair."""

from __future__ import annotations

import pytest

from kgraph.extract.actors.actors import resolve_actors
from kgraph.extract.mentions.gazetteer import load_gazetteer
from kgraph.extract.mentions.mentions import find_mentions
from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
READ = [
    # the object of the verb's preposition is not the verb's own subject
    (
        "Farmers marched on the ministry. Police fired water cannon at them.",
        "police",
        "attacks",
        "farmers",
    ),
    # a name whose verb agrees with a plural is what "they" stands for
    (
        'The talks stalled. "If the Taliban are sincere, they must stop killing civilians," '
        "Ameri said.",
        "Taliban",
        "kills",
        "civilians",
    ),
    # a pronoun in a quotation: the person named earlier in the quotation
    (
        "Bosnian Serb leader Milorad Dodik defied the court. Two senators wrote in a letter to"
        ' Marco Rubio: "We are worried about the conduct of Dodik. For years, he has threatened'
        ' Bosnia and Herzegovina."',
        "Milorad Dodik",
        "threatens",
        "Bosnia and Herzegovina",
    ),
    # a quotation going on after its frame: the frame of the sentence before
    (
        'Lawmakers urged Marco Rubio to act. "We are worried about Bosnian Serb leader Milorad'
        ' Dodik," they wrote in a letter to Rubio. "For years, he has threatened Bosnia and'
        ' Herzegovina."',
        "Milorad Dodik",
        "threatens",
        "Bosnia and Herzegovina",
    ),
    (
        'Speaking to reporters, Angela Merkel said: "Vladimir Putin has broken his word. He'
        ' attacked Ukraine."',
        "Vladimir Putin",
        "attacks",
        "Ukraine",
    ),
    # "they" after a joined subject: the first conjunct that is a group
    (
        "Taliban gunmen and suicide bombers stormed the compound. They killed 12 soldiers.",
        "Taliban",
        "kills",
        "soldiers",
    ),
    (
        "Hamas fighters and their allies overran the post. They captured five soldiers.",
        "Hamas",
        "arrests",
        "soldiers",
    ),
    # a possessive in the reason for an act on the object is the object's
    (
        "Washington sanctioned Moscow over its attacks on Ukraine.",
        "United States",
        "sanctions",
        "Russia",
    ),
]

NOT_READ = [
    # "she" never goes back to the only man in view, however far the search reaches
    (
        "Erdogan spoke on Monday. She later urged NATO to act.",
        "Erdogan",
        "appealsTo",
        "NATO",
    ),
    (
        'Lawmakers urged Marco Rubio to act. "We are worried about Bosnian Serb leader Milorad'
        ' Dodik," they wrote in a letter to Rubio. "For years, he has threatened Bosnia and'
        ' Herzegovina."',
        "Marco Rubio",
        "threatens",
        "Bosnia and Herzegovina",
    ),
    # neither the addressee nor the speaker of the quotation
    (
        "Bosnian Serb leader Milorad Dodik defied the court. Two senators wrote in a letter to"
        ' Marco Rubio: "We are worried about the conduct of Dodik. For years, he has threatened'
        ' Bosnia and Herzegovina."',
        "Marco Rubio",
        "threatens",
        "Bosnia and Herzegovina",
    ),
    (
        'Speaking to reporters, Angela Merkel said: "Vladimir Putin has broken his word. He'
        ' attacked Ukraine."',
        "Angela Merkel",
        "attacks",
        "Ukraine",
    ),
]

# text, pronoun, the actor it is (label), or None for no actor
ACTOR_OF = [
    # a name modifying a noun, even as a conjunct, owns no possessive after it
    ("Russia has been under U.S. and EU sanctions over its annexation of Crimea.", "its",
     "Russia"),
    ("Washington sanctioned Moscow over its attacks on Ukraine.", "its",
     "Government of Russia"),
    ("Putin thanked Erdogan for his mediation.", "his", "Recep Tayyip Erdoğan"),
    # a quoted pronoun: the person the quotation names, not the one it is told to
    ('Angela Merkel told Emmanuel Macron: "Vladimir Putin has broken his word. He lied."',
     "He", "Vladimir Putin"),
    ('Kerry met Lavrov in Geneva. "He is a tough negotiator," Kerry said.', "He",
     "Sergey Lavrov"),
    # a phrase fronted before the subject speaks of it, when nothing came before
    ("Despite its losses, the Venezuelan army attacked the rebels.", "its",
     "Military of Venezuela"),
    ("When she landed in Kyiv, Kaja Kallas met the president.", "she", "Kaja Kallas"),
    # but an antecedent before the pronoun keeps it
    ("Zelensky flew to Paris. When he landed, Macron greeted the crowd.", "he",
     "Volodymyr Zelensky"),
    # only the addressee in view: none
    ('Two senators wrote to Marco Rubio: "We are worried. For years, he has ignored us."',
     "he", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), READ)
def test_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), NOT_READ)
def test_not_read(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "pronoun", "label"), ACTOR_OF)
def test_actor_of(nlp, text, pronoun, label):
    gaz = load_gazetteer()
    doc = nlp(text)
    index = resolve_actors(doc, find_mentions(doc, gazetteer=gaz), gazetteer=gaz)
    token = next(t for t in doc if t.text == pronoun)
    actor = index.actor_at(token.i)
    assert (actor.label if actor is not None else None) == label
