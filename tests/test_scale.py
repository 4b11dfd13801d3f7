"""Corpus-scale extraction: streaming, order, memory zones, error reports, resume, progress, Dask."""

from __future__ import annotations

import io
import itertools
import json
import pickle
import sys
import warnings

import pytest

import newsgraph
from newsgraph import pipeline
from newsgraph.cli import main
from newsgraph.errors import InputWarning
from newsgraph.pipeline import ExtractionError, error_report

TEXTS = [
    "La Russie a accusé l'Ukraine d'avoir violé le cessez-le-feu lundi.",
    "Les États-Unis ont sanctionné l'Iran mardi, a annoncé le Trésor américain.",
    "Le président français a rencontré la chancelière allemande à Berlin.",
    "La Chine a condamné l'accord signé mercredi par le Japon et la Corée du Sud.",
    "Le Mali a expulsé l'ambassadeur de France, a déclaré le gouvernement malien.",
    "L'OTAN a appelé la Russie à retirer ses troupes de la frontière ukrainienne.",
]


def _records(n: int = len(TEXTS)) -> list[dict]:
    return [{"doc_id": f"d{i}", "text": TEXTS[i % len(TEXTS)], "published": "2022-11-28"} for i in range(n)]


def _jsonl(results) -> str:
    out = io.StringIO()
    newsgraph.write_jsonl(results, out)
    return out.getvalue()


# --------------------------------------------------------------------------- streaming


def test_extract_many_streams_an_endless_input_in_order(nlp):
    taken = []

    def endless():
        for i in itertools.count():
            taken.append(i)
            yield {"doc_id": str(i), "text": TEXTS[i % len(TEXTS)]}

    results = list(itertools.islice(newsgraph.extract_many(endless(), nlp=nlp, batch_size=2), 5))
    assert [r.doc_id for r in results] == ["0", "1", "2", "3", "4"]
    assert len(taken) < 50  # read as it goes, not to the end


def test_memory_zones_do_not_change_the_results(nlp, monkeypatch):
    records = _records(7)
    whole = _jsonl(newsgraph.extract_many(records, nlp=nlp, batch_size=3))
    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 2)
    zones = []
    real = pipeline._memory_zone

    def counted(nlp_):
        zones.append(1)
        return real(nlp_)

    monkeypatch.setattr(pipeline, "_memory_zone", counted)
    assert _jsonl(newsgraph.extract_many(records, nlp=nlp, batch_size=3)) == whole
    assert len(zones) == 4  # 7 articles, 2 per zone


def test_two_processes_keep_order_and_report_failures(nlp):
    items = _records(9)
    items[4] = {"doc_id": "empty", "text": "   "}
    errors: list[Exception] = []
    one = list(newsgraph.extract_many(items, nlp=nlp, on_error=errors.append))
    errors_two: list[Exception] = []
    two = list(newsgraph.extract_many(items, nlp=nlp, n_process=2, batch_size=2, on_error=errors_two.append))
    assert [r.doc_id for r in two] == [r.doc_id for r in one] == [f"d{i}" for i in range(9) if i != 4]
    assert _jsonl(two) == _jsonl(one)
    assert [str(e) for e in errors_two] == [str(e) for e in errors] and len(errors) == 1


