"""HTML views of results and graphs, for Jupyter and any web page.

:func:`render_article` shows one article's text with its mentions highlighted
by kind, its time expressions and event triggers marked, then its actors,
time expressions and events (with their evidence). :func:`render_graph`
summarises an :class:`~newsgraph.graph.ActorGraph`. ``ArticleResult`` and
``ActorGraph`` show them from ``_repr_html_`` (this module registers them in
:mod:`newsgraph.renderers`, which ``import newsgraph`` imports), so a result or
a graph left at the end of a notebook cell displays itself.

The HTML is one fragment with inline styles: no stylesheet, script, font or
image is loaded from anywhere, so it displays offline, in a notebook saved
as HTML, and in an e-mail. Every piece of text is escaped with
:func:`html.escape`.

Examples
--------
>>> from newsgraph.types import Actor, ArticleResult, Mention
>>> r = ArticleResult(doc_id="d1", text="Moscou <dément>.",
...     actors=(Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS"),),
...     mentions=(Mention(start=0, end=6, text="Moscou", kind="COUNTRY", actor="A1", metonymy=True),))
>>> page = render_article(r)
>>> "&lt;dément&gt;" in page and "<dément>" not in page
True
>>> page.count('data-kind="COUNTRY"')
1
"""

from __future__ import annotations

import html
from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple

from .analytics import QUAD_CLASSES, cooperation_conflict
from .graph import ActorGraph
from .renderers import register_html
from .types import EVENT_TYPES, MENTION_KINDS, ArticleResult

if TYPE_CHECKING:  # pragma: no cover
    from .types import Event

__all__ = ["KIND_COLORS", "QUAD_COLORS", "TIMEX_COLOR", "render_article", "render_graph"]

#: Background colour of each mention kind (displaCy's palette where it has one).
KIND_COLORS: dict[str, str] = {
    "PERSON": "#aa9cfc",
    "COUNTRY": "#feca74",
    "ORGANISATION": "#7aecec",
    "LOCATION": "#ff9561",
    "MISC": "#dcdcdc",
}

#: Colour of each PLOVER quad class: greens for cooperation, reds for conflict.
QUAD_COLORS: dict[str, str] = {
    "verbal cooperation": "#a6dba0",
    "material cooperation": "#1b7837",
    "verbal conflict": "#f4a582",
    "material conflict": "#b2182b",
}

#: Background colour of time expressions.
TIMEX_COLOR = "#bfe1d9"

_SHORT_KIND = {"PERSON": "PER", "COUNTRY": "PAYS", "ORGANISATION": "ORG", "LOCATION": "LIEU", "MISC": "MISC"}
_DARK_TEXT = {"material cooperation", "material conflict"}

_BOX = "font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 14px; line-height: 1.5; max-width: 70em"
_TABLE = "border-collapse: collapse; margin: 0.3em 0 1em 0; font-size: 13px"
_TH = "text-align: left; padding: 2px 8px; border-bottom: 1px solid #999"
_TD = "text-align: left; padding: 2px 8px; vertical-align: top; border-bottom: 1px solid rgba(128,128,128,0.25)"
_H = "font-size: 15px; font-weight: 600; margin: 0.8em 0 0.2em 0"
_MUTED = "opacity: 0.7; font-size: 12px"


def _e(value: Any) -> str:
    """Escaped text of any value (``None`` gives an empty string)."""
    return "" if value is None else html.escape(str(value), quote=True)


def _chip(text: str, color: str, *, title: str | None = None, light_text: bool = False) -> str:
    fg = "#fff" if light_text else "#111"
    tip = f' title="{_e(title)}"' if title else ""
    return (f'<span{tip} style="background: {color}; color: {fg}; padding: 0 0.4em; border-radius: 0.3em; '
            f'font-size: 12px; white-space: nowrap">{_e(text)}</span>')


def _kind_chip(kind: str | None) -> str:
    kind = kind or "MISC"
    return _chip(kind, KIND_COLORS.get(kind, KIND_COLORS["MISC"]))


def _type_chip(etype: str) -> str:
    quad = EVENT_TYPES.get(etype, "")
    return _chip(etype, QUAD_COLORS.get(quad, "#dcdcdc"), title=quad, light_text=quad in _DARK_TEXT)


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """An HTML table; ``rows`` hold HTML (already escaped)."""
    head = "".join(f'<th style="{_TH}">{_e(h)}</th>' for h in header)
    body = "".join("<tr>" + "".join(f'<td style="{_TD}">{cell}</td>' for cell in row) + "</tr>" for row in rows)
    return f'<table style="{_TABLE}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


# --------------------------------------------------------------------------- article


