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

    article = next(newsgraph.read_articles(shared(SEED)))
    return newsgraph.extract(article, nlp=nlp)


def shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def readings(nlp, text, published="2022-11-28", *, dates=True):
    """The events of ``text`` as compact readings ("Russie → Ukraine ACCUSE (future) @2022-12"), and the result."""
    import newsgraph

    result = newsgraph.extract(text, published=published, nlp=nlp)
    names = result.actors_by_ref
    out = set()
    for e in result.events:
        flags = [m for m in (e.modality if e.modality != "asserted" else "", "negated" if e.polarity == "negative" else "") if m]
        line = f"{names[e.source].name} → {names[e.target].name if e.target else '∅'} {e.type}"
        if flags:
            line += f" ({', '.join(flags)})"
        if dates and e.date:
            line += f" @{e.date}"
        out.add(line)
    return out, result
