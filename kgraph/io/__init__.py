"""io stage of kgraph."""
