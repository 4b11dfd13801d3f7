"""French (and English dateline) time expressions: detection and resolution.

Detection runs spaCy ``Matcher`` patterns read from ``resources/timex.json``
(:func:`build_matcher`); each match is read into calendar fields (day, month,
year, weekday, offset, relation...) by :func:`read_fields`, and
:func:`find_timexes` adds what the rest of the sentence says: the tense of
the expression's clause, and for "la veille" / "le lendemain (de X)" the
time expression that dates X. Resolution (:func:`resolve`,
:func:`resolve_all`) turns the fields into an ISO 8601 value at the
expression's own granularity (``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-MM``,
``YYYY``), using the publication date and that tense: a past-tense
"dimanche" is the Sunday before publication, a future-tense "le 12 janvier"
the next 12 January.

Detection needs a parsed ``Doc``; resolution is pure and needs no model.

Examples
--------
>>> from datetime import date
>>> pub = date(2022, 11, 28)  # a Monday
>>> resolve({"label": "WEEKDAY", "weekday": 6}, pub, "past")
('2022-11-27', 'day', 'published+tense:past')
>>> resolve({"label": "DATE", "day": 12, "month": 1}, pub, "conditional")
('2023-01-12', 'day', 'published+tense:conditional')
>>> resolve({"label": "PERIOD", "unit": "month", "relation": "next"}, pub, None)
('2022-12', 'month', 'published')
>>> resolve({"label": "YEAR", "year": 1997}, pub, "past")
('1997', 'year', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

from spacy.attrs import LOWER, ORTH, SHAPE
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .header import doc_text
from .clauses import clause_verb, verb_tense
from .normalize import normalize_apostrophes

__all__ = [
    "build_matcher",
    "easter",
    "find_timexes",
    "parse_numeric_date",
    "read_fields",
    "resolve",
    "resolve_all",
    "timex_tense",
    "timex_vocabulary",
    "TimexVocabulary",
]

_YEAR = r"1\d\d\d|20\d\d|21\d\d"
_YEAR_RE = re.compile(rf"^(?:{_YEAR})$")
#: Years written alone outside this range are more often counts ("1200 soldats"):
#: they need a preposition ("en 1788", "d'ici à 2100", "l'an 1000").
_COMMON_YEAR_RE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:er)?"
_DAY_RE = re.compile(rf"^{_DAY}$")
_NUMERIC_DATE_RE = re.compile(r"^(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})$")
_EDGE_PUNCT = "[](){}.,;:!?«»\"'’"
_FORWARD = {"future", "conditional"}
_BACKWARD = {"past"}
#: Extra cost, in days, of a candidate date on the side of publication that
#: the tense does not point to. A day-month date without a year is seldom
#: written for a date about a year away, so a parse that puts the clause in
#: the wrong tense must not send it there; a month name alone may be.
_DAY_PENALTY = 280
_MONTH_PENALTY = 366
#: Labels whose expressions name one day (anchors of "la veille", "le lendemain").
_DAY_LABELS = {"DATE", "NUMERIC", "RANGE", "WEEKDAY", "WEEKDAY_DAY", "DAYWORD", "HOLIDAY"}
_PREPOSITIONS_OF = {"de", "du", "des", "d'"}


# ------------------------------------------------------------------ patterns


def _typographic(words: Iterable[str]) -> list[str]:
    """``words`` plus their forms with a typographic apostrophe."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if "'" in w:
            out.append(w.replace("'", "’"))
    return out


def _apostrophes(spec: Any) -> Any:
    """Let every literal with ``'`` in a token spec also match ``’``."""
    if isinstance(spec, list):
        return [_apostrophes(item) for item in spec]
    if not isinstance(spec, dict):
        return spec
    out = {}
    for key, value in spec.items():
        if key in ("LOWER", "NORM", "TEXT") and isinstance(value, str) and "'" in value:
            value = {"IN": _typographic([value])}
        elif key in ("LOWER", "NORM", "TEXT") and isinstance(value, dict) and "IN" in value:
            value = {**value, "IN": _typographic(value["IN"])}
        out[key] = value
    return out


_DAYS = [str(d) for d in range(1, 32)] + [f"0{d}" for d in range(1, 10)] + ["1er"]
_YEARS = [str(y) for y in range(1000, 2200)]
_COUNTS = [str(n) for n in range(1, 1000)]
_NUMERIC_SHAPES = [
    f"{d}{sep}{m}{sep}{y}" for d in ("d", "dd") for m in ("d", "dd") for y in ("dd", "dddd") for sep in "/."
] + ["dddd-dd-dd"]


