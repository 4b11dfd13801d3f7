"""Scoring output records against gold records, as §5 of the specification says.

Per article, then summed over articles (micro-averaged):

* **actors**: gold and output actors matched one to one: countries by code;
  people and organisations when a normalised name or alias of one equals one
  of the other's; a person also when the last words of the names are equal;
* **dyads**: each event with a target becomes ``(source, type, target)``, a
  person or organisation with a ``country`` standing for that country;
  ``CONSULT`` and ``COOPERATE`` match in either direction; *untyped dyads*
  drop the type; *entity dyads* keep the actors as themselves;
* **monadic events**: each event without a target becomes ``(source, type)``,
  the source standing for its country as in dyads; the same set comparison;
* **countries**: among matched people and organisations, the share whose
  ``country`` equals the gold's (both absent counts as equal);
* **attributes**: among matched (typed) dyads, the share with the same
  modality, polarity and date;
* **time expressions**: character-span overlap; the share of matched
  expressions with the same value.

Gold events marked ``optional`` neither reward nor penalise.

Examples
--------
>>> gold = {"doc_id": "d", "actors": [{"ref": "A1", "kind": "COUNTRY", "code": "RUS", "name": "Russie"}],
...         "timexes": [], "events": []}
>>> pred = {"doc_id": "d", "actors": [{"ref": "A7", "kind": "COUNTRY", "code": "RUS", "name": "Moscou"}],
...         "timexes": [], "events": []}
>>> score([gold], [pred]).actors.f1
1.0
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import GoldFormatError
from .extract.normalize import fold

__all__ = ["PRF", "Scores", "align_actors", "read_records", "score", "score_article"]

_SYMMETRIC = {"CONSULT", "COOPERATE"}


@dataclass
class PRF:
    """True positives, predicted and gold counts, and the derived scores."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, correct: bool) -> None:
        self.correct += int(correct)
        self.total += 1

    def merge(self, other: "Accuracy") -> None:
        self.correct += other.correct
        self.total += other.total


