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
_END_HASHES = frozenset(hash_string(p) for p in _SENTENCE_END)

# What the last token that is a word or a line break was (plain spaces are skipped).
_NOTHING, _BREAK, _WORD, _END = 0, 1, 2, 3


def mark_sentence_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` from line breaks and punctuation (in place).

    One pass over the token arrays: ``Token`` objects are never created.
    """
    n = len(doc)
    if n < 2:
        return doc
    strings = doc.vocab.strings
    spaces = set(numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist())
    starts = [0] * n
    last = _NOTHING
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        space = i in spaces
        if last == _BREAK:
            starts[i] = 1
        elif last == _WORD and not space:
            starts[i] = -1
        if not space:
            last = _END if orth in _END_HASHES else _WORD
        elif "\n" in strings[orth]:
            last = _BREAK
    starts[0] = 1
    doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int64).reshape(-1, 1).view(numpy.uint64))
    return doc