class _Mark(NamedTuple):
    start: int
    end: int
    priority: int  # lower wins between spans that start together and are as long
    opening: str
    closing: str


def _select(marks: list[_Mark], length: int) -> list[_Mark]:
    """The outermost marks, none overlapping another; invalid spans are dropped.

    Marks are taken by start, longest first: a span inside or across one
    already taken is left out, so nested mentions show their outermost span.
    """
    valid = [m for m in marks if 0 <= m.start < m.end <= length]
    valid.sort(key=lambda m: (m.start, -(m.end - m.start), m.priority))
    kept: list[_Mark] = []
    end = 0
    for mark in valid:
        if mark.start >= end:
            kept.append(mark)
            end = mark.end
    return kept


def _mention_mark(m: Any, actors: dict[str, Any]) -> _Mark:
    kind = m.kind if m.kind in MENTION_KINDS else "MISC"
    color = KIND_COLORS[kind]
    actor = actors.get(m.actor) if m.actor else None
    tip = [kind]
    if actor is not None:
        ident = actor.code or actor.country
        tip.append(f"{actor.ref} {actor.name}" + (f" ({ident})" if ident else ""))
    elif m.actor:
        tip.append(str(m.actor))
    if m.resolved:
        tip.append("resolved (pronoun or description)")
    if m.metonymy:
        tip.append("metonymy (a capital or seat of power standing for its state)")
    label = actor.ref if actor is not None else (m.actor or _SHORT_KIND.get(kind, kind))
    border = f"border: 1px dashed #555; background: {color}80" if m.resolved else f"background: {color}"
    opening = (f'<mark data-kind="{_e(kind)}" title="{_e(" · ".join(tip))}" style="{border}; color: #111; '
               f'padding: 0.1em 0.3em; margin: 0 0.1em; border-radius: 0.3em; line-height: 1.9">')
    closing = (f'<span class="ng-label" style="font-size: 0.7em; font-weight: bold; margin-left: 0.3em; '
               f'vertical-align: middle">{_e(label)}</span></mark>')
    return _Mark(m.start, m.end, 0, opening, closing)


def _timex_mark(t: Any) -> _Mark:
    value = t.value if t.value is not None else "?"
    tip = f"time expression · {value}" + (f" ({t.granularity})" if t.granularity else "")
    opening = (f'<mark data-kind="TIMEX" title="{_e(tip)}" style="background: {TIMEX_COLOR}; color: #111; '
               f'padding: 0.1em 0.3em; margin: 0 0.1em; border-radius: 0.3em; line-height: 1.9">')
    closing = (f'<span class="ng-label" style="font-size: 0.7em; font-weight: bold; margin-left: 0.3em; '
               f'vertical-align: middle">{_e(value)}</span></mark>')
    return _Mark(t.start, t.end, 1, opening, closing)


def _trigger_marks(events: Iterable["Event"], describe: Any) -> list[_Mark]:
    spans: dict[tuple[int, int], list[str]] = {}
    for event in events:
        if event.trigger_start is None or event.trigger_end is None:
            continue
        spans.setdefault((event.trigger_start, event.trigger_end), []).append(describe(event))
    marks = []
    for (start, end), lines in spans.items():
        opening = (f'<span data-kind="TRIGGER" title="{_e(" | ".join(lines))}" '
                   f'style="font-weight: 600; border-bottom: 2px dotted currentColor">')
        marks.append(_Mark(start, end, 2, opening, "</span>"))
    return marks


def _marked_text(text: str, marks: list[_Mark]) -> str:
    out: list[str] = []
    pos = 0
    for mark in _select(marks, len(text)):
        out.append(_e(text[pos:mark.start]))
        out.append(mark.opening + _e(text[mark.start:mark.end]) + mark.closing)
        pos = mark.end
    out.append(_e(text[pos:]))
    return "".join(out)


def _evidence(event: "Event", text: str | None) -> str:
    """The evidence quote, its trigger in bold when it can be placed."""
    evidence = event.evidence
    trigger = event.trigger
    if not evidence:
        return _e(trigger)
    at = -1
    if text and event.trigger_start is not None and event.trigger_end is not None:
        begin = text.find(evidence, max(0, event.sentence_start or 0))
        if begin < 0:
            begin = text.find(evidence)
        if begin >= 0 and begin <= event.trigger_start and event.trigger_end <= begin + len(evidence):
            at, end = event.trigger_start - begin, event.trigger_end - begin
    if at < 0 and trigger and trigger in evidence:
        at = evidence.index(trigger)
        end = at + len(trigger)
    if at < 0:
        return f"« {_e(evidence)} »"
    return f"« {_e(evidence[:at])}<b>{_e(evidence[at:end])}</b>{_e(evidence[end:])} »"


