"""Reliability (issue #9): any input, no crash, nothing lost, valid output every time.

- the mixed folder: every kind of bad input next to good articles, through the CLI;
- property tests: ingestion never raises anything but an InputError and always
  gives clean NFC text; chunking covers the text and merges consistently;
- determinism: the same input gives byte-identical output, in one process and
  across processes with different hash seeds;
- the language guess, measured on the shared corpus and on other languages;
- one article that crashes spaCy, or anything else, does not stop the others.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph import (
    ActorGraph,
    ArticleResult,
    EmptyTextError,
    ExtractionError,
    InputError,
    InputWarning,
    read_articles,
    write_csv,
    write_gexf,
    write_graphml,
    write_jsonl,
    write_node_link,
)
from newsgraph import chunking
from newsgraph.cli import main
from newsgraph.pipeline import error_report
from newsgraph.ingest import check_published, clean_text, coerce_article, decode_bytes
from newsgraph.language import detect_language

from .conftest import FIXTURES, ROOT, SHARED

CORPUS = SHARED / "corpus" / "winer-fr.jsonl"
FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
# NEWSGRAPH_EXAMPLES=5000 pytest tests/test_robustness.py -k "gives or covers or merge or never" to search longer
HYPOTHESIS = settings(max_examples=int(os.environ.get("NEWSGRAPH_EXAMPLES", "150")), deadline=None,
                      suppress_health_check=[HealthCheck.too_slow])

GOOD = {
    "good-accusation": "Ukraine : accusations\n\n23 juin 2018 . – La Russie a accusé l'Ukraine d'avoir violé le "
                       "cessez-le-feu. Le ministre ukrainien a rejeté ces accusations lundi.",
    "good-sanctions": "Les États-Unis ont sanctionné l'Iran mardi, a annoncé le Trésor américain.",
    "good-visit": "Le président français s'est rendu à Berlin, où il a rencontré la chancelière allemande.",
}
PARAGRAPH = ("Le Premier ministre japonais a rencontré le président sud-coréen à Séoul, où les deux dirigeants ont "
             "signé un accord de coopération militaire. La Chine a condamné cet accord mercredi.")


def build_mixed_folder(folder: Path) -> dict[str, list[str]]:
    """One file per bad case next to good articles; returns the names expected in the output and on stderr."""
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    # read, with a warning: each is in the output and named on stderr
    (folder / "latin1.txt").write_bytes(
        "L'Élysée a condamné l'attaque menée à Kaboul, a déclaré le président français.".encode("cp1252"))
    (folder / "utf16-bom.txt").write_bytes(
        "La Chine a protesté auprès du Japon après la visite du Premier ministre.".encode("utf-16"))
    (folder / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>Mali</title><script>var x = '<p>';</script><style>p {}</style></head>"
        "<body><nav><a href='/'>Accueil</a></nav><p>Le Mali a rompu ses relations avec la France, a annoncé le "
        "gouvernement de Bamako &agrave; la t&eacute;l&eacute;vision.</p></body></html>", encoding="utf-8")
    (folder / "english.txt").write_text(
        "The United States said on Monday that it would not attend the talks in Geneva, and accused Russia of "
        "blocking a resolution at the United Nations. The president said he was disappointed.", encoding="utf-8")
    (folder / "controls.txt").write_text(
        "La Turquie\x00 a\x07 menacé\x1b la Grèce\ue000\U000f0001 de représailles\x0c mercredi\u200b.\x7f",
        encoding="utf-8")
    (folder / "huge.txt").write_text("Corée : un long article\n\n" + "\n\n".join([PARAGRAPH] * 12), encoding="utf-8")
    records = [
        {"doc_id": "jsonl-good", "text": "Le Maroc a rappelé son ambassadeur en Algérie.", "published": "2021-08-24"},
        "{this is not json",
        {"doc_id": "jsonl-no-text", "title": "sans texte"},
        {"doc_id": "jsonl-wrong-type", "text": ["liste", "de", "mots"]},
        {"doc_id": "jsonl-bad-date", "text": "L'Iran a condamné la frappe d'Israël.", "published": "2021-02-30"},
        {"doc_id": "jsonl-year-zero", "text": "L'Iran a condamné la frappe d'Israël.", "published": "0000-06-01"},
        {"doc_id": "jsonl-far-future", "text": "L'Iran a condamné la frappe d'Israël.", "published": "9999-12-31"},
        {"doc_id": "jsonl-title-type", "text": "L'Iran a condamné la frappe d'Israël.", "title": 42},
    ]
    (folder / "records.jsonl").write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
        encoding="utf-8")
    # cannot be read: each is named on stderr and absent from the output
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_text(" \n\n\t  \u00a0\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "zeros.txt").write_bytes(bytes(2000))
    (folder / "shift-jis.txt").write_bytes("日本政府は月曜日に声明を発表した。東京".encode("shift_jis"))
    (folder / "only-markup.html").write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    (folder / "digits.txt").write_text("12 345 678 — 2018", encoding="utf-8")
    return {
        "output": [*GOOD, "latin1", "utf16-bom", "page", "english", "controls", "huge", "jsonl-good",
                   "jsonl-bad-date", "jsonl-year-zero", "jsonl-far-future", "jsonl-title-type"],
        "warned": ["latin1.txt", "page.html", "english.txt", "controls.txt", "huge.txt", "records.jsonl:5",
                   "records.jsonl:6", "records.jsonl:7", "records.jsonl:8"],
        # what cannot be read, named by file (a JSON line: file:line, and its doc_id when it has one)
        "failed": ["empty.txt", "whitespace.txt", "image.txt", "zeros.txt", "shift-jis.txt", "only-markup.html",
                   "digits.txt", "records.jsonl:2", "records.jsonl:3 (doc_id jsonl-no-text)",
                   "records.jsonl:4 (doc_id jsonl-wrong-type)"],
    }


@pytest.fixture
def small_pieces(nlp, monkeypatch):
    """Texts past 1,500 characters are processed in pieces (instead of writing megabytes)."""
    monkeypatch.setattr(nlp, "max_length", 1500)
    return nlp


def test_mixed_folder_through_the_cli(tmp_path, capsys, small_pieces):
    expected = build_mixed_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(tmp_path / "in"), "-o", str(out)])
    captured = capsys.readouterr()
    err = captured.err
    assert code == 2
    assert "Traceback" not in err + captured.out
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc_id"] for r in records) == sorted(expected["output"])
    errors = [line for line in err.splitlines() if line.startswith("newsgraph: error: ")]
    for name in expected["failed"]:
        assert sum(f"{os.sep}{name}: " in line for line in errors) == 1, f"{name} not reported once:\n{err}"
    assert len(errors) == len(expected["failed"])
    for name in expected["warned"]:
        assert re.search(rf"newsgraph: warning: .*{re.escape(name)}: ", err), name
    assert f"{len(expected['output'])} articles written; {len(expected['failed'])} inputs could not be processed" in err

    # the errors file: one report per failed input, with its doc_id when the line had one
    reports = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(reports) == len(expected["failed"])
    by_line = {(Path(r["file"]).name, r["line"]): r for r in reports}
    assert by_line["records.jsonl", 2]["doc_id"] is None and "invalid JSON" in by_line["records.jsonl", 2]["reason"]
    assert by_line["records.jsonl", 3]["doc_id"] == "jsonl-no-text"
    assert by_line["records.jsonl", 4]["doc_id"] == "jsonl-wrong-type"
    assert by_line["image.txt", None]["doc_id"] == "image"

    by_id = {r["doc_id"]: r for r in records}
    # a malformed publication date or metadata field loses the field, not the article
    for doc_id in ("jsonl-bad-date", "jsonl-year-zero", "jsonl-far-future"):
        assert by_id[doc_id]["published"] is None and by_id[doc_id]["events"], doc_id
        assert by_id[doc_id]["warnings"][0].startswith("published: "), doc_id
        assert by_id[doc_id]["warnings"][0].endswith("left out (relative dates need a publication date)"), doc_id
    assert by_id["jsonl-title-type"]["title"] is None
    assert by_id["jsonl-title-type"]["warnings"] == ["field 'title' must be a string, not int: 42; left out"]
    assert by_id["english"]["language"] == "en" and "English" in by_id["english"]["warnings"][0]
    assert by_id["latin1"]["warnings"] == ["not UTF-8; decoded as Windows-1252/Latin-1"]
    assert any(a["name"] == "Élysée" or "Élysée" in a["aliases"] for a in by_id["latin1"]["actors"]) or \
        by_id["latin1"]["mentions"]
    assert "HTML" in by_id["page"]["warnings"][0] and by_id["page"]["title"] == "Mali"
    assert "control" in by_id["controls"]["warnings"][0]
    assert "pieces" in by_id["huge"]["warnings"][-1]
    assert by_id["jsonl-good"]["published"] == "2021-08-24"
    short = {"jsonl-bad-date", "jsonl-year-zero", "jsonl-far-future", "jsonl-title-type"}  # too short to tell
    assert all(r["language"] == "fr" for r in records if r["doc_id"] not in short | {"english"})
    # the huge article's offsets index its whole text
    huge = next(read_articles(tmp_path / "in" / "huge.txt"))
    assert len(huge.text) > 1500
    for m in by_id["huge"]["mentions"]:
        assert huge.text[m["start"]:m["end"]] == m["text"]
    refs = {a["ref"] for a in by_id["huge"]["actors"]}
    assert all(m["actor"] in refs for m in by_id["huge"]["mentions"] if m["actor"])
    assert len({a["id"] for a in by_id["huge"]["actors"]}) == len(by_id["huge"]["actors"])


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv", "json"])
def test_mixed_folder_graph_formats(fmt, tmp_path, capsys, small_pieces):
    build_mixed_folder(tmp_path / "in")
    out = tmp_path / f"out.{fmt}"
    assert main(["extract", str(tmp_path / "in"), "--format", fmt, "-o", str(out)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    if fmt in ("graphml", "gexf"):
        ET.parse(out)
        graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        assert "country:RUS" in graph and "country:MLI" in graph
    elif fmt == "csv":
        rows = list(csv.DictReader((tmp_path / "out-nodes.csv").open(encoding="utf-8")))
        assert "country:IRN" in {r["id"] for r in rows}
    else:
        assert "country:USA" in nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")], "temporary files are removed"


def test_cli_output_is_never_half_written(tmp_path, capsys, monkeypatch, nlp):
    """An error while writing leaves no output file (nor its temporary file), only a message."""
    src = tmp_path / "a.txt"
    src.write_text(GOOD["good-sanctions"], encoding="utf-8")
    out = tmp_path / "out.graphml"

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("newsgraph.cli.write_graphml", broken)
    assert main(["extract", str(src), "--format", "graphml", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: disk on fire" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == [src]


def test_cli_names_every_input_and_escapes_control_characters(tmp_path, capsys, nlp):
    weird = tmp_path / "a\x1b[31mred\u202e.txt"
    weird.write_bytes(b"")
    assert main(["extract", str(weird), "-o", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\u202e" not in err
    assert "a\\x1b[31mred\\u202e.txt: empty text" in err


def test_cli_reports_a_missing_model_and_bad_arguments(tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit) as info:
        main(["extract", str(tmp_path), "--published", "2021-02-30"])
    assert info.value.code == 2 and "not a calendar date" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["extract", str(tmp_path), "--jobs", "0"])
    capsys.readouterr()

    def missing(*args, **kwargs):
        raise newsgraph.ModelNotFoundError("the spaCy model 'x' is not installed")

    monkeypatch.setattr("newsgraph.pipeline.load", missing)
    (tmp_path / "a.txt").write_text(GOOD["good-sanctions"], encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt")]) == 1
    err = capsys.readouterr().err
    assert "not installed" in err and "Traceback" not in err


# ------------------------------------------------------------ the done-when checks


CONTROLS = "".join(chr(c) for c in range(0x20)) + "\x7f\x85\ud800\udfff\ufffe\uffff\ue000\U000f0000"


def test_graphml_of_a_text_full_of_control_characters_parses(nlp, tmp_path):
    text = "".join(f"{word} {CONTROLS[i % len(CONTROLS)]}" for i, word in enumerate(
        "La Russie a accusé l'Ukraine mardi , a déclaré le porte-parole du Kremlin .".split(" ")))
    text = CONTROLS + text + CONTROLS
    with pytest.warns(InputWarning, match="control"):
        result = newsgraph.extract(text, nlp=nlp)
    assert {a.id for a in result.actors} >= {"country:RUS", "country:UKR"}
    path = tmp_path / "controls.graphml"
    write_graphml(ActorGraph([result]), path)
    ET.parse(path)
    write_graphml(ActorGraph([result]), path, aggregate=False)
    assert newsgraph.read_graphml(path).number_of_edges() == len(result.events)


def test_graphml_of_records_full_of_control_characters_parses(tmp_path):
    """Records read back from JSON (not cleaned by ingestion) hold anything: the writers clean them."""
    record = {"doc_id": f"d{CONTROLS}", "published": "2022-01-01", "title": CONTROLS,
              "actors": [{"ref": "A1", "kind": "COUNTRY", "name": f"Rus{CONTROLS}sie", "code": "RUS"},
                         {"ref": "A2", "kind": "PERSON", "name": CONTROLS, "id": f"person:{CONTROLS}"}],
              "events": [{"type": "ACCUSE", "source": "A1", "target": "A2", "trigger": CONTROLS,
                          "evidence": CONTROLS, "date": CONTROLS}]}
    graph = ActorGraph([ArticleResult.from_dict(record)])
    for aggregate in (True, False):
        buf = io.BytesIO()
        write_graphml(graph, buf, aggregate=aggregate)
        ET.fromstring(buf.getvalue())
        buf = io.BytesIO()
        write_gexf(graph, buf, aggregate=aggregate)
        ET.fromstring(buf.getvalue())
    text = io.StringIO()
    write_jsonl([ArticleResult.from_dict(record)], text, include_text=True)
    assert len(text.getvalue().encode("utf-8").decode("utf-8").splitlines()) == 1
    json.loads(text.getvalue())


def test_read_graphml_never_resolves_external_entities(tmp_path):
    for doctype in ('<!DOCTYPE graphml SYSTEM "http://127.0.0.1:9/graphml.dtd">',
                    '<!DOCTYPE graphml [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x"> %p;]>',
                    f'<!DOCTYPE graphml [<!ENTITY x SYSTEM "{(tmp_path / "secret").as_uri()}">]>'):
        data = f'<?xml version="1.0"?>{doctype}<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>'.encode()
        with pytest.raises(newsgraph.RecordError, match="DOCTYPE"):
            newsgraph.read_graphml(io.BytesIO(data))


# ------------------------------------------------------------------ properties

BYTES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(alphabet=st.characters(max_codepoint=0xFF), max_size=200).map(lambda t: t.encode("latin-1")),
    st.text(max_size=100).map(lambda t: t.encode("utf-16", "surrogatepass")),
    st.sampled_from([b"\x89PNG\r\n\x1a\n", b"%PDF-1.4", b"\xff\xfe", b"\xfe\xff\x00", b"\x00" * 50,
                     b"\xef\xbb\xbf", b"PK\x03\x04", "é".encode("utf-32")]),
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(["<p>", "</p>", "<br/>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#0;",
                              "&#x1;", "&nbsp;", "e", "\u0301", "\x00", "\r", "\r\n", "\u2028", "\u2029", "\x85",
                              "\ufeff", "\u00ad", "\ud800", "\ue000", " ", "\n", "La Russie", "<html>", "<?xml",
                              "<b>", "\x0c", "\U000e0001", "\U0010ffff", "Ω", "ﬁ", "Å"]),
             max_size=30).map("".join),
)


def assert_clean(text: str) -> None:
    assert isinstance(text, str) and text.strip()
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text
    bad = [c for c in text if unicodedata.category(c) in FORBIDDEN_CATEGORIES and c not in "\n\t"]
    assert not bad, bad


@HYPOTHESIS
@given(TEXT)
@example("e\x00\u0301")  # removing a control character must not leave a text that is not NFC
@example("<p>&lt;p&gt;x</p>")
def test_clean_text_gives_clean_nfc_text_or_an_input_error(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        try:
            clean = clean_text(text)
        except InputError as exc:
            assert isinstance(exc, EmptyTextError)
            return
    assert_clean(clean)
    assert any(c.isalpha() for c in clean)


@HYPOTHESIS
@given(BYTES)
def test_decode_bytes_gives_text_or_an_input_error(data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        try:
            text = decode_bytes(data, "f.txt")
        except InputError as exc:
            assert exc.source == "f.txt" and str(exc).startswith("f.txt: ")
            return
    assert isinstance(text, str)
    text.encode("utf-8", "surrogatepass")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={"text": st.one_of(TEXT, JSON_VALUES), "doc_id": JSON_VALUES,
              "published": st.one_of(st.dates().map(str), st.text(max_size=12), JSON_VALUES),
              "title": st.one_of(st.text(max_size=20), JSON_VALUES), "source": JSON_VALUES, "url": JSON_VALUES},
)


@HYPOTHESIS
@given(st.lists(st.one_of(BYTES, RECORDS.map(lambda r: json.dumps(r).encode()),
                          st.binary(max_size=40)), max_size=6), BYTES)
def test_read_articles_reads_every_file_and_names_every_failure(tmp_path_factory, lines, txt):
    folder = tmp_path_factory.mktemp("in")
    (folder / "a.jsonl").write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    (folder / "b.txt").write_bytes(txt)
    errors: list[Exception] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        articles = list(read_articles(folder, on_error=errors.append))
    for article in articles:
        assert_clean(article.text)
        assert article.published is None or date(1800, 1, 1) <= article.published <= date(2099, 12, 31)
    for error in errors:
        assert isinstance(error, InputError)
        assert error.source and error.source.startswith(str(folder)), error
    assert len(articles) + len(errors) <= len(lines) + 1


@HYPOTHESIS
@given(RECORDS)
def test_coerce_article_gives_an_article_or_an_input_error(record):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        try:
            article = coerce_article(record)
        except InputError:
            return
    assert_clean(article.text)
    assert article.doc_id is None or isinstance(article.doc_id, str)


@HYPOTHESIS
@given(st.one_of(st.text(max_size=30), st.dates().map(str), JSON_VALUES, st.dates(), st.datetimes()))
def test_check_published_gives_a_plausible_date_or_a_record_error(value):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        try:
            found = check_published(value, today=date(2024, 1, 1))
        except newsgraph.RecordError:
            return
    assert found is None or date(1800, 1, 1) <= found <= date(2099, 12, 31)


@HYPOTHESIS
@given(TEXT, st.integers(1, 120))
def test_split_text_covers_the_text_in_bounded_pieces(text, size):
    spans = chunking.split_text(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b or len(text) == 0 for a, b in spans)
    assert all(b - a <= size for a, b in spans)
    assert all(prev[1] == nxt[0] for prev, nxt in zip(spans, spans[1:]))


@st.composite
def pieces(draw):
    parts = []
    offset = 0
    names = ["Russie", "Ukraine", "Donald Trump", "Trump", "OTAN", "Ivanka Trump"]
    for _ in range(draw(st.integers(1, 4))):
        chosen = draw(st.lists(st.sampled_from(names), unique=True, max_size=4))
        actors = [{"ref": f"A{i + 1}", "kind": "PERSON" if "Trump" in n else "COUNTRY", "name": n,
                   "id": f"x:{n.casefold()}", "aliases": []} for i, n in enumerate(chosen)]
        refs = [a["ref"] for a in actors] + [None]
        mentions = [{"start": s, "end": s + 3, "text": "abc", "kind": "MISC", "actor": draw(st.sampled_from(refs))}
                    for s in draw(st.lists(st.integers(0, 50), max_size=3))]
        timexes = [{"start": 1, "end": 2, "text": "x", "fields": {}, "tense": None}]
        if draw(st.booleans()):
            timexes.append({"start": 3, "end": 4, "text": "y", "fields": {}, "tense": None, "anchor": 0})
        events = [{"type": "ACCUSE", "source": draw(st.sampled_from(refs)), "target": draw(st.sampled_from(refs)),
                   "trigger_start": 5, "trigger_end": 9, "date_timex": draw(st.sampled_from([None, 0]))}
                  for _ in range(draw(st.integers(0, 2)))]
        parts.append((offset, {"actors": actors, "mentions": mentions, "timexes": timexes, "events": events}))
        offset += 100
    return parts


@HYPOTHESIS
@given(pieces())
def test_merge_parts_keeps_offsets_and_refs_consistent(parts):
    merged = chunking.merge_parts(parts)
    refs = [a["ref"] for a in merged["actors"]]
    assert refs == [f"A{i + 1}" for i in range(len(refs))]
    assert len({a["id"] for a in merged["actors"]}) == len(refs)
    for m in merged["mentions"]:
        assert m["actor"] is None or m["actor"] in refs
    for e in merged["events"]:
        assert {e["source"], e["target"]} <= {*refs, None}
        assert e["date_timex"] is None or merged["timexes"][e["date_timex"]]["text"] == "x"
    for t in merged["timexes"]:
        assert t.get("anchor") is None or merged["timexes"][t["anchor"]]["text"] == "x"
    assert len(merged["mentions"]) == sum(len(p["mentions"]) for _, p in parts)
    starts = [m["start"] for m in merged["mentions"]]
    expected = [m["start"] + off for off, p in parts for m in p["mentions"]]
    assert starts == expected
    assert [p["actors"][0]["ref"] for _, p in parts if p["actors"]][:1] in ([], ["A1"])  # inputs untouched


@HYPOTHESIS
@given(st.text(max_size=500))
def test_detect_language_never_fails(text):
    found = detect_language(text)
    assert found is None or re.fullmatch(r"[a-z]{2}|und-[A-Z][a-z]{3}", found)


# ------------------------------------------------------------------ determinism


def _all_outputs(results: list[ArticleResult]) -> dict[str, bytes]:
    graph = ActorGraph(results)
    out: dict[str, bytes] = {}
    for aggregate in (True, False):
        buf = io.BytesIO()
        write_graphml(graph, buf, aggregate=aggregate)
        out[f"graphml-{aggregate}"] = buf.getvalue()
        buf = io.BytesIO()
        write_gexf(graph, buf, aggregate=aggregate)
        out[f"gexf-{aggregate}"] = buf.getvalue()
        nodes, edges = io.StringIO(), io.StringIO()
        write_csv(graph, nodes, edges, aggregate=aggregate)
        out[f"csv-{aggregate}"] = (nodes.getvalue() + edges.getvalue()).encode()
        text = io.StringIO()
        write_node_link(graph, text, aggregate=aggregate)
        out[f"json-{aggregate}"] = text.getvalue().encode()
    text = io.StringIO()
    write_jsonl(results, text, include_text=True)
    out["jsonl"] = text.getvalue().encode()
    return out


def test_same_input_gives_byte_identical_output(tmp_path, nlp, small_pieces):
    build_mixed_folder(tmp_path / "in")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        first = _all_outputs(list(newsgraph.extract_many(read_articles(tmp_path / "in", on_error="skip"), nlp=nlp,
                                                         on_error="skip")))
        again = _all_outputs(list(newsgraph.extract_many(read_articles(tmp_path / "in", on_error="skip"), nlp=nlp,
                                                         on_error="skip", batch_size=3)))
    assert first.keys() == again.keys()
    for name in first:
        assert first[name] == again[name], name


DETERMINISM_SCRIPT = """
import sys, warnings
from pathlib import Path
import newsgraph
from tests.test_robustness import _all_outputs
warnings.simplefilter("ignore")
folder, out = Path(sys.argv[1]), Path(sys.argv[2])
results = list(newsgraph.extract_many(newsgraph.read_articles(folder, on_error="skip"), on_error="skip"))
for name, data in sorted(_all_outputs(results).items()):
    (out / name).write_bytes(data)
