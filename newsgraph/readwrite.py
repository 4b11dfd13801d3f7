"""Writing and reading records and graphs: JSON Lines, GraphML, GEXF, CSV, JSON, pandas.

Graph exports
-------------
=====================  =====================================================
:func:`write_graphml`  GraphML for Gephi, networkx, igraph, yEd. Default: the
                       aggregated weighted graph; ``aggregate=False``: every
                       event as an edge. :func:`read_graphml` reads the latter
                       back into an :class:`~newsgraph.graph.ActorGraph`.
:func:`write_gexf`     GEXF 1.2 with time: each event's interval (its date,
                       or its article's publication date) as ``start``/``end``,
                       so Gephi's timeline plays the graph over time.
:func:`write_csv`      Two CSV files: actors and events (or dyads).
:func:`write_node_link`  networkx node-link JSON (``nx.node_link_graph(data,
                       edges="edges")`` reads it).
:func:`to_pandas`      A :class:`pandas.DataFrame` of events, actors or dyads
                       (pandas is optional).
=====================  =====================================================

Every graph writer takes ``linked_only``: ``True`` leaves out the actors
without any edge in the file (those only mentioned, or whose events have no
other actor), which are most actors of a corpus. Given a path, every writer is
atomic: it writes a temporary file in the same folder and renames it, so that
the path holds the whole output or what it held before, never a part (see
:func:`atomic_path`).

Every writer is defensive, whatever the characters of the input:

- strings lose the characters XML 1.0 cannot hold (C0 controls other than tab
  and line feed, lone surrogates, U+FFFE, U+FFFF) and carriage returns become
  line feeds, as any XML parser would make them (:func:`xml_safe`); JSON keeps
  control characters (escaped) and turns lone surrogates into U+FFFD, which
  UTF-8 can encode; CSV cleans like XML;
- attributes are scalars: tuples are joined with ``|`` (a ``|`` inside an item
  becomes ``¦``), ``None`` and non-finite numbers are left out, subnormal
  numbers become 0 (igraph's GraphML reader refuses them) and integers beyond
  64 bits become doubles;
- each GraphML attribute has one type and one key, its key id is its name
  (``named_key_ids``: Gephi's GraphML importer takes a key whose *id* is
  ``d3`` as the node label, and networkx numbers keys ``d0``, ``d1``...), node
  and edge attributes never share a name (their key ids would collide), every
  node has a ``label``, graph-level attributes are left out (Gephi reports
  them as errors), and in the full multigraph every edge has a file-wide
  unique id (networkx writes a multigraph's per-pair keys, which repeat, and
  Gephi drops edges whose id repeats: networkx issues #4347, #7732);
- dates are ISO strings.

Reading untrusted GraphML: :func:`read_graphml` refuses any document with a
DOCTYPE, so no entity is ever declared, expanded or fetched. (networkx parses
with :mod:`xml.etree.ElementTree`, which does not resolve external entities
but does expand internal ones: "billion laughs" protection then depends on the
Expat version Python was built with.)
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import logging
import math
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Union
from xml.parsers import expat

import networkx as nx

from . import analytics
from .errors import ExportError, RecordError
from .graph import EDGE_FIELDS, NODE_FIELDS, ActorGraph
from .types import ArticleResult

__all__ = [
    "atomic_path",
    "gephi_safe",
    "json_safe",
    "read_graphml",
    "to_pandas",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_jsonl",
    "write_node_link",
    "xml_safe",
]

logger = logging.getLogger(__name__)

PathOrFile = Union[str, Path, IO[Any]]

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
GEXF_NAMESPACE = "http://www.gexf.net/1.2draft"


# --------------------------------------------------------------------------- cleaning


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold, line ends as ``\\n``.

    Examples
    --------
    >>> xml_safe("a\\x00b\\x1fc\\ud800d\\r\\ne")
    'abcd\\ne'
    """
    text = _XML_FORBIDDEN.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def json_safe(value: Any) -> Any:
    """``value`` made encodable as strict UTF-8 JSON.

    Lone surrogates become U+FFFD, non-finite floats ``None``, tuples and sets
    lists, keys strings.

    Examples
    --------
    >>> json_safe({"a": ("x\\udc80", float("nan")), 1: 2})
    {'a': ['x�', None], '1': 2}
    """
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {json_safe(str(k)): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_safe(v) for v in value]
    return value


