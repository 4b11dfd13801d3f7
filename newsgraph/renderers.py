"""Where records and graphs find their HTML views, without importing them.

A record (:class:`~newsgraph.types.ArticleResult`) or a graph
(:class:`~newsgraph.graph.ActorGraph`) left at the end of a notebook cell
displays itself through ``_repr_html_``. The HTML is made by
:mod:`newsgraph.display`, which sits above the records and the graph: it
imports them, so they must not import it. This small module, below all three,
holds the renderers: :mod:`newsgraph.display` registers its own when it is
imported (``import newsgraph`` imports it), and ``_repr_html_`` asks here.
Without a registered renderer ``_repr_html_`` returns ``None``, and Jupyter
shows the plain ``repr``.

Examples
--------
>>> class Note:
...     def __init__(self, text):
...         self.text = text
>>> register_html(Note, lambda note: f"<p>{note.text}</p>")
>>> html_for(Note("bonjour"))
'<p>bonjour</p>'
>>> html_for(3) is None
True
"""

from __future__ import annotations

from typing import Any, Callable

__all__ = ["html_for", "register_html"]

_RENDERERS: dict[type, Callable[[Any], str]] = {}


def register_html(cls: type, renderer: Callable[[Any], str]) -> None:
    """Make ``renderer(obj)`` the HTML view of the instances of ``cls`` (and of its subclasses).

    Parameters
    ----------
    cls : type
    renderer : callable
        Takes an instance, returns an HTML fragment.
    """
    _RENDERERS[cls] = renderer


def html_for(obj: Any) -> str | None:
    """The HTML view of ``obj`` by the renderer registered for its class (or the nearest base class).

    Returns
    -------
    str or None
        ``None`` when no renderer is registered for it.
    """
    for cls in type(obj).__mro__:
        renderer = _RENDERERS.get(cls)
        if renderer is not None:
            return renderer(obj)
    return None
