"""Long texts in pieces: cutting at paragraph breaks, merging what each piece gave.

spaCy refuses a text longer than ``nlp.max_length`` (a million characters by
default), and its parser needs memory and time that grow faster than the
text (about 0.4 GB more for 100,000 characters of news with
``fr_core_news_md`` and newsgraph's components). A longer text is cut into
contiguous pieces of at most :data:`CHUNK_CHARS` characters (or
``nlp.max_length`` if smaller), at a paragraph break when there is one (else a
line break, a sentence end, a space), each piece is processed on its own, and
the pieces' records are merged with their character offsets shifted so that
they index the whole text:

- actors are merged by their stable ``id`` (a country named in several pieces
  is one actor; names become aliases, missing code, country and role are
  filled in), a person named by a last name only is merged with the one
  person of another piece whose full name ends with it ("Trump", "Donald
  Trump"), and actors are renumbered ``A1``, ``A2``... in order of first
  appearance;
- mentions, time expressions and events are concatenated in text order, their
  actor refs renumbered and their time-expression indices shifted;
- component errors are kept, prefixed with the piece they come from;
- a ref that names no actor of its piece becomes ``None`` (it could only
  point to the wrong actor once renumbered).

The pipeline sends a long text's pieces through spaCy one after the other,
never in one batch (which would take the memory of the whole text at once):
300,000 characters of news took 14 s and 0.97 GB of peak memory in four
pieces, 17 s and 1.7 GB in one ``Doc`` (1,039 actors and 253 events against
1,039 and 254).

What is lost at a cut: coreference (a pronoun at the start of a piece cannot
reach an actor named in the previous one), and the article's header for every
piece but the first. No news article comes close to the limit; a cut text
carries a warning in its result.

Examples
--------
>>> text = "Premier paragraphe.\\n\\nDeuxième paragraphe, plus long.\\n\\nTroisième."
>>> spans = split_text(text, 40)
>>> [text[a:b] for a, b in spans]
['Premier paragraphe.\\n\\n', 'Deuxième paragraphe, plus long.\\n\\n', 'Troisième.']
>>> parts = [(0, {"actors": [{"ref": "A1", "kind": "COUNTRY", "name": "Russie", "id": "country:RUS"}],
...               "mentions": [{"start": 0, "end": 6, "actor": "A1"}]}),
...          (21, {"actors": [{"ref": "A1", "kind": "COUNTRY", "name": "Moscou", "id": "country:RUS"}],
...                "mentions": [{"start": 3, "end": 9, "actor": "A1"}]})]
>>> merged = merge_parts(parts)
>>> merged["actors"]
[{'ref': 'A1', 'kind': 'COUNTRY', 'name': 'Russie', 'id': 'country:RUS', 'aliases': ['Moscou']}]
>>> merged["mentions"]
[{'start': 0, 'end': 6, 'actor': 'A1'}, {'start': 24, 'end': 30, 'actor': 'A1'}]
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Mapping, Sequence

__all__ = ["CHUNK_CHARS", "KEYS", "merge_parts", "split_text"]

#: Largest piece processed at once, in characters.
CHUNK_CHARS = 100_000
#: The lists a processed piece holds (``doc._.newsgraph_<key>``).
KEYS = ("actors", "mentions", "timexes", "events", "errors")

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"\n\s*")
_SENTENCE = re.compile(r"[.!?…»”\"][)\]]?\s+")
_SPACE = re.compile(r"\s+")
_BODY_LINE_END = re.compile(r"[.!?…»”\")]\s*$")


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece that starts at ``start`` and may not reach past ``stop``."""
    floor = start + (stop - start) // 4  # no piece shorter than a quarter of the limit, unless forced
    window = text[floor:stop]
    paragraph = [m.end() + floor for m in _PARAGRAPH.finditer(window)]
    if paragraph:
        # prefer a cut before a paragraph that reads as body text (not a subheading that
        # the header reader would take for a title)
        for cut in reversed(paragraph[-50:]):
            line_end = text.find("\n", cut)
            line = text[cut:line_end if line_end != -1 else len(text)]
            if _BODY_LINE_END.search(line):
                return cut
        return paragraph[-1]
    for pattern in (_LINE, _SENTENCE, _SPACE):
        ends = [m.end() + floor for m in pattern.finditer(window)]
        if ends:
            return ends[-1]
    cut = stop
    while cut > start + 1 and unicodedata.combining(text[cut]):
        cut -= 1  # do not separate a letter from its accent
    return cut


