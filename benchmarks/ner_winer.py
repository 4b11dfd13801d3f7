"""Mention-level NER on WiNER: newsgraph's named mentions vs raw spaCy, same articles.

Gold: the entity annotations of ``../shared/data/corpus/winer-fr.jsonl``
(Person → PERSON, Organization → ORGANISATION, Location → COUNTRY or
LOCATION; the other labels are not scored). A predicted mention is correct
when its character span and its class equal a gold mention's. newsgraph's
``resolved`` mentions (pronouns, descriptions) and MISC are not scored.

Usage::

    python benchmarks/ner_winer.py [--articles 300] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import newsgraph
from corpus import DEFAULT_CORPUS, read_corpus

GOLD_CLASS = {"Person": "PER", "Organization": "ORG", "Location": "LOC"}
OURS_CLASS = {"PERSON": "PER", "ORGANISATION": "ORG", "COUNTRY": "LOC", "LOCATION": "LOC"}
SPACY_CLASS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}



def gold_mentions(record: dict) -> set[tuple[int, int, str]]:
    return {(e["start"], e["end"], GOLD_CLASS[e["label"]]) for e in record["entities"] if e["label"] in GOLD_CLASS}


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", type=int, default=0, help="print this many error examples per system")
    args = parser.parse_args()

    records = read_corpus(args.corpus, args.articles)
    texts = [r["text"] for r in records]
    nlp = newsgraph.load()

    t0 = time.perf_counter()
    ours = []
    for record, result in zip(records, newsgraph.extract_many(({"text": r["text"], "doc_id": r["doc_id"], "published": r["published"]} for r in records), nlp=nlp)):
        pred = {(m.start, m.end, OURS_CLASS[m.kind]) for m in result.mentions if not m.resolved and m.kind in OURS_CLASS}
        ours.append((gold_mentions(record), pred))
    t1 = time.perf_counter()
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if not p.startswith("newsgraph_")]):
        raw = []
        for record, doc in zip(records, nlp.pipe(texts, batch_size=16)):
            pred = {(e.start_char, e.end_char, SPACY_CLASS[e.label_]) for e in doc.ents if e.label_ in SPACY_CLASS}
            raw.append((gold_mentions(record), pred))
    t2 = time.perf_counter()

    print(f"WiNER, first {len(records)} articles: mention-level P / R / F1 (exact span and class)\n")
    print(f"{'class':<6} {'raw spaCy':>22}   {'newsgraph':>22}")
    ours_t, raw_t = tally(ours), tally(raw)
    for cls in ("PER", "ORG", "LOC", "ALL"):
        r = prf(*raw_t[cls])
        o = prf(*ours_t[cls])
        print(f"{cls:<6} {r[0]:6.3f} {r[1]:6.3f} {r[2]:6.3f}    {o[0]:6.3f} {o[1]:6.3f} {o[2]:6.4f}")
    print(f"\ntime: newsgraph {t1 - t0:.1f}s (full pipeline), raw spaCy {t2 - t1:.1f}s")
    if args.errors:
        for name, pairs in (("newsgraph", ours),):
            fp: Counter = Counter()
            fn: Counter = Counter()
            for (gold, pred), text in zip(pairs, texts):
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
