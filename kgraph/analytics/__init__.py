"""analytics stage of kgraph."""
