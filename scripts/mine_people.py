#!/usr/bin/env python3
"""Mine the names French news ties to a state office, for review: candidates for ``people_corpus.tsv``.

Runs newsgraph over a corpus of articles (JSON Lines with ``doc_id``,
``published``, ``text``; the WiNER corpus by default) and keeps the people whose
title states their country ("le président américain Donald Trump", "le
ministre russe des Affaires étrangères Sergueï Lavrov", "le Premier ministre
de l'Inde") and whom ``people.tsv`` does not know yet. It writes one line per
person: name, country, the titles seen, how many articles, first and last
dates. The articles of the gold files given with ``--exclude`` are left out, so
that nothing is learnt from the articles newsgraph is measured on.

A person found in several articles with one country is a strong candidate;
every line is read by a person before it goes into ``scripts/people_corpus.tsv``
(same columns as ``people_supplement.tsv``), and ``build_people.py`` is run
again.

Usage::

    python scripts/mine_people.py --exclude ../shared/data/dev/*.jsonl > /tmp/candidates.tsv
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsgraph  # noqa: E402
from newsgraph.resources import make_gazetteer  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "winer-fr.jsonl"


def stated_country(role: str, country: str, gaz) -> bool:
    """Does the title itself name the country (an adjective or a country's name)?"""
    words = role.replace("'", " ").replace("’", " ").split()
    return any(gaz.demonym(w) == country for w in words) or any(
        gaz.country_code(" ".join(words[i:j])) == country for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="gold files whose articles are left out")
    args = parser.parse_args()

    excluded = set()
    for path in args.exclude:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                excluded.add(str(record.get("doc_id")))
                excluded.add((record.get("text") or "")[:200])
    articles = []
    for line in args.corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if str(record["doc_id"]) in excluded or record["text"][:200] in excluded:
            continue
        articles.append({"doc_id": record["doc_id"], "published": record["published"], "text": record["text"]})
    gaz = make_gazetteer()
    seen: dict[tuple[str, str], dict] = defaultdict(lambda: {"roles": set(), "docs": set(), "dates": set()})
    for result in newsgraph.extract_many(articles):
        for actor in result.actors:
            if actor.kind != "PERSON" or not actor.country or not actor.role or len(actor.name.split()) < 2:
                continue
            if not stated_country(actor.role, actor.country, gaz) or gaz.person([actor.name], result.published):
                continue
            entry = seen[(actor.name, actor.country)]
            entry["roles"].add(actor.role)
            entry["docs"].add(result.doc_id)
            entry["dates"].add(str(result.published))
    print("name\tcountry\tarticles\tfirst\tlast\troles")
    for (name, country), entry in sorted(seen.items(), key=lambda item: (-len(item[1]["docs"]), item[0])):
        dates = sorted(entry["dates"])
        print(f"{name}\t{country}\t{len(entry['docs'])}\t{dates[0]}\t{dates[-1]}\t{' | '.join(sorted(entry['roles']))}")
    print(f"{len(articles)} articles read, {len(excluded) // 2} gold articles left out", file=sys.stderr)


if __name__ == "__main__":
    main()
