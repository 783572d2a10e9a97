"""The verb constructions read beside a verb's own trigger, in one place.

Each reads a party the trigger's own arguments do not reach (see its module):
:func:`~kgraph.extract.relations.protest_aims.protest_aims` ("rallied against the
government's tax"), :func:`~kgraph.extract.relations.intent.amount_gifts` ("provide
$70 million of aid for X"), :func:`~kgraph.extract.relations.intent.conditional_threats`
("threatened to quit if X …"), :func:`~kgraph.extract.relations.force_purpose.fire_purposes`
("opened fire to disperse X"), :func:`~kgraph.extract.relations.force_purpose.struck_places`
("struck targets in X") and :func:`~kgraph.extract.relations.visits.arrival_visits`
("arrived in X on a visit"), :mod:`~kgraph.extract.relations.transfers`
("transferred $20 million to X"); the demands, appeals and disapproval of
:mod:`~kgraph.extract.relations.demands` ("pushed for X to join", "called for sanctions
against X", "summoned X's envoy to protest"); taking a place, of
:mod:`~kgraph.extract.relations.control` ("seized the town from X", "the town fell to X");
the partners of :mod:`~kgraph.extract.relations.comrades` ("fought alongside X", "joined X
in attacking Y"); the holders of a protest suppressed, of
:mod:`~kgraph.extract.relations.suppression` ("dispersed a rally by X"); the fixed phrases
of :mod:`~kgraph.extract.relations.custody` ("took X into custody", "took X hostage",
"died at the hands of X").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kgraph.extract.relations.admissions import admitted_refugees
from kgraph.extract.relations.comrades import fought_alongside, joined_forces, joined_in
from kgraph.extract.relations.control import READERS as CONTROL_READERS
from kgraph.extract.relations.custody import READERS as CUSTODY_READERS
from kgraph.extract.relations.demands import (
    demanded_acts,
    for_clause_demands,
    forced_to_act,
    message_demands,
    opposition_calls,
    ordered_acts,
    pressed_to_act,
    pressure_demands,
    subjunctive_demands,
    summoned_to_complain,
)
from kgraph.extract.relations.force_purpose import fire_purposes, struck_places
from kgraph.extract.relations.intent import amount_gifts, conditional_threats
from kgraph.extract.relations.protest_aims import protest_aims
from kgraph.extract.relations.suppression import suppressed_protests
from kgraph.extract.relations.transfers import READERS as TRANSFER_READERS
from kgraph.extract.relations.visits import arrival_visits

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kgraph.extract.relations.arguments import Candidate
    from kgraph.model import ActorIndex

READERS = (
    protest_aims,
    amount_gifts,
    conditional_threats,
    fire_purposes,
    struck_places,
    arrival_visits,
    *TRANSFER_READERS,
    for_clause_demands,
    demanded_acts,
    pressed_to_act,
    forced_to_act,
    ordered_acts,
    message_demands,
    opposition_calls,
    summoned_to_complain,
    pressure_demands,
    subjunctive_demands,
    admitted_refugees,
    *CONTROL_READERS,
    fought_alongside,
    joined_in,
    joined_forces,
    suppressed_protests,
    *CUSTODY_READERS,
)


def verb_constructions(verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
    """Yield the candidates of every construction read beside a verb's trigger."""
    for reader in READERS:
        yield from reader(verb, actors)