"""


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    folder = tmp_path / "in"
    build_mixed_folder(folder)
    (folder / "huge.txt").unlink()
    for seed in ("1", "2"):
        (tmp_path / seed).mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", DETERMINISM_SCRIPT, str(folder), str(tmp_path / seed)],
                       cwd=ROOT, env=env, check=True, capture_output=True)
    names = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert len(names) == 9
    for name in names:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


# ------------------------------------------------------------ language guess


def test_language_of_the_french_corpus():
    if not CORPUS.exists():
        pytest.skip(f"shared data not available: {CORPUS}")
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) > 1000
    assert Counter(detect_language(r["text"]) for r in records) == {"fr": len(records)}
    sentences = [s for r in records for s in re.split(r"(?<=[.!?])\s+", r["text"]) if len(s) > 40]
    found = Counter(detect_language(s) for s in sentences)
    wrong = len(sentences) - found["fr"] - found[None]
    assert wrong / len(sentences) < 0.001, found  # measured: 2 of 11,144
    assert found[None] / len(sentences) < 0.12  # too short to tell: not warned about


def test_language_of_other_languages():
    rows = [json.loads(line) for line in (FIXTURES / "robustness" / "languages.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert {r["lang"] for r in rows} == {"en", "es", "de", "it", "pt", "nl"}
    misses = [(r["lang"], detect_language(r["text"]), r["text"][:40]) for r in rows
              if detect_language(r["text"]) != r["lang"]]
    assert not misses


@pytest.mark.parametrize("text,expected", [
    ("Военные учения начались в понедельник на юге страны.", "und-Cyrl"),
    ("وقالت وزارة الخارجية إن المحادثات ستستأنف الأسبوع المقبل", "und-Arab"),
    ("日本政府は月曜日に声明を発表した。", "ja"),
    ("中国外交部发言人周一表示反对制裁。", "und-Hani"),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "el"),
    ("", None),
    ("12 345", None),
    ("Moscou, 12 mai.", None),
    # a French article quoting English stays French
    ("Le président a déclaré : « We will not give up », avant de quitter la salle sous les applaudissements "
     "des députés de la majorité.", "fr"),
])
def test_language_by_script_and_short_texts(text, expected):
    assert detect_language(text) == expected


# ------------------------------------------------------------ isolation


class _CrashingNLP:
    """The real pipeline, except that spaCy itself raises on any text containing BOOM."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.max_length = nlp.max_length

    def _check(self, text):
        if "BOOM" in text:
            raise RuntimeError("spaCy exploded")

    def pipe(self, items, **kwargs):
        for doc, context in self.nlp.pipe(((t, c) for t, c in items), **kwargs):
            self._check(doc.text)
            yield doc, context

    def __call__(self, text):
        self._check(text)
        return self.nlp(text)


