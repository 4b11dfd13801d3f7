"""Time expressions (specification §3 and §6): detection and tense-aware resolution.

Three kinds of tests:

* :func:`resolve` on calendar fields, without a model (the specification's own
  examples, the tense rules, anchors);
* short real French sentences through the whole pipeline (``nlp`` fixture);
* the French cases of the Microsoft Recognizers-Text specification
  (``fixtures/timex_recognizers_fr.jsonl``, MIT): each case carries our
  expected values and whether our convention is the same as theirs, differs
  (with the reason), is out of scope, or is not supported yet (xfail).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

import newsgraph
from newsgraph.extract.dates import easter, parse_numeric_date, resolve, resolve_all
from newsgraph.resources import make_timex_patterns

from .conftest import FIXTURES

PUB = date(2022, 11, 28)  # the seed article's publication date, a Monday


def found(nlp, text: str, published: str) -> list[tuple[str, str | None]]:
    result = newsgraph.extract(text, published=published, nlp=nlp)
    return [(t.text, t.value) for t in result.timexes]


# ---------------------------------------------------------------- resolution only


@pytest.mark.parametrize(
    ("fields", "tense", "expected"),
    [
        # the table of §3 (published 2022-11-28, a Monday)
        ({"label": "WEEKDAY", "weekday": 0}, "past", ("2022-11-28", "day")),
        ({"label": "WEEKDAY", "weekday": 6}, "past", ("2022-11-27", "day")),
        ({"label": "OFFSET", "count": 1, "sign": -1, "unit": "week"}, "past", ("2022-11-21", "day")),
        ({"label": "PERIOD", "unit": "week", "relation": "last"}, None, ("2022-W47", "week")),
        ({"label": "PERIOD", "unit": "month", "relation": "next"}, "conditional", ("2022-12", "month")),
        ({"label": "PART", "part": "end", "month": 1}, None, ("2023-01", "month")),
        ({"label": "YEAR", "year": 1997}, "past", ("1997", "year")),
        # "le 12 janvier": the tense chooses the year
        ({"label": "DATE", "day": 12, "month": 1}, "future", ("2023-01-12", "day")),
        ({"label": "DATE", "day": 12, "month": 1}, "conditional", ("2023-01-12", "day")),
        ({"label": "DATE", "day": 12, "month": 1}, "past", ("2022-01-12", "day")),
        ({"label": "DATE", "day": 12, "month": 1}, None, ("2023-01-12", "day")),
        # a date three days ahead stays ahead even in a past-tense clause (a parse
        # error must not send it a year back) ...
        ({"label": "DATE", "day": 1, "month": 12}, "past", ("2022-12-01", "day")),
        # ... but "dernier" is strict
        ({"label": "DATE", "day": 1, "month": 12, "relation": "last"}, "past", ("2021-12-01", "day")),
        # a month name alone follows the tense
        ({"label": "MONTH", "month": 3}, "past", ("2022-03", "month")),
        ({"label": "MONTH", "month": 3}, "future", ("2023-03", "month")),
        ({"label": "MONTH", "month": 11, "relation": "this"}, "future", ("2022-11", "month")),
        # weekdays
        ({"label": "WEEKDAY", "weekday": 1}, "future", ("2022-11-29", "day")),
        ({"label": "WEEKDAY", "weekday": 1}, "past", ("2022-11-22", "day")),
        ({"label": "WEEKDAY", "weekday": 1, "relation": "next"}, "past", ("2022-11-29", "day")),
        ({"label": "WEEKDAY", "weekday": 4, "relation": "last"}, None, ("2022-11-25", "day")),
        ({"label": "WEEKDAY", "weekday": 4, "week_relation": "next"}, None, ("2022-12-09", "day")),
        ({"label": "WEEKDAY", "weekday": 3}, "present", ("2022-12-01", "day")),
        ({"label": "WEEKDAY", "weekday": 5}, "present", ("2022-11-26", "day")),
        ({"label": "WEEKDAY_DAY", "weekday": 4, "day": 25}, "past", ("2022-11-25", "day")),
        ({"label": "ORDINAL_WEEKDAY", "ordinal": 1, "weekday": 4, "month": 7}, "future", ("2023-07-07", "day")),
        ({"label": "ORDINAL_WEEKDAY", "ordinal": -1, "weekday": 0, "unit": "month"}, None, ("2022-11-28", "day")),
        # periods, parts, seasons, holidays
        ({"label": "PERIOD", "unit": "year", "relation": "this"}, None, ("2022", "year")),
        ({"label": "PERIOD", "unit": "year", "relation": "new"}, None, ("2023", "year")),
        ({"label": "PERIOD", "unit": "weekend", "relation": "last"}, "past", ("2022-W47", "week")),
        ({"label": "PART", "part": "start", "year": 2023, "unit": "year"}, None, ("2023", "year")),
        ({"label": "PART", "part": "end", "unit": "year"}, None, ("2022", "year")),
        ({"label": "SEASON", "season": 9, "year": 2017}, None, ("2017", "year")),
        ({"label": "SEASON", "season": 6, "relation": "last"}, "past", ("2022", "year")),
        ({"label": "SEASON", "season": 3, "relation": "next"}, None, ("2023", "year")),
        ({"label": "HOLIDAY", "holiday": [12, 25]}, "future", ("2022-12-25", "day")),
        ({"label": "HOLIDAY", "holiday": "easter"}, "past", ("2022-04-17", "day")),
        ({"label": "OFFSET", "count": 3, "sign": 1, "unit": "day"}, "future", ("2022-12-01", "day")),
        ({"label": "OFFSET", "count": 2, "sign": -1, "unit": "year"}, "past", ("2020", "year")),
        ({"label": "OFFSET", "count": 6, "sign": -1, "unit": "month"}, "past", ("2022-05", "month")),
        ({"label": "DAYWORD", "day_offset": -2}, None, ("2022-11-26", "day")),
        ({"label": "RANGE", "day": 23, "unit": "month", "relation": "next"}, None, ("2022-12-23", "day")),
        ({"label": "DATE", "day": 31, "month": 2, "year": 2016}, None, (None, None)),
    ],
)
def test_resolve(fields, tense, expected):
    value, granularity, _ = resolve(fields, PUB, tense)
    assert (value, granularity) == expected


def test_a_weekday_with_its_date_picks_the_year_where_they_agree():
    # "dimanche 17 juin": a Sunday in 2018, not in 2017, whatever the tense says
    fields = {"label": "DATE", "weekday": 6, "day": 17, "month": 6}
    assert resolve(fields, date(2018, 1, 10), "past")[0] == "2018-06-17"
    assert resolve(dict(fields, weekday=None), date(2018, 1, 10), "past")[0] == "2017-06-17"


def test_resolve_says_what_the_value_depends_on():
    assert resolve({"label": "YEAR", "year": 1997}, PUB, "past")[2] is None
    assert resolve({"label": "DAYWORD", "day_offset": 0}, PUB, None)[2] == "published"
    assert resolve({"label": "WEEKDAY", "weekday": 6}, PUB, "past")[2] == "published+tense:past"


def test_relative_expressions_need_a_publication_date():
    assert resolve({"label": "WEEKDAY", "weekday": 6}, None, "past") == (None, None, None)
    assert resolve({"label": "DATE", "day": 3, "month": 5, "year": 2016}, None, None)[0] == "2016-05-03"


def test_resolve_all_resolves_anchors_after_their_targets():
    raw = [
        {"fields": {"label": "ANCHORED", "anchored": -1}, "tense": "past", "anchor": 1},
        {"fields": {"label": "DATE", "day": 17, "month": 6}, "tense": "future"},
        {"fields": {"label": "MONTH", "month": 11}, "tense": "past"},
        {"fields": {"label": "PERIOD", "unit": "month", "anaphoric": -1}, "tense": "past", "anchor": 2},
    ]
    assert resolve_all(raw, date(2018, 6, 1)) == [
        ("2018-06-16", "day", "timex:1"),
        ("2018-06-17", "day", "published+tense:future"),
        ("2017-11", "month", "published+tense:past"),
        ("2017-10", "month", "timex:2"),
    ]


def test_an_anchor_without_a_day_value_gives_no_value():
    raw = [
        {"fields": {"label": "MONTH", "month": 11}, "tense": "past"},
        {"fields": {"label": "ANCHORED", "anchored": 1}, "tense": "past", "anchor": 0},
    ]
    assert resolve_all(raw, PUB)[1] == (None, None, None)


@pytest.mark.parametrize(("year", "expected"), [(2016, date(2016, 3, 27)), (2017, date(2017, 4, 16)), (2022, date(2022, 4, 17))])
def test_easter(year, expected):
    assert easter(year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("23/06/2018", date(2018, 6, 23)), ("23.06.18", date(2018, 6, 23)), ("2018-06-23", date(2018, 6, 23)), ("31/02/2018", None)],
)
def test_parse_numeric_date(text, expected):
    assert parse_numeric_date(text) == expected


def test_every_pattern_compiles_and_uses_known_placeholders():
    import spacy

    from newsgraph.extract.dates import build_matcher

    patterns = make_timex_patterns()
    matcher = build_matcher(spacy.blank("fr").vocab, patterns)
    assert len(matcher) == len({p["label"] for p in patterns["patterns"]})


# ---------------------------------------------------------------- sentences


SENTENCES = [
    # the seed article (Sawt Beirut, 28 November 2022)
    ("La Russie a confirmé lundi qu'elle tiendrait des pourparlers avec les États-Unis le mois prochain.", "2022-11-28",
     [("lundi", "2022-11-28"), ("le mois prochain", "2022-12")]),
    ("Poutine a déclaré dimanche à la télévision d'État que la réponse dépendrait des propositions.", "2022-11-28",
     [("dimanche", "2022-11-27")]),
    ("Il y a une semaine, Moscou a remis aux représentants de l'OTAN un projet d'accord.", "2022-11-28",
     [("Il y a une semaine", "2022-11-21")]),
    ("L'OTAN retirera ses forces sur les positions qu'elles occupaient en 1997.", "2022-11-28", [("1997", "1997")]),
    ("Son pays entamerait des pourparlers avant la réunion proposée le 12 janvier.", "2022-11-28",
     [("le 12 janvier", "2023-01-12")]),
    ("Le 10 janvier est le premier jour ouvrable.", "2022-11-28", [("Le 10 janvier", "2023-01-10")]),
    ("La Russie commence la nouvelle année par un jour férié.", "2022-11-28", [("la nouvelle année", "2023")]),
    ("Le ministre a déclaré aujourd’hui que son pays ne reculerait pas.", "2022-11-28", [("aujourd’hui", "2022-11-28")]),
    ("SAWT BEIRUT INTERNATIONAL\n\n| 28 November 2022, Monday |\n\nLes pourparlers", "2022-11-28",
     [("28 November 2022, Monday", "2022-11-28")]),
    # tense
    ("Le sommet a eu lieu le 12 janvier.", "2022-11-28", [("le 12 janvier", "2022-01-12")]),
    ("Le sommet aura lieu le 12 janvier.", "2022-11-28", [("le 12 janvier", "2023-01-12")]),
    ("Les négociations reprendront fin janvier.", "2022-11-28", [("fin janvier", "2023-01")]),
    ("Il était déjà venu en mars.", "2016-01-10", [("mars", "2015-03")]),
    ("Il aurait eu 80 ans en février.", "2017-01-13", [("février", "2017-02")]),
    ("Le vote est prévu mardi prochain.", "2022-11-28", [("mardi prochain", "2022-11-29")]),
    ("Le boxeur américain est décédé vendredi à l'âge de 74 ans.", "2016-06-05", [("vendredi", "2016-06-03")]),
    ("Nous tiendrons le principal cycle de négociations mardi.", "2022-11-28", [("mardi", "2022-11-29")]),
    ("Hassan Rohani est attendu en France pour une visite officielle, prévue le 27 janvier.", "2016-01-24",
     [("le 27 janvier", "2016-01-27")]),
    ("Il a été hospitalisé le 12 décembre dernier.", "2017-01-10", [("le 12 décembre dernier", "2016-12-12")]),
    ("La sonde est en orbite autour de Jupiter depuis le 4 juillet dernier.", "2016-10-24",
     [("le 4 juillet dernier", "2016-07-04")]),
    ("Le conflit oppose depuis avril 2014 l'armée aux séparatistes.", "2017-10-12", [("avril 2014", "2014-04")]),
    ("Duque doit prêter serment le 7 août, pour un mandat de quatre ans.", "2018-06-23", [("le 7 août", "2018-08-07")]),
    ("Le premier tour de l'élection a eu lieu il y a trois semaines.", "2018-06-23",
     [("il y a trois semaines", "2018-06-02")]),
    ("Les élections auront lieu le premier dimanche de juillet.", "2016-03-24",
     [("le premier dimanche de juillet", "2016-07-03")]),
    ("Il a promis de revenir l'été prochain.", "2016-11-07", [("l'été prochain", "2017")]),
    # ranges and coordinations: one expression per date (§6)
    ("Hassan Rohani a annoncé se rendre en Italie et en France du 25 au 27 janvier.", "2016-01-24",
     [("du 25", "2016-01-25"), ("27 janvier", "2016-01-27")]),
    ("Les élections ont eu lieu les 22 et 23 mars 2018.", "2018-04-01", [("les 22", "2018-03-22"), ("23 mars 2018", "2018-03-23")]),
    ("De 2012 à 2016, il a donné sept conférences.", "2017-03-25", [("2012", "2012"), ("2016", "2016")]),
    ("Le chômage est passé de 10,2 à 10,3 % entre janvier et juillet 2016.", "2016-09-21",
     [("entre janvier", "2016-01"), ("juillet 2016", "2016-07")]),
    # periods counted from publication
    ("Les troupes ont commencé à arriver plus tôt cette semaine.", "2017-01-21", [("cette semaine", "2017-W03")]),
    ("Il prend le pouvoir ce mois-ci.", "2017-01-21", [("ce mois-ci", "2017-01")]),
    ("Il a été convenu lors d'un sommet de l'OTAN à Varsovie l'année dernière.", "2017-01-21",
     [("l'année dernière", "2016")]),
    ("Les pays doivent ratifier l'accord d'ici à fin 2016, avant la fin de l'année.", "2016-09-03",
     [("fin 2016", "2016"), ("la fin de l'année", "2016")]),
    ("Les livraisons pourraient débuter au début du mois de mars.", "2016-01-24", [("début du mois de mars", "2016-03")]),
    ("Les ventes ont baissé l'an dernier.", "2016-07-04", [("l'an dernier", "2015")]),
    # relative to another expression
    ("Le sommet s'est ouvert le 12 mars. Le lendemain, les ministres ont signé l'accord.", "2016-03-24",
     [("le 12 mars", "2016-03-12"), ("Le lendemain", "2016-03-13")]),
    ("Le scrutin aura lieu le 17 juin. La veille du scrutin, les candidats se tairont.", "2018-06-01",
     [("le 17 juin", "2018-06-17"), ("La veille", "2018-06-16")]),
    ("Il a parlé la veille de Noël.", "2016-03-24", [("la veille de Noël", "2015-12-24")]),
    ("Le chômage était de 9,8 % en novembre, contre 9,7 % le mois précédent.", "2017-01-09",
     [("novembre", "2016-11"), ("le mois précédent", "2016-10")]),
    # other forms
    ("Le décret du 23/06/2018 est entré en vigueur.", "2018-07-01", [("du 23/06/2018", "2018-06-23")]),
    ("Il reviendra à Noël.", "2016-03-24", [("Noël", "2016-12-25")]),
    ("Il est mort le jour de l'An 2016.", "2016-06-01", [("jour de l'An 2016", "2016-01-01")]),
    ("Il reviendra pour le jour de l'An.", "2016-06-01", [("jour de l'An", "2017-01-01")]),
    ("Les fidèles se sont rassemblés pour Pâques 2016.", "2016-06-01", [("Pâques 2016", "2016-03-27")]),
    ("La Commission européenne a, ce mercredi 22 février, menacé l'Italie de sanctions.", "2017-02-22",
     [("ce mercredi 22 février", "2017-02-22")]),
    ("Le dernier convoi est arrivé à la mi-mars.", "2017-04-02", [("la mi-mars", "2017-03")]),
    # §6: times of day are not time expressions
    ("La Chine a ratifié ce samedi matin l'accord de Paris.", "2016-09-03", [("ce samedi", "2016-09-03")]),
    ("À la mi-journée, les États-Unis ont annoncé leur ratification.", "2016-09-03", []),
    # not time expressions at all
    ("À la veille du sommet du G20, la Chine a ratifié l'accord.", "2016-09-03", []),
    ("Ils seront en vacances pour les fêtes de Noël.", "2016-12-01", []),
    ("Les décorations de Noël ont été arrachées.", "2018-12-01", []),
    ("Il a rencontré Theresa May à Londres.", "2017-03-01", []),
    ("Des pommes de terre pourraient pousser sur Mars.", "2016-02-01", []),
    ("Le printemps arabe a bouleversé la région.", "2016-02-01", []),
    ("Le PSG était mené de sept points à la pause.", "2016-11-19", []),
    ("Les Jeux olympiques d'hiver s'ouvrent à Lillehammer.", "2016-02-12", []),
    ("Le candidat a recueilli 2000 voix de plus que son rival.", "2016-02-12", []),
    ("Il a connu le succès dans les années 1990.", "2016-02-12", []),
    ("Le Journal du dimanche affirme que le candidat a été payé.", "2017-02-01", []),
    ("Ses lecteurs ont aimé « Vendredi ou les Limbes du Pacifique ».", "2016-01-19", []),
    ("Le chiffre a été revu à la hausse par l'institut.", "2016-01-19", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), SENTENCES, ids=[s[0][:50] for s in SENTENCES])
def test_sentences(nlp, text, published, expected):
    assert found(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param("Le sommet aura lieu la troisième semaine de mars.", "2016-01-10",
                     [("la troisième semaine de mars", "2016-W12")], id="ordinal-week"),
        pytest.param("Il a été élu dans les années quatre-vingt-dix.", "2016-01-10",
                     [("les années quatre-vingt-dix", "199")], id="decade"),
        pytest.param("Le sommet a eu lieu le 12. Le 13, les ministres sont partis.", "2016-01-15",
                     [("le 12", "2016-01-12"), ("Le 13", "2016-01-13")], id="day-number-alone"),
    ],
)
@pytest.mark.xfail(reason="not read: ordinal weeks, decades (the specification has no decade value), "
                          "a day number without its month", strict=True)
def test_known_gaps(nlp, text, published, expected):
    assert found(nlp, text, published) == expected


def test_timexes_carry_offsets_granularity_and_anchor(nlp):
    text = "Le scrutin aura lieu le 17 juin. La veille du scrutin, les candidats se tairont."
    result = newsgraph.extract(text, published="2018-06-01", nlp=nlp)
    for t in result.timexes:
        assert text[t.start:t.end] == t.text
        assert t.granularity == "day"
    assert [t.anchor for t in result.timexes] == ["published+tense:future", "timex:0"]


def test_events_point_at_resolved_timexes(nlp):
    result = newsgraph.extract(
        "La Russie a accusé lundi l'Ukraine d'avoir violé le cessez-le-feu.", published="2022-11-28", nlp=nlp
    )
    assert [(t.text, t.value) for t in result.timexes] == [("lundi", "2022-11-28")]
    assert all(e.date in (None, "2022-11-28") for e in result.events)


# ---------------------------------------------------------------- Recognizers-Text cases


def _recognizers() -> list[dict]:
    with (FIXTURES / "timex_recognizers_fr.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


RECOGNIZERS = _recognizers()


def _case_params():
    for i, case in enumerate(RECOGNIZERS):
        ours = case["newsgraph"]
        marks = []
        if ours["convention"] == "unsupported":
            marks.append(pytest.mark.xfail(reason=ours["note"], strict=True))
        yield pytest.param(case, id=f"{i}-{ours['convention']}-{case['input'][:40]}", marks=marks)


@pytest.mark.parametrize("case", list(_case_params()))
def test_recognizers_text_case(nlp, case):
    start = case["start"]
    end = case["end"] if "end" in case else start + case["length"]
    result = newsgraph.extract(case["input"], published=case["reference_datetime"][:10], nlp=nlp)
    values = [t.value for t in result.timexes if t.start < end and start < t.end]
    assert values == case["newsgraph"]["values"], case["newsgraph"]["note"]


def _their_days(case: dict) -> set[str]:
    days = set()
    for key in ("future_resolution", "past_resolution"):
        resolution = case.get(key) or {}
        days |= {v[:10] for k, v in resolution.items() if k in ("date", "startDate")}
    for v in case.get("resolution_values") or []:
        for k in ("value", "start"):
            if k in v and v[k][:4].isdigit():
                days.add(v[k][:10])
    return days


@pytest.mark.parametrize(
    "case",
    [c for c in RECOGNIZERS if c["newsgraph"]["convention"] == "same" and len(c["newsgraph"]["values"][0:1][0] if c["newsgraph"]["values"] else "") == 10],
    ids=lambda c: c["input"][:40],
)
def test_cases_marked_same_agree_with_their_resolution(case):
    """Where we claim the same convention, our first day is theirs (for the tense the sentence implies)."""
    ours = case["newsgraph"]
    tense = ours["tense"]
    if tense is not None and f"{tense}_resolution" in case:
        resolution = case[f"{tense}_resolution"]
        assert ours["values"][0] == resolution.get("date", resolution.get("startDate"))
    elif tense is not None:
        # a list of candidates, past first: the tense picks one
        days = sorted(_their_days(case))
        assert ours["values"][0] == (days[-1] if tense == "future" else days[0])
    else:
        assert ours["values"][0] in _their_days(case)


def test_recognizers_conventions_are_documented():
    for case in RECOGNIZERS:
        ours = case["newsgraph"]
        assert ours["convention"] in ("same", "differs", "out of scope", "unsupported")
        if ours["convention"] != "same":
            assert ours["note"], case["input"]


def test_matching_the_windows_finds_what_matching_the_text_finds(nlp):
    from spacy.tokens import Span
    from spacy.util import filter_spans

    from newsgraph.extract.dates import _windows

    finder = nlp.get_pipe("newsgraph_timexes")
    text = " ".join(s[0] for s in SENTENCES) + " " + " ".join(c["input"] for c in RECOGNIZERS)
    doc = nlp(text)
    whole = {(s.start, s.end, s.label_) for s in filter_spans([Span(doc, a, b, label=m) for m, a, b in finder.matcher(doc)])}
    windows, years = _windows(doc, finder.vocabulary)
    parts = [Span(doc, w0 + a, w0 + b, label=m) for w0, w1 in windows for m, a, b in finder.matcher(doc[w0:w1])]
    parts += [Span(doc, i, i + 1, label="YEAR") for i in years]
    assert {(s.start, s.end, s.label_) for s in filter_spans(parts)} == whole
    assert sum(w1 - w0 for w0, w1 in windows) < len(doc) / 2


def test_the_matches_of_a_stretch_of_words_are_remembered(nlp):
    from newsgraph.extract.dates import find_timexes, timex_vocabulary

    finder = nlp.get_pipe("newsgraph_timexes")
    stretches: list[str] = []

    def counting(span):
        stretches.append(span.text)
        return finder.matcher(span)

    doc = nlp("Il est venu le 12 janvier. Elle partira mardi prochain, a-t-il dit. Elle reviendra le 3 mars. "
              "Pas le 32 mars.")
    memo: dict = {}
    remembered = find_timexes(doc, counting, finder.patterns, finder.vocabulary, memo)
    assert remembered == find_timexes(doc, finder.matcher, finder.patterns, finder.vocabulary)
    assert [t["text"] for t in remembered] == ["le 12 janvier", "mardi prochain", "le 3 mars", "mars"]
    # "le 3 mars" has the key of "le 12 janvier" (words the patterns treat alike); "32" is no day
    assert stretches == ["le 12 janvier", "mardi prochain, a", "le 32 mars"] and len(memo) == 3
    assert find_timexes(doc, counting, finder.patterns, finder.vocabulary, memo) == remembered
    assert len(stretches) == 3  # every stretch remembered
    # a pattern that reads more than the words (here the part of speech): nothing is remembered
    patterns = dict(finder.patterns)
    patterns["patterns"] = [*patterns["patterns"], {"label": "DATE", "pattern": [{"POS": "NUM"}, {"LOWER": "janvier"}]}]
    vocabulary = timex_vocabulary(patterns)
    assert finder.vocabulary.lexical and not vocabulary.lexical
    memo = {}
    find_timexes(doc, finder.matcher, finder.patterns, vocabulary, memo)
    assert memo == {}
