"""Rich displays, plots and the interactive viewer: escaping, overlaps, offline rendering."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph import ActorGraph, GraphView, write_html
from newsgraph.display import render_article, render_graph
from newsgraph.graph import _demo_graph
from newsgraph.types import Actor, ArticleResult, Event, Mention, Timex
from newsgraph.viz import graph_html

EVIL = '</script><script>alert("x")</script> & <b>'


class _Text(HTMLParser):
    """The text a reader sees inside the highlighted article, label tags left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside the text block
        self.skip = 0  # inside a label span
        self.stack: list[bool] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        is_text = tag == "div" and "pre-wrap" in (attrs.get("style") or "")
        is_label = attrs.get("class") == "ng-label"
        self.stack.append((is_text, is_label))
        self.depth += is_text
        self.skip += is_label

    def handle_endtag(self, tag):
        is_text, is_label = self.stack.pop()
        self.depth -= is_text
        self.skip -= is_label

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def visible_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return "".join(parser.parts)


def _result(text: str, mentions=(), timexes=(), events=(), actors=()) -> ArticleResult:
    return ArticleResult(doc_id="d1", text=text, actors=tuple(actors), mentions=tuple(mentions),
                         timexes=tuple(timexes), events=tuple(events))


# --------------------------------------------------------------------------- article


def test_everything_is_escaped():
    actor = Actor(ref="A1", kind="ORGANISATION", name=EVIL, aliases=(EVIL,), role=EVIL)
    text = f"{EVIL} a attaqué {EVIL}."
    result = _result(
        text,
        mentions=[Mention(start=0, end=len(EVIL), text=EVIL, kind="ORGANISATION", actor="A1")],
        timexes=[Timex(text=EVIL, value=EVIL, start=len(EVIL) + 12, end=len(text) - 1)],
        events=[Event(type="ASSAULT", source="A1", target="A1", trigger=EVIL, evidence=EVIL, rule=EVIL)],
        actors=[actor],
    )
    page = render_article(result)
    assert "<script" not in page and "</script" not in page and "<b>" not in page.replace("<b>" + html.escape(EVIL), "")
    assert visible_text(page) == text


def test_nested_mentions_show_the_outermost():
    text = "La Banque de France a prêté."
    org = Mention(start=3, end=19, text="Banque de France", kind="ORGANISATION")
    inner = Mention(start=13, end=19, text="France", kind="COUNTRY", actor="A1")
    for order in ([org, inner], [inner, org]):
        page = render_article(_result(text, mentions=order))
        assert page.count('data-kind="ORGANISATION"') == 1
        assert 'data-kind="COUNTRY"' not in page
        assert visible_text(page) == text


def test_partial_overlaps_and_bad_offsets_are_safe():
    text = "Moscou et Kiev"
    mentions = [
        Mention(start=0, end=9, text="Moscou et", kind="COUNTRY"),
        Mention(start=7, end=14, text="et Kiev", kind="COUNTRY"),  # overlaps the first: left out
        Mention(start=10, end=99, text="Kiev", kind="COUNTRY"),  # past the end: left out
        Mention(start=-3, end=2, text="Mo", kind="COUNTRY"),  # before the start: left out
        Mention(start=5, end=5, text="", kind="PERSON"),  # empty: left out
    ]
    page = render_article(_result(text, mentions=mentions))
    assert page.count("<mark") == 1
    assert visible_text(page) == text


def test_trigger_inside_a_mention_and_a_timex():
    text = "Lundi, la Russie a nié."
    result = _result(
        text,
        actors=[Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS")],
        mentions=[Mention(start=10, end=16, text="Russie", kind="COUNTRY", actor="A1")],
        timexes=[Timex(text="Lundi", value="2022-11-28", start=0, end=5)],
        events=[Event(type="REJECT", source="A1", trigger="a nié", evidence="la Russie a nié",
                      trigger_start=17, trigger_end=22, sentence_start=0, sentence_end=23),
                Event(type="REJECT", source="A1", trigger="Russie", trigger_start=10, trigger_end=16)],
    )
    page = render_article(result)
    assert visible_text(page) == text
    assert page.count('data-kind="TRIGGER"') == 1  # the second trigger lies inside a mention
    assert "« la Russie <b>a nié</b> »" in page
    assert "2022-11-28" in page


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab<>&\"' \né"), min_size=0, max_size=40),
    spans=st.lists(st.tuples(st.integers(-5, 45), st.integers(-5, 45),
                             st.sampled_from(["PERSON", "COUNTRY", "ORGANISATION", "LOCATION", "MISC", "TIMEX"])),
                   max_size=8),
)
def test_any_spans_keep_the_text(text, spans):
    mentions = [Mention(start=s, end=e, text="x", kind=k) for s, e, k in spans if k != "TIMEX"]
    timexes = [Timex(text="x", value="2020", start=s, end=e) for s, e, k in spans if k == "TIMEX"]
    page = render_article(_result(text, mentions=mentions, timexes=timexes))
    assert visible_text(page) == text
    assert page.count("<mark") == page.count("</mark>")


