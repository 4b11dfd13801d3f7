"""Static plots with matplotlib: the actor graph, a dyad's timeline, event types.

matplotlib is optional (``pip install "newsgraph[plot]"``) and imported only
when a function here is called. Each function draws on the ``ax`` it is given
(a new figure otherwise) and returns the axes, so plots compose with the rest
of matplotlib. Colours follow :mod:`newsgraph.display`: actors by kind
(:data:`~newsgraph.display.KIND_COLORS`), events by PLOVER quad class
(:data:`~newsgraph.display.QUAD_COLORS`).

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from newsgraph.graph import _demo_graph
>>> ax = plot_event_types(_demo_graph())
>>> [t.get_text() for t in ax.get_yticklabels()][:2]
['CONSULT', 'ACCUSE']
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .analytics import QUAD_CLASSES
from .display import KIND_COLORS, QUAD_COLORS
from .types import EVENT_TYPES, ArticleResult

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

    from .graph import ActorGraph

__all__ = ["draw_graph", "plot_dyad_timeline", "plot_event_types"]


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "newsgraph's plots need matplotlib, which is not installed: pip install \"newsgraph[plot]\""
        ) from exc
    return plt


def _axes(ax: "Axes | None", size: tuple[float, float]) -> "Axes":
    if ax is not None:
        return ax
    _, new = _pyplot().subplots(figsize=size)
    return new


def _empty(ax: "Axes", message: str) -> "Axes":
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, alpha=0.7)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _score_color(score: float | None) -> tuple[float, float, float]:
    """Red (-1, conflict) through grey (0) to green (+1, cooperation)."""
    if score is None:
        return (0.6, 0.6, 0.6)
    s = max(-1.0, min(1.0, score))
    grey, red, green = (0.6, 0.6, 0.6), (0.70, 0.09, 0.17), (0.11, 0.47, 0.22)
    end = green if s > 0 else red
    return tuple(g + (e - g) * abs(s) for g, e in zip(grey, end))  # type: ignore[return-value]


def _spring(graph: Any, seed: int) -> dict[str, Any]:
    """Spring layout of the largest component; the smaller ones in rows below it, at most
    ``_PER_ROW`` a row so that their labels do not run into each other.

    (A spring layout of the whole graph pushes small components far apart and
    squeezes the large one into the middle of the picture.)
    """
    import networkx as nx

    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c))
    pos: dict[str, Any] = dict(nx.spring_layout(graph.subgraph(components[0]), seed=seed, iterations=100))
    rest = components[1:]
    per_row = min(_PER_ROW, len(rest)) or 1
    for i, component in enumerate(rest):
        row, column = divmod(i, per_row)
        x = -1.0 + 2.0 * (column + 0.5) / per_row
        width = min(0.25, 0.9 / per_row)
        sub = nx.spring_layout(graph.subgraph(component), seed=seed, scale=width, center=(x, -1.3 - 0.3 * row))
        pos.update(sub)
    return pos


_PER_ROW = 5  # small components a row under the largest one


def draw_graph(
    graph: "ActorGraph",
    *,
    n: int | None = 30,
    by: str = "weighted_degree",
    layout: str | Mapping[str, Any] = "spring",
    seed: int = 7,
    labels: bool = True,
    ax: "Axes | None" = None,
    **filters: Any,
) -> "Axes":
    """Draw the most central actors and the events between them.

    Nodes are coloured by kind and sized by ``by``; an arrow goes from an
    actor to each actor it acted on (one per ordered pair,
    :meth:`ActorGraph.aggregate`), as wide as the number of events and
    coloured by their cooperation–conflict score, from red (material
    conflict) through grey to green (material cooperation).

    Parameters
    ----------
    graph : ActorGraph
    n : int or None
        How many actors to draw, the most central first (``None``: every
        actor that has an event). Actors without any matching event are
        never drawn.
    by : {"weighted_degree", "degree", "betweenness"}
        The centrality that ranks and sizes actors
        (:meth:`ActorGraph.top_actors`).
    layout : {"spring", "circular", "shell"} or mapping
        A networkx layout, or positions ``{actor id: (x, y)}``.
    seed : int
        Seed of the spring layout (the same seed gives the same picture).
    labels : bool
        Write the actors' names.
    ax : matplotlib Axes, optional
    **filters
        Event filters of :meth:`ActorGraph.events` (``type``, ``between``,
        ``polarity``...); by default negated events are left out.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from newsgraph.graph import _demo_graph
    >>> ax = draw_graph(_demo_graph(), n=10)
    >>> sorted(t.get_text() for t in ax.texts)
    ['Russie', 'Ukraine', 'États-Unis']
    """
    import networkx as nx

    ax = _axes(ax, (9, 7))
    # actors with at least one matching event with another actor (betweenness is 0 for leaves)
    active = {a for a, v in graph.top_actors("degree", n=None, **filters) if v > 0}
    ranked = [(a, v) for a, v in graph.top_actors(by, n=None, **filters) if a in active]
    if n is not None:
        ranked = ranked[:n]
    if not ranked:
        return _empty(ax, "no events to draw")
    keep = [a for a, _ in ranked]
    value = dict(ranked)
    agg = graph.aggregate(**filters).subgraph(keep)
    if isinstance(layout, Mapping):
        pos = {a: layout[a] for a in keep if a in layout}
        missing = [a for a in keep if a not in pos]
        if missing:
            raise ValueError(f"layout has no position for {missing[:3]}")
    elif layout == "spring":
        pos = _spring(nx.Graph(agg.to_undirected()), seed)
    elif layout == "circular":
        pos = nx.circular_layout(agg)
    elif layout == "shell":
        pos = nx.shell_layout(agg)
    else:
        raise ValueError(f"layout must be 'spring', 'circular', 'shell' or a mapping, not {layout!r}")

    top = max(value.values()) or 1.0
    sizes = [80 + 820 * (value[a] / top) for a in keep]
    colors = [KIND_COLORS.get(agg.nodes[a].get("kind") or "", KIND_COLORS["MISC"]) for a in keep]
    edges = list(agg.edges(data=True))
    nx.draw_networkx_edges(
        agg, pos, ax=ax, edgelist=[(u, v) for u, v, _ in edges], nodelist=keep, node_size=sizes,
        width=[1.0 + 1.5 * math.log(d.get("weight", 1)) for _, _, d in edges],
        edge_color=[_score_color(d.get("cooperation_conflict")) for _, _, d in edges],
        arrows=True, arrowstyle="-|>", arrowsize=12, connectionstyle="arc3,rad=0.12", alpha=0.85,
    )
    nx.draw_networkx_nodes(agg, pos, ax=ax, nodelist=keep, node_size=sizes, node_color=colors,
                           edgecolors="#333333", linewidths=0.6)
    if labels:
        nx.draw_networkx_labels(agg, pos, ax=ax, labels={a: agg.nodes[a].get("label") or a for a in keep},
                                font_size=8)
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    kinds = [k for k in ("PERSON", "COUNTRY", "ORGANISATION") if any(agg.nodes[a].get("kind") == k for a in keep)]
    handles: list[Any] = [Patch(facecolor=KIND_COLORS[k], edgecolor="#333333", label=k.lower()) for k in kinds]
    handles += [Line2D([0], [0], color=_score_color(1.0), lw=2, label="cooperation"),
                Line2D([0], [0], color=_score_color(-1.0), lw=2, label="conflict")]
    ax.legend(handles=handles, loc="best", fontsize=8, frameon=False)
    ax.set_axis_off()
    return ax


def plot_dyad_timeline(
    graph: "ActorGraph",
    a: str,
    b: str,
    *,
    freq: str = "month",
    directed: bool = False,
    ax: "Axes | None" = None,
    **filters: Any,
) -> "Axes":
    """Bars of the events between two actors per week, month or year, stacked by quad class.

    The counts are those of :meth:`ActorGraph.timeline`: every period from
    the first to the last, events dated more coarsely than ``freq`` left out.

    Parameters
    ----------
    graph : ActorGraph
    a, b : str
        Actor ids (``"country:RUS"``; :meth:`ActorGraph.find` gives them).
    freq : {"week", "month", "year"}
    directed : bool
        ``True``: only the events from ``a`` to ``b``.
    ax : matplotlib Axes, optional
    **filters
        Event filters of :meth:`ActorGraph.events` (not ``quad_class``,
        which makes the stacks).

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    KeyError
        If ``a`` or ``b`` is not an actor of the graph.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from newsgraph.graph import _demo_graph
    >>> ax = plot_dyad_timeline(_demo_graph(), "country:RUS", "country:UKR")
    >>> [t.get_text() for t in ax.get_xticklabels()], len(ax.patches)
    (['2022-02', '2022-03'], 2)
    """
    if "quad_class" in filters:
        raise TypeError("plot_dyad_timeline stacks the quad classes: filter with 'type' instead of 'quad_class'")
    ax = _axes(ax, (9, 3.5))
    periods = list(graph.timeline(a, b, freq=freq, directed=directed, **filters))
    label_a, label_b = graph.node(a).get("label") or a, graph.node(b).get("label") or b
    ax.set_title(f"{label_a} {'→' if directed else '—'} {label_b}: events per {freq}", fontsize=11)
    if not periods:
        return _empty(ax, f"no event dated to the {freq} or finer")
    bottom = [0] * len(periods)
    x = list(range(len(periods)))
    for quad in QUAD_CLASSES:
        counts = graph.timeline(a, b, freq=freq, directed=directed, fill=False, quad_class=quad, **filters)
        heights = [counts.get(p, 0) for p in periods]
        if any(heights):
            ax.bar(x, heights, bottom=bottom, color=QUAD_COLORS[quad], label=quad, width=0.8, edgecolor="white")
            bottom = [s + h for s, h in zip(bottom, heights)]
    ax.set_xticks(x)
    ax.set_xticklabels(periods, rotation=45 if len(periods) > 6 else 0, ha="right" if len(periods) > 6 else "center",
                       fontsize=8)
    ax.set_ylabel("events")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def plot_event_types(
    data: "ActorGraph | Iterable[ArticleResult] | Mapping[str, int]",
    *,
    polarity: str | None = "positive",
    ax: "Axes | None" = None,
) -> "Axes":
    """Horizontal bars: how many events of each PLOVER type, coloured by quad class.

    Parameters
    ----------
    data : ActorGraph, iterable of ArticleResult, or mapping
        A graph counts its distinct events between two actors; results count
        every event they hold (those without a target too); a mapping gives
        ``{type: count}`` directly.
    polarity : {"positive", "negative", None}
        Which events to count (default: not negated ones; ``None``: all).
        Not used with a mapping.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> ax = plot_event_types({"ASSAULT": 3, "CONSULT": 5})
    >>> [t.get_text() for t in ax.get_yticklabels()], [int(p.get_width()) for p in ax.patches]
    (['CONSULT', 'ASSAULT'], [5, 3])
    """
    from .graph import ActorGraph

    if isinstance(data, ActorGraph):
        counts = Counter(d.get("type") for *_, d in data.events(polarity=polarity))
        what = "distinct events between two actors"
    elif isinstance(data, Mapping):
        counts = Counter({str(k): int(v) for k, v in data.items()})
        what = "events"
    else:
        counts = Counter()
        for result in data:
            if not isinstance(result, ArticleResult):
                raise TypeError(f"expected ArticleResult items, not {type(result).__name__}")
            counts.update(e.type for e in result.events if polarity is None or e.polarity == polarity)
        what = "events"
    types = [t for t in EVENT_TYPES if counts.get(t)]
    ax = _axes(ax, (7, 0.35 * max(len(types), 3) + 1))
    if not types:
        return _empty(ax, "no events")
    y = list(range(len(types)))[::-1]
    ax.barh(y, [counts[t] for t in types], color=[QUAD_COLORS[EVENT_TYPES[t]] for t in types], edgecolor="white")
    ax.set_yticks(y)
    ax.set_yticklabels(types, fontsize=9)
    ax.set_xlabel(what)
    ax.xaxis.get_major_locator().set_params(integer=True)
    from matplotlib.patches import Patch

    quads = [q for q in QUAD_CLASSES if any(EVENT_TYPES[t] == q for t in types)]
    ax.legend(handles=[Patch(color=QUAD_COLORS[q], label=q) for q in quads], fontsize=8, frameon=False, loc="lower right")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax
