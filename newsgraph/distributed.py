"""Extraction on a Dask cluster: the same records as :func:`newsgraph.extract_many`, from many machines.

Install the extra (``pip install "newsgraph[dask]"``: ``dask[bag]`` and
``distributed``) on the client and on every worker, with the same versions of
newsgraph, spaCy and the model. Two entry points:

- :func:`extract_dask` streams :class:`~newsgraph.types.ArticleResult` objects
  in input order, like :func:`~newsgraph.extract_many`: this process reads and
  checks the articles (warnings are given here), sends them in partitions of
  ``partition_size`` to the cluster's workers, which run spaCy and assemble the
  results, and keeps at most ``in_flight`` partitions on the cluster at once
  (memory stays flat on an endless stream). Failed articles go to
  ``on_error``, as with ``extract_many``. ``newsgraph extract --dask ADDRESS``
  uses it.
- :func:`extract_bag` maps a ``dask.bag`` of articles (texts, dicts with the
  JSONL fields, :class:`~newsgraph.types.Article`) to a bag of results, for
  pipelines that stay on the cluster (``.map(lambda r: r.to_dict())``,
  ``.to_textfiles(...)``); failed articles are dropped and logged on the
  workers.

Each worker process loads the pipeline once (:func:`newsgraph.load`, cached)
and runs one partition at a time, whatever its number of threads. The records
are those of the local run, byte for byte once written with
:func:`~newsgraph.readwrite.write_jsonl` (see ``docs/dask.md``).

Examples
--------
A local cluster (on a real one, ``Client("tcp://scheduler:8786")``)::

    from dask.distributed import Client, LocalCluster
    import newsgraph
    from newsgraph.distributed import extract_dask

    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
        articles = newsgraph.read_articles("corpus.jsonl")
        with open("records.jsonl", "w", encoding="utf-8") as fh:
            newsgraph.write_jsonl(extract_dask(articles, client=client), fh)
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from . import chunking
from .errors import NewsgraphError
from .pipeline import (
    DEFAULT_MODEL,
    ErrorHandler,
    ExtractionError,
    _handler,
    _Job,
    _jobs,
    _memory_zone,
    _prepare_item,
    _process,
    load,
)
from .types import Article, ArticleResult

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = ["extract_bag", "extract_dask"]

logger = logging.getLogger(__name__)

_LOCK = threading.Lock()  # one partition at a time per worker process: a pipeline is not thread-safe


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError('newsgraph.distributed needs the dask extra: pip install "newsgraph[dask]"') from exc


def _limit(model: str, extra_dir: str | None) -> int:
    # the pipeline's max_length is spaCy's default, far above the piece size
    return chunking.CHUNK_CHARS


def _work(jobs: list[_Job], model: str, extra_dir: str | None,
          batch_size: int) -> list[ArticleResult | ExtractionError]:
    """On a worker: spaCy and the assembly of one partition of prepared articles."""
    with _LOCK:
        nlp = load(model, extra_dir=extra_dir)
        with _memory_zone(nlp):
            return list(_process(nlp, iter(jobs), 1, batch_size))


def _partitions(jobs: Iterator[_Job], size: int) -> Iterator[list[_Job]]:
    chunk: list[_Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_dask(
    articles: Iterable[str | Article | Mapping[str, Any]],
    *,
    client: Any = None,
    partition_size: int = 64,
    in_flight: int | None = None,
    batch_size: int = 16,
    model: str = DEFAULT_MODEL,
    extra_dir: str | None = None,
    on_error: "str | ErrorHandler" = "raise",
) -> Iterator[ArticleResult]:
    """Extract many articles on a Dask cluster, streaming, in input order.

    Parameters
    ----------
    articles : iterable of str, Article, dict or bytes
        As for :func:`newsgraph.extract_many`.
    client : distributed.Client, optional
        The cluster's client; the current one (``distributed.get_client()``)
        by default.
    partition_size : int
        Articles sent to a worker at once.
    in_flight : int, optional
        Partitions on the cluster at once (default: twice its worker threads).
    batch_size : int
        Articles per ``nlp.pipe`` batch on the workers.
    model, extra_dir : str, optional
        The pipeline the workers load (:func:`newsgraph.load`).
    on_error : {"raise", "skip"} or callable
        As for :func:`newsgraph.extract_many`.

    Yields
    ------
    ArticleResult
        One per good article, in input order: the local run's results.
    """
    _require()
    from distributed import get_client

    if partition_size < 1:
        raise ValueError(f"partition_size must be positive, not {partition_size}")
    handle = _handler(on_error)
    client = client or get_client()
    if in_flight is None:
        threads = sum(client.nthreads().values()) or 1
        in_flight = 2 * threads
    in_flight = max(1, in_flight)
    extra = None if extra_dir is None else str(extra_dir)
    jobs = _jobs(enumerate(articles), _limit(model, extra), handle, _prepare_item)
    pending: deque[Any] = deque()
    stash: list[BaseException] = []

    def drain(keep: int) -> Iterator[ArticleResult]:
        while len(pending) > keep:
            for outcome in pending.popleft().result():
                if isinstance(outcome, NewsgraphError):
                    handle(outcome)
                else:
                    yield outcome

    partitions = _partitions(jobs, partition_size)
    try:
        while True:
            try:
                chunk = next(partitions, None)
            except BaseException as exc:  # noqa: BLE001 - raised again after the articles before it
                stash.append(exc)
                chunk = None
            if chunk is None:
                break
            pending.append(client.submit(_work, chunk, model, extra, batch_size, pure=False))
            yield from drain(in_flight - 1)
        yield from drain(0)
        if stash:
            raise stash[0]
    finally:
        for future in pending:
            future.cancel()


def _bag_partition(items: Iterable[Any], model: str, extra_dir: str | None, batch_size: int) -> list[ArticleResult]:
    def skip(exc: NewsgraphError) -> None:
        logger.warning("skipped: %s", exc)

    jobs = list(_jobs(enumerate(items), _limit(model, extra_dir), skip, _prepare_item))
    out = []
    for outcome in _work(jobs, model, extra_dir, batch_size):
        if isinstance(outcome, NewsgraphError):
            skip(outcome)
        else:
            out.append(outcome)
    return out


def extract_bag(bag: "dask.bag.Bag", *, batch_size: int = 16, model: str = DEFAULT_MODEL,
                extra_dir: str | None = None) -> "dask.bag.Bag":
    """A ``dask.bag`` of :class:`~newsgraph.types.ArticleResult` from a bag of articles.

    Each partition is read, checked and extracted on a worker; the order of
    the articles is kept within and across partitions. Articles that cannot
    be read or processed are dropped (logged as warnings on the workers).

    Parameters
    ----------
    bag : dask.bag.Bag
        Texts, dicts with the JSONL fields (``dask.bag.read_text(...).map(json.loads)``)
        or :class:`~newsgraph.types.Article` objects.
    batch_size : int
    model, extra_dir : str, optional
        The pipeline the workers load (:func:`newsgraph.load`).
    """
    _require()
    extra = None if extra_dir is None else str(extra_dir)
    return bag.map_partitions(_bag_partition, model, extra, batch_size)
