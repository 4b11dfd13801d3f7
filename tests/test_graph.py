"""ActorGraph: building and merging, queries on a hand-built graph, analytics, dates."""

from __future__ import annotations

import logging
from datetime import date

import networkx as nx
import pytest

from newsgraph import Actor, ActorGraph, ArticleResult, Event, Mention
from newsgraph.analytics import (
    Span,
    cooperation_conflict,
    date_span,
    event_span,
    merge_spans,
    period_of,
    top_actors,
)
from newsgraph.graph import EDGE_FIELDS

RUS, USA, UKR, NATO, LAVROV = "country:RUS", "country:USA", "country:UKR", "org:NATO", "person:serguei lavrov"


def sample_results() -> list[ArticleResult]:
    """Three small articles: merges, negation, an untargeted event, every date granularity."""
    a1 = ArticleResult(
        doc_id="a1",
        published=date(2022, 11, 28),
        title="La Russie tiendra des pourparlers avec les États-Unis",
        source="Test",
        actors=(
            Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS", aliases=("Moscou",)),
            Actor(ref="A2", kind="COUNTRY", name="États-Unis", code="USA", aliases=("Washington",)),
            Actor(ref="A3", kind="ORGANISATION", name="OTAN", code="NATO"),
            Actor(ref="A4", kind="PERSON", name="Sergueï Lavrov", aliases=("Lavrov",), country="RUS",
                  role="ministre des Affaires étrangères"),
        ),
        mentions=(
            Mention(0, 6, "Russie", "COUNTRY", "A1"),
            Mention(40, 46, "Moscou", "COUNTRY", "A1"),
            Mention(80, 90, "États-Unis", "COUNTRY", "A2"),
            Mention(100, 114, "Sergueï Lavrov", "PERSON", "A4"),
            Mention(120, 122, "il", "PERSON", "A4", resolved=True),
        ),
        events=(
            Event(type="CONSULT", source="A1", target="A2", modality="future", date="2022-12", cameo="046",
                  rule="lex:noun:pourparlers", confidence=0.7, trigger="pourparlers",
                  evidence="la Russie tiendrait des pourparlers avec les États-Unis le mois prochain",
                  trigger_start=20, trigger_end=31, sentence_start=0, sentence_end=80),
            Event(type="CONSULT", source="A1", target="A2", modality="future", confidence=0.9,
                  trigger="pourparlers", evidence="des pourparlers de sécurité"),
            Event(type="CONSULT", source="A1", target="A3", modality="future", date="2022-12"),
            Event(type="ACCUSE", source="A4", target="A2", date="2022-W47", cameo="112",
                  evidence="Lavrov a accusé Washington"),
            Event(type="THREATEN", source="A1", target="A3", polarity="negative", date="2022-11-28",
                  evidence="ne présentait aucun ultimatum"),
            Event(type="REQUEST", source="A1", target=None),
            Event(type="ACCUSE", source="A1", target="A9"),
        ),
    )
    a2 = ArticleResult(
        doc_id="a2",
        published=date(2022, 12, 2),
        actors=(
            Actor(ref="A1", kind="COUNTRY", name="Etats-Unis", code="USA"),
            Actor(ref="A2", kind="COUNTRY", name="Russie", code="RUS", aliases=("le Kremlin",)),
            Actor(ref="A3", kind="COUNTRY", name="Ukraine", code="UKR"),
        ),
        events=(
            Event(type="CONSULT", source="A2", target="A1", date="2022-12", confidence=0.5),
            Event(type="AID", source="A1", target="A3", date="2022-12-01", cameo="07"),
            Event(type="ASSAULT", source="A2", target="A3"),
            Event(type="SANCTION", source="A1", target="A2", date="2022"),
        ),
    )
    a3 = ArticleResult(
        doc_id="a3",
        published=date(2023, 1, 10),
        actors=(
            Actor(ref="A1", kind="COUNTRY", name="Ukraine", code="UKR"),
            Actor(ref="A2", kind="ORGANISATION", name="OTAN", code="NATO", aliases=("l'Alliance atlantique",)),
            Actor(ref="A3", kind="COUNTRY", name="Russie", code="RUS"),
        ),
        events=(
            Event(type="REQUEST", source="A1", target="A2", date="2023-01-09", speaker="A3"),
            Event(type="ASSAULT", source="A3", target="A1", date="2023-01-08"),
            Event(type="AID", source="A2", target="A1", modality="future", date="2023-01"),
        ),
    )
    return [a1, a2, a3]


@pytest.fixture
def graph() -> ActorGraph:
    return ActorGraph(sample_results())


