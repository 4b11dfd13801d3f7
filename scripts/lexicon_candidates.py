#!/usr/bin/env python3
"""List the words of a corpus that link two actors and that the event lexicon lacks.

The script runs the newsgraph pipeline (:func:`newsgraph.load`) over a JSON
Lines corpus (one article a line, with a ``text`` field; by default the WiNER
Wikinews corpus of the shared data) and looks, in every sentence, for

* a **verb** whose subject (or passive agent, or the subject it inherits
  through control or coordination) is an actor, and whose direct object,
  indirect object or prepositional complement is another actor
  ("la Turquie a *bombardé* les Kurdes", "l'Iran *s'en prend* à Israël");
* a **noun** with a complement that is an actor ("... *de* la Russie",
  "... *contre* l'Ukraine") and whose governing verb has an actor subject
  ("la France a *décrété* un *embargo* contre l'Iran").

A word is a candidate when no event of the pipeline was triggered by it and
the lexicon (``events.tsv``, and the cue words of ``cues.tsv``) has no
single-word row for its lemma. The candidates are listed by frequency, with
the complements that were actors (``obj``, ``iobj``, or the preposition), the
objects a verb had besides (for light-verb constructions: "porter [plainte]
contre"), and one example sentence each. Review the list by hand: most of its
top is general verbs ("être", "dire"), reporting verbs and sports results.

Usage::

    python scripts/lexicon_candidates.py --limit 300 --top 150 --output candidates.tsv

The output is tab-separated: ``lemma``, ``pos``, ``count``, ``articles``,
``frames`` (complement slots with their counts), ``objects`` (a verb's most
frequent non-actor objects), ``example``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, Token

import newsgraph
from newsgraph.resources import make_event_lexicon

LOGGER = logging.getLogger("lexicon_candidates")

# the shared data sit beside the project's checkout (../shared/data), as for the tests
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus" / "winer-fr.jsonl"
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
COMPLEMENT_DEPS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nsubj:pass")
NOUN_GOVERNED_DEPS = ("obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod")
# children of a phrase's head that name the same actor ("le président *Poutine*", "la Russie *et* la Chine")
SAME_PHRASE_DEPS = ("flat:name", "flat", "appos", "nmod", "conj")
MAX_EXAMPLE = 300
# prepositions of circumstances, not of an argument ("selon l'AFP", "après la France")
NOT_ARGUMENT = frozenset({"selon", "comme", "malgré", "après", "avant", "depuis", "pendant", "lors", "sauf", "outre", "dès", "parmi"})


@dataclass
class Candidate:
    """What the corpus says about one lemma that links two actors."""

    count: int = 0
    articles: set[int] = field(default_factory=set)
    frames: Counter = field(default_factory=Counter)
    objects: Counter = field(default_factory=Counter)
    example: str = ""


def read_articles(path: Path, limit: int | None) -> Iterator[tuple[int, str]]:
    """``(index, text)`` of the first ``limit`` articles of a JSON Lines corpus."""
    with path.open(encoding="utf-8") as fh:
        for index, line in enumerate(fh):
            if limit is not None and index >= limit:
                return
            if line.strip():
                yield index, json.loads(line)["text"]


def token_actors(doc: Doc) -> dict[int, str]:
    """Token index → actor ref, from the pipeline's actor mentions (innermost mention wins)."""
    found: dict[int, str] = {}
    for mention in doc._.newsgraph_mentions or []:
        if not mention.get("actor"):
            continue
        span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
        if span is not None:
            for token in span:
                found[token.i] = mention["actor"]
    return found


def triggered(doc: Doc) -> set[int]:
    """Indices of the tokens that some event of the pipeline was triggered by."""
    covered: set[int] = set()
    for event in doc._.newsgraph_events or []:
        span = doc.char_span(event["trigger_start"], event["trigger_end"], alignment_mode="expand")
        if span is not None:
            covered.update(t.i for t in span)
    return covered


def phrase_actors(token: Token, actors: dict[int, str]) -> set[str]:
    """Actors a phrase names by its head or by the head's close dependents."""
    found = {actors[token.i]} if token.i in actors else set()
    for child in token.children:
        if child.dep_ in SAME_PHRASE_DEPS and child.i in actors:
            found.add(actors[child.i])
    return found


def preposition(token: Token) -> str | None:
    """The first preposition of a complement ("contre", "à", "de"), contracted forms expanded."""
    cases = [c.lower_ for c in token.children if c.dep_ in ("case", "mark") and c.i < token.i]
    if not cases:
        return None
    first = cases[0].replace("’", "'")
    return {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de"}.get(first, first)


def verb_subjects(verb: Token, actors: dict[int, str], depth: int = 0) -> set[str]:
    """Actors of a verb's subject, of its passive agent, or inherited from the verb it depends on."""
    found: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "obl:agent"):
            found |= phrase_actors(child, actors)
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if not found and not has_subject and depth < 2 and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb:
        found = verb_subjects(verb.head, actors, depth + 1)
    return found


