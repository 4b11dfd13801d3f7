"""spaCy components: thin ``@Language.factory`` wrappers over :mod:`newsgraph.extract`.

The factories are registered through the ``spacy_factories`` entry point, so
``nlp.add_pipe("newsgraph_actors")`` works in any pipeline once newsgraph is
installed. Each component stores plain, serialisable data (lists of dicts) on
a ``Doc`` extension, so that ``DocBin`` and ``nlp.pipe(n_process=2)`` carry
it across processes:

============================  =====================================================
extension                     content
============================  =====================================================
``doc._.newsgraph_actors``    actor records (specification §2)
``doc._.newsgraph_mentions``  mention records (§1), ``resolved`` ones included
``doc._.newsgraph_timexes``   time expressions found, with their calendar fields
                              and the tense of their clause (resolved against the
                              publication date by :func:`newsgraph.pipeline.to_result`)
``doc._.newsgraph_events``    event records, with ``date_timex`` pointing into the
                              time expressions
``doc._.newsgraph_errors``    messages of components that failed on this ``Doc``
``doc._.newsgraph_header``    the article's header (publisher, date, title and their
                              offsets), read once by ``newsgraph_paragraphs``
                              (:func:`newsgraph.extract.header.header_record`)
``doc._.newsgraph_text``      the ``Doc``'s text, kept from ``newsgraph_paragraphs``
                              to ``newsgraph_events`` (``None`` after it)
============================  =====================================================
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from .extract.actors import ActorFinder
from .extract.dates import build_matcher, find_timexes, timex_vocabulary
from .extract.events import EventExtractor
from .extract.header import doc_header, doc_text, header_record
from .extract.parse_repairs import repair_personal_pronouns
from .extract.sentences import mark_sentence_starts
from .resources import (
    EventLexicon,
    Gazetteer,
    make_event_lexicon,
    make_gazetteer,
    make_timex_patterns,
)

__all__ = [
    "ActorLinker",
    "EventComponent",
    "ParagraphSplitter",
    "TimexFinder",
    "make_actor_linker",
    "make_event_extractor",
    "make_paragraph_splitter",
    "make_timex_finder",
]

logger = logging.getLogger(__name__)

EXTENSIONS = (
    "newsgraph_actors",
    "newsgraph_mentions",
    "newsgraph_timexes",
    "newsgraph_events",
    "newsgraph_errors",
    "newsgraph_header",
    "newsgraph_text",
)

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# The loaders are also declared under the ``spacy_misc`` entry point; registering
# them here too keeps configs working when newsgraph runs from a source tree.
for _reg_name, _func in (
    ("newsgraph.gazetteer.v1", make_gazetteer),
    ("newsgraph.event_lexicon.v1", make_event_lexicon),
    ("newsgraph.timex_patterns.v1", make_timex_patterns),
):
    registry.misc.register(_reg_name, func=_func)


def _guarded(name: str, doc: Doc, step: Callable[[], None]) -> Doc:
    """Run one component's work; record a failure on the Doc instead of raising."""
    try:
        step()
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        logger.warning("%s failed on a document: %s", name, exc, exc_info=True)
        message = str(exc)
        if len(message) > 300:  # some messages quote the whole text
            message = message[:299] + "…"
        errors = list(doc._.newsgraph_errors or [])
        errors.append(f"{name}: {type(exc).__name__}: {message}")
        doc._.newsgraph_errors = errors
    return doc


class ParagraphSplitter:
    """Sentence boundaries from layout and punctuation, set before the parser runs.

    See :func:`newsgraph.extract.sentences.mark_sentence_starts`. Also reads
    the article's header once (``doc._.newsgraph_header``), for the
    components after it.
    """

    def __call__(self, doc: Doc) -> Doc:
        mark_sentence_starts(doc)
        try:
            doc._.newsgraph_text = doc_text(doc)
            doc._.newsgraph_header = header_record(doc)
        except Exception:  # noqa: BLE001 - read again, and reported, by the components that need it
            logger.debug("reading the header failed", exc_info=True)
            doc._.newsgraph_header = None
        return doc


