"""Ingestion: headers, datelines, .txt/.jsonl/directories, bad input."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsgraph import EmptyTextError, InputError, RecordError, read_articles
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
