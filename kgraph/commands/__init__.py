"""The command modules of the ``kgraph`` command line, one per concern."""
