"""The notebooks in notebooks/ run from a clean kernel, top to bottom, without an error.

Each notebook runs in a fresh kernel of this interpreter (a kernel spec made for the test,
so a user's own ``python3`` kernel is never picked up), in a temporary working directory,
with ``NEWSGRAPH_DATA`` pointing at the shared data. Without the shared data the test
skips. The notebooks are stored without outputs: this test is what keeps them from rotting.
"""

from __future__ import annotations

import json
import re
import sys
import time

import pytest

from .conftest import ROOT, SHARED

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "newsgraph-test"
PRIVATE = re.compile(r"newsgraph(?:\.\w+)*\._|import _|\._\w")


@pytest.fixture(scope="module")
def kernel_dir(tmp_path_factory):
    """A Jupyter data directory holding a kernel spec for this interpreter."""
    pytest.importorskip("ipykernel")
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "newsgraph tests",
        "language": "python",
    }), encoding="utf-8")
    return root


def test_notebooks_are_there_and_stored_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    assert [p.name for p in NOTEBOOKS] == ["01-quickstart.ipynb", "02-actor-graph.ipynb", "03-extend.ipynb"]
    for path in NOTEBOOKS:
        book = nbformat.read(path, as_version=4)
        nbformat.validate(book)
        for cell in book.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, f"{path.name}: clear the outputs"
            if cell.cell_type == "code":
                # public API only: the notebooks teach what users may rely on
                assert not PRIVATE.search(cell.source), f"{path.name}: private API in {cell.source!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, kernel_dir, tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    if not SHARED.exists():
        pytest.skip(f"shared data not available: {SHARED}")
    monkeypatch.setenv("JUPYTER_PATH", str(kernel_dir))
    monkeypatch.setenv("NEWSGRAPH_DATA", str(SHARED))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    book = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        book, kernel_name=KERNEL, timeout=600, allow_errors=False,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    start = time.perf_counter()
    client.execute()  # raises CellExecutionError on the first failing cell
    elapsed = time.perf_counter() - start
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    if path.name != "03-extend.ipynb":
        assert any("text/html" in o.get("data", {}) for o in outputs), "no rich display in the notebook"
    print(f"{path.name}: {elapsed:.1f} s")
