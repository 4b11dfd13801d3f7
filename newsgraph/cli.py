"""The ``newsgraph`` command.

::

    newsgraph extract PATH... [--format jsonl] [-o OUT] [--published YYYY-MM-DD] [--jobs N]
                      [--resume] [--errors ERRORS.jsonl] [--no-progress] [--[no-]linked-only]
    newsgraph evaluate GOLD.jsonl... [--pred PRED.jsonl] [--json]
    newsgraph demo [-o newsgraph-demo.graphml]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import logging
import os
import sys
import time
import warnings
from datetime import date
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence, TextIO

from . import __version__
from .errors import InputError, InputWarning, NewsgraphError
from .evaluation import read_records, score
from .graph import ActorGraph
from .ingest import check_published, read_articles
from .pipeline import error_report, extract_many, keep_confident
from .readwrite import atomic_path, write_graphml, write_jsonl
from .types import Article, ArticleResult

__all__ = ["main"]

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2
EXIT_INTERRUPTED = 130


def _printable(text: str) -> str:
    """``text`` with control, format and unprintable characters escaped (file names can hold anything)."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def _say(stream: TextIO, kind: str, message: str) -> None:
    if _PROGRESS:
        _PROGRESS[0].clear()
    print(f"newsgraph: {kind}: {_printable(message)}", file=stream, flush=True)


class _Progress:
    """A one-line progress bar on a terminal: articles done, articles per second, time left."""

    def __init__(self, stream: TextIO, total: int | None, every: float = 0.5) -> None:
        self.stream, self.total, self.every = stream, total, every
        self.done = 0
        self.start = self.last = time.monotonic()
        self.shown = False
        self.closed = False

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.done / elapsed
        if self.total:
            left = max(self.total - self.done, 0)
            eta = time.strftime("%H:%M:%S", time.gmtime(left / rate)) if rate > 0 else "--:--:--"
            width = 24
            filled = min(width, int(width * self.done / self.total))
            return (f"[{'#' * filled}{'.' * (width - filled)}] {self.done:,}/{self.total:,} articles, "
                    f"{rate:.1f}/s, ETA {eta}")
        return f"{self.done:,} articles, {rate:.1f}/s"

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.shown or self.done:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()
            self.shown = False


_PROGRESS: list[_Progress] = []  # the bar on screen, cleared before a message is written


