"""Words of killing and assault: verbs, nouns and their "by" agents."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# sentence, subject, predicate, object
CASES = [
    ("The crucifixion of two men by Islamic State shocked Raqqa.", "Islamic State", "kills", "men"),
    ("The Taliban hanged three men accused of spying.", "Taliban", "kills", "men"),
    ("The militants strangled two hostages.", "militants", "assaults", "hostages"),
    ("Soldiers gunned down protesters in Yangon.", "soldiers", "kills", "protesters"),
    ("The public hanging of two men by the Taliban drew outrage.", "Taliban", "kills", "men"),
    # a "by" phrase the parser hangs on the noun's "of" object is the noun's own
    (
        "The beheading of James Foley by Islamic State shocked the world.",
        "Islamic State",
        "kills",
        "James Foley",
    ),
    (
        "The stoning of the prisoners by the Taliban was filmed.",
        "Taliban",
        "assaults",
        "prisoners",
    ),
    ("Police arrested two men in Paris.", "police", "arrests", "men"),
    # an assault on a place is a military attack
    ("Rebels assaulted Misrata overnight.", "rebels", "attacks", "Misrata"),
]

MUST_NOT = [
    ("Rebels assaulted Misrata overnight.", "rebels", "assaults", "Misrata"),
    # an assault on people stays an assault
    ("Police assaulted protesters in Paris.", "police", "attacks", "protesters"),
    # stoning, unlike a stoning to death, is an assault, no killing
    ("The stoning of the prisoners by the Taliban was filmed.", "Taliban", "kills", "prisoners"),
    # a "by" phrase that only locates what was done holds no agent
    ("The hanging of the flags by the river angered Turkey.", "Turkey", "kills", "flags"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_violence_words(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_violence_words_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
