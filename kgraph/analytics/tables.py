"""Analytics results as rows: plain dicts (every column, None when unknown) or pandas DataFrames.

pandas is optional (``pip install kgraph[pandas]``) and imported only when a
DataFrame is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from kgraph.errors import KGraphError
from kgraph.model import ActorRecord, ActorScore, GraphPath

T = TypeVar("T")


class Results(list[T], Generic[T]):
    """A list of results that also converts to rows and to a pandas DataFrame."""

    def as_dicts(self) -> list[dict[str, Any]]:
        """Return one dict per row, every column present (None when unknown)."""
        return rows(self)

    def to_pandas(self) -> Any:
        """Return the rows as a pandas DataFrame (needs the ``pandas`` extra)."""
        return to_pandas(self)


def rows(results: Iterable[Any]) -> list[dict[str, Any]]:
    """Return scores, paths or communities as flat dicts with the same keys in each.

    >>> s = ActorScore("peru", "Peru", "State", None, (("degree", 0.5),))
    >>> rows([s])
    [{'actor': 'peru', 'label': 'Peru', 'iri': 'https://w3id.org/kgraph/actor/peru', \
'type': 'State', 'qid': None, 'degree': 0.5}]
    """
    from kgraph.rdf.namespace import ACTOR

    out: list[dict[str, Any]] = []
    for i, item in enumerate(results, start=1):
        if isinstance(item, ActorScore):
            out.append(
                {
                    "actor": item.actor,
                    "label": item.label,
                    "iri": str(ACTOR[item.actor]),
                    "type": item.type or None,
                    "qid": item.qid or None,
                    **item.scores_dict,
                }
            )
        elif isinstance(item, GraphPath):
            out.extend(_hop_rows(i, item))
        elif isinstance(item, tuple) and all(isinstance(a, ActorRecord) for a in item):
            out.extend({"community": i, **_record(a)} for a in item)
        else:
            raise KGraphError(f"cannot turn {type(item).__name__} into rows")
    return out


def to_pandas(results: Iterable[Any]) -> Any:
    """Return :func:`rows` as a pandas DataFrame; a clear error when pandas is missing."""
    try:
        import pandas as pd
    except ImportError:
        raise KGraphError(
            "DataFrames need pandas: pip install 'kgraph[pandas]' (or pip install pandas)"
        ) from None
    return pd.DataFrame.from_records(rows(results))


def _record(a: ActorRecord) -> dict[str, Any]:
    return {"actor": a.id, "label": a.label, "iri": a.iri, "type": a.type or None, "qid": a.qid}


def _hop_rows(number: int, path: GraphPath) -> list[dict[str, Any]]:
    return [
        {
            "path": number,
            "hop": j,
            "source": h.source,
            "source_label": h.source_label,
            "predicate": h.predicate,
            "target": h.target,
            "target_label": h.target_label,
            "forward": h.forward,
            "date": h.date,
            "modality": h.modality,
            "negated": h.negated,
            "sentence": h.sentence,
            "doc": h.doc_id,
            "event": h.event,
        }
        for j, h in enumerate(path.hops, start=1)
    ]


def actor_record(G: Any, actor: str) -> ActorRecord:
    """Return the record of one actor of a projected graph."""
    from kgraph.rdf.namespace import ACTOR

    a = G.nodes[actor]
    return ActorRecord(
        id=str(actor),
        label=str(a.get("label") or actor),
        iri=str(ACTOR[str(actor)]),
        type=str(a.get("type") or ""),
        qid=a.get("qid") or None,
    )
