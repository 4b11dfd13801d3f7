"""String normalisation shared by matching, scoring and actor identity.

Examples
--------
>>> fold("l’Élysée")
'elysee'
>>> strip_article("les États-Unis")
'États-Unis'
>>> actor_key("PERSON", "Sergueï Lavrov")
'person:serguei lavrov'
>>> actor_key("COUNTRY", "Russie", "RUS")
'country:RUS'
>>> name_key("Kim Jong-Un")
'kim jong un'
>>> name_skeleton("Poutine") == name_skeleton("Putin"), name_skeleton("Sergueï"), name_skeleton("el-Assad")
(True, 'srg', 'sd')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["actor_key", "fold", "name_key", "name_skeleton", "normalize_apostrophes", "strip_article"]

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
_LEADING_ARTICLE = re.compile(r"^(?:l'|le\s+|la\s+|les\s+)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s'-]+")


def normalize_apostrophes(text: str) -> str:
    """Replace typographic apostrophes by ``'``."""
    if text.isascii() and "`" not in text:
        return text  # most words: nothing to replace, and no table to walk through
    return text.translate(_APOSTROPHES)


def strip_article(text: str) -> str:
    """Remove one leading French definite article ("l'", "le", "la", "les")."""
    text = normalize_apostrophes(text.strip())
    return _LEADING_ARTICLE.sub("", text, count=1).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no accents, no leading article, single spaces.

    This is the normalised form of the specification's scoring (§5) and the
    key of every gazetteer lookup.
    """
    text = strip_article(text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _NON_WORD.sub(" ", text.lower())
    return _SPACES.sub(" ", text).strip()


def actor_key(kind: str, name: str, code: str | None = None) -> str:
    """The stable, cross-article identity of an actor.

    Countries are keyed by ISO code, known organisations by their gazetteer id
    (passed as ``code``), everything else by the folded name.
    """
    if kind == "COUNTRY" and code:
        return f"country:{code}"
    if kind == "ORGANISATION":
        return f"org:{code}" if code else f"org:{fold(name)}"
    return f"{kind.lower()}:{fold(name)}"


def name_key(name: str) -> str:
    """A person's name as a lookup key: folded, hyphens as spaces ("Kim Jong-Un" → "kim jong un")."""
    return " ".join(fold(name).replace("-", " ").replace("'", " ").split())


# French and English transliterations of the same sound, rewritten to one spelling
_TRANSLITERATIONS = (
    ("sch", "ch"), ("tch", "ch"), ("sh", "ch"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"),
    ("ph", "f"), ("th", "t"), ("gu", "g"), ("qu", "k"), ("ck", "k"), ("q", "k"), ("w", "v"),
)
_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|ad|ar|as|ash|at|az|an|ed|es|ibn|ben|bin|abu|abou)[- ](?=\w{3})")
_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def name_skeleton(word: str) -> str:
    """The consonants of a name word, transliteration-tolerant ("Sergueï" and "Sergey" → "srg").

    Folded, a leading Arabic article dropped ("el-Assad", "al-Assad" → "assad"),
    French and English spellings of one sound unified ("ch"/"sh", "ou"/"u",
    "gu"/"g"), vowels dropped and doubled letters collapsed: "Poutine" and
    "Putin" are both "ptn". Short skeletons match too much: callers ask for
    three letters or more.
    """
    text = _NAME_PARTICLE.sub("", fold(word))
    text = "".join(c for c in text if c.isalpha())
    for spelling, common in _TRANSLITERATIONS:
        text = text.replace(spelling, common)
    text = text.replace("ch", "\0").replace("c", "k").replace("\0", "ch")
    return _REPEATS.sub(r"\1", _VOWELS.sub("", text))