def _count_articles(paths: Sequence[Path]) -> int | None:
    """How many articles the inputs hold (lines of JSONL files, other files), for the ETA; None if unknown."""
    total = 0
    try:
        for path in paths:
            folder = path.is_dir()  # its hidden files and subdirectories are skipped, as read_articles does
            files = [p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")] if folder else [path]
            for file in files:
                if file.suffix.lower() == ".jsonl":
                    with file.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                elif file.suffix.lower() in (".txt", ".html", ".htm") or not folder:
                    total += 1
    except OSError:
        return None
    return total


def _done_ids(path: Path, err: TextIO) -> set[str]:
    """The doc_ids of the records already in ``path`` (for ``--resume``); a cut last line is removed."""
    done: set[str] = set()
    if not path.exists():
        return done
    good = 0
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                record = json.loads(raw)
            except ValueError:
                break
            if isinstance(record, dict) and isinstance(record.get("doc_id"), str):
                done.add(record["doc_id"])
            good += len(raw)
    if good < path.stat().st_size:
        _say(err, "warning", f"{path}: the record after byte {good:,} was cut (an interrupted run); removed")
        with path.open("r+b") as fh:
            fh.truncate(good)
    return done


class _ErrorsFile:
    """The failed articles, one JSON report a line (doc_id, file, line, reason, error), written as they come."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.fh: TextIO | None = None
        if path is not None and path.is_file():
            path.unlink()  # a report of an earlier run

    def add(self, exc: BaseException) -> None:
        if self.path is None:
            return
        if self.fh is None:
            self.fh = self.path.open("w", encoding="utf-8", newline="\n")
        self.fh.write(json.dumps(error_report(exc), ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()


def _date(text: str) -> date:
    try:
        found = check_published(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if found is None:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}")
    return found


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"not a number between 0 and 1: {text!r}")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="French news to a graph of who did what to whom, and when.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and warnings")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser(
        "extract",
        help="extract records from articles (.txt, .jsonl, .html, directories)",
        description="Extract records from articles. Inputs that cannot be read or processed are named on "
        "standard error and skipped; the exit status is then 2, after every good record is written. "
        "Warnings (input decoded, cleaned, not French, cut in pieces) are named on standard error too.",
    )
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
    ex.add_argument("--linked-only", action=argparse.BooleanOptionalAction, default=None,
                    help="graph formats: leave out the actors without any edge (only mentioned, or whose events "
                    "have no other actor); the default for graphml and gexf when the graph has edges "
                    "(--no-linked-only keeps every actor)")
    ex.add_argument("--published", type=_date, help="publication date for articles that have none")
    ex.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="P",
                    help="leave out events whose confidence is below P (0-1; default 0 keeps all)")
    ex.add_argument("--with-text", action="store_true", help="include each article's text in its record")
    ex.add_argument("--jobs", type=_positive, default=1, help="worker processes (default 1)")
    ex.add_argument("--resume", action="store_true",
                    help="jsonl with -o: skip the articles whose doc_id is already in OUT and append the others "
                    "to it, record by record (run with it from the start of a long run)")
    ex.add_argument("--errors", type=Path, metavar="ERRORS.jsonl",
                    help="where to write one JSON line per article that failed (doc_id, file, line, reason); "
                    "default with -o: OUT.errors.jsonl (written only when some article failed)")
    ex.add_argument("--dask", metavar="ADDRESS",
                    help="extract on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' for "
                    "a local cluster of --jobs worker processes (needs the dask extra)")
    ex.add_argument("--no-progress", action="store_true",
                    help="no progress bar (it is shown only when standard error is a terminal)")

    ev = sub.add_parser("evaluate", help="score predictions against gold records (specification §5)")
    ev.add_argument("gold", nargs="+", type=Path, metavar="GOLD.jsonl")
    ev.add_argument("--pred", type=Path, help="predicted records; default: run extraction on the gold texts")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="P",
                    help="score only the events whose confidence is at least P")

    demo = sub.add_parser("demo", help="run on the bundled example articles and write a GraphML file")
    demo.add_argument("-o", "--output", type=Path, default=Path("newsgraph-demo.graphml"))
    return parser


def _counted(results: Iterable[ArticleResult], counter: list[int],
            progress: _Progress | None = None) -> Iterator[ArticleResult]:
    for result in results:
        counter[0] += 1
        if progress is not None:
            progress.update()
        yield result


def _errors_path(args: argparse.Namespace) -> Path | None:
    if args.errors is not None:
        return args.errors
    if args.output is None or args.output.exists() and not args.output.is_file():
        return None
    stem = args.output.name[:-6] if args.output.name.lower().endswith(".jsonl") else args.output.name
    return args.output.with_name(f"{stem}.errors.jsonl")


def _extract(args: argparse.Namespace, err: TextIO) -> int:
    if args.format in ("graphml", "gexf", "csv") and args.output is None:
        _say(err, "error", f"--format {args.format} needs -o OUT")
        return EXIT_USAGE
    if args.output is not None and not args.output.resolve().parent.is_dir():
        _say(err, "error", f"{args.output}: cannot write: no such directory")  # before hours of work
        return EXIT_USAGE
    if args.resume and (args.format != "jsonl" or args.output is None):
        _say(err, "error", "--resume needs --format jsonl and -o OUT")
        return EXIT_USAGE
    failures: list[NewsgraphError] = []
    errors_file = _ErrorsFile(_errors_path(args))
    progress = None
    if not args.no_progress and _isatty(err):
        progress = _Progress(err, _count_articles(args.paths))
        _PROGRESS.append(progress)

    def on_error(exc: NewsgraphError) -> None:
        failures.append(exc)
        _say(err, "error", str(exc))
        errors_file.add(exc)
        if progress is not None:
            progress.update()

    try:
        return _write(args, err, on_error, failures, progress)
    finally:
        errors_file.close()
        if progress is not None:
            progress.close()
            _PROGRESS.remove(progress)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _write(args: argparse.Namespace, err: TextIO, on_error: Any, failures: list[NewsgraphError],
           progress: _Progress | None) -> int:
    articles: Iterable[Article] = (a for path in args.paths for a in read_articles(path, on_error=on_error))
    if args.published is not None:
        published = args.published
        articles = (a if a.published else dataclasses.replace(a, published=published) for a in articles)
    done: set[str] = set()
    if args.resume:
        done = _done_ids(args.output, err)
        if done:
            _say(err, "info", f"resuming: the {len(done):,} articles already in {args.output} are skipped")
            if progress is not None and progress.total is not None:
                progress.total = max(progress.total - len(done), 0)
            articles = (a for a in articles if a.doc_id is None or a.doc_id not in done)
    with contextlib.ExitStack() as stack:
        if args.dask:
            try:
                from distributed import Client, LocalCluster

                from .distributed import extract_dask
            except ImportError:
                _say(err, "error", '--dask needs the dask extra: pip install "newsgraph[dask]"')
                return EXIT_USAGE
            if not args.verbose:  # distributed logs its life at INFO on stderr
                for name in [n for n in logging.root.manager.loggerDict if n.split(".")[0] in ("distributed", "dask")]:
                    logging.getLogger(name).setLevel(logging.ERROR)
            if args.dask == "local":
                cluster = stack.enter_context(LocalCluster(n_workers=args.jobs, threads_per_worker=1,
                                                           dashboard_address=None))
                client = stack.enter_context(Client(cluster))
            else:
                client = stack.enter_context(Client(args.dask))
            extracted = extract_dask(articles, client=client, on_error=on_error)
        else:
            extracted = extract_many(articles, n_process=args.jobs, on_error=on_error)
        extracted = (keep_confident(result, args.min_confidence) for result in extracted)
        written = [0]
        return _output(args, err, _counted(extracted, written, progress), written, failures, progress)


def _output(args: argparse.Namespace, err: TextIO, results: Iterator[ArticleResult], written: list[int],
            failures: list[NewsgraphError], progress: _Progress | None) -> int:
    from .readwrite import write_csv, write_gexf, write_node_link

    output: Path | None = args.output
    if args.format in ("graphml", "gexf", "csv", "json"):
        graph = ActorGraph(results)
        linked_only = _linked_only(args.linked_only, args.format, graph, err)
    if args.format == "graphml":
        write_graphml(graph, output, linked_only=linked_only)  # type: ignore[arg-type]
    elif args.format == "gexf":
        write_gexf(graph, output, linked_only=linked_only)  # type: ignore[arg-type]
    elif args.format == "csv":
        stem = output.name[:-4] if output.name.lower().endswith(".csv") else output.name  # type: ignore[union-attr]
        nodes, edges = output.with_name(f"{stem}-nodes.csv"), output.with_name(f"{stem}-edges.csv")  # type: ignore[union-attr]
        write_csv(graph, nodes, edges, linked_only=linked_only)
    elif args.format == "json":
        write_node_link(graph, sys.stdout if output is None else output, linked_only=linked_only)
    elif output is None:
        write_jsonl(results, sys.stdout, include_text=args.with_text)
    elif args.resume:  # appended record by record: an interrupted run loses at most the last one
        with output.open("a", encoding="utf-8", newline="\n") as fh:
            for result in results:
                write_jsonl([result], fh, include_text=args.with_text)
                fh.flush()
    else:
        with atomic_path(output) as tmp:
            with tmp.open("w", encoding="utf-8", newline="\n") as fh:
                write_jsonl(results, fh, include_text=args.with_text)
    if failures:
        noun = "input" if len(failures) == 1 else "inputs"
        if progress is not None:
            progress.close()
        where = _errors_path(args)
        print(f"newsgraph: {written[0]} article{'s' * (written[0] != 1)} written; {len(failures)} {noun} "
              "could not be processed (named above" + (f"; reports in {where})" if where else ")"), file=err,
              flush=True)
        return EXIT_PARTIAL
    return EXIT_OK


def _linked_only(requested: bool | None, fmt: str, graph: ActorGraph, err: TextIO) -> bool:
    """``--linked-only`` as given; by default, for GraphML and GEXF, on when the exported graph has edges."""
    if requested is not None:
        return requested
    if fmt not in ("graphml", "gexf"):
        return False
    exported = graph.aggregate(polarity="positive")
    linked = sum(1 for n in exported if exported.degree(n))
    if not linked:
        return False
    left_out = exported.number_of_nodes() - linked
    if left_out:
        _say(err, "info", f"{left_out:,} of {exported.number_of_nodes():,} actors have no edge and are left out "
                          "(--no-linked-only keeps them)")
    return True


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    gold = [r for path in args.gold for r in read_records(path)]
    if args.pred is not None:
        pred = [dict(r, events=[e for e in r.get("events") or [] if (e.get("confidence") if e.get("confidence") is not None else 1.0)
                                >= args.min_confidence]) for r in read_records(args.pred)]
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
        pred = [res.to_dict() for res in extract_many(articles, min_confidence=args.min_confidence)]
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
    folder = Path(str(importlib_resources.files("newsgraph").joinpath("data/demo")))
    return [a for path in sorted(folder.glob("*.txt")) for a in read_articles(path)]


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
    write_graphml(graph, args.output, linked_only=_linked_only(None, "graphml", graph, sys.stderr))
    print(f"\n{graph!r}\nwrote {args.output}", file=out)
    return EXIT_OK


def _show_warning(verbose: bool) -> Any:
    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: TextIO | None = None, line: str | None = None) -> None:
        if issubclass(category, InputWarning):
            _say(sys.stderr, "warning", str(message))
        elif verbose:
            _say(sys.stderr, "warning", f"{category.__name__}: {message}")
        else:
            logger.debug("%s: %s (%s:%s)", category.__name__, message, filename, lineno)

    return show


def _reconfigure(stream: TextIO, **options: str) -> None:
    with contextlib.suppress(AttributeError, ValueError, OSError):
        stream.reconfigure(**options)  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsgraph`` command; returns its exit status.

    0: success; 1: usage or fatal error (model missing, output not writable);
    2: some inputs could not be processed (each is named on standard error;
    every good record is written); 130: interrupted. Never a traceback (run
    with ``-v`` to log one for an unexpected error).
    """
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    _reconfigure(sys.stderr, errors="backslashreplace")
    if args.command == "extract" and args.output is None:
        _reconfigure(sys.stdout, encoding="utf-8")  # JSON is UTF-8, whatever the locale
    else:
        _reconfigure(sys.stdout, errors="backslashreplace")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", InputWarning)
            warnings.showwarning = _show_warning(args.verbose)
            if args.command == "extract":
                return _extract(args, sys.stderr)
            if args.command == "evaluate":
                return _evaluate(args, sys.stdout)
            return _demo(args, sys.stdout)
    except NewsgraphError as exc:
        _say(sys.stderr, "error", str(exc))
        return EXIT_USAGE
    except BrokenPipeError:  # pragma: no cover - `newsgraph extract ... | head`
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        _say(sys.stderr, "error", f"{exc.filename + ': ' if exc.filename else ''}{exc.strerror or exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say(sys.stderr, "error", "interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - a bug: say so in one line, the traceback goes to the log
        _say(sys.stderr, "internal error", f"{type(exc).__name__}: {exc}"
             + ("" if args.verbose else " (run with -v for the traceback)"))
        if args.verbose:
            logger.error("traceback", exc_info=True)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
