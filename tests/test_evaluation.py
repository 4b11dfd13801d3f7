"""The scorer of §5, on hand-made cases."""

from __future__ import annotations

import pytest

from newsgraph.evaluation import align_actors, score, score_article

RUS = {"ref": "A1", "kind": "COUNTRY", "code": "RUS", "name": "Russie"}
USA = {"ref": "A2", "kind": "COUNTRY", "code": "USA", "name": "États-Unis"}
LAVROV = {"ref": "A3", "kind": "PERSON", "name": "Sergueï Lavrov", "aliases": ["Lavrov"], "country": "RUS"}
NATO = {"ref": "A4", "kind": "ORGANISATION", "name": "OTAN", "aliases": []}


def record(actors, events=(), timexes=(), text=None, doc_id="d"):
    return {"doc_id": doc_id, "actors": list(actors), "events": list(events), "timexes": list(timexes), "text": text}


def ev(t, s, g, **kw):
    return {"type": t, "source": s, "target": g, "modality": "asserted", "polarity": "positive", "date": None, **kw}


def test_actor_matching_rules():
    gold = [RUS, LAVROV, NATO]
    pred = [
        {"ref": "B1", "kind": "COUNTRY", "code": "RUS", "name": "Moscou"},
        {"ref": "B2", "kind": "PERSON", "name": "Lavrov"},  # last word
        {"ref": "B3", "kind": "ORGANISATION", "name": "l'Otan"},  # article and case folded
        {"ref": "B4", "kind": "COUNTRY", "code": "UKR", "name": "Ukraine"},
    ]
    assert align_actors(gold, pred) == {"B1": "A1", "B2": "A3", "B3": "A4"}
    s = score_article(record(gold), record(pred))
    assert (s.actors.tp, s.actors.predicted, s.actors.gold) == (3, 4, 3)


def test_person_with_country_stands_for_the_country():
    gold = record([RUS, USA], [ev("CONSULT", "A1", "A2")])
    pred = record([LAVROV, USA], [ev("CONSULT", "A3", "A2")])
    s = score_article(gold, pred)
    assert s.dyads.tp == 1
    assert s.entity_dyads.tp == 0  # as entities, Lavrov is not Russia


def test_consult_is_symmetric_but_accuse_is_not():
    gold = record([RUS, USA], [ev("CONSULT", "A1", "A2"), ev("ACCUSE", "A1", "A2")])
    pred = record([RUS, USA], [ev("CONSULT", "A2", "A1"), ev("ACCUSE", "A2", "A1")])
    s = score_article(gold, pred)
    assert (s.dyads.tp, s.dyads.predicted, s.dyads.gold) == (1, 2, 2)
    assert s.by_type["CONSULT"].tp == 1 and s.by_type["ACCUSE"].tp == 0


def test_optional_events_neither_reward_nor_penalise():
    gold = record([RUS, USA], [ev("SANCTION", "A2", "A1", optional=True), ev("REQUEST", "A1", "A2")])
    with_optional = record([RUS, USA], [ev("SANCTION", "A2", "A1"), ev("REQUEST", "A1", "A2")])
    without = record([RUS, USA], [ev("REQUEST", "A1", "A2")])
    for pred in (with_optional, without):
        s = score_article(gold, pred)
        assert (s.dyads.tp, s.dyads.predicted, s.dyads.gold) == (1, 1, 1)


def test_untargeted_events_are_not_dyads():
    gold = record([RUS], [ev("REJECT", "A1", None)])
    s = score_article(gold, record([RUS], [ev("REJECT", "A1", None)]))
    assert (s.dyads.predicted, s.dyads.gold) == (0, 0)


def test_monadic_events_by_source_and_type():
    gold = record([RUS, USA, LAVROV], [ev("REJECT", "A1", None), ev("MOBILIZE", "A2", None, optional=True), ev("ACCUSE", "A1", "A2")])
    pred = record([RUS, USA, LAVROV], [
        ev("REJECT", "A3", None),    # Lavrov stands for Russia
        ev("MOBILIZE", "A2", None),  # optional: neither rewarded nor penalised
        ev("PROTEST", "A2", None),   # wrong
        ev("ACCUSE", "A1", "A2"),    # a dyad, not a monadic event
    ])
    s = score_article(gold, pred)
    assert (s.monadic.tp, s.monadic.predicted, s.monadic.gold) == (1, 2, 1)
    assert "monadic events" in s.table() and s.as_dict()["monadic"]["tp"] == 1


def test_attribute_accuracy_on_matched_events():
    gold = record([RUS, USA], [ev("THREATEN", "A1", "A2", polarity="negative", date="2022-11-21")])
    pred = record([RUS, USA], [ev("THREATEN", "A1", "A2", modality="future", date="2022-11-21")])
    s = score_article(gold, pred)
    assert (s.modality.correct, s.polarity.correct, s.date.correct, s.date.total) == (0, 0, 1, 1)


def test_timexes_match_by_overlap_and_occurrence():
    text = "lundi, puis le mois prochain et encore le mois prochain."
    gold = record([], timexes=[
        {"text": "lundi", "value": "2022-11-28"},
        {"text": "le mois prochain", "occurrence": 2, "value": "2022-12"},
    ], text=text)
    pred = record([], timexes=[
        {"text": "lundi", "start": 0, "end": 5, "value": "2022-11-21"},
        {"text": "mois prochain", "start": 44, "end": 57, "value": "2022-12"},
        {"text": "le mois prochain", "start": 12, "end": 28, "value": "2022-12"},
    ], text=text)
    s = score_article(gold, pred)
    assert (s.timexes.tp, s.timexes.predicted, s.timexes.gold) == (2, 3, 2)
    assert (s.timex_value.correct, s.timex_value.total) == (1, 2)


def test_micro_average_and_missing_output():
    g1 = record([RUS], doc_id="1")
    g2 = record([USA], doc_id="2")
    s = score([g1, g2], [record([RUS], doc_id="1")])
    assert s.articles == 2
    assert s.actors.recall == pytest.approx(0.5)
    assert s.actors.precision == pytest.approx(1.0)


def test_country_accuracy_of_matched_people_and_organisations():
    guterres = {"ref": "A5", "kind": "PERSON", "name": "António Guterres"}  # an agent of the UN: no country
    hamas = {"ref": "A6", "kind": "ORGANISATION", "name": "Hamas", "country": "PSE"}
    gold = [RUS, LAVROV, guterres, NATO, hamas]
    pred = [
        {"ref": "B1", "kind": "COUNTRY", "code": "RUS", "name": "Russie"},  # a country: not counted
        {"ref": "B2", "kind": "PERSON", "name": "Lavrov", "country": "RUS"},  # right
        {"ref": "B3", "kind": "PERSON", "name": "Guterres", "country": "PRT"},  # wrong: the gold has none
        {"ref": "B4", "kind": "ORGANISATION", "name": "OTAN"},  # right: neither has one
        {"ref": "B5", "kind": "ORGANISATION", "name": "Hamas"},  # wrong: missing
        {"ref": "B6", "kind": "PERSON", "name": "Joe Biden", "country": "USA"},  # unmatched: not counted
    ]
    s = score([record(gold)], [record(pred)])
    assert (s.person_country.correct, s.person_country.total) == (1, 2)
    assert (s.organisation_country.correct, s.organisation_country.total) == (1, 2)
    assert s.as_dict()["person_country_accuracy"] == 0.5
    assert "country accuracy      0.500  (1/2 matched people)" in s.table()