def test_record_without_text_shows_tables():
    gold = ArticleResult.from_dict({"doc_id": "g", "actors": [{"ref": "A1", "kind": "COUNTRY", "code": "MLI",
                                                              "name": "Mali"}], "events": [], "timexes": []})
    page = gold._repr_html_()
    assert "Mali" in page and "pre-wrap" not in page


def test_seed_article_renders(seed_result):
    page = seed_result._repr_html_()
    assert page == render_article(seed_result)
    assert visible_text(page) == seed_result.text
    assert page.count("<mark") >= len(seed_result.actors)


# --------------------------------------------------------------------------- graph


def test_graph_summary():
    g = _demo_graph()
    page = g._repr_html_()
    assert page == render_graph(g)
    assert "3 actors" in page and "Russie — Ukraine" in page and "1 negated events" in page


def test_graph_summary_escapes_and_handles_empty():
    assert "0 actors" in render_graph(ActorGraph())
    evil = Actor(ref="A1", kind="PERSON", name=EVIL)
    other = Actor(ref="A2", kind="COUNTRY", name="Mali", code="MLI")
    g = ActorGraph([ArticleResult(doc_id="d", actors=(evil, other),
                                  events=(Event(type="AID", source="A1", target="A2"),))])
    page = render_graph(g)
    assert "<script" not in page and html.escape(EVIL) in page


# --------------------------------------------------------------------------- viewer


def _page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_viewer_is_self_contained_and_escapes_data():
    evil = Actor(ref="A1", kind="PERSON", name=EVIL)
    other = Actor(ref="A2", kind="COUNTRY", name="Mali", code="MLI")
    g = ActorGraph([ArticleResult(doc_id="d", actors=(evil, other),
                                  events=(Event(type="AID", source="A1", target="A2", evidence=EVIL),))])
    page = graph_html(g, title=EVIL)
    assert page.count("</script>") == 2  # the data block and the script, nothing injected
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page)
    assert "@import" not in page and "url(http" not in page
    data = _page_data(page)
    assert {n["label"] for n in data["nodes"]} == {EVIL, "Mali"}
    assert data["edges"][0]["events"][0]["evidence"] == EVIL


def test_graph_view_in_a_notebook(tmp_path):
    g = _demo_graph()
    view = GraphView(g, height=300, n=2)
    frame = view._repr_html_()
    srcdoc = re.fullmatch(r'<iframe srcdoc="([^"]*)" .*</iframe>', frame, re.S)
    assert srcdoc and html.unescape(srcdoc.group(1)) == view.html
    assert len(_page_data(view.html)["nodes"]) == 2
    view.save(tmp_path / "v.html")
    write_html(g, tmp_path / "w.html", n=2)
    assert (tmp_path / "v.html").read_text(encoding="utf-8") == (tmp_path / "w.html").read_text(encoding="utf-8")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium to check the viewer in a headless browser")
def test_viewer_renders_offline_in_headless_chromium(tmp_path):
    page = tmp_path / "actors.html"
    write_html(_demo_graph(), page)
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom",
               page.as_uri()]
    out = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert 'data-ready="3"' in out.stdout, out.stderr[-2000:]
    assert out.stdout.count("<circle") == 3


# --------------------------------------------------------------------------- plots


@pytest.fixture()
def plt():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def test_plots_draw_and_return_axes(plt):
    from newsgraph import draw_graph, plot_dyad_timeline, plot_event_types

    g = _demo_graph()
    fig, axes = plt.subplots(1, 3)
    assert draw_graph(g, ax=axes[0], layout="circular") is axes[0]
    assert plot_dyad_timeline(g, "country:RUS", "country:USA", freq="year", ax=axes[1]) is axes[1]
    assert plot_event_types(g, ax=axes[2], polarity=None) is axes[2]
    assert [t.get_text() for t in axes[2].get_yticklabels()] == ["CONSULT", "ACCUSE", "THREATEN", "ASSAULT"]
    with pytest.raises(KeyError):
        plot_dyad_timeline(g, "country:RUS", "country:XXX")
    with pytest.raises(TypeError):
        plot_dyad_timeline(g, "country:RUS", "country:USA", quad_class="verbal conflict")
    with pytest.raises(ValueError):
        draw_graph(g, layout="nowhere")


def test_plots_of_nothing(plt):
    from newsgraph import draw_graph, plot_dyad_timeline, plot_event_types

    assert draw_graph(ActorGraph()).texts[0].get_text() == "no events to draw"
    assert plot_event_types([]).texts[0].get_text() == "no events"
    rus = Actor(ref="A1", kind="COUNTRY", name="Russie", code="RUS")
    usa = Actor(ref="A2", kind="COUNTRY", name="États-Unis", code="USA")
    g = ActorGraph([ArticleResult(doc_id="d", actors=(rus, usa), events=(Event(type="AID", source="A1", target="A2"),))])
    assert "no event dated" in plot_dyad_timeline(g, "country:RUS", "country:USA").texts[0].get_text()


def test_event_types_from_results(plt, seed_result):
    from newsgraph import plot_event_types

    ax = plot_event_types([seed_result], polarity=None)
    assert sum(int(p.get_width()) for p in ax.patches) == len(seed_result.events)
