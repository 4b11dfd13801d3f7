"""The Dask path gives the local path's JSONL, byte for byte, on the corpus.

Runs ``newsgraph.extract_many`` in this process and
``newsgraph.distributed.extract_dask`` on a ``LocalCluster`` of ``--workers``
worker processes over the same articles, writes both with ``write_jsonl`` and
compares the bytes (and, with ``--save``, keeps both files).

Usage::

    python benchmarks/dask_identity.py [--corpus ../shared/data/corpus/winer-fr.jsonl] [--workers 2]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import time
import warnings
from pathlib import Path

import newsgraph
from corpus import DEFAULT_CORPUS
from newsgraph.errors import InputWarning



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=64)
    parser.add_argument("--save", type=Path, help="a folder to write local.jsonl and dask.jsonl into")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    from newsgraph.distributed import extract_dask

    warnings.simplefilter("ignore", InputWarning)
    articles = list(newsgraph.read_articles(args.corpus))
    start = time.perf_counter()
    local = io.StringIO()
    newsgraph.write_jsonl(newsgraph.extract_many(articles, on_error="skip"), local)
    local_time = time.perf_counter() - start
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(newsgraph.load)  # load the pipeline on every worker before timing
        start = time.perf_counter()
        remote = io.StringIO()
        newsgraph.write_jsonl(extract_dask(articles, client=client, partition_size=args.partition_size,
                                           on_error="skip"), remote)
        dask_time = time.perf_counter() - start
    a, b = local.getvalue().encode("utf-8"), remote.getvalue().encode("utf-8")
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        (args.save / "local.jsonl").write_bytes(a)
        (args.save / "dask.jsonl").write_bytes(b)
    print(f"{len(articles)} articles; local {len(a):,} bytes sha256 {hashlib.sha256(a).hexdigest()[:16]} "
          f"in {local_time:.1f} s; dask ({args.workers} workers) {len(b):,} bytes sha256 "
          f"{hashlib.sha256(b).hexdigest()[:16]} in {dask_time:.1f} s")
    print("byte-identical" if a == b else "DIFFERENT")
    raise SystemExit(0 if a == b else 1)


if __name__ == "__main__":
    main()
