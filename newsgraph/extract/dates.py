"""French (and English dateline) time expressions: detection and resolution.

Detection runs spaCy ``Matcher`` patterns read from ``resources/timex.json``;
each match is read into calendar fields (day, month, year, weekday, offset,
relation...) by :func:`read_fields`. Resolution (:func:`resolve`) turns the
fields into an ISO 8601 value at the expression's own granularity, using the
publication date and the tense of the expression's clause: a past-tense
"dimanche" is the Sunday before publication, a future-tense "le 12 janvier"
the next 12 January.

Examples
--------
>>> from datetime import date
>>> pub = date(2022, 11, 28)  # a Monday
>>> resolve({"weekday": 6}, pub, "past")
('2022-11-27', 'day', 'published+tense:past')
>>> resolve({"day": 12, "month": 1}, pub, "conditional")
('2023-01-12', 'day', 'published+tense:conditional')
>>> resolve({"unit": "month", "relation": "next"}, pub, None)
('2022-12', 'month', 'published')
>>> resolve({"year": 1997}, pub, "past")
('1997', 'year', None)
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Iterable, Mapping

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .clauses import clause_verb, verb_tense
from .normalize import normalize_apostrophes

__all__ = [
    "build_matcher",
    "find_timexes",
    "read_fields",
    "resolve",
]

_YEAR_RE = r"^(?:1[89]\d\d|20\d\d)$"
_DAY_RE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:er)?$")
_FORWARD = {"future", "conditional"}
_BACKWARD = {"past"}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _expand(calendar_words: Mapping[str, Any], spec: Any) -> Any:
    """Replace ``{"$": "$NAME"}`` placeholders of a pattern by token specs."""
    if isinstance(spec, list):
        return [_expand(calendar_words, item) for item in spec]
    if not isinstance(spec, dict) or "$" not in spec:
        return spec
    name = spec["$"]
    rest = {k: v for k, v in spec.items() if k != "$"}
    months = list(calendar_words["months"])
    next_last = list(calendar_words["next_words"]) + list(calendar_words["last_words"])
    units = ["semaine", "mois", "année", "an"]
    table: dict[str, dict[str, Any]] = {
        "$MONTH": {"LOWER": {"IN": months}},
        "$YEAR": {"TEXT": {"REGEX": _YEAR_RE}},
        "$WEEKDAY": {"LOWER": {"IN": list(calendar_words["weekdays"])}},
        "$NEXT_LAST": {"LOWER": {"IN": next_last}},
        "$DAYWORD": {"NORM": {"IN": list(calendar_words["day_words"])}},
        "$PERIOD_UNIT": {"LOWER": {"IN": units}},
        "$COUNT": {"LOWER": {"REGEX": rf"^(?:\d+|{_alternation(calendar_words['number_words'])})$"}},
        "$UNIT": {"LOWER": {"IN": list(calendar_words["units"])}},
        "$MONTH_OR_YEAR": {"LOWER": {"REGEX": rf"^(?:{_alternation(months + units)}|1[89]\d\d|20\d\d)$"}},
        "$SEASON": {"LOWER": {"IN": list(calendar_words["seasons"])}},
        "$YEAR_OR_NEXT_LAST": {"LOWER": {"REGEX": rf"^(?:1[89]\d\d|20\d\d|{_alternation(next_last)})$"}},
    }
    try:
        return {**table[name], **rest}
    except KeyError:
        raise ValueError(f"unknown placeholder {name!r} in timex patterns") from None


def build_matcher(vocab: Any, patterns: Mapping[str, Any]) -> Matcher:
    """A ``Matcher`` with every pattern of ``resources/timex.json``."""
    matcher = Matcher(vocab, validate=True)
    grouped: dict[str, list[Any]] = {}
    for entry in patterns["patterns"]:
        grouped.setdefault(entry["label"], []).append(_expand(patterns, entry["pattern"]))
    for label, pats in grouped.items():
        matcher.add(label, pats)
    return matcher


def _number(word: str, calendar_words: Mapping[str, Any]) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    value = calendar_words["number_words"].get(word)
    return None if value is None else int(value)


def read_fields(span: Span, label: str, calendar_words: Mapping[str, Any]) -> list[tuple[Span, dict[str, Any]]]:
    """Read a matched span into calendar fields.

    Returns one ``(span, fields)`` pair, or two for a range or coordination
    ("du 25 au 27 janvier" gives "25" and "27 janvier", §6 of the spec).
    """
    months = calendar_words["months"]
    weekdays = calendar_words["weekdays"]
    fields: dict[str, Any] = {"label": label}
    days: list[tuple[int, int]] = []  # (token index, day)
    for tok in span:
        low = normalize_apostrophes(tok.lower_)
        if low in months:
            fields["month"] = months[low]
        elif re.match(_YEAR_RE, tok.text):
            fields["year"] = int(tok.text)
        elif _DAY_RE.match(low) and label in ("DATE", "RANGE"):
            days.append((tok.i, int(low.rstrip("er"))))
        elif low in weekdays:
            fields["weekday"] = weekdays[low]
        elif low in calendar_words["day_words"]:
            fields["day_offset"] = calendar_words["day_words"][low]
        elif low in calendar_words["next_words"]:
            fields["relation"] = "next"
        elif low in calendar_words["last_words"]:
            fields["relation"] = "last"
        elif low in ("ce", "cet", "cette", "ci", "-ci"):
            fields.setdefault("relation", "this")
        elif low in ("nouvelle",):
            fields["relation"] = "new"
        elif low in calendar_words["units"] and label in ("OFFSET",):
            fields["unit"] = calendar_words["units"][low]
        elif low in ("semaine", "mois", "année", "an") and label == "PERIOD":
            fields["unit"] = calendar_words["units"][low]
        elif low in calendar_words["seasons"]:
            fields["season"] = calendar_words["seasons"][low]
        elif low in calendar_words["period_parts"]:
            fields["part"] = calendar_words["period_parts"][low]
        elif low.startswith("mi-"):
            fields["part"] = "mid"
            rest = low[3:]
            if rest in months:
                fields["month"] = months[rest]
            elif re.match(_YEAR_RE, rest):
                fields["year"] = int(rest)
        elif low in ("veille", "avant-veille", "lendemain", "surlendemain"):
            fields["anchored"] = {"veille": -1, "avant-veille": -2, "lendemain": 1, "surlendemain": 2}[low]
        elif low in ("il", "y", "a"):
            fields["sign"] = -1
        elif low == "dans":
            fields["sign"] = 1
        elif label == "OFFSET" and _number(low, calendar_words) is not None:
            fields["count"] = _number(low, calendar_words)
    if label == "PART" and "month" not in fields and "year" not in fields:
        words = {normalize_apostrophes(t.lower_) for t in span}
        fields["unit"] = "month" if "mois" in words else "year"
    if label == "HOLIDAY":
        key = " ".join(normalize_apostrophes(t.lower_) for t in span)
        for name, month_day in calendar_words["holidays"].items():
            if name in key or key in name:
                fields["month"], fields["day"] = month_day
                break
    if label == "OFFSET":
        fields.setdefault("count", 1)
    if not days:
        return [(span, fields)]
    if label == "RANGE" and len(days) == 2:
        first_i, first_day = days[0]
        doc = span.doc
        first_span = doc[span.start:first_i + 1]
        if first_span[0].lower_ not in ("du", "le", "les", "entre"):
            first_span = doc[first_i:first_i + 1]
        second_span = doc[days[1][0]:span.end]
        second = {k: v for k, v in fields.items()}
        second["day"] = days[1][1]
        second["label"] = "DATE"
        first = dict(second, day=first_day)
        return [(first_span, first), (second_span, second)]
    fields["day"] = days[-1][1]
    return [(span, fields)]


def _clause_tense(span: Span) -> str | None:
    return verb_tense(clause_verb(span.root))


def find_timexes(doc: Doc, matcher: Matcher, calendar_words: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every time expression of ``doc``, as serialisable dicts (no value yet).

    Each dict holds ``start``/``end`` (characters), ``text``, the calendar
    ``fields`` and the ``tense`` of its clause; :func:`resolve` turns it into
    a value once the publication date is known.
    """
    spans = []
    for match_id, start, end in matcher(doc):
        spans.append(Span(doc, start, end, label=match_id))
    results: list[dict[str, Any]] = []
    for span in filter_spans(spans):
        if not _plausible(span):
            continue
        for sub, fields in read_fields(span, span.label_, calendar_words):
            text = sub.text
            results.append(
                {
                    "start": sub.start_char,
                    "end": sub.end_char,
                    "text": text,
                    "fields": fields,
                    "tense": _clause_tense(sub),
                }
            )
    results.sort(key=lambda t: t["start"])
    return results