def test_a_failure_in_a_worker_process_is_isolated(nlp, monkeypatch):
    real = pipeline._assemble

    def flaky(raw, article, *args, **kwargs):
        if "Mali" in article.text:
            raise KeyError("boom")
        return real(raw, article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_assemble", flaky)  # inherited by the forked workers
    errors: list[Exception] = []
    results = list(newsgraph.extract_many(_records(), nlp=nlp, n_process=2, batch_size=2, on_error=errors.append))
    assert [r.doc_id for r in results] == ["d0", "d1", "d2", "d3", "d5"]
    assert len(errors) == 1 and isinstance(errors[0], ExtractionError)
    assert error_report(errors[0])["doc_id"] == "d4" and "KeyError" in error_report(errors[0])["reason"]


@pytest.fixture
def start_method():
    """Set the multiprocessing start method for one test (``None``: unset), restored after it."""
    import multiprocessing

    before = multiprocessing.get_start_method(allow_none=True)
    yield lambda method: multiprocessing.set_start_method(method, force=True)
    multiprocessing.set_start_method(before, force=True)


def test_the_start_method_is_the_one_set_else_fork_where_it_is_safe(start_method, monkeypatch):
    import multiprocessing

    start_method(None)
    forks = "fork" in multiprocessing.get_all_start_methods()
    assert pipeline._start_method() == ("fork" if forks and sys.platform != "darwin" else "spawn")
    monkeypatch.setattr(sys, "platform", "darwin")  # fork is unsafe on macOS: spawn, Python's default there
    assert pipeline._start_method() == "spawn"
    start_method("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
    assert pipeline._start_method() == multiprocessing.get_start_method()  # set by the user: followed


ZORG = "Le FLZ a attaqué l'armée malienne lundi près de Gao, a annoncé le gouvernement du Mali."


def test_spawned_workers_build_the_pipeline_again_and_give_the_same_records(tmp_path, start_method, monkeypatch, nlp):
    import concurrent.futures

    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "organisations.tsv").write_text("id\tname\taliases\tcountry\ttype\n"
                                             "ZORG\tFront de libération zorglubien\tFLZ\t\tarmed\n", encoding="utf-8")
    default = nlp
    nlp = newsgraph.load(extra_dir=str(extra))
    items = _records(7)
    items[3] = {"doc_id": "empty", "text": "   "}
    items.append({"doc_id": "zorg", "text": ZORG, "published": "2022-11-28"})
    errors: list[Exception] = []
    one = list(newsgraph.extract_many(items, nlp=nlp, on_error=errors.append))
    assert {a.name for a in one[-1].actors} == {"FLZ", "Mali"}  # the extra row is read

    start_method("spawn")
    contexts = []
    real = concurrent.futures.ProcessPoolExecutor

    def pool(*args, **kwargs):
        contexts.append(kwargs["mp_context"].get_start_method())
        return real(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", pool)
    errors_two: list[Exception] = []
    two = list(newsgraph.extract_many(items, nlp=nlp, n_process=2, batch_size=2, on_error=errors_two.append))
    assert contexts == ["spawn"]
    assert [r.doc_id for r in two] == [r.doc_id for r in one] == ["d0", "d1", "d2", "d4", "d5", "d6", "zorg"]
    assert _jsonl(two) == _jsonl(one)  # the workers built the pipeline with the same extra_dir
    assert [str(e) for e in errors_two] == [str(e) for e in errors] and len(errors) == 1

    # no pipeline given: the workers load the default one, this process none
    monkeypatch.setattr(pipeline, "load", lambda *args, **kwargs: pytest.fail("this process loaded a pipeline"))
    spawned = list(newsgraph.extract_many(items[-3:], n_process=2, batch_size=2))
    assert _jsonl(spawned) == _jsonl(newsgraph.extract_many(items[-3:], nlp=default))
    assert {a.name for a in spawned[-1].actors} == {"Mali"} and contexts == ["spawn", "spawn"]


def test_a_pipeline_load_did_not_build_travels_as_its_config_and_bytes():
    import spacy

    assert pipeline._recipe(newsgraph.load()).model == pipeline.DEFAULT_MODEL
    blank = spacy.blank("fr")
    blank.add_pipe("newsgraph_paragraphs")
    blank.max_length = 5000
    recipe = pipeline._recipe(blank)
    assert recipe.model is None and recipe.data
    again = pipeline._build(pickle.loads(pickle.dumps(recipe)))
    assert again.pipe_names == ["newsgraph_paragraphs"] and again.max_length == 5000
    text = "Titre\n\nLe texte. La suite"
    assert [t.is_sent_start for t in again(text)] == [t.is_sent_start for t in blank(text)]


def test_n_process_minus_one_is_one_per_core_and_zero_is_refused(nlp):
    assert pipeline._processes(-1) >= 1 and pipeline._processes(3) == 3
    with pytest.raises(ValueError, match="n_process"):
        list(newsgraph.extract_many(TEXTS, nlp=nlp, n_process=0))


def test_a_missing_model_is_reported_before_spawned_workers_start():
    from newsgraph.errors import ModelNotFoundError

    pipeline._check_installed(pipeline.DEFAULT_MODEL)
    with pytest.raises(ModelNotFoundError, match="pip install no-such-model"):
        pipeline._check_installed("no_such_model")


# --------------------------------------------------------------------------- error reports


def test_error_report_fields():
    exc = ExtractionError("spaCy failed: RuntimeError: x", doc_id="a1", source="in/b.jsonl:12")
    assert error_report(exc) == {"doc_id": "a1", "file": "in/b.jsonl", "line": 12,
                                 "reason": "spaCy failed: RuntimeError: x", "error": "ExtractionError"}
    assert error_report(ExtractionError("x", source="item 3"))["file"] is None
    assert error_report(ExtractionError("x", doc_id="a1", source="a1"))["file"] is None
    assert error_report(ExtractionError("x", source="notes.txt"))["file"] == "notes.txt"
    again = pickle.loads(pickle.dumps(exc))  # crosses processes whole
    assert (again.doc_id, again.source, again.reason, str(again)) == (exc.doc_id, exc.source, exc.reason, str(exc))


def _corpus(tmp_path, bad: bool = True):
    lines = [json.dumps(r, ensure_ascii=False) for r in _records()]
    if bad:
        lines[2] = json.dumps({"doc_id": "vide", "text": ""})
        lines.insert(4, "{not json")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_errors_file_and_exit_status(tmp_path, capsys):
    src = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{src}:3 (doc_id vide): empty text" in err and f"{src}:5: invalid JSON" in err
    reports = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["file"], r["line"], r["error"]) for r in reports] == [
        ("vide", str(src), 3, "EmptyTextError"), (None, str(src), 5, "RecordError")]
    assert reports[0]["reason"] == "empty text"
    assert [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["d0", "d1", "d3",
                                                                                               "d4", "d5"]
    # a clean run exits 0 and leaves no errors file (the earlier one is removed)
    assert main(["extract", str(_corpus(tmp_path, bad=False)), "-o", str(out)]) == 0
    assert not (tmp_path / "out.errors.jsonl").exists()
    custom = tmp_path / "failed.jsonl"
    assert main(["extract", str(_corpus(tmp_path)), "-o", str(out), "--errors", str(custom)]) == 2
    assert len(custom.read_text(encoding="utf-8").splitlines()) == 2


def test_cli_resume_goes_on_where_a_run_stopped(tmp_path, capsys):
    src = _corpus(tmp_path, bad=False)
    full = tmp_path / "full.jsonl"
    assert main(["extract", str(src), "-o", str(full)]) == 0
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:2]) + lines[2][:40])  # interrupted in the middle of a record
    assert main(["extract", str(src), "-o", str(out), "--resume"]) == 0
    err = capsys.readouterr().err
    assert "was cut" in err and "the 2 articles already in" in err
    assert out.read_bytes() == full.read_bytes()
    assert main(["extract", str(src), "-o", str(out), "--resume"]) == 0  # nothing left to do
    assert out.read_bytes() == full.read_bytes()
    assert main(["extract", str(src), "--resume"]) == 1  # needs -o


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(tmp_path, monkeypatch, capsys):
    src = _corpus(tmp_path, bad=False)
    assert main(["extract", str(src), "-o", str(tmp_path / "a.jsonl")]) == 0
    assert capsys.readouterr().err == ""  # not a terminal: quiet
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(src), "-o", str(tmp_path / "b.jsonl")]) == 0
    shown = terminal.getvalue()
    assert "6/6 articles" in shown and "/s" in shown and "ETA" in shown
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(src), "-o", str(tmp_path / "c.jsonl"), "--no-progress"]) == 0
    assert terminal.getvalue() == ""


