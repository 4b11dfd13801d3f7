"""Exports and imports: golden files, round trips, Gephi rules, hostile input, the dev articles.

Golden files live in tests/golden/; after a deliberate change of format, rewrite
them with ``NEWSGRAPH_UPDATE_GOLDEN=1 pytest tests/test_readwrite.py`` and review
the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph import (
    Actor,
    ActorGraph,
    Article,
    ArticleResult,
    Event,
    ExportError,
    RecordError,
    read_graphml,
    to_pandas,
    write_csv,
    write_gexf,
    write_graphml,
    write_jsonl,
    write_node_link,
)
from newsgraph.analytics import date_span
from newsgraph.cli import main
from newsgraph.extract.normalize import fold
from newsgraph.readwrite import gephi_safe, json_safe, xml_safe
from newsgraph.types import ACTOR_KINDS, EVENT_TYPES, MODALITIES, POLARITIES

from .conftest import GOLD_DEV, GOLD_SEED, ROOT, shared
from .test_graph import sample_results

GOLDEN = Path(__file__).resolve().parent / "golden"
NS = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
DEMO = ROOT / "newsgraph" / "data" / "demo" / "2017_04_07-001-etats-unis-frappe-syrie.txt"


@pytest.fixture
def graph() -> ActorGraph:
    return ActorGraph(sample_results())


def written(writer, *args, **kwargs) -> bytes:
    buf = io.BytesIO()
    writer(*args, buf, **kwargs)
    return buf.getvalue()


def written_text(writer, *args, **kwargs) -> str:
    buf = io.StringIO()
    writer(*args, buf, **kwargs)
    return buf.getvalue()


def csv_pair(graph: ActorGraph, **kwargs) -> tuple[str, str]:
    nodes, edges = io.StringIO(), io.StringIO()
    write_csv(graph, nodes, edges, **kwargs)
    return nodes.getvalue(), edges.getvalue()


def check_graphml(data: bytes, *, multigraph: bool) -> ET.Element:
    """What Gephi, networkx and igraph need of a GraphML file."""
    root = ET.fromstring(data)  # well-formed XML 1.0, every character allowed
    keys = root.findall(f"{NS}key")
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids)), "key ids must be unique"
    assert all(k.get("id") == k.get("attr.name") for k in keys), "named key ids"
    assert {k.get("for") for k in keys} <= {"node", "edge"}, "no graph attributes (Gephi reports them)"
    label_key = [k for k in keys if k.get("for") == "node" and k.get("attr.name") == "label"]
    nodes = root.findall(f"{NS}graph/{NS}node")
    if nodes:
        assert label_key and label_key[0].get("attr.type") == "string"
    for node in nodes:
        assert node.find(f"{NS}data[@key='label']") is not None, "every node has a label"
    node_ids = [n.get("id") for n in nodes]
    assert len(node_ids) == len(set(node_ids)) and all(node_ids)
    edges = root.findall(f"{NS}graph/{NS}edge")
    if multigraph:
        edge_ids = [e.get("id") for e in edges]
        assert None not in edge_ids and len(edge_ids) == len(set(edge_ids)), "edge ids unique file-wide"
    return root


def check_gexf(data: bytes) -> ET.Element:
    root = ET.fromstring(data)
    graph = root.find(f"{GEXF}graph")
    for element in graph.iter():
        spells = [(s.get("start"), s.get("end")) for s in element.findall(f"{GEXF}spells/{GEXF}spell")]
        for (_, end), (start, _) in zip(spells, spells[1:]):
            assert end < start, "Gephi refuses overlapping intervals"
    for kind in ("node", "edge"):
        ids = [e.get("id") for e in graph.iter(f"{GEXF}{kind}")]
        assert len(ids) == len(set(ids)) and all(ids)
    for node in graph.iter(f"{GEXF}node"):
        assert node.get("label") is not None
    return root


# ---------------------------------------------------------------- golden files

GOLDEN_CASES = {
    "sample.graphml": lambda g: written(write_graphml, g),
    "sample-events.graphml": lambda g: written(write_graphml, g, aggregate=False),
    "sample.gexf": lambda g: written(write_gexf, g),
    "sample-events.gexf": lambda g: written(write_gexf, g, aggregate=False),
    "sample-nodes.csv": lambda g: csv_pair(g)[0].encode("utf-8"),
    "sample-edges.csv": lambda g: csv_pair(g)[1].encode("utf-8"),
    "sample-dyads.csv": lambda g: csv_pair(g, aggregate=True)[1].encode("utf-8"),
    "sample.json": lambda g: written_text(write_node_link, g, indent=1).encode("utf-8"),
    "sample.jsonl": lambda g: written_text(write_jsonl, sample_results()).encode("utf-8"),
}


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_golden_file(name, graph):
    data = GOLDEN_CASES[name](graph)
    path = GOLDEN / name
    if os.environ.get("NEWSGRAPH_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    assert data == path.read_bytes(), f"{name} changed: review, then NEWSGRAPH_UPDATE_GOLDEN=1"


def test_golden_graphml_follows_gephi_rules(graph):
    root = check_graphml((GOLDEN / "sample.graphml").read_bytes(), multigraph=False)
    assert not any(re.fullmatch(r"d\d+", k.get("id")) for k in root.findall(f"{NS}key"))
    check_graphml((GOLDEN / "sample-events.graphml").read_bytes(), multigraph=True)


def test_aggregated_graphml_reads_back_with_networkx(graph):
    g = nx.read_graphml(io.BytesIO((GOLDEN / "sample.graphml").read_bytes()))
    assert isinstance(g, nx.DiGraph) and g.number_of_nodes() == 5 and g.number_of_edges() == 8
    d = g["country:RUS"]["country:UKR"]
    assert (d["weight"], d["first_date"], d["last_date"], d["n_ASSAULT"]) == (2, "2022-12-02", "2023-01-08", 2)
    assert d["cooperation_conflict"] == -1.0
    assert g.nodes["country:RUS"]["label"] == "Russie"
    assert g.nodes["country:RUS"]["aliases"] == "Moscou|le Kremlin"
    assert g.nodes["country:RUS"]["articles"] == 3
    g.graph.clear()  # the reader's node_default / edge_default
    assert nx.utils.graphs_equal(g, gephi_safe(graph.aggregate()))


def test_multigraph_graphml_round_trips_into_an_actorgraph(graph, tmp_path):
    path = tmp_path / "events.graphml"
    write_graphml(graph, path, aggregate=False)
    back = read_graphml(path)
    assert nx.utils.graphs_equal(back.to_networkx(), graph.to_networkx())
    assert back.articles == graph.articles
    assert back.dyad("country:RUS", "country:USA") == graph.dyad("country:RUS", "country:USA")
    raw = nx.read_graphml(path)
    assert raw.number_of_edges() == 10 and len({k for *_, k in raw.edges(keys=True)}) == 10


def test_graphml_reads_back_with_igraph(graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    for aggregate, n_edges in ((True, 8), (False, 10)):
        path = tmp_path / f"g{aggregate}.graphml"
        write_graphml(graph, path, aggregate=aggregate)
        ig = igraph.Graph.Read_GraphML(str(path))
        assert (ig.vcount(), ig.ecount(), ig.is_directed()) == (5, n_edges, True)
        assert sorted(ig.vs["label"]) == ["OTAN", "Russie", "Sergueï Lavrov", "Ukraine", "États-Unis"]
        assert sorted(ig.vs["id"]) == sorted(graph)
    assert Counter(ig.es["type"]) == Counter(d["type"] for *_, d in graph.edges())


def test_gexf_plays_over_time(graph):
    root = check_gexf(written(write_gexf, graph))
    g = root.find(f"{GEXF}graph")
    assert (g.get("mode"), g.get("timeformat"), g.get("defaultedgetype")) == ("dynamic", "date", "directed")
    edges = {(e.get("source"), e.get("target")): e for e in g.iter(f"{GEXF}edge")}
    consult = edges["country:RUS", "country:USA"]
    assert consult.get("weight") == "1"
    assert [(s.get("start"), s.get("end")) for s in consult.iter(f"{GEXF}spell")] == [("2022-12-01", "2022-12-31")]
    assault = edges["country:RUS", "country:UKR"]
    assert [(s.get("start"), s.get("end")) for s in assault.iter(f"{GEXF}spell")] == [
        ("2022-12-02", "2022-12-02"), ("2023-01-08", "2023-01-08")]
    usa = [n for n in g.iter(f"{GEXF}node") if n.get("id") == "country:USA"][0]
    assert usa.get("label") == "États-Unis"
    # 2022 (the sanction) swallows the week and the month of December: one merged spell
    assert [(s.get("start"), s.get("end")) for s in usa.iter(f"{GEXF}spell")] == [("2022-01-01", "2022-12-31")]
    back = nx.read_gexf(io.BytesIO(written(write_gexf, graph)))
    assert back.number_of_nodes() == 5 and back.number_of_edges() == 8
    assert back.nodes["country:RUS"]["label"] == "Russie"


def test_gexf_events_have_their_date_as_start(graph):
    root = check_gexf(written(write_gexf, graph, aggregate=False))
    starts = {e.get("label"): (e.get("start"), e.get("end")) for e in root.iter(f"{GEXF}edge")
              if e.get("source") == "country:RUS"}
    assert starts["THREATEN"] == ("2022-11-28", "2022-11-28")
    assert starts["CONSULT"] == ("2022-12-01", "2022-12-31")
    week = [e for e in root.iter(f"{GEXF}edge") if e.get("label") == "ACCUSE"][0]
    assert (week.get("start"), week.get("end")) == ("2022-11-21", "2022-11-27")
    back = nx.read_gexf(io.BytesIO(written(write_gexf, graph, aggregate=False)))
    assert back.number_of_edges() == 10


def test_gexf_without_dates_is_static():
    actors = (Actor(ref="A1", kind="COUNTRY", name="Mali", code="MLI"),
              Actor(ref="A2", kind="COUNTRY", name="France", code="FRA"))
    g = ActorGraph([ArticleResult(doc_id="x", actors=actors, events=(Event(type="REJECT", source="A1", target="A2"),))])
    root = check_gexf(written(write_gexf, g))
    assert root.find(f"{GEXF}graph").get("mode") == "static"
    assert root.find(f"{GEXF}graph").get("timeformat") is None


def test_csv_tables(graph):
    nodes, edges = csv_pair(graph)
    node_rows = list(csv.DictReader(io.StringIO(nodes)))
    edge_rows = list(csv.DictReader(io.StringIO(edges)))
    assert [r["id"] for r in node_rows] == list(graph)
    assert list(node_rows[0])[:2] == ["id", "label"]
    assert list(edge_rows[0])[:3] == ["id", "source", "target"]
    assert len(edge_rows) == 10 and len({r["id"] for r in edge_rows}) == 10
    consult = [r for r in edge_rows if r["key"] == "CONSULT@2022-12" and r["target"] == "country:USA"][0]
    assert (consult["doc_ids"], consult["reports"], consult["confidence"]) == ("a1|a2", "3", "0.9")
    _, dyads = csv_pair(graph, aggregate=True)
    assert len(list(csv.DictReader(io.StringIO(dyads)))) == 8


def test_node_link_json_reads_back_with_networkx(graph):
    data = json.loads(written_text(write_node_link, graph))
    assert data["graph"]["articles"] == {"a1": "2022-11-28", "a2": "2022-12-02", "a3": "2023-01-10"}
    g = nx.node_link_graph(data, edges="edges")
    assert g.is_multigraph() and g.number_of_edges() == 10
    assert g.nodes["country:RUS"]["aliases"] == ["Moscou", "le Kremlin"]
    agg = nx.node_link_graph(json.loads(written_text(write_node_link, graph, aggregate=True)), edges="edges")
    assert not agg.is_multigraph() and agg.number_of_edges() == 8


def test_pandas_tables(graph):
    pytest.importorskip("pandas")
    events = to_pandas(graph)
    assert events.shape[0] == 10 and list(events.columns[:4]) == ["id", "source", "target", "key"]
    assert set(events["polarity"]) == {"positive", "negative"}
    actors = to_pandas(graph, "actors")
    assert list(actors["id"]) == list(graph) and "label" in actors.columns
    dyads = to_pandas(graph, "dyads")
    assert dyads.shape[0] == 8 and dyads["weight"].sum() == 9
    empty = to_pandas(ActorGraph())
    assert empty.shape[0] == 0 and "type" in empty.columns
    with pytest.raises(ValueError):
        to_pandas(graph, "mentions")


def test_pandas_is_optional(graph, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ExportError, match="pip install pandas"):
        to_pandas(graph)


def test_importing_newsgraph_loads_neither_pandas_nor_igraph():
    code = "import sys, newsgraph; print('pandas' in sys.modules, 'igraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_empty_graph_exports():
    g = ActorGraph()
    check_graphml(written(write_graphml, g), multigraph=False)
    check_graphml(written(write_graphml, g, aggregate=False), multigraph=True)
    assert read_graphml(io.BytesIO(written(write_graphml, g, aggregate=False))).number_of_nodes() == 0
    check_gexf(written(write_gexf, g))
    nodes, edges = csv_pair(g)
    assert nodes == "id,label,name,kind,code,country,role,aliases,mentions,articles,untargeted_events\n"
    assert edges.startswith("id,source,target,key,type,plover,")
    assert json.loads(written_text(write_node_link, g))["nodes"] == []


def test_write_errors_are_export_errors(graph, tmp_path):
    missing = tmp_path / "no" / "such" / "dir" / "g.graphml"
    with pytest.raises(ExportError):
        write_graphml(graph, missing)
    with pytest.raises(ExportError):
        write_gexf(graph, missing)
    with pytest.raises(ExportError):
        write_csv(graph, missing, missing)
    with pytest.raises(ExportError):
        write_node_link(graph, missing)


# ------------------------------------------------------------------ reading


def test_read_graphml_refuses_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    payload = f"""<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed"><node id="a"><data key="label">&xxe;</data></node></graph>
</graphml>""".encode()
    path = tmp_path / "xxe.graphml"
    path.write_bytes(payload)
    with pytest.raises(RecordError, match="DOCTYPE") as info:
        read_graphml(path)
    assert "TOP-SECRET" not in str(info.value)
    # what the module documentation says of networkx: etree never resolves external entities
    with pytest.raises(ET.ParseError, match="undefined entity"):
        nx.parse_graphml(payload)


def test_read_graphml_refuses_entity_expansion():
    payload = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
<node id="&lol2;"/></graph></graphml>"""
    with pytest.raises(RecordError, match="DOCTYPE"):
        read_graphml(io.BytesIO(payload))


