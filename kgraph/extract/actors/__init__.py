"""Actors: resolve one document's mentions to typed, linked actors, then merge across documents.

:mod:`.actors` runs the resolution steps over the state of :mod:`.resolution`;
:mod:`.linking` merges the actors of several documents.
"""
