"""The records newsgraph reads and writes, as frozen dataclasses.

Every type converts to and from the plain-dict record of the annotation
specification (``to_dict`` / ``from_dict``), so that JSON output, gold files and
in-memory objects are the same thing seen three ways.

Examples
--------
>>> from datetime import date
>>> art = Article(text="La Russie a confirmé lundi.", published=date(2022, 11, 28))
>>> art.published.isoformat()
'2022-11-28'
>>> a = Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS", aliases=("Moscou",))
>>> a.to_dict()["id"]
'country:RUS'
>>> Actor.from_dict(a.to_dict()) == a
True
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, Iterable, Mapping

from .errors import RecordError
from .renderers import html_for

__all__ = [
    "ACTOR_KINDS",
    "EVENT_TYPES",
    "MENTION_KINDS",
    "MODALITIES",
    "POLARITIES",
    "Actor",
    "Article",
    "ArticleResult",
    "Event",
    "Mention",
    "Timex",
]

ACTOR_KINDS = ("PERSON", "COUNTRY", "ORGANISATION")
MENTION_KINDS = ("PERSON", "COUNTRY", "ORGANISATION", "LOCATION", "MISC")
MODALITIES = ("asserted", "future", "hypothetical")
POLARITIES = ("positive", "negative")

#: The 16 PLOVER event types, with their quad class (PLOVER manual, table 1).
EVENT_TYPES: dict[str, str] = {
    "AGREE": "verbal cooperation",
    "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation",
    "AID": "material cooperation",
    "RETREAT": "material cooperation",
    "REQUEST": "verbal conflict",
    "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict",
    "SANCTION": "material conflict",
    "MOBILIZE": "material conflict",
    "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}


def _parse_date(value: Any, what: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise RecordError(f"{what}: {value!r} is not an ISO date (YYYY-MM-DD)")


def _optional_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError(f"field {key!r} must be a string, not {type(value).__name__}")
    return value


def _require(data: Mapping[str, Any], key: str, kind: str) -> Any:
    try:
        return data[key]
    except (KeyError, TypeError):
        raise RecordError(f"{kind} record is missing {key!r}: {data!r}") from None


def _drop_none(d: dict[str, Any], keep: Iterable[str] = ()) -> dict[str, Any]:
    keep = set(keep)
    return {k: v for k, v in d.items() if v is not None or k in keep}


@dataclass(frozen=True)
class Article:
    """One news article to analyse.

    Parameters
    ----------
    text : str
        The full text, header and title included; character offsets in the
        results refer to it.
    doc_id : str, optional
        Identifier carried to the output record.
    published : datetime.date, optional
        Publication date: the anchor of relative dates ("hier", "lundi").
    title, source, url : str, optional
        Metadata carried to the output record.
    origin : str, optional
        Where the article was read from (a path, ``path:line`` of a JSON Lines
        file); messages about the article name it.
    warnings : tuple of str
        What reading the article changed or doubted (a legacy encoding
        decoded, markup removed, a malformed field left out); they travel
        into its result's ``warnings``.
    """

    text: str
    doc_id: str | None = None
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise RecordError(f"article text must be a string, not {type(self.text).__name__}")
        if self.published is not None and not isinstance(self.published, date):
            object.__setattr__(self, "published", _parse_date(self.published, "published"))
        if not isinstance(self.warnings, tuple):
            object.__setattr__(self, "warnings", tuple(self.warnings))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Article":
        """Read the JSONL article fields (``text`` required)."""
        if not isinstance(data, Mapping):
            raise RecordError(f"an article record must be a JSON object, not {type(data).__name__}")
        text = _require(data, "text", "article")
        if not isinstance(text, str):
            raise RecordError(f"field 'text' must be a string, not {type(text).__name__}")
        doc_id = data.get("doc_id")
        if doc_id is not None and not isinstance(doc_id, (str, int)):
            raise RecordError(f"field 'doc_id' must be a string, not {type(doc_id).__name__}")
        return cls(
            text=text,
            doc_id=None if doc_id is None else str(doc_id),
            published=_parse_date(data.get("published"), "published"),
            title=_optional_str(data, "title"),
            source=_optional_str(data, "source"),
            url=_optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "text": self.text,
        }


@dataclass(frozen=True)
class Actor:
    """A named participant: a person, a sovereign state or an organisation.

    ``ref`` is local to one article (``"A1"``); ``id`` is stable across
    articles (``"country:RUS"``, ``"org:NATO"``, ``"person:serguei lavrov"``)
    and is what graphs merge on.
    """

    ref: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    country: str | None = None
    role: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ACTOR_KINDS:
            raise RecordError(f"actor kind must be one of {ACTOR_KINDS}, not {self.kind!r}")
        if not isinstance(self.aliases, tuple):
            object.__setattr__(self, "aliases", tuple(self.aliases))
        if not self.id:
            from .extract.normalize import actor_key

            object.__setattr__(self, "id", actor_key(self.kind, self.name, self.code))

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"ref": self.ref, "kind": self.kind, "name": self.name}
        if self.kind == "COUNTRY" or self.code:
            d["code"] = self.code
        d["aliases"] = list(self.aliases)
        if self.country:
            d["country"] = self.country
        if self.role:
            d["role"] = self.role
        d["id"] = self.id
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Actor":
        aliases = data.get("aliases") or ()
        if isinstance(aliases, str) or not all(isinstance(a, str) for a in aliases):
            raise RecordError(f"actor aliases must be a list of strings: {aliases!r}")
        return cls(
            ref=str(_require(data, "ref", "actor")),
            kind=_require(data, "kind", "actor"),
            name=_require(data, "name", "actor"),
            aliases=tuple(aliases),
            code=_optional_str(data, "code"),
            country=_optional_str(data, "country"),
            role=_optional_str(data, "role"),
            id=data.get("id") or "",
        )


@dataclass(frozen=True)
class Mention:
    """A span of the text that names or refers to an entity.

    ``resolved`` marks pronouns and descriptions linked to an actor ("il",
    "son pays"); ``metonymy`` marks a capital or seat of power standing for its
    state ("Moscou", "le Kremlin").
    """

    start: int
    end: int
    text: str
    kind: str
    actor: str | None = None
    resolved: bool = False
    metonymy: bool = False

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "actor": self.actor,
        }
        if self.resolved:
            d["resolved"] = True
        if self.metonymy:
            d["metonymy"] = True
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Mention":
        return cls(
            start=int(_require(data, "start", "mention")),
            end=int(_require(data, "end", "mention")),
            text=_require(data, "text", "mention"),
            kind=_require(data, "kind", "mention"),
            actor=data.get("actor"),
            resolved=bool(data.get("resolved", False)),
            metonymy=bool(data.get("metonymy", False)),
        )


@dataclass(frozen=True)
class Timex:
    """A time expression and its ISO 8601 value.

    ``granularity`` is ``day``, ``week``, ``month`` or ``year`` (``None`` when
    the value is unknown); ``anchor`` names what a relative expression was
    resolved against: ``None`` for an absolute date, ``"published"``,
    ``"published+tense:past"`` (the clause's tense chose the direction) or
    ``"timex:3"`` (counted from another expression of the text).
    """

    text: str
    value: str | None
    start: int | None = None
    end: int | None = None
    granularity: str | None = None
    anchor: str | None = None
    occurrence: int = 1

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "occurrence": self.occurrence, "value": self.value}
        if self.start is not None:
            d["start"] = self.start
            d["end"] = self.end
        d["granularity"] = self.granularity
        d["anchor"] = self.anchor
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Timex":
        start = data.get("start")
        end = data.get("end")
        return cls(
            text=_require(data, "text", "timex"),
            value=data.get("value"),
            start=None if start is None else int(start),
            end=None if end is None else int(end),
            granularity=data.get("granularity"),
            anchor=data.get("anchor"),
            occurrence=int(data.get("occurrence") or 1),
        )


@dataclass(frozen=True)
class Event:
    """One coded action: ``source`` does ``type`` to ``target``.

    Besides the specification's fields, an output event carries its evidence:
    the sentence's and the trigger's character offsets, the id of the rule or
    lexicon entry that produced it, and a confidence in [0, 1].

    Examples
    --------
    >>> e = Event(type="CONSULT", source="A1", target="A2", modality="future")
    >>> e.quad_class
    'verbal cooperation'
    >>> e.plover_code
    'AGREE'
    """

    type: str
    source: str | None
    target: str | None = None
    modality: str = "asserted"
    polarity: str = "positive"
    date: str | None = None
    speaker: str | None = None
    trigger: str | None = None
    evidence: str | None = None
    optional: bool = False
    cameo: str | None = None
    rule: str | None = None
    confidence: float | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise RecordError(f"event type must be a PLOVER type, not {self.type!r}")
        if self.modality not in MODALITIES:
            raise RecordError(f"event modality must be one of {MODALITIES}, not {self.modality!r}")
        if self.polarity not in POLARITIES:
            raise RecordError(f"event polarity must be one of {POLARITIES}, not {self.polarity!r}")

    @property
    def quad_class(self) -> str:
        """PLOVER quad class: verbal/material cooperation/conflict."""
        return EVENT_TYPES[self.type]

    @property
    def plover_code(self) -> str:
        """The event type under the PLOVER manual's strict conventions.

        The specification codes a planned meeting as ``CONSULT`` with
        ``modality="future"``; the PLOVER manual codes it as ``AGREE`` (an
        agreement to meet). Every other pair maps to its own type.
        """
        if self.type == "CONSULT" and self.modality == "future" and self.polarity == "positive":
            return "AGREE"
        return self.type

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "modality": self.modality,
            "polarity": self.polarity,
            "date": self.date,
            "speaker": self.speaker,
            "trigger": self.trigger,
            "evidence": self.evidence,
        }
        if self.optional:
            d["optional"] = True
        extra = {
            "cameo": self.cameo,
            "plover": self.plover_code,
            "rule": self.rule,
            "confidence": self.confidence,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
        }
        d.update(_drop_none(extra))
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Event":
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        for key in ("type",):
            _require(data, key, "event")
        kwargs.setdefault("source", None)
        kwargs["optional"] = bool(kwargs.get("optional", False))
        return cls(**kwargs)

    def __str__(self) -> str:
        return self.describe()

    def describe(self, actors: Mapping[str, Actor] | None = None) -> str:
        """A one-line reading such as ``Lavrov → États-Unis CONSULT (future) « ... »``."""

        def name(ref: str | None) -> str:
            if ref is None:
                return "∅"
            if actors and ref in actors:
                return actors[ref].name
            return ref

        flags = [m for m in (self.modality if self.modality != "asserted" else None,
                             "negated" if self.polarity == "negative" else None) if m]
        text = f"{name(self.source)} → {name(self.target)} {self.type}"
        if flags:
            text += f" ({', '.join(flags)})"
        if self.date:
            text += f" @{self.date}"
        if self.trigger:
            text += f" « {self.trigger} »"
        return text


@dataclass(frozen=True)
class ArticleResult:
    """Everything newsgraph extracted from one article.

    ``to_dict()`` is the specification's record; ``from_dict()`` reads one
    back (gold records included).
    """

    doc_id: str | None
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    text: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for name in ("actors", "mentions", "timexes", "events", "warnings"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))

    @property
    def actors_by_ref(self) -> dict[str, Actor]:
        return {a.ref: a for a in self.actors}

    def actor(self, ref: str) -> Actor:
        """The actor with this ``ref``; ``KeyError`` if there is none."""
        for a in self.actors:
            if a.ref == ref:
                return a
        raise KeyError(ref)

    def describe_events(self) -> list[str]:
        """Each event as a readable line, with actor names."""
        by_ref = self.actors_by_ref
        return [e.describe(by_ref) for e in self.events]

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "doc_id": self.doc_id,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "source": self.source,
        }
        if self.url:
            d["url"] = self.url
        d["actors"] = [a.to_dict() for a in self.actors]
        d["timexes"] = [t.to_dict() for t in self.timexes]
        d["events"] = [e.to_dict() for e in self.events]
        d["mentions"] = [m.to_dict() for m in self.mentions]
        if self.language:
            d["language"] = self.language
        if self.warnings:
            d["warnings"] = list(self.warnings)
        if include_text and self.text is not None:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ArticleResult":
        if not isinstance(data, Mapping):
            raise RecordError(f"a record must be a JSON object, not {type(data).__name__}")

        def items(key: str) -> list[Any]:
            value = data.get(key) or []
            if not isinstance(value, list):
                raise RecordError(f"field {key!r} must be a list")
            return value

        doc_id = data.get("doc_id")
        return cls(
            doc_id=None if doc_id is None else str(doc_id),
            published=_parse_date(data.get("published"), "published"),
            title=_optional_str(data, "title"),
            source=_optional_str(data, "source"),
            url=_optional_str(data, "url"),
            actors=tuple(Actor.from_dict(a) for a in items("actors")),
            mentions=tuple(Mention.from_dict(m) for m in items("mentions")),
            timexes=tuple(Timex.from_dict(t) for t in items("timexes")),
            events=tuple(Event.from_dict(e) for e in items("events")),
            text=_optional_str(data, "text"),
            language=_optional_str(data, "language"),
            warnings=tuple(items("warnings")),
        )

    def replace(self, **changes: Any) -> "ArticleResult":
        """A copy with some fields changed (the record is frozen)."""
        return replace(self, **changes)

    def _repr_html_(self) -> str | None:
        """Jupyter's rich display: :func:`newsgraph.display.render_article` (see :mod:`newsgraph.renderers`)."""
        return html_for(self)