def test_read_graphml_errors(graph, tmp_path):
    with pytest.raises(RecordError, match="<stream>: not readable as GraphML"):
        read_graphml(io.BytesIO(b"<graphml><graph>"))
    with pytest.raises(RecordError, match="not well-formed"):
        read_graphml(io.BytesIO(b"<?xml version='1.0'?><<graphml/>"))
    with pytest.raises(RecordError, match="aggregate=False"):
        read_graphml(io.BytesIO(written(write_graphml, graph)))
    with pytest.raises(OSError):
        read_graphml(tmp_path / "missing.graphml")
    with pytest.raises(RecordError):
        read_graphml(io.BytesIO(b"<graphml><graph><data key='nokey'>x</data></graph></graphml>"))


# ------------------------------------------------------ hostile characters

WEIRD = st.sampled_from([
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\ud800", "\udfff", "\ud83d",
    "\ue000", "\uf8ff", "\U000f0000", "\U0010fffd", "\ufffe", "\uffff", "\r", "\r\n", "\n", "\t",
    "|", "¦", "&", "&amp;", "<", ">", '"', "'", "]]>", "é", "😀", " ", "", "null", "NaN",
])
TEXT = st.lists(st.one_of(WEIRD, st.characters(exclude_categories=())), max_size=8).map("".join)
DATES = st.one_of(st.none(), st.sampled_from(["2022-11-28", "2022-W47", "2022-12", "2022", "2021-W53", "hier"]), TEXT)
NUMBERS = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 5))


