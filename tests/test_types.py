"""Records: frozen dataclasses that read and write the specification's dicts."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from newsgraph import Actor, Article, ArticleResult, Event, Mention, RecordError, Timex

from .conftest import GOLD_SEED, shared


def test_gold_record_round_trips():
    record = json.loads(shared(GOLD_SEED).read_text(encoding="utf-8"))
    result = ArticleResult.from_dict(record)
    assert result.published == date(2022, 11, 28)
    again = ArticleResult.from_dict(result.to_dict(include_text=True))
    assert again == result
    out = result.to_dict()
    assert [a["ref"] for a in out["actors"]] == [a["ref"] for a in record["actors"]]
    assert out["actors"][0]["code"] == "RUS"
    assert out["events"][0]["type"] == "CONSULT"


def test_records_are_frozen():
    actor = Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS")
    with pytest.raises(dataclasses.FrozenInstanceError):
        actor.name = "Moscou"  # type: ignore[misc]


@pytest.mark.parametrize(
    "kind,name,code,expected",
    [
        ("COUNTRY", "Russie", "RUS", "country:RUS"),
        ("PERSON", "Sergueï Lavrov", None, "person:serguei lavrov"),
        ("ORGANISATION", "l'OTAN", None, "org:otan"),
    ],
)
def test_actor_ids_are_stable(kind, name, code, expected):
    assert Actor(ref="A9", kind=kind, name=name, code=code).id == expected


def test_event_validation_and_derived_codes():
    with pytest.raises(RecordError):
        Event(type="CHAT", source="A1")
    with pytest.raises(RecordError):
        Event(type="CONSULT", source="A1", modality="maybe")
    planned = Event(type="CONSULT", source="A1", target="A2", modality="future")
    assert planned.plover_code == "AGREE"
    assert Event(type="CONSULT", source="A1", modality="asserted").plover_code == "CONSULT"
    assert planned.quad_class == "verbal cooperation"


def test_event_reads_like_a_sentence():
    actors = {
        "A1": Actor(ref="A1", kind="PERSON", name="Sergueï Lavrov"),
        "A2": Actor(ref="A2", kind="COUNTRY", name="États-Unis", code="USA"),
    }
    e = Event(type="CONSULT", source="A1", target="A2", modality="future", trigger="tiendrons le principal cycle de négociations")
    assert e.describe(actors) == "Sergueï Lavrov → États-Unis CONSULT (future) « tiendrons le principal cycle de négociations »"


def test_article_from_dict_checks_types():
    assert Article.from_dict({"text": "x", "published": "2020-01-02"}).published == date(2020, 1, 2)
    with pytest.raises(RecordError, match="text"):
        Article.from_dict({"title": "no text"})
    with pytest.raises(RecordError, match="ISO date"):
        Article.from_dict({"text": "x", "published": "2020-13-45"})
    with pytest.raises(RecordError):
        Article.from_dict({"text": 42})


def test_mention_and_timex_dicts():
    m = Mention(start=0, end=6, text="Russie", kind="COUNTRY", actor="A1", metonymy=False)
    assert m.to_dict() == {"start": 0, "end": 6, "text": "Russie", "kind": "COUNTRY", "actor": "A1"}
    assert Mention(start=0, end=2, text="il", kind="PERSON", actor="A2", resolved=True).to_dict()["resolved"] is True
    t = Timex(text="lundi", value="2022-11-28", start=3, end=8, granularity="day")
    assert Timex.from_dict(t.to_dict()) == t
