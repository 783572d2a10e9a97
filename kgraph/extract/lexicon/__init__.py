"""The lexicon as data: trigger words, word classes and their loader.

The data files are in ``kgraph/data/lexicon/`` (see ``docs/extraction.md``):
``triggers.tsv`` (curated), ``derived_triggers.tsv`` (converted from PETRARCH2 by
``tools/build_lexicon.py``), ``classes.txt`` and ``actor_nouns.tsv``. Users add
trigger files of their own with ``--lexicon FILE``.
"""

from kgraph.extract.lexicon.active import active, using
from kgraph.extract.lexicon.loader import Lexicon, load_lexicon, shipped_classes
from kgraph.extract.lexicon.schema import Trigger

__all__ = ["Lexicon", "Trigger", "active", "load_lexicon", "shipped_classes", "using"]
