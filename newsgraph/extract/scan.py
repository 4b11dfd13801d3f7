"""Fast token scans: the positions of tokens whose attribute is in a word set.

Iterating over a ``Doc`` in Python builds a ``Token`` object per token, which
dominates the cost of rules that look at only a few words. These helpers find
the few positions with numpy over ``Doc.to_array`` first.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("fr")
>>> doc = nlp("Il a dit que la Russie et la Chine coopèrent.")
>>> positions(doc, "LOWER", WordSet(["la", "et"]))
[4, 6, 7]
"""

from __future__ import annotations

from typing import Iterable

import numpy
from spacy.attrs import IDS
from spacy.strings import hash_string
from spacy.tokens import Doc

__all__ = ["WordSet", "positions", "positions_in"]


class WordSet:
    """A set of words, with their hashes ready for array lookups."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.hashes = numpy.array(sorted({hash_string(w) for w in self.words}), dtype="uint64")

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __len__(self) -> int:
        return len(self.words)


def positions(doc: Doc, attr: str, words: WordSet) -> list[int]:
    """Indices of the tokens whose ``attr`` (``"LOWER"``, ``"LEMMA"``, ``"ORTH"``) is in ``words``."""
    if not len(words) or not len(doc):
        return []
    return positions_in(doc.to_array([IDS[attr]]).ravel(), words)


def positions_in(values: numpy.ndarray, words: WordSet) -> list[int]:
    """Indices of ``values`` (a ``Doc.to_array`` column) that are in ``words``."""
    if not len(words) or not len(values):
        return []
    hashes = words.hashes
    index = numpy.searchsorted(hashes, values)
    index[index == len(hashes)] = 0
    return numpy.nonzero(hashes[index] == values)[0].tolist()
