"""evaluate stage of kgraph."""
