"""Share of run time spent on time expressions, on a corpus run under cProfile.

Runs the whole pipeline (``newsgraph.extract_many``) over the first articles
of ``../shared/data/corpus/winer-fr.jsonl`` under :mod:`cProfile` and reports
the cumulative time of newsgraph's time handling (the ``newsgraph_timexes``
component: matching, reading, clause tense, anchors, dateparser; and the
resolution against the publication date when results are built) as a share
of the total, next to the other newsgraph components. With ``--ablation`` it
also times the same run without the ``newsgraph_timexes`` component, without
the profiler's overhead.

Usage::

    python benchmarks/timex_profile.py [--articles 200] [--corpus PATH] [--ablation] [--top 0]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path
from typing import Any, Iterable

import newsgraph
from corpus import DEFAULT_CORPUS, read_corpus
from newsgraph import components, pipeline
from newsgraph.extract import dates
from newsgraph.extract.dates import parse_numeric_date


#: (label, function): cumulative times read from the profile.
TIMEX_PARTS = [
    ("timex component (all)", components.TimexFinder.__call__),
    ("  find_timexes", dates.find_timexes),
    ("    windows (token arrays)", dates._windows),
    ("    Matcher", "spacy/matcher/matcher.pyx"),
    ("    read_fields", dates.read_fields),
    ("    _plausible", dates._plausible),
    ("    timex_tense", dates.timex_tense),
    ("    anchors", dates._event_anchor),
    ("    dateparser (cached)", dates.parse_numeric_date.__wrapped__),
    ("resolution (_resolve_timexes)", pipeline._resolve_timexes),
]
OTHER_PARTS = [
    ("actors component", components.ActorLinker.__call__),
    ("events component", components.EventComponent.__call__),
]



def articles(records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    return ({"text": r["text"], "doc_id": r["doc_id"], "published": r["published"]} for r in records)


def cumulative(stats: pstats.Stats, function: Any) -> float:
    """Cumulative seconds of ``function``: a Python function, or the file of a compiled one called from dates.py."""
    table = stats.stats  # type: ignore[attr-defined]
    if isinstance(function, str):
        return sum(
            callers[caller][3]
            for (f, _l, name), (_cc, _nc, _tt, _ct, callers) in table.items()
            if f.replace("\\", "/").endswith(function) and name == "__call__"
            for caller in callers
            if caller[0] == dates.__file__
        )
    code = function.__code__
    return sum(
        ct for (f, line, name), (_cc, _nc, _tt, ct, _callers) in table.items()
        if f == code.co_filename and line == code.co_firstlineno and name == code.co_name
    )


def run(records: list[dict[str, Any]], nlp: Any) -> int:
    count = 0
    for result in newsgraph.extract_many(articles(records), nlp=nlp):
        count += len(result.timexes)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--ablation", action="store_true", help="also time the run without the timex component")
    parser.add_argument("--top", type=int, default=0, help="also print the N most expensive functions")
    args = parser.parse_args()

    records = read_corpus(args.corpus, args.articles)
    nlp = newsgraph.load()
    run(records[:2], nlp)  # warm up: lazy loading must not count against any component

    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    n_timexes = run(records, nlp)
    profiler.disable()
    wall = time.perf_counter() - t0
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]

    print(f"{len(records)} articles, {n_timexes} time expressions; profiled run {wall:.1f}s (profile total {total:.1f}s)\n")
    print(f"{'part':<32} {'seconds':>8} {'share':>7}")
    rows = []
    for label, function in TIMEX_PARTS + OTHER_PARTS:
        seconds = cumulative(stats, function)
        rows.append((label, seconds))
        print(f"{label:<32} {seconds:8.2f} {seconds / total:7.1%}")
    timex_total = rows[0][1] + rows[len(TIMEX_PARTS) - 1][1]
    print(f"{'-' * 49}\n{'time handling (component + resolution)':<40} {timex_total / total:7.2%} of total")
    info = parse_numeric_date.cache_info()
    print(f"dateparser: {info.misses} strings parsed, {info.hits} cache hits")

    if args.top:
        print()
        stats.sort_stats("cumulative").print_stats(args.top)

    if args.ablation:
        t1 = time.perf_counter()
        run(records, nlp)
        with_timex = time.perf_counter() - t1
        with nlp.select_pipes(disable=["newsgraph_timexes"]):
            t2 = time.perf_counter()
            run(records, nlp)
            without = time.perf_counter() - t2
        print(
            f"\nwithout the profiler: {with_timex:.1f}s with the timex component, {without:.1f}s without "
            f"({(with_timex - without) / with_timex:.1%} difference, noise included)"
        )


if __name__ == "__main__":
    main()