@dataclass
class Scores:
    """Every figure of §5, micro-averaged over the articles scored."""

    articles: int = 0
    actors: PRF = field(default_factory=PRF)
    dyads: PRF = field(default_factory=PRF)
    untyped_dyads: PRF = field(default_factory=PRF)
    entity_dyads: PRF = field(default_factory=PRF)
    monadic: PRF = field(default_factory=PRF)
    timexes: PRF = field(default_factory=PRF)
    modality: Accuracy = field(default_factory=Accuracy)
    polarity: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    timex_value: Accuracy = field(default_factory=Accuracy)
    person_country: Accuracy = field(default_factory=Accuracy)
    organisation_country: Accuracy = field(default_factory=Accuracy)
    by_type: dict[str, PRF] = field(default_factory=dict)

    def merge(self, other: "Scores") -> None:
        self.articles += other.articles
        for name in ("actors", "dyads", "untyped_dyads", "entity_dyads", "monadic", "timexes"):
            getattr(self, name).add(getattr(other, name))
        for name in ("modality", "polarity", "date", "timex_value", "person_country", "organisation_country"):
            getattr(self, name).merge(getattr(other, name))
        for t, prf in other.by_type.items():
            self.by_type.setdefault(t, PRF()).add(prf)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "actors": self.actors.as_dict(),
            "dyads": self.dyads.as_dict(),
            "untyped_dyads": self.untyped_dyads.as_dict(),
            "entity_dyads": self.entity_dyads.as_dict(),
            "monadic": self.monadic.as_dict(),
            "timexes": self.timexes.as_dict(),
            "modality_accuracy": round(self.modality.value, 4),
            "polarity_accuracy": round(self.polarity.value, 4),
            "date_accuracy": round(self.date.value, 4),
            "timex_value_accuracy": round(self.timex_value.value, 4),
            "matched_events": self.modality.total,
            "person_country_accuracy": round(self.person_country.value, 4),
            "organisation_country_accuracy": round(self.organisation_country.value, 4),
            "by_type": {t: p.as_dict() for t, p in sorted(self.by_type.items())},
        }

    def table(self) -> str:
        """The scores as an aligned plain-text table."""
        rows = [("", "P", "R", "F1", "tp/pred/gold")]
        for label, prf in (
            ("actors", self.actors),
            ("dyads (typed)", self.dyads),
            ("dyads (untyped)", self.untyped_dyads),
            ("dyads (entities)", self.entity_dyads),
            ("monadic events", self.monadic),
            ("time expressions", self.timexes),
        ):
            rows.append((label, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", f"{prf.tp}/{prf.predicted}/{prf.gold}"))
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        lines = ["  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)) for r in rows]
        lines.append("")
        n = self.modality.total
        lines.append(f"modality accuracy     {self.modality.value:.3f}  ({self.modality.correct}/{n} matched events)")
        lines.append(f"polarity accuracy     {self.polarity.value:.3f}  ({self.polarity.correct}/{n})")
        lines.append(f"date accuracy         {self.date.value:.3f}  ({self.date.correct}/{n})")
        lines.append(f"timex value accuracy  {self.timex_value.value:.3f}  ({self.timex_value.correct}/{self.timex_value.total} matched expressions)")
        for label, acc in (("people", self.person_country), ("organisations", self.organisation_country)):
            lines.append(f"country accuracy      {acc.value:.3f}  ({acc.correct}/{acc.total} matched {label})")
        return "\n".join(lines)

    def type_table(self) -> str:
        """Per-type precision, recall and F1 of typed dyads."""
        lines = [f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6}  tp/pred/gold"]
        for t, prf in sorted(self.by_type.items()):
            lines.append(f"{t:<10} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f}  {prf.tp}/{prf.predicted}/{prf.gold}")
        return "\n".join(lines)


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSON Lines file (gold or output)."""
    records = []
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise GoldFormatError(f"invalid JSON: {exc}", source=f"{path}:{lineno}") from None
            if not isinstance(record, dict):
                raise GoldFormatError("a line must hold a JSON object", source=f"{path}:{lineno}")
            records.append(record)
    return records


# ---------------------------------------------------------------- actors


def _names(actor: Mapping[str, Any]) -> set[str]:
    names = [actor.get("name") or ""] + list(actor.get("aliases") or [])
    return {fold(n) for n in names if n and fold(n)}


def _last_word(actor: Mapping[str, Any]) -> str | None:
    words = fold(actor.get("name") or "").split()
    return words[-1] if words else None


def _actors_match(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    if g.get("kind") == "COUNTRY" or p.get("kind") == "COUNTRY":
        return g.get("kind") == p.get("kind") == "COUNTRY" and bool(g.get("code")) and g.get("code") == p.get("code")
    # people and organisations match by name, whatever kind each side gave
    if _names(g) & _names(p):
        return True
    if g.get("kind") == p.get("kind") == "PERSON":
        return _last_word(g) is not None and _last_word(g) == _last_word(p)
    return False


def align_actors(gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]]) -> dict[str, str]:
    """One-to-one matching ``{pred ref: gold ref}`` (exact name matches first)."""
    pairs: list[tuple[int, str, str]] = []
    for g in gold:
        for p in pred:
            if not _actors_match(g, p):
                continue
            exact = fold(g.get("name") or "") == fold(p.get("name") or "")
            same_kind = g.get("kind") == p.get("kind")
            pairs.append((0 if exact and same_kind else 1 if same_kind else 2, g["ref"], p["ref"]))
    pairs.sort()
    used_g: set[str] = set()
    mapping: dict[str, str] = {}
    for _, g_ref, p_ref in pairs:
        if g_ref in used_g or p_ref in mapping:
            continue
        used_g.add(g_ref)
        mapping[p_ref] = g_ref
    return mapping


def _country_accuracy(s: Scores, gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]], mapping: Mapping[str, str]) -> None:
    """Tally, per gold kind, the matched people and organisations whose ``country`` is the gold's."""
    gold_by_ref = {g["ref"]: g for g in gold}
    for p in pred:
        g = gold_by_ref.get(mapping.get(p["ref"], ""))
        if g is None:
            continue
        tally = {"PERSON": s.person_country, "ORGANISATION": s.organisation_country}.get(g.get("kind", ""))
        if tally is not None:
            tally.add((g.get("country") or None) == (p.get("country") or None))


# ---------------------------------------------------------------- events


def _country_token(actor: Mapping[str, Any] | None) -> str | None:
    if actor is None:
        return None
    if actor.get("kind") == "COUNTRY":
        return f"C:{actor.get('code')}"
    if actor.get("country"):
        return f"C:{actor['country']}"
    return None


def _dyad(event: Mapping[str, Any], ident: Mapping[str, str], typed: bool = True) -> tuple[str, ...] | None:
    source, target = event.get("source"), event.get("target")
    if source is None or target is None or source not in ident or target not in ident:
        return None
    s, t = ident[source], ident[target]
    if s == t:
        return None
    etype = event.get("type", "")
    if etype in _SYMMETRIC:
        s, t = sorted((s, t))
    return (s, etype, t) if typed else (s, t)


def _monad(event: Mapping[str, Any], ident: Mapping[str, str]) -> tuple[str, str] | None:
    """``(source, type)`` of an event without a target."""
    source = event.get("source")
    if event.get("target") is not None or source is None or source not in ident:
        return None
    return (ident[source], event.get("type", ""))


def _identities(actors: list[Mapping[str, Any]], to_gold: Mapping[str, str] | None, prefix: str, country_level: bool) -> dict[str, str]:
    out = {}
    for a in actors:
        ref = a["ref"]
        token = _country_token(a) if country_level else None
        if token is None and a.get("kind") == "COUNTRY":
            token = f"C:{a.get('code')}"
        if token is None:
            if to_gold is not None:
                token = f"G:{to_gold[ref]}" if ref in to_gold else f"{prefix}:{ref}"
            else:
                token = f"G:{ref}"
        out[ref] = token
    return out


def _span_of(record: Mapping[str, Any], timex: Mapping[str, Any]) -> tuple[int, int] | None:
    if timex.get("start") is not None and timex.get("end") is not None:
        return int(timex["start"]), int(timex["end"])
    text = record.get("text")
    needle = timex.get("text")
    if not text or not needle:
        return None
    occurrence = int(timex.get("occurrence") or 1)
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def score_article(gold: Mapping[str, Any], pred: Mapping[str, Any], *, text: str | None = None) -> Scores:
    """Scores of one article's output record against its gold record."""
    s = Scores(articles=1)
    g_actors = [a for a in gold.get("actors") or [] if a.get("kind") in ("PERSON", "COUNTRY", "ORGANISATION")]
    p_actors = [a for a in pred.get("actors") or [] if a.get("kind") in ("PERSON", "COUNTRY", "ORGANISATION")]
    mapping = align_actors(g_actors, p_actors)
    s.actors = PRF(tp=len(mapping), predicted=len(p_actors), gold=len(g_actors))
    _country_accuracy(s, g_actors, p_actors, mapping)

    g_country = _identities(g_actors, None, "G", True)
    p_country = _identities(p_actors, mapping, "P", True)
    g_entity = _identities(g_actors, None, "G", False)
    p_entity = _identities(p_actors, mapping, "P", False)

    g_events = [e for e in gold.get("events") or [] if e.get("target") is not None]
    p_events = [e for e in pred.get("events") or [] if e.get("target") is not None]

    for name, g_ident, p_ident, typed in (
        ("dyads", g_country, p_country, True),
        ("untyped_dyads", g_country, p_country, False),
        ("entity_dyads", g_entity, p_entity, True),
    ):
        required = {d for e in g_events if not e.get("optional") and (d := _dyad(e, g_ident, typed))}
        optional = {d for e in g_events if e.get("optional") and (d := _dyad(e, g_ident, typed))} - required
        predicted = {d for e in p_events if (d := _dyad(e, p_ident, typed))} - optional
        prf = PRF(tp=len(required & predicted), predicted=len(predicted), gold=len(required))
        setattr(s, name, prf)
        if name == "dyads":
            for d in required | predicted:
                t = s.by_type.setdefault(d[1], PRF())
                t.gold += d in required
                t.predicted += d in predicted
                t.tp += d in required and d in predicted
            # attributes of matched events: the best-agreeing pair per dyad
            for d in required & predicted:
                golds = [e for e in g_events if not e.get("optional") and _dyad(e, g_ident) == d]
                preds = [e for e in p_events if _dyad(e, p_ident) == d]
                best = max(
                    ((g, p) for g in golds for p in preds),
                    key=lambda gp: (
                        (gp[0].get("modality") == gp[1].get("modality"))
                        + (gp[0].get("polarity") == gp[1].get("polarity"))
                        + (gp[0].get("date") == gp[1].get("date"))
                    ),
                )
                g, p = best
                s.modality.add(g.get("modality", "asserted") == p.get("modality", "asserted"))
                s.polarity.add(g.get("polarity", "positive") == p.get("polarity", "positive"))
                s.date.add(g.get("date") == p.get("date"))

    # events without a target: (source, type)
    monads = [e for e in gold.get("events") or [] if e.get("target") is None]
    required_m = {m for e in monads if not e.get("optional") and (m := _monad(e, g_country))}
    optional_m = {m for e in monads if e.get("optional") and (m := _monad(e, g_country))} - required_m
    predicted_m = {m for e in pred.get("events") or [] if (m := _monad(e, p_country))} - optional_m
    s.monadic = PRF(tp=len(required_m & predicted_m), predicted=len(predicted_m), gold=len(required_m))

    # time expressions: overlap matching, one to one
    text_record = {"text": text or gold.get("text") or pred.get("text")}
    g_spans = [(sp, t) for t in gold.get("timexes") or [] if (sp := _span_of(text_record, t))]
    p_spans = [(sp, t) for t in pred.get("timexes") or [] if (sp := _span_of(text_record, t))]
    used: set[int] = set()
    tp = 0
    for (gs, ge), gt in g_spans:
        for j, ((ps, pe), pt) in enumerate(p_spans):
            if j in used or ps >= ge or gs >= pe:
                continue
            used.add(j)
            tp += 1
            s.timex_value.add(gt.get("value") == pt.get("value"))
            break
    s.timexes = PRF(tp=tp, predicted=len(p_spans), gold=len(g_spans))
    return s


def score(gold_records: Iterable[Mapping[str, Any]], pred_records: Iterable[Mapping[str, Any]]) -> Scores:
    """Micro-averaged scores; records are paired by ``doc_id`` (a missing output counts as empty)."""
    preds = {str(p.get("doc_id")): p for p in pred_records}
    total = Scores()
    for gold in gold_records:
        doc_id = str(gold.get("doc_id"))
        pred = preds.get(doc_id, {"doc_id": doc_id, "actors": [], "events": [], "timexes": []})
        total.merge(score_article(gold, pred))
    return total
