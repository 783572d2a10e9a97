"""Build folders that update in place: incremental, locked, and switched in one step.

- :mod:`~kgraph.outputs.manifest`: what a folder holds (``manifest.json``), the diff of an input;
- :mod:`~kgraph.outputs.records`: a document's extraction on disk (``docs/*.json``);
- :mod:`~kgraph.outputs.derive`: the union outputs, derived from all records;
- :mod:`~kgraph.outputs.staging`: the staging folder and the one-step switch;
- :mod:`~kgraph.outputs.lock`: one build at a time per folder;
- :mod:`~kgraph.outputs.update`: the whole run, as ``build``, ``add`` and ``remove`` use it.

See docs/building.md.
"""
