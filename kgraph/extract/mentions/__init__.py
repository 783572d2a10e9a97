"""Mentions: the stretches of a parsed document that refer to actors, and what names them.

Gazetteer names, military units and operations, role titles, assets, coalitions,
generic groups, first-person and anaphoric mentions (:mod:`.mentions` gathers them).
"""
