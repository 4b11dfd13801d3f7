"""Writing and reading records and graphs: JSON Lines, GraphML (Gephi-safe).

Writers are defensive: every string is cleaned of the characters XML 1.0
forbids, every attribute is a scalar (sets and lists are joined with ``|``),
dates are ISO strings, ``None`` attributes are left out, and every node has a
``label``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import IO, Any, Iterable

import networkx as nx

from .errors import ExportError
from .graph import ActorGraph
from .types import ArticleResult

__all__ = ["gephi_safe", "write_graphml", "write_jsonl", "xml_safe"]

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold.

    Examples
    --------
    >>> xml_safe("a\\x00b\\x1fc")
    'abc'
    """
    return _XML_FORBIDDEN.sub("", text)


def _scalar(value: Any) -> Any:
    if isinstance(value, (set, frozenset, list, tuple)):
        return "|".join(sorted(xml_safe(str(v)) for v in value if v is not None))
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return value
    return xml_safe(str(value))


def gephi_safe(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` with scalar, XML-safe attributes and a label on every node."""
    out = graph.__class__()
    for n, data in graph.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None}
        attrs.setdefault("label", str(n))
        out.add_node(xml_safe(str(n)), **attrs)
    if graph.is_multigraph():
        for u, v, k, data in graph.edges(keys=True, data=True):
            attrs = {kk: _scalar(vv) for kk, vv in data.items() if vv is not None}
            out.add_edge(xml_safe(str(u)), xml_safe(str(v)), key=xml_safe(str(k)), **attrs)
    else:
        for u, v, data in graph.edges(data=True):
            attrs = {kk: _scalar(vv) for kk, vv in data.items() if vv is not None}
            out.add_edge(xml_safe(str(u)), xml_safe(str(v)), **attrs)
    return out


def write_graphml(graph: ActorGraph, path: str | Path, *, aggregate: bool = True) -> None:
    """Write the actor graph as GraphML that Gephi opens cleanly.

    Parameters
    ----------
    graph : ActorGraph
    path : str or Path
    aggregate : bool
        ``True`` (default): one weighted edge per ordered actor pair.
        ``False``: every event as its own edge, with globally unique ids.
    """
    g = graph.aggregate() if aggregate else graph.to_networkx()
    safe = gephi_safe(g)
    try:
        nx.write_graphml(safe, str(path), named_key_ids=True, edge_id_from_attribute=None)
    except (OSError, nx.NetworkXError) as exc:
        raise ExportError(f"cannot write GraphML to {path}: {exc}") from None


def write_jsonl(results: Iterable[ArticleResult], out: IO[str], *, include_text: bool = False) -> int:
    """Write one record per line; returns the number written."""
    n = 0
    for result in results:
        out.write(json.dumps(result.to_dict(include_text=include_text), ensure_ascii=False, sort_keys=False))
        out.write("\n")
        n += 1
    return n
