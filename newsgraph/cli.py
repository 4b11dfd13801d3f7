"""The ``newsgraph`` command.

::

    newsgraph extract PATH... [--format jsonl] [-o OUT] [--published YYYY-MM-DD]
    newsgraph evaluate GOLD.jsonl... [--pred PRED.jsonl] [--json]
    newsgraph demo [-o newsgraph-demo.graphml]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import replace
from datetime import date
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Sequence, TextIO

from . import __version__
from .errors import NewsgraphError
from .evaluation import read_records, score
from .graph import ActorGraph
from .ingest import read_articles
from .pipeline import extract_many
from .readwrite import write_graphml, write_jsonl
from .types import Article

__all__ = ["main"]

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="French news to a graph of who did what to whom, and when.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and warnings")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from articles (.txt, .jsonl, directories)")
    ex.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ex.add_argument(
        "--format",
        choices=("jsonl", "graphml", "gexf", "csv", "json"),
        default="jsonl",
        help="jsonl: one record per article (default); graphml, gexf: the actor graph for Gephi "
        "(one weighted edge per actor pair; GEXF with time); csv: OUT-nodes.csv and OUT-edges.csv "
        "(one row per event); json: the actor graph as networkx node-link JSON",
    )
    ex.add_argument("-o", "--output", type=Path, help="output file (default: standard output for jsonl)")
    ex.add_argument("--published", type=_date, help="publication date for articles that have none")
    ex.add_argument("--with-text", action="store_true", help="include each article's text in its record")
    ex.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")

    ev = sub.add_parser("evaluate", help="score predictions against gold records (specification §5)")
    ev.add_argument("gold", nargs="+", type=Path, metavar="GOLD.jsonl")
    ev.add_argument("--pred", type=Path, help="predicted records; default: run extraction on the gold texts")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")

    demo = sub.add_parser("demo", help="run on the bundled example articles and write a GraphML file")
    demo.add_argument("-o", "--output", type=Path, default=Path("newsgraph-demo.graphml"))
    return parser


def _extract(args: argparse.Namespace, err: TextIO) -> int:
    failures: list[str] = []

    def on_error(exc: NewsgraphError) -> None:
        failures.append(str(exc))
        print(f"newsgraph: error: {exc}", file=err)

    articles = (a for path in args.paths for a in read_articles(path, on_error=on_error))
    if args.published is not None:
        articles = (a if a.published else replace(a, published=args.published) for a in articles)
    results = extract_many(articles, n_process=args.jobs, on_error=on_error)
    from .readwrite import write_csv, write_gexf, write_node_link

    if args.format in ("graphml", "gexf", "csv") and args.output is None:
        print(f"newsgraph: error: --format {args.format} needs -o OUT", file=err)
        return EXIT_USAGE
    if args.format == "graphml":
        write_graphml(ActorGraph(results), args.output)
    elif args.format == "gexf":
        write_gexf(ActorGraph(results), args.output)
    elif args.format == "csv":
        stem = args.output.name[:-4] if args.output.name.lower().endswith(".csv") else args.output.name
        write_csv(ActorGraph(results), args.output.with_name(f"{stem}-nodes.csv"),
                  args.output.with_name(f"{stem}-edges.csv"))
    elif args.format == "json":
        write_node_link(ActorGraph(results), sys.stdout if args.output is None else args.output)
    elif args.output is None:
        write_jsonl(results, sys.stdout, include_text=args.with_text)
    else:
        with args.output.open("w", encoding="utf-8") as fh:
            write_jsonl(results, fh, include_text=args.with_text)
    return EXIT_PARTIAL if failures else EXIT_OK


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    gold = [r for path in args.gold for r in read_records(path)]
    if args.pred is not None:
        pred = read_records(args.pred)
    else:
        articles = [
            Article(
                text=r.get("text") or "",
                doc_id=str(r.get("doc_id")),
                published=r.get("published"),
                title=r.get("title"),
                source=r.get("source"),
            )
            for r in gold
        ]
        pred = [res.to_dict() for res in extract_many(articles)]
    scores = score(gold, pred)
    if args.json:
        json.dump(scores.as_dict(), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        print(f"{scores.articles} articles", file=out)
        print(scores.type_table(), file=out)
        print("", file=out)
        print(scores.table(), file=out)
    return EXIT_OK


def demo_articles() -> list[Article]:
    """The bundled example articles (French Wikinews, CC BY 2.5)."""
    folder = importlib_resources.files("newsgraph").joinpath("data/demo")
    return list(read_articles(Path(str(folder))))


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    articles = demo_articles()
    results = list(extract_many(articles))
    for result in results:
        print(f"== {result.doc_id} ({result.published}) {result.title or ''}", file=out)
        for actor in result.actors:
            extra = ", ".join(x for x in (actor.code or actor.country, actor.role) if x)
            print(f"   {actor.ref:<4} {actor.kind:<13} {actor.name}" + (f" ({extra})" if extra else ""), file=out)
        for line in result.describe_events():
            print(f"   • {line}", file=out)
    graph = ActorGraph(results)
    write_graphml(graph, args.output)
    print(f"\n{graph!r}\nwrote {args.output}", file=out)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "extract":
            return _extract(args, sys.stderr)
        if args.command == "evaluate":
            return _evaluate(args, sys.stdout)
        return _demo(args, sys.stdout)
    except NewsgraphError as exc:
        print(f"newsgraph: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # pragma: no cover - `newsgraph extract ... | head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
