"""The package's imports go one way (issue #15): no cycle, and the layers a reader can take alone.

Every ``import`` statement of every module is read from its source with
:mod:`ast`, nested ones included (inside functions, ``if TYPE_CHECKING:``
blocks): a module that names another, even for its type hints or lazily, depends
on it. Importing ``newsgraph.a.b`` also runs the ``__init__`` of its packages;
that is not counted as a dependency of the importer (``newsgraph/__init__.py``
imports the whole public API, so counting it would make every module depend on
every other).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

from .conftest import ROOT

PACKAGE = ROOT / "newsgraph"
def module_files() -> dict[str, tuple[Path, bool]]:
    """Module name -> (file, is a package)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        package = parts[-1] == "__init__"
        if package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, package)
    return found


def imported_modules(node: ast.AST, name: str, package: bool, modules: set[str]) -> list[str]:
    """The package's modules that one ``import`` / ``from ... import`` statement of module ``name`` names."""
    if isinstance(node, ast.Import):
        targets = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = name.split(".") if package else name.split(".")[:-1]
            base = base[: len(base) - node.level + 1]
            module = ".".join(base + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        # ``from . import analytics`` names the module newsgraph.analytics; ``from .graph import X`` newsgraph.graph
        targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in modules else module
                   for alias in node.names]
    else:
        return []
    out = []
    for target in targets:
        while target and target not in modules:  # ``import newsgraph.x.y`` where y is a name in x
            target = target.rpartition(".")[0]
        if target and target != name:
            out.append(target)
    return out


def import_graph() -> nx.DiGraph:
    """Module -> module it imports, with the lines that import it."""
    files = module_files()
    graph = nx.DiGraph()
    graph.add_nodes_from(files)
    for name, (path, package) in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            for target in imported_modules(node, name, package, set(files)):
                if not graph.has_edge(name, target):
                    graph.add_edge(name, target, lines=set())
                graph[name][target]["lines"].add(node.lineno)
    return graph


@pytest.fixture(scope="module")
def imports() -> nx.DiGraph:
    return import_graph()


def cycles(graph: nx.DiGraph) -> list[frozenset[str]]:
    """The groups of modules that import each other (strongly connected, more than one module)."""
    return [frozenset(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]


def describe(graph: nx.DiGraph, group: frozenset[str]) -> str:
    edges = sorted((u, v, graph[u][v]["lines"]) for u, v in graph.subgraph(group).edges)
    return "\n".join(f"  {u} imports {v} (line {', '.join(map(str, sorted(lines)))})"
                     for u, v, lines in edges)


def test_the_import_parser_sees_every_kind_of_import(imports):
    """The test below cannot pass by seeing nothing: top-level, relative, nested and type-only imports count."""
    assert imports.has_edge("newsgraph.graph", "newsgraph.analytics")  # from . import analytics
    assert imports.has_edge("newsgraph.readwrite", "newsgraph.graph")  # from .graph import ...
    assert imports.has_edge("newsgraph.pipeline", "newsgraph.components")  # import newsgraph.components, in load()
    assert imports.has_edge("newsgraph.plotting", "newsgraph.graph")  # under `if TYPE_CHECKING:`
    assert imports.has_edge("newsgraph.extract.header", "newsgraph.ingest")  # from ..ingest import ...
    assert cycles(nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])) == [frozenset("abc")]


def test_no_import_cycle_in_the_package(imports):
    found = cycles(imports)
    assert not found, "modules that import each other:\n" + "\n\n".join(describe(imports, g) for g in found)


def test_the_actor_stage_and_coreference_do_not_import_each_other(imports):
    assert not (imports.has_edge("newsgraph.extract.actors", "newsgraph.extract.coref")
                and imports.has_edge("newsgraph.extract.coref", "newsgraph.extract.actors"))


@pytest.mark.parametrize("module,allowed", [
    # the records stand alone: their HTML view is found through the registry, not display.py
    ("newsgraph.types", {"newsgraph.errors", "newsgraph.renderers", "newsgraph.extract.normalize"}),
    ("newsgraph.renderers", set()),
    ("newsgraph.errors", set()),
    # the graph holds the records and calls the analytics; never the HTML, the files or the pipeline
    ("newsgraph.analytics", {"newsgraph.types", "newsgraph.errors", "newsgraph.renderers",
                             "newsgraph.extract.normalize"}),
    ("newsgraph.graph", {"newsgraph.analytics", "newsgraph.types", "newsgraph.errors", "newsgraph.renderers",
                         "newsgraph.extract.normalize"}),
])
def test_lower_layers_import_only_below_them(imports, module, allowed):
    reached = nx.descendants(imports, module)
    assert reached <= allowed, f"{module} reaches {sorted(reached - allowed)}"


def test_html_views_still_display(nlp):
    """``_repr_html_`` of a result and of a graph reach display.py through the registry."""
    import newsgraph

    result = newsgraph.extract("La Russie a accusé l'Ukraine.", published="2022-11-28", nlp=nlp)
    assert result._repr_html_().startswith('<div class="newsgraph-article"')
    assert "Russie" in newsgraph.ActorGraph([result])._repr_html_()