def test_one_text_that_crashes_spacy_does_not_stop_the_batch(nlp):
    texts = [GOOD["good-sanctions"], "La France a protesté. BOOM", GOOD["good-visit"],
             "Le Mali a répondu.", "BOOM encore : la Chine a refusé.", GOOD["good-accusation"]]
    errors: list[Exception] = []
    results = list(newsgraph.extract_many(texts, nlp=_CrashingNLP(nlp), on_error=errors.append, batch_size=2))
    assert [r.text for r in results] == [texts[0], texts[2], texts[3], texts[5]]
    assert [type(e) for e in errors] == [ExtractionError, ExtractionError]
    assert [e.source for e in errors] == ["item 1", "item 4"]
    assert "spaCy exploded" in str(errors[0])


def test_a_text_given_to_spacy_as_a_doc_is_processed_again_from_its_text(nlp):
    class Tokenizing(_CrashingNLP):  # newsgraph tokenizes the texts itself when the pipeline can
        def make_doc(self, text):
            return self.nlp.make_doc(text)

    texts = [GOOD["good-sanctions"], "La France a protesté. BOOM", GOOD["good-visit"]]
    errors: list[Exception] = []
    results = list(newsgraph.extract_many(texts, nlp=Tokenizing(nlp), on_error=errors.append, batch_size=3))
    assert [r.text for r in results] == [texts[0], texts[2]]
    assert [e.source for e in errors] == ["item 1"] and "spaCy exploded" in str(errors[0])
    assert _all_outputs(results) == _all_outputs(list(newsgraph.extract_many([texts[0], texts[2]], nlp=nlp)))


