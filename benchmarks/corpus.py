"""The shared WiNER corpus the benchmarks run on, and a reader for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "winer-fr.jsonl"
ARTICLE_FIELDS = ("text", "doc_id", "published")


def read_corpus(path: Path, limit: int, *, fields: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` records of a JSON Lines corpus, optionally only some ``fields``."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            records.append({k: record[k] for k in fields} if fields else record)
            if len(records) >= limit:
                break
    return records
