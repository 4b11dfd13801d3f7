"""Loading the pipeline and extracting records from articles.

Examples
--------
>>> import newsgraph
>>> result = newsgraph.extract("La Russie a nié les accusations de l'Ukraine.", published="2022-11-28")
>>> sorted(a.name for a in result.actors)
['Russie', 'Ukraine']
"""

from __future__ import annotations

import logging
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from .errors import InputError, ModelNotFoundError, NewsgraphError
from .ingest import coerce_article
from .types import Actor, Article, ArticleResult, Event, Mention, Timex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODEL", "ExtractionError", "PIPES", "extract", "extract_many", "load", "to_result"]

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "fr_core_news_md"
#: newsgraph's components, in pipeline order.
PIPES = ("newsgraph_paragraphs", "newsgraph_actors", "newsgraph_timexes", "newsgraph_events")


class ExtractionError(NewsgraphError):
    """Extraction failed on one article (its components recorded errors)."""

    def __init__(self, message: str, *, doc_id: str | None = None) -> None:
        self.doc_id = doc_id
        super().__init__(f"{doc_id}: {message}" if doc_id else message)


@lru_cache(maxsize=4)
def _load(model: str, extra_dir: str | None) -> "Language":
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFoundError(
            f"the spaCy model {model!r} is not installed; install it with "
            f"`pip install {model.replace('_', '-')}` (newsgraph never downloads models at run time)"
        ) from exc
    if nlp.lang != "fr":
        logger.warning("model %s is for language %r, not French", model, nlp.lang)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("newsgraph_paragraphs", before=before) if before else nlp.add_pipe("newsgraph_paragraphs", first=True)
    config = {"gazetteer": {"@misc": "newsgraph.gazetteer.v1", "extra_dir": extra_dir}}
    nlp.add_pipe("newsgraph_actors", config=config)
    nlp.add_pipe("newsgraph_timexes")
    lexicon = {"lexicon": {"@misc": "newsgraph.event_lexicon.v1", "extra_dir": extra_dir}}
    nlp.add_pipe("newsgraph_events", config=lexicon)
    return nlp


def load(model: str = DEFAULT_MODEL, *, extra_dir: str | None = None) -> "Language":
    """The spaCy pipeline with newsgraph's components added (cached per arguments).

    Parameters
    ----------
    model : str
        An installed spaCy French pipeline (``fr_core_news_md`` by default).
    extra_dir : str, optional
        A directory of extra resource rows (same file names as
        ``newsgraph/resources``: ``organisations.tsv``, ``events.tsv``...),
        added to the bundled lexicons and gazetteers.

    Raises
    ------
    ModelNotFoundError
        If the model is not installed.
    """
    import newsgraph.components  # noqa: F401  (registers factories from a source tree)

    return _load(model, None if extra_dir is None else str(extra_dir))


def _resolve_timexes(raw: list[Mapping[str, Any]], text: str, published: date | None) -> list[Timex]:
    from .extract.dates import resolve_all

    counts: dict[str, int] = {}
    out = []
    for t, (value, granularity, anchor) in zip(raw, resolve_all(raw, published)):
        occurrence = text.count(t["text"], 0, t["start"]) + 1
        counts[t["text"]] = occurrence
        out.append(
            Timex(
                text=t["text"],
                value=value,
                start=t["start"],
                end=t["end"],
                granularity=granularity,
                anchor=anchor,
                occurrence=occurrence,
            )
        )
    return out


def to_result(doc: "Doc", article: Article) -> ArticleResult:
    """Assemble an :class:`ArticleResult` from a processed ``Doc`` and its article.

    Time expressions are resolved here, against ``article.published``, and
    events take the value of the time expression they point to.
    """
    errors = doc._.newsgraph_errors or []
    if errors:
        raise ExtractionError("; ".join(errors), doc_id=article.doc_id)
    actors = tuple(Actor.from_dict(a) for a in doc._.newsgraph_actors or [])
    mentions = tuple(Mention.from_dict(m) for m in doc._.newsgraph_mentions or [])
    timexes = _resolve_timexes(doc._.newsgraph_timexes or [], doc.text, article.published)
    events = []
    for e in doc._.newsgraph_events or []:
        record = {k: v for k, v in e.items() if k != "date_timex"}
        index = e.get("date_timex")
        record["date"] = timexes[index].value if index is not None else None
        events.append(Event.from_dict(record))
    return ArticleResult(
        doc_id=article.doc_id,
        published=article.published,
        title=article.title,
        source=article.source,
        url=article.url,
        actors=actors,
        mentions=mentions,
        timexes=tuple(timexes),
        events=tuple(events),
        text=article.text,
    )


def extract(
    text_or_article: str | Article | Mapping[str, Any],
    *,
    published: date | str | None = None,
    doc_id: str | None = None,
    nlp: "Language | None" = None,
) -> ArticleResult:
    """Extract actors, time expressions and events from one article.

    Parameters
    ----------
    text_or_article : str, Article or dict
        A text (its header, if any, is read), an :class:`Article`, or a dict
        with the JSONL fields.
    published : date or "YYYY-MM-DD", optional
        Publication date; overrides the article's and the header's.
    doc_id : str, optional
    nlp : Language, optional
        A pipeline from :func:`load`; the default one otherwise.

    Raises
    ------
    InputError
        If the text is empty or cannot be read.
    ExtractionError
        If a component failed on this article.
    """
    article = coerce_article(text_or_article, published=published, doc_id=doc_id)
    nlp = nlp or load()
    return to_result(nlp(article.text), article)


ErrorHandler = Callable[[NewsgraphError], None]


def _handler(on_error: "str | ErrorHandler") -> ErrorHandler:
    if callable(on_error):
        return on_error
    if on_error == "raise":

        def handle(exc: NewsgraphError) -> None:
            raise exc

        return handle
    if on_error == "skip":
        return lambda exc: logger.warning("skipped: %s", exc)
    raise ValueError(f"on_error must be 'raise', 'skip' or a callable, not {on_error!r}")


def extract_many(
    articles: Iterable[str | Article | Mapping[str, Any]],
    *,
    n_process: int = 1,
    batch_size: int = 16,
    nlp: "Language | None" = None,
    on_error: "str | ErrorHandler" = "raise",
) -> Iterator[ArticleResult]:
    """Extract many articles, streaming, in input order.

    Parameters
    ----------
    articles : iterable of str, Article or dict
    n_process : int
        Worker processes for spaCy (``nlp.pipe``).
    batch_size : int
        Articles per batch sent to spaCy.
    nlp : Language, optional
    on_error : {"raise", "skip"} or callable
        What to do with an article that cannot be read or processed
        (:class:`InputError`, :class:`ExtractionError`): raise it (after
        yielding the results before it), log it and go on, or pass it to a
        callable and go on.

    Yields
    ------
    ArticleResult
    """
    handle = _handler(on_error)
    nlp = nlp or load()

    def readable() -> Iterator[tuple[str, Article]]:
        for item in articles:
            try:
                article = coerce_article(item)
            except InputError as exc:
                handle(exc)
                continue
            yield article.text, article

    for doc, article in nlp.pipe(readable(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        try:
            result = to_result(doc, article)
        except ExtractionError as exc:
            handle(exc)
            continue
        yield result
