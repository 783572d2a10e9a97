"""query stage of kgraph."""