# --------------------------------------------------------------------------- the fast paths are exact


@pytest.mark.parametrize("text", ["Привет мир, это тест. La Russie.", "東京で会議が開かれた。ひらがな", "Ελληνικά και français",
                                  "La Russie a nié. Москва", "مرحبا بالعالم hello", "a" * 5 + "ж" * 5])
def test_script_guess_matches_the_letter_by_letter_count(text):
    from collections import Counter

    from newsgraph.language import _SCRIPT_LANGUAGE, _script, detect_language

    letters = [c for c in text if c.isalpha()]
    script, count = Counter(_script(c) for c in letters).most_common(1)[0]
    if script != "Latn" and count > len(letters) / 2:
        expected = "Jpan" if script in ("Hani", "Jpan") and any(_script(c) == "Jpan" for c in letters) else script
        assert detect_language(text) == _SCRIPT_LANGUAGE.get(expected, f"und-{expected}")
    else:
        assert detect_language(text) in (None, "fr", "en", "es", "de", "it", "pt", "nl")


def test_header_read_once_and_text_dropped(nlp):
    from newsgraph.extract.header import header_record

    doc = nlp("Titre de l'article\n\n23 juin 2018 . – La Russie a accusé l'Ukraine.")
    assert doc._.newsgraph_header == header_record(nlp.make_doc(doc.text))
    assert doc._.newsgraph_header["title"] == "Titre de l'article"
    assert doc._.newsgraph_text is None


# --------------------------------------------------------------------------- Dask


def test_dask_local_cluster_gives_the_local_bytes(nlp):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    from newsgraph.distributed import extract_bag, extract_dask

    items = _records(8)
    items[3] = {"doc_id": "vide", "text": ""}
    local_errors: list[Exception] = []
    local = _jsonl(newsgraph.extract_many(items, nlp=nlp, on_error=local_errors.append))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with distributed.LocalCluster(n_workers=1, threads_per_worker=2, dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            errors: list[Exception] = []
            remote = _jsonl(extract_dask(items, client=client, partition_size=3, on_error=errors.append))
            import dask.bag as db

            bagged = _jsonl(extract_bag(db.from_sequence(items, partition_size=3)).compute())
    assert remote == local and bagged == local
    assert [str(e) for e in errors] == [str(e) for e in local_errors] and len(errors) == 1
