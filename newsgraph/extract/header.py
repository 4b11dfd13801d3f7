"""The header of an article held in a ``Doc``: publisher, date line, title, dateline.

:func:`newsgraph.ingest.parse_header` reads the top lines of a text; building
a ``Doc``'s whole text costs a pass over every token, so this reads only the
first tokens, where a header is.

The header is read once per ``Doc``: the sentence-marking component
(``newsgraph_paragraphs``) stores it as a small dict in
``doc._.newsgraph_header`` (:func:`header_record`), and :func:`doc_header`
reads it back from there when it is set. The same component keeps the
``Doc``'s text in ``doc._.newsgraph_text`` for the components after it
(:func:`doc_text`; ``Doc.text`` is built anew on each access), and the last
one drops it.

Examples
--------
>>> import spacy
>>> doc = spacy.blank("fr")("Titre de l'article\\n\\n23 juin 2018 . – Le corps du texte.")
>>> doc_header(doc).title
"Titre de l'article"
>>> header_record(doc)["title_end"]
18
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.tokens import Doc

from ..ingest import Header, parse_header

__all__ = ["doc_header", "doc_text", "header_record"]

_HEAD_TOKENS = 400
_EXTENSION = "newsgraph_header"
_TEXT = "newsgraph_text"


def _stored_text(doc: Doc) -> str | None:
    return getattr(doc._, _TEXT) if Doc.has_extension(_TEXT) else None


def doc_text(doc: Doc) -> str:
    """``doc.text``, read back from ``doc._.newsgraph_text`` when a component stored it there."""
    text = _stored_text(doc)
    return doc.text if text is None else text


def _read(doc: Doc) -> Header:
    text = _stored_text(doc)
    if text is None or len(doc) == 0:
        return parse_header(doc[:_HEAD_TOKENS].text)
    last = doc[min(len(doc), _HEAD_TOKENS) - 1]
    return parse_header(text[: last.idx + len(last)])  # doc[:_HEAD_TOKENS].text, without a pass over the tokens


def header_record(doc: Doc) -> dict[str, Any]:
    """The header of ``doc`` as a serialisable dict (the fields of :class:`~newsgraph.ingest.Header`,
    ``published`` as ``YYYY-MM-DD``)."""
    header = _read(doc)
    return {
        "source": header.source,
        "published": None if header.published is None else header.published.isoformat(),
        "title": header.title,
        "header_end": header.header_end,
        "body_start": header.body_start,
        "title_start": header.title_start,
        "title_end": header.title_end,
    }


def doc_header(doc: Doc) -> Header:
    """The :class:`~newsgraph.ingest.Header` of the article in ``doc``.

    Read back from ``doc._.newsgraph_header`` when a component stored it
    there (:func:`header_record`), read from the first tokens otherwise.
    """
    stored = getattr(doc._, _EXTENSION) if Doc.has_extension(_EXTENSION) else None
    if stored is None:
        return _read(doc)
    published = stored.get("published")
    return Header(**{**stored, "published": date.fromisoformat(published) if published else None})
