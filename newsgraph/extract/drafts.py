"""The working records of actor extraction, shared by the actor finder and coreference.

:mod:`newsgraph.extract.actors` builds :class:`Candidate` mentions and groups
them into :class:`ActorDraft` actors; :mod:`newsgraph.extract.coref` adds
resolved mentions to the same drafts. Both import them from here, so that
neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ActorDraft", "Candidate"]


@dataclass
class Candidate:
    """A mention being built: token span, kind and what identifies it."""

    start: int  # token index
    end: int
    kind: str
    code: str | None = None  # country code (COUNTRY) or organisation id (ORGANISATION)
    country: str | None = None
    metonymy: bool = False
    role: tuple[int, int] | None = None  # token span of the person's title phrase
    role_scope: str | None = None
    source: str = "ner"
    actor: int | None = None  # index into the actor drafts
    nested: bool = False  # inside another mention's name: a mention, not an actor
    label: str = ""  # the NER label it came from

    @property
    def is_actor(self) -> bool:
        return not self.nested and self.kind in ("PERSON", "COUNTRY", "ORGANISATION")


@dataclass
class ActorDraft:
    """An actor being built: its kind, the names the article uses and its mentions."""

    kind: str
    names: list[str]
    code: str | None = None
    org_id: str | None = None
    country: str | None = None
    country_source: str | None = None  # "role": the article says it; "article": the article's country, presumed
    known: bool = False  # found in the people gazetteer
    role: str | None = None
    role_span: tuple[int, int] | None = None
    role_scope: str | None = None
    first: int = 0
    mentions: list[Candidate] = field(default_factory=list)