def _placeholders(words: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Token specs for the ``$NAME`` placeholders of the patterns.

    Every spec is a set lookup or a shape, never a regular expression: the
    Matcher tests each token against each first-token spec, and regular
    expressions there made it the slowest step of the component.
    """
    english_months = set(words["english_months"])
    english_days = set(words["english_weekdays"])
    months = [m for m in words["months"] if m not in english_months]
    weekdays = [d for d in words["weekdays"] if d not in english_days]
    next_last = [*words["next_words"], *words["last_words"], *words["following_words"], *words["preceding_words"]]
    seasons = list(words["seasons"])
    single = lambda table: _typographic(w for w in table if " " not in w)  # noqa: E731
    units = ["semaine", "mois", "année", "an"]
    bracketed = [f"{left}{day}{right}" for day in weekdays for left in ("", "[") for right in ("", "]", "].", "],", "];", "]:")]
    return {
        "$MONTH": {"LOWER": {"IN": months}},
        "$MONTH_EN": {"LOWER": {"IN": sorted(english_months)}},
        "$YEAR": {"ORTH": {"IN": _YEARS}},
        "$DAY": {"LOWER": {"IN": _DAYS}},
        "$DAY_OR_COMMA": {"LOWER": {"IN": [*_DAYS, ","]}},
        "$NUMERIC_DATE": {"SHAPE": {"IN": _NUMERIC_SHAPES}},
        "$WEEKDAY": {"LOWER": {"IN": weekdays}},
        "$WEEKDAY_EN": {"LOWER": {"IN": sorted(english_days)}},
        "$WEEKDAY_BR": {"LOWER": {"IN": bracketed}},
        "$NEXT_LAST": {"LOWER": {"IN": next_last}},
        "$DAYWORD": {"LOWER": {"IN": single(words["day_words"])}},
        "$ANCHOR_WORD": {"LOWER": {"IN": list(words["anchor_words"])}},
        "$PERIOD_UNIT": {"LOWER": {"IN": single(words["period_units"])}},
        "$COUNT": {"LOWER": {"IN": _COUNTS + list(words["number_words"])}},
        "$UNIT": {"LOWER": {"IN": list(words["units"])}},
        "$APPROX": {"LOWER": {"IN": single(words["approximators"])}},
        "$PART": {"LOWER": {"IN": list(words["period_parts"])}},
        "$ORDINAL": {"LOWER": {"IN": list(words["ordinals"])}},
        "$MONTH_OR_YEAR_OR_UNIT": {"LOWER": {"IN": months + units + _YEARS}},
        "$MI_WORD": {"LOWER": {"IN": [f"mi-{w}" for w in months + _YEARS]}},
        "$SEASON": {"LOWER": {"IN": seasons}},
        "$SEASON_NOT_ETE": {"LOWER": {"IN": [s for s in seasons if s != "été"]}},
        "$YEAR_OR_NEXT_LAST": {"LOWER": {"IN": _YEARS + next_last}},
    }


def _expand(table: Mapping[str, dict[str, Any]], spec: Any) -> Any:
    """Replace ``{"$": "$NAME"}`` placeholders of a pattern by token specs."""
    if isinstance(spec, list):
        return [_expand(table, item) for item in spec]
    if not isinstance(spec, dict) or "$" not in spec:
        return spec
    name = spec["$"]
    rest = {k: v for k, v in spec.items() if k != "$"}
    try:
        return {**table[name], **rest}
    except KeyError:
        raise ValueError(f"unknown placeholder {name!r} in timex patterns") from None


def build_matcher(vocab: Any, patterns: Mapping[str, Any]) -> Matcher:
    """A ``Matcher`` with every pattern of ``resources/timex.json``.

    Placeholders such as ``{"$": "$MONTH"}`` are replaced by token specs
    built from the file's word lists, and every literal with an apostrophe
    also matches the typographic one (``l’``).

    Examples
    --------
    >>> import spacy
    >>> from newsgraph.resources import make_timex_patterns
    >>> nlp = spacy.blank("fr")
    >>> matcher = build_matcher(nlp.vocab, make_timex_patterns())
    >>> doc = nlp("Il viendra le 12 janvier.")
    >>> sorted({doc[s:e].text for _, s, e in matcher(doc)}, key=len)[-1]
    'le 12 janvier'
    """
    matcher = Matcher(vocab, validate=True)
    table = _placeholders(patterns)
    grouped: dict[str, list[Any]] = {}
    for entry in patterns["patterns"]:
        pattern = _apostrophes(_expand(table, entry["pattern"]))
        grouped.setdefault(entry["label"], []).append(pattern)
    for label, pats in grouped.items():
        matcher.add(label, pats)
    return matcher


# ------------------------------------------------------------------ fields


def _word(token: Token) -> str:
    """A token's lower-case form, straight apostrophes, no brackets around it."""
    word = normalize_apostrophes(token.lower_)
    if len(word) > 1:
        word = word.strip("[](){}.,;:!?«»\"")
    return word or token.lower_


def _number(word: str, words: Mapping[str, Any]) -> int | None:
    if word.isdigit():
        return int(word)
    value = words["number_words"].get(word)
    return None if value is None else int(value)


@lru_cache(maxsize=4096)
def parse_numeric_date(text: str) -> date | None:
    """A numeric date ("23/06/2018", "23.06.18", "2018-06-23"), day first.

    dateparser does the parsing (it knows two-digit years and rejects
    impossible dates); results are cached, so each distinct string is parsed
    once per process.

    Examples
    --------
    >>> parse_numeric_date("23/06/18")
    datetime.date(2018, 6, 23)
    >>> parse_numeric_date("2016-01-12")
    datetime.date(2016, 1, 12)
    >>> parse_numeric_date("31/02/2016") is None
    True
    """
    import dateparser  # imported on first use: most articles never need it

    settings = {"DATE_ORDER": "DMY", "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return None if parsed is None else parsed.date()


def read_fields(span: Span, label: str, words: Mapping[str, Any]) -> list[tuple[Span, dict[str, Any]]]:
    """Read a matched span into calendar fields.

    Returns one ``(span, fields)`` pair, or one per date for a range or a
    coordination ("du 25 au 27 janvier" gives "du 25" and "27 janvier", §6 of
    the specification). ``fields`` is a plain JSON-serialisable dict: any of
    ``day``, ``month``, ``year``, ``weekday`` (0 = Monday), ``day_offset``,
    ``count``/``sign``/``unit`` (counted offsets), ``unit`` (periods),
    ``relation`` (``next``, ``last``, ``this``, ``new``), ``week_relation``,
    ``part`` (``start``, ``mid``, ``end``), ``season`` (first month),
    ``holiday`` (``[month, day]`` or ``"easter"``), ``anchored`` (days from
    the anchor event), and always ``label``.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> from newsgraph.resources import make_timex_patterns
    >>> doc = nlp("du 25 au 27 janvier")
    >>> [(s.text, f["day"], f["month"]) for s, f in read_fields(doc[:], "RANGE", make_timex_patterns())]
    [('du 25', 25, 1), ('27 janvier', 27, 1)]
    """
    months = words["months"]
    weekdays = words["weekdays"]
    fields: dict[str, Any] = {"label": label}
    days: list[tuple[int, int]] = []  # (token index, day)
    month_tokens: list[tuple[int, int]] = []  # (token index, month)
    tokens = [_word(t) for t in span]
    joined = " ".join(tokens)
    has_week = "semaine" in tokens
    for tok, low in zip(span, tokens):
        if label == "ORDINAL_WEEKDAY" and low in words["ordinals"] and "weekday" not in fields:
            fields["ordinal"] = int(words["ordinals"][low])
        elif label in ("RANGE", "ORDINAL_WEEKDAY") and low == "mois":
            fields["unit"] = "month"
        elif low in months:
            fields["month"] = months[low]
            month_tokens.append((tok.i, months[low]))
        elif _YEAR_RE.match(low):
            fields["year"] = int(low)
        elif label == "NUMERIC" and _NUMERIC_DATE_RE.match(low):
            parsed = parse_numeric_date(low)
            if parsed is not None:
                fields.update(year=parsed.year, month=parsed.month, day=parsed.day)
        elif label in ("DATE", "RANGE", "WEEKDAY_DAY") and (_DAY_RE.match(low) or low == "premier"):
            days.append((tok.i, 1 if low == "premier" else int(low.removesuffix("er"))))
        elif low in weekdays:
            fields["weekday"] = weekdays[low]
        elif low in words["day_words"]:
            fields["day_offset"] = words["day_words"][low]
        elif low in words["anchor_words"]:
            fields["anchored"] = words["anchor_words"][low]
        elif low in words["following_words"] or low in words["preceding_words"]:
            fields["anaphoric"] = 1 if low in words["following_words"] else -1
        elif low in words["next_words"] or low in words["last_words"] or low in words["this_words"]:
            relation = "next" if low in words["next_words"] else "last" if low in words["last_words"] else "this"
            key = "week_relation" if label == "WEEKDAY" and has_week else "relation"
            if relation != "this" or key not in fields:
                fields[key] = relation
        elif low == "nouvelle":
            fields["relation"] = "new"
        elif label == "OFFSET" and low in words["units"]:
            fields["unit"] = words["units"][low]
        elif label == "OFFSET" and _number(low, words) is not None:
            fields["count"] = _number(low, words)
        elif label == "OFFSET" and low in ("il", "ya"):
            fields["sign"] = -1
        elif label == "OFFSET" and low == "dans":
            fields["sign"] = 1
        elif label in ("PERIOD", "PART") and low in words["period_units"]:
            fields["unit"] = words["period_units"][low]
        elif label == "SEASON" and low in words["seasons"]:
            fields["season"] = words["seasons"][low]
        elif label == "PART" and low in words["period_parts"]:
            fields["part"] = words["period_parts"][low]
        elif label == "PART" and low.startswith("mi-"):
            fields["part"] = "mid"
            rest = low[3:]
            if rest in months:
                fields["month"] = months[rest]
            elif _YEAR_RE.match(rest):
                fields["year"] = int(rest)
    if "anaphoric" in fields and label in ("DATE", "MONTH", "RANGE"):
        # "le 28 mars précédent": the one before (after) publication
        fields["relation"] = "last" if fields.pop("anaphoric") < 0 else "next"
    if label == "DAYWORD" and joined in words["day_words"]:
        fields["day_offset"] = words["day_words"][joined]
    if label == "PERIOD" and ("week" in tokens or "weekend" in tokens):
        fields["unit"] = "weekend"
    if label == "PART":
        if "month" in fields:
            fields.pop("unit", None)
        elif "year" in fields:
            fields["unit"] = "year"
        else:
            fields.setdefault("unit", "year")
    if label == "HOLIDAY":
        glued = joined.replace("' ", "'")  # "jour de l' an" as tokenised
        for name, when in words["holidays"].items():
            if name in glued:
                fields["holiday"] = when
                if "year" in fields and when != "easter":
                    fields["month"], fields["day"] = when  # "le jour de l'An 2016": an absolute date
                break
    if label == "OFFSET":
        fields.setdefault("count", 1)
        fields.setdefault("sign", -1)
    if label == "RANGE_MONTH" and len(month_tokens) >= 2:
        doc = span.doc
        first_i = month_tokens[0][0]
        first = doc[span.start:first_i + 1] if span[0].i != first_i and _word(span[0]) in ("de", "entre") else doc[first_i:first_i + 1]
        out = [(first, dict(fields, label="MONTH", month=month_tokens[0][1]))]
        out.append((doc[month_tokens[-1][0]:span.end], dict(fields, label="MONTH", month=month_tokens[-1][1])))
        return out
    if not days:
        return [(span, fields)]
    if label == "RANGE" and len(days) >= 2:
        doc = span.doc
        out = []
        for n, (i, day) in enumerate(days[:-1]):
            piece = doc[span.start:i + 1] if n == 0 and span[0].i != i else doc[i:i + 1]
            out.append((piece, dict(fields, label="DATE", day=day)))
        out.append((doc[days[-1][0]:span.end], dict(fields, label="DATE", day=days[-1][1])))
        return out
    fields["day"] = days[-1][1]
    return [(span, fields)]


# ------------------------------------------------------------------ detection


def _trim(span: Span) -> Span:
    """Drop punctuation tokens at either edge ("le 12 janvier ," → "le 12 janvier")."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_punct:
        start += 1
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return Span(span.doc, start, end, label=span.label)


def _char_bounds(span: Span) -> tuple[int, int]:
    """Character offsets without brackets or punctuation glued to the edges ("[jeudi].")."""
    text = span.text
    left = len(text) - len(text.lstrip(_EDGE_PUNCT))
    right = len(text.rstrip(_EDGE_PUNCT + "'’"))
    if span[-1].text.endswith("]") or span[-1].text.endswith("]."):
        right = len(text.rstrip(".,;:!?"))
    if span[0].text.startswith("["):
        left = 0
    return span.start_char + left, span.start_char + max(right, left + 1)


def _is_name_part(span: Span) -> bool:
    """A capitalised French month or season inside a sentence is part of a name.

    ("Mars" the planet, "le Printemps" the shop, "la place du 14-Juillet").
    """
    doc = span.doc
    for tok in span:
        low = _word(tok)
        if low not in _NAME_PRONE or not tok.is_title:
            continue
        if not tok.is_sent_start and tok.i > 0 and not doc[tok.i - 1].is_punct:
            return True
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and _word(nxt) not in _NAME_PRONE:
            return True  # "Mai Fatty", "Automne Pavia"
    return False


_SENTENCE_BREAKS = {".", "!", "?", ":", "–", "—", "-", "|", "(", "…"}

_NAME_PRONE = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "printemps", "été", "automne", "hiver",
}


def _plausible(span: Span, words: Mapping[str, Any]) -> bool:
    """Reject matches that are not time expressions (§3 and §6 of the specification)."""
    label = span.label_
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    prev_word = _word(prev) if prev is not None else ""
    if label in ("MONTH", "SEASON", "RANGE_MONTH") and _is_name_part(span):
        return False
    if label == "YEAR":
        if prev is not None and (prev.like_num or prev.text in ("n°", "N°", "no", "+", "-", "−")):
            return prev.text in ("-", "–") and span.start > 1 and _COMMON_YEAR_RE.match(doc[span.start - 2].text) is not None
        if prev_word in words["decade_words"]:
            return False  # "les années 1990": a decade, not a year
        if nxt is not None and nxt.lower_ in words["count_units"]:
            return False
        if prev_word in words["year_prepositions"] or _word(span[0]) == "l'" or _preceding_words(span).endswith("ici à"):
            return True  # "en 1984 secrétaire général", "en 1788", "l'an 1000"
        if not _COMMON_YEAR_RE.match(span[-1].text):
            return False
        if (
            nxt is not None
            and nxt.is_alpha
            and nxt.is_lower
            and nxt.pos_ in ("NOUN", "ADJ")
            and (prev is None or prev.pos_ not in ("PROPN", "NOUN") and not (prev.is_title and not prev.is_sent_start))
        ):
            return False  # "recueilli 2000 voix", "dont 2014 civils": a count ("Roland-Garros 2016 suite à")
        if nxt is not None and re.match(r"^[A-Z]{1,4}\d+$", nxt.text):
            return False  # "2014 UZ224": a catalogue name
        if nxt is not None and nxt.text in ("-", "–") and span.end + 1 < len(doc) and doc[span.end + 1].like_num:
            return _COMMON_YEAR_RE.match(doc[span.end + 1].text) is not None  # "2015-2016", not "1500-2000 soldats"
        return True
    if label == "MONTH" and not any(_YEAR_RE.match(t.text) or _word(t) == "mois" for t in span):
        if any(_word(t) == "sept" for t in span):
            return False  # "sept" alone is the number
    if label in ("WEEKDAY", "WEEKDAY_DAY", "DATE"):
        first_day = next((t for t in span if _word(t) in words["weekdays"]), None)
        if first_day is not None and first_day.i == span.start and (
            prev_word in words["indefinite_words"] or prev_word in words["ordinals"]
        ):
            return False  # "un dimanche de janvier", "chaque lundi", "le premier mardi après..."
        if (
            label == "WEEKDAY"
            and first_day is not None
            and first_day.is_title
            and not first_day.is_sent_start
            and prev is not None
            and prev.text not in _SENTENCE_BREAKS
            and not prev.is_space
        ):
            return False  # "Vendredi ou les Limbes du Pacifique", "France Dimanche"
        if (
            first_day is not None
            and prev_word == "du"
            and span.start > 1
            and doc[span.start - 2].is_title
            and not doc[span.start - 2].is_sent_start
        ):
            return False  # "le Journal du dimanche"
    if label == "WEEKDAY_DAY" and nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.like_num):
        return False  # "mardi 3 personnes..."
    if label == "PERIOD":
        tokens = [_word(t) for t in span]
        if tokens[0] in ("la", "le", "l'") and not any(
            t in words["next_words"] or t in words["last_words"] or t in words["following_words"]
            or t in words["preceding_words"] or t in ("nouvelle", "week", "weekend", "week-end")
            for t in tokens
        ):
            return False  # "la semaine", "l'année" alone: no calendar point
    if label == "SEASON":
        if nxt is not None and nxt.pos_ == "ADJ" and nxt.is_lower and _word(nxt) not in (
            *words["next_words"], *words["last_words"], *words["following_words"], *words["preceding_words"]
        ):
            return False  # "le printemps arabe": a named period
        if _word(span[0]) == "en" and len(span) == 2:
            return False  # "en hiver" alone is habitual more often than dated
    if label == "HOLIDAY":
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
            return False  # "Noël Mamère"
        if _qualifies_a_noun(span, words["holiday_day_nouns"]):
            return False  # "les vacances du Nouvel An", "les décorations de Noël": not a date
    return True


def _qualifies_a_noun(span: Span, day_nouns: Sequence[str]) -> bool:
    """Whether ``span`` is the "de X" of a noun that is not a day ("le sapin de Noël").

    "le jour de Noël", "la nuit de la Saint-Sylvestre" name days; "les
    vacances de Noël" a period the text does not bound.
    """
    doc = span.doc
    i = span.start - 1
    if i >= 0 and _word(doc[i]) in ("la", "l'"):
        i -= 1
    if i < 1 or _word(doc[i]) not in _PREPOSITIONS_OF:
        return False
    head = doc[i - 1]
    return _word(head) not in day_nouns and head.lemma_.lower() not in day_nouns


def _preceding_words(span: Span, n: int = 3) -> str:
    doc = span.doc
    return " ".join(_word(t) for t in doc[max(0, span.start - n):span.start])


def _copula(token: Token) -> Token | None:
    """The copula of the nominal or adverbial predicate above ``token``, if any."""
    current = token
    for _ in range(8):
        copula = next((c for c in current.children if c.dep_ == "cop"), None)
        if copula is not None:
            return copula
        if current.head == current:
            return None
        current = current.head
    return None


def timex_tense(span: Span, words: Mapping[str, Any]) -> str | None:
    """The tense that orients a time expression: its clause's, with a few cues.

    ``past``, ``present``, ``future``, ``conditional`` or ``None`` (no verb).
    Before the verb, the preposition: "depuis" looks back, "d'ici" forward.
    A date attached to a scheduling participle ("la visite prévue le 27
    janvier") takes no direction from the main verb (``present``: the nearest
    date). A conditional perfect gives no direction either: it reports an
    alleged past ("aurait rencontré") as often as a counterfactual future
    ("aurait eu 80 ans en février").
    """
    before = _preceding_words(span)
    first = _word(span[0])
    if any(before.endswith(p) or first == p for p in words["past_prepositions"]):
        return "past"
    parts, glued = before.split(" "), before.replace(" ", "")
    if any(p in parts or before.endswith(p) or glued.endswith(p.replace(" ", "")) for p in words["future_prepositions"]):
        return "future"
    root = span.root
    current = root
    for _ in range(8):
        pos = current.pos_
        if pos in ("VERB", "AUX") and "Part" in current.morph.get("VerbForm"):
            bare = current.dep_ in ("acl", "amod", "acl:relcl") and not any(c.dep_.startswith("aux") for c in current.children)
            if bare and current.lemma_.lower() in words["scheduling_verbs"]:
                return "present"
            if not bare:
                break
        elif pos in ("VERB", "AUX"):
            break
        head = current.head
        if head == current:
            break
        current = head
    verb = clause_verb(root)
    if verb is None:
        # a span the parser cut in two ("Ce | samedi, ...")
        verb = next((v for v in (clause_verb(t) for t in span) if v is not None), None)
    if verb is None:
        verb = _copula(root)  # "je serais dehors le week-end"
    tense = verb_tense(verb)
    if tense == "conditional" and verb is not None and "Part" in verb.morph.get("VerbForm"):
        # "aurait rencontré" (reported past) or "aurait eu 80 ans" (counterfactual
        # future): no direction, the nearest date
        return None
    return tense


def _is_day_level(fields: Mapping[str, Any]) -> bool:
    return fields.get("label") in _DAY_LABELS and "anchored" not in fields and (
        "day" in fields or "weekday" in fields or "day_offset" in fields or "holiday" in fields
    )


def _ancestors(token: Token, limit: int = 3) -> list[Token]:
    out = []
    current = token
    for _ in range(limit):
        if current.head == current:
            break
        current = current.head
        out.append(current)
    return out


def _complement(span: Span) -> Token | None:
    """The noun of "de X" after "la veille" / "le lendemain", if any."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or _word(doc[i]) not in _PREPOSITIONS_OF:
        return None
    for tok in doc[i + 1:min(len(doc), i + 5)]:
        if tok.pos_ in ("NOUN", "PROPN", "NUM"):
            return tok
        if tok.pos_ not in ("DET", "ADJ", "ADV") and not tok.is_punct:
            return None
    return None


def _event_anchor(
    span: Span, index: int, spans: Sequence[Span], fields: Sequence[Mapping[str, Any]]
) -> int | None | bool:
    """Index of the time expression that dates the anchor of "la veille (de X)".

    ``False`` when the expression names an event whose date the text does not
    give (its value is then undetermined); ``None`` when nothing anchors it.
    """
    doc = span.doc
    noun = _complement(span)
    candidates = [j for j in range(len(spans)) if j != index and _is_day_level(fields[j])]
    if noun is None:
        # "le lendemain": the day after the last day the narration named,
        # if it was named in this sentence or the two before.
        before = [j for j in candidates if spans[j].end <= span.start]
        if not before:
            return None
        j = before[-1]
        starts = [s.start for s in doc.sents]
        here = sum(1 for s in starts if s <= span.start)
        there = sum(1 for s in starts if s <= spans[j].start)
        return j if here - there <= 2 else None
    # "la veille du 12 janvier": the date itself follows.
    for j in candidates:
        if spans[j].start in (span.end, span.end + 1) or spans[j].start <= noun.i < spans[j].end:
            return j
    lemma = noun.lemma_.lower()
    mentions = [t for t in doc if t.lemma_.lower() == lemma and not span.start <= t.i < span.end]
    for mention in mentions:
        for j in candidates:
            other = spans[j]
            if other.start <= mention.i < other.end:
                continue
            tied = mention in _ancestors(other.root) or any(a.i in range(other.start, other.end) for a in _ancestors(mention))
            if not tied and mention.i != noun.i and mention.sent.start == other[0].sent.start:
                verb = clause_verb(mention)
                tied = verb is not None and verb == clause_verb(other.root)
            if tied:
                return j
    return False


def _sentence_index(doc: Doc, i: int) -> int:
    return sum(1 for s in doc.sents if s.start <= i)


def _anaphoric_anchor(index: int, spans: Sequence[Span], fields: Sequence[Mapping[str, Any]]) -> int | None:
    """The expression "le mois précédent" / "le dimanche suivant" counts from.

    The nearest expression before it, in its sentence or the two before, that
    is precise enough (a day for a weekday or a week, a month for a month).
    """
    own = fields[index]
    doc = spans[index].doc
    here = _sentence_index(doc, spans[index].start)
    for j in range(index - 1, -1, -1):
        other = fields[j]
        if "anchored" in other or "anaphoric" in other:
            continue
        if here - _sentence_index(doc, spans[j].start) > 2:
            return None
        if "weekday" in own or own.get("unit") == "week":
            ok = _is_day_level(other)
        elif own.get("unit") == "month":
            ok = _is_day_level(other) or "month" in other or (other.get("unit") == "month")
        else:
            ok = True
        if ok:
            return j
    return None


#: Bits of :attr:`TimexVocabulary.flags`: a word a pattern token accepts, a trigger, a year.
_ACCEPTED, _TRIGGER, _YEAR_BIT = 1, 2, 4
#: The token attributes a memo key reads (TEXT is ORTH).
_KEY_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "SHAPE": SHAPE}
Constraint = tuple[int, frozenset[str]]  # a token attribute and the strings it may be


@dataclass(frozen=True)
class TimexVocabulary:
    """What a token must look like to be part of a time expression.

    ``words``: every lower-case form a pattern token accepts; ``shapes``:
    the token shapes it accepts (numeric dates); ``triggers``: words of which
    every expression holds at least one, numbers aside (a year alone is
    found without the Matcher). ``words`` is ``None`` when some pattern token
    accepts any word, and the whole text is then matched.

    ``constraints``: what the pattern tokens ask, as (attribute, strings)
    pairs (``{"LOWER": {"IN": [...]}}``, ``{"ORTH": "mi"}``), when they ask
    nothing else (``None`` otherwise). The Matcher then treats two tokens
    alike when their ``ORTH``, ``LOWER`` and ``SHAPE`` fall in the same
    constraints: :meth:`key` gives a stretch of tokens a key that only such
    stretches share, under which :func:`find_timexes` remembers its matches.
    """

    words: frozenset[str] | None
    shapes: frozenset[str]
    triggers: frozenset[str]
    constraints: tuple[Constraint, ...] | None = None

    def __post_init__(self) -> None:
        # the same, as the hashes spaCy stores in its token arrays: one table of bits
        # (_ACCEPTED, _TRIGGER, _YEAR_BIT) per lower-case form, and the shapes
        ids = lambda strings: frozenset(get_string_id(w) for w in strings)  # noqa: E731
        flags: dict[int, int] = {}
        for bit, strings in ((_ACCEPTED, self.words or ()), (_TRIGGER, self.triggers), (_YEAR_BIT, _YEARS)):
            for key in ids(strings):
                flags[key] = flags.get(key, 0) | bit
        object.__setattr__(self, "flags", flags)
        object.__setattr__(self, "shape_ids", ids(self.shapes))
        # per attribute, each string's class: a number for the set of constraints it meets
        classes: dict[int, dict[int, int]] = {}
        for attr in (ORTH, LOWER, SHAPE):
            met: dict[int, list[int]] = {}
            for number, (constrained, strings) in enumerate(self.constraints or ()):
                if constrained == attr:
                    for key in ids(strings):
                        met.setdefault(key, []).append(number)
            numbers: dict[tuple[int, ...], int] = {}
            classes[attr] = {key: numbers.setdefault(tuple(found), len(numbers) + 1) for key, found in met.items()}
        object.__setattr__(self, "classes", classes)

    @property
    def lexical(self) -> bool:
        """Whether the patterns ask nothing but what :attr:`constraints` holds."""
        return self.constraints is not None

    def key(self, rows: list[list[int]]) -> tuple[tuple[int, int, int], ...]:
        """The key of a stretch of tokens, from their ``[ORTH, LOWER, SHAPE]`` rows."""
        orth, lower, shape = (self.classes[attr].get for attr in (ORTH, LOWER, SHAPE))  # type: ignore[attr-defined]
        return tuple((orth(o, 0), lower(l, 0), shape(s, 0)) for o, l, s in rows)


def _constraints(spec: Mapping[str, Any]) -> list[Constraint] | None:
    """A token spec's constraints, or ``None`` if it asks something else (see :class:`TimexVocabulary`)."""
    out: list[Constraint] = []
    for key, value in spec.items():
        if key == "OP":
            continue
        attr = _KEY_ATTRS.get(str(key).upper())
        if attr is None:
            return None
        if isinstance(value, str):
            out.append((attr, frozenset([value])))
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            out.append((attr, frozenset(value["IN"])))
        else:
            return None
    return out


def timex_vocabulary(calendar_words: Mapping[str, Any]) -> TimexVocabulary:
    """The :class:`TimexVocabulary` of the patterns of ``resources/timex.json``.

    :func:`find_timexes` runs the Matcher only on runs of tokens that the
    patterns accept and that hold a trigger: the Matcher evaluates its set
    predicates in Python for every token, which made it the costliest step
    on whole articles.

    Examples
    --------
    >>> from newsgraph.resources import make_timex_patterns
    >>> vocabulary = timex_vocabulary(make_timex_patterns())
    >>> {"janvier", "hier", "veille", "semaine", "noël"} <= vocabulary.triggers, "le" in vocabulary.triggers
    (True, False)
    >>> {"le", "janvier", "2016", ","} <= vocabulary.words, "président" in vocabulary.words
    (True, False)
    """
    table = _placeholders(calendar_words)
    words: set[str] | None = set()
    shapes: set[str] = set()
    constraints: dict[Constraint, None] | None = {}
    for entry in calendar_words["patterns"]:
        for spec in _apostrophes(_expand(table, entry["pattern"])):
            asked = _constraints(spec)
            if asked is None or constraints is None:
                constraints = None
            else:
                constraints.update(dict.fromkeys(asked))
            constrained = False
            for key, value in spec.items():
                values = value["IN"] if isinstance(value, dict) and "IN" in value else [value]
                if key in ("LOWER", "ORTH", "TEXT", "NORM") and not (isinstance(value, dict) and "IN" not in value):
                    constrained = True
                    if words is not None:
                        words.update(str(v).lower() for v in values)
                elif key == "SHAPE":
                    constrained = True
                    shapes.update(values)
            if not constrained:
                words = None
    triggers: set[str] = set()
    for key in ("months", "weekdays", "day_words", "anchor_words", "period_units", "units", "seasons", "period_parts", "holidays"):
        for item in calendar_words[key]:
            triggers.add(item.split(" ")[-1])  # "avant hier", "jour de l'an": the last word
    triggers.update(w for w in (words or ()) if w.startswith("mi-") or w.strip("[].,;:") in triggers)
    triggers.update(["week", "weekend", "week-end"])
    triggers.discard("")
    return TimexVocabulary(
        None if words is None else frozenset(words), frozenset(shapes), frozenset(_typographic(triggers)),
        None if constraints is None else tuple(constraints),
    )


def _windows(doc: Doc, vocabulary: TimexVocabulary) -> tuple[list[tuple[int, int]], list[int]]:
    """Runs of tokens the patterns accept that hold a trigger, and the years.

    Every token of a match is accepted by its pattern, so no match crosses
    the edge of a run: matching the runs finds what matching the text finds.
    Works on the token arrays (one lookup per token in
    :attr:`TimexVocabulary.flags`), without creating ``Token`` objects.
    """
    n = len(doc)
    if not n:
        return ([(0, 0)] if vocabulary.words is None else []), []
    flags: dict[int, int] = vocabulary.flags  # type: ignore[attr-defined]
    shapes: frozenset[int] = vocabulary.shape_ids  # type: ignore[attr-defined]
    years: list[int] = []
    windows: list[tuple[int, int]] = []
    start = -1  # where the current run of accepted tokens started
    triggered = False
    looked_up = map(flags.get, doc.to_array(LOWER).tolist())
    shaped = map(shapes.__contains__, doc.to_array(SHAPE).tolist())
    for i, bits, numeric in zip(range(n), looked_up, shaped):
        if numeric:  # a numeric date: accepted, and a trigger
            bits = (bits or 0) | _ACCEPTED | _TRIGGER
        if not bits:
            if start >= 0:
                if triggered:
                    windows.append((start, i))
                start = -1
            continue
        if bits & _YEAR_BIT:
            years.append(i)
        if bits & _ACCEPTED:
            if start < 0:
                start, triggered = i, False
            if bits & _TRIGGER:
                triggered = True
        elif start >= 0:
            if triggered:
                windows.append((start, i))
            start = -1
    if start >= 0 and triggered:
        windows.append((start, n))
    if vocabulary.words is None:
        windows = [(0, n)]
    return windows, years


#: Windows whose matches :func:`find_timexes` remembers, at most (then it forgets them all).
MEMO_SIZE = 20_000


def _matches(doc: Doc, matcher: Matcher, start: int, end: int, key: tuple[Any, ...] | None,
             memo: dict[tuple[Any, ...], list[tuple[int, int, int]]] | None) -> list[tuple[int, int, int]]:
    """The Matcher's ``(match_id, start, end)`` on ``doc[start:end]``, remembered under ``key``."""
    if memo is None or key is None:
        return matcher(doc[start:end])
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = memo[key] = matcher(doc[start:end])
    return found


def find_timexes(
    doc: Doc,
    matcher: Matcher,
    calendar_words: Mapping[str, Any],
    vocabulary: TimexVocabulary | None = None,
    memo: dict[tuple[Any, ...], list[tuple[int, int, int]]] | None = None,
) -> list[dict[str, Any]]:
    """Every time expression of ``doc``, as serialisable dicts (no value yet).

    Each dict holds ``start``/``end`` (characters), ``text``, the calendar
    ``fields``, the ``tense`` that orients it (:func:`timex_tense`) and, for
    expressions counted from another one ("le lendemain"), ``anchor``: the
    index of that expression in the returned list. :func:`resolve_all` turns
    the list into values once the publication date is known.

    ``vocabulary`` (:func:`timex_vocabulary`, computed if not given) limits
    the Matcher to the stretches of text where an expression can be. ``memo``,
    a dict kept from one call to the next with the same ``matcher``, keeps the
    matches of each stretch under its :meth:`TimexVocabulary.key` (when the
    patterns ask only what ``vocabulary.constraints`` holds): "le 12 janvier"
    and "le 3 mars", words the patterns treat alike, are matched once.

    Expressions whose value the text cannot determine ("la veille du sommet"
    when the summit's date is not given) are left out, as gold files leave
    them out (§3).
    """
    text = doc_text(doc)  # doc.text is built anew on each access
    if vocabulary is None:
        vocabulary = timex_vocabulary(calendar_words)
    windows, years = _windows(doc, vocabulary)
    if memo is not None and vocabulary.lexical and windows:
        rows = doc.to_array([ORTH, LOWER, SHAPE])
        keys: list[tuple[Any, ...] | None] = [vocabulary.key(rows[a:b].tolist()) for a, b in windows]
    else:
        keys = [None] * len(windows)
    found = [
        Span(doc, window_start + start, window_start + end, label=match_id)
        for (window_start, window_end), key in zip(windows, keys)
        for match_id, start, end in _matches(doc, matcher, window_start, window_end, key, memo)
    ]
    found.extend(Span(doc, i, i + 1, label="YEAR") for i in years)
    pieces: list[tuple[Span, dict[str, Any]]] = []
    for span in filter_spans(found):
        span = _trim(span)
        if len(span) == 0 or not _plausible(span, calendar_words):
            continue
        for sub, fields in read_fields(span, span.label_, calendar_words):
            pieces.append((sub, fields))
    pieces.sort(key=lambda p: p[0].start)
    spans = [p[0] for p in pieces]
    all_fields = [p[1] for p in pieces]
    results: list[dict[str, Any]] = []
    keep: list[int] = []
    anchors: dict[int, int] = {}
    merged: set[int] = set()
    for i, (sub, fields) in enumerate(pieces):
        if i in merged:
            continue
        if "anchored" in fields or "anaphoric" in fields:
            if "anchored" in fields:
                anchor = _event_anchor(sub, i, spans, all_fields)
            else:
                anchor = _anaphoric_anchor(i, spans, all_fields)
            if anchor is None or anchor is False:
                continue
            if anchor > i and spans[anchor].start <= sub.end + 2:
                # "la veille de Noël", "le lendemain du 12 janvier": one expression
                merged.add(anchor)
                fields = dict(fields, anchor_fields=all_fields[anchor])
                sub = doc[sub.start:spans[anchor].end]
            else:
                anchors[i] = anchor
        tense = timex_tense(sub, calendar_words)
        if fields["label"] == "OFFSET" and fields.get("sign") == 1 and tense in _BACKWARD:
            continue  # "a travaillé une heure dans une semaine": not a date
        keep.append(i)
        start, end = _char_bounds(sub)
        results.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "fields": fields,
                "tense": tense,
            }
        )
    position = {old: new for new, old in enumerate(keep)}
    for new, old in enumerate(keep):
        if old in anchors and anchors[old] in position:
            results[new]["anchor"] = position[anchors[old]]
    return results


