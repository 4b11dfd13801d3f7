"""Draw the corpus's actor graph as the README's Gephi section shows it.

The shared corpus (1,149 French Wikinews articles) is extracted, or its records
are read from a JSON Lines file written by ``newsgraph extract``, and the actor
graph of the linked actors (those with at least one event with another actor,
what ``--linked-only`` exports for Gephi) is drawn with
:func:`newsgraph.plotting.draw_graph`. Re-run it when extraction changes::

    python scripts/corpus_graph_figure.py                      # extracts the corpus (a few minutes)
    newsgraph extract ../shared/data/corpus/winer-fr.jsonl -o records.jsonl
    python scripts/corpus_graph_figure.py --records records.jsonl

and commit ``docs/img/corpus-graph.png``. It prints the counts the README quotes.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

import newsgraph  # noqa: E402
from newsgraph.plotting import draw_graph  # noqa: E402
from newsgraph.types import ArticleResult  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "winer-fr.jsonl"
OUTPUT = ROOT / "docs" / "img" / "corpus-graph.png"

logger = logging.getLogger("corpus_graph_figure")


def corpus_results(records: Path | None, corpus: Path) -> list[ArticleResult]:
    """The corpus's results: read back from ``records``, or extracted from ``corpus``."""
    if records is not None:
        with records.open(encoding="utf-8") as fh:
            return [ArticleResult.from_dict(json.loads(line)) for line in fh if line.strip()]
    logger.info("extracting %s", corpus)
    return list(newsgraph.extract_many(newsgraph.read_articles(corpus, on_error="skip"), on_error="skip"))


def linked_counts(graph: newsgraph.ActorGraph) -> dict[str, int]:
    """Articles, actors, actors with an edge in the exported (per actor pair) graph, and those edges."""
    exported = graph.aggregate()
    return {
        "articles": len(graph.articles),
        "actors": graph.number_of_nodes(),
        "linked actors": sum(1 for n in exported if exported.degree(n)),
        "actor pairs": exported.number_of_edges(),
        "events": graph.number_of_edges(),
    }


def draw(graph: newsgraph.ActorGraph, counts: dict[str, int], output: Path, n: int) -> None:
    """The linked actors' graph (the ``n`` most central), titled with the counts."""
    fig, ax = plt.subplots(figsize=(11, 8.5))
    draw_graph(graph, n=n, ax=ax)
    shown = min(n, counts["linked actors"])
    ax.set_title(
        f"French Wikinews corpus: {counts['articles']:,} articles, {counts['actors']:,} actors, of which "
        f"{counts['linked actors']:,} have an event with another actor\n(--linked-only keeps those; the "
        f"{shown} most central are drawn, {counts['actor pairs']:,} actor pairs in all)", fontsize=10)
    fig.tight_layout()
    output.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(output, dpi=110)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=Path, help="records of the corpus (newsgraph extract ... -o records.jsonl)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"corpus to extract (default {CORPUS})")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help=f"PNG to write (default {OUTPUT})")
    parser.add_argument("-n", type=int, default=60, help="how many of the most central linked actors to draw")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    graph = newsgraph.ActorGraph(corpus_results(args.records, args.corpus))
    counts = linked_counts(graph)
    draw(graph, counts, args.output, args.n)
    logger.info("%s", json.dumps(counts))
    logger.info("wrote %s", args.output)


if __name__ == "__main__":
    main()
