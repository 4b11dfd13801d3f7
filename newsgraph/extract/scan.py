"""Fast token scans: the positions of tokens whose attribute is in a word set.

Iterating over a ``Doc`` in Python builds a ``Token`` object per token, which
dominates the cost of rules that look at only a few words. These helpers find
the few positions with numpy over ``Doc.to_array`` first.

The ``ORTH`` and ``LOWER`` columns of the last ``Doc`` scanned are kept, with
the set of their values: most word sets hold none of a text's words, and a set
test answers that without numpy. The tokenizer sets both columns and no later
step changes them (newsgraph does not retokenize); ``LEMMA`` and the other
attributes, set by later pipeline steps, are read afresh each time.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("fr")
>>> doc = nlp("Il a dit que la Russie et la Chine coopèrent.")
>>> positions(doc, "LOWER", WordSet(["la", "et"]))
[4, 6, 7]
"""

from __future__ import annotations

import weakref
from typing import Iterable

import numpy
from spacy.attrs import IDS
from spacy.strings import hash_string
from spacy.tokens import Doc

__all__ = ["TokenColumn", "WordSet", "positions", "positions_in", "token_column"]

#: Attributes set by the tokenizer and never changed afterwards: their columns may be kept.
_STABLE_ATTRS = ("ORTH", "LOWER")


class WordSet:
    """A set of words, with their hashes ready for array lookups."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.hashes = numpy.array(sorted({hash_string(w) for w in self.words}), dtype="uint64")
        self.hash_set = frozenset(self.hashes.tolist())

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __len__(self) -> int:
        return len(self.words)


class TokenColumn:
    """One attribute of every token of a ``Doc``: as a numpy column, as a list, and as a set.

    ``where`` (read the first time it is asked for) gives the positions of each value.
    """

    __slots__ = ("values", "hashes", "present", "_where")

    def __init__(self, values: numpy.ndarray) -> None:
        self.values = values
        self.hashes: list[int] = values.tolist()
        self.present = frozenset(self.hashes)
        self._where: dict[int, list[int]] | None = None

    @property
    def where(self) -> dict[int, list[int]]:
        """Value → the positions of the tokens that have it, in text order."""
        if self._where is None:
            where: dict[int, list[int]] = {}
            for i, value in enumerate(self.hashes):
                where.setdefault(value, []).append(i)
            self._where = where
        return self._where


def _read_column(doc: Doc, attr: str) -> TokenColumn:
    return TokenColumn(doc.to_array([IDS[attr]]).ravel())


class _ColumnCache:
    """The stable columns of the last ``Doc`` scanned."""

    def __init__(self) -> None:
        self.doc: weakref.ref[Doc] | None = None
        self.length = -1
        self.columns: dict[str, TokenColumn] = {}

    def column(self, doc: Doc, attr: str) -> TokenColumn:
        """``attr``'s column of ``doc``, read once per ``Doc``."""
        if self.doc is None or self.doc() is not doc or self.length != len(doc):
            self.doc = weakref.ref(doc)
            self.length = len(doc)
            self.columns = {}
        found = self.columns.get(attr)
        if found is None:
            found = self.columns[attr] = _read_column(doc, attr)
        return found


_CACHE = _ColumnCache()


def token_column(doc: Doc, attr: str) -> TokenColumn:
    """The ``Doc.to_array`` column of ``attr``, with its values as a list and as a set.

    ``ORTH`` and ``LOWER`` are read once per ``Doc`` (see the module's
    notes); other attributes each time.
    """
    if attr in _STABLE_ATTRS:
        return _CACHE.column(doc, attr)
    return _read_column(doc, attr)


def positions(doc: Doc, attr: str, words: WordSet) -> list[int]:
    """Indices of the tokens whose ``attr`` (``"LOWER"``, ``"LEMMA"``, ``"ORTH"``) is in ``words``."""
    if not len(words) or not len(doc):
        return []
    column = token_column(doc, attr)
    hits = words.hash_set.intersection(column.present)
    if not hits:
        return []
    if attr not in _STABLE_ATTRS:  # a column read for this call only: no index worth building
        return positions_in(column.values, words)
    if len(hits) == 1:
        return list(column.where[next(iter(hits))])
    return sorted(i for value in hits for i in column.where[value])


def positions_in(values: numpy.ndarray, words: WordSet) -> list[int]:
    """Indices of ``values`` (a ``Doc.to_array`` column) that are in ``words``."""
    if not len(words) or not len(values):
        return []
    hashes = words.hashes
    index = numpy.searchsorted(hashes, values)
    index[index == len(hashes)] = 0
    return numpy.nonzero(hashes[index] == values)[0].tolist()
