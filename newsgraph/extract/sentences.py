"""Sentence boundaries from layout and punctuation, set before the parser runs.

A line break starts a sentence (the statistical parser otherwise joins a
title to the first paragraph, or a quotation to the paragraph before it); a
word that does not follow sentence-final punctuation does not start one (the
parser otherwise cuts "Pierre Nkurunziza | excédé par ..." in two). Tokens
after sentence-final punctuation are left to the parser.

Examples
--------
>>> import spacy
>>> doc = spacy.blank("fr")("Titre\\n\\nLe texte. La suite")
>>> [t.is_sent_start for t in mark_sentence_starts(doc)]
[True, None, True, False, False, None, False]
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc

__all__ = ["mark_sentence_starts"]

_SENTENCE_END = (".", "!", "?", "…", ":", ";", "»", "”", '"', ")", "–", "—", "|")
_END_HASHES = numpy.array(sorted(hash_string(p) for p in _SENTENCE_END), dtype="uint64")


def mark_sentence_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` from line breaks and punctuation (vectorised; in place)."""
    n = len(doc)
    if n < 2:
        return doc
    values = doc.to_array([ORTH, IS_SPACE])
    orth, space = values[:, 0], values[:, 1].astype(bool)
    newline = numpy.zeros(n, dtype=bool)
    if space.any():
        for i in numpy.nonzero(space)[0]:
            newline[i] = "\n" in doc.vocab.strings[int(orth[i])]
    # the previous token that is a word or a line break (plain spaces are skipped)
    keep = ~space | newline
    index = numpy.where(keep, numpy.arange(n), -1)
    last = numpy.maximum.accumulate(index)
    previous = numpy.empty(n, dtype=numpy.int64)
    previous[0] = -1
    previous[1:] = last[:-1]
    starts = numpy.zeros(n, dtype=numpy.int64)
    has_previous = previous >= 0
    prev_idx = numpy.where(has_previous, previous, 0)
    after_break = has_previous & newline[prev_idx]
    after_word = has_previous & ~space[prev_idx] & ~numpy.isin(orth[prev_idx], _END_HASHES)
    starts[after_break] = 1
    starts[~after_break & after_word & ~space] = -1
    starts[0] = 1
    doc.from_array([SENT_START], starts.reshape(-1, 1).view(numpy.uint64))
    return doc
