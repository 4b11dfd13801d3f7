"""Events on the whole corpus: a signal that needs no gold.

Runs ``newsgraph.extract_many`` over the WiNER corpus and reports:

* events per article, and the share of events with a target;
* the actor graph (:class:`newsgraph.ActorGraph`, actors merged across
  articles): actors, edges, and the share of actors with at least one edge;
* events by type (with and without a target), and by the construction that
  found the source and the target (the two finder names of each event's
  ``rule``);
* optionally (``--sample N``), ``N`` random events with a target drawn with a
  fixed seed, written as a table to review by hand.

Usage::

    python benchmarks/corpus_events.py [--articles 1149] [--jobs 2] [--sample 100] [--seed 7]
        [--out corpus_events.json] [--sample-out review.tsv]
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import random
from pathlib import Path

import newsgraph
from corpus import ARTICLE_FIELDS, DEFAULT_CORPUS, read_corpus


def summarise(results: list[newsgraph.ArticleResult]) -> dict:
    """The corpus figures of the module docstring, as a dict."""
    events = [(r, e) for r in results for e in r.events]
    targeted = [(r, e) for r, e in events if e.target]
    by_type = collections.Counter((e.type, bool(e.target)) for _, e in events)
    by_finder = collections.Counter("/".join((e.rule or "").split("/")[1:]) or "(none)" for _, e in events)
    graph = newsgraph.ActorGraph(results).view
    nodes = graph.number_of_nodes()
    linked = sum(1 for n in graph.nodes if graph.degree(n) > 0)
    return {
        "articles": len(results),
        "events": len(events),
        "events_per_article": round(len(events) / max(1, len(results)), 3),
        "events_with_target": len(targeted),
        "share_with_target": round(len(targeted) / max(1, len(events)), 3),
        "graph_actors": nodes,
        "graph_edges": graph.number_of_edges(),
        "actors_with_edge": linked,
        "share_actors_with_edge": round(linked / max(1, nodes), 3),
        "by_type": {t: {"with_target": by_type[(t, True)], "without": by_type[(t, False)]}
                    for t in sorted({t for t, _ in by_type})},
        "by_finders": dict(by_finder.most_common()),
    }


def sample_rows(results: list[newsgraph.ArticleResult], n: int, seed: int) -> list[dict]:
    """``n`` events with a target drawn at random (fixed seed), with what a reviewer needs to judge them."""
    pool = [(r, e) for r in results for e in r.events if e.target]
    rng = random.Random(seed)
    picked = rng.sample(pool, min(n, len(pool)))
    rows = []
    for r, e in picked:
        names = r.actors_by_ref
        rows.append({
            "doc_id": r.doc_id,
            "event": f"{names[e.source].name} → {names[e.target].name} {e.type}",
            "modality": e.modality,
            "polarity": e.polarity,
            "rule": e.rule,
            "confidence": e.confidence,
            "sentence": " ".join(r.text[e.sentence_start:e.sentence_end].split()) if r.text else e.evidence,
            "verdict": "",
        })
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=10**9)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--sample", type=int, default=0, help="draw this many events with a target to review")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="write the figures as JSON")
    parser.add_argument("--sample-out", type=Path, help="write the sample as a TSV to fill in")
    args = parser.parse_args()

    records = read_corpus(args.corpus, args.articles, fields=ARTICLE_FIELDS)
    nlp = newsgraph.load()
    results = list(newsgraph.extract_many(records, nlp=nlp, n_process=args.jobs, on_error="skip"))
    figures = summarise(results)
    print(json.dumps({k: v for k, v in figures.items() if k not in ("by_type", "by_finders")}, indent=1))
    print(f"{'type':<10} {'target':>7} {'none':>6}")
    for t, counts in figures["by_type"].items():
        print(f"{t:<10} {counts['with_target']:>7} {counts['without']:>6}")
    print("source/target finders:", ", ".join(f"{k} {v}" for k, v in list(figures["by_finders"].items())[:15]))
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.sample:
        rows = sample_rows(results, args.sample, args.seed)
        path = args.sample_out or Path(f"corpus_events_sample_{args.seed}.tsv")
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["doc_id"], delimiter="\t")
            writer.writeheader()
            writer.writerows(rows)
        print(f"wrote {len(rows)} sampled events to {path}")


if __name__ == "__main__":
    main()
