"""Colours, shapes and line styles shared by the static and the interactive pictures.

Actor types are told apart by colour *and* shape, so the picture still reads
in greyscale or for colour-blind readers. Relation families use the
Okabe–Ito colours (vermillion, bluish green, blue, grey), which stay distinct
under the common colour-vision deficiencies.

>>> type_style("Person").shape
'circle'
>>> family_colour("hostile")
'#D55E00'
>>> edge_dash(modality="planned", negated=False)
'dashed'
"""

from __future__ import annotations

from dataclasses import dataclass

from kgraph.vocabulary import COOPERATIVE, DIPLOMATIC, FAMILIES, HOSTILE, RELATIONS, STANDING


@dataclass(frozen=True)
class TypeStyle:
    """How one actor type is drawn."""

    label: str
    colour: str
    shape: str  # circle, square, triangle, diamond, hexagon, pentagon


# Paul Tol's "muted" scheme (designed to survive colour-vision deficiencies),
# paired with shapes so that no two types share both colour and shape.
_TYPES: dict[str, TypeStyle] = {
    "Person": TypeStyle("Person", "#CC6677", "circle"),
    "State": TypeStyle("State", "#332288", "square"),
    "Government": TypeStyle("Government", "#88CCEE", "square"),
    "Military": TypeStyle("Military", "#117733", "triangle"),
    "ArmedGroup": TypeStyle("Armed group", "#999933", "triangle"),
    "MilitaryOperation": TypeStyle("Military operation", "#44AA99", "triangle"),
    "Organization": TypeStyle("Organisation", "#DDCC77", "diamond"),
    "InternationalOrganization": TypeStyle("International organisation", "#AA4499", "diamond"),
    "Media": TypeStyle("Media", "#BBBBBB", "diamond"),
    "CriminalOrganization": TypeStyle("Criminal organisation", "#882255", "hexagon"),
    "Group": TypeStyle("Group", "#DDDDDD", "hexagon"),
    "Location": TypeStyle("Location", "#77AADD", "pentagon"),
}
_UNKNOWN = TypeStyle("Other", "#AAAAAA", "circle")

TYPE_ORDER: tuple[str, ...] = tuple(_TYPES)

_FAMILY_COLOURS = {
    HOSTILE: "#D55E00",
    COOPERATIVE: "#009E73",
    DIPLOMATIC: "#0072B2",
    STANDING: "#8C8C8C",
}
FAMILY_ORDER: tuple[str, ...] = FAMILIES

# matplotlib marker for each shape name
MARKERS = {
    "circle": "o",
    "square": "s",
    "triangle": "^",
    "diamond": "D",
    "hexagon": "h",
    "pentagon": "p",
}

LABEL_MAX = 32  # characters of an actor label shown in a picture


def type_style(actor_type: object) -> TypeStyle:
    """Return the colour and shape of an actor type (an ``ActorType`` or its value)."""
    return _TYPES.get(str(actor_type or ""), _UNKNOWN)


def family_colour(family: object) -> str:
    """Return the line colour of a relation family."""
    return _FAMILY_COLOURS.get(str(family or ""), _FAMILY_COLOURS[DIPLOMATIC])


def edge_dash(*, modality: object, negated: object) -> str:
    """Return ``solid``, ``dashed`` (planned or hypothetical) or ``dotted`` (negated)."""
    if negated:
        return "dotted"
    if str(modality or "asserted") in ("planned", "hypothetical"):
        return "dashed"
    return "solid"


def predicate_label(predicate: object) -> str:
    """Return the human label of a predicate ("proposesTalksWith" → "proposes talks with").

    >>> predicate_label("proposesTalksWith")
    'proposes talks with'
    >>> predicate_label("unknownThing")
    'unknownThing'
    """
    kind = RELATIONS.get(str(predicate))
    return kind.label if kind else str(predicate)


def short_label(text: object, limit: int = LABEL_MAX) -> str:
    """Shorten a label to ``limit`` characters, ending with an ellipsis when cut.

    >>> short_label("Cartel de Los Soles")
    'Cartel de Los Soles'
    >>> short_label("Federal Register of the United States of America", 20)
    'Federal Register of…'
    """
    s = " ".join(str(text or "").split())
    if len(s) <= limit:
        return s
    return s[: limit - 1].rstrip() + "…"
