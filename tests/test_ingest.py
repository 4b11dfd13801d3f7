"""Ingestion: headers, datelines, .txt/.jsonl/directories, bad input."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from newsgraph import EmptyTextError, InputError, InputWarning, RecordError, read_articles
from newsgraph.ingest import coerce_article, parse_date_text, parse_header

from .conftest import SEED, shared


def test_seed_header():
    article = next(read_articles(shared(SEED)))
    assert article.doc_id == "sawt-beirut-2022-11-28"
    assert article.published == date(2022, 11, 28)
    assert article.source == "SAWT BEIRUT INTERNATIONAL"
    assert article.title.startswith("Les pourparlers de sécurité")
    assert article.text.startswith("SAWT BEIRUT INTERNATIONAL")  # offsets refer to the full text


@pytest.mark.parametrize(
    "text,title,published",
    [
        ("Colombie : Duque élu\n\n23 juin 2018 . – Iván Duque a gagné.", "Colombie : Duque élu", date(2018, 6, 23)),
        ("France : attaque à Valence\n\n1er janvier 2016, 14h30 . –\nUn homme a foncé.", "France : attaque à Valence", date(2016, 1, 1)),
        ("Tokyo: talks\n\nMarch 3, 2019 . – Les deux pays ont parlé.", "Tokyo: talks", date(2019, 3, 3)),
        ("La Russie a nié. Elle a dit non.", None, None),
    ],
)
def test_wikinews_header(text, title, published):
    header = parse_header(text)
    assert header.title == title
    assert header.published == published


def test_body_start_is_after_the_dateline():
    text = "Titre\n\n23 juin 2018 . – Le corps."
    header = parse_header(text)
    assert text[header.body_start:] == "Le corps."


@pytest.mark.parametrize(
    "text,expected",
    [
        ("| 28 November 2022, Monday |", date(2022, 11, 28)),
        ("le 3 septembre 2016", date(2016, 9, 3)),
        ("2018-06-23", date(2018, 6, 23)),
        ("31 février 2020", None),
    ],
)
def test_parse_date_text(text, expected):
    assert parse_date_text(text) == expected


def test_jsonl_and_directory(tmp_path):
    lines = [
        {"text": "La Russie a nié.", "published": "2022-11-28"},
        {"doc_id": "x", "text": "L'Ukraine a protesté.", "title": "T", "source": "S", "url": "http://x"},
    ]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Titre\n\n2 mai 2017 . – Israël a répondu.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    with pytest.warns(InputWarning, match="notes.md"):
        articles = list(read_articles(tmp_path))
    assert [a.doc_id for a in articles] == ["a", "b:1", "x"]
    assert articles[0].published == date(2017, 5, 2)
    assert articles[1].published == date(2022, 11, 28)
    assert articles[2].url == "http://x"


def test_bad_lines_are_reported_and_the_rest_is_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "Bon."}\n{broken\n{"title": "no text"}\n{"text": ""}\n{"text": "Aussi bon."}\n', encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_articles(path, on_error=errors.append))
    assert [a.text for a in articles] == ["Bon.", "Aussi bon."]
    assert [type(e) for e in errors] == [RecordError, RecordError, EmptyTextError]
    assert all(e.source.startswith(str(path)) for e in errors)
    with pytest.raises(RecordError):
        list(read_articles(path))


def test_plain_string_reads_its_header():
    article = coerce_article("Titre\n\n23 juin 2018 . – Texte.", published="2020-01-01")
    assert article.published == date(2020, 1, 1)  # the caller's date wins
    assert article.title == "Titre"


# ------------------------------------------------------------------ bad input (issue #9)

import codecs  # noqa: E402
from dataclasses import replace  # noqa: E402
import warnings  # noqa: E402

from newsgraph import BinaryInputError, EncodingError  # noqa: E402
from newsgraph import ingest  # noqa: E402
from newsgraph.ingest import check_published, clean_text, decode_bytes  # noqa: E402

FRENCH = "L'Élysée a condamné l'attaque « lâche » menée à Kaboul – 12 € d'amende, œuvre…"


def quiet(func, *args, **kwargs):
    """Call ``func`` and return (its value, the InputWarning messages it emitted)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = func(*args, **kwargs)
    return value, [str(w.message) for w in caught if issubclass(w.category, InputWarning)]


