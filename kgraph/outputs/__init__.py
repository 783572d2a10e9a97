"""Build folders that update in place: incremental, locked, and switched in one step.

- :mod:`~kgraph.outputs.manifest`: what a folder holds (``manifest.json``), the diff of an input;
- :mod:`~kgraph.outputs.records`: a document's extraction on disk (``docs/*.json``) and
  its index, what linking reads (``docs/*.links``);
- :mod:`~kgraph.outputs.parts`: each document's share of the union outputs (``parts/``);
- :mod:`~kgraph.outputs.derive`: the union outputs, derived from all documents;
- :mod:`~kgraph.outputs.union`: the graph files, written from the part files one at a time;
- :mod:`~kgraph.outputs.staging`: the staging folder and the one-step switch;
- :mod:`~kgraph.outputs.lock`: one build at a time per folder;
- :mod:`~kgraph.outputs.update`: the whole run, as ``build``, ``add`` and ``remove`` use it.

See docs/building.md.
"""