# ------------------------------------------------------------------ resolution


def easter(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian calendar).

    Examples
    --------
    >>> easter(2018)
    datetime.date(2018, 4, 1)
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _direction(tense: str | None, relation: str | None) -> str | None:
    if relation == "next":
        return "next"
    if relation == "last":
        return "last"
    if tense in _BACKWARD:
        return "past"
    if tense in _FORWARD:
        return "future"
    return None


def _choose(candidates: Sequence[date], reference: date, direction: str | None, penalty: int) -> date:
    """The candidate a reader picks: the nearest on the side the tense points to.

    ``next``/``last`` (the text says "prochain"/"dernier") are strict; a tense
    only adds ``penalty`` days to candidates on the other side.
    """
    if direction == "next":
        after = [c for c in candidates if c > reference]
        if after:
            return min(after)
    if direction == "last":
        before = [c for c in candidates if c < reference]
        if before:
            return max(before)

    def cost(c: date) -> tuple[int, int]:
        distance = abs((c - reference).days)
        wrong = (direction == "past" and c > reference) or (direction == "future" and c < reference)
        return distance + (penalty if wrong else 0), (c - reference).days

    return min(candidates, key=cost)


def _yearly(month: int, day: int | None, published: date, tense: str | None, relation: str | None,
            weekday: int | None = None) -> date | None:
    """(month, day) in the year a reader would understand.

    The weekday, when given, must agree; then the nearest date on the side
    the tense points to (:func:`_choose`). A year written elsewhere in the
    sentence is not used: it is as often about another event.
    """
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day or 1))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday is not None and day is not None:
        agreeing = [c for c in candidates if c.weekday() == weekday]
        if agreeing:
            candidates = agreeing
    reference = published.replace(day=1) if day is None else published
    if day is None and relation == "this":
        return date(published.year, month, 1)
    direction = _direction(tense, relation)
    return _choose(candidates, reference, direction, _MONTH_PENALTY if day is None else _DAY_PENALTY)


