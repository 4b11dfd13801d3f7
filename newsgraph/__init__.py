"""newsgraph: French news to a queryable graph of who did what to whom, and when.

>>> import newsgraph
>>> newsgraph.__all__ == sorted(newsgraph.__all__)
True
"""

from __future__ import annotations

import logging

from .errors import (
    BinaryInputError,
    EmptyTextError,
    EncodingError,
    ExportError,
    GoldFormatError,
    InputError,
    InputWarning,
    ModelNotFoundError,
    NewsgraphError,
    RecordError,
    ResourceError,
)
from . import display  # noqa: F401  (registers the HTML views of results and graphs: newsgraph.renderers)
from .evaluation import Scores, score
from .graph import ActorGraph
from .ingest import read_articles
from .pipeline import ExtractionError, extract, extract_many, load, to_result
from .plotting import draw_graph, plot_dyad_timeline, plot_event_types
from .readwrite import read_graphml, to_pandas, write_csv, write_gexf, write_graphml, write_jsonl, write_node_link
from .types import Actor, Article, ArticleResult, Event, Mention, Timex
from .viz import GraphView, write_html

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorGraph",
    "Article",
    "ArticleResult",
    "BinaryInputError",
    "EmptyTextError",
    "EncodingError",
    "Event",
    "ExportError",
    "ExtractionError",
    "GoldFormatError",
    "GraphView",
    "InputError",
    "InputWarning",
    "Mention",
    "ModelNotFoundError",
    "NewsgraphError",
    "RecordError",
    "ResourceError",
    "Scores",
    "Timex",
    "draw_graph",
    "extract",
    "extract_many",
    "load",
    "plot_dyad_timeline",
    "plot_event_types",
    "read_articles",
    "read_graphml",
    "score",
    "to_pandas",
    "to_result",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_html",
    "write_jsonl",
    "write_node_link",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
