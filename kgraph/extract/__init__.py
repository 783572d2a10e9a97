"""extract stage of kgraph."""
