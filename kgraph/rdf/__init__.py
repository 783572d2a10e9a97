"""rdf stage of kgraph."""