@pytest.mark.parametrize("data", [
    FRENCH.encode("utf-8"),
    codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
    FRENCH.encode("utf-16"),
    codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"),
    FRENCH.encode("utf-32"),
])
def test_decode_unicode_silently(data):
    assert quiet(decode_bytes, data) == (FRENCH, [])


@pytest.mark.parametrize("data,note", [
    (FRENCH.encode("cp1252"), "not UTF-8; decoded as Windows-1252/Latin-1"),
    ("Élu à Paris, déjà".encode("latin-1"), "not UTF-8; decoded as Windows-1252/Latin-1"),
    (FRENCH.encode("utf-16-le"), "decoded as UTF-16-LE (no byte order mark)"),
    (FRENCH.encode("utf-16-be"), "decoded as UTF-16-BE (no byte order mark)"),
])
def test_decode_legacy_encodings_with_a_warning(data, note):
    text, notes = quiet(decode_bytes, data, "f.txt")
    assert text.startswith("Élu" if data.startswith(b"\xc9") else FRENCH[:20])
    assert notes == [f"f.txt: {note}"]


def test_decode_mixed_utf8_and_windows_1252():
    data = "Première partie en UTF-8, ".encode("utf-8") + "seconde partie en Windows-1252 : été".encode("cp1252")
    text, notes = quiet(decode_bytes, data)
    assert text == "Première partie en UTF-8, seconde partie en Windows-1252 : été"
    assert "mixed encodings" in notes[0]


@pytest.mark.parametrize("data,kind,match", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError, r"PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", BinaryInputError, r"PDF document"),
    (b"PK\x03\x04\x14\x00\x06\x00", BinaryInputError, r"ZIP archive"),
    (b"\x1f\x8b\x08\x00", BinaryInputError, r"gzip"),
    (bytes(1000), BinaryInputError, r"control bytes"),
    (bytes(range(256)) * 8, BinaryInputError, r"NUL and control bytes"),
    ("日本政府は月曜日に声明を発表した。".encode("shift_jis"), EncodingError, r"unknown encoding"),
    ("Привет, как дела? Всё хорошо.".encode("koi8-r"), EncodingError, r"unknown encoding"),
    (codecs.BOM_UTF16_LE + b"a\x00b", EncodingError, r"invalid UTF-16"),
])
def test_decode_refuses_with_the_reason(data, kind, match):
    with pytest.raises(kind, match=match) as info:
        quiet(decode_bytes, data, "doc.txt")
    assert info.value.source == "doc.txt"


def test_a_few_nul_bytes_in_utf8_text_are_removed_not_refused():
    text, _ = quiet(decode_bytes, FRENCH.encode("utf-8").replace(b" ", b"\x00", 2))
    cleaned, notes = quiet(clean_text, text, source="x")
    assert cleaned.startswith("L'Élyséeacondamné") and notes == ["x: 2 control, private-use or unassigned characters removed"]


def test_clean_text_html_page():
    page = """<!DOCTYPE html>
<html><head><title>Mali : rupture</title><meta charset="utf-8"><style>p { color: red }</style>
<script>var s = "<p>pas du texte</p>";</script></head>
<body><!-- commentaire --><p>Le Mali a rompu avec la France,
   a annoncé   Bamako&nbsp;: &laquo;&#160;c&apos;est fini&#160;&raquo;.</p>
<p>Deuxième<br>ligne &amp; fin.</p><script>alert(1)</script></body></html>"""
    text, notes = quiet(clean_text, page, source="page.html")
    assert text == ("Mali : rupture\n\nLe Mali a rompu avec la France, a annoncé Bamako\u00a0: «\u00a0c'est fini\u00a0»."
                    "\n\nDeuxième\nligne & fin.")
    assert notes == ["page.html: HTML/XML markup removed (tags, scripts and styles; entities decoded)"]
    assert ingest.parse_header(text).title == "Mali : rupture"


