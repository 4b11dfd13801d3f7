"""Mention-level NER on WiNER: newsgraph's named mentions vs raw spaCy, same articles.

Gold: the entity annotations of ``../shared/data/corpus/winer-fr.jsonl``
(Person → PERSON, Organization → ORGANISATION, Location → COUNTRY or
LOCATION; the other labels are not scored). A predicted mention is correct
when its character span and its class equal a gold mention's. newsgraph's
``resolved`` mentions (pronouns, descriptions) and MISC are not scored.

Usage::

    python benchmarks/ner_winer.py [--articles 300] [--corpus PATH]
    python benchmarks/ner_winer.py --start 300 --articles 849 --kinds 15

The first 300 articles are the measure; develop on the others (``--start
300``). ``--kinds N`` sorts newsgraph's errors by class and kind (missed,
spurious, wrong span, wrong class, wrong span and class) and prints the N most
frequent of each.
"""

from __future__ import annotations

import argparse
import difflib
import time
from collections import Counter
from pathlib import Path
from typing import Callable

import newsgraph
from corpus import DEFAULT_CORPUS, read_corpus

GOLD_CLASS = {"Person": "PER", "Organization": "ORG", "Location": "LOC"}
OURS_CLASS = {"PERSON": "PER", "ORGANISATION": "ORG", "COUNTRY": "LOC", "LOCATION": "LOC"}
SPACY_CLASS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}



def offset_map(old: str, new: str) -> Callable[[int], int]:
    """Character offsets of ``old`` mapped into ``new``, the text newsgraph read.

    newsgraph removes format characters (soft hyphens, zero-width spaces,
    direction marks) before analysis, so its offsets are into the cleaned
    text; the gold's are into the original.
    """
    if old == new:
        return lambda i: i
    table: dict[int, int] = {}
    for _, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        for k in range(i1, i2 + 1):
            table.setdefault(k, j1 + min(k - i1, j2 - j1))
    return lambda i: table.get(i, i)


def gold_mentions(record: dict, text: str | None = None) -> set[tuple[int, int, str]]:
    """The scored gold mentions of ``record``, with offsets into ``text`` (the cleaned text) if given."""
    at = offset_map(record["text"], text) if text is not None else (lambda i: i)
    return {(at(e["start"]), at(e["end"]), GOLD_CLASS[e["label"]]) for e in record["entities"] if e["label"] in GOLD_CLASS}


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def tally(pairs: list[tuple[set, set]]) -> dict[str, tuple[int, int, int]]:
    counts: dict[str, Counter] = {}
    for gold, pred in pairs:
        for cls in ("PER", "ORG", "LOC", "ALL"):
            g = {m for m in gold if cls in ("ALL", m[2])}
            p = {m for m in pred if cls in ("ALL", m[2])}
            c = counts.setdefault(cls, Counter())
            c["tp"] += len(g & p)
            c["pred"] += len(p)
            c["gold"] += len(g)
    return {cls: (c["tp"], c["pred"], c["gold"]) for cls, c in counts.items()}


ERROR_KINDS = ("missed", "spurious", "wrong span", "wrong class", "wrong span and class")


def classify_errors(gold: set, pred: set) -> list[tuple[str, str, tuple, tuple | None]]:
    """newsgraph's errors on one article: ``(kind, class, mention, other mention)``.

    A gold mention without an exact match is *wrong class* when a prediction
    has its span, *wrong span* (or *wrong span and class*) when a prediction
    overlaps it, else *missed*; a prediction that overlaps no gold mention is
    *spurious*. The class is the gold mention's, the prediction's for
    spurious ones.
    """
    errors = []
    for g in sorted(gold - pred):
        same_span = [p for p in pred if p[:2] == g[:2]]
        overlap = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
        if same_span:
            errors.append(("wrong class", g[2], g, same_span[0]))
        elif overlap:
            best = next((p for p in overlap if p[2] == g[2]), overlap[0])
            errors.append(("wrong span" if best[2] == g[2] else "wrong span and class", g[2], g, best))
        else:
            errors.append(("missed", g[2], g, None))
    for p in sorted(pred - gold):
        if not any(p[0] < g[1] and g[0] < p[1] for g in gold):
            errors.append(("spurious", p[2], p, None))
    return errors