_TIME_OF_DAY = {"matin", "soir", "après-midi", "nuit", "midi", "soirée", "matinée"}
_COUNTED_NOUN_POS = {"NOUN"}


def _plausible(span: Span) -> bool:
    """Reject matches that are not time expressions (§6: times of day, counts)."""
    label = span.label_
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if label == "YEAR":
        tok = span[0]
        prev = doc[span.start - 1] if span.start > 0 else None
        if nxt is not None and (nxt.pos_ in _COUNTED_NOUN_POS or nxt.text in ("%", "€", "$")):
            return False
        if prev is not None and (prev.like_num or prev.text in ("n°", "N°", "no")):
            return False
        if prev is not None and prev.pos_ == "PROPN" and not prev.is_title:
            return False
        return tok.is_digit
    if label == "MONTH" and len(span) == 1 and span[0].lower_ in ("mars", "mai", "sept", "oct", "nov", "dec"):
        # a bare ambiguous word: "mars" the planet, "sept" the number.
        if span[0].lower_ == "sept" or span[0].is_title and span.start > 0 and not doc[span.start - 1].is_sent_start:
            return False
    if label == "PERIOD" and nxt is not None and nxt.lower_ in _TIME_OF_DAY:
        return True
    return True


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _closest_year(month: int, day: int | None, published: date, tense: str | None) -> int:
    """The year that puts (month, day) on the side of ``published`` the tense says."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day or 1))
        except ValueError:
            continue
    reference = published if day else published.replace(day=1)
    if tense in _BACKWARD:
        past = [c for c in candidates if c <= reference]
        if past:
            return max(past).year
    elif tense in _FORWARD:
        future = [c for c in candidates if c >= reference]
        if future:
            return min(future).year
    return min(candidates, key=lambda c: (abs((c - reference).days), c)).year


def resolve(fields: Mapping[str, Any], published: date | None, tense: str | None) -> tuple[str | None, str | None, str | None]:
    """``(value, granularity, anchor)`` of a time expression's fields.

    ``anchor`` says what the value depends on: ``None`` for an absolute date,
    ``"published"`` for a date counted from publication, and
    ``"published+tense:<tense>"`` when the clause's tense chose the direction.
    """
    year = fields.get("year")
    month = fields.get("month")
    day = fields.get("day")
    weekday = fields.get("weekday")
    relation = fields.get("relation")
    tense_anchor = f"published+tense:{tense}" if tense else "published"

    # Absolute: the text gives the year.
    if year is not None and fields.get("season") is None and fields.get("part") in (None, "start", "end", "mid"):
        if month is not None and day is not None:
            try:
                return date(year, month, day).isoformat(), "day", None
            except ValueError:
                return None, None, None
        if month is not None:
            return f"{year:04d}-{month:02d}", "month", None
        return f"{year:04d}", "year", None
    if year is not None:
        return f"{year:04d}", "year", None

    if published is None:
        return None, None, None

    if "day_offset" in fields:
        return (published + timedelta(days=fields["day_offset"])).isoformat(), "day", "published"

    if fields.get("label") == "OFFSET":
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

    if month is not None and day is not None:
        y = _closest_year(month, day, published, tense)
        try:
            return date(y, month, day).isoformat(), "day", tense_anchor
        except ValueError:
            return None, None, None

    if weekday is not None:
        delta = weekday - published.weekday()
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
        else:
            # present or unknown: the nearest such day, news being about the near past.
            if delta > 3:
                delta -= 7
            elif delta < -3:
                delta += 7
        return (published + timedelta(days=delta)).isoformat(), "day", tense_anchor

    if month is not None:
        y = _closest_year(month, None, published, tense)
        return f"{y:04d}-{month:02d}", "month", tense_anchor

    if fields.get("season") is not None:
        start_month = fields["season"]
        y = published.year
        if relation == "next":
            y += 1 if published.month >= start_month else 0
        elif relation == "last":
            y -= 1 if published.month <= start_month + 2 else 0
        return f"{y:04d}", "year", "published"

    unit = fields.get("unit")
    if fields.get("label") == "PART" or unit in ("year", "month", "week"):
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
