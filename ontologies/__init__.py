"""The kgraph ontology and SHACL shapes, installed as package data ``kgraph.ontologies``."""
