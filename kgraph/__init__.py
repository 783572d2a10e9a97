"""kgraph: news text about geopolitics → a knowledge graph of actors and their relations.

The library is layered as the folders are: ``io`` (read texts) → ``nlp`` (spaCy)
→ ``extract`` (mentions, actors, relations) → ``rdf`` (ontology, serialisation)
→ ``query`` (SPARQL) and ``analytics`` (networkx) → ``viz`` and ``report``.
``kgraph.api`` gathers the common calls. Nothing heavy is imported here.
"""

__version__ = "0.1.0"