def split_text(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Contiguous ``(start, end)`` spans that cover ``text``, none longer than ``max_chars``.

    A cut falls after a paragraph break if there is one in the last three
    quarters of the window, else after a line break, a sentence end, a space,
    and only as a last resort inside a word (never between a letter and a
    combining accent). The break's whitespace ends the piece before it.

    Examples
    --------
    >>> split_text("abc", 10)
    [(0, 3)]
    >>> split_text("un deux trois quatre", 8)
    [(0, 8), (8, 14), (14, 20)]
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    spans = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _shift(value: Any, offset: int) -> Any:
    return value + offset if isinstance(value, int) and not isinstance(value, bool) else value


def _words(name: Any) -> list[str]:
    return str(name or "").casefold().split()


def _same_person(actor: Mapping[str, Any], actors: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one person of an earlier piece whose name ends with this one's, or is the end of it.

    "Trump" after "Donald Trump" (or before it) is the same person, as the
    components decide within one piece; two candidates ("Trump" with
    "Donald Trump" and "Ivanka Trump") leave the actor on its own.
    """
    if actor.get("kind") != "PERSON":
        return None
    words = _words(actor.get("name"))
    if not words:
        return None
    found = []
    for other in actors:
        if other.get("kind") != "PERSON":
            continue
        theirs = _words(other.get("name"))
        short, long_ = (words, theirs) if len(words) <= len(theirs) else (theirs, words)
        if short and long_[-len(short):] == short:
            found.append(other)
    return found[0] if len(found) == 1 else None


def merge_parts(parts: Sequence[tuple[int, Mapping[str, Any]]]) -> dict[str, list[Any]]:
    """Merge the records of consecutive pieces of one text.

    Parameters
    ----------
    parts : sequence of (offset, record)
        Each piece's start in the whole text and its lists (:data:`KEYS`:
        actors, mentions, timexes, events, errors as the components store
        them; a missing key is an empty list).

    Returns
    -------
    dict
        The same keys, for the whole text. The inputs are not modified.
    """
    actors: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    out: dict[str, list[Any]] = {key: [] for key in KEYS}
    for number, (offset, part) in enumerate(parts, start=1):
        refs: dict[Any, str] = {}
        earlier = list(actors)  # a last name is matched against earlier pieces only
        for actor in part.get("actors") or []:
            actor_id = actor.get("id") or f"{actor.get('kind')}:{actor.get('name')}"
            merged = by_id.get(actor_id) or _same_person(actor, earlier)
            if merged is not None and actor_id not in by_id:
                if len(_words(actor.get("name"))) > len(_words(merged.get("name"))):
                    # "Trump" in an earlier piece, "Donald Trump" in this one: the full name wins
                    shorter = merged.get("name")
                    merged["name"] = actor.get("name")
                    merged["id"] = actor_id
                    merged["aliases"] = [shorter] + [n for n in merged.get("aliases") or [] if n != shorter]
                by_id[actor_id] = merged
            if merged is None:
                merged = {**actor, "ref": f"A{len(actors) + 1}"}
                if "aliases" in actor:
                    merged["aliases"] = list(actor["aliases"] or [])
                by_id[actor_id] = merged
                actors.append(merged)
            else:
                aliases = merged.setdefault("aliases", [])
                for name in (actor.get("name"), *(actor.get("aliases") or [])):
                    if name and name != merged.get("name") and name not in aliases:
                        aliases.append(name)
                for key in ("code", "country", "role"):
                    if not merged.get(key) and actor.get(key):
                        merged[key] = actor[key]
            refs[actor.get("ref")] = merged["ref"]
        for mention in part.get("mentions") or []:
            out["mentions"].append({
                **mention,
                "start": _shift(mention.get("start"), offset),
                "end": _shift(mention.get("end"), offset),
                **({"actor": refs.get(mention["actor"])} if mention.get("actor") else {}),
            })
        first_timex = len(out["timexes"])
        for timex in part.get("timexes") or []:
            shifted = {**timex, "start": _shift(timex.get("start"), offset), "end": _shift(timex.get("end"), offset)}
            if timex.get("anchor") is not None:
                shifted["anchor"] = _shift(timex["anchor"], first_timex)
            out["timexes"].append(shifted)
        for event in part.get("events") or []:
            shifted = dict(event)
            for key in ("trigger_start", "trigger_end", "sentence_start", "sentence_end"):
                if key in shifted:
                    shifted[key] = _shift(shifted[key], offset)
            for key in ("source", "target", "speaker"):
                if shifted.get(key) is not None:
                    shifted[key] = refs.get(shifted[key])
            if shifted.get("date_timex") is not None:
                shifted["date_timex"] = _shift(shifted["date_timex"], first_timex)
            out["events"].append(shifted)
        for error in part.get("errors") or []:
            out["errors"].append(f"piece {number}/{len(parts)}: {error}")
    out["actors"] = actors
    return out