def test_clean_text_leaves_angle_brackets_of_plain_text_alone():
    text = "Le ratio <b> est passé de 3 < 4 à 5 > 2."
    assert quiet(clean_text, text) == (text, [])


def test_clean_text_xml_feed():
    feed = '<?xml version="1.0"?><rss><channel><item><title>Titre</title><description>La Russie a nié.</description></item></channel></rss>'
    assert quiet(clean_text, feed)[0] == "Titre\n\nLa Russie a nié."


@pytest.mark.parametrize("text,expected,noted", [
    ("a\r\nb\rc\x85d\u2028e\u2029f\x0bg\x0ch", "a\nb\nc\nd\ne\n\nf\ng\nh", False),
    ("ac\u00adcusé\u200b \ufeffRussie\u202e", "accusé Russie", False),  # format characters: silently
    ("Rus\x00sie\x07 \ue000\U000f0000\U0010fffd\x7f\x9f", "Russie ", True),
    ("e\u0301te\u0301", "été", False),  # NFC
    ("e\x00\u0301", "é", True),  # NFC after removal
])
def test_clean_text_characters(text, expected, noted):
    cleaned, notes = quiet(clean_text, text)
    assert cleaned == expected
    assert bool(notes) == noted


@pytest.mark.parametrize("text,message", [
    ("", "empty text"),
    (" \n\t\u00a0\u3000 ", "blank text"),
    ("\x00\x01\ue000", "blank text"),
    ("12 345 — 2018 !", "no words"),
    ("<html><body><script>x</script></body></html>", "no text once the HTML markup is removed"),
])
def test_clean_text_empty(text, message):
    with pytest.raises(EmptyTextError, match=message):
        quiet(clean_text, text)


def test_clean_text_refuses_non_strings():
    with pytest.raises(RecordError, match="must be a string, not bytes"):
        clean_text(b"abc")


@pytest.mark.parametrize("value,expected", [
    ("2022-11-28", date(2022, 11, 28)),
    (" 2022-11-28T23:59:59+02:00 ", date(2022, 11, 28)),
    ("2022-11-28 10:00", date(2022, 11, 28)),
    ("28 novembre 2022", date(2022, 11, 28)),
    ("November 28, 2022", date(2022, 11, 28)),
    (date(1800, 1, 1), date(1800, 1, 1)),
    (None, None),
    ("", None),
])
def test_check_published_accepts(value, expected):
    assert quiet(check_published, value, today=date(2024, 1, 1)) == (expected, [])


@pytest.mark.parametrize("value,message", [
    ("2021-02-30", "not a calendar date"),
    ("0000-01-01", "not a calendar date"),
    ("2022-13-01", "not a calendar date"),
    ("1799-12-31", "not a plausible publication date"),
    ("0001-01-01", "not a plausible publication date"),
    ("9999-12-31", "not a plausible publication date"),
    ("2100-01-01", "not a plausible publication date"),
    ("hier", "not a date"),
    ("28/11/2022", "not a date"),
    (20221128, "must be a date string"),
    (True, "must be a date string"),
    (["2022-11-28"], "must be a date string"),
])
def test_check_published_refuses(value, message):
    with pytest.raises(RecordError, match=message):
        check_published(value, source="x")


def test_check_published_warns_about_the_future():
    found, notes = quiet(check_published, "2030-06-01", source="x", today=date(2030, 5, 1))
    assert found == date(2030, 6, 1) and notes == ["x: published 2030-06-01 is in the future"]
    assert quiet(check_published, "2030-05-02", today=date(2030, 5, 1)) == (date(2030, 5, 2), [])  # time zones


def test_impossible_dates_in_a_header_are_ignored_with_a_note():
    article, notes = quiet(coerce_article, "Titre\n\n1er janvier 1066 . – Guillaume a débarqué.", source="x")
    assert article.published is None and article.title == "Titre"
    assert notes == ["x: date in the header (1066-01-01) ignored: not a plausible publication date"]
    assert article.warnings == ("date in the header (1066-01-01) ignored: not a plausible publication date",)


