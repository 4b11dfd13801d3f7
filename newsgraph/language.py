"""Is this text French? A small, offline, dependency-free language guess.

newsgraph's pipeline is French; an article in another language still runs
through it (nothing is dropped), but its record says which language it seems
to be in (``ArticleResult.language``) and carries a warning.

The guess counts *function words* (articles, prepositions, pronouns,
auxiliaries: the most frequent words of every text, whatever its subject) of
seven languages written in the Latin script, and reads the script of other
texts. It needs a few sentences: below :data:`MIN_HITS` function words it
does not guess. Ties and near ties go to French, so that a French article
quoting a sentence of English is still French.

Measured on the 1,149 French Wikinews articles of the shared corpus (every
one French) and on hand-written English, Spanish, German, Italian,
Portuguese and Dutch news paragraphs: see ``tests/test_robustness.py``.

Examples
--------
>>> detect_language("La Russie a nié les accusations de l'Ukraine, selon le porte-parole du Kremlin.")
'fr'
>>> detect_language("The United States said on Monday that it would not attend the talks in Geneva.")
'en'
>>> detect_language("Военные учения начались в понедельник.")
'und-Cyrl'
>>> detect_language("Paris, 12 mai.") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["FUNCTION_WORDS", "MIN_HITS", "detect_language"]

#: Frequent function words of each language (lower case, apostrophes split:
#: ``l'OTAN`` reads as ``l`` + ``otan``). Words shared by languages count for each.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "fr": "le la les l un une des du de d à au aux et est sont a ont été être il ils elle elles "
              "en dans par pour sur avec que qui qu quand ne n pas plus ce cet cette ces se s son sa "
              "ses leur leurs lui nous vous on mais ou où comme aussi après avant entre selon sans "
              "sous très tout tous avait était sera fait y c j",
        "en": "the of and to in is was are were be been a an that this these those it its he she "
              "they his her their with for on at by from as not but or have has had will would "
              "said which who what when there than also after about into over",
        "es": "el la los las lo un una unos unas de del al a y e que en con por para es son fue "
              "ha han se su sus le les no más pero como o este esta estos estas entre sobre sin "
              "también muy cuando donde ya hay ser era dijo según",
        "de": "der die das den dem des ein eine einen einem einer und ist sind war wurde werden "
              "hat haben nicht mit von zu im in auf für an bei aus dass sich es er sie auch als "
              "nach wie oder aber noch nur über vor um zum zur",
        "it": "il lo la i gli le un una uno di del della dei delle al alla e è che in con per da "
              "su non si sono ha hanno anche come ma più questo questa nel nella dal degli stato",
        "pt": "o a os as um uma de do da dos das em no na nos nas e é que com por para não se "
              "são foi ao à mais mas como também ele ela seu sua pelo pela entre sobre já disse",
        "nl": "de het een en van in is op te dat die niet met voor zijn was er aan ook als door "
              "naar bij maar om uit wordt worden heeft hebben deze dit nog zal werd",
    }.items()
}

#: Fewest function words (of the best language) needed to guess at all.
MIN_HITS = 4
#: A language other than French must count this many times French's hits.
_MARGIN = 1.25
#: Characters read: the start of a long text tells its language.
_SAMPLE = 20_000
_WORD = re.compile(r"[^\W\d_]+")

# Scripts whose language is (nearly) unique; the others give "und-<script>".
_SCRIPT_LANGUAGE = {"Grek": "el", "Hebr": "he", "Hang": "ko", "Jpan": "ja", "Thai": "th", "Armn": "hy", "Geor": "ka"}
_SCRIPT_NAMES = {
    "CYRILLIC": "Cyrl", "GREEK": "Grek", "ARABIC": "Arab", "HEBREW": "Hebr", "CJK": "Hani",
    "HIRAGANA": "Jpan", "KATAKANA": "Jpan", "HANGUL": "Hang", "DEVANAGARI": "Deva", "THAI": "Thai",
    "ARMENIAN": "Armn", "GEORGIAN": "Geor", "BENGALI": "Beng", "TAMIL": "Taml", "ETHIOPIC": "Ethi",
}


# The letters _script calls Latin (a Latin letter is its own "script", found without a call per letter).
_LATIN = re.compile("[\u0000-\u024f\u1e00-\u1eff]+")


def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each function word and the languages it counts for, in :data:`FUNCTION_WORDS` order."""
    index: dict[str, list[str]] = {}
    for lang, words in FUNCTION_WORDS.items():
        for word in words:
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


_LANGUAGES_OF = _languages_of()


def _script(char: str) -> str:
    if char < "\u0250" or "\u1e00" <= char <= "\u1eff":  # Latin, Latin Extended, Latin Extended Additional
        return "Latn"
    first = unicodedata.name(char, "UNKNOWN").split()[0]
    return _SCRIPT_NAMES.get(first, "Zyyy")


def detect_language(text: str) -> str | None:
    """The language ``text`` seems to be written in, or ``None`` when it is too short to tell.

    Returns an ISO 639-1 code (``fr``, ``en``, ``es``, ``de``, ``it``, ``pt``,
    ``nl``, and ``el``, ``he``, ``ko``, ``ja``, ``th``, ``hy``, ``ka`` by
    script) or ``und-<Script>`` (BCP 47: undetermined language, e.g.
    ``und-Cyrl``, ``und-Arab``) for a script shared by many languages.

    Parameters
    ----------
    text : str

    Examples
    --------
    >>> detect_language("El Gobierno de España anunció ayer que no firmará el acuerdo con los países del sur.")
    'es'
    >>> detect_language("Die Regierung hat am Montag erklärt, dass sie die Sanktionen nicht aufheben wird.")
    'de'
    """
    sample = text[:_SAMPLE]
    # the letters outside the Latin script, found without a call per character of the text
    foreign = sum(1 for c in _LATIN.sub("", sample) if c.isalpha())
    if not foreign and not any(c.isalpha() for c in sample):
        return None
    if foreign:
        letters = [c for c in sample if c.isalpha()]
        if len(letters) <= 2 * foreign:  # Latin letters are no majority
            scripts = Counter(_script(c) for c in letters)
            script, count = scripts.most_common(1)[0]
            if script != "Latn" and count > len(letters) / 2:
                if script in ("Hani", "Jpan") and scripts.get("Jpan"):
                    script = "Jpan"  # kana among the ideographs: Japanese
                return _SCRIPT_LANGUAGE.get(script, f"und-{script}")
    counts = Counter(_WORD.findall(sample.casefold()))
    hits = Counter[str]()
    for word in counts.keys() & _LANGUAGES_OF.keys():  # the function words of the text
        for lang in _LANGUAGES_OF[word]:
            hits[lang] += counts[word]
    if not hits:
        return None
    best = max(sorted(hits), key=lambda lang: (hits[lang], lang == "fr"))
    if hits[best] < MIN_HITS:
        return None
    if best != "fr" and hits[best] < _MARGIN * hits["fr"]:
        return "fr"
    return best