def snapshot(g: ActorGraph) -> nx.MultiDiGraph:
    return g.to_networkx()


# ----------------------------------------------------------------- building


def test_actors_merge_across_articles(graph):
    assert sorted(graph) == [RUS, UKR, USA, NATO, LAVROV]
    rus = graph.node(RUS)
    assert rus["label"] == rus["name"] == "Russie"
    assert rus["aliases"] == ("Moscou", "le Kremlin")
    assert (rus["articles"], rus["mentions"], rus["untargeted_events"]) == (3, 2, 1)
    assert graph.node(USA)["label"] == "États-Unis"  # a tie between two spellings: the first seen
    assert graph.node(USA)["aliases"] == ("Etats-Unis", "Washington")
    lavrov = graph.node(LAVROV)
    assert (lavrov["kind"], lavrov["country"], lavrov["role"], lavrov["mentions"]) == (
        "PERSON", "RUS", "ministre des Affaires étrangères", 2)
    assert graph.node(NATO)["code"] == "NATO"
    assert graph.articles == {"a1", "a2", "a3"}
    assert graph.article_dates()["a3"] == "2023-01-10"


def test_the_same_event_reported_twice_is_one_edge(graph):
    assert graph.number_of_edges() == 10
    consult = graph.events(source=RUS, target=USA)
    assert len(consult) == 1
    _, _, key, data = consult[0]
    assert key == "CONSULT@2022-12"
    assert data["reports"] == 3  # two reports in a1 (one undated), one in a2
    assert data["doc_ids"] == ("a1", "a2") and data["doc_id"] == "a1"
    assert data["modality"] == "asserted" and data["plover"] == "CONSULT"  # confirmed by a2
    assert data["confidence"] == 0.9
    assert (data["cameo"], data["cameo_root"], data["rule"]) == ("046", "04", "lex:noun:pourparlers")
    assert data["evidence"].startswith("la Russie tiendrait")
    assert (data["trigger_start"], data["sentence_end"]) == (20, 80)


def test_edge_attributes_and_keys(graph):
    keys = sorted(k for _, _, k, _ in graph.edges())
    assert keys == [
        "ACCUSE@2022-W47", "AID@2022-12-01", "AID@2023-01", "ASSAULT@2023-01-08", "CONSULT@2022-12",
        "CONSULT@2022-12", "REQUEST@2023-01-09", "SANCTION@2022", "THREATEN@2022-11-28!neg", "a2#2",
    ]
    by_key = {k: d for _, _, k, d in graph.edges()}
    assert by_key["a2#2"]["date"] is None and by_key["a2#2"]["published"] == "2022-12-02"
    assert by_key["REQUEST@2023-01-09"]["speaker"] == RUS
    future = graph.events(source=RUS, target=NATO)[0][3]
    assert (future["modality"], future["plover"], future["quad_class"]) == ("future", "AGREE", "verbal cooperation")
    assert list(future) == list(EDGE_FIELDS)


def test_dangling_and_untargeted_events_are_not_edges(graph):
    assert not any(d["type"] == "REQUEST" and u == RUS for u, _, _, d in graph.edges())
    assert graph.node(RUS)["untargeted_events"] == 1


def test_adding_an_article_twice_changes_nothing(graph, caplog):
    before = snapshot(graph)
    with caplog.at_level(logging.WARNING, logger="newsgraph.graph"):
        graph.add(sample_results()[0])
    assert "already in the graph" in caplog.text
    assert nx.utils.graphs_equal(before, graph.to_networkx())


def test_articles_without_doc_id_get_one():
    actor = Actor(ref="A1", kind="COUNTRY", name="Mali", code="MLI")
    g = ActorGraph([ArticleResult(doc_id=None, actors=(actor,)), ArticleResult(doc_id=None, actors=(actor,))])
    assert g.articles == {"doc1", "doc2"}
    assert g.node("country:MLI")["articles"] == 2


def test_undated_reports_stay_apart_across_articles_and_when_dates_differ():
    rus = Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS")
    ukr = Actor(ref="A2", kind="COUNTRY", name="Ukraine", code="UKR")
    assault = dict(type="ASSAULT", source="A1", target="A2")
    g = ActorGraph([
        ArticleResult(doc_id="x", actors=(rus, ukr), events=(Event(**assault), Event(**assault))),
        ArticleResult(doc_id="y", actors=(rus, ukr), events=(Event(**assault),)),
        ArticleResult(doc_id="z", actors=(rus, ukr), events=(
            Event(**assault, date="2022-02-24"), Event(**assault, date="2022-03-01"), Event(**assault))),
    ])
    assert sorted(k for _, _, k, _ in g.edges()) == ["ASSAULT@2022-02-24", "ASSAULT@2022-03-01", "x#0", "y#0", "z#2"]
    assert g.events(source=RUS)[0][3]["reports"] == 2