@pytest.mark.parametrize("line,message", [
    ('{"title": "x", "doc_id": 3}', "r.jsonl:2 (doc_id 3): record has no 'text' field (its fields: doc_id, title)"),
    ('{"text": 42, "doc_id": "a-7"}', "r.jsonl:2 (doc_id a-7): field 'text' must be a string, not int"),
    ('{"text": null}', "r.jsonl:2: field 'text' must be a string, not NoneType"),
    ('{"text": ["a"], "doc_id": true}', "r.jsonl:2: field 'text' must be a string, not list"),
    ('"just a string"', "r.jsonl:2: a line must hold a JSON object, not str"),
    ("[" * 100_000 + "]" * 100_000, "r.jsonl:2: invalid JSON: nested too deeply"),
    ('{"text": "a",}', "r.jsonl:2: invalid JSON"),
    ('{"text": NaN, "doc_id": 12}', "r.jsonl:2 (doc_id 12): field 'text' must be a string, not float"),
    ('{"text": "", "doc_id": "vide"}', "r.jsonl:2 (doc_id vide): empty text"),
])
def test_bad_records_are_named_with_their_reason(tmp_path, line, message):
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "Bon."}\n' + line + "\n", encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_articles(path, on_error=errors.append))
    assert [a.text for a in articles] == ["Bon."]
    assert len(errors) == 1 and isinstance(errors[0], InputError)
    assert errors[0].source == f"{path}:2"
    assert str(errors[0]).startswith(f"{tmp_path}{os.sep}{message}"), str(errors[0])
    assert len(str(errors[0])) < 300


@pytest.mark.parametrize("line,field,note", [
    ('{"text": "La Russie a nié.", "doc_id": true}', "doc_id", "field 'doc_id' must be a string, not bool: True; left out"),
    ('{"text": "La Russie a nié.", "doc_id": [1]}', "doc_id", "field 'doc_id' must be a string, not list: [1]; left out"),
    ('{"text": "La Russie a nié.", "title": 42}', "title", "field 'title' must be a string, not int: 42; left out"),
    ('{"text": "La Russie a nié.", "url": {"x": 1}}', "url", "field 'url' must be a string, not dict: {'x': 1}; left out"),
    ('{"text": "La Russie a nié.", "published": 2022}', "published",
     "published must be a date string (YYYY-MM-DD), not int: 2022; left out (relative dates need a publication date)"),
    ('{"text": "La Russie a nié.", "published": "2021-02-30"}', "published",
     "published: '2021-02-30' is not a calendar date (day is out of range for month); left out (relative dates "
     "need a publication date)"),
    ('{"text": "La Russie a nié.", "published": "9999-12-31"}', "published",
     "published: 9999-12-31 is not a plausible publication date (outside 1800-01-01..2099-12-31); left out "
     "(relative dates need a publication date)"),
])
def test_a_malformed_metadata_field_is_left_out_and_the_text_kept(tmp_path, line, field, note):
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "Bon."}\n' + line + "\n", encoding="utf-8")
    errors: list[InputError] = []
    articles, notes = quiet(list, read_articles(path, on_error=errors.append))
    assert not errors and [a.text for a in articles] == ["Bon.", "La Russie a nié."]
    kept = articles[1]
    assert getattr(kept, field) == ("r:2" if field == "doc_id" else None)
    assert kept.warnings == (note,) and notes == [f"{path}:2: {note}"]


def test_a_malformed_published_gives_way_to_the_header_date():
    article, notes = quiet(coerce_article, {"text": "Titre\n\n23 juin 2018 . – Texte.", "published": "hier"},
                           source="x")
    assert article.published == date(2018, 6, 23) and article.title == "Titre"
    assert notes == ["x: published: 'hier' is not a date (YYYY-MM-DD); left out (relative dates need a publication "
                     "date)"]


def test_record_messages_do_not_repeat_the_whole_record(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"title": "x" * 10_000}) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    list(read_articles(path, on_error=errors.append))
    assert len(str(errors[0])) < 200


