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
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["actor_key", "fold", "normalize_apostrophes", "strip_article"]

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
_LEADING_ARTICLE = re.compile(r"^(?:l'|le\s+|la\s+|les\s+)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s'-]+")


def normalize_apostrophes(text: str) -> str:
    """Replace typographic apostrophes by ``'``."""
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