def _join(items: Iterable[Any]) -> str:
    return "|".join(xml_safe(str(v)).replace("|", "¦") for v in items if v is not None)


def _scalar(value: Any) -> Any:
    """An XML-safe scalar, or ``None`` when the value is better left out."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if -(2**63) <= value < 2**63 else float(value)  # Java's long (Gephi)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return 0.0 if abs(value) < sys.float_info.min else value  # igraph refuses subnormal numbers
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return _join(items)
    return xml_safe(str(value))


def _clean_attrs(data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in data.items():
        value = _scalar(value)
        if value is not None:
            out[xml_safe(str(key)) or "_"] = value
    return out


def _unify_types(rows: list[dict[str, Any]]) -> None:
    """Give every attribute one type across ``rows``: int+float → float, else mixed → str."""
    seen: dict[str, set[type]] = {}
    for row in rows:
        for key, value in row.items():
            seen.setdefault(key, set()).add(type(value))
    for key, types in seen.items():
        if len(types) < 2:
            continue
        to: type = float if types <= {int, float} else str
        for row in rows:
            if key in row and type(row[key]) is not to:
                value = row[key]
                row[key] = (str(value).lower() if isinstance(value, bool) else str(value)) if to is str \
                    else float(value)


def _unique_ids(nodes: Iterable[Any]) -> dict[Any, str]:
    """An XML-safe, non-empty, unique string id for each node.

    Ids that are already safe are kept; the others are cleaned and, if that
    makes them collide, suffixed ``~2``, ``~3``...
    """
    nodes = list(nodes)
    ids: dict[Any, str] = {n: str(n) for n in nodes if isinstance(n, str) and n and xml_safe(n) == n}
    used: set[str] = set(ids.values())
    for node in nodes:
        if node in ids:
            continue
        base = xml_safe(str(node)) or "_"
        clean, n = base, 1
        while clean in used:
            n += 1
            clean = f"{base}~{n}"
        if clean != str(node):
            logger.warning("node id %r written as %r", node, clean)
        used.add(clean)
        ids[node] = clean
    return ids


def _edge_name(name: str, node_names: set[str], attrs: dict[str, Any]) -> str:
    if name not in node_names:
        return name
    renamed = f"edge_{name}"
    while renamed in node_names or renamed in attrs:
        renamed = f"edge_{renamed}"
    logger.warning("edge attribute %r written as %r (a node attribute has that name)", name, renamed)
    return renamed


def gephi_safe(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` that every GraphML reader and Gephi accept.

    Scalar, XML-safe attributes of one type each, a ``label`` on every node,
    no graph attributes, no attribute name shared by nodes and edges (an edge
    attribute that is also a node attribute is renamed ``edge_<name>``), and
    for multigraphs, file-wide unique edge keys ``e0``, ``e1``... with the
    original key kept as the ``key`` attribute.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", kind="x", score=1); g.add_edge("a", "b", score=0.5)
    0
    1
    >>> g.nodes["a"]["kind"] = "y"
    >>> s = gephi_safe(g)
    >>> s.nodes["b"], list(s.edges(keys=True, data=True))
    ({'label': 'b'}, [('a', 'b', 'e0', {'edge_kind': 'x', 'score': 1.0, 'key': '0'}), ('a', 'b', 'e1', {'score': 0.5, 'key': '1'})])
    """
    ids = _unique_ids(graph.nodes)
    node_rows = []
    for n, data in graph.nodes(data=True):
        attrs = _clean_attrs(dict(data))
        attrs.setdefault("label", ids[n])
        node_rows.append(attrs)
    node_names = {k for row in node_rows for k in row}
    edge_rows = []
    if graph.is_multigraph():
        edge_iter: Iterator[tuple[Any, Any, Any, dict[str, Any]]] = iter(graph.edges(keys=True, data=True))
    else:
        edge_iter = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    edges = []
    for u, v, k, data in edge_iter:
        attrs = _clean_attrs(dict(data))
        if k is not None and "key" not in attrs:
            attrs["key"] = xml_safe(str(k))
        if node_names.intersection(attrs):
            attrs = {_edge_name(name, node_names, attrs): value for name, value in attrs.items()}
        edge_rows.append(attrs)
        edges.append((u, v))
    _unify_types(node_rows)
    _unify_types(edge_rows)
    out = graph.__class__()
    for (n, _), attrs in zip(graph.nodes(data=True), node_rows):
        out.add_node(ids[n], **attrs)
    for i, ((u, v), attrs) in enumerate(zip(edges, edge_rows)):
        if out.is_multigraph():
            out.add_edges_from([(ids[u], ids[v], f"e{i}", attrs)])
        else:
            out.add_edges_from([(ids[u], ids[v], attrs)])
    return out