def _weekday(weekday: int, published: date, tense: str | None, relation: str | None,
             week_relation: str | None = None) -> date:
    delta = weekday - published.weekday()
    if week_relation is not None:
        step = {"next": 7, "last": -7}.get(week_relation, 0)
        return published + timedelta(days=delta + step)
    if relation == "this":
        if tense in _FORWARD and delta < 0:
            delta += 7
        elif tense in _BACKWARD and delta > 0:
            delta -= 7
    elif relation == "next":
        delta = delta if delta > 0 else delta + 7
    elif relation == "last":
        delta = delta if delta < 0 else delta - 7
    elif tense in _FORWARD:
        delta = delta if delta >= 0 else delta + 7
    elif tense in _BACKWARD:
        delta = delta if delta <= 0 else delta - 7
    elif delta > 3:  # present (news often narrate in it) or no verb: the nearest such day
        delta -= 7
    elif delta < -3:
        delta += 7
    return published + timedelta(days=delta)


def _ordinal_weekday(fields: Mapping[str, Any], published: date, tense: str | None) -> date | None:
    """"le premier vendredi de juillet", "le dernier lundi du mois"."""
    month = fields.get("month")
    if month is None:
        y, m = _shift_month(published.year, published.month, {"next": 1, "last": -1}.get(fields.get("relation") or "", 0))
    elif fields.get("year") is not None:
        y, m = int(fields["year"]), int(month)
    else:
        first = _yearly(int(month), None, published, tense, fields.get("relation"))
        if first is None:
            return None
        y, m = first.year, first.month
    weekday, ordinal = int(fields["weekday"]), int(fields["ordinal"])
    if ordinal > 0:
        first_day = date(y, m, 1)
        when = first_day + timedelta(days=(weekday - first_day.weekday()) % 7 + 7 * (ordinal - 1))
        return when if when.month == m else None
    ny, nm = _shift_month(y, m, 1)
    last_day = date(ny, nm, 1) - timedelta(days=1)
    return last_day - timedelta(days=(last_day.weekday() - weekday) % 7)


