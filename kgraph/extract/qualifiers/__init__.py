"""Qualifiers of a relation read from its clause: negation, modality, attribution and date.

They need no actors, so the mentions (a quote's speaker) and the relations read them.
"""
