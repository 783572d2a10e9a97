"""Whose ally an "ally" noun names when it has both a possessor and a modifier.

"Assad, Russia's main *Middle East* ally": the possessor is the partner and the
modifier places the alliance ("in the Middle East"); Assad is no ally of the
region. "Turkey, America's *NATO* ally" likewise makes Turkey America's ally;
with no possessor ("a NATO ally, Turkey") the modifier stays the partner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kgraph.extract.relations.arguments import Argument

MODIFIER_DEPS = frozenset(("compound", "amod", "nmod"))


def possessed_partners(groups: list[Argument]) -> list[Argument]:
    """Leave out the modifier partners of an "ally" noun when a possessor names one.

    The groups are the owners read around the noun, each with the token it was
    read from.
    """
    if not any(g.token.dep_ == "poss" for g in groups):
        return groups
    return [g for g in groups if g.token.dep_ not in MODIFIER_DEPS]