@Language.factory(
    "newsgraph_paragraphs",
    assigns=["token.is_sent_start", "doc._.newsgraph_header", "doc._.newsgraph_text"],
)
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    """Factory of :class:`ParagraphSplitter` (add it before ``parser``)."""
    return ParagraphSplitter()


class ActorLinker:
    """Actors and mentions: :class:`newsgraph.extract.actors.ActorFinder` on each Doc."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.finder = ActorFinder(nlp.vocab, gazetteer, nlp.make_doc)

    def __call__(self, doc: Doc) -> Doc:
        def step() -> None:
            repair_personal_pronouns(doc)
            actors, mentions = self.finder(doc)
            doc._.newsgraph_actors = actors
            doc._.newsgraph_mentions = mentions

        return _guarded("newsgraph_actors", doc, step)


@Language.factory(
    "newsgraph_actors",
    assigns=["doc._.newsgraph_actors", "doc._.newsgraph_mentions", "token.dep"],
    requires=["doc.ents", "token.dep", "token.pos", "token.lemma", "token.morph"],
    default_config={"gazetteer": {"@misc": "newsgraph.gazetteer.v1", "extra_dir": None}},
)
def make_actor_linker(nlp: Language, name: str, gazetteer: Gazetteer) -> ActorLinker:
    """Factory of :class:`ActorLinker`."""
    return ActorLinker(nlp, gazetteer)


class TimexFinder:
    """Time expressions: Matcher patterns from ``resources/timex.json``.

    The matches of each stretch of words the Matcher ran on are remembered
    (``memo``, see :func:`newsgraph.extract.dates.find_timexes`).
    """

    def __init__(self, nlp: Language, patterns: Any) -> None:
        self.patterns = patterns
        self.matcher = build_matcher(nlp.vocab, patterns)
        self.vocabulary = timex_vocabulary(patterns)
        self.memo: dict[tuple[Any, ...], list[tuple[int, int, int]]] = {}

    def __call__(self, doc: Doc) -> Doc:
        def step() -> None:
            doc._.newsgraph_timexes = find_timexes(doc, self.matcher, self.patterns, self.vocabulary, self.memo)

        return _guarded("newsgraph_timexes", doc, step)


@Language.factory(
    "newsgraph_timexes",
    assigns=["doc._.newsgraph_timexes"],
    requires=["token.dep", "token.morph", "token.lemma"],
    default_config={"patterns": {"@misc": "newsgraph.timex_patterns.v1"}},
)
def make_timex_finder(nlp: Language, name: str, patterns: Any) -> TimexFinder:
    """Factory of :class:`TimexFinder`."""
    return TimexFinder(nlp, patterns)


class EventComponent:
    """Events: :class:`newsgraph.extract.events.EventExtractor` over actors and timexes."""

    def __init__(self, nlp: Language, lexicon: EventLexicon) -> None:
        self.extractor = EventExtractor(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        def step() -> None:
            actors = doc._.newsgraph_actors or []
            mentions = doc._.newsgraph_mentions or []
            timexes = doc._.newsgraph_timexes or []
            header = doc_header(doc)
            doc._.newsgraph_events = self.extractor(doc, actors, mentions, timexes, header.header_end)

        _guarded("newsgraph_events", doc, step)
        doc._.newsgraph_text = None  # the last component: the text need not travel with the Doc
        return doc


@Language.factory(
    "newsgraph_events",
    assigns=["doc._.newsgraph_events"],
    requires=["doc._.newsgraph_actors", "doc._.newsgraph_mentions", "doc._.newsgraph_timexes"],
    default_config={"lexicon": {"@misc": "newsgraph.event_lexicon.v1", "extra_dir": None}},
)
def make_event_extractor(nlp: Language, name: str, lexicon: EventLexicon) -> EventComponent:
    """Factory of :class:`EventComponent`."""
    return EventComponent(nlp, lexicon)
