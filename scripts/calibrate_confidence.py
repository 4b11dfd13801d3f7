"""Calibrate event confidence on the dev gold, and report how well it is calibrated.

Each event newsgraph outputs has a raw score: its lexicon row's prior times the
weights of the constructions that found its source and its target
(``finders.tsv``). This script runs the extraction on gold files, labels every
output event (right: its typed dyad, or for an event without a target its
``(source, type)``, is in the gold; wrong: it is not; events matching only an
``optional`` gold event are left out, as the scorer does), and fits:

* the weight of each construction (``finders.tsv``): the share of right events
  among those it found, smoothed toward the share of all events with four
  pseudo-events, divided by that overall share (kept within 0.5 and 1.2);
  a construction seen on no event keeps its weight;
* the share of right events as a monotone function of the raw score
  (isotonic regression, pool adjacent violators, each block's share smoothed
  as (right + 1) / (n + 2)), written to ``calibration.tsv``.

``--write`` writes both files.

It prints, as Markdown tables for ``docs/evaluation.md``:

* the reliability bins of the calibrated confidence on each gold set (the
  events in each bin and the share of them that are right);
* the same when the calibration is fitted on the *other* set only (an honest
  check: neither set is scored with a curve fitted on itself);
* the precision and recall of typed dyads at a few ``min_confidence``
  thresholds.

Usage::

    python scripts/calibrate_confidence.py [--write]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import newsgraph
from newsgraph.evaluation import _dyad, _identities, _monad, align_actors, read_records, score
from newsgraph.pipeline import keep_confident
from newsgraph.resources import make_event_lexicon

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "dev"
SETS = {
    "dev (seed + 10 articles)": [DEV / "gold-seed.jsonl", DEV / "gold-dev.jsonl"],
    "dev-2 (37 articles)": [DEV / "gold-dev-2.jsonl"],
}
TARGET = ROOT / "newsgraph" / "resources" / "calibration.tsv"
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


FINDERS = ROOT / "newsgraph" / "resources" / "finders.tsv"
PSEUDO_EVENTS = 4
WEIGHT_RANGE = (0.5, 1.2)


@dataclass
class Labelled:
    raw: float
    right: bool
    rule: str = ""


def raw_score(lexicon, rule: str) -> float:
    """The raw score of an event, from its rule id (``<row>/<source finder>/<target finder>``)."""
    row, source_finder, target_finder = rule.split("/")
    entries = {e.id: e for e in lexicon}
    prior = entries[row].confidence if row in entries else 0.5
    return lexicon.score(prior, source_finder, None if target_finder == "none" else target_finder)


def finder_weights(labelled: list[Labelled], lexicon) -> dict[tuple[str, str], float]:
    """The smoothed share of right events per construction, relative to the overall share."""
    overall = sum(x.right for x in labelled) / max(1, len(labelled))
    counts: dict[tuple[str, str], list[int]] = {}
    for x in labelled:
        _, source_finder, target_finder = x.rule.split("/")
        for key in (("source", source_finder), ("target", target_finder)):
            counts.setdefault(key, [0, 0])
            counts[key][0] += x.right
            counts[key][1] += 1
    weights = dict(lexicon.finder_weights)
    low, high = WEIGHT_RANGE
    for key, (right, n) in counts.items():
        share = (right + PSEUDO_EVENTS * overall) / (n + PSEUDO_EVENTS)
        weights[key] = round(min(high, max(low, share / overall)), 3) if overall else 1.0
    return weights


def with_weights(lexicon, weights):
    from dataclasses import replace

    return replace(lexicon, finder_weights=weights)


def relabel(labelled: list[Labelled], lexicon) -> list[Labelled]:
    return [Labelled(raw_score(lexicon, x.rule), x.right, x.rule) for x in labelled]


def label(gold: dict, pred: dict, lexicon) -> list[Labelled]:
    """Every output event of one article, right or wrong (optional matches left out)."""
    g_actors = [a for a in gold.get("actors") or [] if a.get("kind") in ("PERSON", "COUNTRY", "ORGANISATION")]
    p_actors = [a for a in pred.get("actors") or [] if a.get("kind") in ("PERSON", "COUNTRY", "ORGANISATION")]
    mapping = align_actors(g_actors, p_actors)
    g_ident = _identities(g_actors, None, "G", True)
    p_ident = _identities(p_actors, mapping, "P", True)
    events = gold.get("events") or []
    required = {k for e in events if not e.get("optional") and (k := _dyad(e, g_ident) or _monad(e, g_ident))}
    optional = {k for e in events if e.get("optional") and (k := _dyad(e, g_ident) or _monad(e, g_ident))} - required
    out = []
    for e in pred.get("events") or []:
        key = _dyad(e, p_ident) or _monad(e, p_ident)
        if key is None or key in optional or e.get("target") is not None and _dyad(e, p_ident) is None:
            continue  # optional, or a dyad the scorer drops (same country on both sides)
        out.append(Labelled(raw_score(lexicon, e["rule"]), key in required, e["rule"]))
    return out


def isotonic(points: list[Labelled]) -> list[tuple[float, float, int, int]]:
    """Pool adjacent violators over the raw scores: ``(highest raw score, smoothed share, events, right)`` per block."""
    blocks: list[list[float]] = []  # [raw max, right, n]
    for p in sorted(points, key=lambda p: p.raw):
        blocks.append([p.raw, float(p.right), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            last = blocks.pop()
            blocks[-1] = [last[0], blocks[-1][1] + last[1], blocks[-1][2] + last[2]]
    return [(raw, (right + 1) / (n + 2), int(n), int(right)) for raw, right, n in blocks]


def with_curve(lexicon, curve):
    from dataclasses import replace

    return replace(lexicon, calibration=tuple((raw, share) for raw, share, _, _ in curve))


def reliability(labelled: list[Labelled], lexicon) -> list[tuple[str, int, float | None, float | None]]:
    rows = []
    for low, high in zip(BINS, BINS[1:]):
        inside = [(lexicon.calibrated(p.raw), p.right) for p in labelled if low <= lexicon.calibrated(p.raw) < high]
        mean = sum(c for c, _ in inside) / len(inside) if inside else None
        share = sum(r for _, r in inside) / len(inside) if inside else None
        rows.append((f"{low:.1f}–{min(high, 1.0):.1f}", len(inside), mean, share))
    return rows


def print_reliability(title: str, names: list[str], tables: list[list[tuple[str, int, float | None, float | None]]]) -> None:
    """One Markdown table: the bins of calibrated confidence, and per gold set the events, their mean confidence, the share right."""
    print(f"\n### {title}\n")
    print("| confidence | " + " | ".join(f"{n}: events | mean conf. | right" for n in names) + " |")
    print("|---|" + "---|---|---|" * len(names))
    for i, (label_, *_rest) in enumerate(tables[0]):
        cells = []
        for table in tables:
            _, count, mean, share = table[i]
            cells += [str(count), fmt(mean), fmt(share)]
        print(f"| {label_} | " + " | ".join(cells) + " |")


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {TARGET.relative_to(ROOT)}")
    args = parser.parse_args()

    lexicon = make_event_lexicon()
    nlp = newsgraph.load()
    golds, preds, labelled = {}, {}, {}
    for name, paths in SETS.items():
        golds[name] = [r for path in paths for r in read_records(path)]
        preds[name] = [
            newsgraph.extract(newsgraph.Article(text=g["text"], doc_id=g["doc_id"], published=g["published"]), nlp=nlp).to_dict()
            for g in golds[name]
        ]
        labelled[name] = [x for g, p in zip(golds[name], preds[name]) for x in label(g, p, lexicon)]

    everything = [x for xs in labelled.values() for x in xs]
    weights = finder_weights(everything, lexicon)
    weighted = with_weights(lexicon, weights)
    labelled = {n: relabel(xs, weighted) for n, xs in labelled.items()}
    everything = [x for xs in labelled.values() for x in xs]
    curve = isotonic(everything)
    fitted = with_curve(weighted, curve)
    print(f"{len(everything)} labelled events, {sum(x.right for x in everything)} right; {len(curve)} calibration points")
    if args.write:
        lines = TARGET.read_text(encoding="utf-8").splitlines()
        header = [line for line in lines if line.startswith("#")] + ["raw\tconfidence\tevents\tcorrect"]
        body = [f"{raw:.4f}\t{share:.4f}\t{n}\t{right}" for raw, share, n, right in curve]
        TARGET.write_text("\n".join(header + body) + "\n", encoding="utf-8")
        lines = FINDERS.read_text(encoding="utf-8").splitlines()
        header = [line for line in lines if line.startswith("#")] + ["role\tfinder\tweight"]
        body = [f"{role}\t{finder}\t{w}" for (role, finder), w in sorted(weights.items())]
        FINDERS.write_text("\n".join(header + body) + "\n", encoding="utf-8")
        print(f"wrote {TARGET} and {FINDERS}", file=sys.stderr)

    names = list(SETS)
    print_reliability("Reliability: calibrated on both sets", names, [reliability(labelled[n], fitted) for n in names])
    crossed = []
    for n in names:
        other = [x for m in names if m != n for x in labelled[m]]
        other_weighted = with_weights(lexicon, finder_weights(other, lexicon))
        other_curve = isotonic(relabel(other, other_weighted))
        crossed.append(reliability(relabel(labelled[n], other_weighted), with_curve(other_weighted, other_curve)))
    print_reliability("Reliability: each set scored with the weights and curve fitted on the other only", names, crossed)

    print("\n### Typed dyads and monadic events by min_confidence (calibrated on both sets)\n")
    print("| min_confidence | " + " | ".join(f"{n}: dyads P | R | F1 | monadic P" for n in names) + " |")
    print("|---|" + "---|---|---|---|" * len(names))
    for threshold in THRESHOLDS:
        cells = []
        for n in names:
            kept = []
            for p in preds[n]:
                events = [dict(e, confidence=fitted.calibrated(raw_score(weighted, e["rule"]))) for e in p["events"]]
                kept.append(dict(p, events=[e for e in events if e["confidence"] >= threshold]))
            scored = score(golds[n], kept)
            s = scored.dyads
            cells += [f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{scored.monadic.precision:.3f}"]
        print(f"| {threshold:.1f} | " + " | ".join(cells) + " |")
    _ = keep_confident  # the library applies the same threshold (extract(..., min_confidence=...))


if __name__ == "__main__":
    main()