def verb_complements(verb: Token, actors: dict[int, str]) -> list[tuple[str, set[str]]]:
    """``(slot, actors)`` of a verb's objects and prepositional complements that name actors."""
    out = []
    for child in verb.children:
        if child.dep_ not in COMPLEMENT_DEPS:
            continue
        named = phrase_actors(child, actors)
        if not named:
            continue
        if child.dep_ == "nsubj:pass":
            slot = "obj"  # the patient of a passive ("a été bombardée par X")
        elif child.dep_ in ("obj", "iobj"):
            slot = preposition(child) or child.dep_
        else:
            slot = preposition(child)
        if slot and slot not in NOT_ARGUMENT:
            out.append((slot, named))
    return out


def verb_objects(verb: Token, actors: dict[int, str]) -> list[str]:
    """Lemmas of a verb's direct objects that are not actors ("porter *plainte*")."""
    return [c.lemma_.lower() for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i not in actors]


def noun_complements(noun: Token, actors: dict[int, str]) -> list[tuple[str, set[str]]]:
    """``(preposition, actors)`` of a noun's complements that name actors."""
    out = []
    for child in noun.children:
        if child.dep_ not in ("nmod", "obl", "obl:arg"):
            continue
        named = phrase_actors(child, actors)
        slot = preposition(child)
        if named and slot and slot not in NOT_ARGUMENT:
            out.append((slot, named))
    return out


def known_words(lexicon) -> set[tuple[str, str]]:
    """``(lemma, pos)`` of the lexicon's single-word rows, and the cue words as verbs."""
    known = set()
    for entry in lexicon:
        words = entry.lemma.replace("’", "'").split()
        if words and words[0] in ("se", "s'"):
            words = words[1:]
        elif words and words[0].startswith("s'"):
            words = [words[0][2:], *words[1:]]
        if len(words) == 1:
            known.add((words[0], entry.pos))
    for words in lexicon.cues.values():
        known.update((word, "VERB") for word in words)
    return known


def scan(doc: Doc, index: int, known: set[tuple[str, str]], found: dict[tuple[str, str], Candidate]) -> None:
    """Add the candidates of one article to ``found``."""
    actors = token_actors(doc)
    if len(set(actors.values())) < 2:
        return
    covered = triggered(doc)
    for token in doc:
        if token.i in covered or token.i in actors or token.pos_ not in ("VERB", "NOUN"):
            continue
        lemma = token.lemma_.lower()
        if (lemma, token.pos_) in known or (token.pos_ == "NOUN" and (token.lower_, "NOUN") in known):
            continue
        if token.pos_ == "VERB":
            sources = verb_subjects(token, actors)
            complements = verb_complements(token, actors)
        else:
            governor = token.head
            if governor == token or governor.pos_ != "VERB" or token.dep_ not in NOUN_GOVERNED_DEPS:
                continue
            sources = verb_subjects(governor, actors)
            complements = noun_complements(token, actors)
        slots = [slot for slot, named in complements if named - sources]
        if not sources or not slots:
            continue
        candidate = found[(lemma, token.pos_)]
        candidate.count += 1
        candidate.articles.add(index)
        candidate.frames.update(slots)
        if token.pos_ == "VERB":
            candidate.objects.update(verb_objects(token, actors))
        if not candidate.example:
            candidate.example = " ".join(token.sent.text.split())[:MAX_EXAMPLE]


def find_candidates(articles: Iterable[tuple[int, str]], batch_size: int = 16) -> dict[tuple[str, str], Candidate]:
    """Candidates of every article, by ``(lemma, pos)``."""
    nlp = newsgraph.load()
    known = known_words(make_event_lexicon())
    found: dict[tuple[str, str], Candidate] = defaultdict(Candidate)
    items = list(articles)
    texts = ((text, index) for index, text in items)
    for n, (doc, index) in enumerate(nlp.pipe(texts, as_tuples=True, batch_size=batch_size), start=1):
        scan(doc, index, known, found)
        if n % 100 == 0:
            LOGGER.info("%d articles read, %d candidate lemmas", n, len(found))
    return found


def write_table(found: dict[tuple[str, str], Candidate], top: int | None, min_count: int, out) -> None:
    """The candidates as TSV, most frequent first."""
    out.write("lemma\tpos\tcount\tarticles\tframes\tobjects\texample\n")
    ranked = sorted(found.items(), key=lambda kv: (-kv[1].count, -len(kv[1].articles), kv[0]))
    ranked = [(key, c) for key, c in ranked if c.count >= min_count][:top]
    for (lemma, pos), c in ranked:
        frames = "|".join(f"{slot}:{n}" for slot, n in c.frames.most_common(4))
        objects = "|".join(f"{obj}:{n}" for obj, n in c.objects.most_common(4))
        out.write(f"{lemma}\t{pos}\t{c.count}\t{len(c.articles)}\t{frames}\t{objects}\t{c.example}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a JSON Lines corpus with a 'text' field")
    parser.add_argument("--limit", type=int, default=None, help="read only the first LIMIT articles")
    parser.add_argument("--top", type=int, default=200, help="list only the TOP most frequent candidates (0: all)")
    parser.add_argument("--min-count", type=int, default=2, help="leave out candidates seen fewer times")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--output", type=Path, default=None, help="write the TSV there (default: standard output)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    found = find_candidates(read_articles(args.corpus, args.limit), args.batch_size)
    top = args.top or None
    if args.output:
        with args.output.open("w", encoding="utf-8") as out:
            write_table(found, top, args.min_count, out)
        LOGGER.info("%d candidates written to %s", min(len(found), top or len(found)), args.output)
    else:
        write_table(found, top, args.min_count, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
