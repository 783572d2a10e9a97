"""Relations: read typed relations between resolved actors from the dependency parse.

Triggers' arguments, objects, constructions, precision vetoes and CAMEO coding;
noun and adjective triggers, standing ties and affiliations (:mod:`.relations` runs them).
"""