def render_article(result: "ArticleResult", *, text: bool = True, tables: bool = True) -> str:
    """An HTML view of one article: highlighted text, actors, time expressions, events.

    Mentions are coloured by kind (:data:`KIND_COLORS`) and tagged with the
    ``ref`` of the actor they resolve to; pronouns and descriptions resolved
    to an actor have a dashed border; time expressions are tagged with their
    value; event triggers are bold and underlined. Hovering any of them shows
    what it is. When spans overlap (an organisation's name holding a place
    name), the outermost is shown; spans whose offsets fall outside the text
    are left out.

    Parameters
    ----------
    result : ArticleResult
        An extraction result, or a record read back with
        ``ArticleResult.from_dict`` (without ``text``, only the tables show).
    text : bool
        Show the highlighted text.
    tables : bool
        Show the actor, time expression and event tables.

    Returns
    -------
    str
        An HTML fragment with inline styles and nothing to fetch.

    Examples
    --------
    >>> import newsgraph
    >>> r = newsgraph.extract("La Russie a nié les accusations de l'Ukraine lundi.", published="2022-11-28")
    >>> page = render_article(r)
    >>> page.startswith("<div") and "Ukraine" in page and "2022-11-28" in page
    True
    """
    actors = result.actors_by_ref
    parts = [f'<div class="newsgraph-article" style="{_BOX}">']
    title = result.title or result.doc_id or "Article"
    parts.append(f'<div style="font-size: 16px; font-weight: 600">{_e(title)}</div>')
    meta = [x for x in (result.doc_id if result.title else None,
                        result.published.isoformat() if result.published else None, result.source) if x]
    counts = (f"{len(result.actors)} actors · {len(result.mentions)} mentions · "
              f"{len(result.timexes)} time expressions · {len(result.events)} events")
    parts.append(f'<div style="{_MUTED}">{_e(" · ".join([*meta, counts]))}</div>')

    if text and result.text:
        kinds = [k for k in MENTION_KINDS if any(m.kind == k for m in result.mentions)]
        legend = " ".join(_kind_chip(k) for k in kinds)
        if result.timexes:
            legend += " " + _chip("time expression", TIMEX_COLOR)
        if any(e.trigger_start is not None for e in result.events):
            legend += ' <span style="font-weight: 600; border-bottom: 2px dotted currentColor; font-size: 12px">event trigger</span>'
        parts.append(f'<div style="margin: 0.4em 0">{legend}</div>')
        marks = [_mention_mark(m, actors) for m in result.mentions]
        marks += [_timex_mark(t) for t in result.timexes if t.start is not None and t.end is not None]
        marks += _trigger_marks(result.events, lambda e: e.describe(actors))
        parts.append('<div style="white-space: pre-wrap; border-left: 3px solid rgba(128,128,128,0.4); '
                     f'padding-left: 0.8em">{_marked_text(result.text, marks)}</div>')

    if tables:
        mentions = Counter(m.actor for m in result.mentions if m.actor)
        parts.append(f'<div style="{_H}">Actors</div>')
        if result.actors:
            parts.append(_table(
                ("ref", "kind", "name", "aliases", "code / country", "role", "mentions"),
                ((_e(a.ref), _kind_chip(a.kind), f"<b>{_e(a.name)}</b>", _e(", ".join(a.aliases)),
                  _e(a.code or a.country), _e(a.role), _e(mentions.get(a.ref, 0))) for a in result.actors)))
        else:
            parts.append(f'<div style="{_MUTED}">none</div>')

        parts.append(f'<div style="{_H}">Time expressions</div>')
        if result.timexes:
            parts.append(_table(
                ("text", "value", "granularity", "anchor"),
                ((_e(t.text), f"<code>{_e(t.value)}</code>", _e(t.granularity), _e(t.anchor)) for t in result.timexes)))
        else:
            parts.append(f'<div style="{_MUTED}">none</div>')

        def name(ref: str | None) -> str:
            if ref is None:
                return '<span style="opacity: 0.6">∅</span>'
            actor = actors.get(ref)
            return _e(actor.name if actor else ref)

        parts.append(f'<div style="{_H}">Events</div>')
        if result.events:
            rows = []
            for n, e in enumerate(result.events, start=1):
                attrs = [e.modality]
                if e.polarity == "negative":
                    attrs.append("<b>negated</b>")
                rows.append((
                    _e(n), _type_chip(e.type), f"{name(e.source)} → {name(e.target)}",
                    " · ".join(a if a.startswith("<b>") else _e(a) for a in attrs),
                    f"<code>{_e(e.date)}</code>" if e.date else "", name(e.speaker) if e.speaker else "",
                    _evidence(e, result.text),
                    f'<span style="{_MUTED}">{_e(e.rule)}' + (f" · {e.confidence:.2f}" if e.confidence is not None else "") + "</span>",
                ))
            parts.append(_table(("#", "type", "source → target", "modality", "date", "speaker", "evidence", "rule"), rows))
        else:
            parts.append(f'<div style="{_MUTED}">none</div>')
        if result.warnings:
            parts.append(f'<div style="{_H}">Warnings</div><ul>'
                         + "".join(f"<li>{_e(w)}</li>" for w in result.warnings) + "</ul>")
    parts.append("</div>")
    return "".join(parts)