# --------------------------------------------------------------------------- helpers


def _event_graph(graph: ActorGraph | nx.Graph, aggregate: bool, polarity: str | None) -> nx.Graph:
    if isinstance(graph, ActorGraph):
        return graph.aggregate(polarity=polarity) if aggregate else graph.to_networkx()
    if isinstance(graph, nx.Graph):
        return graph
    raise TypeError(f"expected an ActorGraph or a networkx graph, not {type(graph).__name__}")


def _linked(g: nx.Graph) -> nx.Graph:
    """``g`` without the nodes that have no edge (a self-loop is an edge)."""
    return g.subgraph([n for n in g if g.degree(n)]).copy()


_TEMPORARY = itertools.count()


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path in the folder of ``path``, renamed to ``path`` once written.

    The caller writes the temporary file; when the ``with`` block ends
    normally it replaces ``path`` (:func:`os.replace`, atomic on one file
    system); when it raises, the temporary file is removed and ``path`` keeps
    what it held. Either way no temporary file is left behind. A ``path``
    that exists and is not a regular file (``/dev/stdout``, a named pipe) is
    yielded as it is; a symbolic link is followed, so the file it points to
    is replaced. An ``OSError`` names ``path``, not the temporary file.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with atomic_path(folder / "out.txt") as tmp:
    ...     _ = tmp.write_text("done")
    >>> [p.name for p in folder.iterdir()], (folder / "out.txt").read_text()
    (['out.txt'], 'done')
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        yield path
        return
    if path.is_symlink():
        path = path.resolve()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{next(_TEMPORARY)}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        if exc.filename == str(tmp):
            exc.filename = str(path)
        raise
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _export(what: str, targets: tuple[PathOrFile, ...], write: Callable[..., None],
            errors: tuple[type[BaseException], ...] = (OSError, TypeError, ValueError)) -> None:
    """``write(*targets)``, each path target replaced by an :func:`atomic_path`; ``errors`` become ExportError."""
    temporary: dict[str, str] = {}
    try:
        with contextlib.ExitStack() as stack:
            actual = []
            for target in targets:
                if hasattr(target, "write"):
                    actual.append(target)
                else:
                    tmp = stack.enter_context(atomic_path(target))  # type: ignore[arg-type]
                    temporary[str(tmp)] = str(target)
                    actual.append(tmp)
            write(*actual)
    except errors as exc:
        message = str(exc)
        for tmp, target in temporary.items():
            message = message.replace(tmp, target)
        named = targets[-1]
        shown = getattr(named, "name", "a file object") if hasattr(named, "write") else named
        raise ExportError(f"cannot write {what} to {shown}: {message}") from exc


def _open_text(target: PathOrFile) -> tuple[IO[str], bool]:
    if hasattr(target, "write"):
        return target, False  # type: ignore[return-value]
    return open(target, "w", encoding="utf-8", newline=""), True  # type: ignore[arg-type]


