"""Shared fixtures: the loaded pipeline (once per session) and paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = SHARED / "seed" / "sawt-beirut-2022-11-28.txt"
GOLD_SEED = SHARED / "dev" / "gold-seed.jsonl"
GOLD_DEV = SHARED / "dev" / "gold-dev.jsonl"


@pytest.fixture(scope="session")
def nlp():
    import newsgraph

    return newsgraph.load()


@pytest.fixture(scope="session")
def seed_result(nlp):
    import newsgraph

    article = next(newsgraph.read_articles(SEED))
    return newsgraph.extract(article, nlp=nlp)


def shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path
