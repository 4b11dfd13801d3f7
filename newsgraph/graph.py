"""ActorGraph: the actors of many articles and the events between them.

A thin class over :class:`networkx.MultiDiGraph`: nodes are actors under
their stable cross-article ids (``country:RUS``, ``org:NATO``,
``person:serguei lavrov``), edges are events. Building merges; queries never
mutate.

Examples
--------
>>> from newsgraph.types import Actor, ArticleResult, Event
>>> r = ArticleResult(doc_id="d1", actors=(
...     Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS"),
...     Actor(ref="A2", kind="COUNTRY", name="États-Unis", code="USA")),
...     events=(Event(type="CONSULT", source="A1", target="A2", modality="future"),))
>>> g = ActorGraph([r])
>>> g.number_of_nodes(), g.number_of_edges()
(2, 1)
>>> g.node("country:RUS")["label"]
'Russie'
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Iterator

import networkx as nx

from .types import ArticleResult

__all__ = ["ActorGraph"]


class ActorGraph:
    """Actors as nodes, events as edges, merged across articles.

    Parameters
    ----------
    results : iterable of ArticleResult, optional
        Articles to add.
    """

    def __init__(self, results: Iterable[ArticleResult] = ()) -> None:
        self._g = nx.MultiDiGraph()
        self._articles: set[str] = set()
        for result in results:
            self.add(result)

    # ------------------------------------------------------------- building

    def add(self, result: ArticleResult) -> None:
        """Add one article's actors and events (merging actors by id)."""
        doc_id = result.doc_id or f"doc{len(self._articles) + 1}"
        self._articles.add(doc_id)
        ids = {}
        mention_counts = Counter(m.actor for m in result.mentions if m.actor)
        for actor in result.actors:
            ids[actor.ref] = actor.id
            if actor.id not in self._g:
                self._g.add_node(
                    actor.id,
                    label=actor.name,
                    kind=actor.kind,
                    code=actor.code,
                    country=actor.country,
                    role=actor.role,
                    aliases=set(),
                    mentions=0,
                    articles=set(),
                )
            data = self._g.nodes[actor.id]
            data["aliases"].update(a for a in actor.names if a != data["label"])
            data["mentions"] += mention_counts.get(actor.ref, 0)
            data["articles"].add(doc_id)
            for key in ("country", "role"):
                if not data.get(key) and getattr(actor, key):
                    data[key] = getattr(actor, key)
        for n, event in enumerate(result.events):
            if event.source not in ids:
                continue
            source = ids[event.source]
            target = ids.get(event.target) if event.target else None
            if target is None:
                continue
            self._g.add_edge(
                source,
                target,
                key=f"{doc_id}#{n}",
                type=event.type,
                quad_class=event.quad_class,
                cameo=event.cameo,
                modality=event.modality,
                polarity=event.polarity,
                date=event.date,
                speaker=ids.get(event.speaker) if event.speaker else None,
                doc_id=doc_id,
                trigger=event.trigger,
                evidence=event.evidence,
                rule=event.rule,
                confidence=event.confidence,
            )

    # -------------------------------------------------------------- reading

    def number_of_nodes(self) -> int:
        return self._g.number_of_nodes()

    def number_of_edges(self) -> int:
        return self._g.number_of_edges()

    def node(self, actor_id: str) -> dict[str, Any]:
        """A copy of an actor's attributes."""
        return dict(self._g.nodes[actor_id])

    def nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for n, data in self._g.nodes(data=True):
            yield n, dict(data)

    def edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        for u, v, k, data in self._g.edges(keys=True, data=True):
            yield u, v, k, dict(data)

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(self._articles)

    def to_networkx(self) -> nx.MultiDiGraph:
        """A deep copy of the underlying multigraph (the escape hatch)."""
        return self._g.copy()

    def aggregate(self) -> nx.DiGraph:
        """A weighted directed graph: one edge per ordered pair, weight = events.

        Edges carry ``weight``, ``first_date``/``last_date`` and one
        ``n_<TYPE>`` count per PLOVER type seen.
        """
        out = nx.DiGraph()
        out.add_nodes_from(self._g.nodes(data=True))
        for u, v, data in self._g.edges(data=True):
            if out.has_edge(u, v):
                agg = out[u][v]
            else:
                out.add_edge(u, v, weight=0, first_date=None, last_date=None)
                agg = out[u][v]
            agg["weight"] += 1
            t = data["type"]
            agg[f"n_{t}"] = agg.get(f"n_{t}", 0) + 1
            date = data.get("date")
            if date:
                agg["first_date"] = min(filter(None, (agg["first_date"], date)))
                agg["last_date"] = max(filter(None, (agg["last_date"], date)))
        return out

    def __repr__(self) -> str:
        return f"<ActorGraph: {self.number_of_nodes()} actors, {self.number_of_edges()} events, {len(self._articles)} articles>"