# --------------------------------------------------------------------------- GraphML


def write_graphml(
    graph: ActorGraph | nx.Graph,
    path: PathOrFile,
    *,
    aggregate: bool = True,
    polarity: str | None = "positive",
    linked_only: bool = False,
) -> None:
    """Write the actor graph as GraphML that Gephi, networkx and igraph open cleanly.

    Parameters
    ----------
    graph : ActorGraph or networkx graph
        A networkx graph is written as it is (made safe by :func:`gephi_safe`).
    path : str, Path or binary file
    aggregate : bool
        ``True`` (default): one weighted edge per ordered actor pair
        (:meth:`ActorGraph.aggregate`: ``weight``, ``first_date``,
        ``last_date``, ``n_<TYPE>``...). ``False``: every event as its own edge
        (ids ``e0``, ``e1``..., the event key as ``key``), negated ones
        included; :func:`read_graphml` reads this back.
    polarity : {"positive", "negative", None}
        Which events the aggregated edges count (default: not negated ones).
    linked_only : bool
        Leave out the actors without any edge in the file.

    Raises
    ------
    ExportError
        When the file cannot be written (a path is written atomically:
        :func:`atomic_path`).

    Examples
    --------
    >>> import io
    >>> buf = io.BytesIO()
    >>> write_graphml(nx.DiGraph([("a", "b")]), buf)
    >>> b'<key id="label" for="node" attr.name="label" attr.type="string"' in buf.getvalue()
    True
    """
    exported = _event_graph(graph, aggregate, polarity)
    safe = gephi_safe(_linked(exported) if linked_only else exported)
    _export("GraphML", (path,), lambda target: nx.write_graphml_xml(safe, target, named_key_ids=True,
                                                                      infer_numeric_types=True),
            (OSError, nx.NetworkXError, TypeError, ValueError))


class _Stop(Exception):
    pass


def _refuse_dtd(data: bytes, source: str) -> None:
    """Raise :class:`RecordError` if the document has a DOCTYPE (and so, maybe, entities)."""
    parser = expat.ParserCreate()

    def doctype(*_: Any) -> None:
        raise RecordError("XML with a DOCTYPE is refused (entity declarations are not allowed)", source=source)

    def start(*_: Any) -> None:
        raise _Stop

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except _Stop:
        return
    except expat.ExpatError as exc:
        raise RecordError(f"not well-formed XML: {exc}", source=source) from None


def read_graphml(path: PathOrFile) -> ActorGraph:
    """Read a GraphML file written with ``write_graphml(..., aggregate=False)`` into an ActorGraph.

    Safe on untrusted files: a document with a DOCTYPE is refused before
    parsing, so entities are never declared, expanded or fetched.

    Parameters
    ----------
    path : str, Path or binary file

    Raises
    ------
    RecordError
        The file is not well-formed GraphML, has a DOCTYPE, or holds
        aggregated edges (counts, not events: write it with
        ``aggregate=False`` to read it back).
    OSError
        The file cannot be opened.

    Examples
    --------
    >>> import io
    >>> buf = io.BytesIO()
    >>> g = nx.MultiDiGraph([("country:RUS", "country:UKR", {"type": "ASSAULT", "date": "2022-02-24"})])
    >>> write_graphml(g, buf)
    >>> back = read_graphml(io.BytesIO(buf.getvalue()))
    >>> [(u, v, d["type"], d["date"]) for u, v, _, d in back.events()]
    [('country:RUS', 'country:UKR', 'ASSAULT', '2022-02-24')]
    """
    source = str(getattr(path, "name", "<stream>") if hasattr(path, "read") else path)
    if hasattr(path, "read"):
        data = path.read()  # type: ignore[union-attr]
    else:
        data = Path(path).read_bytes()  # type: ignore[arg-type]
    if isinstance(data, str):
        data = data.encode("utf-8")
    _refuse_dtd(data, source)
    try:
        g = nx.parse_graphml(data, edge_key_type=str, force_multigraph=True)
    except (ET.ParseError, nx.NetworkXError, ValueError, KeyError, TypeError) as exc:
        raise RecordError(f"not readable as GraphML: {exc}", source=source) from None
    g.graph.clear()
    if g.number_of_edges() and not any("type" in d for _, _, d in g.edges(data=True)):
        raise RecordError(
            "the edges hold no event type: an aggregated graph cannot be read back as events "
            "(write it with aggregate=False)", source=source)
    return ActorGraph.from_networkx(g)