@st.composite
def hostile_results(draw) -> list[ArticleResult]:
    results = []
    for _ in range(draw(st.integers(1, 3))):
        actors = []
        for i in range(draw(st.integers(1, 4))):
            kind = draw(st.sampled_from(ACTOR_KINDS))
            actors.append(Actor(
                ref=f"A{i + 1}", kind=kind, name=draw(TEXT), aliases=tuple(draw(st.lists(TEXT, max_size=2))),
                code=draw(st.one_of(st.none(), TEXT)), country=draw(st.one_of(st.none(), TEXT)),
                role=draw(st.one_of(st.none(), TEXT)), id=draw(st.one_of(st.just(""), TEXT))))
        refs = st.sampled_from([a.ref for a in actors] + [None, "A9"])
        events = [Event(
            type=draw(st.sampled_from(sorted(EVENT_TYPES))), source=draw(refs), target=draw(refs),
            modality=draw(st.sampled_from(MODALITIES)), polarity=draw(st.sampled_from(POLARITIES)),
            date=draw(DATES), speaker=draw(refs), trigger=draw(st.one_of(st.none(), TEXT)),
            evidence=draw(st.one_of(st.none(), TEXT)), cameo=draw(st.one_of(st.none(), TEXT)),
            rule=draw(st.one_of(st.none(), TEXT)), confidence=draw(NUMBERS),
            trigger_start=draw(st.one_of(st.none(), st.integers(0, 10)))) for _ in range(draw(st.integers(0, 5)))]
        results.append(ArticleResult(
            doc_id=draw(st.one_of(st.none(), TEXT)), published=draw(st.one_of(st.none(), st.dates())),
            title=draw(st.one_of(st.none(), TEXT)), actors=tuple(actors), events=tuple(events),
            text=draw(st.one_of(st.none(), TEXT))))
    return results


