"""End to end on the seed article and short sentences: the issue's acceptance checks."""

from __future__ import annotations

import json
from datetime import date

import pytest

import newsgraph
from newsgraph.cli import main

from .conftest import GOLD_DEV, GOLD_SEED, SEED, shared


def test_seed_actors(seed_result):
    by_kind = {}
    for a in seed_result.actors:
        by_kind.setdefault(a.kind, set()).add(a.code if a.kind == "COUNTRY" else a.name)
    assert {"RUS", "USA", "UKR"} <= by_kind["COUNTRY"]
    assert "OTAN" in by_kind["ORGANISATION"]
    assert {"Sergueï Lavrov", "Vladimir Poutine"} <= by_kind["PERSON"]
    assert all(not a.name.lower().startswith(("l'", "l’")) for a in seed_result.actors)


def test_seed_published_and_events(seed_result):
    assert seed_result.published == date(2022, 11, 28)
    assert seed_result.events
    for e in seed_result.events:
        assert e.rule and e.trigger and e.evidence
        assert 0.0 < e.confidence <= 1.0
        assert seed_result.text[e.trigger_start:e.trigger_end] == e.trigger


def test_mentions_and_timexes_carry_offsets(seed_result):
    text = seed_result.text
    for m in seed_result.mentions:
        assert text[m.start:m.end] == m.text
    for t in seed_result.timexes:
        assert text[t.start:t.end] == t.text


def test_extract_many_keeps_order_and_accepts_every_input_kind(nlp):
    items = [
        "La Russie a nié les accusations.",
        {"text": "L'Ukraine a accusé la Russie.", "doc_id": "d2", "published": "2022-01-01"},
        newsgraph.Article(text="Les États-Unis ont sanctionné l'Iran.", doc_id="d3"),
    ]
    results = list(newsgraph.extract_many(items, nlp=nlp, batch_size=2))
    assert [r.doc_id for r in results] == [None, "d2", "d3"]
    assert results[1].published == date(2022, 1, 1)


def test_extract_many_reports_bad_items_and_goes_on(nlp):
    errors = []
    results = list(newsgraph.extract_many(["La France a protesté.", "   ", 42, "Le Mali a répondu."], nlp=nlp, on_error=errors.append))
    assert len(results) == 2
    assert [type(e).__name__ for e in errors] == ["EmptyTextError", "RecordError"]


def test_cli_extract_seed(capsys):
    assert main(["extract", str(shared(SEED)), "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["doc_id"] == "sawt-beirut-2022-11-28"
    assert record["published"] == "2022-11-28"
    codes = {a.get("code") for a in record["actors"] if a["kind"] == "COUNTRY"}
    assert {"RUS", "USA", "UKR"} <= codes
    assert all("start" in m and "end" in m for m in record["mentions"])
    assert all("start" in t for t in record["timexes"])


def test_cli_extract_reports_missing_files(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(shared(SEED)), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert code == 2
    assert "missing.txt" in capsys.readouterr().err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_cli_evaluate_runs_on_the_dev_gold(capsys):
    assert main(["evaluate", str(shared(GOLD_SEED)), str(shared(GOLD_DEV)), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["articles"] == 11
    assert scores["actors"]["f1"] > 0.8


def test_cli_evaluate_with_predictions(tmp_path, capsys):
    gold = shared(GOLD_SEED)
    assert main(["evaluate", str(gold), "--pred", str(gold), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["actors"]["f1"] == 1.0
    assert scores["dyads"]["f1"] == 1.0


def test_cli_demo_writes_graphml(tmp_path, capsys):
    import networkx as nx

    out = tmp_path / "demo.graphml"
    assert main(["demo", "-o", str(out)]) == 0
    g = nx.read_graphml(out)
    assert g.number_of_nodes() > 5
    assert all("label" in data for _, data in g.nodes(data=True))
    assert "country:PRK" in g


def test_min_confidence_leaves_out_the_less_sure_events(nlp):
    text = "La France condamne la politique migratoire de la Hongrie. L'Ukraine fait face aux bombardements de l'aviation russe."
    every = newsgraph.extract(text, published="2022-11-28", nlp=nlp)
    confidences = sorted(e.confidence for e in every.events)
    assert len(confidences) == 2 and confidences[0] < confidences[1]
    threshold = (confidences[0] + confidences[1]) / 2
    kept = newsgraph.extract(text, published="2022-11-28", nlp=nlp, min_confidence=threshold)
    assert [e.confidence for e in kept.events] == [confidences[1]]
    many = list(newsgraph.extract_many([text], nlp=nlp, min_confidence=threshold))
    assert [e.confidence for e in many[0].events] == [confidences[1]]
    with pytest.raises(ValueError):
        newsgraph.extract(text, nlp=nlp, min_confidence=1.5)


def test_cli_min_confidence(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text("La France condamne la politique migratoire de la Hongrie.", encoding="utf-8")
    assert main(["extract", str(source), "--min-confidence", "0"]) == 0
    assert json.loads(capsys.readouterr().out)["events"]
    assert main(["extract", str(source), "--min-confidence", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["events"] == []
    with pytest.raises(SystemExit):
        main(["extract", str(source), "--min-confidence", "2"])
