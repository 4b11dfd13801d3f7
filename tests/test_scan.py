"""Fast token scans (newsgraph.extract.scan): the kept columns give what a fresh read gives."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.extract.scan import WordSet, positions, positions_in, token_column


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


def fresh_positions(doc, attr, words):
    """The positions as a fresh ``to_array`` read gives them, without the kept columns."""
    return positions_in(doc.to_array([attr]).ravel(), words) if len(doc) else []


@pytest.mark.parametrize(
    "text, attr, words, expected",
    [
        ("Il a dit que la Russie et la Chine coopèrent.", "LOWER", ["la", "et"], [4, 6, 7]),
        ("La Russie et la Chine.", "LOWER", ["la"], [0, 3]),
        ("La Russie et la Chine.", "ORTH", ["La"], [0]),
        ("La Russie et la Chine.", "ORTH", ["Japon", "Inde"], []),
        ("", "LOWER", ["la"], []),
    ],
)
def test_positions(blank, text, attr, words, expected):
    doc = blank(text)
    assert positions(doc, attr, WordSet(words)) == expected
    assert positions(doc, attr, WordSet(words)) == fresh_positions(doc, attr, WordSet(words))


def test_columns_follow_the_doc(blank):
    """Each new Doc gets its own columns, even one of the same length as the last."""
    words = WordSet(["paris"])
    first, second = blank("Paris et Rome."), blank("Rome et Paris.")
    assert positions(first, "LOWER", words) == [0]
    assert positions(second, "LOWER", words) == [2]
    assert positions(first, "LOWER", words) == [0]
    column = token_column(second, "ORTH")
    assert column.values.tolist() == column.hashes == second.to_array(["ORTH"]).ravel().tolist()
    assert column.present == set(column.hashes)


def test_lemma_read_afresh(blank):
    """LEMMA is set after the tokenizer: it is never taken from a kept column."""
    doc = blank("les ministres")
    assert positions(doc, "LEMMA", WordSet(["ministre"])) == []
    doc[1].lemma_ = "ministre"
    assert positions(doc, "LEMMA", WordSet(["ministre"])) == [1]
