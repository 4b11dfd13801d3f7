"""Actors: named mentions found, cleaned, typed, grouped and resolved.

The pass over one ``Doc``:

1. **candidates**: spaCy's entities, cleaned of leading articles, honorifics
   and titles, plus gazetteer matches (countries, capitals and seats of
   power, organisations) that the statistical NER missed or mislabelled;
2. **typing**: a sovereign state's name is a ``COUNTRY``; a capital or seat
   of power acting as a participant is its ``COUNTRY`` (``metonymy``); known
   organisations and NER organisations are ``ORGANISATION``; other places
   are ``LOCATION`` (not actors);
3. **grouping** into actors: countries by ISO code, organisations by
   gazetteer id, acronym or name, people by name ("Lavrov" joins
   "Sergueï Lavrov");
4. **roles and countries** of people from titles and appositions ("le
   ministre russe des Affaires étrangères Sergueï Lavrov");
5. **coreference** (:mod:`newsgraph.extract.coref`): pronouns, possessives
   and definite descriptions become ``resolved`` mentions.

Everything returned is plain data (dicts), so that it can live on a ``Doc``
extension and cross process boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..ingest import parse_header
from ..resources import Gazetteer, read_table
from .normalize import actor_key, fold, normalize_apostrophes

__all__ = ["ActorFinder", "Candidate"]

_ARTICLES = {"l'", "le", "la", "les", "l’", "du", "des", "de", "d'", "d’", "au", "aux", "un", "une"}
_STRIP_TRAILING = {"'s", "’s"}
_ROLE_MODIFIERS = {
    "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel",
    "actuelle", "haut", "haute", "premier", "première", "sortant", "sortante", "vice",
}
_ROLE_LINKS = {"de", "des", "du", "d'", "d’", "en", "à", "aux", "au", "la", "le", "les", "l'", "l’", "et", "pour", "chargé", "chargée"}
_MEDIA_NOUNS = {
    "chaîne", "journal", "quotidien", "hebdomadaire", "magazine", "radio", "télévision",
    "émission", "site", "agence", "revue", "mensuel", "programme", "réseau",
}
_LOCATIVE_CASES = {"à", "en", "dans", "vers", "depuis", "sur", "près", "jusqu'", "jusqu’", "au", "aux"}
_ACTOR_DEPS = {"nsubj", "nsubj:pass", "obl:agent", "obj", "iobj", "appos"}
_GUILLEMETS = {"«", "»", '"', "“", "”"}


@dataclass
class Candidate:
    """A mention being built: token span, kind and what identifies it."""

    start: int  # token index
    end: int
    kind: str
    code: str | None = None  # country code (COUNTRY) or organisation id (ORGANISATION)
    country: str | None = None
    metonymy: bool = False
    role: str | None = None
    role_country: str | None = None
    role_scope: str | None = None
    source: str = "ner"
    actor: int | None = None  # index into the actor list
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class _ActorDraft:
    kind: str
    names: list[str]
    code: str | None = None
    org_id: str | None = None
    country: str | None = None
    role: str | None = None
    first: int = 0
    mentions: list[Candidate] = field(default_factory=list)

    def display_name(self) -> str:
        if self.kind == "PERSON":
            return max(self.names, key=lambda n: (len(n.split()), len(n)))
        if self.kind == "COUNTRY" and self.code:
            return self.names[0]
        # organisations: the fullest form used, unless it is only an expansion
        # of an acronym given alongside (keep the article's own choice).
        return max(self.names, key=lambda n: (len(n), n))


class ActorFinder:
    """Finds the actors and mentions of a ``Doc``; built once per pipeline.

    Parameters
    ----------
    vocab : spacy.vocab.Vocab
    gazetteer : Gazetteer
    """

    def __init__(self, vocab: Any, gazetteer: Gazetteer, make_doc: Any) -> None:
        self.gaz = gazetteer
        self.not_actors = {fold(r["form"]) for r in read_table("not_actors.tsv")}
        self.lower_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.exact_matcher = PhraseMatcher(vocab, attr="ORTH")
        self._add_forms(make_doc)
        self.titles = {form: scope for form, scope in gazetteer.titles.items()}
        self.max_title_words = max((len(t.split()) for t in self.titles), default=1)

    def _add_forms(self, make_doc: Any) -> None:
        groups: dict[str, set[str]] = {"COUNTRY": set(), "PLACE": set(), "ORG": set()}
        for country in self.gaz.countries.values():
            if country.sovereign:
                groups["COUNTRY"].update(country.forms)
        for form in self._place_forms():
            groups["PLACE"].add(form)
        for org in self.gaz.organisations.values():
            groups["ORG"].update((org.name, *org.aliases))
        for label, forms in groups.items():
            exact, lower = [], []
            for form in sorted(forms):
                form = form.strip()
                if not form:
                    continue
                is_acronym = form.replace("-", "").replace(".", "").isupper() and len(form) <= 6
                if is_acronym:
                    exact.append(make_doc(form))
                else:
                    lower.append(make_doc(form))
                    lower.append(make_doc(normalize_apostrophes(form)))
            if exact:
                self.exact_matcher.add(label, exact)
            if lower:
                self.lower_matcher.add(label, lower)

    def _place_forms(self) -> Iterable[str]:
        for row in read_table("places.tsv"):
            yield row["form"]

    # ------------------------------------------------------------------ API

    def __call__(self, doc: Doc) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """``(actors, mentions)`` of ``doc`` as specification dicts."""
        header = parse_header(doc.text)
        candidates = self.candidates(doc, header_end=header.header_end)
        for cand in candidates:
            if cand.kind == "PERSON":
                self._attach_role(doc, cand)
        drafts = self.group(doc, candidates)
        from .coref import resolve_references

        resolved = resolve_references(doc, candidates, drafts, self)
        return self._records(doc, drafts, candidates, resolved)

    # ----------------------------------------------------------- candidates

    def candidates(self, doc: Doc, header_end: int = 0) -> list[Candidate]:
        spans: list[Candidate] = []
        taken = [False] * len(doc)

        def free(start: int, end: int) -> bool:
            return not any(taken[start:end])

        def take(c: Candidate) -> None:
            for i in range(c.start, c.end):
                taken[i] = True
            spans.append(c)

        gaz_matches = self._gazetteer_matches(doc)
        # Longest gazetteer matches first, then NER entities not overlapping them.
        ents = [self._clean_entity(doc, e) for e in doc.ents]
        ents = [e for e in ents if e is not None]
        for cand in sorted(gaz_matches + ents, key=lambda c: (-(c.end - c.start), c.source != "gazetteer", c.start)):
            if doc[cand.start].idx < header_end:
                continue
            if free(cand.start, cand.end):
                self._type(doc, cand)
                if cand.kind:
                    take(cand)
        spans.sort(key=lambda c: c.start)
        return spans

    def _gazetteer_matches(self, doc: Doc) -> list[Candidate]:
        found = []
        for matcher in (self.exact_matcher, self.lower_matcher):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                span = doc[start:end]
                if matcher is self.lower_matcher and not any(t.is_title or t.is_upper for t in span):
                    continue  # "france" in lower case is not the country: names are capitalised
                found.append(Candidate(start, end, kind=label, source="gazetteer"))
        return found

    def _clean_entity(self, doc: Doc, ent: Span) -> Candidate | None:
        start, end = ent.start, ent.end
        # leading articles, honorifics and titles
        role_tokens: list[int] = []
        while start < end:
            tok = doc[start]
            low = normalize_apostrophes(tok.lower_)
            if low in _ARTICLES or tok.is_punct or tok.is_space:
                start += 1
                continue
            n = self._title_at(doc, start, end)
            if n:
                role_tokens.extend(range(start, start + n))
                start += n
                continue
            if self.gaz.title_scope(tok.text) == "honorific" or low in ("m.", "mme", "mlle"):
                start += 1
                continue
            break
        while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in (")",) or doc[end - 1].is_space or doc[end - 1].lower_ in _STRIP_TRAILING):
            end -= 1
        if start >= end:
            return None
        label = ent.label_
        kind = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANISATION", "MISC": "MISC"}.get(label, "MISC")
        cand = Candidate(start, end, kind=kind, source="ner")
        if role_tokens:
            cand.extra["role_tokens"] = (role_tokens[0], role_tokens[-1] + 1)
        return cand

    def _title_at(self, doc: Doc, start: int, end: int) -> int:
        """Length in tokens of the longest title starting at ``start`` (0 if none)."""
        for n in range(min(self.max_title_words, end - start), 0, -1):
            text = " ".join(t.text for t in doc[start:start + n])
            scope = self.gaz.title_scope(text)
            if scope and scope != "honorific":
                return n
        return 0

    def _type(self, doc: Doc, cand: Candidate) -> None:
        """Decide the kind, code and metonymy of a candidate (in place); kind '' drops it."""
        span = doc[cand.start:cand.end]
        text = span.text
        key = fold(text)
        if not key or key in self.not_actors or not any(c.isalpha() for c in text):
            cand.kind = ""
            return
        if not any(t.is_title or t.is_upper or t.text[:1].isupper() for t in span):
            cand.kind = ""
            return
        code = self.gaz.country_code(text)
        if code and cand.kind != "PERSON":
            cand.kind, cand.code = "COUNTRY", code
            return
        place = self.gaz.place(text)
        if place and cand.kind in ("PLACE", "LOCATION", "ORGANISATION", "MISC"):
            place_code, place_kind = place
            if place_kind == "seat" or self._acts(doc, span):
                cand.kind, cand.code, cand.metonymy = "COUNTRY", place_code, True
            else:
                cand.kind, cand.code = "LOCATION", None
            return
        org = self.gaz.organisation(text)
        if org and cand.kind != "PERSON":
            cand.kind, cand.code, cand.country = "ORGANISATION", org.id, org.country
            return
        if cand.kind in ("ORG", "PLACE", "COUNTRY"):
            cand.kind = ""
            return
        if cand.kind == "ORGANISATION":
            if self._head_is_title(span):
                cand.kind = ""
                return
            cand.country = self._demonym_in(span)
            return
        if cand.kind in ("PERSON", "MISC", "LOCATION"):
            media = self._quoted_media_name(doc, span)
            if media is not None:
                cand.start, cand.end = media
                cand.kind = "ORGANISATION"
                return
        if cand.kind == "PERSON" and len(span) == 1 and span[0].is_upper and len(span[0]) <= 6:
            cand.kind = "ORGANISATION"  # an acronym the tagger took for a name

    def _acts(self, doc: Doc, span: Span) -> bool:
        """Does a capital's mention act (metonymy) rather than locate?"""
        root = span.root
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and normalize_apostrophes(prev.lower_) in _LOCATIVE_CASES:
            return False
        if root.dep_ in ("nsubj", "nsubj:pass", "obl:agent"):
            return True
        if root.dep_ in ("conj",) and root.head.dep_ in ("nsubj", "nsubj:pass", "obl:agent"):
            return True
        if prev is not None and prev.lower_ in ("de", "entre", "et", "avec", "contre") and root.head.pos_ == "NOUN":
            return True
        return prev is not None and prev.lower_ in ("entre", "avec", "contre")

    def _head_is_title(self, span: Span) -> bool:
        head = normalize_apostrophes(span[0].lower_)
        return self.gaz.title_scope(head) not in (None, "honorific")

    def _demonym_in(self, span: Span) -> str | None:
        for tok in span:
            if tok.pos_ == "ADJ" or tok.is_lower:
                code = self.gaz.demonym(tok.text)
                if code:
                    return code
        return None

    def _quoted_media_name(self, doc: Doc, span: Span) -> tuple[int, int] | None:
        """« Soloviev Live » after "la chaîne": the whole quoted name, an organisation."""
        left = span.start - 1
        while left >= 0 and doc[left].is_space:
            left -= 1
        if left < 0 or doc[left].text not in _GUILLEMETS:
            return None
        noun = left - 1
        while noun >= 0 and doc[noun].is_space:
            noun -= 1
        if noun < 0 or doc[noun].lemma_.lower() not in _MEDIA_NOUNS:
            return None
        right = span.end
        while right < len(doc) and right - span.end < 8 and doc[right].text not in _GUILLEMETS:
            right += 1
        if right >= len(doc):
            return None
        start = left + 1
        while doc[start].is_space:
            start += 1
        end = right
        while end > start and doc[end - 1].is_space:
            end -= 1
        return start, end

    # ---------------------------------------------------------------- roles

    def _attach_role(self, doc: Doc, cand: Candidate) -> None:
        """Role and country of a person from a title before or after the name."""
        role = self._role_before(doc, cand) or self._role_after(doc, cand)
        if role is None:
            return
        start, end, scope = role
        tokens = [t for t in doc[start:end]]
        words = [t.text for t in tokens]
        while words and normalize_apostrophes(words[-1].lower()) in _ROLE_LINKS | {","}:
            words.pop()
        if not words:
            return
        cand.role = " ".join(words).replace("’ ", "’").replace("' ", "'")
        cand.role = re.sub(r"\s+-\s*|\s*-\s+", "-", cand.role)
        cand.role_scope = scope
        cand.role_country = self._role_country(doc[start:end], scope)

    def _role_before(self, doc: Doc, cand: Candidate) -> tuple[int, int, str] | None:
        if "role_tokens" in cand.extra:
            start, end = cand.extra["role_tokens"]
            scope = self._scope_of(doc, start, end) or "other"
            # the title may continue before the entity ("le président" + "américain ...")
            return self._extend_role_left(doc, start), cand.start, scope
        i = cand.start - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        limit = max(cand.sent_start if hasattr(cand, "sent_start") else 0, cand.start - 12)
        best: tuple[int, int, str] | None = None
        j = i
        while j >= limit and j >= 0:
            tok = doc[j]
            if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":", "«", "»", "(", ")") or tok.is_sent_start and j != i and False:
                break
            n = self._title_at(doc, j, i + 1)
            if n:
                scope = self._scope_of(doc, j, j + n) or "other"
                best = (self._extend_role_left(doc, j), cand.start, scope)
            if tok.text == "," and j != i:
                break
            j -= 1
        if best is None:
            return None
        start, end, scope = best
        while end > start and (doc[end - 1].text == "," or doc[end - 1].is_space):
            end -= 1
        return start, end, scope

    def _role_after(self, doc: Doc, cand: Candidate) -> tuple[int, int, str] | None:
        i = cand.end
        if i >= len(doc) or doc[i].text != ",":
            return None
        j = i + 1
        if j < len(doc) and normalize_apostrophes(doc[j].lower_) in ("le", "la", "l'", "l’"):
            j += 1
        k = j
        while k < len(doc) and doc[k].lower_ in _ROLE_MODIFIERS:
            k += 1
        n = self._title_at(doc, k, min(len(doc), k + self.max_title_words))
        if not n:
            return None
        end = k + n
        while end < len(doc) and end - j < 10 and doc[end].text not in (",", ".", ";", ":", "(", ")", "«", "»") and doc[end].pos_ not in ("VERB", "AUX"):
            end += 1
        return j, end, self._scope_of(doc, k, k + n) or "other"

    def _extend_role_left(self, doc: Doc, start: int) -> int:
        while start > 0 and (doc[start - 1].lower_ in _ROLE_MODIFIERS or doc[start - 1].text == "-" and start > 1 and doc[start - 2].lower_ == "vice"):
            start -= 1
        return start

    def _scope_of(self, doc: Doc, start: int, end: int) -> str | None:
        return self.gaz.title_scope(" ".join(t.text for t in doc[start:end]))

    def _role_country(self, span: Span, scope: str | None) -> str | None:
        for tok in span:
            code = self.gaz.demonym(tok.text) if tok.is_lower or tok.pos_ == "ADJ" else None
            if code:
                return code
        text = span.text
        for tok in span:
            if tok.text[:1].isupper():
                code = self.gaz.country_code(tok.text)
                if code:
                    return code
                org = self.gaz.organisation(tok.text)
                if org is not None:
                    return org.country
        for country in _country_words(text, self.gaz):
            return country
        return None

    # ------------------------------------------------------------- grouping

    def group(self, doc: Doc, candidates: list[Candidate]) -> list[_ActorDraft]:
        drafts: list[_ActorDraft] = []
        by_key: dict[str, int] = {}

        def add(cand: Candidate, key: str, draft: _ActorDraft) -> None:
            if key in by_key:
                idx = by_key[key]
                existing = drafts[idx]
                name = doc[cand.start:cand.end].text
                if name not in existing.names:
                    existing.names.append(name)
            else:
                idx = len(drafts)
                drafts.append(draft)
                by_key[key] = idx
            cand.actor = idx
            drafts[idx].mentions.append(cand)

        # Acronyms in parentheses after a long name: "Forces armées ... (FARC)".
        acronym_of: dict[str, str] = {}
        for a, b in zip(candidates, candidates[1:]):
            if a.kind == "ORGANISATION" and b.kind == "ORGANISATION" and b.start - a.end <= 2:
                if doc[a.end:b.start].text.strip() in ("(", ",", "(") and doc[b.start:b.end].text.isupper():
                    acronym_of[fold(doc[b.start:b.end].text)] = fold(doc[a.start:a.end].text)

        for cand in candidates:
            text = doc[cand.start:cand.end].text
            if cand.kind == "COUNTRY":
                add(cand, f"C:{cand.code}", _ActorDraft("COUNTRY", [self.gaz.country_name(cand.code) if cand.metonymy else text], code=cand.code, first=cand.start))
                if cand.metonymy and text not in drafts[cand.actor].names:
                    drafts[cand.actor].names.append(text)
            elif cand.kind == "ORGANISATION":
                key = f"O:{cand.code}" if cand.code else f"O:{acronym_of.get(fold(text), fold(text))}"
                add(cand, key, _ActorDraft("ORGANISATION", [text], org_id=cand.code, country=cand.country, first=cand.start))
                if cand.country and not drafts[cand.actor].country:
                    drafts[cand.actor].country = cand.country
            elif cand.kind == "PERSON":
                key = self._person_key(doc, cand, by_key)
                add(cand, key, _ActorDraft("PERSON", [text], first=cand.start))
                draft = drafts[cand.actor]
                if cand.role and not draft.role:
                    draft.role = cand.role
                    if cand.role_scope != "igo" and cand.role_country:
                        draft.country = cand.role_country
        # a country named both by name and by metonym keeps the name first
        for draft in drafts:
            if draft.kind == "COUNTRY" and draft.code:
                canonical = self.gaz.country_name(draft.code)
                used = [n for n in draft.names if self.gaz.country_code(n) == draft.code]
                if used:
                    draft.names[:] = used + [n for n in draft.names if n not in used]
                elif canonical in draft.names:
                    draft.names.remove(canonical)
                    draft.names.insert(0, canonical)
            # the metonym-only country: name it by its canonical name, metonym as alias
            if draft.kind == "COUNTRY" and all(m.metonymy for m in draft.mentions):
                canonical = self.gaz.country_name(draft.code)
                if canonical not in draft.names:
                    draft.names.insert(0, canonical)
        # organisations' country from their own name's demonym
        return drafts

    def _person_key(self, doc: Doc, cand: Candidate, by_key: dict[str, int]) -> str:
        text = doc[cand.start:cand.end].text
        key = fold(text)
        words = key.split()
        if not words:
            return f"P:{key}"
        # "Lavrov" after "Sergueï Lavrov": same last word, or a prefix of a known full name
        for known in list(by_key):
            if not known.startswith("P:"):
                continue
            known_words = known[2:].split()
            if len(words) == 1 and words[0] in known_words[1:]:
                return known
            if len(known_words) == 1 and len(words) > 1 and known_words[0] == words[-1]:
                # the full name comes after the short one: re-key the short one
                return known
        return f"P:{key}"

    # -------------------------------------------------------------- records

    def _records(self, doc: Doc, drafts: list[_ActorDraft], candidates: list[Candidate], resolved: list[Candidate]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        order = sorted(range(len(drafts)), key=lambda i: drafts[i].first)
        refs = {idx: f"A{n}" for n, idx in enumerate(order, start=1)}
        actors = []
        for idx in order:
            draft = drafts[idx]
            name = draft.display_name()
            aliases = [n for n in dict.fromkeys(draft.names) if n != name]
            record: dict[str, Any] = {"ref": refs[idx], "kind": draft.kind, "name": name}
            if draft.kind == "COUNTRY":
                record["code"] = draft.code
            record["aliases"] = aliases
            if draft.country and draft.kind != "COUNTRY":
                record["country"] = draft.country
            if draft.role:
                record["role"] = draft.role
            record["id"] = actor_key(draft.kind, name, draft.code if draft.kind == "COUNTRY" else draft.org_id)
            actors.append(record)
        mentions = []
        for cand in sorted(candidates + resolved, key=lambda c: c.start):
            span = doc[cand.start:cand.end]
            mention: dict[str, Any] = {
                "start": span.start_char,
                "end": span.end_char,
                "text": span.text,
                "kind": cand.kind,
                "actor": refs.get(cand.actor) if cand.actor is not None else None,
            }
            if cand.source == "coref":
                mention["resolved"] = True
            if cand.metonymy:
                mention["metonymy"] = True
            mentions.append(mention)
        return actors, mentions


def _country_words(text: str, gaz: Gazetteer) -> Iterable[str]:
    for word in re.findall(r"[\w'’-]+", text):
        if word[:1].isupper():
            code = gaz.country_code(word)
            if code:
                yield code
