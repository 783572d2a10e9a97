"""nlp stage of kgraph."""
