"""Lexicons and gazetteers, stored as data files beside this module.

Each resource has a loader registered in spaCy's ``misc`` registry (through
the ``spacy_misc`` entry point), so that a pipeline config can name it or swap
it::

    [components.newsgraph_actors.gazetteer]
    @misc = "newsgraph.gazetteer.v1"
    extra_dir = "my_aliases/"

Loaders read files once per process and return frozen, read-only objects.

The tables are tab-separated with a header row; ``#`` starts a comment line and
``|`` separates the items of a list cell. A directory given as ``extra_dir``
may hold files of the same names: their rows are added to the bundled ones.

Examples
--------
>>> gaz = make_gazetteer()
>>> gaz.country_code("les Etats-Unis")
'USA'
>>> gaz.place("Kremlin")
('RUS', 'seat')
>>> gaz.demonym("américaine")
'USA'
>>> gaz.location("Méditerranée")
('sea', None)
"""

from __future__ import annotations

import csv
import json
from difflib import SequenceMatcher
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterator, Mapping

from ..errors import ResourceError
from ..extract.normalize import fold, name_key, name_skeleton

__all__ = [
    "Country",
    "EventLexicon",
    "Gazetteer",
    "KnownPerson",
    "Office",
    "Organisation",
    "People",
    "TriggerEntry",
    "make_event_lexicon",
    "make_gazetteer",
    "make_people",
    "make_timex_patterns",
    "read_json",
    "read_table",
]


def _bundled(name: str) -> Path:
    return Path(str(importlib_resources.files(__package__).joinpath(name)))