HYPOTHESIS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@HYPOTHESIS
@given(hostile_results())
def test_xml_writers_never_emit_invalid_xml(results):
    g = ActorGraph(results)
    for aggregate in (True, False):
        data = written(write_graphml, g, aggregate=aggregate)
        check_graphml(data, multigraph=not aggregate)
        nx.read_graphml(io.BytesIO(data))
        check_gexf(written(write_gexf, g, aggregate=aggregate))
    back = read_graphml(io.BytesIO(written(write_graphml, g, aggregate=False)))
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    clean_ids = [n for n in g if n and xml_safe(n) == n]
    for n in clean_ids:
        assert back.node(n)["label"] == xml_safe(g.node(n)["label"])
    evidence = Counter(xml_safe(d["evidence"]) for *_, d in g.edges() if d["evidence"] is not None)
    assert evidence == Counter(d["evidence"] for *_, d in back.edges() if d["evidence"] is not None)
    again = read_graphml(io.BytesIO(written(write_graphml, back, aggregate=False)))
    assert nx.utils.graphs_equal(again.to_networkx(), back.to_networkx())


@HYPOTHESIS
@given(hostile_results())
def test_graphml_from_hostile_input_reads_with_igraph(results):
    igraph = pytest.importorskip("igraph")
    g = ActorGraph(results)
    with tempfile.TemporaryDirectory() as folder:
        for aggregate in (True, False):
            path = Path(folder) / f"g{aggregate}.graphml"
            write_graphml(g, path, aggregate=aggregate)
            ig = igraph.Graph.Read_GraphML(str(path))
            assert ig.vcount() == g.number_of_nodes()
            assert ig.ecount() == (g.aggregate().number_of_edges() if aggregate else g.number_of_edges())