def print_error_kinds(pairs: list[tuple[set, set]], texts: list[str], top: int) -> None:
    counts: Counter = Counter()
    examples: dict[tuple[str, str], Counter] = {}
    for (gold, pred), text in zip(pairs, texts):
        for kind, cls, m, other in classify_errors(gold, pred):
            counts[(kind, cls)] += 1
            shown = repr(text[m[0]:m[1]])
            if other is not None:
                shown += f" → {text[other[0]:other[1]]!r} {other[2]}"
            examples.setdefault((kind, cls), Counter())[shown] += 1
    print("\nnewsgraph errors by class and kind")
    print(f"{'kind':<22}" + "".join(f"{c:>6}" for c in ("PER", "ORG", "LOC")))
    for kind in ERROR_KINDS:
        print(f"{kind:<22}" + "".join(f"{counts[(kind, c)]:>6}" for c in ("PER", "ORG", "LOC")))
    for (kind, cls), n in counts.most_common():
        print(f"\n{kind}, {cls} ({n})")
        for shown, k in examples[(kind, cls)].most_common(top):
            print(f"  {k:3d} {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--start", type=int, default=0, help="skip this many articles first (300: the development range)")
    parser.add_argument("--kinds", type=int, default=0, help="sort newsgraph's errors by class and kind, this many examples each")
    parser.add_argument("--no-raw", action="store_true", help="skip the raw spaCy run")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", type=int, default=0, help="print this many error examples per system")
    args = parser.parse_args()

    records = read_corpus(args.corpus, args.start + args.articles)[args.start:]
    texts = [r["text"] for r in records]
    nlp = newsgraph.load()

    t0 = time.perf_counter()
    ours = []
    texts_read = []
    for record, result in zip(records, newsgraph.extract_many(({"text": r["text"], "doc_id": r["doc_id"], "published": r["published"]} for r in records), nlp=nlp)):
        pred = {(m.start, m.end, OURS_CLASS[m.kind]) for m in result.mentions if not m.resolved and m.kind in OURS_CLASS}
        ours.append((gold_mentions(record, result.text), pred))
        texts_read.append(result.text or record["text"])
    t1 = time.perf_counter()
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if not p.startswith("newsgraph_")]):
        raw = []
        for record, doc in zip(records, nlp.pipe([] if args.no_raw else texts, batch_size=16)):
            pred = {(e.start_char, e.end_char, SPACY_CLASS[e.label_]) for e in doc.ents if e.label_ in SPACY_CLASS}
            raw.append((gold_mentions(record), pred))
    t2 = time.perf_counter()

    where = f"first {len(records)}" if not args.start else f"{len(records)} ({args.start + 1}-{args.start + len(records)})"
    print(f"WiNER, {where} articles: mention-level P / R / F1 (exact span and class)\n")
    print(f"{'class':<6} {'raw spaCy':>22}   {'newsgraph':>22}")
    ours_t, raw_t = tally(ours), tally(raw)
    for cls in ("PER", "ORG", "LOC", "ALL"):
        o = prf(*ours_t[cls])
        raw_cells = " ".join(f"{x:6.3f}" for x in prf(*raw_t[cls])) if raw_t else f"{'(skipped)':>20}"
        print(f"{cls:<6} {raw_cells}    {o[0]:6.3f} {o[1]:6.3f} {o[2]:6.4f}")
    print(f"\ntime: newsgraph {t1 - t0:.1f}s (full pipeline), raw spaCy {t2 - t1:.1f}s")
    if args.kinds:
        print_error_kinds(ours, texts_read, args.kinds)
    if args.errors:
        for name, pairs in (("newsgraph", ours),):
            fp: Counter = Counter()
            fn: Counter = Counter()
            for (gold, pred), text in zip(pairs, texts_read):
                for m in pred - gold:
                    fp[(text[m[0]:m[1]], m[2])] += 1
                for m in gold - pred:
                    fn[(text[m[0]:m[1]], m[2])] += 1
            print(f"\n{name}: most frequent false positives")
            for (t, c), n in fp.most_common(args.errors):
                print(f"  {n:3d} {c} {t!r}")
            print(f"{name}: most frequent misses")
            for (t, c), n in fn.most_common(args.errors):
                print(f"  {n:3d} {c} {t!r}")


if __name__ == "__main__":
    main()
