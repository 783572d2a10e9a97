"""viz stage of kgraph."""
