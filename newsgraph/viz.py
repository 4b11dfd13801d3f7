"""An interactive view of the actor graph: one self-contained HTML page.

The page holds its data, its style and its script (a few hundred lines of
plain JavaScript drawing SVG); it fetches nothing, so it works offline, from a
file, inside a notebook, and attached to an e-mail. Actors are placed by a
spring layout computed in Python (seeded, so the same graph gives the same
picture); in the browser you can

- drag the background to pan, scroll to zoom, drag an actor to move it;
- hover an actor to highlight its neighbours;
- click an actor for its details, or an arrow for its events and their
  evidence (quotes from the articles);
- search actors by name, hide quad classes (verbal or material cooperation or
  conflict), toggle labels.

Nothing in the data is ever inserted as HTML: the script writes it with
``textContent``, and the JSON block escapes ``<``, ``>`` and ``&``.

Examples
--------
>>> from newsgraph.graph import _demo_graph
>>> page = graph_html(_demo_graph(), title="Demo")
>>> page.startswith("<!DOCTYPE html>") and "<title>Demo</title>" in page
True
>>> import re
>>> re.findall(r'(?:src|href)\\s*=\\s*["\\']?https?:', page)
[]
"""

from __future__ import annotations

import html
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .display import KIND_COLORS, QUAD_COLORS
from .types import EVENT_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from .graph import ActorGraph

__all__ = ["GraphView", "graph_html", "write_html"]

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}