def test_jsonl_in_other_encodings(tmp_path):
    lines = [{"text": "Élysée : la France a protesté.", "doc_id": "a"}, {"text": "Moscou a nié.", "doc_id": "b"}]
    body = "\r\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    for name, data in (("utf16.jsonl", body.encode("utf-16")), ("bom.jsonl", codecs.BOM_UTF8 + body.encode()),
                       ("crlf.jsonl", body.encode())):
        articles, notes = quiet(list, read_articles(tmp_path / name if (tmp_path / name).write_bytes(data) else None))
        assert [a.doc_id for a in articles] == ["a", "b"] and not notes, name
    (tmp_path / "latin.jsonl").write_bytes(body.encode("cp1252"))
    articles, notes = quiet(list, read_articles(tmp_path / "latin.jsonl"))
    assert articles[0].text.startswith("Élysée") and len(notes) == 2 and "latin.jsonl:1: not UTF-8" in notes[0]
    assert articles[0].warnings == ("not UTF-8; decoded as Windows-1252/Latin-1",)


def test_binary_jsonl_is_one_error(tmp_path):
    import gzip

    path = tmp_path / "x.jsonl"
    path.write_bytes(gzip.compress(b'{"text": "a"}\n' * 1000))
    errors: list[InputError] = []
    assert list(read_articles(path, on_error=errors.append)) == []
    assert len(errors) == 1 and isinstance(errors[0], BinaryInputError) and "gzip" in str(errors[0])