# --------------------------------------------------------------------------- GEXF


def _gexf_type(values: list[Any]) -> str:
    types = {type(v) for v in values}
    if types == {bool}:
        return "boolean"
    if types <= {int}:
        return "long"
    if types <= {int, float}:
        return "double"
    return "string"


def _gexf_value(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    if kind == "string" and isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _declare(parent: ET.Element, cls: str, rows: list[dict[str, Any]], start: int) -> dict[str, tuple[str, str]]:
    """Add an ``<attributes>`` block; returns name -> (id, type)."""
    names: dict[str, list[Any]] = {}
    for row in rows:
        for key, value in row.items():
            names.setdefault(key, []).append(value)
    declared: dict[str, tuple[str, str]] = {}
    if not names:
        return declared
    block = ET.SubElement(parent, "attributes", {"class": cls, "mode": "static"})
    for i, (name, values) in enumerate(names.items(), start):
        kind = _gexf_type(values)
        declared[name] = (str(i), kind)
        ET.SubElement(block, "attribute", id=str(i), title=name, type=kind)
    return declared


def _attvalues(element: ET.Element, row: dict[str, Any], declared: dict[str, tuple[str, str]]) -> None:
    if not row:
        return
    box = ET.SubElement(element, "attvalues")
    for key, value in row.items():
        aid, kind = declared[key]
        ET.SubElement(box, "attvalue", {"for": aid, "value": _gexf_value(value, kind)})


def _spells(element: ET.Element, intervals: list[tuple[Any, Any]]) -> None:
    if intervals:
        box = ET.SubElement(element, "spells")
        for start, end in intervals:
            ET.SubElement(box, "spell", start=start.isoformat(), end=end.isoformat())


def write_gexf(
    graph: ActorGraph,
    path: PathOrFile,
    *,
    aggregate: bool = True,
    polarity: str | None = "positive",
    linked_only: bool = False,
) -> None:
    """Write GEXF 1.2 whose timeline Gephi can play.

    Each event has the interval its date covers (a day; Monday to Sunday for a
    week; the whole month or year), or the publication day of its first
    report when it has no date of its own (see :mod:`newsgraph.analytics`).

    Parameters
    ----------
    graph : ActorGraph
    path : str, Path or binary file
    aggregate : bool
        ``True`` (default): one edge per ordered actor pair, with the
        attributes of :meth:`ActorGraph.aggregate` and one ``<spell>`` per
        period with events (overlapping intervals are merged: Gephi refuses
        them). ``False``: one edge per event, negated ones included, its
        interval as the edge's ``start`` and ``end`` and its type as label
        (in Gephi's import report choose "Don't merge" parallel edges, or
        Gephi merges the parallel edges and their intervals).
    polarity : {"positive", "negative", None}
        Which events the aggregated edges count (default: not negated ones).
    linked_only : bool
        Leave out the actors without any edge in the file.

    Nodes are present from their first event to their last (spells); actors
    without dated events are always present; events without any time are
    always present.

    Raises
    ------
    ExportError
        When the file cannot be written (a path is written atomically:
        :func:`atomic_path`).
    """
    if not isinstance(graph, ActorGraph):
        raise TypeError(f"expected an ActorGraph, not {type(graph).__name__}")
    g = graph.to_networkx()
    if linked_only:
        g = g.subgraph(_linked(_event_graph(graph, aggregate, polarity))).copy()
    shown = analytics._Filter(polarity=polarity if aggregate else None)
    ids = _unique_ids(g.nodes)

    node_spans: dict[str, list[analytics.Span]] = {n: [] for n in g}
    pair_spans: dict[tuple[str, str], list[analytics.Span]] = {}
    for u, v, d in g.edges(data=True):
        span = analytics.event_span(d)
        if span is not None and shown(d):
            node_spans[u].append(span)
            node_spans[v].append(span)
            pair_spans.setdefault((u, v), []).append(span)

    node_rows = []
    for n, data in g.nodes(data=True):
        attrs = _clean_attrs({k: v for k, v in data.items() if k != "label"})
        node_rows.append(attrs)
    edge_items: list[tuple[str, str, dict[str, Any], dict[str, str]]] = []
    if aggregate:
        agg = graph.aggregate(polarity=polarity)
        for u, v, data in agg.subgraph(g).edges(data=True):
            attrs = _clean_attrs(dict(data))
            xml = {"weight": str(attrs.pop("weight"))}
            edge_items.append((u, v, attrs, xml))
    else:
        for u, v, k, data in g.edges(keys=True, data=True):
            attrs = _clean_attrs({**data, "event_key": k})
            xml = {"label": str(attrs.get("type", ""))}
            span = analytics.event_span(data)
            if span is not None:
                xml.update(start=span.start.isoformat(), end=span.end.isoformat())
            edge_items.append((u, v, attrs, xml))
    _unify_types(node_rows)
    _unify_types([attrs for _, _, attrs, _ in edge_items])
    dynamic = any(pair_spans.values()) or any("start" in xml for *_, xml in edge_items)

    root = ET.Element("gexf", {"xmlns": GEXF_NAMESPACE, "version": "1.2"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "newsgraph"
    ET.SubElement(meta, "description").text = (
        "Actors and events extracted from news articles ("
        + ("one edge per ordered actor pair" if aggregate else "one edge per event") + ")")
    attrs_graph = {"defaultedgetype": "directed", "mode": "dynamic" if dynamic else "static"}
    if dynamic:
        attrs_graph["timeformat"] = "date"
    graph_el = ET.SubElement(root, "graph", attrs_graph)
    node_decl = _declare(graph_el, "node", node_rows, 0)
    edge_decl = _declare(graph_el, "edge", [a for _, _, a, _ in edge_items], len(node_decl))

    nodes_el = ET.SubElement(graph_el, "nodes")
    for (n, data), attrs in zip(g.nodes(data=True), node_rows):
        label = xml_safe(str(data.get("label") or n)) or ids[n]
        node_el = ET.SubElement(nodes_el, "node", id=ids[n], label=label)
        _attvalues(node_el, attrs, node_decl)
        _spells(node_el, analytics.merge_spans(node_spans[n]))
    edges_el = ET.SubElement(graph_el, "edges")
    for i, (u, v, attrs, xml) in enumerate(edge_items):
        edge_el = ET.SubElement(edges_el, "edge", {"id": f"e{i}", "source": ids[u], "target": ids[v], **xml})
        _attvalues(edge_el, attrs, edge_decl)
        if aggregate:
            _spells(edge_el, analytics.merge_spans(pair_spans.get((u, v), ())))

    tree = ET.ElementTree(root)
    ET.indent(tree, space="  ")

    def write(target: PathOrFile) -> None:
        if hasattr(target, "write"):
            tree.write(target, encoding="utf-8", xml_declaration=True)  # type: ignore[arg-type]
            target.write(b"\n")  # type: ignore[union-attr]
        else:
            with open(target, "wb") as fh:  # type: ignore[arg-type]
                tree.write(fh, encoding="utf-8", xml_declaration=True)
                fh.write(b"\n")

    _export("GEXF", (path,), write)


# --------------------------------------------------------------------------- tables


_ACTOR_COLUMNS = ("id", *NODE_FIELDS)
_EVENT_COLUMNS = ("id", "source", "target", "key", *EDGE_FIELDS)
_DYAD_COLUMNS = ("source", "target", "weight", "reports", "first_date", "last_date")


def _actor_rows(graph: ActorGraph, keep: Iterable[str] | None = None) -> list[dict[str, Any]]:
    kept = None if keep is None else set(keep)
    return [{"id": n, **{k: d.get(k) for k in NODE_FIELDS}, **{k: v for k, v in d.items() if k not in NODE_FIELDS}}
            for n, d in graph.nodes() if kept is None or n in kept]


def _event_rows(graph: ActorGraph) -> list[dict[str, Any]]:
    rows = []
    for i, (u, v, k, d) in enumerate(graph.edges()):
        row = {"id": f"e{i}", "source": u, "target": v, "key": k}
        row.update({f: d.get(f) for f in EDGE_FIELDS})
        row.update({f: val for f, val in d.items() if f not in EDGE_FIELDS})
        rows.append(row)
    return rows


def _dyad_rows(graph: ActorGraph, polarity: str | None) -> list[dict[str, Any]]:
    return [{"source": u, "target": v, **d} for u, v, d in graph.aggregate(polarity=polarity).edges(data=True)]


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, set, frozenset)):
        return _join(value)
    return xml_safe(str(value))


def _write_table(rows: list[dict[str, Any]], target: PathOrFile, default: Iterable[str]) -> None:
    columns: dict[str, None] = {} if rows else dict.fromkeys(default)
    for row in rows:
        columns.update(dict.fromkeys(row))
    fh, close = _open_text(target)
    try:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow([xml_safe(str(c)) for c in columns])
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in columns])
    finally:
        if close:
            fh.close()