def _json_for_script(data: Any) -> str:
    """JSON that can sit inside ``<script type="application/json">`` whatever its strings hold."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False).translate(_JSON_ESCAPES)


def _score_color(score: float | None) -> str:
    from .plotting import _score_color as rgb

    r, g, b = rgb(score)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def _data(graph: "ActorGraph", *, n: int | None, by: str, seed: int, max_events: int,
          **filters: Any) -> dict[str, Any]:
    import networkx as nx

    from .plotting import _spring

    active = {a for a, v in graph.top_actors("degree", n=None, **filters) if v > 0}
    ranked = [(a, v) for a, v in graph.top_actors(by, n=None, **filters) if a in active]
    if n is not None:
        ranked = ranked[:n]
    keep = [a for a, _ in ranked]
    value = dict(ranked)
    agg = graph.aggregate(**filters).subgraph(keep)
    pos = _spring(nx.Graph(agg.to_undirected()), seed) if keep else {}
    xs = [float(p[0]) for p in pos.values()] or [0.0]
    ys = [float(p[1]) for p in pos.values()] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    top = max(value.values(), default=1) or 1

    nodes = []
    for a in keep:
        d = graph.node(a)
        nodes.append({
            "id": a,
            "label": d.get("label") or a,
            "kind": d.get("kind"),
            "color": KIND_COLORS.get(d.get("kind") or "", KIND_COLORS["MISC"]),
            "r": round(6 + 16 * math.sqrt(value[a] / top), 1),
            "x": round(60 + 880 * (float(pos[a][0]) - min(xs)) / span, 1),
            "y": round(60 + 880 * (max(ys) - float(pos[a][1])) / span, 1),  # SVG's y points down
            "value": value[a],
            "role": d.get("role"),
            "code": d.get("code") or d.get("country"),
            "aliases": list(d.get("aliases") or ())[:8],
            "articles": d.get("articles"),
            "mentions": d.get("mentions"),
        })

    per_pair: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for u, v, _, d in graph.events(source=keep, target=keep, **filters):
        per_pair.setdefault((u, v), []).append(d)
    edges = []
    for u, v, d in agg.edges(data=True):
        if u == v:
            continue
        events = per_pair.get((u, v), [])
        events.sort(key=lambda e: (e.get("date") or e.get("published") or "", e.get("type") or ""))
        edges.append({
            "s": u,
            "t": v,
            "w": d.get("weight", 1),
            "score": d.get("cooperation_conflict"),
            "color": _score_color(d.get("cooperation_conflict")),
            "quads": sorted({EVENT_TYPES[e["type"]] for e in events if e.get("type") in EVENT_TYPES}),
            "first": d.get("first_date"),
            "last": d.get("last_date"),
            "events": [{
                "type": e.get("type"),
                "date": e.get("date") or (f"published {e['published']}" if e.get("published") else None),
                "modality": e.get("modality"),
                "polarity": e.get("polarity"),
                "trigger": e.get("trigger"),
                "evidence": e.get("evidence"),
                "doc_ids": list(e.get("doc_ids") or ()),
            } for e in events[:max_events]],
            "more": max(0, len(events) - max_events),
        })
    return {
        "nodes": nodes,
        "edges": edges,
        "quads": QUAD_COLORS,
        "kinds": {k: KIND_COLORS[k] for k in ("PERSON", "COUNTRY", "ORGANISATION")},
        "summary": {"actors": graph.number_of_nodes(), "events": graph.number_of_edges(),
                    "articles": len(graph.articles), "shown": len(nodes)},
    }


def graph_html(
    graph: "ActorGraph",
    *,
    n: int | None = 100,
    by: str = "weighted_degree",
    title: str | None = None,
    seed: int = 7,
    max_events: int = 20,
    **filters: Any,
) -> str:
    """The actor graph as a complete, self-contained, interactive HTML page.

    Parameters
    ----------
    graph : ActorGraph
    n : int or None
        How many actors to show, the most central first (``None``: every
        actor with an event).
    by : {"weighted_degree", "degree", "betweenness"}
        The centrality that ranks and sizes actors.
    title : str, optional
        The page title (default: the graph's counts).
    seed : int
        Seed of the spring layout.
    max_events : int
        How many events (with their evidence) each arrow lists.
    **filters
        Event filters of :meth:`ActorGraph.events`; by default negated
        events are left out.

    Returns
    -------
    str
        An HTML document that loads nothing from anywhere.

    Examples
    --------
    >>> from newsgraph.graph import _demo_graph
    >>> page = graph_html(_demo_graph())
    >>> '"label": "Russie"' in page and "<script" in page
    True
    """
    data = _data(graph, n=n, by=by, seed=seed, max_events=max_events, **filters)
    s = data["summary"]
    title = title or f"newsgraph: {s['actors']} actors, {s['events']} events, {s['articles']} articles"
    return (_PAGE.replace("@@TITLE@@", html.escape(title))
            .replace("@@DATA@@", _json_for_script(data)))


def write_html(graph: "ActorGraph", path: str | Path, **options: Any) -> None:
    """Write :func:`graph_html` to a file (UTF-8); open it in any browser, offline.

    Parameters
    ----------
    graph : ActorGraph
    path : str or Path
    **options
        The options of :func:`graph_html`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from newsgraph.graph import _demo_graph
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "actors.html"
    >>> write_html(_demo_graph(), path)
    >>> path.read_text(encoding="utf-8").count("<svg")
    1
    """
    Path(path).write_text(graph_html(graph, **options), encoding="utf-8")


class GraphView:
    """The interactive view, for notebooks: displays itself in Jupyter.

    It renders as an ``<iframe>`` whose ``srcdoc`` is :func:`graph_html`,
    so its script and style stay apart from the notebook's.

    Parameters
    ----------
    graph : ActorGraph
    height : int
        Height in pixels in the notebook.
    **options
        The options of :func:`graph_html` (``n``, ``by``, filters...).

    Examples
    --------
    >>> from newsgraph.graph import _demo_graph
    >>> view = GraphView(_demo_graph(), height=400)
    >>> view._repr_html_().startswith("<iframe")
    True
    """

    def __init__(self, graph: "ActorGraph", *, height: int = 600, **options: Any) -> None:
        self.graph = graph
        self.height = int(height)
        self.options = options

    @property
    def html(self) -> str:
        """The complete page (:func:`graph_html`)."""
        return graph_html(self.graph, **self.options)

    def save(self, path: str | Path) -> None:
        """Write the page to a file (:func:`write_html`)."""
        write_html(self.graph, path, **self.options)

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
                f'style="width: 100%; height: {self.height}px; border: 1px solid rgba(128,128,128,0.4)" '
                f'title="newsgraph actor graph"></iframe>')

    def __repr__(self) -> str:
        return f"<GraphView of {self.graph!r}>"


_PAGE = r"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>@@TITLE@@</title>
<style>
  html, body { margin: 0; height: 100%; font: 13px system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; background: #fff; }
  #app { display: flex; height: 100%; }
  #stage { flex: 1; position: relative; overflow: hidden; }
  svg { width: 100%; height: 100%; display: block; cursor: grab; user-select: none; }
  svg.panning { cursor: grabbing; }
  #bar { position: absolute; top: 8px; left: 8px; right: 8px; display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center;
         background: rgba(255,255,255,0.9); padding: 4px 8px; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,0.2); }
  #bar label { white-space: nowrap; }
  .chip { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 3px; vertical-align: -1px; }
  #side { width: 320px; border-left: 1px solid #ddd; overflow-y: auto; padding: 10px 12px; box-sizing: border-box; }
  #side h2 { font-size: 15px; margin: 0 0 4px 0; }
  #side .muted { color: #666; font-size: 12px; }
  #side .ev { border-top: 1px solid #eee; padding: 5px 0; }
  #side .type { display: inline-block; padding: 0 5px; border-radius: 3px; font-size: 11px; color: #111; }
  #side .type.dark { color: #fff; }
  #side q { font-style: italic; }
  #tip { position: absolute; pointer-events: none; background: #222; color: #fff; padding: 3px 6px; border-radius: 4px;
         font-size: 12px; display: none; white-space: nowrap; }
  svg { --s: 1; }
  .node circle { stroke: #333; stroke-width: calc(0.8px * var(--s)); cursor: pointer; }
  .node text { font-size: calc(11px * var(--s)); paint-order: stroke; stroke: #fff; stroke-width: calc(3px * var(--s)); pointer-events: none; }
  .hit circle { stroke: #000; stroke-width: calc(3px * var(--s)); }
  .edge { fill: none; cursor: pointer; }
  .dim { opacity: 0.12; }
  .hidden { display: none; }
  @media (max-width: 700px) { #side { display: none; } }
</style>
</head>
<body>
<div id="app">
  <div id="stage">
    <svg id="svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 1000" preserveAspectRatio="xMidYMid meet">
      <defs id="defs"></defs>
      <g id="viewport"><g id="edges"></g><g id="nodes"></g></g>
    </svg>
    <div id="bar">
      <input id="search" type="search" placeholder="find an actor" size="16">
      <span id="quads"></span>
      <label><input id="labels" type="checkbox" checked> labels</label>
      <button id="reset" type="button">reset view</button>
    </div>
    <div id="tip"></div>
  </div>
  <div id="side"><h2 id="side-title"></h2><div id="side-body"></div></div>
</div>
<script type="application/json" id="data">@@DATA@@</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("svg"), viewport = document.getElementById("viewport");
  var gEdges = document.getElementById("edges"), gNodes = document.getElementById("nodes");
  var tip = document.getElementById("tip"), sideTitle = document.getElementById("side-title"), sideBody = document.getElementById("side-body");
  var view = { x: 0, y: 0, k: 1 }, hiddenQuads = {}, byId = {}, adjacency = {};

  function el(tag, attrs, parent, ns) {
    var e = ns ? document.createElementNS(NS, tag) : document.createElement(tag);
    for (var key in attrs) { if (attrs.hasOwnProperty(key)) { e.setAttribute(key, attrs[key]); } }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function text(tag, content, parent, cls) {
    var e = document.createElement(tag);
    e.textContent = content == null ? "" : String(content);
    if (cls) { e.className = cls; }
    parent.appendChild(e);
    return e;
  }
  function fold(s) { return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function quadOf(type) {
    var t = { AGREE: 0, CONSULT: 0, SUPPORT: 0, CONCEDE: 0, COOPERATE: 1, AID: 1, RETREAT: 1, REQUEST: 2, ACCUSE: 2,
              REJECT: 2, THREATEN: 2, PROTEST: 3, SANCTION: 3, MOBILIZE: 3, COERCE: 3, ASSAULT: 3 }[type];
    return ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"][t];
  }

  // arrow markers, one per colour
  var defs = document.getElementById("defs"), markers = {};
  function marker(color) {
    if (markers[color]) { return markers[color]; }
    var id = "m" + Object.keys(markers).length;
    var m = el("marker", { id: id, viewBox: "0 0 10 10", refX: "9", refY: "5", markerWidth: "7", markerHeight: "7",
                           orient: "auto-start-reverse", markerUnits: "userSpaceOnUse" }, defs, true);
    el("path", { d: "M0,0 L10,5 L0,10 z", fill: color }, m, true);
    markers[color] = "url(#" + id + ")";
    return markers[color];
  }

  data.nodes.forEach(function (n) { byId[n.id] = n; adjacency[n.id] = {}; adjacency[n.id][n.id] = true; });
  data.edges.forEach(function (e) { adjacency[e.s][e.t] = true; adjacency[e.t][e.s] = true; });

  // edges: curved so that A->B and B->A do not overlap
  data.edges.forEach(function (e) {
    e.path = el("path", { "class": "edge", stroke: e.color, "stroke-width": String(1.2 + 1.6 * Math.log(e.w)),
                          "stroke-opacity": "0.75", "marker-end": marker(e.color) }, gEdges, true);
    e.hit = el("path", { "class": "edge", stroke: "transparent", "stroke-width": "10" }, gEdges, true);
    e.hit.addEventListener("click", function (ev) { ev.stopPropagation(); showEdge(e); });
    e.hit.addEventListener("mousemove", function (ev) {
      showTip(ev, byId[e.s].label + " \u2192 " + byId[e.t].label + " (" + e.w + " event" + (e.w > 1 ? "s" : "") + ")");
    });
    e.hit.addEventListener("mouseleave", hideTip);
  });
  function place(e) {
    var a = byId[e.s], b = byId[e.t], dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    var mx = (a.x + b.x) / 2 - dy * 0.12, my = (a.y + b.y) / 2 + dx * 0.12;
    var ex = b.x - mx, ey = b.y - my, el2 = Math.sqrt(ex * ex + ey * ey) || 1;
    var tx = b.x - ex / el2 * (b.r + 2), ty = b.y - ey / el2 * (b.r + 2);
    var d1 = "M" + a.x + "," + a.y + " Q" + mx + "," + my + " " + tx + "," + ty;
    e.path.setAttribute("d", d1);
    e.hit.setAttribute("d", d1);
  }

  data.nodes.forEach(function (n) {
    n.g = el("g", { "class": "node" }, gNodes, true);
    n.circle = el("circle", { r: String(n.r), fill: n.color }, n.g, true);
    n.text = el("text", { dx: String(n.r + 3), dy: "4" }, n.g, true);
    n.text.textContent = n.label;
    n.g.addEventListener("mouseenter", function (ev) { focus(n.id); showTip(ev, n.label + " \u00b7 " + (n.kind || "")); });
    n.g.addEventListener("mousemove", function (ev) { showTip(ev, n.label + " \u00b7 " + (n.kind || "")); });
    n.g.addEventListener("mouseleave", function () { focus(null); hideTip(); });
    n.g.addEventListener("mousedown", function (ev) { ev.stopPropagation(); dragging = { node: n, x: ev.clientX, y: ev.clientY, moved: false }; });
    n.g.addEventListener("click", function (ev) { ev.stopPropagation(); if (!lastDragMoved) { showNode(n); } });
  });
  function placeNode(n) { n.g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")"); }
  function layout() { data.nodes.forEach(placeNode); data.edges.forEach(place); }
  layout();

  // labels and outlines keep their size on screen whatever the zoom
  function applyView() {
    viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
    svg.style.setProperty("--s", String(1 / view.k));
  }
  // the whole graph in the space under the toolbar, one SVG unit to a pixel
  function fit() {
    var W = svg.clientWidth || 1000, H = svg.clientHeight || 700;
    var top = document.getElementById("bar").offsetHeight + 16;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    data.nodes.forEach(function (n) {
      x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r);
      x1 = Math.max(x1, n.x + n.r + 90); y1 = Math.max(y1, n.y + n.r);
    });
    if (!data.nodes.length) { x0 = 0; y0 = 0; x1 = 1000; y1 = 1000; }
    var k = Math.max(0.05, Math.min(3, Math.min((W - 20) / (x1 - x0), (H - top - 10) / (y1 - y0))));
    view = { k: k, x: 10 - x0 * k + (W - 20 - (x1 - x0) * k) / 2, y: top - y0 * k };
    applyView();
  }
  function svgPoint(ev) {
    var pt = svg.createSVGPoint(); pt.x = ev.clientX; pt.y = ev.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }
  var dragging = null, lastDragMoved = false;
  svg.addEventListener("mousedown", function (ev) { dragging = { pan: true, x: ev.clientX, y: ev.clientY, moved: false }; svg.classList.add("panning"); });
  window.addEventListener("mousemove", function (ev) {
    if (!dragging) { return; }
    var ctm = svg.getScreenCTM(), sx = ctm ? ctm.a : 1;
    var dx = (ev.clientX - dragging.x) / sx, dy = (ev.clientY - dragging.y) / sx;
    if (Math.abs(dx) + Math.abs(dy) > 0) { dragging.moved = true; }
    dragging.x = ev.clientX; dragging.y = ev.clientY;
    if (dragging.pan) { view.x += dx; view.y += dy; applyView(); }
    else { var n = dragging.node; n.x += dx / view.k; n.y += dy / view.k; placeNode(n);
           data.edges.forEach(function (e) { if (e.s === n.id || e.t === n.id) { place(e); } }); }
  });
  window.addEventListener("mouseup", function () { lastDragMoved = !!(dragging && dragging.moved); dragging = null; svg.classList.remove("panning"); });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = svgPoint(ev), k = Math.min(8, Math.max(0.2, view.k * (ev.deltaY < 0 ? 1.15 : 1 / 1.15)));
    view.x = p.x - (p.x - view.x) * k / view.k; view.y = p.y - (p.y - view.y) * k / view.k; view.k = k; applyView();
  }, { passive: false });
  svg.addEventListener("click", function () { if (!lastDragMoved) { summary(); } });
  document.getElementById("reset").addEventListener("click", fit);
  window.addEventListener("resize", fit);

  function showTip(ev, content) {
    var box = document.getElementById("stage").getBoundingClientRect();
    tip.textContent = content; tip.style.display = "block";
    tip.style.left = (ev.clientX - box.left + 12) + "px"; tip.style.top = (ev.clientY - box.top + 12) + "px";
  }
  function hideTip() { tip.style.display = "none"; }

  function visible(e) { return e.quads.length === 0 || e.quads.some(function (q) { return !hiddenQuads[q]; }); }
  function focus(id) {
    data.nodes.forEach(function (n) { n.g.classList.toggle("dim", !!id && !adjacency[id][n.id]); });
    data.edges.forEach(function (e) { e.path.classList.toggle("dim", !!id && e.s !== id && e.t !== id); });
  }
  function refresh() {
    data.edges.forEach(function (e) { var v = visible(e); e.path.classList.toggle("hidden", !v); e.hit.classList.toggle("hidden", !v); });
  }

  // toolbar: quad classes, labels, search
  var quadBox = document.getElementById("quads");
  Object.keys(data.quads).forEach(function (q) {
    var label = el("label", {}, quadBox);
    var box = el("input", { type: "checkbox" }, label); box.checked = true;
    var chip = el("span", { "class": "chip" }, label); chip.style.background = data.quads[q];
    label.appendChild(document.createTextNode(q + " "));
    box.addEventListener("change", function () { hiddenQuads[q] = !box.checked; refresh(); });
  });
  document.getElementById("labels").addEventListener("change", function (ev) {
    data.nodes.forEach(function (n) { n.text.classList.toggle("hidden", !ev.target.checked); });
  });
  document.getElementById("search").addEventListener("input", function (ev) {
    var q = fold(ev.target.value);
    data.nodes.forEach(function (n) {
      var hit = q.length > 0 && (fold(n.label).indexOf(q) >= 0 || n.aliases.some(function (a) { return fold(a).indexOf(q) >= 0; }));
      n.g.classList.toggle("hit", hit);
    });
  });

  // side panel
  function clear(title) { sideTitle.textContent = title; while (sideBody.firstChild) { sideBody.removeChild(sideBody.firstChild); } }
  function summary() {
    var s = data.summary;
    clear("Actor graph");
    text("div", s.actors + " actors, " + s.events + " events, " + s.articles + " articles", sideBody);
    text("div", "showing the " + s.shown + " most central actors that have events", sideBody, "muted");
    text("p", "Click an actor or an arrow for details. Drag to pan, scroll to zoom, drag an actor to move it.", sideBody, "muted");
    var legend = el("div", {}, sideBody);
    Object.keys(data.kinds).forEach(function (k) {
      var row = el("div", {}, legend), chip = el("span", { "class": "chip" }, row);
      chip.style.background = data.kinds[k]; row.appendChild(document.createTextNode(k.toLowerCase()));
    });
    text("div", "arrows: from the actor who acts to its target; width = events; green = cooperation, red = conflict", sideBody, "muted");
  }
  function typeChip(type, parent) {
    var q = quadOf(type), chip = text("span", type, parent, "type" + (q && q.indexOf("material") === 0 ? " dark" : ""));
    chip.style.background = data.quads[q] || "#ddd";
    return chip;
  }
  function showNode(n) {
    clear(n.label);
    text("div", [n.kind, n.code, n.role].filter(Boolean).join(" \u00b7 "), sideBody, "muted");
    text("div", n.id, sideBody, "muted");
    if (n.aliases.length) { text("div", "also: " + n.aliases.join(", "), sideBody); }
    text("div", (n.articles || 0) + " articles, " + (n.mentions || 0) + " mentions, " + n.value + " (centrality)", sideBody);
    var links = data.edges.filter(function (e) { return e.s === n.id || e.t === n.id; });
    links.sort(function (a, b) { return b.w - a.w; });
    text("h2", "Events with", sideBody).style.marginTop = "10px";
    links.forEach(function (e) {
      var row = el("div", { "class": "ev" }, sideBody);
      var a = text("a", (e.s === n.id ? "\u2192 " + byId[e.t].label : "\u2190 " + byId[e.s].label) + " (" + e.w + ")", row);
      a.href = "#"; a.addEventListener("click", function (ev) { ev.preventDefault(); showEdge(e); });
    });
  }
  function showEdge(e) {
    clear(byId[e.s].label + " \u2192 " + byId[e.t].label);
    var span = e.first ? (e.first === e.last ? e.first : e.first + " \u2013 " + e.last) : "undated";
    text("div", e.w + " event" + (e.w > 1 ? "s" : "") + " \u00b7 " + span +
         (e.score == null ? "" : " \u00b7 cooperation\u2013conflict " + e.score.toFixed(2)), sideBody, "muted");
    e.events.forEach(function (ev) {
      var row = el("div", { "class": "ev" }, sideBody);
      typeChip(ev.type, row);
      var bits = [ev.date, ev.modality !== "asserted" ? ev.modality : null, ev.polarity === "negative" ? "negated" : null];
      text("span", " " + bits.filter(Boolean).join(" \u00b7 "), row);
      if (ev.evidence) { var p = el("div", {}, row); text("q", ev.evidence, p); }
      else if (ev.trigger) { text("div", ev.trigger, row); }
      if (ev.doc_ids.length) { text("div", ev.doc_ids.join(", "), row, "muted"); }
    });
    if (e.more) { text("div", "\u2026 and " + e.more + " more", sideBody, "muted"); }
  }
  summary();
  fit();
  if (!data.nodes.length) { var t = el("text", { x: "500", y: "500", "text-anchor": "middle" }, viewport, true); t.textContent = "no events to show"; }
  document.body.setAttribute("data-ready", String(data.nodes.length));
})();
</script>
</body>
</html>
"""
