"""Write docs/api.md: the public API's signatures and the first paragraph of each docstring.

Usage::

    python scripts/gen_api_docs.py          # rewrite docs/api.md
    python scripts/gen_api_docs.py --check  # exit 1 if docs/api.md is out of date

tests/test_docs.py runs the check, so the reference never drifts from the code.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "api.md"

#: Modules documented after the top-level names, with what each is for.
MODULES = {
    "newsgraph.analytics": "Queries and analytics as free functions over an `ActorGraph` or its networkx graph.",
    "newsgraph.evaluation": "The specification's scorer (§5).",
    "newsgraph.readwrite": "Exports and imports (all also exported at the top level but the helpers below).",
    "newsgraph.display": "HTML views used by Jupyter (`_repr_html_`).",
    "newsgraph.renderers": "The registry where `_repr_html_` finds the HTML views (`newsgraph.display` fills it).",
    "newsgraph.plotting": "matplotlib plots (extra `plot`).",
    "newsgraph.viz": "The self-contained interactive viewer.",
    "newsgraph.types": "Record types and vocabularies.",
}

HEADER = """# API reference

Generated from the docstrings by `scripts/gen_api_docs.py` (do not edit by hand: run the
script; the test suite fails when this page is out of date). Each entry gives the signature
and the first paragraph of the docstring; `help(newsgraph.NAME)` shows the rest, with
parameters and runnable examples.

Everything below `import newsgraph` is the public API: the top-level names, and the public
names of the modules listed after them.
"""


def _first_paragraph(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    paragraph = doc.strip().split("\n\n")[0].strip()
    paragraph = " ".join(line.strip() for line in paragraph.splitlines())
    paragraph = re.sub(r":(?:func|class|meth|data|mod|attr|exc):`~?([^`]+)`", r"`\1`", paragraph)
    return re.sub(r"``([^`]+)``", r"`\1`", paragraph)


def _annotation(value: Any) -> str:
    if value is inspect.Parameter.empty:
        return ""
    text = value if isinstance(value, str) else inspect.formatannotation(value)
    return text.replace("'", "").replace('"', "")


def _signature(name: str, obj: Any) -> str:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return name
    parts = []
    star = False
    for p in sig.parameters.values():
        if p.name in ("self", "cls") and p.kind is p.POSITIONAL_OR_KEYWORD:
            continue
        if p.kind is p.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        prefix = "*" if p.kind is p.VAR_POSITIONAL else "**" if p.kind is p.VAR_KEYWORD else ""
        if p.kind is p.VAR_POSITIONAL:
            star = True
        text = prefix + p.name
        ann = _annotation(p.annotation)
        if ann:
            text += f": {ann}"
        if p.default is not inspect.Parameter.empty:
            text += f" = {p.default!r}" if ann else f"={p.default!r}"
        parts.append(text)
    out = f"{name}({', '.join(parts)})"
    ret = _annotation(sig.return_annotation)
    return out + (f" -> {ret}" if ret and ret != "None" else "")


def _members(cls: type) -> list[tuple[str, Any]]:
    out = []
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if inspect.isfunction(value) or isinstance(value, property):
            out.append((name, value))
    return out


def _entry(qualname: str, obj: Any, level: int = 3) -> list[str]:
    lines = [f"{'#' * level} `{qualname}`", ""]
    if inspect.isclass(obj):
        if issubclass(obj, BaseException):
            lines += [f"*exception*, a subclass of `{obj.__mro__[1].__name__}`. {_first_paragraph(obj)}", ""]
            return lines
        lines += ["```text", _signature(obj.__name__, obj), "```", "", _first_paragraph(obj), ""]
        for name, member in _members(obj):
            head = f"`{name}` (property)" if isinstance(member, property) else f"`{_signature(name, member)}`"
            doc = _first_paragraph(member)
            lines.append(f"- {head}: {doc}" if doc else f"- {head}")
        lines.append("")
        return lines
    if callable(obj):
        return lines + ["```text", _signature(qualname.rsplit(".", 1)[-1], obj), "```", "", _first_paragraph(obj), ""]
    value = repr(obj)
    if len(value) > 200:
        value = f"{type(obj).__name__} of {len(obj)} items" if hasattr(obj, "__len__") else type(obj).__name__
    return lines + [f"Constant: `{value}`", ""]


def render() -> str:
    """The whole of docs/api.md."""
    import newsgraph

    lines = [HEADER, "## `newsgraph`", "", _first_paragraph(newsgraph), ""]
    documented = set()
    for name in newsgraph.__all__:
        obj = getattr(newsgraph, name)
        documented.add(id(obj))
        lines += _entry(f"newsgraph.{name}", obj)
    for module_name, what in MODULES.items():
        module = importlib.import_module(module_name)
        names = [n for n in getattr(module, "__all__", []) if id(getattr(module, n)) not in documented]
        lines += [f"## `{module_name}`", "", what, ""]
        exported = [n for n in getattr(module, "__all__", []) if id(getattr(module, n)) in documented]
        if exported:
            lines += ["Also here, documented above: " + ", ".join(f"`{n}`" for n in exported) + ".", ""]
        for name in names:
            lines += _entry(f"{module_name}.{name}", getattr(module, name))
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/api.md is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            sys.stderr.write("docs/api.md is out of date: run python scripts/gen_api_docs.py\n")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