def write_csv(
    graph: ActorGraph,
    nodes: PathOrFile,
    edges: PathOrFile,
    *,
    aggregate: bool = False,
    polarity: str | None = "positive",
    linked_only: bool = False,
) -> None:
    """Write actors and events (or dyads) as two UTF-8 CSV files.

    Parameters
    ----------
    graph : ActorGraph
    nodes, edges : str, Path or text file
        Where the actor table and the edge table go.
    aggregate : bool
        ``False`` (default): one row per event, every attribute, negated events
        included. ``True``: one row per ordered actor pair (the columns of
        :meth:`ActorGraph.aggregate`).
    polarity : {"positive", "negative", None}
        Which events aggregated rows count.
    linked_only : bool
        Leave out of the actor table the actors without any row in the edge
        table.

    The first columns are ``id``, ``label`` (actors) and ``id``, ``source``,
    ``target`` (events), as Gephi's spreadsheet import expects; tuples are
    joined with ``|``. Gephi reads a column named ``type`` as the edge
    direction: to keep the event type as an attribute in Gephi, import the
    GraphML or GEXF file instead.

    Raises
    ------
    ExportError
        When a file cannot be written (paths are written atomically, both
        renamed once both are written: :func:`atomic_path`).
    """
    keep = _linked(_event_graph(graph, aggregate, polarity)) if linked_only else None
    actors = _actor_rows(graph, keep)
    rows, columns = (_dyad_rows(graph, polarity), _DYAD_COLUMNS) if aggregate else (_event_rows(graph), _EVENT_COLUMNS)

    def write(nodes_target: PathOrFile, edges_target: PathOrFile) -> None:
        _write_table(actors, nodes_target, _ACTOR_COLUMNS)
        _write_table(rows, edges_target, columns)

    _export("CSV", (nodes, edges), write, (OSError, csv.Error, ValueError))