def _weekday_day(weekday: int, day: int, published: date, tense: str | None) -> date | None:
    """"samedi 12": the 12th that is a Saturday, in a month next to publication."""
    candidates = []
    for delta in (-1, 0, 1):
        y, m = _shift_month(published.year, published.month, delta)
        try:
            d = date(y, m, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            candidates.append(d)
    if not candidates:
        return None
    return _choose(candidates, published, _direction(tense, None), _DAY_PENALTY)


def _season_year(season: int, published: date, tense: str | None, relation: str | None) -> int:
    candidates = [date(y, season, 1) for y in (published.year - 1, published.year, published.year + 1)]
    if relation == "this":
        return published.year
    reference = published.replace(day=1)
    if relation in ("next", "last"):
        # the season after (before) the current one, "l'été dernier" in
        # November being the one just gone
        ends = [date(*_shift_month(c.year, c.month, 3), 1) for c in candidates]
        if relation == "last":
            return max(c for c, e in zip(candidates, ends) if e <= reference).year
        return min(c for c in candidates if c > reference).year
    return _choose(candidates, reference, _direction(tense, None), _MONTH_PENALTY).year


def _from_anchor(fields: Mapping[str, Any], anchor: tuple[str, str | None] | None) -> tuple[str | None, str | None, str | None]:
    """"le mois précédent", "la semaine suivante", "le dimanche suivant": counted from ``anchor``."""
    if anchor is None or not anchor[1]:
        return None, None, None
    name, value = anchor
    step = int(fields["anaphoric"])
    day_value = date.fromisoformat(value) if len(value) == 10 else None
    if len(value) == 8 and value[5] == "W":
        day_value = date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
    if "weekday" in fields:
        if day_value is None:
            return None, None, None
        delta = (int(fields["weekday"]) - day_value.weekday()) % 7 or 7
        if step < 0:
            delta = -((day_value.weekday() - int(fields["weekday"])) % 7 or 7)
        return (day_value + timedelta(days=delta)).isoformat(), "day", name
    unit = fields.get("unit")
    if unit == "week" and day_value is not None:
        return _week(day_value + timedelta(weeks=step)), "week", name
    if unit == "month" and len(value) >= 7 and value[5] != "W":
        y, m = _shift_month(int(value[:4]), int(value[5:7]), step)
        return f"{y:04d}-{m:02d}", "month", name
    if unit == "year":
        return f"{int(value[:4]) + step:04d}", "year", name
    return None, None, None


def resolve(
    fields: Mapping[str, Any],
    published: date | None,
    tense: str | None,
    anchor: tuple[str, str | None] | None = None,
) -> tuple[str | None, str | None, str | None]:
    """``(value, granularity, anchor)`` of a time expression's fields.

    Parameters
    ----------
    fields : mapping
        Calendar fields from :func:`read_fields`.
    published : date or None
        Publication date of the article; relative expressions resolve to
        ``None`` without it.
    tense : str or None
        Tense of the expression's clause (:func:`timex_tense`).
    anchor : (name, value), optional
        For "la veille" / "le lendemain": the name (``"timex:3"``) and value
        of the expression that dates the event counted from.

    Returns
    -------
    tuple
        The ISO value, its granularity (``day``, ``week``, ``month``,
        ``year``), and what the value depends on: ``None`` for an absolute
        date, ``"published"`` for a date counted from publication,
        ``"published+tense:<tense>"`` when the clause's tense chose the
        direction, the anchor's name for anchored expressions.

    Examples
    --------
    >>> from datetime import date
    >>> pub = date(2016, 1, 24)
    >>> resolve({"label": "DATE", "day": 27, "month": 1}, pub, "past")  # a parse error would not send it a year back
    ('2016-01-27', 'day', 'published+tense:past')
    >>> resolve({"label": "PART", "part": "end", "month": 1}, date(2022, 11, 28), None)
    ('2023-01', 'month', 'published')
    >>> resolve({"label": "ANCHORED", "anchored": -1}, pub, None, ("timex:2", "2016-06-18"))
    ('2016-06-17', 'day', 'timex:2')
    """
    label = fields.get("label")
    year = fields.get("year")
    month = fields.get("month")
    day = fields.get("day")
    weekday = fields.get("weekday")
    relation = fields.get("relation")
    tense_anchor = f"published+tense:{tense}" if tense else "published"

    if "anchored" in fields and "anchor_fields" in fields:
        value, granularity, base_anchor = resolve(fields["anchor_fields"], published, tense)
        if granularity != "day" or value is None:
            return None, None, None
        shifted = date.fromisoformat(value) + timedelta(days=int(fields["anchored"]))
        return shifted.isoformat(), "day", base_anchor
    if "anchored" in fields:
        if anchor is None or not anchor[1] or len(anchor[1]) != 10:
            return None, None, None
        base = date.fromisoformat(anchor[1])
        return (base + timedelta(days=int(fields["anchored"]))).isoformat(), "day", anchor[0]
    if "anaphoric" in fields:
        return _from_anchor(fields, anchor)

    # Absolute: the text gives the year.
    if year is not None and fields.get("holiday") == "easter":
        return easter(int(year)).isoformat(), "day", None
    if year is not None and "ordinal" not in fields:
        if label == "SEASON" or (fields.get("part") is not None and month is None):
            return f"{year:04d}", "year", None
        if month is not None and day is not None:
            try:
                return date(year, month, day).isoformat(), "day", None
            except ValueError:
                return None, None, None
        if month is not None:
            return f"{year:04d}-{month:02d}", "month", None
        return f"{year:04d}", "year", None

    if "ordinal" in fields and weekday is not None and year is not None:
        when = _ordinal_weekday(fields, date(int(year), 1, 1), tense)
        return (None, None, None) if when is None else (when.isoformat(), "day", None)

    if published is None:
        return None, None, None

    if "day_offset" in fields:
        return (published + timedelta(days=int(fields["day_offset"]))).isoformat(), "day", "published"

    if label == "OFFSET":
        count = int(fields.get("count", 1)) * int(fields.get("sign", -1))
        unit = fields.get("unit", "day")
        if unit == "day":
            return (published + timedelta(days=count)).isoformat(), "day", "published"
        if unit == "week":
            return (published + timedelta(weeks=count)).isoformat(), "day", "published"
        if unit == "month":
            y, m = _shift_month(published.year, published.month, count)
            return f"{y:04d}-{m:02d}", "month", "published"
        return f"{published.year + count:04d}", "year", "published"

    if "holiday" in fields:
        holiday = fields["holiday"]
        if holiday == "easter":
            candidates = [easter(y) for y in (published.year - 1, published.year, published.year + 1)]
            when = _choose(candidates, published, _direction(tense, relation), _DAY_PENALTY)
        else:
            when = _yearly(int(holiday[0]), int(holiday[1]), published, tense, relation)
        return (None, None, None) if when is None else (when.isoformat(), "day", tense_anchor)

    if "ordinal" in fields and weekday is not None:
        when = _ordinal_weekday(fields, published, tense)
        return (None, None, None) if when is None else (when.isoformat(), "day", tense_anchor)

    if day is not None and month is None and fields.get("unit") == "month":
        # "du 4 au 22 de ce mois", "le 23 du mois prochain"
        y, m = _shift_month(published.year, published.month, {"next": 1, "last": -1}.get(relation or "", 0))
        try:
            return date(y, m, int(day)).isoformat(), "day", "published"
        except ValueError:
            return None, None, None

    if month is not None and day is not None:
        when = _yearly(month, day, published, tense, relation, weekday)
        return (None, None, None) if when is None else (when.isoformat(), "day", tense_anchor)

    if weekday is not None and day is not None:
        when = _weekday_day(weekday, day, published, tense)
        return (None, None, None) if when is None else (when.isoformat(), "day", tense_anchor)

    if weekday is not None:
        when = _weekday(weekday, published, tense, relation, fields.get("week_relation"))
        return when.isoformat(), "day", tense_anchor

    if month is not None:
        when = _yearly(month, None, published, tense, relation)
        if when is None:
            return None, None, None
        return f"{when.year:04d}-{month:02d}", "month", tense_anchor

    if fields.get("season") is not None:
        return f"{_season_year(int(fields['season']), published, tense, relation):04d}", "year", tense_anchor

    unit = fields.get("unit")
    if unit == "weekend":
        saturday = _weekday(5, published, tense, relation)
        return _week(saturday), "week", tense_anchor
    if label in ("PART", "PERIOD") and unit in ("year", "month", "week"):
        step = {"next": 1, "last": -1}.get(relation or "", 0)
        if relation == "new":
            step = 1 if published.month >= 10 else 0
        if unit == "week":
            return _week(published + timedelta(weeks=step)), "week", "published"
        if unit == "month":
            y, m = _shift_month(published.year, published.month, step)
            return f"{y:04d}-{m:02d}", "month", "published"
        return f"{published.year + step:04d}", "year", "published"

    return None, None, None


def resolve_all(raw: Sequence[Mapping[str, Any]], published: date | None) -> list[tuple[str | None, str | None, str | None]]:
    """Resolve the output of :func:`find_timexes`, anchored expressions last.

    Returns one ``(value, granularity, anchor)`` per expression, in order.

    Examples
    --------
    >>> from datetime import date
    >>> raw = [{"fields": {"label": "DATE", "day": 17, "month": 6}, "tense": "past"},
    ...        {"fields": {"label": "ANCHORED", "anchored": 1}, "tense": "past", "anchor": 0}]
    >>> resolve_all(raw, date(2018, 6, 23))
    [('2018-06-17', 'day', 'published+tense:past'), ('2018-06-18', 'day', 'timex:0')]
    """
    out: list[tuple[str | None, str | None, str | None] | None] = [None] * len(raw)
    for i, t in enumerate(raw):
        if t.get("anchor") is None:
            out[i] = resolve(t["fields"], published, t.get("tense"))
    for i, t in enumerate(raw):
        j = t.get("anchor")
        if j is None:
            continue
        target = out[j] if 0 <= j < len(raw) else None
        out[i] = resolve(t["fields"], published, t.get("tense"), (f"timex:{j}", target[0] if target else None))
    return [r if r is not None else (None, None, None) for r in out]
