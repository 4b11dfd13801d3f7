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
from .evaluation import Scores, score
from .graph import ActorGraph
from .ingest import read_articles
from .pipeline import ExtractionError, extract, extract_many, load, to_result
from .readwrite import read_graphml, to_pandas, write_csv, write_gexf, write_graphml, write_jsonl, write_node_link
from .types import Actor, Article, ArticleResult, Event, Mention, Timex

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
    "InputError",
    "InputWarning",
    "Mention",
    "ModelNotFoundError",
    "NewsgraphError",
    "RecordError",
    "ResourceError",
    "Scores",
    "Timex",
    "extract",
    "extract_many",
    "load",
    "read_articles",
    "read_graphml",
    "score",
    "to_pandas",
    "to_result",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_jsonl",
    "write_node_link",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
