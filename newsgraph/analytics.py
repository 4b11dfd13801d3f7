"""Queries and analytics over an actor graph, as free functions.

Every function takes an :class:`~newsgraph.graph.ActorGraph` or the
:class:`networkx.MultiDiGraph` it wraps (``ActorGraph.to_networkx()``, or a
graph read back from a file), never changes it, and returns new objects.
:class:`~newsgraph.graph.ActorGraph` methods of the same names delegate here.

Dates
-----
Event dates are ISO 8601 values at four granularities (specification §3):
``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-MM`` and ``YYYY``. Each is read as the
closed interval of days it covers (:func:`date_span`): a day covers itself, a
week runs Monday to Sunday, a month covers the whole month, a year the whole
year. An event without a date of its own is placed at the publication date of
the article that first reported it, as news event data sets do; an event with
neither has no time and is left out of every time query.

- time windows (:func:`events` ``between=``, ``ActorGraph.window``) keep an
  event whose interval *overlaps* the window (``how="within"`` asks for
  intervals inside it); window bounds may be dates or ISO values of any
  granularity, the start taken at its first day and the end at its last;
- timelines (:func:`dyad_timeline`) count an event in the week, month or year
  that holds it; a week belongs to the month and year of its Thursday (the ISO
  rule); an event dated more coarsely than the period (a month in a weekly
  timeline, a year in a monthly one) belongs to no single period and is not
  counted;
- GEXF exports give each event its interval as ``start``/``end``.

Negated events ("n'a pas rencontré") are kept in the graph with
``polarity="negative"`` and left out of every query and measure unless asked
for with ``polarity="negative"`` (only those) or ``polarity=None`` (all).

Examples
--------
>>> date_span("2022-W47")
Span(start=datetime.date(2022, 11, 21), end=datetime.date(2022, 11, 27), granularity='week', value='2022-W47')
>>> date_span("2022-12").end
datetime.date(2022, 12, 31)
>>> period_of(date_span("2022-11-28"), "week"), period_of(date_span("2022-W48"), "month")
('2022-W48', '2022-12')
>>> cooperation_conflict([{"quad_class": "verbal cooperation"}, {"quad_class": "material conflict"}])
-0.25
"""

from __future__ import annotations

import re
from collections import Counter, deque
from datetime import date, datetime, timedelta
from typing import Any, Iterable, Iterator, Mapping, NamedTuple, Protocol, Union

import networkx as nx

from .types import EVENT_TYPES

__all__ = [
    "FREQUENCIES",
    "QUAD_CLASSES",
    "QUAD_WEIGHTS",
    "Span",
    "aggregate",
    "cooperation_conflict",
    "date_span",
    "dyad_scores",
    "dyad_summary",
    "dyad_timeline",
    "ego_nodes",
    "event_span",
    "events",
    "merge_spans",
    "most_certain",
    "neighbors",
    "period_of",
    "top_actors",
]



class ViewsAGraph(Protocol):
    """What these functions need of a graph object: its networkx multigraph, read-only.

    :class:`~newsgraph.graph.ActorGraph` is one (its ``view``); this module
    does not import it (the graph calls the analytics, never the reverse).
    """

    @property
    def view(self) -> nx.MultiDiGraph: ...


GraphLike = Union[ViewsAGraph, nx.MultiDiGraph]
DateLike = Union[date, str, None]

#: The PLOVER quad classes, cooperative first.
QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")

#: Weight of each quad class in :func:`cooperation_conflict`: material acts
#: count twice as much as words, cooperation is positive, conflict negative.
QUAD_WEIGHTS: dict[str, float] = {
    "verbal cooperation": 1.0,
    "material cooperation": 2.0,
    "verbal conflict": -1.0,
    "material conflict": -2.0,
}

#: Timeline periods, finest first.
FREQUENCIES = ("week", "month", "year")

_MODALITY_RANK = {"asserted": 0, "future": 1, "hypothetical": 2}

# --------------------------------------------------------------------------- dates

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
_WEEK = re.compile(r"(\d{4})-?W(\d{2})", re.IGNORECASE)
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")


