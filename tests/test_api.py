"""The public surface: sorted __all__, nothing heavy on import, the factories registered."""

from __future__ import annotations

import subprocess
import sys

import newsgraph


def test_all_is_sorted_and_exported():
    assert newsgraph.__all__ == sorted(newsgraph.__all__)
    for name in newsgraph.__all__:
        assert hasattr(newsgraph, name), name


def test_import_does_not_load_spacy_or_models():
    code = "import sys, newsgraph; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_library_logger_has_null_handler():
    import logging

    handlers = logging.getLogger("newsgraph").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_factories_are_registered_by_entry_point():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"newsgraph_paragraphs", "newsgraph_actors", "newsgraph_timexes", "newsgraph_events"} <= names


def test_load_adds_components_by_name_and_is_cached(nlp):
    for name in ("newsgraph_paragraphs", "newsgraph_actors", "newsgraph_timexes", "newsgraph_events"):
        assert name in nlp.pipe_names
    assert nlp.pipe_names.index("newsgraph_paragraphs") < nlp.pipe_names.index("parser")
    assert newsgraph.load() is nlp


def test_missing_model_is_a_typed_error():
    import pytest

    with pytest.raises(newsgraph.ModelNotFoundError, match="pip install"):
        newsgraph.load("fr_core_news_nonexistent")