@HYPOTHESIS
@given(hostile_results())
def test_text_writers_never_emit_invalid_json_or_csv(results):
    g = ActorGraph(results)
    for aggregate in (False, True):
        text = written_text(write_node_link, g, aggregate=aggregate)
        text.encode("utf-8")  # no lone surrogate
        nx.node_link_graph(json.loads(text), edges="edges")
        nodes, edges = csv_pair(g, aggregate=aggregate)
        for table, n_rows in ((nodes, g.number_of_nodes()), (edges, None)):
            table.encode("utf-8")
            assert not XML_FORBIDDEN.search(table)
            rows = list(csv.reader(io.StringIO(table)))
            if n_rows is not None and rows:
                assert len(rows) == n_rows + 1
    lines = written_text(write_jsonl, results, include_text=True).encode("utf-8").decode("utf-8").splitlines()
    assert len(lines) == len(results)
    for line in lines:
        json.loads(line, parse_constant=lambda c: pytest.fail(f"non-standard JSON constant {c}"))


@HYPOTHESIS
@given(TEXT)
def test_xml_safe_and_json_safe(text):
    clean = xml_safe(text)
    assert not XML_FORBIDDEN.search(clean) and "\r" not in clean
    assert xml_safe(clean) == clean
    ET.fromstring(ET.tostring(ET.Element("x", a=clean)))
    json.dumps(json_safe(text), ensure_ascii=False).encode("utf-8")