def test_too_large_inputs(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    (tmp_path / "big.txt").write_text("La Russie a nié. " * 10, encoding="utf-8")
    (tmp_path / "big.jsonl").write_text(json.dumps({"text": "x" * 200}) + "\n" + json.dumps({"text": "Bon."}) + "\n",
                                        encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_articles(tmp_path, on_error=errors.append))
    assert [a.text for a in articles] == ["Bon."]
    assert [str(e).split(": ", 1)[1][:20] for e in errors] == ["line longer than 100", "file too large (180 "]


def test_directory_reading_rules(tmp_path):
    (tmp_path / "a.txt").write_text("La France a protesté.", encoding="utf-8")
    (tmp_path / "b.HTML").write_text("<html><body><p>Le Mali a répondu.</p></body></html>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_bytes(b"\x00\x01")  # macOS ._ files and the like: silently skipped
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Ignoré.", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    articles, notes = quiet(list, read_articles(tmp_path))
    assert [a.doc_id for a in articles] == ["a", "b"]
    assert [n.replace(f"{tmp_path}{os.sep}", "") for n in notes] == [
        "b.HTML: HTML/XML markup removed (tags, scripts and styles; entities decoded)",
        "photo.jpg: skipped (not a .txt, .jsonl, .html or .htm file)",
    ][::-1]


def test_an_empty_directory_is_a_warning(tmp_path):
    (tmp_path / "README.md").write_text("x", encoding="utf-8")
    articles, notes = quiet(list, read_articles(tmp_path))
    assert articles == [] and notes[-1] == f"{tmp_path}: no .txt, .jsonl, .html or .htm file in this directory"


def test_reading_notes_travel_with_the_article_and_survive_changes(tmp_path):
    (tmp_path / "a.txt").write_bytes("Le président a été élu à Paris.".encode("cp1252"))
    article, _ = quiet(next, read_articles(tmp_path / "a.txt"))
    assert article.origin == str(tmp_path / "a.txt")
    assert article.warnings == ("not UTF-8; decoded as Windows-1252/Latin-1",)
    changed = replace(article, published=date(2020, 1, 1))
    assert changed.warnings == article.warnings and changed.origin == article.origin
    assert changed == ingest.Article(text=article.text, doc_id="a", published=date(2020, 1, 1),
                                     origin=str(tmp_path / "a.txt"), warnings=article.warnings)
    assert coerce_article(article) is article  # read once, not cleaned twice
    again, notes = quiet(coerce_article, changed)  # checked again, its notes neither lost nor repeated
    assert again == changed and notes == []


def test_coerce_article_accepts_bytes_and_checks_dates():
    article, notes = quiet(coerce_article, "La Chine a protesté.".encode("utf-16"), doc_id="z")
    assert article.text == "La Chine a protesté." and article.doc_id == "z" and not notes
    with pytest.raises(RecordError, match="z: published: 1066-10-14 is not a plausible"):
        coerce_article("x", published=date(1066, 10, 14), doc_id="z")  # the caller's own argument
    article, notes = quiet(coerce_article, ingest.Article(text="x", published=date(1066, 10, 14)), doc_id="z")
    assert article.published is None and notes == [
        "z: published: 1066-10-14 is not a plausible publication date (outside 1800-01-01..2099-12-31); left out "
        "(relative dates need a publication date)"]
    with pytest.raises(RecordError, match="cannot read an article from int"):
        coerce_article(42)


def test_utf16_jsonl_is_read_line_by_line(tmp_path, monkeypatch):
    """A UTF-16 or UTF-32 JSON Lines file of any size is read; a line too long or bytes that do not decode
    fail alone (for bad bytes: the rest of the file), the lines before them are read."""
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    lines = [{"text": "La Russie a nié.", "doc_id": "a"}, {"text": "x" * 200, "doc_id": "long"},
             {"text": "Le Mali a répondu.", "doc_id": "b"}, {"text": "Le Niger aussi.", "doc_id": "c"}]
    body = "\r\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    assert len(body) > 200
    for codec in ("utf-16", "utf-32", "utf-16-be"):
        data = body.encode(codec) if codec != "utf-16-be" else codecs.BOM_UTF16_BE + body.encode(codec)
        (tmp_path / "w.jsonl").write_bytes(data)
        errors: list[InputError] = []
        articles = list(read_articles(tmp_path / "w.jsonl", on_error=errors.append))
        assert [a.doc_id for a in articles] == ["a", "b", "c"], codec
        assert [str(e) for e in errors] == [f"{tmp_path / 'w.jsonl'}:2: line longer than 100 bytes"], codec
    broken = "\n".join(json.dumps(x) for x in lines[:1] + lines[2:]).encode("utf-16-le")
    cut = broken.index("\n".encode("utf-16-le")) + 2  # a lone low surrogate at the start of line 2
    (tmp_path / "broken.jsonl").write_bytes(codecs.BOM_UTF16_LE + broken[:cut] + b"\x00\xdc" + broken[cut:])
    errors = []
    articles = list(read_articles(tmp_path / "broken.jsonl", on_error=errors.append))
    assert [a.doc_id for a in articles] == ["a"]
    assert len(errors) == 1 and isinstance(errors[0], EncodingError) and "invalid UTF-16 in line 2" in str(errors[0])


def test_errors_of_a_txt_file_carry_its_doc_id(tmp_path):
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    errors: list[InputError] = []
    assert list(read_articles(tmp_path, on_error=errors.append)) == []
    assert [(e.doc_id, e.source, str(e)) for e in errors] == [
        ("photo", str(tmp_path / "photo.txt"), f"{tmp_path / 'photo.txt'}: binary data (PNG image), not a text file"),
        ("vide", str(tmp_path / "vide.txt"), f"{tmp_path / 'vide.txt'}: empty text"),
    ]


def test_the_whitespace_that_str_split_drops_is_what_cleaning_expects():
    # clean_text finds characters to remove with "".join(text.split()).isprintable() and
    # _OTHER_SPACES: every separator must be whitespace, and _OTHER_SPACES must name the
    # whitespace of category C but newline and tab (true of the Unicode version of this Python)
    import sys
    import unicodedata

    from newsgraph.ingest import _OTHER_SPACES, clean_text

    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    separators = [c for c in map(chr, range(sys.maxunicode + 1)) if unicodedata.category(c).startswith("Z")]
    assert set(separators) <= set(spaces)
    assert {c for c in spaces if unicodedata.category(c).startswith("C")} - {"\n", "\t"} == {
        c for c in spaces if _OTHER_SPACES.fullmatch(c)}
    with pytest.warns(InputWarning, match="1 control"):
        assert clean_text("La Russie\x1c a nié.\u2003") == "La Russie a nié.\u2003"