class Span(NamedTuple):
    """The closed interval of days an ISO date value covers."""

    start: date
    end: date
    granularity: str
    value: str


def date_span(value: DateLike) -> Span | None:
    """The days covered by an ISO date value, or ``None`` if it is not one.

    Parameters
    ----------
    value : str, datetime.date or None
        ``YYYY-MM-DD`` (a time part is ignored), ``YYYY-Www``, ``YYYY-MM`` or
        ``YYYY``; a :class:`datetime.date` is a day.

    Returns
    -------
    Span or None
        ``start`` and ``end`` (inclusive), the ``granularity`` (``day``,
        ``week``, ``month``, ``year``) and the canonical ``value``.

    Examples
    --------
    >>> date_span("2016")
    Span(start=datetime.date(2016, 1, 1), end=datetime.date(2016, 12, 31), granularity='year', value='2016')
    >>> date_span("2022-02-30") is None, date_span("hier") is None, date_span(None) is None
    (True, True, True)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return Span(value, value, "day", value.isoformat())
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if m := _DAY.fullmatch(text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return Span(day, day, "day", day.isoformat())
        if m := _WEEK.fullmatch(text):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Span(monday, monday + timedelta(days=6), "week", f"{int(m[1]):04d}-W{int(m[2]):02d}")
        if m := _MONTH.fullmatch(text):
            first = date(int(m[1]), int(m[2]), 1)
            return Span(first, _month_end(first), "month", f"{first.year:04d}-{first.month:02d}")
        if m := _YEAR.fullmatch(text):
            year = int(m[1])
            return Span(date(year, 1, 1), date(year, 12, 31), "year", f"{year:04d}")
    except ValueError:  # month 13, day 30 of February, week 54, year 0
        return None
    return None


def _month_end(day: date) -> date:
    following = date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)
    return following - timedelta(days=1)


def event_span(data: Mapping[str, Any]) -> Span | None:
    """When an event (edge data) took place: its ``date``, else its ``published`` day.

    Examples
    --------
    >>> event_span({"date": None, "published": "2022-11-28"}).value
    '2022-11-28'
    >>> event_span({"date": "2022-12", "published": "2022-11-28"}).granularity
    'month'
    """
    return date_span(data.get("date")) or date_span(data.get("published"))


def period_of(span: Span, freq: str) -> str | None:
    """The ``week``, ``month`` or ``year`` that holds ``span``, or ``None`` if it is coarser.

    Examples
    --------
    >>> period_of(date_span("2022-12"), "week") is None
    True
    >>> period_of(date_span("2021-W01"), "year")  # its Thursday is 7 January 2021
    '2021'
    """
    _check_freq(freq)
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    if rank[span.granularity] > rank[freq]:
        return None
    if freq == "week":
        year, week, _ = span.start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    anchor = span.start + timedelta(days=3) if span.granularity == "week" else span.start
    if freq == "month":
        return f"{anchor.year:04d}-{anchor.month:02d}"
    return f"{anchor.year:04d}"


def _check_freq(freq: str) -> None:
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {FREQUENCIES}, not {freq!r}")


def _periods(first: str, last: str, freq: str) -> Iterator[str]:
    """Every period label from ``first`` to ``last`` inclusive."""
    day = date_span(first).start  # type: ignore[union-attr]
    end = date_span(last).start  # type: ignore[union-attr]
    step = {"week": lambda d: d + timedelta(days=7),
            "month": lambda d: _month_end(d) + timedelta(days=1),
            "year": lambda d: date(d.year + 1, 1, 1)}[freq]
    while day <= end:
        yield period_of(Span(day, day, "day", day.isoformat()), freq)  # type: ignore[misc]
        day = step(day)


def _bounds(between: tuple[DateLike, DateLike] | None) -> tuple[date | None, date | None]:
    if between is None:
        return None, None
    try:
        lo, hi = between
    except (TypeError, ValueError):
        raise ValueError(f"between must be a pair (start, end), not {between!r}") from None
    lo_span, hi_span = date_span(lo), date_span(hi)
    if lo is not None and lo_span is None:
        raise ValueError(f"not an ISO date value: {lo!r}")
    if hi is not None and hi_span is None:
        raise ValueError(f"not an ISO date value: {hi!r}")
    return (lo_span.start if lo_span else None), (hi_span.end if hi_span else None)


def _in_window(span: Span | None, lo: date | None, hi: date | None, how: str) -> bool:
    if lo is None and hi is None:
        return True
    if span is None:
        return False
    if how == "within":
        return (lo is None or span.start >= lo) and (hi is None or span.end <= hi)
    return (lo is None or span.end >= lo) and (hi is None or span.start <= hi)


# --------------------------------------------------------------------------- filters


def _nx(graph: GraphLike) -> nx.MultiDiGraph:
    """The networkx graph behind ``graph`` (read-only use)."""
    if isinstance(graph, nx.Graph):
        return graph
    view = getattr(graph, "view", None)
    if isinstance(view, nx.Graph):
        return view
    raise TypeError(f"expected an ActorGraph or a networkx graph, not {type(graph).__name__}")


def _as_set(value: str | Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset((value,))
    return frozenset(value)


class _Filter:
    """The event filter shared by every query (see :func:`events`)."""

    def __init__(
        self,
        *,
        type: str | Iterable[str] | None = None,
        modality: str | Iterable[str] | None = None,
        polarity: str | None = "positive",
        quad_class: str | Iterable[str] | None = None,
        between: tuple[DateLike, DateLike] | None = None,
        how: str = "overlap",
    ) -> None:
        if how not in ("overlap", "within"):
            raise ValueError(f"how must be 'overlap' or 'within', not {how!r}")
        self.types = _as_set(type)
        self.modalities = _as_set(modality)
        self.polarity = polarity
        self.quad_classes = _as_set(quad_class)
        self.lo, self.hi = _bounds(between)
        self.how = how

    def __call__(self, data: Mapping[str, Any]) -> bool:
        if self.polarity is not None and data.get("polarity", "positive") != self.polarity:
            return False
        if self.types is not None and data.get("type") not in self.types:
            return False
        if self.modalities is not None and data.get("modality") not in self.modalities:
            return False
        if self.quad_classes is not None and data.get("quad_class") not in self.quad_classes:
            return False
        return _in_window(event_span(data), self.lo, self.hi, self.how)


def _edges(g: nx.MultiDiGraph, source: frozenset[str] | None = None, target: frozenset[str] | None = None
           ) -> Iterator[tuple[str, str, Any, dict[str, Any]]]:
    if source is not None:
        for s in sorted(source):
            if s in g:
                for _, v, k, d in g.out_edges(s, keys=True, data=True):
                    if target is None or v in target:
                        yield s, v, k, d
    elif target is not None:
        for t in sorted(target):
            if t in g:
                yield from g.in_edges(t, keys=True, data=True)
    else:
        yield from g.edges(keys=True, data=True)


# --------------------------------------------------------------------------- queries


def events(
    graph: GraphLike,
    *,
    source: str | Iterable[str] | None = None,
    target: str | Iterable[str] | None = None,
    type: str | Iterable[str] | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    modality: str | Iterable[str] | None = None,
    polarity: str | None = "positive",
    quad_class: str | Iterable[str] | None = None,
    how: str = "overlap",
) -> list[tuple[str, str, Any, dict[str, Any]]]:
    """The events (edges) that match every filter given.

    Parameters
    ----------
    graph : ActorGraph or networkx.MultiDiGraph
    source, target : str or iterable of str, optional
        Actor ids of the acting and the targeted actor.
    type : str or iterable of str, optional
        PLOVER event types (``"CONSULT"``...).
    between : (start, end), optional
        Keep events whose time (see the module notes) overlaps the window;
        either bound may be ``None`` (open) and any ISO granularity
        (``("2022-11", "2022-12")`` is November 1 to December 31).
    modality : str or iterable of str, optional
        ``asserted``, ``future``, ``hypothetical``.
    polarity : {"positive", "negative", None}
        ``"positive"`` (default) leaves negated events out, ``"negative"``
        keeps only them, ``None`` keeps both.
    quad_class : str or iterable of str, optional
        PLOVER quad classes (``"verbal conflict"``...).
    how : {"overlap", "within"}
        How ``between`` compares an event's interval with the window.

    Returns
    -------
    list of (source, target, key, data)
        In graph order; ``data`` is a fresh copy of the edge attributes.

    Examples
    --------
    >>> from newsgraph.graph import ActorGraph
    >>> from newsgraph.types import Actor, ArticleResult, Event
    >>> actors = (Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS"),
    ...           Actor(ref="A2", kind="COUNTRY", name="Ukraine", code="UKR"))
    >>> r = ArticleResult(doc_id="d1", published=date(2022, 11, 28), actors=actors, events=(
    ...     Event(type="ASSAULT", source="A1", target="A2", date="2022-11-27"),
    ...     Event(type="CONSULT", source="A1", target="A2", polarity="negative")))
    >>> g = ActorGraph([r])
    >>> [d["type"] for _, _, _, d in events(g, source="country:RUS")]
    ['ASSAULT']
    >>> len(events(g, polarity=None)), len(events(g, between=("2022-12", None)))
    (2, 0)
    """
    g = _nx(graph)
    keep = _Filter(type=type, modality=modality, polarity=polarity, quad_class=quad_class,
                   between=between, how=how)
    return [(u, v, k, dict(d)) for u, v, k, d in _edges(g, _as_set(source), _as_set(target)) if keep(d)]


def neighbors(graph: GraphLike, actor: str, *, direction: str = "both", **filters: Any) -> list[str]:
    """The actors linked to ``actor`` by at least one matching event.

    Parameters
    ----------
    actor : str
        An actor id.
    direction : {"both", "out", "in"}
        ``"out"``: targets of ``actor``'s events; ``"in"``: sources of events
        that target it; ``"both"``: either.
    **filters
        Event filters of :func:`events` (``type``, ``polarity``...).

    Returns
    -------
    list of str
        Sorted actor ids (``actor`` itself only for self-directed events).

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b", {"type": "AID"}), ("c", "a", {"type": "ACCUSE"})])
    >>> neighbors(g, "a"), neighbors(g, "a", direction="out")
    (['b', 'c'], ['b'])
    """
    g = _nx(graph)
    if actor not in g:
        raise KeyError(actor)
    if direction not in ("both", "out", "in"):
        raise ValueError(f"direction must be 'both', 'out' or 'in', not {direction!r}")
    keep = _Filter(**filters)
    found: set[str] = set()
    if direction in ("both", "out"):
        found.update(v for _, v, d in g.out_edges(actor, data=True) if keep(d))
    if direction in ("both", "in"):
        found.update(u for u, _, d in g.in_edges(actor, data=True) if keep(d))
    return sorted(found)


def cooperation_conflict(
    edges: Iterable[Mapping[str, Any]], weights: Mapping[str, float] | None = None
) -> float | None:
    """The cooperation–conflict score of some events, in [-1, 1].

    Each event weighs its PLOVER quad class (:data:`QUAD_WEIGHTS`: verbal
    cooperation +1, material cooperation +2, verbal conflict -1, material
    conflict -2); the score is their sum over the largest possible sum, so
    ``1`` is all material cooperation and ``-1`` all material conflict.

    Parameters
    ----------
    edges : iterable of mapping
        Edge data with a ``quad_class`` (or a ``type``).
    weights : mapping, optional
        Other weights per quad class.

    Returns
    -------
    float or None
        ``None`` when there is no event.

    Examples
    --------
    >>> cooperation_conflict([{"type": "AID"}, {"type": "CONSULT"}])
    0.75
    >>> cooperation_conflict([]) is None
    True
    """
    weights = QUAD_WEIGHTS if weights is None else weights
    scale = max((abs(w) for w in weights.values()), default=0.0) or 1.0
    total, n = 0.0, 0
    for data in edges:
        quad = data.get("quad_class") or EVENT_TYPES.get(data.get("type", ""))
        if quad not in weights:
            continue
        total += weights[quad]
        n += 1
    return None if n == 0 else round(total / (scale * n), 6)


def dyad_summary(graph: GraphLike, a: str, b: str, **filters: Any) -> dict[str, Any]:
    """What happened between two actors, in both directions.

    Parameters
    ----------
    a, b : str
        Actor ids.
    **filters
        Event filters of :func:`events`.

    Returns
    -------
    dict
        ``actors`` (a, b); ``events`` (distinct events), ``a_to_b`` and
        ``b_to_a``; ``reports`` (textual reports merged into those events) and
        ``articles`` (distinct articles); ``types`` and ``quad_classes``
        (counts, most frequent first); ``first_date`` and ``last_date`` (ISO
        days, from the events' intervals); ``cooperation_conflict`` (see
        :func:`cooperation_conflict`).

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b", {"type": "AID", "quad_class": "material cooperation", "date": "2022-11"}),
    ...                      ("b", "a", {"type": "ACCUSE", "quad_class": "verbal conflict", "date": "2022-12-05"})])
    >>> s = dyad_summary(g, "a", "b")
    >>> s["events"], s["a_to_b"], s["first_date"], s["last_date"], s["cooperation_conflict"]
    (2, 1, '2022-11-01', '2022-12-05', 0.25)
    """
    g = _nx(graph)
    for n in (a, b):
        if n not in g:
            raise KeyError(n)
    keep = _Filter(**filters)
    forward = [d for _, v, d in g.out_edges(a, data=True) if v == b and keep(d)]
    backward = [d for _, v, d in g.out_edges(b, data=True) if v == a and keep(d)] if a != b else []
    both = forward + backward
    spans = [s for s in map(event_span, both) if s is not None]
    docs = {doc for d in both for doc in (d.get("doc_ids") or (d.get("doc_id"),)) if doc}
    return {
        "actors": (a, b),
        "events": len(both),
        "a_to_b": len(forward),
        "b_to_a": len(backward),
        "reports": sum(int(d.get("reports") or 1) for d in both),
        "articles": len(docs),
        "types": dict(Counter(d.get("type") for d in both).most_common()),
        "quad_classes": dict(Counter(d.get("quad_class") for d in both).most_common()),
        "first_date": min(s.start for s in spans).isoformat() if spans else None,
        "last_date": max(s.end for s in spans).isoformat() if spans else None,
        "cooperation_conflict": cooperation_conflict(both),
    }


def dyad_scores(graph: GraphLike, *, directed: bool = False, **filters: Any) -> dict[tuple[str, str], float]:
    """The cooperation–conflict score of every dyad that has matching events.

    Parameters
    ----------
    directed : bool
        ``False`` (default): one score per unordered pair, keyed by the sorted
        pair; ``True``: one per ordered pair (source, target).
    **filters
        Event filters of :func:`events`.

    Returns
    -------
    dict
        ``{(a, b): score}``, sorted by pair.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("b", "a", {"type": "AID"}), ("a", "b", {"type": "ASSAULT"})])
    >>> dyad_scores(g), dyad_scores(g, directed=True)
    ({('a', 'b'): 0.0}, {('a', 'b'): -1.0, ('b', 'a'): 1.0})
    """
    g = _nx(graph)
    keep = _Filter(**filters)
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for u, v, d in g.edges(data=True):
        if keep(d):
            pair = (u, v) if directed else tuple(sorted((u, v)))
            groups.setdefault(pair, []).append(d)  # type: ignore[arg-type]
    return {pair: cooperation_conflict(groups[pair]) for pair in sorted(groups)}  # type: ignore[misc]


def dyad_timeline(
    graph: GraphLike,
    a: str,
    b: str,
    *,
    freq: str = "month",
    directed: bool = False,
    fill: bool = True,
    **filters: Any,
) -> dict[str, int]:
    """Events between two actors per week, month or year.

    Parameters
    ----------
    a, b : str
        Actor ids.
    freq : {"week", "month", "year"}
        Period labels are ``2022-W47``, ``2022-11`` or ``2022``.
    directed : bool
        ``True`` counts only events from ``a`` to ``b``.
    fill : bool
        ``True`` (default) lists every period from the first to the last,
        with zeros.
    **filters
        Event filters of :func:`events`.

    Returns
    -------
    dict
        ``{period: count}`` in time order. Events dated more coarsely than
        ``freq`` and events without any time are not counted.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b", {"type": "AID", "date": "2022-10-03"}),
    ...                      ("b", "a", {"type": "AID", "date": "2022-W52"}),
    ...                      ("a", "b", {"type": "AID", "date": "2022"})])
    >>> dyad_timeline(g, "a", "b")
    {'2022-10': 1, '2022-11': 0, '2022-12': 1}
    >>> dyad_timeline(g, "a", "b", directed=True, freq="year")
    {'2022': 2}
    """
    _check_freq(freq)
    g = _nx(graph)
    for n in (a, b):
        if n not in g:
            raise KeyError(n)
    keep = _Filter(**filters)
    selected = [d for _, v, d in g.out_edges(a, data=True) if v == b and keep(d)]
    if not directed and a != b:
        selected += [d for _, v, d in g.out_edges(b, data=True) if v == a and keep(d)]
    counts: Counter[str] = Counter()
    for data in selected:
        span = event_span(data)
        label = period_of(span, freq) if span else None
        if label is not None:
            counts[label] += 1
    if not counts:
        return {}
    labels = sorted(counts, key=lambda p: date_span(p).start)  # type: ignore[union-attr]
    if fill:
        labels = list(_periods(labels[0], labels[-1], freq))
    return {p: counts.get(p, 0) for p in labels}


def ego_nodes(graph: GraphLike, actor: str, radius: int = 1, **filters: Any) -> set[str]:
    """The actors within ``radius`` matching events of ``actor``, either direction.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b", {}), ("c", "b", {}), ("c", "d", {"polarity": "negative"})])
    >>> sorted(ego_nodes(g, "a", 2)), sorted(ego_nodes(g, "a", 3, polarity=None))
    (['a', 'b', 'c'], ['a', 'b', 'c', 'd'])
    """
    g = _nx(graph)
    if actor not in g:
        raise KeyError(actor)
    if radius < 0:
        raise ValueError("radius must be >= 0")
    keep = _Filter(**filters)
    seen = {actor}
    frontier: deque[tuple[str, int]] = deque([(actor, 0)])
    while frontier:
        node, dist = frontier.popleft()
        if dist == radius:
            continue
        linked = [v for _, v, d in g.out_edges(node, data=True) if keep(d)]
        linked += [u for u, _, d in g.in_edges(node, data=True) if keep(d)]
        for other in linked:
            if other not in seen:
                seen.add(other)
                frontier.append((other, dist + 1))
    return seen


def _projection(g: nx.MultiDiGraph, keep: _Filter) -> nx.Graph:
    """Undirected simple graph of matching events (weight = events), no self-loops."""
    h = nx.Graph()
    h.add_nodes_from(g)
    for u, v, d in g.edges(data=True):
        if u != v and keep(d):
            if h.has_edge(u, v):
                h[u][v]["weight"] += 1
            else:
                h.add_edge(u, v, weight=1)
    return h


def top_actors(
    graph: GraphLike, by: str = "degree", n: int | None = 10, **filters: Any
) -> list[tuple[str, float]]:
    """The most central actors.

    Parameters
    ----------
    by : {"degree", "weighted_degree", "betweenness"}
        ``degree``: how many other actors it has events with (either
        direction); ``weighted_degree``: how many events it takes part in
        (as source or target); ``betweenness``: normalised betweenness
        centrality in the undirected, unweighted graph of actor pairs.
    n : int or None
        How many to return (``None``: all).
    **filters
        Event filters of :func:`events`.

    Returns
    -------
    list of (actor id, value)
        Highest first, ties by id.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b", {}), ("a", "b", {}), ("c", "b", {})])
    >>> top_actors(g, n=2), top_actors(g, "weighted_degree", n=1), top_actors(g, "betweenness", n=1)
    ([('b', 2), ('a', 1)], [('b', 3)], [('b', 1.0)])
    """
    g = _nx(graph)
    keep = _Filter(**filters)
    if by == "degree":
        h = _projection(g, keep)
        values: dict[str, float] = dict(h.degree())
    elif by == "weighted_degree":
        values = dict.fromkeys(g, 0)
        for u, v, d in g.edges(data=True):
            if keep(d):
                values[u] += 1
                if v != u:
                    values[v] += 1
    elif by == "betweenness":
        values = nx.betweenness_centrality(_projection(g, keep), normalized=True)
    else:
        raise ValueError(f"by must be 'degree', 'weighted_degree' or 'betweenness', not {by!r}")
    ranked = sorted(values.items(), key=lambda item: (-item[1], item[0]))
    return ranked if n is None else ranked[:n]


def aggregate(graph: GraphLike, **filters: Any) -> nx.DiGraph:
    """A weighted directed graph: one edge per ordered actor pair.

    Parameters
    ----------
    **filters
        Event filters of :func:`events`; by default negated events are left
        out.

    Returns
    -------
    networkx.DiGraph
        Every actor with its attributes; an edge wherever a matching event
        goes, with ``weight`` (distinct events), ``reports`` (textual reports),
        ``first_date`` and ``last_date`` (ISO days), one ``n_<TYPE>`` count per
        event type present in the selection, ``n_verbal_cooperation`` ...
        ``n_material_conflict`` and ``cooperation_conflict``.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b", {"type": "AID", "date": "2022-11"}),
    ...                      ("a", "b", {"type": "AID", "date": "2022-12-02"})])
    >>> d = aggregate(g)["a"]["b"]
    >>> d["weight"], d["n_AID"], d["first_date"], d["last_date"], d["cooperation_conflict"]
    (2, 2, '2022-11-01', '2022-12-02', 1.0)
    """
    g = _nx(graph)
    keep = _Filter(**filters)
    out = nx.DiGraph()
    out.add_nodes_from((n, dict(d)) for n, d in g.nodes(data=True))
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for u, v, d in g.edges(data=True):
        if keep(d):
            groups.setdefault((u, v), []).append(d)
    types = [t for t in EVENT_TYPES if any(d.get("type") == t for ds in groups.values() for d in ds)]
    for (u, v), ds in groups.items():
        spans = [s for s in map(event_span, ds) if s is not None]
        type_counts = Counter(d.get("type") for d in ds)
        quad_counts = Counter(d.get("quad_class") or EVENT_TYPES.get(d.get("type", "")) for d in ds)
        attrs: dict[str, Any] = {
            "weight": len(ds),
            "reports": sum(int(d.get("reports") or 1) for d in ds),
            "first_date": min(s.start for s in spans).isoformat() if spans else None,
            "last_date": max(s.end for s in spans).isoformat() if spans else None,
        }
        attrs.update({f"n_{t}": type_counts.get(t, 0) for t in types})
        attrs.update({f"n_{q.replace(' ', '_')}": quad_counts.get(q, 0) for q in QUAD_CLASSES})
        attrs["cooperation_conflict"] = cooperation_conflict(ds)
        out.add_edge(u, v, **attrs)
    return out


def merge_spans(spans: Iterable[Span]) -> list[tuple[date, date]]:
    """Sorted, non-overlapping intervals covering ``spans`` (Gephi refuses overlapping ones).

    Examples
    --------
    >>> merge_spans([date_span("2022-12-05"), date_span("2022-12"), date_span("2023-01-01")])
    [(datetime.date(2022, 12, 1), datetime.date(2022, 12, 31)), (datetime.date(2023, 1, 1), datetime.date(2023, 1, 1))]
    """
    merged: list[list[date]] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    return [(a, b) for a, b in merged]


def most_certain(modalities: Iterable[str]) -> str:
    """The most certain of some modalities (asserted > future > hypothetical).

    Examples
    --------
    >>> most_certain(["future", "asserted"])
    'asserted'
    """
    return min(modalities, key=lambda m: _MODALITY_RANK.get(m, len(_MODALITY_RANK)))
