"""The header of an article held in a ``Doc``: publisher, date line, title, dateline.

:func:`newsgraph.ingest.parse_header` reads the top lines of a text; building
a ``Doc``'s whole text costs a pass over every token, so this reads only the
first tokens, where a header is.

Examples
--------
>>> import spacy
>>> doc = spacy.blank("fr")("Titre de l'article\\n\\n23 juin 2018 . – Le corps du texte.")
>>> doc_header(doc).title
"Titre de l'article"
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..ingest import Header, parse_header

__all__ = ["doc_header"]

_HEAD_TOKENS = 400


def doc_header(doc: Doc) -> Header:
    """The :class:`~newsgraph.ingest.Header` of the article in ``doc``."""
    return parse_header(doc[:_HEAD_TOKENS].text)