def to_pandas(graph: ActorGraph, table: str = "events", *, polarity: str | None = "positive") -> Any:
    """A :class:`pandas.DataFrame` of the graph's events, actors or dyads.

    Parameters
    ----------
    graph : ActorGraph
    table : {"events", "actors", "dyads"}
        ``events``: one row per event (every attribute, negated events
        included); ``actors``: one row per actor; ``dyads``: one row per
        ordered actor pair (:meth:`ActorGraph.aggregate`).
    polarity : {"positive", "negative", None}
        Which events ``dyads`` rows count.

    Raises
    ------
    ExportError
        When pandas is not installed (it is optional: ``pip install pandas``).
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ExportError("to_pandas needs pandas, which is not installed: pip install pandas") from exc
    if table == "events":
        rows, columns = _event_rows(graph), _EVENT_COLUMNS
    elif table == "actors":
        rows, columns = _actor_rows(graph), _ACTOR_COLUMNS
    elif table == "dyads":
        rows, columns = _dyad_rows(graph, polarity), _DYAD_COLUMNS
    else:
        raise ValueError(f"table must be 'events', 'actors' or 'dyads', not {table!r}")
    frame = pd.DataFrame(rows)
    return frame if rows else pd.DataFrame(columns=list(columns))


# --------------------------------------------------------------------------- JSON


def _dumps(data: Any, indent: int | None = None) -> str:
    """Strict JSON in one line (unless ``indent``), whatever the strings hold.

    U+0085, U+2028 and U+2029 are escaped: valid in JSON strings, they are line
    breaks for ``str.splitlines`` and many JSON Lines readers.
    """
    text = json.dumps(json_safe(data), ensure_ascii=False, allow_nan=False, indent=indent)
    return text.translate(_LINE_BREAKS)


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def _dump_json(data: Any, target: PathOrFile, indent: int | None) -> None:
    text = _dumps(data, indent)
    fh, close = _open_text(target)
    try:
        fh.write(text)
        fh.write("\n")
    finally:
        if close:
            fh.close()


def write_node_link(
    graph: ActorGraph,
    path: PathOrFile,
    *,
    aggregate: bool = False,
    polarity: str | None = "positive",
    indent: int | None = None,
    linked_only: bool = False,
) -> None:
    """Write networkx node-link JSON: ``nodes``, ``edges`` and the articles.

    ``aggregate=False`` (default) writes every event with its ``key``;
    ``True`` the aggregated graph. The graph attribute ``articles`` maps each
    doc id to its ISO publication date. ``nx.node_link_graph(data,
    edges="edges")`` reads the file back into networkx. ``linked_only``
    leaves out the actors without any edge in the file.

    Raises
    ------
    ExportError
        When the file cannot be written (a path is written atomically:
        :func:`atomic_path`).

    Examples
    --------
    >>> import io
    >>> buf = io.StringIO()
    >>> write_node_link(ActorGraph(), buf)
    >>> buf.getvalue()
    '{"directed": true, "multigraph": true, "graph": {"articles": {}}, "nodes": [], "edges": []}\\n'
    """
    if not isinstance(graph, ActorGraph):
        raise TypeError(f"expected an ActorGraph, not {type(graph).__name__}")
    g = _event_graph(graph, aggregate, polarity)
    if linked_only:
        g = _linked(g)
    data: dict[str, Any] = {
        "directed": True,
        "multigraph": g.is_multigraph(),
        "graph": {"articles": graph.article_dates()},
        "nodes": [{"id": n, **d} for n, d in g.nodes(data=True)],
        "edges": ([{"source": u, "target": v, "key": k, **d} for u, v, k, d in g.edges(keys=True, data=True)]
                  if g.is_multigraph() else [{"source": u, "target": v, **d} for u, v, d in g.edges(data=True)]),
    }
    _export("JSON", (path,), lambda target: _dump_json(data, target, indent))


def write_jsonl(results: Iterable[ArticleResult], out: IO[str], *, include_text: bool = False) -> int:
    """Write one record per line; returns the number written.

    Lone surrogates become U+FFFD, non-finite numbers ``null``, and U+0085,
    U+2028, U+2029 are escaped, so every line is strict JSON in UTF-8 and
    holds no character that a reader could take for a line break.

    Examples
    --------
    >>> import io
    >>> buf = io.StringIO()
    >>> write_jsonl([ArticleResult(doc_id="a\u2028b")], buf)
    1
    >>> print(buf.getvalue()[:22])
    {"doc_id": "a\\u2028b",
    """
    n = 0
    for result in results:
        out.write(_dumps(result.to_dict(include_text=include_text)))
        out.write("\n")
        n += 1
    return n