# --------------------------------------------------------------------------- graph


def render_graph(graph: "ActorGraph", *, n: int = 10) -> str:
    """An HTML summary of an actor graph: counts, period, top actors, event types, busiest dyads.

    Parameters
    ----------
    graph : ActorGraph
    n : int
        How many actors and dyads to list.

    Returns
    -------
    str
        An HTML fragment with inline styles and nothing to fetch.

    Examples
    --------
    >>> from newsgraph.graph import _demo_graph
    >>> page = render_graph(_demo_graph())
    >>> "3 actors" in page and "Russie" in page and "ASSAULT" in page
    True
    """
    nodes = dict(graph.nodes())
    events = graph.events(polarity=None)
    positive = [e for e in events if e[3].get("polarity") != "negative"]
    negated = len(events) - len(positive)
    parts = [f'<div class="newsgraph-graph" style="{_BOX}">']
    parts.append(f'<div style="font-size: 16px; font-weight: 600">ActorGraph: {len(nodes)} actors, '
                 f'{len(events)} events, {len(graph.articles)} articles</div>')
    kinds = Counter(d.get("kind") for d in nodes.values())
    line = " ".join(f"{_kind_chip(k)} {kinds[k]}" for k in ("PERSON", "COUNTRY", "ORGANISATION") if kinds.get(k))
    published = sorted(d for d in graph.article_dates().values() if d)
    if published:
        line += f' <span style="{_MUTED}">· published {_e(published[0])} to {_e(published[-1])}</span>'
    if negated:
        line += f' <span style="{_MUTED}">· {negated} negated events (left out below)</span>'
    parts.append(f"<div>{line}</div>")
    if not nodes:
        parts.append("</div>")
        return "".join(parts)

    def label(actor_id: str) -> str:
        return _e(nodes.get(actor_id, {}).get("label") or actor_id)

    top = [(a, v) for a, v in graph.top_actors("weighted_degree", n=n) if v > 0]
    if top:
        parts.append(f'<div style="{_H}">Top actors (events taken part in)</div>')
        parts.append(_table(
            ("actor", "kind", "id", "events", "articles"),
            ((f"<b>{label(a)}</b>", _kind_chip(nodes[a].get("kind")), f"<code>{_e(a)}</code>", _e(v),
              _e(nodes[a].get("articles"))) for a, v in top)))

    types = Counter(d.get("type") for *_, d in positive)
    if types:
        parts.append(f'<div style="{_H}">Event types</div><div>')
        parts.append(" ".join(f"{_type_chip(t)} {types[t]}" for t in EVENT_TYPES if types.get(t)))
        quads = Counter(EVENT_TYPES.get(t) for t in types.elements())
        parts.append(f'<div style="{_MUTED}">' + _e(" · ".join(f"{q}: {quads[q]}" for q in QUAD_CLASSES if quads.get(q)))
                     + "</div></div>")

    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for u, v, _, d in positive:
        if u != v:
            pairs.setdefault(tuple(sorted((u, v))), []).append(d)  # type: ignore[arg-type]
    if pairs:
        busiest = sorted(pairs.items(), key=lambda item: (-len(item[1]), item[0]))[:n]
        rows = []
        for (a, b), ds in busiest:
            score = cooperation_conflict(ds)
            kinds_of = Counter(d.get("type") for d in ds)
            rows.append((f"{label(a)} — {label(b)}", _e(len(ds)),
                         " ".join(f"{_type_chip(t)}×{c}" if c > 1 else _type_chip(t) for t, c in kinds_of.most_common()),
                         _e(f"{score:+.2f}" if score is not None else "")))
        parts.append(f'<div style="{_H}">Busiest dyads</div>')
        parts.append(_table(("dyad", "events", "types", "cooperation–conflict"), rows))
    parts.append("</div>")
    return "".join(parts)


# What ArticleResult._repr_html_ and ActorGraph._repr_html_ show (the records and the graph do not
# import this module: it registers its views where they look, newsgraph.renderers).
register_html(ArticleResult, render_article)
register_html(ActorGraph, render_graph)