# ------------------------------------------------------------ dev articles


def _check_dev_graph(graph: ActorGraph, tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph")
    assert graph.find("Russie") == ["country:RUS"]
    russia = [n for n, d in graph.nodes() if d["code"] == "RUS" or fold(d["label"] or "") == "russie"]
    assert russia == ["country:RUS"], "Russia is one node"
    assert graph.node("country:RUS")["articles"] >= 3
    for aggregate in (True, False):
        path = tmp_path / f"dev-{aggregate}.graphml"
        write_graphml(graph, path, aggregate=aggregate)
        check_graphml(path.read_bytes(), multigraph=not aggregate)
        g = nx.read_graphml(path)
        ig = igraph.Graph.Read_GraphML(str(path))
        expected_edges = graph.aggregate().number_of_edges() if aggregate else graph.number_of_edges()
        assert g.number_of_nodes() == ig.vcount() == graph.number_of_nodes()
        assert g.number_of_edges() == ig.ecount() == expected_edges
        assert all(d.get("label") for _, d in g.nodes(data=True)), "every node has a label"
        assert all(ig.vs["label"])
        assert "country:RUS" in g
    back = read_graphml(tmp_path / "dev-False.graphml")
    assert nx.utils.graphs_equal(back.to_networkx(), graph.to_networkx())
    check_gexf(written(write_gexf, graph))
    check_gexf(written(write_gexf, graph, aggregate=False))


def test_dev_gold_graph(tmp_path):
    records = [json.loads(line) for path in (shared(GOLD_SEED), shared(GOLD_DEV))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    graph = ActorGraph(ArticleResult.from_dict(r) for r in records)
    assert len(graph.articles) == 11
    assert graph.number_of_edges() > 100
    _check_dev_graph(graph, tmp_path)


def test_dev_extracted_graph(nlp, tmp_path):
    records = [json.loads(line) for path in (shared(GOLD_SEED), shared(GOLD_DEV))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(text=r["text"], doc_id=r["doc_id"], published=r.get("published"), title=r.get("title"))
                for r in records]
    graph = ActorGraph(newsgraph.extract_many(articles, nlp=nlp))
    assert len(graph.articles) == 11
    _check_dev_graph(graph, tmp_path)


# --------------------------------------------------------------------- CLI


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv", "json"])
def test_cli_extract_formats(fmt, tmp_path, nlp):
    out = tmp_path / f"out.{fmt}"
    assert main(["extract", str(DEMO), "--format", fmt, "-o", str(out)]) == 0
    if fmt == "graphml":
        assert "country:USA" in nx.read_graphml(out)
    elif fmt == "gexf":
        assert "country:USA" in nx.read_gexf(out)
    elif fmt == "csv":
        nodes = (tmp_path / "out-nodes.csv").read_text(encoding="utf-8")
        assert "country:USA" in nodes and (tmp_path / "out-edges.csv").exists()
    else:
        assert "country:USA" in nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")


def test_cli_json_to_stdout_and_missing_output(capsys, nlp):
    assert main(["extract", str(DEMO), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["multigraph"] is True
    assert main(["extract", str(DEMO), "--format", "gexf"]) == 1
    assert "needs -o" in capsys.readouterr().err


def test_public_names_are_exported():
    for name in ("read_graphml", "to_pandas", "write_csv", "write_gexf", "write_graphml", "write_node_link"):
        assert name in newsgraph.__all__


def test_dates_in_exports_are_iso(graph):
    g = nx.read_graphml(io.BytesIO(written(write_graphml, graph)))
    for _, _, d in g.edges(data=True):
        assert date_span(d["first_date"]).granularity == "day"
        assert date.fromisoformat(d["last_date"])


# ------------------------------------------------------ linked actors, atomic writes (issue #15)


def linked_sample() -> ActorGraph:
    """The sample graph, plus an actor only mentioned and a pair whose only event is negated."""
    mentioned = ArticleResult(doc_id="a4", published=date(2023, 2, 1), actors=(
        Actor(ref="A1", kind="PERSON", name="Jean Dupont"),
        Actor(ref="A2", kind="COUNTRY", name="Mali", code="MLI"),
        Actor(ref="A3", kind="COUNTRY", name="France", code="FRA")),
        events=(Event(type="ASSAULT", source="A2", target="A3", polarity="negative"),))
    return ActorGraph([*sample_results(), mentioned])


def exported_nodes(fmt: str, graph: ActorGraph, tmp_path: Path, **kwargs) -> set[str]:
    path = tmp_path / f"g.{fmt}"
    if fmt == "graphml":
        write_graphml(graph, path, **kwargs)
        return set(nx.read_graphml(path, force_multigraph=True))
    if fmt == "gexf":
        write_gexf(graph, path, **kwargs)
        return set(nx.read_gexf(path))
    if fmt == "csv":
        write_csv(graph, path, tmp_path / "edges.csv", **kwargs)
        return {row["id"] for row in csv.DictReader(path.open(encoding="utf-8"))}
    write_node_link(graph, path, **kwargs)
    return {node["id"] for node in json.loads(path.read_text(encoding="utf-8"))["nodes"]}


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv", "json"])
@pytest.mark.parametrize("aggregate", [True, False])
def test_linked_only_leaves_out_the_actors_without_an_edge(fmt, aggregate, tmp_path):
    graph = linked_sample()
    everyone = set(graph)
    assert {"person:jean dupont", "country:MLI", "country:FRA", "country:A9"} - everyone == {"country:A9"}
    assert exported_nodes(fmt, graph, tmp_path, aggregate=aggregate) == everyone
    linked = exported_nodes(fmt, graph, tmp_path, aggregate=aggregate, linked_only=True)
    # an edge of the file: the aggregated pairs count positive events only; every event is an edge otherwise
    expected = everyone - {"person:jean dupont"} - ({"country:MLI", "country:FRA"} if aggregate else set())
    assert linked == expected


def test_linked_only_keeps_the_edges_and_their_times(tmp_path):
    graph = linked_sample()
    full, linked = io.BytesIO(), io.BytesIO()
    write_gexf(graph, full)
    write_gexf(graph, linked, linked_only=True)
    g_full, g_linked = nx.read_gexf(io.BytesIO(full.getvalue())), nx.read_gexf(io.BytesIO(linked.getvalue()))
    assert sorted(g_full.edges(data=True)) == sorted(g_linked.edges(data=True))
    assert {n: d for n, d in g_full.nodes(data=True) if n in g_linked} == dict(g_linked.nodes(data=True))
    check_gexf(linked.getvalue())


class _FullDisk:
    """A file that takes ``room`` bytes (or characters), then fails as a full disk does."""

    def __init__(self, fh, room: int = 64) -> None:
        self.fh, self.room = fh, room

    def write(self, data):
        if len(data) > self.room:
            self.fh.write(data[:self.room])
            self.room = 0
            raise OSError(28, "No space left on device")
        self.room -= len(data)
        return self.fh.write(data)

    def __getattr__(self, name):
        return getattr(self.fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv", "json"])
def test_library_writers_given_a_path_are_atomic(fmt, graph, tmp_path, monkeypatch):
    """A write replaces the whole file at once; a failure leaves the file as it was and no temporary file."""
    import builtins

    target, edges = tmp_path / f"out.{fmt}", tmp_path / "out-edges.csv"
    for path in (target, edges):
        path.write_text("before", encoding="utf-8")

    def write():
        if fmt == "graphml":
            write_graphml(graph, target)
        elif fmt == "gexf":
            write_gexf(graph, target)
        elif fmt == "csv":
            write_csv(graph, target, edges)
        else:
            write_node_link(graph, target)

    write()
    assert target.read_text(encoding="utf-8") != "before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-edges.csv", f"out.{fmt}"]
    written_before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    real_open = builtins.open

    def full_disk_open(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        return _FullDisk(fh) if "w" in mode and str(tmp_path) in str(file) else fh

    monkeypatch.setattr(builtins, "open", full_disk_open)
    real_graphml = nx.write_graphml_xml

    def graphml_on_a_full_disk(g, path, **kwargs):  # networkx keeps its own reference to open()
        with full_disk_open(path, "wb") as fh:
            real_graphml(g, fh, **kwargs)

    monkeypatch.setattr(nx, "write_graphml_xml", graphml_on_a_full_disk)
    named = edges if fmt == "csv" else target
    with pytest.raises(ExportError, match=re.escape(f"to {named}: ") + ".*No space left on device") as info:
        write()
    monkeypatch.undo()
    assert ".tmp" not in str(info.value)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == written_before  # nothing changed, nothing left


def test_atomic_path_follows_links_and_writes_devices_directly(tmp_path):
    from newsgraph.readwrite import atomic_path

    (tmp_path / "real.txt").write_text("old", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    with atomic_path(tmp_path / "link.txt") as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".real.txt.")
        tmp.write_text("new", encoding="utf-8")
    assert (tmp_path / "link.txt").is_symlink() and (tmp_path / "real.txt").read_text(encoding="utf-8") == "new"
    with atomic_path(Path(os.devnull)) as direct:
        assert direct == Path(os.devnull)
    with pytest.raises(RuntimeError), atomic_path(tmp_path / "real.txt") as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("stop")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]
    assert (tmp_path / "real.txt").read_text(encoding="utf-8") == "new"


def test_cli_graph_formats_leave_out_unlinked_actors_by_default(tmp_path, capsys, nlp):
    src = tmp_path / "a.txt"
    src.write_text("La Russie a accusé l'Ukraine. Emmanuel Macron était à Berlin avec l'ONU.", encoding="utf-8")
    records = list(newsgraph.extract_many(newsgraph.read_articles(src), nlp=nlp))
    graph = ActorGraph(records)
    aggregated = graph.aggregate()
    linked = {n for n in aggregated if aggregated.degree(n)}
    assert linked and linked != set(graph), "the sentence needs actors with and without an edge"
    out = tmp_path / "g.graphml"
    for options, expected in (([], linked), (["--linked-only"], linked), (["--no-linked-only"], set(graph))):
        assert main(["extract", str(src), "--format", "graphml", "-o", str(out), *options]) == 0
        assert set(nx.read_graphml(out)) == expected, options
        err = capsys.readouterr().err
        assert ("have no edge and are left out (--no-linked-only keeps them)" in err) == (options == []), err
    assert main(["extract", str(src), "--format", "csv", "-o", str(tmp_path / "t")]) == 0  # tables keep everyone
    assert {r["id"] for r in csv.DictReader((tmp_path / "t-nodes.csv").open(encoding="utf-8"))} == set(graph)
