"""The owner of an effort noun told around it: sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # the verb that conducts or strengthens the effort passes its subject on
    (
        "The Arab League meets monthly to strengthen joint efforts to counter Hamas.",
        "Arab League",
        "fightsAgainst",
        "Hamas",
    ),
    ("Kenya redoubled efforts to defeat al-Shabaab.", "Kenya", "fightsAgainst", "al-Shabaab"),
    ("The allies combined efforts to defeat the Taliban.", "allies", "fightsAgainst", "Taliban"),
    ("Germany boosted aid to Ukraine.", "Germany", "providesAidTo", "Ukraine"),
    # a campaign inside an effort: the effort's owner runs it
    (
        "Kurdish fighters are leading efforts in the campaign to defeat the Taliban.",
        "Kurdish fighters",
        "fightsAgainst",
        "Taliban",
    ),
    # the subject hung on the auxiliary is the verb's
    (
        "Kurdish fighters are leading efforts to defeat the Taliban.",
        "Kurdish fighters",
        "fightsAgainst",
        "Taliban",
    ),
    # an effort noun in apposition to a named operation
    (
        "NATO launched Operation Eagle, the mission to destroy the Taliban.",
        "Operation Eagle",
        "targets",
        "Taliban",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # a verb that judges the effort does not make its subject the owner
    (
        "Kenya criticized efforts in the campaign to defeat al-Shabaab.",
        "Kenya",
        "fightsAgainst",
        "al-Shabaab",
    ),
    ("Egypt opposed efforts to defeat Hamas.", "Egypt", "fightsAgainst", "Hamas"),
    # whoever praises the named operation does not conduct it
    (
        "Britain praised Operation Eagle, the mission to attack the Taliban.",
        "Britain",
        "attacks",
        "Taliban",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_effort_owner_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_effort_owner_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
