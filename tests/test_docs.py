"""The documentation: every example runs, the site builds without a warning, the references are current.

Conventions for docs/*.md:

- a ```python block runs: the blocks of one page run in order, in one namespace, in a fresh
  working directory that holds ``articles/`` (the bundled demo articles), ``article.txt``,
  ``corpus.jsonl`` and ``gold.jsonl``, so that examples can name them as a reader would;
- in a ```console block, each command that starts with ``newsgraph`` runs (in-process) and
  must exit with 0; other commands (pip, pytest, mkdocs, chromium) are shown, not run here;
  ``../shared/data`` stands for the project's shared data (skipped where it is missing);
- ```text blocks (usage lines, output) never run.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
from importlib import resources as importlib_resources
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.S | re.M)

GOLD = {
    "doc_id": "gold-1",
    "published": "2022-11-28",
    "title": "La Russie accuse l'Ukraine",
    "text": "La Russie a accusé lundi l'Ukraine d'avoir bombardé la centrale.",
    "actors": [
        {"ref": "A1", "kind": "COUNTRY", "code": "RUS", "name": "Russie", "aliases": []},
        {"ref": "A2", "kind": "COUNTRY", "code": "UKR", "name": "Ukraine", "aliases": []},
    ],
    "timexes": [{"text": "lundi", "occurrence": 1, "value": "2022-11-28"}],
    "events": [{"type": "ACCUSE", "source": "A1", "target": "A2", "modality": "asserted",
                "polarity": "positive", "date": "2022-11-28"}],
}


def blocks(page: Path, language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(page.read_text(encoding="utf-8")) if lang == language]


@pytest.fixture()
def sandbox(tmp_path, monkeypatch):
    """A working directory with the files the examples name."""
    demo = Path(str(importlib_resources.files("newsgraph").joinpath("data/demo")))
    articles = tmp_path / "articles"
    articles.mkdir()
    texts = sorted(demo.glob("*.txt"))
    for path in texts:
        shutil.copy(path, articles / path.name)
    shutil.copy(texts[0], tmp_path / "article.txt")
    with (tmp_path / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for path in texts:
            fh.write(json.dumps({"doc_id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
    (tmp_path / "gold.jsonl").write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_page_is_in_the_site():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r":\s*(\S+\.md)\s*$", config, re.M))
    assert listed == {p.name for p in PAGES}


@pytest.mark.parametrize("page", [p for p in PAGES if blocks(p, "python")], ids=lambda p: p.stem)
def test_python_examples_run(page, sandbox, nlp):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    namespace: dict = {"__name__": f"docs_{page.stem}"}
    for n, code in enumerate(blocks(page, "python"), start=1):
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(code, f"{page.name}[python block {n}]", "exec"), namespace)
        except Exception as exc:
            pytest.fail(f"{page.name}, python block {n} fails: {type(exc).__name__}: {exc}\n{code}")
    import matplotlib.pyplot as plt

    plt.close("all")


def _commands(code: str) -> list[str]:
    joined = re.sub(r"\\\n\s*", " ", code)
    return [line.strip() for line in joined.splitlines() if line.strip().startswith("newsgraph ")]


@pytest.mark.parametrize("page", [p for p in PAGES if any(_commands(b) for b in blocks(p, "console"))],
                         ids=lambda p: p.stem)
def test_shell_examples_run(page, sandbox, nlp):
    from newsgraph.cli import main

    for code in blocks(page, "console"):
        for command in _commands(code):
            if "../shared/data" in command:
                if not SHARED.exists():
                    continue
                command = command.replace("../shared/data", str(SHARED))
            argv = shlex.split(command, comments=True)[1:]
            out, err = io.StringIO(), io.StringIO()
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    status = main(argv)
            except SystemExit as exc:  # --version, --help
                status = exc.code
            assert status in (0, None), f"{page.name}: `{command}` exited with {status}: {err.getvalue()[-1000:]}"


def test_cli_reference_names_every_option():
    from newsgraph.cli import main

    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    for command in ([], ["extract"], ["evaluate"], ["demo"]):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
            main([*command, "--help"])
        options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", out.getvalue())) - {"--help"}
        missing = sorted(o for o in options if f"`{o}" not in page and f" {o}" not in page)
        assert not missing, f"docs/cli.md does not describe {missing} of `newsgraph {' '.join(command)}`"


def test_api_reference_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_api_docs.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_site_builds_without_warnings(tmp_path):
    pytest.importorskip("mkdocs")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr, result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").exists()
    # the site loads nothing from the network
    built = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").glob("*.html"))
    assert not re.search(r"""<(?:script|link)[^>]+(?:src|href)=["']https?://""", built)
