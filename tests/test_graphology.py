"""A Gephi-family client reads the exports (issue #15): graphology, the graph library of Gephi Lite.

The demo's GraphML and GEXF files (per actor pair and per event, every actor or
the linked ones only) are parsed by ``graphology-graphml`` and
``graphology-gexf`` in Node (``tests/js/read_graph.js``), and what they find,
the node and edge counts and every node's label, is compared with what
networkx reads and with the :class:`~newsgraph.graph.ActorGraph` written.

The JavaScript packages are pinned in ``tests/js/package-lock.json``; ``npm ci``
installs them once into ``tests/js/node_modules`` (git-ignored). Where ``node``
or ``npm`` is missing the test is skipped.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

import newsgraph
from newsgraph.cli import demo_articles

JS = Path(__file__).resolve().parent / "js"
NODE, NPM = shutil.which("node"), shutil.which("npm")
pytestmark = pytest.mark.skipif(not (NODE and NPM), reason="graphology runs in Node: node and npm are not installed")

CASES = [(fmt, aggregate, linked_only) for fmt in ("graphml", "gexf") for aggregate in (True, False)
         for linked_only in (False, True)]


@pytest.fixture(scope="module")
def graphology() -> Path:
    """``tests/js/node_modules``, installed by ``npm ci`` from the lock file unless it is already."""
    lock = (JS / "package-lock.json").read_bytes()
    stamp = JS / "node_modules" / ".newsgraph-lock-sha256"
    digest = hashlib.sha256(lock).hexdigest()
    if not (stamp.exists() and stamp.read_text(encoding="utf-8") == digest):
        result = subprocess.run([NPM, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=JS,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"npm ci failed in {JS}:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        stamp.write_text(digest, encoding="utf-8")
    return JS / "node_modules"


@pytest.fixture(scope="module")
def demo_graph(nlp) -> newsgraph.ActorGraph:
    return newsgraph.ActorGraph(newsgraph.extract_many(demo_articles(), nlp=nlp))


@pytest.fixture(scope="module")
def read_by_graphology(graphology, demo_graph, tmp_path_factory) -> dict[tuple[str, bool, bool], dict]:
    folder = tmp_path_factory.mktemp("graphology")
    files = {}
    for fmt, aggregate, linked_only in CASES:
        path = folder / f"demo-{'pairs' if aggregate else 'events'}-{'linked' if linked_only else 'all'}.{fmt}"
        writer = newsgraph.write_graphml if fmt == "graphml" else newsgraph.write_gexf
        writer(demo_graph, path, aggregate=aggregate, linked_only=linked_only)
        files[fmt, aggregate, linked_only] = path
    result = subprocess.run([NODE, str(JS / "read_graph.js"), *map(str, files.values())], cwd=JS,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    summaries = {Path(s["file"]): s for s in json.loads(result.stdout)}
    return {case: {**summaries[path], "path": path} for case, path in files.items()}


@pytest.mark.parametrize("fmt,aggregate,linked_only", CASES,
                         ids=[f"{f}-{'pairs' if a else 'events'}-{'linked' if k else 'all'}" for f, a, k in CASES])
def test_graphology_reads_what_networkx_reads(read_by_graphology, demo_graph, fmt, aggregate, linked_only):
    found = read_by_graphology[fmt, aggregate, linked_only]
    path = found["path"]
    if fmt == "graphml":
        g = nx.read_graphml(path, force_multigraph=not aggregate)
    else:
        g = nx.read_gexf(path)
    assert found["type"] == "directed"
    assert (found["nodes"], found["edges"]) == (g.number_of_nodes(), g.number_of_edges())
    assert found["labels"] == {n: d.get("label") for n, d in g.nodes(data=True)}
    # ... and both read what was written
    exported = demo_graph.aggregate() if aggregate else demo_graph.to_networkx()
    linked = {n for n in exported if exported.degree(n)}
    assert exported.number_of_edges() > 0 and linked != set(demo_graph), "the demo has linked and lone actors"
    assert set(found["labels"]) == (linked if linked_only else set(demo_graph))
    assert found["edges"] == exported.number_of_edges()
    assert all(found["labels"][n] == demo_graph.node(n)["label"] for n in found["labels"])