def test_to_networkx_and_from_networkx_round_trip(graph):
    copy = graph.to_networkx()
    copy.nodes[RUS]["label"] = "changed"
    copy.remove_node(USA)
    assert graph.node(RUS)["label"] == "Russie" and USA in graph
    again = ActorGraph.from_networkx(graph.to_networkx(), articles=graph.article_dates())
    assert nx.utils.graphs_equal(again.to_networkx(), graph.to_networkx())
    assert again.article_dates() == graph.article_dates()


def test_from_networkx_fills_defaults_and_skips_non_events(caplog):
    g = nx.MultiDiGraph()
    g.add_edge("country:FRA", "country:MLI", type="SANCTION", doc_ids="d1|d2", published="2022-02-01")
    g.add_edge("country:FRA", "country:MLI", weight=3)
    with caplog.at_level(logging.WARNING, logger="newsgraph.graph"):
        ag = ActorGraph.from_networkx(g)
    assert "1 edges" in caplog.text
    (_, _, _, data), = ag.edges()
    assert (data["quad_class"], data["plover"], data["doc_id"], data["doc_ids"]) == (
        "material conflict", "SANCTION", "d1", ("d1", "d2"))
    assert ag.article_dates() == {"d1": "2022-02-01", "d2": None}
    assert ag.node("country:FRA")["label"] == "country:FRA"


# ------------------------------------------------------------------ queries


def test_events_filters(graph):
    def types(**kw):
        return sorted(d["type"] for _, _, _, d in graph.events(**kw))

    assert len(graph.events()) == 9
    assert types(polarity="negative") == ["THREATEN"]
    assert len(graph.events(polarity=None)) == 10
    assert types(source=RUS) == ["ASSAULT", "ASSAULT", "CONSULT", "CONSULT"]
    assert types(target=UKR) == ["AID", "AID", "ASSAULT", "ASSAULT"]
    assert types(source=[USA, NATO], target=UKR) == ["AID", "AID"]
    assert types(type="ASSAULT") == ["ASSAULT", "ASSAULT"]
    assert types(type={"AID", "ASSAULT"}) == ["AID", "AID", "ASSAULT", "ASSAULT"]
    assert types(modality="future") == ["AID", "CONSULT"]
    assert types(quad_class="verbal conflict") == ["ACCUSE", "REQUEST"]
    # December 2022: a month, a day, an undated event published on 2 December, and the year 2022
    assert types(between=("2022-12", "2022-12")) == ["AID", "ASSAULT", "CONSULT", "CONSULT", "SANCTION"]
    assert types(between=("2022-12", "2022-12"), how="within") == ["AID", "ASSAULT", "CONSULT", "CONSULT"]
    assert types(between=(date(2022, 11, 27), "2022-11-27")) == ["ACCUSE", "SANCTION"]
    assert types(between=("2023", None)) == ["AID", "ASSAULT", "REQUEST"]
    assert graph.events(source="country:XXX") == []
    with pytest.raises(ValueError):
        graph.events(between=("hier", None))


def test_neighbors(graph):
    assert graph.neighbors(RUS) == [UKR, USA, NATO]
    assert graph.neighbors(RUS, direction="in") == [USA]
    assert graph.neighbors(NATO, polarity="negative") == [RUS]
    assert graph.neighbors(LAVROV, type="CONSULT") == []
    with pytest.raises(KeyError):
        graph.neighbors("country:XXX")


def test_dyad_summary(graph):
    s = graph.dyad(RUS, USA)
    assert s == {
        "actors": (RUS, USA),
        "events": 2,
        "a_to_b": 1,
        "b_to_a": 1,
        "reports": 4,
        "articles": 2,
        "types": {"CONSULT": 1, "SANCTION": 1},
        "quad_classes": {"verbal cooperation": 1, "material conflict": 1},
        "first_date": "2022-01-01",
        "last_date": "2022-12-31",
        "cooperation_conflict": -0.25,
    }
    assert graph.dyad(RUS, NATO)["events"] == 1
    assert graph.dyad(RUS, NATO, polarity=None)["types"] == {"CONSULT": 1, "THREATEN": 1}
    assert graph.dyad(LAVROV, UKR)["cooperation_conflict"] is None
    assert graph.cooperation_conflict(RUS, USA) == -0.25