def read_table(name: str, extra_dir: str | Path | None = None, optional: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Rows of a bundled TSV resource, plus those of ``extra_dir/name`` if present.

    Columns named in ``optional`` may be left out at the end of the header
    (a file written before they existed) and read as empty cells.
    """
    paths = [_bundled(name)]
    if extra_dir is not None:
        extra = Path(extra_dir) / name
        if extra.exists():
            paths.append(extra)
    rows: list[dict[str, str]] = []
    for path in paths:
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                lines = (line for line in fh if line.strip() and not line.startswith("#"))
                reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
                for lineno, row in enumerate(reader, start=2):
                    for column in optional:
                        if column not in row:
                            row[column] = ""
                    if None in row or any(v is None for v in row.values()):
                        raise ResourceError(f"{path}: row {lineno} has the wrong number of cells")
                    rows.append({k: v.strip() for k, v in row.items()})
        except FileNotFoundError:
            raise ResourceError(f"resource file not found: {path}") from None
    return rows


def read_json(name: str) -> Any:
    """A bundled JSON resource."""
    path = _bundled(name)
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise ResourceError(f"cannot read resource {path}: {exc}") from None


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split("|") if item.strip()]


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    sovereign: bool
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    type: str


@dataclass(frozen=True)
class Gazetteer:
    """Countries, capitals and seats of power, demonyms, organisations and titles.

    Every lookup takes a surface form and folds it (case, accents, leading
    article) before looking it up.
    """

    countries: Mapping[str, Country]
    country_forms: Mapping[str, str]
    places: Mapping[str, tuple[str, str]]
    demonyms: Mapping[str, str]
    organisations: Mapping[str, Organisation]
    organisation_forms: Mapping[str, str]
    titles: Mapping[str, str]
    locations: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)
    first_names: Mapping[str, str] = field(default_factory=dict)
    people: "People" = field(default_factory=lambda: People([]))
    combining_forms: Mapping[str, str] = field(default_factory=dict)

    def country_code(self, text: str) -> str | None:
        """ISO alpha-3 code of a sovereign state's name, or ``None``."""
        return self.country_forms.get(fold(text))

    def place(self, text: str) -> tuple[str, str] | None:
        """``(code, kind)`` of a capital or seat of power (a metonym), or ``None``."""
        return self.places.get(fold(text))

    def demonym(self, text: str) -> str | None:
        """ISO code of a nationality adjective or noun ("russe", "Américains")."""
        return self.demonyms.get(fold(text))

    def demonyms_of(self, text: str) -> tuple[str, ...]:
        """ISO codes of a nationality adjective, simple or compound ("russe", "franco-allemands").

        Examples
        --------
        >>> gaz = make_gazetteer()
        >>> gaz.demonyms_of("sino-indiens"), gaz.demonyms_of("nord-coréen"), gaz.demonyms_of("anglo-saxon")
        (('CHN', 'IND'), ('PRK',), ())
        """
        code = self.demonym(text)
        if code:
            return (code,)
        parts = fold(text).split("-")
        if len(parts) < 2:
            return ()
        codes = [self.combining_forms.get(p) for p in parts[:-1]] + [self.demonyms.get(parts[-1])]
        return tuple(dict.fromkeys(codes)) if all(codes) else ()

    def organisation(self, text: str) -> Organisation | None:
        """The known organisation a name or acronym designates, or ``None``."""
        key = self.organisation_forms.get(fold(text))
        return self.organisations[key] if key else None

    def location(self, text: str) -> tuple[str, str | None] | None:
        """``(kind, country code)`` of a place that is not a state ("Kaliningrad", "Méditerranée")."""
        return self.locations.get(fold(text))

    def country_of_place(self, text: str) -> str | None:
        """ISO code of the state a place that is not one lies in: a region or a city, else a capital.

        Examples
        --------
        >>> gaz = make_gazetteer()
        >>> gaz.country_of_place("Moscou"), gaz.country_of_place("Nulle-Part")
        ('RUS', None)
        """
        location = self.location(text)
        if location is not None and location[1]:
            return location[1]
        capital = self.place(text)
        return capital[0] if capital is not None else None

    def first_name(self, text: str) -> str | None:
        """Grammatical gender of a first name: ``f``, ``m`` or ``u`` (either), else ``None``."""
        return self.first_names.get(text.lower())

    def title_scope(self, text: str) -> str | None:
        """``state``, ``igo``, ``other`` or ``honorific`` for a title word or phrase."""
        return self.titles.get(fold(text))

    def person(self, names: list[str], day: date | None = None, titled: tuple[str, ...] = ()) -> "tuple[KnownPerson, Office | None] | None":
        """The known person an article's names of one actor designate, and their office on ``day``."""
        return self.people.find(names, day, titled)

    def country_name(self, code: str) -> str:
        country = self.countries.get(code)
        return country.name if country else code


@lru_cache(maxsize=8)
def _load_gazetteer(extra_dir: str | None) -> Gazetteer:
    countries: dict[str, Country] = {}
    country_forms: dict[str, str] = {}
    for row in read_table("countries.tsv", extra_dir):
        forms = tuple(dict.fromkeys([row["name"], *_split(row["forms"])]))
        country = Country(row["code"], row["name"], row["sovereign"] == "1", forms)
        countries[country.code] = country
        if country.sovereign:
            for form in forms:
                country_forms.setdefault(fold(form), country.code)
    places = {fold(r["form"]): (r["code"], r["kind"]) for r in read_table("places.tsv", extra_dir)}
    demonyms = {fold(r["form"]): r["code"] for r in read_table("demonyms.tsv", extra_dir)}
    organisations: dict[str, Organisation] = {}
    organisation_forms: dict[str, str] = {}
    for row in read_table("organisations.tsv", extra_dir):
        org = Organisation(
            row["id"], row["name"], tuple(_split(row["aliases"])), row["country"] or None, row["type"]
        )
        organisations[org.id] = org
        for form in (org.name, *org.aliases):
            organisation_forms.setdefault(fold(form), org.id)
    titles = {fold(r["form"]): r["scope"] for r in read_table("titles.tsv", extra_dir)}
    locations = {fold(r["form"]): (r["kind"], r["code"] or None) for r in read_table("locations.tsv", extra_dir)}
    first_names = {r["name"].lower(): r["gender"] for r in read_table("first_names.tsv", extra_dir)}
    combining_forms = {fold(r["form"]): r["code"] for r in read_table("combining_forms.tsv", extra_dir)}
    freeze = MappingProxyType
    return Gazetteer(
        countries=freeze(countries),
        country_forms=freeze(country_forms),
        places=freeze(places),
        demonyms=freeze(demonyms),
        organisations=freeze(organisations),
        organisation_forms=freeze(organisation_forms),
        titles=freeze(titles),
        locations=freeze(locations),
        first_names=freeze(first_names),
        people=make_people(extra_dir),
        combining_forms=freeze(combining_forms),
    )


def make_gazetteer(extra_dir: str | None = None) -> Gazetteer:
    """Registered as ``newsgraph.gazetteer.v1``: the bundled gazetteers (cached)."""
    return _load_gazetteer(None if extra_dir is None else str(extra_dir))


#: CAMEO code prefixes of offices that belong to no state (international organisations,
#: non-governmental organisations, multinational companies, transnational armed groups).
INTERNATIONAL_CODES = ("IGO", "NGO", "MNC", "IMG")


@dataclass(frozen=True)
class Office:
    """One office of a known person: a CAMEO code (``USAGOV``, ``IGOUNO``) and its dates."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def international(self) -> bool:
        """An office of an international body: its holder serves no state (spec §6)."""
        return self.code.startswith(INTERNATIONAL_CODES)

    @property
    def country(self) -> str | None:
        """The state the office serves (the code's first three letters), ``None`` if international."""
        return None if self.international or len(self.code) < 3 else self.code[:3]

    @property
    def former(self) -> bool:
        """An ``ELI`` code: a person's own country out of office, not an office."""
        return self.code[3:6] == "ELI" or len(self.code) <= 3

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class KnownPerson:
    """A person of ``people.tsv``: display name and offices."""

    name: str
    offices: tuple[Office, ...]

    def office_on(self, day: date | None) -> Office | None:
        """The office that gives the person's affiliation on ``day`` (``None``: the latest known).

        An office in force wins over a former-office (``ELI``) code in force;
        with nothing in force, the last office ended before ``day``; with
        nothing before, the first office to come.
        """
        if day is None:
            current = [o for o in self.offices if o.end is None]
        else:
            current = [o for o in self.offices if o.covers(day)]
        if current:
            serving = [o for o in current if not o.former] or current
            return max(serving, key=lambda o: o.start or date.min)
        past = [o for o in self.offices if day is None or o.start is None or o.start <= day]
        if past:
            return max(past, key=lambda o: o.end or date.min)
        # not yet in office: the office to come (a president-elect is already that state's)
        return min(self.offices, key=lambda o: o.start or date.min) if self.offices else None


def _iso(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


class People:
    """People in the news (``people.tsv``), found by name in constant time.

    A name is looked up, in order: as a whole form ("Sergey Lavrov", "Kim
    Jong-un"), by the consonant skeletons of its family and given names
    when the family names are also spelt alike ("Sergueï Lavrov" finds
    "Sergey Lavrov", "Jean-Marie Guénois" does not find "Jean Geneus"), and, for a name of one word, as
    a form the sources give alone ("Poutine", "Lavrov"). Rows are parsed
    when first found.
    """

    def __init__(self, lines: list[str]) -> None:
        self._rows: list[tuple[str, str]] = []  # (name, offices) as stored
        self._parsed: dict[int, KnownPerson] = {}
        self.by_key: dict[str, list[int]] = {}
        self.by_bare: dict[str, list[int]] = {}
        self.by_family: dict[str, list[tuple[str, str, int]]] = {}
        for index, line in enumerate(lines):
            name, keys, bare, family, offices = line.split("\t", 5)[:5]
            self._rows.append((name, offices))
            for key in keys.split("|"):
                self.by_key.setdefault(key, []).append(index)
            if bare:
                for key in bare.split("|"):
                    self.by_bare.setdefault(key, []).append(index)
            if family:
                for item in family.split("|"):
                    last, given, word = item.split(":")
                    self.by_family.setdefault(last, []).append((given, word, index))

    def __len__(self) -> int:
        return len(self._rows)

    def person(self, index: int) -> KnownPerson:
        found = self._parsed.get(index)
        if found is None:
            name, cell = self._rows[index]
            offices = []
            for item in cell.split(";"):
                code, _, dates = item.partition(":")
                start, _, end = dates.partition(":")
                offices.append(Office(code, _iso(start), _iso(end)))
            found = self._parsed[index] = KnownPerson(name, tuple(offices))
        return found

    def candidates(self, name: str, exact: bool = False) -> list[KnownPerson]:
        """The people a name written in an article can be (``exact``: as a whole form only)."""
        key = name_key(name)
        words = key.split()
        if not words:
            return []
        hits = self.by_key.get(key)
        if not hits and not exact and len(words) >= 2:
            last, given = name_skeleton(words[-1]), name_skeleton("".join(words[:-1]))
            if len(last) >= 2 and given:
                hits = [
                    i for g, word, i in self.by_family.get(last, ())
                    if g == given and SequenceMatcher(None, word, words[-1]).ratio() >= 0.7
                ]
        if not hits and not exact and len(words) == 1:
            hits = self.by_bare.get(key)
        return [self.person(i) for i in dict.fromkeys(hits or ())]

    def find(self, names: list[str], day: date | None, titled: tuple[str, ...] = ()) -> tuple[KnownPerson, Office | None] | None:
        """The person the article's names of one actor designate, and their office on ``day``.

        ``titled`` forms ("pape François") are tried first, as whole forms;
        then the fullest name decides. Several people of one name are one
        answer only when they serve the same state (or all no state) on that
        day.
        """
        tries = [(name, True) for name in titled] + [(name, False) for name in sorted(names, key=lambda n: -len(n.split()))]
        for name, exact in tries:
            found = self.candidates(name, exact)
            if not found:
                continue
            offices = [(p, p.office_on(day)) for p in found]
            affiliations = {(o.country, o.international) if o else None for _, o in offices}
            if len(affiliations) == 1:
                return offices[0]
            serving = [(p, o) for p, o in offices if o is not None and not o.former]
            if serving and len({(o.country, o.international) for _, o in serving}) == 1:
                return serving[0]
            return None
        return None


@lru_cache(maxsize=8)
def make_people(extra_dir: str | None = None) -> People:
    """The people of ``people.tsv`` (and of ``extra_dir/people.tsv``), loaded once (cached)."""
    paths = [_bundled("people.tsv")]
    if extra_dir is not None and (Path(extra_dir) / "people.tsv").exists():
        paths.append(Path(extra_dir) / "people.tsv")
    lines: list[str] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ResourceError(f"cannot read resource {path}: {exc}") from None
        body = [line for line in text.splitlines() if line and not line.startswith("#")]
        if not body or not body[0].startswith("name\tkeys\tbare\tfamily\toffices"):
            raise ResourceError(f"{path}: not a people table (header name, keys, bare, family, offices)")
        lines.extend(body[1:])
    return People(lines)


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon entry: a French word or expression that tells an event.

    ``targets`` lists where the target sits, in order of preference: ``obj``,
    ``iobj``, a preposition (``avec``, ``à``, ``contre``, ``de``...), or
    ``entre`` for "entre X et Y". ``sources`` does the same for nominal
    triggers (``poss``, ``amod``, ``de``, ``par``) besides the governing verb's
    subject.
    """

    id: str
    lemma: str
    pos: str
    type: str
    cameo: str
    targets: tuple[str, ...]
    sources: tuple[str, ...]
    modality: str | None
    polarity: str | None
    confidence: float
    monadic: bool = False  # the event stands without a target


@dataclass(frozen=True)
class EventLexicon:
    """Trigger entries indexed by ``(head word, pos)``, and the cue lists.

    A multi-word or reflexive entry ("mettre en garde", "se rendre") is found
    under its head word ("mettre", "rendre"); the extractor checks the rest.
    """

    entries: Mapping[tuple[str, str], tuple[TriggerEntry, ...]]
    cues: Mapping[str, frozenset[str]] = field(default_factory=dict)
    finder_weights: Mapping[tuple[str, str], float] = field(default_factory=dict)
    calibration: tuple[tuple[float, float], ...] = ()

    def lookup(self, lemma: str, pos: str) -> tuple[TriggerEntry, ...]:
        return self.entries.get((lemma.lower(), pos), ())

    def finder_weight(self, role: str, finder: str) -> float:
        """How reliable an argument found by ``finder`` for ``role`` (``source``/``target``) is (1 if unlisted)."""
        return self.finder_weights.get((role, finder), 1.0)

    def score(self, prior: float, source_finder: str, target_finder: str | None) -> float:
        """The raw score of an event: its row's prior times the weights of the finders of its arguments."""
        weight = self.finder_weight("source", source_finder) * self.finder_weight("target", target_finder or "none")
        return min(1.0, prior * weight)

    def calibrated(self, raw: float) -> float:
        """The share of events with this raw score that are right (``calibration.tsv``), interpolated.

        Without a calibration table, the raw score itself.

        Examples
        --------
        >>> lex = EventLexicon(entries={}, calibration=((0.2, 0.1), (0.6, 0.5)))
        >>> lex.calibrated(0.4), lex.calibrated(0.1), lex.calibrated(0.9)
        (0.3, 0.1, 0.5)
        """
        points = self.calibration
        if not points:
            return raw
        if raw <= points[0][0]:
            return points[0][1]
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            if raw <= x1:
                return round(y0 + (y1 - y0) * (raw - x0) / (x1 - x0), 6) if x1 > x0 else y1
        return points[-1][1]

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def __iter__(self) -> Iterator[TriggerEntry]:
        for entries in self.entries.values():
            yield from entries


@lru_cache(maxsize=8)
def _load_event_lexicon(extra_dir: str | None) -> EventLexicon:
    entries: dict[tuple[str, str], list[TriggerEntry]] = {}
    for row in read_table("events.tsv", extra_dir, optional=("monadic",)):
        lemma = row["lemma"].lower()
        pos = row["pos"]
        entry = TriggerEntry(
            id=f"lex:{pos.lower()}:{lemma}" + (f":{row['variant']}" if row.get("variant") else ""),
            lemma=lemma,
            pos=pos,
            type=row["type"],
            cameo=row["cameo"],
            targets=tuple(_split(row["target"])),
            sources=tuple(_split(row["source"])),
            modality=row["modality"] or None,
            polarity=row["polarity"] or None,
            confidence=float(row["confidence"] or 0.7),
            monadic=row["monadic"].lower() in ("yes", "1", "true"),
        )
        entries.setdefault((_head_word(lemma), pos), []).append(entry)
    cues: dict[str, set[str]] = {}
    for row in read_table("cues.tsv", extra_dir):
        cues.setdefault(row["cue"], set()).add(row["lemma"].lower())
    weights = {(row["role"], row["finder"]): float(row["weight"]) for row in read_table("finders.tsv", extra_dir)}
    calibration = tuple(sorted((float(row["raw"]), float(row["confidence"])) for row in read_table("calibration.tsv", extra_dir)))
    return EventLexicon(
        entries=MappingProxyType({k: tuple(v) for k, v in entries.items()}),
        cues=MappingProxyType({k: frozenset(v) for k, v in cues.items()}),
        finder_weights=MappingProxyType(weights),
        calibration=calibration,
    )


def _head_word(lemma: str) -> str:
    """The word an entry is looked up by: "se rendre" → "rendre", "mettre en garde" → "mettre"."""
    for prefix in ("se ", "s'", "s’"):
        if lemma.startswith(prefix):
            lemma = lemma[len(prefix):]
            break
    return lemma.split()[0] if lemma.split() else lemma


def make_event_lexicon(extra_dir: str | None = None) -> EventLexicon:
    """Registered as ``newsgraph.event_lexicon.v1``: trigger verbs and nouns, and cues (cached)."""
    return _load_event_lexicon(None if extra_dir is None else str(extra_dir))


@lru_cache(maxsize=1)
def make_timex_patterns() -> Mapping[str, Any]:
    """Registered as ``newsgraph.timex_patterns.v1``: calendar words and Matcher patterns."""
    return MappingProxyType(read_json("timex.json"))
