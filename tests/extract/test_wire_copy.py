"""Wire copy and compact news phrasing: datelines, struck capitals, hyphenated sides."""

from __future__ import annotations

import pytest

from kgraph.extract.mentions.sentences import dateline_tokens
from tests.extract.tables import assert_not_read, assert_read, triples

# sentence, subject, predicate, object
READ = [
    # a hyphenated pair before the noun of a mutual act names its two sides
    ("The US-Mexico talks in Washington ended without a deal.", "US", "consultsWith", "Mexico"),
    ("The Trump-Erdogan summit was held in Ankara.", "Trump", "meetsWith", "Erdogan"),
    ("The Armenia-Azerbaijan war displaced thousands.", "Armenia", "fightsAgainst", "Azerbaijan"),
    # a capital hit by an act of force is the city, not its government
    ("Russian drones attacked Kyiv overnight.", "Russia", "attacks", "Kyiv"),
    ("A NATO air strike on Belgrade killed ten people.", "NATO", "targets", "Belgrade"),
    # the dateline is no actor, the story's own subject still acts
    ("MOSCOW — Russia expelled two British diplomats on Tuesday.", "Russia", "expels", "British"),
    # generic agencies are actors with their sector
    (
        "Putin urged law enforcement agencies to crack down on gangs.",
        "Putin",
        "appealsTo",
        "law enforcement agencies",
    ),
]

# sentence, subject, predicate, object
MUST_NOT = [
    # in "joint US-Israeli strikes" both strike: neither strikes the other
    ("The joint US-Israeli strikes hit Iran.", "US", "targets", "Israel"),
    ("The joint US-Israeli strikes hit Iran.", "US", "attacks", "Israel"),
    # a capital that speaks or is sanctioned is its government: the city attacked is not
    ("Russian drones attacked Kyiv overnight.", "Russia", "attacks", "Government of Ukraine"),
    # a person's nationality is no state undergoing the act
    ("A gunman stabbed an American Jew to death in Paris.", "gunman", "kills", "United States"),
    ("Police arrested an Iranian-American scholar.", "police", "arrests", "United States"),
    ("Police arrested an Iranian-American scholar.", "police", "arrests", "Iran"),
]


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), READ)
def test_wire_copy(nlp, sentence, subject, predicate, obj):
    assert_read(nlp, sentence, subject, predicate, obj)


@pytest.mark.parametrize(("sentence", "subject", "predicate", "obj"), MUST_NOT)
def test_wire_copy_must_not(nlp, sentence, subject, predicate, obj):
    assert_not_read(nlp, sentence, subject, predicate, obj)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("MOSCOW — Russia expelled two British diplomats.", "MOSCOW —"),
        ("KYIV, Ukraine (Reuters) - Drones hit the city overnight.", "KYIV, Ukraine (Reuters) -"),
        ("GAZA CITY The strikes went on through the night.", "GAZA CITY"),
        # acronyms opening a sentence are names, not a dateline
        ("UN Secretary-General Guterres met the envoy.", ""),
        ("UNICEF Director Catherine Russell criticised the blockade.", ""),
        ("US strikes target drug boats.", ""),
        ("UAE-Saudi talks resumed in Riyadh.", ""),
        ("Iraq and the UAE met. UAE-brokered talks followed.", ""),
        ("NATO Secretary General Mark Rutte met Zelensky.", ""),
    ],
)
def test_dateline_tokens(nlp, text, dateline):
    doc = nlp(text)
    found = sorted(dateline_tokens(doc))
    assert (doc[found[0] : found[-1] + 1].text if found else "") == dateline


def test_dateline_city_is_no_actor(nlp):
    # the filing place named in capitals gives no "Government of Russia" beside Russia
    found = triples(nlp, "MOSCOW — Russia expelled two British diplomats on Tuesday.")
    assert [(s.label, p) for s, p, _ in found if p == "expels"] == [("Russia", "expels")]
