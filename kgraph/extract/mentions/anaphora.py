"""Which "it" refers, and to what kind of actor (resolved in :mod:`kgraph.extract.actors.pronouns`).

"Hamas said on Monday that *it* would release the hostages. *It* also freed two
workers": "it" is a body — a state, a government, an organisation, an armed
group, a military — never a person or a place, and singular. It goes to the
nearest such actor of its own sentence or the one before, the subject first
(as "they" does in :mod:`kgraph.extract.actors.pronouns`); a subject "it" with nothing
before it in its sentence goes to the nearest singular subject of the three
sentences before, passing over a person ("Lula spoke. It …") and stopping at
a thing ("The meeting lasted hours. It …": none). An object "it" never means
its own clause's subject ("Iran said the US attacked it": Iran, not the US).

"It" is also the dummy subject of English ("it is clear that", "it seems",
"it was Iran that …", "it takes time"); those are no mentions:
:func:`referring_it` keeps only an "it" that is the subject of a verb with a
content of its own, or the object of one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgraph.model import ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

# bodies "it" can stand for
IT_TYPES = frozenset(
    {ActorType.STATE, ActorType.GOVERNMENT, ActorType.ORGANIZATION, ActorType.ARMED_GROUP,
     ActorType.CRIMINAL_ORGANIZATION, ActorType.INTERNATIONAL_ORGANIZATION, ActorType.MEDIA,
     ActorType.MILITARY}
)  # fmt: skip
# verbs whose subject "it" is a dummy: "it is clear", "it seems", "it takes time"
DUMMY_VERBS = frozenset(
    {"be", "seem", "appear", "remain", "become", "matter", "happen", "take", "look", "mean",
     "make", "get", "rain", "come", "go", "turn", "cost", "hurt", "help", "follow", "emerge",
     "begin", "start"}
)  # fmt: skip


def referring_it(token: Token) -> bool:
    """Return whether an "it" refers: "*it* would release …", "attacked *it*".

    Not the dummy subject of "it is clear that …", "it seems", "it takes".
    """
    if token.lower_ != "it" or token.dep_ == "expl":
        return False
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in DUMMY_VERBS
    return token.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "ADP")