def test_an_unexpected_error_in_one_article_is_isolated(nlp, monkeypatch):
    from newsgraph import pipeline

    real = pipeline._resolve_timexes

    def flaky(raw, text, published):
        if "Mali" in text:
            raise ZeroDivisionError("bug")
        return real(raw, text, published)

    monkeypatch.setattr(pipeline, "_resolve_timexes", flaky)
    errors: list[Exception] = []
    items = [{"doc_id": "a", "text": "La France a protesté."}, {"doc_id": "b", "text": "Le Mali a répondu mardi."},
             {"doc_id": "c", "text": "L'Iran a refusé."}]
    results = list(newsgraph.extract_many(items, nlp=nlp, on_error=errors.append))
    assert [r.doc_id for r in results] == ["a", "c"]
    assert len(errors) == 1 and isinstance(errors[0], ExtractionError)
    assert str(errors[0]) == "b: unexpected error: ZeroDivisionError: bug"


def test_reading_errors_are_raised_after_the_results_before_them(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(GOOD["good-sanctions"], encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(GOOD["good-visit"], encoding="utf-8")
    seen = []
    with pytest.raises(EmptyTextError, match="b.txt: empty text"):
        for result in newsgraph.extract_many(read_articles(tmp_path), nlp=nlp):
            seen.append(result.doc_id)
    assert seen == ["a"]


def test_extract_many_names_items_without_doc_id(nlp):
    errors: list[Exception] = []
    list(newsgraph.extract_many(["La France a protesté.", "", {"text": None}, {"doc_id": "x", "text": " "}],
                                nlp=nlp, on_error=errors.append))
    assert [str(e) for e in errors] == ["item 1: empty text", "item 2: field 'text' must be a string, not NoneType",
                                        "x: blank text (only whitespace once cleaned)"]
    assert [error_report(e)["doc_id"] for e in errors] == [None, None, "x"]
    assert error_report(errors[2])["file"] is None


def test_a_malformed_published_takes_the_cli_default(tmp_path, capsys, nlp):
    src, out = tmp_path / "a.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"doc_id": "d", "text": "La France a protesté hier.", "published": "2021-02-30"}) + "\n",
                   encoding="utf-8")
    assert main(["extract", str(src), "--published", "2022-11-28", "-o", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["published"] == "2022-11-28" and [t["value"] for t in record["timexes"]] == ["2022-11-27"]
    assert record["warnings"] == ["published: '2021-02-30' is not a calendar date (day is out of range for month); "
                                  "left out (relative dates need a publication date)"]
    assert f"newsgraph: warning: {src}:1: published: '2021-02-30' is not a calendar date" in capsys.readouterr().err


def test_long_text_in_pieces_keeps_offsets_and_merges_actors(small_pieces, monkeypatch):
    paragraphs = [f"Paragraphe {i}. Vladimir Poutine a accusé l'Ukraine et les États-Unis de provocations, "
                  "selon le Kremlin. Poutine a menacé Kiev de représailles lundi." for i in range(40)]
    text = "\n\n".join(paragraphs)
    with pytest.warns(InputWarning, match="4 pieces"):
        result = newsgraph.extract(text, nlp=small_pieces, published="2022-11-28")
    assert len(text) > 3 * small_pieces.max_length
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
    for t in result.timexes:
        assert text[t.start:t.end] == t.text
    for e in result.events:
        assert text[e.trigger_start:e.trigger_end] == e.trigger
        assert e.evidence in text[e.sentence_start:e.sentence_end]
    # every paragraph gives the events it gives alone (the count follows the lexicon)
    alone = newsgraph.extract(paragraphs[0], nlp=small_pieces, published="2022-11-28")
    assert len(alone.events) >= 3 and len(result.events) == len(paragraphs) * len(alone.events)
    monkeypatch.setattr(small_pieces, "max_length", 1_000_000)
    whole = newsgraph.extract(text, nlp=small_pieces, published="2022-11-28")
    assert not whole.warnings
    # same actors, refs and names as in one piece; "Poutine" of later pieces is "Vladimir Poutine"
    assert [(a.ref, a.id, a.name) for a in result.actors] == [(a.ref, a.id, a.name) for a in whole.actors]
    assert [e.describe() for e in result.events] == [e.describe() for e in whole.events]
    assert {t.value for t in result.timexes} == {t.value for t in whole.timexes} == {"2022-11-28"}


def test_a_component_failure_is_reported_for_its_article_only(tmp_path, capsys, nlp, monkeypatch):
    linker = nlp.get_pipe("newsgraph_actors")
    real = linker.finder

    def finder(doc):
        if "PANNE" in doc.text:
            raise KeyError("x" * 1000)
        return real(doc)

    monkeypatch.setattr(linker, "finder", finder)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD["good-sanctions"], encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"doc_id": "panne", "text": "La PANNE du Mali."}) + "\n",
                                    encoding="utf-8")
    (folder / "c.txt").write_text(GOOD["good-visit"], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if x.startswith("newsgraph: error:"))
    assert line.startswith(f"newsgraph: error: {folder / 'b.jsonl'}:1 (doc_id panne): newsgraph_actors: KeyError:")
    assert len(line) < 450
    assert [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a", "c"]


def test_worker_processes_give_the_same_output(tmp_path, nlp):
    folder = tmp_path / "in"
    build_mixed_folder(folder)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        one = list(newsgraph.extract_many(read_articles(folder, on_error="skip"), nlp=nlp, on_error="skip"))
        two = list(newsgraph.extract_many(read_articles(folder, on_error="skip"), nlp=nlp, on_error="skip",
                                          n_process=2, batch_size=2))
    assert _all_outputs(one) == _all_outputs(two)


def test_pieces_of_a_long_text_go_through_spacy_one_at_a_time(small_pieces):
    class Spy(_CrashingNLP):
        def __init__(self, nlp):
            super().__init__(nlp)
            self.calls: list[int] = []

        def __call__(self, text):
            self.calls.append(len(text))
            return super().__call__(text)

    spy = Spy(small_pieces)
    long_text = "\n\n".join([PARAGRAPH] * 12)
    broken = "\n\n".join([PARAGRAPH] * 6 + ["BOOM."] + [PARAGRAPH] * 6)
    errors: list[Exception] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        results = list(newsgraph.extract_many([GOOD["good-visit"], long_text, broken, GOOD["good-sanctions"]],
                                              nlp=spy, on_error=errors.append))
    assert [r.text for r in results] == [GOOD["good-visit"], long_text, GOOD["good-sanctions"]]
    assert len(spy.calls) >= 2 + 1 and all(0 < n <= 1500 for n in spy.calls)  # the long text's pieces, alone
    assert [e.source for e in errors] == ["item 2"] and "spaCy failed: RuntimeError: spaCy exploded" in str(errors[0])