def test_dyad_scores(graph):
    scores = graph.dyad_scores()
    assert scores == {
        (RUS, UKR): -1.0,  # two assaults
        (RUS, USA): -0.25,  # a meeting (+1) and a sanction (-2)
        (RUS, NATO): 0.5,  # a meeting; the negated threat does not count
        (UKR, USA): 1.0,  # aid
        (UKR, NATO): 0.25,  # a request (-1) and aid (+2)
        (USA, LAVROV): -0.5,  # an accusation
    }
    assert list(scores) == sorted(scores)
    directed = graph.dyad_scores(directed=True)
    assert directed[(USA, RUS)] == -1.0 and directed[(RUS, USA)] == 0.5
    assert list(directed) == sorted(directed)


def test_timelines(graph):
    assert graph.timeline(RUS, UKR) == {"2022-12": 1, "2023-01": 1}
    assert graph.timeline(RUS, UKR, freq="week") == {
        "2022-W48": 1, "2022-W49": 0, "2022-W50": 0, "2022-W51": 0, "2022-W52": 0, "2023-W01": 1}
    assert graph.timeline(RUS, UKR, freq="week", fill=False) == {"2022-W48": 1, "2023-W01": 1}
    # the CONSULT is dated "2022-12" (no single week) and the SANCTION "2022" (no single month)
    assert graph.timeline(RUS, USA) == {"2022-12": 1}
    assert graph.timeline(RUS, USA, freq="week") == {}
    assert graph.timeline(RUS, USA, freq="year") == {"2022": 2}
    assert graph.timeline(USA, RUS, freq="year", directed=True) == {"2022": 1}
    assert graph.timeline(LAVROV, USA, freq="month") == {"2022-11": 1}  # week 47 → its Thursday, 24 Nov
    with pytest.raises(ValueError):
        graph.timeline(RUS, UKR, freq="day")


def test_top_actors(graph):
    assert graph.top_actors() == [(RUS, 3), (UKR, 3), (USA, 3), (NATO, 2), (LAVROV, 1)]
    assert graph.top_actors("weighted_degree", n=3) == [(RUS, 5), (UKR, 5), (USA, 4)]
    best, value = graph.top_actors("betweenness", n=1)[0]
    assert best == USA and value == pytest.approx(0.5)
    assert graph.top_actors(n=None, type="ASSAULT") == [(RUS, 1), (UKR, 1), (USA, 0), (NATO, 0), (LAVROV, 0)]
    assert top_actors(graph.to_networkx(), n=1) == [(RUS, 3)]
    with pytest.raises(ValueError):
        graph.top_actors("pagerank")


def test_ego(graph):
    ego = graph.ego(USA)
    assert sorted(ego) == [RUS, UKR, USA, LAVROV]
    assert ego.number_of_edges() == 6
    assert ego.node(RUS) == graph.node(RUS)
    assert sorted(graph.ego(USA, radius=0)) == [USA]
    assert sorted(graph.ego(LAVROV, radius=2)) == [RUS, UKR, USA, LAVROV]
    assert sorted(graph.ego(NATO, radius=1, type="THREATEN", polarity="negative")) == [RUS, NATO]


def test_window(graph):
    january = graph.window("2023-01", None)
    assert sorted(january) == [RUS, UKR, NATO]
    assert january.number_of_edges() == 3 and january.articles == {"a3"}
    november = graph.window("2022-11-21", "2022-11-30")
    # the ACCUSE of week 47, the negated THREATEN of 28 November, the SANCTION of "2022"
    assert sorted(d["type"] for *_, d in november.edges()) == ["ACCUSE", "SANCTION", "THREATEN"]
    assert november.events() and len(november.events()) == 2
    assert graph.window("2022-11-21", "2022-11-30", how="within").number_of_edges() == 2
    assert graph.window().number_of_edges() == graph.number_of_edges()


def test_aggregate(graph):
    agg = graph.aggregate()
    assert isinstance(agg, nx.DiGraph) and not agg.is_multigraph()
    assert agg.number_of_nodes() == 5 and agg.number_of_edges() == 8
    d = agg[RUS][UKR]
    assert (d["weight"], d["reports"], d["first_date"], d["last_date"]) == (2, 2, "2022-12-02", "2023-01-08")
    assert d["n_ASSAULT"] == 2 and d["n_AID"] == 0 and d["n_material_conflict"] == 2
    assert d["cooperation_conflict"] == -1.0
    assert "n_THREATEN" not in agg[RUS][NATO] and agg[RUS][NATO]["weight"] == 1
    assert graph.aggregate(polarity=None)[RUS][NATO]["weight"] == 2
    assert agg.nodes[RUS] == graph.node(RUS)


