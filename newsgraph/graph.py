"""ActorGraph: the actors of many articles and the events between them.

A thin class over :class:`networkx.MultiDiGraph`. Nodes are actors under their
stable cross-article ids (``country:RUS``, ``org:NATO``, ``person:serguei
lavrov``); edges are events, directed from the acting actor to its target.
Building merges; every query returns new objects and leaves the graph as it
was. The analytics live in :mod:`newsgraph.analytics` as free functions; the
methods here only delegate.

Merging
-------
- **Actors**: one node per actor id, whatever the number of articles. Its
  ``label`` (and ``name``) is the name used by most articles (ties: the
  first seen); ``aliases`` are all the
  other names seen; ``role`` and ``country`` are the most frequent values;
  ``mentions`` counts the mentions resolved to the actor and ``articles`` the
  articles it appears in; ``untargeted_events`` counts its events without a
  target (they are not edges).
- **Events**: an event is identified by its dyad, type, polarity and date.
  The same dated event reported by several articles, or several times in one
  article, is one edge whose ``reports`` counts the reports and whose
  ``doc_ids`` lists the articles. An undated event cannot be matched across
  articles; within one article, undated reports of the same dyad, type and
  polarity are one event, merged with the article's dated event when there is
  exactly one. A merged event keeps its most certain modality (asserted >
  future > hypothetical), its highest confidence, and the evidence, offsets,
  trigger and rule of its first report.

Node attributes: ``label``, ``name``, ``kind``, ``code``, ``country``,
``role``, ``aliases`` (tuple), ``mentions``, ``articles``,
``untargeted_events``.

Edge attributes (key: ``TYPE@DATE`` for dated events, ``doc_id#index``
otherwise): ``type``, ``plover`` (the strict PLOVER code), ``cameo``,
``cameo_root``, ``quad_class``, ``modality``, ``polarity``, ``date`` (ISO, any
granularity), ``published`` (ISO day of the first reporting article),
``speaker`` (an actor id), ``doc_id`` (first article), ``doc_ids`` (tuple),
``reports``, ``evidence``, ``trigger``, ``rule``, ``confidence``,
``trigger_start``, ``trigger_end``, ``sentence_start``, ``sentence_end``
(offsets in the text of ``doc_id``).

Examples
--------
>>> from datetime import date
>>> from newsgraph.types import Actor, ArticleResult, Event
>>> rus = Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS")
>>> usa = Actor(ref="A2", kind="COUNTRY", name="États-Unis", code="USA")
>>> r1 = ArticleResult(doc_id="d1", published=date(2022, 11, 28), actors=(rus, usa),
...     events=(Event(type="CONSULT", source="A1", target="A2", modality="future", date="2022-12"),))
>>> r2 = ArticleResult(doc_id="d2", published=date(2022, 12, 2), actors=(usa, rus),
...     events=(Event(type="CONSULT", source="A2", target="A1", modality="future", date="2022-12"),
...             Event(type="CONSULT", source="A2", target="A1", modality="asserted", date="2022-12")))
>>> g = ActorGraph([r1, r2])
>>> g
<ActorGraph: 2 actors, 2 events, 2 articles>
>>> g.node("country:RUS")["label"], g.node("country:RUS")["articles"]
('Russie', 2)
>>> [(u, v, d["modality"], d["reports"]) for u, v, _, d in g.events()]
[('country:RUS', 'country:USA', 'future', 1), ('country:USA', 'country:RUS', 'asserted', 2)]
>>> g.dyad("country:RUS", "country:USA")["events"]
2
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from typing import Any, Iterable, Iterator, Mapping

import networkx as nx

from . import analytics
from .analytics import DateLike, Span, date_span, most_certain
from .extract.normalize import fold
from .renderers import html_for
from .types import EVENT_TYPES, Actor, ArticleResult, Event

__all__ = ["EDGE_FIELDS", "NODE_FIELDS", "ActorGraph"]

logger = logging.getLogger(__name__)

#: Every node attribute and its default.
NODE_FIELDS: dict[str, Any] = {
    "label": None,
    "name": None,
    "kind": None,
    "code": None,
    "country": None,
    "role": None,
    "aliases": (),
    "mentions": 0,
    "articles": 0,
    "untargeted_events": 0,
}

#: Every edge attribute and its default.
EDGE_FIELDS: dict[str, Any] = {
    "type": None,
    "plover": None,
    "cameo": None,
    "cameo_root": None,
    "quad_class": None,
    "modality": "asserted",
    "polarity": "positive",
    "date": None,
    "published": None,
    "speaker": None,
    "doc_id": None,
    "doc_ids": (),
    "reports": 1,
    "evidence": None,
    "trigger": None,
    "rule": None,
    "confidence": None,
    "trigger_start": None,
    "trigger_end": None,
    "sentence_start": None,
    "sentence_end": None,
}

_TUPLE_FIELDS = ("aliases", "doc_ids")
_INT_FIELDS = ("mentions", "articles", "untargeted_events", "reports")
_KIND_OF_PREFIX = {"country": "COUNTRY", "org": "ORGANISATION", "person": "PERSON"}


def _best(counter: Counter[str]) -> str | None:
    """The most frequent value; ties go to the first seen."""
    return counter.most_common(1)[0][0] if counter else None


def _plover(etype: str, modality: str, polarity: str) -> str:
    return Event(type=etype, source=None, modality=modality, polarity=polarity).plover_code


def _cameo_root(cameo: str | None) -> str | None:
    if cameo and len(cameo) >= 2 and cameo[:2].isdigit():
        return cameo[:2]
    return None


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(v for v in value.split("|") if v)
    return tuple(str(v) for v in value)


def _demo_graph() -> "ActorGraph":
    """A two-article graph for the examples of this module."""
    rus = Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS")
    usa = Actor(ref="A2", kind="COUNTRY", name="États-Unis", code="USA")
    ukr = Actor(ref="A3", kind="COUNTRY", name="Ukraine", code="UKR")
    return ActorGraph([
        ArticleResult(doc_id="d1", actors=(rus, usa, ukr), events=(
            Event(type="CONSULT", source="A1", target="A2", modality="future", date="2022-12"),
            Event(type="ACCUSE", source="A2", target="A1", date="2022-11-28"),
            Event(type="ASSAULT", source="A1", target="A3", date="2022-02-24"))),
        ArticleResult(doc_id="d2", actors=(ukr, rus), events=(
            Event(type="ASSAULT", source="A1", target="A3", date="2022-03"),
            Event(type="THREATEN", source="A3", target="A1", polarity="negative"))),
    ])


class ActorGraph:
    """Actors as nodes, events as edges, merged across articles.

    Parameters
    ----------
    results : iterable of ArticleResult, optional
        Articles to add (see :meth:`add`).

    See Also
    --------
    newsgraph.analytics : the free functions behind the queries.
    newsgraph.readwrite : GraphML, GEXF, CSV, JSON and pandas exports.
    """

    def __init__(self, results: Iterable[ArticleResult] = ()) -> None:
        self._g = nx.MultiDiGraph()
        self._articles: dict[str, str | None] = {}
        self._names: dict[str, Counter[str]] = {}
        self._roles: dict[str, Counter[str]] = {}
        self._countries: dict[str, Counter[str]] = {}
        for result in results:
            self.add(result)

    # ------------------------------------------------------------- building

    def add(self, result: ArticleResult) -> None:
        """Add one article's actors and events, merging with what is there.

        An article whose ``doc_id`` is already in the graph is skipped with a
        warning (adding it again would count its events twice); an article
        without ``doc_id`` gets ``doc1``, ``doc2``... Events whose source or
        target refers to no actor of the article are skipped.

        Examples
        --------
        >>> g = ActorGraph()
        >>> r = ArticleResult(doc_id="d1", actors=(Actor(ref="A1", kind="COUNTRY", name="Mali", code="MLI"),))
        >>> g.add(r); g.add(r)
        >>> g.articles
        frozenset({'d1'})
        """
        if not isinstance(result, ArticleResult):
            raise TypeError(f"expected an ArticleResult, not {type(result).__name__}")
        doc_id = result.doc_id or self._fresh_doc_id()
        if doc_id in self._articles:
            logger.warning("article %r is already in the graph; not added again", doc_id)
            return
        published = result.published.isoformat() if result.published else None
        self._articles[doc_id] = published

        ids: dict[str, str] = {}
        mentions = Counter(m.actor for m in result.mentions if m.actor)
        seen: set[str] = set()
        for actor in result.actors:
            ids[actor.ref] = actor.id
            self._add_actor(actor, mentions.get(actor.ref, 0), new_article=actor.id not in seen)
            seen.add(actor.id)

        groups: dict[tuple[str, str, str, str], list[tuple[int, Event, Span | None]]] = {}
        for n, event in enumerate(result.events):
            source = ids.get(event.source) if event.source is not None else None
            if source is None:
                logger.debug("%s: event %d has no known source (%r); skipped", doc_id, n, event.source)
                continue
            if event.target is None:
                self._g.nodes[source]["untargeted_events"] += 1
                continue
            target = ids.get(event.target)
            if target is None:
                logger.debug("%s: event %d targets unknown actor %r; skipped", doc_id, n, event.target)
                continue
            span = date_span(event.date)
            if event.date and span is None:
                logger.debug("%s: event %d has an unreadable date %r; taken as undated", doc_id, n, event.date)
            groups.setdefault((source, target, event.type, event.polarity), []).append((n, event, span))

        for (source, target, etype, polarity), items in groups.items():
            for key, value, reports in self._identify(doc_id, etype, polarity, items):
                self._add_event(source, target, key, value, reports, doc_id, published, ids)

    def _fresh_doc_id(self) -> str:
        n = len(self._articles) + 1
        while f"doc{n}" in self._articles:
            n += 1
        return f"doc{n}"

    def _add_actor(self, actor: Actor, mentions: int, *, new_article: bool) -> None:
        aid = actor.id
        if aid not in self._g:
            self._g.add_node(aid, **{**NODE_FIELDS, "kind": actor.kind})
            self._names[aid], self._roles[aid], self._countries[aid] = Counter(), Counter(), Counter()
        data = self._g.nodes[aid]
        known = set(data["aliases"]) | ({data["label"]} if data["label"] else set())
        known.update(n for n in actor.names if n)
        self._names[aid][actor.name] += 1
        if actor.role:
            self._roles[aid][actor.role] += 1
        if actor.country:
            self._countries[aid][actor.country] += 1
        label = _best(self._names[aid])
        data["label"] = data["name"] = label
        data["aliases"] = tuple(sorted(known - {label}))
        data["role"] = _best(self._roles[aid])
        data["country"] = _best(self._countries[aid])
        if data["code"] is None and actor.code:
            data["code"] = actor.code
        data["mentions"] += mentions
        if new_article:
            data["articles"] += 1

    @staticmethod
    def _identify(doc_id: str, etype: str, polarity: str, items: list[tuple[int, Event, Span | None]]
                  ) -> list[tuple[str, str | None, list[Event]]]:
        """Split one article's reports of a dyad, type and polarity into events."""
        dated: dict[str, list[tuple[int, Event]]] = {}
        undated: list[tuple[int, Event]] = []
        for n, event, span in items:
            if span is None:
                undated.append((n, event))
            else:
                dated.setdefault(span.value, []).append((n, event))
        groups: list[tuple[str | None, list[tuple[int, Event]]]] = list(dated.items())
        if undated:
            if len(groups) == 1:
                value, reports = groups[0]
                groups[0] = (value, sorted(reports + undated, key=lambda item: item[0]))
            else:
                groups.append((None, undated))
        out = []
        for value, reports in sorted(groups, key=lambda g: g[1][0][0]):
            if value is None:
                key = f"{doc_id}#{reports[0][0]}"
            else:
                key = f"{etype}@{value}" + ("!neg" if polarity == "negative" else "")
            out.append((key, value, [e for _, e in reports]))
        return out

    def _add_event(self, source: str, target: str, key: str, value: str | None, reports: list[Event],
                   doc_id: str, published: str | None, ids: Mapping[str, str]) -> None:
        first = reports[0]
        cameo = next((e.cameo for e in reports if e.cameo), None)
        speaker = next((ids[e.speaker] for e in reports if e.speaker in ids), None)
        confidences = [c for c in (_finite(e.confidence) for e in reports) if c is not None]
        modality = most_certain(e.modality for e in reports)
        if self._g.has_edge(source, target, key):
            data = self._g.edges[source, target, key]
            data["reports"] += len(reports)
            if doc_id not in data["doc_ids"]:
                data["doc_ids"] = (*data["doc_ids"], doc_id)
            data["modality"] = most_certain((data["modality"], modality))
            data["plover"] = _plover(data["type"], data["modality"], data["polarity"])
            if confidences:
                data["confidence"] = max([c for c in (data["confidence"],) if c is not None] + confidences)
            if published and (data["published"] is None or published < data["published"]):
                data["published"] = published
            for field, new in (("cameo", cameo), ("speaker", speaker), ("evidence", first.evidence),
                               ("trigger", first.trigger), ("rule", first.rule)):
                if data[field] is None and new is not None:
                    data[field] = new
            data["cameo_root"] = _cameo_root(data["cameo"])
            return
        polarity = first.polarity
        self._g.add_edge(
            source,
            target,
            key=key,
            type=first.type,
            plover=_plover(first.type, modality, polarity),
            cameo=cameo,
            cameo_root=_cameo_root(cameo),
            quad_class=EVENT_TYPES[first.type],
            modality=modality,
            polarity=polarity,
            date=value,
            published=published,
            speaker=speaker,
            doc_id=doc_id,
            doc_ids=(doc_id,),
            reports=len(reports),
            evidence=first.evidence,
            trigger=first.trigger,
            rule=first.rule,
            confidence=max(confidences) if confidences else None,
            trigger_start=first.trigger_start,
            trigger_end=first.trigger_end,
            sentence_start=first.sentence_start,
            sentence_end=first.sentence_end,
        )

    @classmethod
    def from_networkx(cls, graph: nx.Graph, articles: Mapping[str, str | None] | None = None) -> "ActorGraph":
        """An ActorGraph from a networkx graph with the attributes of this module.

        The counterpart of :meth:`to_networkx`, used to read files back.
        Missing attributes take their defaults (:data:`NODE_FIELDS`,
        :data:`EDGE_FIELDS`); ``|``-joined strings become tuples; an edge
        whose ``type`` is not a PLOVER type is skipped with a warning; an edge
        ``key`` attribute, when present, is the edge key. ``articles`` maps doc
        ids to ISO publication dates (default: from the edges).

        Examples
        --------
        >>> nxg = nx.MultiDiGraph()
        >>> nxg.add_edge("country:FRA", "country:MLI", type="SANCTION", date="2022-02", doc_ids="d1|d2")
        0
        >>> g = ActorGraph.from_networkx(nxg)
        >>> g.node("country:MLI")["kind"], sorted(g.articles)
        ('COUNTRY', ['d1', 'd2'])
        """
        if not isinstance(graph, nx.Graph):
            raise TypeError(f"expected a networkx graph, not {type(graph).__name__}")
        new = cls()
        for node, data in graph.nodes(data=True):
            attrs = {**NODE_FIELDS, **data}
            nid = str(node)
            attrs["aliases"] = _as_tuple(attrs["aliases"])
            for field in ("mentions", "articles", "untargeted_events"):
                attrs[field] = int(attrs[field] or 0)
            if attrs["kind"] is None:
                attrs["kind"] = _KIND_OF_PREFIX.get(nid.split(":", 1)[0])
            if attrs["label"] is None:
                attrs["label"] = attrs["name"] if attrs["name"] is not None else nid
            if attrs["name"] is None:
                attrs["name"] = attrs["label"]
            new._g.add_node(nid, **attrs)
            new._names[nid] = Counter({attrs["label"]: max(attrs["articles"], 1)})
            new._roles[nid] = Counter({attrs["role"]: 1}) if attrs["role"] else Counter()
            new._countries[nid] = Counter({attrs["country"]: 1}) if attrs["country"] else Counter()
        edges: Iterable[tuple[Any, Any, Any, dict[str, Any]]] = (
            graph.edges(keys=True, data=True) if graph.is_multigraph()
            else ((u, v, None, d) for u, v, d in graph.edges(data=True))
        )
        skipped = 0
        for i, (u, v, k, data) in enumerate(edges):
            if data.get("type") not in EVENT_TYPES:
                skipped += 1
                continue
            attrs = {**EDGE_FIELDS, **data}
            key = attrs.pop("key", None)
            key = str(key if key is not None else (k if k is not None else f"e{i}"))
            attrs["doc_ids"] = _as_tuple(attrs["doc_ids"])
            if attrs["doc_id"] is None and attrs["doc_ids"]:
                attrs["doc_id"] = attrs["doc_ids"][0]
            if not attrs["doc_ids"] and attrs["doc_id"] is not None:
                attrs["doc_ids"] = (attrs["doc_id"],)
            attrs["reports"] = int(attrs["reports"] or 1)
            attrs["quad_class"] = attrs["quad_class"] or EVENT_TYPES[attrs["type"]]
            attrs["plover"] = attrs["plover"] or _plover(attrs["type"], attrs["modality"], attrs["polarity"])
            attrs["cameo_root"] = attrs["cameo_root"] or _cameo_root(attrs["cameo"])
            source, target = str(u), str(v)
            for n in (source, target):
                if n not in new._g:
                    new._g.add_node(n, **{**NODE_FIELDS, "label": n, "name": n,
                                          "kind": _KIND_OF_PREFIX.get(n.split(":", 1)[0])})
                    new._names[n], new._roles[n], new._countries[n] = Counter({n: 1}), Counter(), Counter()
            unique, n = key, 1
            while new._g.has_edge(source, target, unique):
                n += 1
                unique = f"{key}~{n}"
            new._g.add_edge(source, target, key=unique, **attrs)
            for doc in attrs["doc_ids"]:
                if new._articles.get(doc) is None:
                    new._articles[doc] = attrs["published"] if doc == attrs["doc_id"] else None
        if skipped:
            logger.warning("%d edges without a PLOVER event type were not read as events", skipped)
        if articles is not None:
            new._articles = {str(doc): pub for doc, pub in articles.items()}
        return new

    def _derive(self, graph: nx.MultiDiGraph) -> "ActorGraph":
        """A new ActorGraph over ``graph`` (a copy of part of this one)."""
        new = ActorGraph()
        new._g = graph
        docs = {doc for _, _, d in graph.edges(data=True) for doc in d["doc_ids"]}
        new._articles = {doc: pub for doc, pub in self._articles.items() if doc in docs}
        for n in graph:
            new._names[n] = Counter(self._names.get(n, ()))
            new._roles[n] = Counter(self._roles.get(n, ()))
            new._countries[n] = Counter(self._countries.get(n, ()))
        return new

    # -------------------------------------------------------------- reading

    def number_of_nodes(self) -> int:
        """The number of actors."""
        return self._g.number_of_nodes()

    def number_of_edges(self) -> int:
        """The number of distinct events (edges)."""
        return self._g.number_of_edges()

    def __len__(self) -> int:
        return self._g.number_of_nodes()

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._g

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._g))

    def node(self, actor_id: str) -> dict[str, Any]:
        """A copy of an actor's attributes (``KeyError`` if unknown)."""
        return dict(self._g.nodes[actor_id])

    def nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every actor id with a copy of its attributes."""
        for n, data in list(self._g.nodes(data=True)):
            yield n, dict(data)

    def edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Every event as ``(source, target, key, data)``, ``data`` a copy (negated ones too)."""
        for u, v, k, data in list(self._g.edges(keys=True, data=True)):
            yield u, v, k, dict(data)

    @property
    def articles(self) -> frozenset[str]:
        """The doc ids of the articles added."""
        return frozenset(self._articles)

    def article_dates(self) -> dict[str, str | None]:
        """Each article's ISO publication date (or ``None``)."""
        return dict(self._articles)

    @property
    def view(self) -> nx.MultiDiGraph:
        """A read-only networkx view of the graph (no copy; do not change its attribute dicts)."""
        return nx.freeze(self._g.copy(as_view=True))

    def find(self, name: str) -> list[str]:
        """Actor ids whose id, label or alias matches ``name`` (accents, case and articles ignored).

        Examples
        --------
        >>> g = ActorGraph([ArticleResult(doc_id="d1", actors=(
        ...     Actor(ref="A1", kind="ORGANISATION", name="OTAN", code="NATO", aliases=("l'Alliance atlantique",)),))])
        >>> g.find("alliance atlantique"), g.find("org:NATO"), g.find("ONU")
        (['org:NATO'], ['org:NATO'], [])
        """
        if name in self._g:
            return [name]
        key = fold(name)
        return sorted(n for n, d in self._g.nodes(data=True)
                      if key and any(fold(x) == key for x in (d["label"] or "", *d["aliases"])))

    def to_networkx(self) -> nx.MultiDiGraph:
        """A copy of the underlying multigraph (the escape hatch).

        Examples
        --------
        >>> import networkx as nx
        >>> g = _demo_graph().to_networkx()
        >>> type(g).__name__, nx.number_weakly_connected_components(g)
        ('MultiDiGraph', 1)
        """
        return self._g.copy()

    def subgraph(self, actors: Iterable[str]) -> "ActorGraph":
        """A new ActorGraph of these actors and every event among them.

        ``articles`` of the result are the articles reporting its events;
        actor attributes (counts included) are those of the whole graph.
        """
        keep = [n for n in dict.fromkeys(actors) if n in self._g]
        return self._derive(self._g.subgraph(keep).copy())

    # -------------------------------------------------------------- queries

    def events(
        self,
        *,
        source: str | Iterable[str] | None = None,
        target: str | Iterable[str] | None = None,
        type: str | Iterable[str] | None = None,
        between: tuple[DateLike, DateLike] | None = None,
        modality: str | Iterable[str] | None = None,
        polarity: str | None = "positive",
        quad_class: str | Iterable[str] | None = None,
        how: str = "overlap",
    ) -> list[tuple[str, str, str, dict[str, Any]]]:
        """The events matching every filter given, as ``(source, target, key, data)``.

        Negated events are left out unless ``polarity="negative"`` (only them)
        or ``polarity=None`` (all) is given. See
        :func:`newsgraph.analytics.events` for every parameter.

        Examples
        --------
        >>> g = _demo_graph()
        >>> [(u, v, d["type"]) for u, v, _, d in g.events(source="country:RUS")]
        [('country:RUS', 'country:USA', 'CONSULT'), ('country:RUS', 'country:UKR', 'ASSAULT'), ('country:RUS', 'country:UKR', 'ASSAULT')]
        >>> [d["date"] for *_, d in g.events(type="ASSAULT", between=("2022-02", "2022-02"))]
        ['2022-02-24']
        """
        return analytics.events(self._g, source=source, target=target, type=type, between=between,
                                modality=modality, polarity=polarity, quad_class=quad_class, how=how)

    def neighbors(self, actor: str, direction: str = "both", **filters: Any) -> list[str]:
        """Actors linked to ``actor``; see :func:`newsgraph.analytics.neighbors`.

        Examples
        --------
        >>> g = _demo_graph()
        >>> g.neighbors("country:RUS"), g.neighbors("country:RUS", direction="in")
        (['country:UKR', 'country:USA'], ['country:USA'])
        """
        return analytics.neighbors(self._g, actor, direction=direction, **filters)

    def dyad(self, a: str, b: str, **filters: Any) -> dict[str, Any]:
        """A summary of what happened between ``a`` and ``b``; see :func:`newsgraph.analytics.dyad_summary`.

        Examples
        --------
        >>> s = _demo_graph().dyad("country:RUS", "country:USA")
        >>> s["events"], s["types"], s["cooperation_conflict"]
        (2, {'CONSULT': 1, 'ACCUSE': 1}, 0.0)
        """
        return analytics.dyad_summary(self._g, a, b, **filters)

    def cooperation_conflict(self, a: str, b: str, **filters: Any) -> float | None:
        """The cooperation–conflict score of the dyad (both directions), in [-1, 1]."""
        return analytics.dyad_summary(self._g, a, b, **filters)["cooperation_conflict"]

    def dyad_scores(self, directed: bool = False, **filters: Any) -> dict[tuple[str, str], float]:
        """Cooperation–conflict score of every dyad; see :func:`newsgraph.analytics.dyad_scores`."""
        return analytics.dyad_scores(self._g, directed=directed, **filters)

    def timeline(self, a: str, b: str, freq: str = "month", directed: bool = False, fill: bool = True,
                 **filters: Any) -> dict[str, int]:
        """Events of a dyad per period; see :func:`newsgraph.analytics.dyad_timeline`.

        Examples
        --------
        >>> _demo_graph().timeline("country:RUS", "country:UKR")
        {'2022-02': 1, '2022-03': 1}
        """
        return analytics.dyad_timeline(self._g, a, b, freq=freq, directed=directed, fill=fill, **filters)

    def top_actors(self, by: str = "degree", n: int | None = 10, **filters: Any) -> list[tuple[str, float]]:
        """The most central actors; see :func:`newsgraph.analytics.top_actors`.

        Examples
        --------
        >>> g = _demo_graph()
        >>> g.top_actors(n=1), g.top_actors("weighted_degree", n=2)
        ([('country:RUS', 2)], [('country:RUS', 4), ('country:UKR', 2)])
        """
        return analytics.top_actors(self._g, by=by, n=n, **filters)

    def ego(self, actor: str, radius: int = 1, **filters: Any) -> "ActorGraph":
        """The actors within ``radius`` events of ``actor`` (either direction), as a new ActorGraph.

        Reachability follows matching events (by default not negated ones);
        the result holds every event among the actors it keeps.

        Examples
        --------
        >>> sorted(_demo_graph().ego("country:USA"))
        ['country:RUS', 'country:USA']
        >>> _demo_graph().ego("country:USA", radius=2).number_of_nodes()
        3
        """
        return self.subgraph(analytics.ego_nodes(self._g, actor, radius, **filters))

    def window(self, start: DateLike = None, end: DateLike = None, how: str = "overlap") -> "ActorGraph":
        """The events whose time overlaps ``[start, end]`` and their actors, as a new ActorGraph.

        Bounds are dates or ISO values of any granularity (``window("2022-11",
        "2022-12")`` covers November and December), ``None`` for open; an
        event's time is its date, else the publication date of its first
        report (see :mod:`newsgraph.analytics`). ``how="within"`` keeps only
        events whose interval lies inside the window. Negated events in the
        window are kept (queries on the result leave them out by default).

        Examples
        --------
        >>> rus = Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS")
        >>> ukr = Actor(ref="A2", kind="COUNTRY", name="Ukraine", code="UKR")
        >>> g = ActorGraph([ArticleResult(doc_id="d1", actors=(rus, ukr), events=(
        ...     Event(type="ASSAULT", source="A1", target="A2", date="2022-02-24"),
        ...     Event(type="CONSULT", source="A1", target="A2", date="2022-03")))])
        >>> g.window("2022-02", "2022-02").number_of_edges(), g.window("2022-03-10").number_of_edges()
        (1, 1)
        >>> g.number_of_edges()
        2
        """
        keep = analytics._Filter(polarity=None, between=(start, end), how=how)
        kept = [(u, v, k, dict(d)) for u, v, k, d in self._g.edges(keys=True, data=True) if keep(d)]
        ends = {n for u, v, _, _ in kept for n in (u, v)}
        sub = nx.MultiDiGraph()
        sub.add_nodes_from((n, dict(d)) for n, d in self._g.nodes(data=True) if n in ends)
        sub.add_edges_from(kept)
        return self._derive(sub)

    def aggregate(self, **filters: Any) -> nx.DiGraph:
        """One weighted edge per ordered actor pair; see :func:`newsgraph.analytics.aggregate`.

        Negated events are left out unless asked for (``polarity=None``).

        Examples
        --------
        >>> agg = _demo_graph().aggregate()
        >>> agg["country:RUS"]["country:UKR"]["weight"], agg["country:RUS"]["country:UKR"]["last_date"]
        (2, '2022-03-31')
        """
        return analytics.aggregate(self._g, **filters)

    def __repr__(self) -> str:
        return (f"<ActorGraph: {self.number_of_nodes()} actors, {self.number_of_edges()} events, "
                f"{len(self._articles)} articles>")

    def _repr_html_(self) -> str | None:
        """Jupyter's rich display: :func:`newsgraph.display.render_graph` (see :mod:`newsgraph.renderers`)."""
        return html_for(self)