def test_find(graph):
    assert graph.find("Moscou") == [RUS]
    assert graph.find("etats-unis") == [USA]
    assert graph.find("l'Alliance atlantique") == [NATO]
    assert graph.find(LAVROV) == [LAVROV]
    assert graph.find("Pékin") == []


def test_queries_never_change_the_graph(graph):
    before = snapshot(graph)
    for _, _, _, data in graph.events(polarity=None):
        data["type"] = "X"
    for _, data in graph.nodes():
        data["label"] = "X"
    graph.node(RUS)["aliases"] = ()
    graph.neighbors(RUS)
    graph.dyad(RUS, USA)["types"]["CONSULT"] = 99
    graph.dyad_scores()
    graph.timeline(RUS, UKR)
    graph.top_actors("betweenness")
    sub = graph.ego(USA, radius=2)
    sub.add(ArticleResult(doc_id="new", actors=(Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS"),)))
    graph.window("2023").add(ArticleResult(doc_id="new2"))
    agg = graph.aggregate()
    agg.nodes[RUS]["label"] = "X"
    agg.remove_node(USA)
    graph.view.nodes[RUS]  # read-only view
    with pytest.raises(nx.NetworkXError):
        graph.view.add_node("x")
    assert nx.utils.graphs_equal(before, graph.to_networkx())
    assert graph.node(RUS)["articles"] == 3 and graph.articles == {"a1", "a2", "a3"}


def test_repr_len_contains(graph):
    assert repr(graph) == "<ActorGraph: 5 actors, 10 events, 3 articles>"
    assert len(graph) == 5 and RUS in graph and "country:XXX" not in graph


def test_rejects_what_is_not_an_article():
    with pytest.raises(TypeError):
        ActorGraph().add({"doc_id": "x"})  # type: ignore[arg-type]


# -------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value,start,end,granularity,canonical",
    [
        ("2022-11-28", date(2022, 11, 28), date(2022, 11, 28), "day", "2022-11-28"),
        ("2022-11-28T10:30:00", date(2022, 11, 28), date(2022, 11, 28), "day", "2022-11-28"),
        (date(2022, 11, 28), date(2022, 11, 28), date(2022, 11, 28), "day", "2022-11-28"),
        ("2022-W47", date(2022, 11, 21), date(2022, 11, 27), "week", "2022-W47"),
        ("2020-w53", date(2020, 12, 28), date(2021, 1, 3), "week", "2020-W53"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month", "2024-02"),
        ("2022-12", date(2022, 12, 1), date(2022, 12, 31), "month", "2022-12"),
        (" 1997 ", date(1997, 1, 1), date(1997, 12, 31), "year", "1997"),
    ],
)
def test_date_span(value, start, end, granularity, canonical):
    assert date_span(value) == Span(start, end, granularity, canonical)


@pytest.mark.parametrize("value", [None, "", "hier", "2022-13", "2023-02-29", "2021-W53", "2022-W00", "0000", 2022])
def test_date_span_rejects(value):
    assert date_span(value) is None


def test_periods_and_spans():
    assert period_of(date_span("2023-01-01"), "week") == "2022-W52"
    assert period_of(date_span("2023-01-01"), "year") == "2023"
    assert period_of(date_span("2020-W53"), "month") == "2020-12"
    assert period_of(date_span("2020-W53"), "year") == "2020"
    assert period_of(date_span("2022-12"), "year") == "2022"
    assert period_of(date_span("2022"), "month") is None
    assert event_span({"date": "n'importe quand", "published": "2022-01-05"}).value == "2022-01-05"
    assert event_span({}) is None
    assert merge_spans([date_span("2022-01-01"), date_span("2022-01-02")]) == [
        (date(2022, 1, 1), date(2022, 1, 1)), (date(2022, 1, 2), date(2022, 1, 2))]
    assert merge_spans([date_span("2022"), date_span("2022-W10"), date_span("2023-01")]) == [
        (date(2022, 1, 1), date(2022, 12, 31)), (date(2023, 1, 1), date(2023, 1, 31))]


def test_cooperation_conflict_weights():
    events = [{"quad_class": q} for q in ("verbal cooperation", "material cooperation", "verbal conflict")]
    assert cooperation_conflict(events) == pytest.approx(1 / 3)
    assert cooperation_conflict(events, weights={"verbal conflict": -1.0}) == -1.0
    assert cooperation_conflict([{"type": "ASSAULT"}, {"type": "MOBILIZE"}]) == -1.0
    assert cooperation_conflict([{"type": "UNKNOWN"}]) is None
