"""Actors: named mentions found, cleaned, typed, grouped and resolved.

The pass over one ``Doc``:

1. **candidates**: spaCy's entities, cleaned (leading articles, honorifics,
   titles and common nouns; trailing nationality adjectives; "Ukraine -
   Pologne" split), plus gazetteer matches (countries, capitals and seats of
   power, organisations) that the statistical NER missed or mislabelled;
2. **typing**: a sovereign state's name is a ``COUNTRY``; a capital or seat
   of power acting as a participant is its ``COUNTRY`` (``metonymy``); "les
   autorités de Kiev", "l'armée syrienne" are the ``COUNTRY`` too; known
   organisations and NER organisations are ``ORGANISATION``; other places are
   ``LOCATION`` and events or products ``MISC`` (not actors);
3. **one sense per discourse**: a name recognised once is recognised
   everywhere in the article ("Chris Froome" ... "Froome");
4. **grouping** into actors: countries by ISO code, organisations by
   gazetteer id, acronym or name, people by name ("Lavrov" joins "Sergueï
   Lavrov");
5. **roles and countries** from titles and appositions ("le ministre russe
   des Affaires étrangères Sergueï Lavrov" → role, ``RUS``), organisations'
   countries from their name or their context;
6. **coreference** (:mod:`newsgraph.extract.coref`): pronouns, possessives
   and definite descriptions become ``resolved`` mentions.

The word lists live in ``resources/`` (``not_actors.tsv``,
``actor_nouns.tsv``, the gazetteers). Everything returned is plain data
(dicts), so that it can live on a ``Doc`` extension and cross processes.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Callable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .coref import resolve_references
from .drafts import ActorDraft, Candidate
from .header import doc_header, doc_text
from ..resources import Gazetteer, read_table
from .normalize import actor_key, fold, normalize_apostrophes
from .scan import WordSet, positions, token_column

__all__ = ["ActorFinder", "Candidate"]

_DETERMINERS = {"l'", "le", "la", "les", "du", "des", "de", "d'", "au", "aux", "un", "une", "cet", "cette", "ce", "ces"}
_LINKS = {"de", "des", "du", "d'", "la", "le", "les", "l'", "à", "au", "aux", "en"}
_ROLE_MODIFIERS = {
    "ancien", "ancienne", "ex", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel",
    "actuelle", "haut", "haute", "premier", "première", "sortant", "sortante", "vice",
    "jeune", "puissant", "puissante", "influent", "influente",
}
_MEDIA_NOUNS = {
    "chaîne", "journal", "quotidien", "hebdomadaire", "magazine", "radio", "télévision",
    "émission", "site", "agence", "revue", "mensuel", "programme", "réseau",
}
_LOCATIVE_CASES = {"à", "en", "dans", "vers", "depuis", "sur", "près", "jusqu'", "au", "aux", "par"}
_AGENT_CASES = {"entre", "avec", "contre", "et"}
_GUILLEMETS = {"«", "»", '"', "“", "”"}
_FIXTURE_DASHES = {"-", "–", "—"}
_ARROWS = {"→", "←", "↔", "⇒", "⇔", "->", "=>", "<->", "<-"}
_DEMONYM_ENDINGS = ("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "esse", "an", "ane", "in", "ine", "ite", "ais", "ol", "ole", "ais", "ens", "ais", "ain")
_PLURAL_DEMONYM_ENDINGS = ("ois", "ais", "iens", "ains", "ines", "ites", "ols", "ans", "ens", "iques")
_NAME_PARTICLES = {"De", "Van", "Von", "Du", "Di", "Da", "Dos", "Del", "Della", "Le", "La", "El", "Al", "Ben", "Ter", "Mac", "Mc", "O'"}
_NER_KINDS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANISATION", "MISC": "MISC"}
_STANCE_HEADS = {
    "réponse", "position", "décision", "politique", "volonté", "stratégie", "pression",
    "proposition", "offre", "intention", "refus", "rejet", "soutien", "appui", "menace",
    "exigence", "demande", "accusation", "renforcement", "intervention", "invasion",
    "retrait", "riposte", "offensive", "ultimatum", "avertissement", "participation",
    "reconnaissance", "responsabilité", "implication", "rôle", "attitude", "allié", "alliés",
}


#: Words remembered by the per-word memos of :class:`ActorFinder` before they are emptied.
_WORD_MEMO_SIZE = 200_000


class ActorFinder:
    """Finds the actors and mentions of a ``Doc``; built once per pipeline.

    Parameters
    ----------
    vocab : spacy.vocab.Vocab
    gazetteer : Gazetteer
    make_doc : callable
        The pipeline's tokenizer (``nlp.make_doc``), to build phrase patterns.
    """

    def __init__(self, vocab: Any, gazetteer: Gazetteer, make_doc: Callable[[str], Doc]) -> None:
        self.gaz = gazetteer
        rows = read_table("not_actors.tsv")
        self.not_actors = {fold(r["form"]) for r in rows}
        # words cut off the end of a name ("l'ONU lundi"); a law or an acronym ends names ("place de la Constitution")
        self.trailing_words = {fold(r["form"]) for r in rows if not r["reason"].startswith(_NAME_ENDING_REASONS)}
        self.nouns: dict[str, set[str]] = {}
        for row in read_table("actor_nouns.tsv"):
            self.nouns.setdefault(row["class"], set()).add(row["word"].lower())
        self.lower_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.exact_matcher = PhraseMatcher(vocab, attr="ORTH")
        self._add_forms(make_doc)
        self._one_word_tables()
        self.street_words = WordSet(self.nouns.get("street", ()))
        self.planet_words = WordSet(self.nouns.get("planet", ()))
        self.institution_words = WordSet(self.nouns.get("institution", ()))
        self.first_name_words = WordSet(n[:1].upper() + n[1:] for n in gazetteer.first_names)
        self.organ_words = WordSet(self.nouns.get("state_organ", ()))
        # "les Américains ont frappé": a state's people, plural, acting as one
        self.people_words = WordSet(r["form"].lower() for r in read_table("demonyms.tsv") if r["form"].endswith(("s", "x")))
        # "a reproché à Washington", "a vendu des blindés à Riyad": words whose "à" names a recipient
        self.recipients_always = frozenset(self.nouns.get("recipient_always", ()))
        self.recipients = frozenset(self.nouns.get("recipient", ())) | self.recipients_always
        # territories that are no sovereign state ("Nouvelle-Calédonie", "Groenland"): places, never people
        self.territory_forms = {fold(f) for c in gazetteer.countries.values() if not c.sovereign for f in c.forms}
        self.max_title_words = max((len(t.split()) for t in gazetteer.titles), default=1)
        # a title's first letters, to skip most tokens without building spans
        self.title_starts = {_leading_letters(t) for t, scope in gazetteer.titles.items() if scope != "honorific"}
        self._title_start_words: dict[int, bool] = {}  # ORTH hash → does it start a title (see _may_start_a_title)

    def _add_forms(self, make_doc: Callable[[str], Doc]) -> None:
        groups: dict[str, set[str]] = {"COUNTRY": set(), "PLACE": set(), "ORG": set(), "LOCATION": set()}
        for country in self.gaz.countries.values():
            if country.sovereign:
                groups["COUNTRY"].update(country.forms)
        groups["PLACE"].update(row["form"] for row in read_table("places.tsv"))
        groups["LOCATION"] = {row["form"] for row in read_table("locations.tsv")}
        lowercase_orgs: set[str] = set()
        for org in self.gaz.organisations.values():
            groups["ORG"].update((org.name, *org.aliases))
            if org.type != "collective":  # "la communauté internationale" is no name
                lowercase_orgs.update(f for f in (org.name, *org.aliases) if f[:1].islower())
        vocab = self.lower_matcher.vocab
        self.single_lower: dict[str, WordSet] = {}
        self.single_exact: dict[str, WordSet] = {}
        organs = self.nouns.get("state_organ", set())
        self.single_lowercase: dict[str, WordSet] = {}
        for label, forms in groups.items():
            exact, lower, lowercase_initial = [], [], []
            single_exact: set[str] = set()
            single_lower: set[str] = set()
            single_lowercase: set[str] = set()
            for form in sorted(forms):
                form = form.strip()
                if not form:
                    continue
                bare = form.replace("-", "").replace(".", "").replace(" ", "")
                if bare.isupper() and len(bare) <= 6 or len(form) <= 3:
                    if _ONE_WORD.match(form):
                        single_exact.add(form)
                    else:
                        exact.append(make_doc(form))
                    continue
                variants = {form, normalize_apostrophes(form).replace("'", "’"), _without_accents(form)}
                for variant in sorted(variants):  # "Etat islamique", "Egypte"
                    lowercase_name = form[:1].islower() and (
                        label == "LOCATION" or label == "ORG" and form in lowercase_orgs and _lowercase_org_name(form, organs)
                    )  # "mer Noire", "département d'État", "talibans"; "armée israélienne" is the state (spec §6)
                    if _ONE_WORD.match(variant):
                        (single_lowercase if lowercase_name else single_lower).add(variant.lower())
                    elif lowercase_name:
                        lowercase_initial.append(_pattern(vocab, make_doc, variant))  # "mer Noire"
                    else:
                        lower.append(_pattern(vocab, make_doc, variant))
            if exact:
                self.exact_matcher.add(label, exact)
            if lower:
                self.lower_matcher.add(label, lower)
            if lowercase_initial:
                self.lower_matcher.add(label + _LOWERCASE_FORM, lowercase_initial)
            self.single_exact[label] = WordSet(single_exact)
            self.single_lower[label] = WordSet(single_lower)
            self.single_lowercase[label] = WordSet(single_lowercase)

    # ------------------------------------------------------------------ API

    def __call__(self, doc: Doc) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """``(actors, mentions)`` of ``doc`` as specification dicts."""
        header = doc_header(doc)
        candidates = self.candidates(doc, header_end=header.header_end)
        self.propagate(doc, candidates)
        share_bar = _share_bar(doc_text(doc))
        if share_bar is not None:  # the page's links, not the article's names
            candidates = [c for c in candidates if not share_bar[0] <= doc[c.start].idx < share_bar[1]]
        main_country = self._main_country(doc, candidates, header.title_start, header.title_end)
        self._organisation_countries(doc, candidates, main_country)
        for cand in candidates:
            if cand.kind == "PERSON":
                self._attach_role(doc, cand)
        drafts = self.group(doc, candidates)
        self._role_countries(doc, drafts, candidates, main_country)
        self._known_people(drafts, header.published)
        resolved = resolve_references(doc, candidates, drafts, self.gaz, main_country)
        return self._records(doc, drafts, candidates, resolved)

    # ----------------------------------------------------------- candidates

    def candidates(self, doc: Doc, header_end: int = 0) -> list[Candidate]:
        """Typed mention candidates of ``doc`` (not yet grouped), sorted by position."""
        ner: list[Candidate] = []
        for ent in doc.ents:
            if ent.start_char < header_end:
                continue
            for cand in self._clean_entity(doc, ent):
                self._type(doc, cand)
                if cand.kind:
                    ner.append(cand)
        gazetteer = [c for c in self._gazetteer_matches(doc) if doc[c.start].idx >= header_end]
        places = [c for c in gazetteer if c.kind == "LOCATION"]
        gazetteer = [c for c in gazetteer if c.kind != "LOCATION"]
        for cand in gazetteer:
            self._type(doc, cand)
        gazetteer = [c for c in gazetteer if c.kind]
        places.extend(self._streets(doc, header_end))
        places.extend(self._roads(doc, header_end))
        ner = self._institutions(doc, self._title_case_runs(doc, ner), header_end)
        places.extend(self._planets(doc, header_end))
        merged = self._fill_places(self._lowercase_institutions(doc, self._merge(doc, ner, gazetteer), header_end), places)
        people = self._first_name_persons(doc, merged, header_end)
        if people:
            merged = sorted(merged + people, key=lambda c: (c.start, -(c.end - c.start)))
        merged = self._particle_surnames(doc, self._hyphenated_acronyms(doc, self._place_abbreviations(doc, merged)))
        self._united_nations_remits(doc, merged)
        return self._add_portfolios(doc, self._add_descriptions(doc, merged, header_end), header_end)

    def _title_case_runs(self, doc: Doc, ner: list[Candidate]) -> list[Candidate]:
        """"Maghreb Young Leaders Exposition", "U.S. International Figure Skating Classic 2018": one name the NER cut.

        English names capitalise every word, French names only the first: a
        run of three or more capitalised words, joined by spaces only, that
        holds a NER name and more capitalised words (or other NER names) is
        one name, and its pieces are no names of their own. It is a thing
        (an event, a work) when a piece is, or when it ends with a number;
        else it keeps its first piece's kind. The run stops before a first
        name that opens a person's name ("la députée LREM Jacqueline Dubois").
        """
        if len(ner) < 1:
            return ner
        starts = {c.start: c for c in ner}
        out: list[Candidate] = []
        skip_until = -1
        for cand in ner:
            if cand.start < skip_until:
                continue
            if cand.source != "ner" or cand.kind not in ("PERSON", "ORGANISATION", "LOCATION", "MISC"):
                out.append(cand)
                continue
            pieces = [cand]
            end = cand.end
            while end < len(doc) and doc[end - 1].whitespace_ == " ":
                tok = doc[end]
                if tok.is_sent_start or not (tok.text[:1].isupper() and (tok.is_alpha or _INITIALS.match(tok.text)) or tok.like_num and len(tok) == 4):
                    break
                nxt = starts.get(end)
                if nxt is not None:
                    if nxt.kind == "PERSON" and self.gaz.first_name(tok.text) or nxt.source != "ner":
                        break
                    pieces.append(nxt)
                    end = nxt.end
                    continue
                if self.gaz.first_name(tok.text) or normalize_apostrophes(tok.lower_) in _DETERMINERS or tok.like_num and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
                    break
                if tok.text in ("Premier", "Première") or self.gaz.title_scope(tok.lower_):
                    break  # "Élisabeth Borne Première ministre": a title after the name
                end += 1
                if tok.like_num:
                    break  # "Classic 2018": a year closes the name
            words = sum(1 for t in doc[cand.start:end] if t.text[:1].isupper())
            if end == cand.end or words < 3:
                out.append(cand)
                continue
            thing = any(p.kind == "MISC" for p in pieces) or doc[end - 1].like_num
            kind = "MISC" if thing or cand.kind == "LOCATION" else cand.kind
            if kind == "PERSON" and not self.gaz.first_name(doc[cand.start].text):
                kind = "MISC"  # "Maghreb Young" + "Leaders": no one's name
            run = Candidate(cand.start, end, kind=kind, label=cand.label, source="ner")
            out.append(run)
            skip_until = end
            if kind == "MISC" and len(out) > 1 and out[-2].end == cand.start - 1 and doc[cand.start - 1].text == "(":
                acronym = doc[out[-2].start:out[-2].end].text
                initials = "".join(t.text[0] for t in doc[cand.start:end] if t.text[:1].isupper())
                if acronym.isupper() and initials.startswith(acronym):
                    out[-2].kind = "MISC"  # "MYLE (Maghreb Young Leaders Exposition)": the acronym of the thing
        return out

    def _united_nations_remits(self, doc: Doc, candidates: list[Candidate]) -> None:
        """"le Haut Commissaire des Nations unies *aux droits de l'homme*": a UN body's remit is part of its name (in place)."""
        for cand in candidates:
            if cand.kind != "ORGANISATION" or cand.end - cand.start < 3 or doc[cand.end - 1].lower_ != "unies" or doc[cand.end - 2].lower_ != "nations":
                continue
            for remit in _UN_REMITS:
                end = cand.end + len(remit)
                if end <= len(doc) and tuple(normalize_apostrophes(t.lower_) for t in doc[cand.end:end]) == remit:
                    org = self.gaz.organisation(doc[cand.start:end].text)
                    cand.end, cand.code = end, org.id if org else None
                    cand.country = org.country if org else cand.country
                    break

    def _particle_surnames(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """"Marc Ladreit de Lacharrière", "Jacques Trémolet de Villers": a surname's particle and the name after it.

        After a first name and a surname, "de" and one capitalised word that
        names no known place, state or organisation continue the person's
        name (the tagger often cuts there and reads the word as a place).
        """
        people = [c for c in candidates if c.kind == "PERSON" and c.end - c.start >= 2]
        if not people:
            return candidates
        dropped: set[int] = set()
        for cand in people:
            i = cand.end
            if i + 1 >= len(doc) or doc[i].text not in ("de", "d'", "d’") or cand.start in dropped:
                continue
            word = doc[i + 1]
            after = doc[i + 2] if i + 2 < len(doc) else None
            if (
                not word.is_title or not word.is_alpha or len(word) < 3
                or after is not None and (after.text[:1].isupper() or after.text == "-" and not word.whitespace_)
                or self.gaz.country_code(word.text) or self.gaz.place(word.text) or self.gaz.location(word.text)
                or self.gaz.organisation(word.text) or self.gaz.first_name(word.text) or _known_word(word)
            ):
                continue
            dropped.update(id(c) for c in candidates if c is not cand and c.start <= i + 1 < c.end)
            cand.end = i + 2
        return [c for c in candidates if id(c) not in dropped]

    def _hyphenated_acronyms(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """"le PDS-UNR", "Smer-DS": an organisation's name joined by a hyphen to an acronym is one name.

        The tokenizer splits at the hyphen and the tagger often keeps one half
        (or tags the halves apart): the organisation's candidate takes in the
        other half, and a candidate of that half goes.
        """
        if not any(c.kind == "ORGANISATION" for c in candidates):
            return candidates
        absorbed: set[int] = set()
        for cand in candidates:
            if cand.kind != "ORGANISATION" or cand.start in absorbed:
                continue
            while cand.end + 1 < len(doc) and self._hyphen_joins(doc, cand.end - 1) and _ACRONYM.match(doc[cand.end + 1].text):
                absorbed.update((cand.end, cand.end + 1))
                cand.end += 2
            while cand.start >= 2 and self._hyphen_joins(doc, cand.start - 2) and _ACRONYM.match(doc[cand.start - 2].text):
                absorbed.update((cand.start - 2, cand.start - 1))
                cand.start -= 2
        if not absorbed:
            return candidates
        return [c for c in candidates if not any(i in absorbed for i in range(c.start, c.end)) or self._took_in(c, absorbed)]

    @staticmethod
    def _took_in(cand: Candidate, absorbed: set[int]) -> bool:
        """Whether ``cand`` is an organisation that took in a hyphenated half (not that half's own candidate)."""
        return cand.kind == "ORGANISATION" and any(i not in absorbed for i in range(cand.start, cand.end))

    @staticmethod
    def _hyphen_joins(doc: Doc, i: int) -> bool:
        """Token ``i`` is followed by a hyphen and the hyphen by a word, with no space between ("PDS-UNR")."""
        return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_

    def _place_abbreviations(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """"Washington, D.C.": the abbreviation after a place and a comma is part of the place's name."""
        out: list[Candidate] = []
        for cand in candidates:
            prev = out[-1] if out else None
            if (
                prev is not None and cand.end - cand.start == 1 and _INITIALS.match(doc[cand.start].text)
                and prev.end == cand.start - 1 and doc[prev.end].text == ","
                and (prev.kind == "LOCATION" or prev.kind == "COUNTRY" and prev.metonymy)
            ):
                prev.end, prev.kind, prev.code, prev.metonymy = cand.end, "LOCATION", None, False
                continue
            out.append(cand)
        return out

    def _streets(self, doc: Doc, header_end: int) -> list[Candidate]:
        """"la place de la République", "rue de Rivoli": a street noun and its name, a place."""
        found = []
        for i in positions(doc, "LOWER", self.street_words):
            tok = doc[i]
            if tok.idx < header_end or not tok.is_lower or tok.pos_ in ("VERB", "AUX"):
                continue
            if tok.i + 1 < len(doc) and _ROAD_CODE.fullmatch(doc[tok.i + 1].text):
                continue  # "l'autoroute A9": the road's name is its number
            end = tok.i + 1
            while end < len(doc) and normalize_apostrophes(doc[end].lower_) in ("de", "du", "des", "d'", "la", "l'", "le"):
                end += 1
            if end >= len(doc) or not doc[end].text[:1].isupper():
                continue
            while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "-" and not doc[end].whitespace_):
                end += 1
            found.append(Candidate(tok.i, end, kind="LOCATION", label="LOC", source="street"))
        return found

    def _roads(self, doc: Doc, header_end: int) -> list[Candidate]:
        """"l'A7", "la N113", "la RN7": a road's number, a place.

        A motorway number ("A" and digits) is a road after "autoroute", or
        anywhere in an article that speaks of motorways (tolls, junctions);
        a national or departmental road number after "la" or a road noun.
        """
        text = doc_text(doc)
        if not _ROAD_CODE.search(text):
            return []
        motorways = bool(_MOTORWAY_CONTEXT.search(text))
        found = []
        for match in _ROAD_CODE.finditer(text):
            if match.start() < header_end:
                continue
            span = doc.char_span(match.start(), match.end())
            if span is None or len(span) != 1:
                continue
            prev = normalize_apostrophes(doc[span.start - 1].lower_) if span.start > 0 else ""
            if match.group(0).startswith("A"):
                if not (motorways or prev in ("autoroute", "autoroutes")) or prev == "airbus":
                    continue
            elif prev not in ("la", "route", "nationale", "départementale", "sur", "autoroute"):
                continue
            found.append(Candidate(span.start, span.end, kind="LOCATION", label="LOC", source="street"))
        return found

    def _institutions(self, doc: Doc, ner: list[Candidate], header_end: int) -> list[Candidate]:
        """"le tribunal de Paris", "le diocèse de Hearst": a local institution, named by its place.

        The place stays a (nested) mention; a country or a person after "de"
        ("l'ambassade de France", "le parti de Marine Le Pen") is left alone.
        """
        out = list(ner)
        for i in positions(doc, "LOWER", self.institution_words):
            tok = doc[i]
            if tok.idx < header_end or not tok.is_lower:
                continue
            j = i + 1
            while j < len(doc) and j - i <= 3 and normalize_apostrophes(doc[j].lower_) in ("de", "du", "des", "d'", "la", "l'", "le"):
                j += 1
            if j == i + 1 or j >= len(doc) or not doc[j].text[:1].isupper():
                continue
            end = j
            while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "-" and not doc[end].whitespace_):
                end += 1
            inner = [c for c in out if c.start < end and i < c.end]
            if any(c.kind in ("PERSON", "ORGANISATION") or c.kind == "COUNTRY" and not c.metonymy for c in inner):
                continue
            if any(c.start < i or c.end > end for c in inner):
                continue
            if any(self.gaz.country_code(t.text) for t in doc[j:end]) or fold(doc[j:end].text) in self.not_actors:
                continue  # "l'ambassade de France"; "l'organisation de l'État": no name
            for c in inner:
                c.kind, c.code, c.metonymy, c.nested = "LOCATION", None, False, True
            out.append(Candidate(i, end, kind="ORGANISATION", label="ORG", source="institution"))
        return out

    def _planets(self, doc: Doc, header_end: int) -> list[Candidate]:
        """"la sonde a atteint Mars": a planet's name mid-sentence, not the month."""
        found = []
        for i in positions(doc, "LOWER", self.planet_words):
            tok = doc[i]
            if tok.idx < header_end or not tok.is_title or tok.is_sent_start:
                continue
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            prev = doc[i - 1] if i > 0 else None
            if (nxt is not None and nxt.like_num) or (prev is not None and prev.like_num):
                continue  # "13 Mars 2016", "Mars 2016": a date
            found.append(Candidate(i, i + 1, kind="LOCATION", label="LOC", source="street"))  # wins over the NER's reading
        return found

    def _fill_places(self, candidates: list[Candidate], places: list[Candidate]) -> list[Candidate]:
        """Places of the locations gazetteer where nothing else was found ("les Pyrénées", "Sinjar")."""
        streets = [p for p in places if p.source == "street"]
        for street in streets:  # "la place de la République": the NER's "République" is part of it
            inside = [c for c in candidates if street.start <= c.start and c.end <= street.end]
            if inside and all(c.kind in ("LOCATION", "MISC", "COUNTRY") and not c.metonymy or c.end - c.start == 1 and c.kind == "PERSON" for c in inside):
                candidates = [c for c in candidates if c not in inside]
        covered = {i for c in candidates for i in range(c.start, c.end)}
        places.sort(key=lambda c: (-(c.end - c.start), c.start))
        added = []
        for place in places:
            if any(i in covered for i in range(place.start, place.end)):
                continue
            place.source = "gazetteer"
            added.append(place)
            covered.update(range(place.start, place.end))
        if not added:
            return candidates
        out = candidates + added
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        return out

    def _add_descriptions(self, doc: Doc, candidates: list[Candidate], header_end: int) -> list[Candidate]:
        """"le gouvernement russe", "l'armée syrienne", "les Américains ont frappé": the state, named by a description (spec §6)."""
        covered = {i for c in candidates for i in range(c.start, c.end)}
        found = []
        for i in sorted(set(positions(doc, "LOWER", self.organ_words)) | set(positions(doc, "LEMMA", self.organ_words))):
            tok = doc[i]
            if tok.pos_ != "NOUN" or not tok.is_lower or tok.i in covered or tok.idx < header_end:
                continue
            for child in tok.children:
                if child.dep_ == "amod" and child.is_lower and 0 < child.i - tok.i <= 2:
                    code = self.gaz.demonym(child.text)
                    if code and child.i not in covered:
                        found.append(Candidate(tok.i, child.i + 1, kind="COUNTRY", code=code, source="description", label="DESC"))
                        found.extend(self._coordinated_demonyms(doc, child.i + 1, covered))
                        break
        for i in positions(doc, "LOWER", self.people_words):
            tok = doc[i]
            if i in covered or tok.idx < header_end or i == 0 or doc[i - 1].lower_ != "les" or tok.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
                continue  # "les Britanniques Alistair et Jonathan Brownlee": people named next
            code = self.gaz.demonym(tok.text)
            if code:  # "Les Britanniques sont prêts à envoyer des troupes": the state, through its people
                found.append(Candidate(i, i + 1, kind="COUNTRY", code=code, source="description", label="DESC"))
        if not found:
            return candidates
        out = candidates + found
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        return out

    def _coordinated_demonyms(self, doc: Doc, i: int, covered: set[int]) -> list[Candidate]:
        """The states of nationality adjectives coordinated with an organ's ("les armées syriennes *et russes*"), from token ``i`` on."""
        found = []
        while i + 1 < len(doc) and doc[i].lower_ in ("et", ",") and doc[i + 1].is_lower and i + 1 not in covered:
            code = self.gaz.demonym(doc[i + 1].text)
            if not code:
                break
            found.append(Candidate(i + 1, i + 2, kind="COUNTRY", code=code, source="description", label="DESC"))
            if doc[i].lower_ == "et":
                break
            i += 2
        return found

    def _add_portfolios(self, doc: Doc, candidates: list[Candidate], header_end: int) -> list[Candidate]:
        """"le ministre de l'*Intérieur*": the ministry a minister's title names.

        A mention of an organisation inside the title (``nested``: no actor of
        its own; the person's role and country are read from the title as
        before). The portfolio is the capitalised word after the title's
        links, its lower-case adjectives ("Éducation nationale") and the
        portfolios coordinated with it ("Économie et des Finances"); a
        nationality adjective after it tells the country, not the ministry.
        """
        covered = {i for c in candidates for i in range(c.start, c.end)}
        found = []
        for i in positions(doc, "LOWER", _MINISTER_WORDS):
            tok = doc[i]
            if tok.idx < header_end or not tok.is_lower:
                continue
            start = i + 1
            if tok.lower_ == "secrétaire":
                if start + 1 >= len(doc) or normalize_apostrophes(doc[start].lower_) != "d'" or doc[start + 1].lower_ not in ("état", "etat"):
                    continue
                start += 2
            while start < len(doc) and (doc[start].lower_ in _DELEGATE_WORDS or doc[start].is_lower and doc[start].pos_ == "ADJ"):
                start += 1  # "ministre déléguée chargée de l'Industrie", "la ministre allemande de la Défense"
            end = self._portfolio_end(doc, start)
            if end is None:
                continue
            start = end[0]
            if any(k in covered for k in range(start, end[1])):
                continue
            found.append(Candidate(start, end[1], kind="ORGANISATION", nested=True, source="portfolio", label="ORG"))
            covered.update(range(start, end[1]))
        if not found:
            return candidates
        out = candidates + found
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        return out

    def _portfolio_end(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """``(start, end)`` of the portfolio named from token ``i`` on ("de l'Économie et des Finances"), else None."""
        links = 0
        while i < len(doc) and links < 2 and normalize_apostrophes(doc[i].lower_) in ("de", "du", "des", "d'", "la", "l'", "aux", "à"):
            i += 1
            links += 1
        if not links or i >= len(doc):
            return None
        start = end = i
        while end < len(doc):
            word = doc[end]
            if not (word.text[:1].isupper() and word.is_alpha) or word.is_sent_start:
                break
            if self.gaz.country_code(word.text) or self.gaz.place(word.text) or self.gaz.location(word.text):
                return None  # "le Premier ministre du Canada": a state, not a portfolio
            end += 1
            while end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ" and not self.gaz.demonym(doc[end].text):
                end += 1  # "Éducation nationale"
            j = end
            if j + 1 < len(doc) and doc[j].lower_ == "et":
                j += 1
                while j < len(doc) and normalize_apostrophes(doc[j].lower_) in ("de", "du", "des", "d'", "la", "l'"):
                    j += 1
                if j < len(doc) and doc[j].text[:1].isupper() and j > end + 1:
                    end = j  # "Économie et des Finances"
                    continue
            break
        return (start, end) if end > start else None

    def _merge(self, doc: Doc, ner: list[Candidate], gazetteer: list[Candidate]) -> list[Candidate]:
        """Reconcile NER spans and gazetteer matches (see the module docstring)."""
        # longest gazetteer matches first; drop gazetteer matches inside longer ones
        gazetteer.sort(key=lambda c: (-(c.end - c.start), c.start))
        kept_gaz: list[Candidate] = []
        for g in gazetteer:
            if any(k.start <= g.start and g.end <= k.end for k in kept_gaz):
                continue
            kept_gaz.append(g)
        out: list[Candidate] = []
        dropped_ner: set[int] = set()
        for g in kept_gaz:
            overlapping = [i for i, n in enumerate(ner) if n.start < g.end and g.start < n.end]
            if not overlapping:
                out.append(g)
                continue
            outers = [i for i in overlapping if ner[i].start <= g.start and g.end <= ner[i].end and (ner[i].start, ner[i].end) != (g.start, g.end)]
            same = [i for i in overlapping if (ner[i].start, ner[i].end) == (g.start, g.end)]
            if outers and len(outers) + len(same) == len(overlapping):
                outer = ner[max(outers, key=lambda i: ner[i].end - ner[i].start)]
                dropped_ner.update(same)  # the NER's copy of the inner name gives way to the gazetteer's
                if outer.kind == "MISC":
                    if g.kind == "ORGANISATION" and self._looks_like_a_name(doc[outer.start:outer.end]):
                        continue  # "le navire Jacques Cartier": a person's name, not the firm "Cartier"
                    if g.kind == "COUNTRY" and not g.metonymy and doc[outer.start].lower_ in self.nouns.get("event", ()):
                        continue  # "le Tour de France": the event's name, not the state
                    if g.metonymy:  # "l'accord « Minsk III »": the city names the accord
                        g.kind, g.code, g.metonymy = "LOCATION", None, False
                    out.append(g)  # "Jeux olympiques de Pékin", "Boeing 737": the name inside
                elif g.kind in ("COUNTRY", "LOCATION") and not (outer.kind == "PERSON" and self.gaz.first_name(doc[outer.start].text)):
                    g.kind, g.code, g.metonymy, g.nested = "LOCATION", None, False, True
                    out.append(g)  # "Ambassade d'Algérie": a place named inside a name; "Stéphane Bern" names none
                continue
            # same span, a longer gazetteer match, or crossing spans: the gazetteer wins
            dropped_ner.update(overlapping)
            out.append(g)
        out.extend(n for i, n in enumerate(ner) if i not in dropped_ner)
        out.extend(self._places_in_names(doc, out))
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        return self._expand_acronyms(doc, out)

    def _places_in_names(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """"la Grande Mosquée de Valence", "la Cour supérieure du Québec": the place in the name."""
        institutions = self.nouns.get("institution", set())
        found = []
        for cand in candidates:
            if cand.kind != "ORGANISATION" or cand.end - cand.start < 3:
                continue
            tokens = doc[cand.start:cand.end]
            if not any(t.lower_ in institutions for t in tokens):
                continue
            for i in range(cand.end - 2, cand.start, -1):
                if normalize_apostrophes(doc[i].lower_) in ("de", "d'", "du", "des", "en", "à", "au") and doc[i + 1].text[:1].isupper() and not doc[i + 1].lemma_[:1].islower():
                    end = i + 1
                    while end < cand.end and (doc[end].text[:1].isupper() or doc[end].text == "-"):
                        end += 1
                    if self.gaz.organisation(doc[i + 1:cand.end].text) or self.gaz.organisation(doc[i + 1:end].text):
                        break  # "le Conseil de sécurité des Nations unies": an organisation in the name, no place
                    if not any(c.start <= i + 1 < c.end for c in candidates if c is not cand):
                        found.append(Candidate(i + 1, end, kind="LOCATION", nested=True, label="LOC", source="name"))
                    break
        return found

    def _expand_acronyms(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """"la Mission de l'Union africaine en Somalie (AMISOM)": the words before the
        parenthesised acronym are one organisation's name; the names inside it are
        part of that name (mentions, not actors)."""
        out = list(candidates)
        for acro in candidates:
            text = doc[acro.start:acro.end].text
            if acro.kind != "ORGANISATION" or not text.replace("-", "").isupper() or len(text) < 2:
                continue
            if acro.start < 2 or doc[acro.start - 1].text != "(":
                continue
            end = acro.start - 1
            start = end
            while start > 0 and end - start < 14:
                tok = doc[start - 1]
                low = normalize_apostrophes(tok.lower_)
                if tok.text[:1].isupper() or low in _LINKS or low in ("et", "pour", "sur") or (tok.is_lower and tok.pos_ == "ADJ") or tok.text == "-":
                    start -= 1
                    continue
                break
            while start < end and (normalize_apostrophes(doc[start].lower_) in _LINKS or not doc[start].text[:1].isupper()):
                start += 1
            if end - start < 2:
                continue
            inside = [c for c in out if start <= c.start and c.end <= end and c is not acro]
            if not inside or any(c.kind in ("PERSON",) for c in inside):
                continue
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end) and inside[0].kind == "ORGANISATION":
                continue  # already one organisation
            if any(c.kind == "ORGANISATION" and c.end == end and c.code for c in inside):
                continue  # "les Kurdes des Forces démocratiques syriennes (FDS)": the known name before the acronym
            for c in inside:
                if c.kind == "MISC":
                    out.remove(c)
                else:
                    c.nested = True
                    if c.kind == "COUNTRY":
                        c.kind, c.code, c.metonymy = "LOCATION", None, False
            out.append(Candidate(start, end, kind="ORGANISATION", source="acronym", label="ORG"))
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        return out

    def _gazetteer_matches(self, doc: Doc) -> list[Candidate]:
        """Gazetteer forms in ``doc``: one-word forms by hash lookup, longer ones by PhraseMatcher."""
        matches: list[tuple[str, int, int, bool]] = []  # (label, start, end, case-insensitive)
        for matcher in (self.exact_matcher, self.lower_matcher):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                if label.endswith(_LOWERCASE_FORM):
                    matches.append((label[: -len(_LOWERCASE_FORM)], start, end, False))
                else:
                    matches.append((label, start, end, matcher is self.lower_matcher))
        matches.extend(self._one_word_matches(doc))
        found = []
        for label, start, end, needs_capital in matches:
            first = doc[start]
            while first.i < end - 1 and normalize_apostrophes(first.lower_) in ("l'", "le", "la", "les"):
                first = doc[first.i + 1]  # "L'équipe de France" is not the newspaper "L'Équipe"
            if needs_capital and not (first.text[:1].isupper() or first.is_digit):
                continue  # "le monde", "france" in lower case: not the name
            if end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_sent_start and doc[end].pos_ == "PROPN" and doc[end].whitespace_ != "" and doc[end - 1].whitespace_:
                continue  # "France Télévisions", "Paris Saint-Germain": part of a longer name
            if end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_:
                continue
            if doc[start].is_lower and first.i > start:
                start = first.i  # "la France insoumise": the name, without the article the text writes in lower case
            found.append(Candidate(start, end, kind=label, source="gazetteer"))
        return found

    def _one_word_tables(self) -> None:
        """The one-word gazetteer forms as two tables, by ``LOWER`` and by ``ORTH`` hash.

        Each hash gives its ``(rank, label, needs_capital)`` entries; the rank
        orders the matches as the word sets are listed (``single_lower``,
        ``single_lowercase``, ``single_exact``, each label in turn).
        """
        self.one_word_by_lower: dict[int, list[tuple[int, str, bool]]] = {}
        self.one_word_by_orth: dict[int, list[tuple[int, str, bool]]] = {}
        tables = (
            (self.single_lower, self.one_word_by_lower, True),
            (self.single_lowercase, self.one_word_by_lower, False),
            (self.single_exact, self.one_word_by_orth, False),
        )
        rank = 0
        for sets, table, needs_capital in tables:
            for label, words in sets.items():
                for word_hash in words.hashes.tolist():
                    table.setdefault(word_hash, []).append((rank, label, needs_capital))
                rank += 1

    def _one_word_matches(self, doc: Doc) -> list[tuple[str, int, int, bool]]:
        """One-word gazetteer forms in ``doc`` as ``(label, start, end, needs_capital)``, by hash lookup."""
        found: list[tuple[int, int, str, bool]] = []
        for attr, table in (("LOWER", self.one_word_by_lower), ("ORTH", self.one_word_by_orth)):
            column = token_column(doc, attr)
            for word_hash in [h for h in column.present if h in table]:
                for i in column.where[word_hash]:
                    found.extend((rank, i, label, needs_capital) for rank, label, needs_capital in table[word_hash])
        found.sort()
        return [(label, i, i + 1, needs_capital) for _rank, i, label, needs_capital in found]

    def _clean_entity(self, doc: Doc, ent: Span) -> list[Candidate]:
        """Clean one NER entity; "Ukraine - Pologne" gives two."""
        pieces: list[tuple[int, int]] = []
        start = ent.start
        for i in range(ent.start, ent.end):
            tok = doc[i]
            if i < start:
                continue  # the second half of an arrow
            arrow = _arrow_at(doc, i, ent.end)
            if arrow and i > start:  # "dans le sens Italie -> Suisse": two places, a direction between them
                pieces.append((start, i))
                start = i + arrow
            elif tok.text in _FIXTURE_DASHES and i > start and doc[i - 1].whitespace_ and tok.whitespace_:
                pieces.append((start, i))
                start = i + 1
            elif tok.is_sent_start and i > start:  # "H. La Corée du Sud": a name does not cross sentences
                pieces.append((start, i))
                start = i
            elif tok.text in _GUILLEMETS:  # "L'Émission politique » du jeudi": the name ends at »
                if i > start:
                    pieces.append((start, i))
                start = i + 1
        if start < ent.end:
            pieces.append((start, ent.end))
        kind = _NER_KINDS.get(ent.label_, "MISC")
        if kind == "PERSON" and ent.start > 0:
            prev = doc[ent.start - 1]
            if prev.text in _NAME_PARTICLES and prev.whitespace_ and pieces[0][0] == ent.start:
                pieces[0] = (ent.start - 1, pieces[0][1])  # "De Gendt", "Van Avermaet"
        out = []
        if kind == "PERSON":
            pieces, places = self._places_after_people(doc, pieces)
            out.extend(places)
        whole = doc[pieces[0][0]:pieces[-1][1]] if len(pieces) == 1 else None
        if (
            whole is not None
            and kind in ("LOCATION", "MISC")
            and whole[0].is_lower
            and normalize_apostrophes(whole[0].lower_) not in _DETERMINERS
            and not (whole[0].lower_ in ("l", "d") and len(whole) > 1 and normalize_apostrophes(whole[1].text) == "'")
            and not whole[-1].is_space
            and self.gaz.location(whole.text)
        ):
            return [Candidate(whole.start, whole.end, kind="LOCATION", label=ent.label_)]  # "la mer de Chine méridionale"
        if kind == "MISC":
            out.extend(self._event_places(doc, ent))
        for start, end in pieces:
            cand = self._trim(doc, start, end, kind, ent.label_, self._title_before(doc, start))
            if cand is not None:
                out.append(cand)
        return out

    def _places_after_people(self, doc: Doc, pieces: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[Candidate]]:
        """"Paul Biya du Cameroun", "Jean Dupont de Marseille" tagged as one person: the name, then a known state or place.

        Only after two words or more, the last no first name: after a first name
        "de" is a surname's particle and the place names a family ("Andre de
        Grasse", "Henri de Castries"), and a single word may be a first name
        the gazetteer does not know.
        """
        kept: list[tuple[int, int]] = []
        places: list[Candidate] = []
        for start, end in pieces:
            for k in range(start + 1, end - 1):
                if normalize_apostrophes(doc[k].lower_) not in ("de", "du", "d'", "des") or not doc[k - 1].text[:1].isupper():
                    continue
                if self._title_at(doc, start, end) >= k + 1 - start:
                    break  # "le Garde des Sceaux": a title, not a name and a place
                rest = k + 2 if normalize_apostrophes(doc[k + 1].lower_) in ("la", "l'") and k + 2 < end else k + 1
                text = doc[rest:end].text
                # after a first name (or a word that may be one), "de" + a place is a surname's particle ("Andre de Grasse")
                after_surname = k - start >= 2 and not self.gaz.first_name(doc[k - 1].text)
                if self.gaz.country_code(text) and (after_surname or rest > k + 1 or doc[k].lower_ in ("du", "des")) or after_surname and (
                    self.gaz.place(text) or self.gaz.location(text)
                ):
                    places.append(Candidate(rest, end, kind="LOCATION", label="LOC"))
                    end = k
                    break
            kept.append((start, end))
        return kept, places

    def _event_places(self, doc: Doc, ent: Span) -> list[Candidate]:
        """"les Jeux olympiques de Rio": the place an event's name holds (a nested mention)."""
        if ent[0].lower_ not in self.nouns.get("event", ()):
            return []
        for i in range(ent.start + 1, ent.end - 1):
            if normalize_apostrophes(doc[i].lower_) in ("de", "d'", "à") and doc[i + 1].text[:1].isupper():
                end = i + 2
                while end < ent.end and doc[end].text[:1].isupper() and not doc[end].is_digit:
                    end += 1
                return [Candidate(i + 1, end, kind="LOCATION", nested=True, label="LOC", source="event")]
        return []

    def _title_before(self, doc: Doc, start: int) -> int | None:
        """Start of a title that ends, through links, right before ``start`` ("ministre de la |Justice")."""
        i = start - 1
        while i >= 0 and start - i <= 3 and normalize_apostrophes(doc[i].lower_) in _LINKS:
            i -= 1
        if i == start - 1:
            return None
        for j in range(i, max(-1, i - self.max_title_words), -1):
            if self._title_at(doc, j, i + 1) == i + 1 - j:
                return j
        return None

    def _trim(self, doc: Doc, start: int, end: int, kind: str, label: str, role_start: int | None = None) -> Candidate | None:
        if role_start is not None and kind == "PERSON" and any(normalize_apostrophes(t.lower_) in ("de", "d'", "du", "des") for t in doc[role_start:start]):
            role_start = None  # "le directeur général du |Printemps": the name after the title's "du" is not its holder
        role_end = start if role_start is not None else None
        country = None
        while start < end:
            tok = doc[start]
            low = normalize_apostrophes(tok.lower_)
            if tok.is_punct or tok.is_space:
                start += 1
                continue
            if low in ("l", "d") and not tok.whitespace_ and start + 2 < end and normalize_apostrophes(doc[start + 1].text) == "'":
                start += 2  # "l' Afrique": the apostrophe split off by a space after it
                continue
            if low in _DETERMINERS and (tok.is_lower or kind != "PERSON" or self._article_before_title(doc, start, end)) and not (
                tok.is_upper and tok.is_alpha and len(tok) > 1
            ):  # "la CE" is a name; "Le pape François": the article of the title, "Le Pen" a name
                if tok.is_title and low in ("le", "la", "les") and not tok.is_sent_start and start + 1 < end and doc[start + 1].text[:1].isupper():
                    break  # "entre Alexandrie et Le Caire": a capital article mid-sentence belongs to the name
                start += 1
                continue
            n = self._title_at(doc, start, end)
            if n:
                role_start = start if role_start is None else role_start
                start += n
                role_end = start
                if (
                    kind == "PERSON" and start + 1 < end and normalize_apostrophes(doc[start].lower_) in ("de", "d'", "du")
                    and doc[start + 1].text[:1].isupper() and not any(normalize_apostrophes(t.lower_) in _LINKS for t in doc[start + 1:end])
                ):
                    role_start = role_end = None  # "l'avocat de Neymar": the title is someone else's
                continue
            if self.gaz.title_scope(tok.text) == "honorific" or low in ("m.", "mme", "mlle"):
                start += 1
                continue
            if tok.is_lower and tok.pos_ in ("ADJ",) and role_start is not None:
                start += 1  # "ministre *russe* des Affaires"
                role_end = start
                continue
            if self.gaz.demonym(tok.text) and start + 1 < end and doc[start + 1].text[:1].isupper():
                start += 1  # "l'Autrichienne Nadine Fest"
                if kind in ("LOCATION", "MISC"):
                    kind = "PERSON"
                continue
            if (
                self.gaz.demonym(tok.text) and start + 2 < end and kind in ("ORGANISATION", "LOCATION", "MISC")
                and normalize_apostrophes(doc[start + 1].lower_) in ("des", "de", "du", "d'") and doc[start + 2].text[:1].isupper()
            ):
                start += 2  # "les Kurdes des Forces démocratiques syriennes": the organisation
                kind = "ORGANISATION"
                continue
            if tok.is_lower and start + 2 < end and doc[start + 1].text == "-" and not tok.whitespace_ and _ARABIC_ARTICLE.match(
                tok.text + "-" + doc[start + 2].text
            ):
                break  # "la ville d'al-Qaim": the Arabic article is part of the name
            if tok.is_lower and tok.pos_ in ("NOUN", "ADJ"):
                if tok.lemma_.lower() in self.nouns.get("institution", ()) and kind in ("LOCATION", "ORGANISATION"):
                    kind = "ORGANISATION"  # "l'hôpital de Lille", "le ministère de l'Intérieur"
                    break
                start += 1  # "l'agence Bloomberg", "le district de Karada"
                continue
            break
        if kind == "PERSON" and end - start > 2 and doc[end - 1].text in ("Premier", "Première") and end < len(doc) and doc[end].is_lower:
            end -= 1  # "a nommé Élisabeth Borne Première ministre": the title after the name is no part of it
        if kind == "PERSON":
            # "Edouard Philippe à Matignon": a place after a person's name is no part of it
            cut = next((k for k in range(start + 1, end) if doc[k].lower_ in _PLACE_PREPOSITIONS and doc[k].is_lower), None)
            if cut is not None:
                end = cut
        while end > start:
            tok = doc[end - 1]
            if (tok.is_punct and tok.text not in (")", ".")) or tok.is_space or tok.lower_ in ("'s", "’s") or tok.is_lower and normalize_apostrophes(tok.lower_) in _LINKS:
                end -= 1
                continue
            if end - start > 2 and "Inf" in tok.morph.get("VerbForm") and normalize_apostrophes(doc[end - 2].lower_) in ("de", "d'"):
                end -= 2  # "prie l'Ordre de coopérer": a name does not end with an infinitive
                continue
            if kind == "ORGANISATION" and end - start > 3 and doc[end - 1].lower_ == "pays" and doc[end - 2].lower_ in ("du", "de"):
                end -= 2  # "le ministère de la Santé du pays": the country is the article's
                continue
            if end - start > 1 and fold(tok.text) in self.trailing_words and not (
                tok.text in ("Nord", "Sud", "Est", "Ouest") and normalize_apostrophes(doc[end - 2].lower_) in ("l'", "du", "de")
            ):  # "l'Afrique de l'Ouest" keeps its direction
                end -= 1  # "l'ONU lundi": a calendar word is not part of the name
                continue
            if tok.is_lower and kind == "ORGANISATION" and self.gaz.demonym(tok.text):
                country = self.gaz.demonym(tok.text)  # "le Hezbollah libanais"
                if doc[start].lower_ in self.nouns.get("institution", ()):
                    break  # "le Parlement sud-coréen", "l'Agence spatiale italienne": the adjective is part of the name
                end -= 1
                continue
            break
        if start >= end:
            return None
        if doc[end - 1].text == "." and not (end - start > 1 and len(doc[end - 2].text) == 1):
            end -= 1  # a final full stop, unless it closes an initial ("Karabatic N.")
            if start >= end:
                return None
        if role_start is not None and kind != "PERSON":
            # "ministre de la Culture et des Sports Miri Regev" tagged as one organisation
            name_start = end
            while name_start > start + 1 and (
                doc[name_start - 1].pos_ == "PROPN" and doc[name_start - 1].text[:1].isupper()
                or doc[name_start - 1].text == "-" and not doc[name_start - 1].whitespace_
            ):
                name_start -= 1
            if name_start < end and doc[name_start].text == "-":
                name_start += 1
            if end - name_start >= 2 and name_start > start:
                cand = Candidate(name_start, end, kind="PERSON", label=label)
                cand.role = (role_start, name_start)
                return cand
        cand = Candidate(start, end, kind=kind, label=label, country=country)
        if role_start is not None and kind == "PERSON":
            cand.role = (role_start, role_end)
        return cand

    def _article_before_title(self, doc: Doc, start: int, end: int) -> bool:
        """A capitalised article before a lower-case word, a title or an honorific ("Le pape François", "La Présidente X").

        A person's name may start with an article ("Le Pen", "La Fontaine"):
        then a capitalised name follows it, not a title.
        """
        if start + 1 >= end:
            return False
        nxt = doc[start + 1]
        if nxt.is_lower:
            return True
        n = self._title_at(doc, start + 1, end) or (1 if self.gaz.title_scope(nxt.text) == "honorific" else 0)
        return bool(n) and start + 1 + n < end  # "Le Maire" alone is Bruno Le Maire's name

    def _may_start_a_title(self, doc: Doc, i: int) -> bool:
        """Do the first letters of token ``i`` start a title? Read off the ``ORTH`` column, remembered per word."""
        orth = token_column(doc, "ORTH").hashes[i]
        known = self._title_start_words.get(orth)
        if known is None:
            if len(self._title_start_words) >= _WORD_MEMO_SIZE:
                self._title_start_words.clear()  # a long run meets ever more words: keep the memory flat
            known = self._title_start_words[orth] = _leading_letters(fold(doc.vocab.strings[orth])) in self.title_starts
        return known

    def _title_at(self, doc: Doc, start: int, end: int) -> int:
        """Length in tokens of the longest title starting at ``start`` (0 if none)."""
        if start >= end or not self._may_start_a_title(doc, start):
            return 0
        for n in range(min(self.max_title_words, end - start), 0, -1):
            scope = self.gaz.title_scope(doc[start:start + n].text)
            if scope and scope != "honorific":
                return n
        return 0

    def _type(self, doc: Doc, cand: Candidate) -> None:
        """Decide the kind, code and metonymy of a candidate (in place); kind '' drops it."""
        span = doc[cand.start:cand.end]
        text = span.text
        key = fold(text)
        words = key.split()
        if (
            not key
            or key in self.not_actors
            or not _has_two_alphanumerics(text)
            or not any(c.isalpha() for c in text)
            or span[0].is_digit and any(w in self.not_actors for w in words)  # "23 mars": a date
        ):
            cand.kind = ""
            return
        if not (
            text[:1].isupper()
            or text[:1].isdigit()
            or _ARABIC_ARTICLE.match(text)  # "la ville d'al-Qaim", "el-Arich"
            or self._institution_name(span)
            or cand.kind == "LOCATION" and self.gaz.location(text)
            or cand.kind == "ORG" and self.gaz.organisation(text)  # a gazetteer name written in lower case ("talibans")
        ):
            cand.kind = ""
            return
        if cand.kind in ("LOCATION", "ORGANISATION", "MISC") and cand.source == "ner" and self._known_person(span):
            cand.kind = "PERSON"  # "Bachar al-Assad" tagged as a place: a world figure the people gazetteer knows
            return
        if cand.kind in ("PERSON", "ORGANISATION", "LOCATION", "MISC") and cand.source == "ner" and self._names_a_family(doc, span):
            cand.kind = "MISC"  # "la famille Troadec": a family, no person
            return
        if cand.kind in ("PERSON", "ORGANISATION", "LOCATION", "MISC") and cand.source == "ner" and self._names_a_thing(doc, span):
            cand.kind = "MISC"  # "la loi El Khomri", "l'affaire Benalla", "Roe v. Wade": a law, an affair, a case
            return
        if (
            cand.kind in ("ORGANISATION", "LOCATION") and cand.source == "ner" and self.gaz.first_name(span[0].text.split("-")[0])
            and self._after_product_noun(doc, span) and not self.gaz.organisation(text)
        ):
            cand.kind = "MISC"  # "le télescope James-Webb" tagged as a place: a thing named after a person
            return
        if span.start > 0 and doc[span.start - 1].lower_ in ("$", "dollars", "dollar") and len(span) == 1 and span[0].is_upper:
            cand.kind = ""  # "125 000 $US", "8 milliards de dollars US": a currency
            return
        if self._nationality_before_name(doc, span):
            cand.kind = ""  # "le Suisse Benjamin Steffen": a nationality, not the state
            return
        code = self.gaz.country_code(text) or self._state_form(span)
        if code and self._names_an_event(doc, span):
            if doc[span.start - 2].is_lower:
                cand.kind, cand.code, cand.nested = "LOCATION", None, True  # "le championnat de France": the place an event is named after
            else:
                cand.kind = ""  # "le Tour de France", "l'Open de France": part of the event's name
            return
        if code and cand.kind == "PERSON" and span.start > 0 and normalize_apostrophes(doc[span.start - 1].lower_) in ("de", "d'", "du", "des"):
            cand.kind = "COUNTRY"  # "Le Président des États-Unis" tagged as a person: the title's country, not a name
        if code and cand.kind != "PERSON":
            region_end = self._region_end(doc, cand.end)
            if region_end is not None:
                cand.end, cand.kind, cand.code = region_end, "LOCATION", None  # "l'Amérique latine"
                return
            cand.kind, cand.code = "COUNTRY", code
            return
        if self.gaz.demonym(text) or self.gaz.title_scope(text) not in (None, "honorific"):
            cand.kind = ""  # "les Français", "le Garde des Sceaux": no name
            return
        place = self.gaz.place(text)
        if place and cand.kind in ("PLACE", "LOCATION", "ORGANISATION", "MISC"):
            place_code, place_kind = place
            if place_kind == "seat" or self._acts(doc, span):
                cand.kind, cand.code, cand.metonymy = "COUNTRY", place_code, True
            else:
                cand.kind, cand.code = "LOCATION", None
            return
        if cand.kind in ("ORG", "ORGANISATION") and self._strip_demonym(doc, cand):
            span = doc[cand.start:cand.end]
            text = span.text
        portfolio = self._portfolio(doc, cand) if cand.kind != "PERSON" else None
        if portfolio == "drop":
            cand.kind = ""  # "le ministre iranien des *Transports*": part of a title
            return
        if portfolio == "ministry":
            cand.kind = "ORGANISATION"
            cand.country = cand.country or self._demonym_in(doc[cand.start:cand.end])
            return
        if self._institution_with_nationality(doc, cand):
            return  # "le Parlement sud-coréen", "le ministère de l'Intérieur belge"
        if cand.kind in ("ORG", "ORGANISATION", "LOCATION") and span[0].is_lower and span[0].lower_ in self.nouns.get("building", ()) and len(span) > 1:
            cand.kind, cand.code = "LOCATION", None  # "l'église Saint-Pierre": the building; "l'Église catholique" acts
            return
        if cand.kind in ("ORG", "ORGANISATION", "PERSON", "MISC") and self._in_a_territory(doc, span):
            cand.kind, cand.code = "LOCATION", None  # "le comté d'Orange", "la province d'Idlib"
            return
        org = self.gaz.organisation(text)
        if org and cand.kind != "PERSON" and (len(text) > 3 or text.isupper()):
            cand.kind, cand.code = "ORGANISATION", org.id
            cand.country = cand.country or org.country
            return
        if cand.kind in ("ORG", "PLACE", "COUNTRY"):
            cand.kind = ""  # a gazetteer form that did not survive the checks
            return
        if cand.kind in ("PERSON", "ORGANISATION", "LOCATION", "MISC") and cand.source == "ner" and self._after_organisation_noun(doc, span) and not (
            cand.kind == "PERSON" and self._looks_like_a_name(span)
        ):
            cand.kind = "ORGANISATION"  # "la banque suisse Reyl", "la société d'assurance Axa"
            cand.country = cand.country or self._stated_country(doc, cand, [])
            return
        if cand.kind in ("ORGANISATION", "PERSON", "MISC") and len(span) > 1 and span[0].lower_ in self.nouns.get("street", ()):
            cand.kind = "LOCATION"  # "Avenue de l'Opéra", "Place Tahrir": a street or square
            return
        events = self.nouns.get("event", ())
        if cand.kind in ("ORGANISATION", "LOCATION", "PERSON") and (span[0].lower_ in events or any(t.lower_ in ("awards", "cup", "championship") for t in span)):
            cand.kind = "MISC"  # "la Coupe du monde", "les British Academy Television Awards": events
            return
        if cand.kind in ("ORGANISATION", "LOCATION", "PERSON") and _CODE.match(span[0].text):
            cand.kind = "MISC"  # "FRB150418", "A321", "N.409": a code names an object
            return
        if cand.kind == "MISC" and self.gaz.location(text):
            cand.kind = "LOCATION"  # "championne d'Europe": the NER's event span, trimmed to the place
            return
        if cand.kind in ("MISC", "ORGANISATION") and cand.source == "ner" and self._after_an_events_name(doc, span):
            cand.kind, cand.nested = "LOCATION", True  # "les Jeux olympiques d'hiver | de PyeongChang": where the event is held
            return
        if cand.kind == "ORGANISATION" and cand.source == "ner" and text[:1].isupper() and (self.gaz.location(text) or ("city",))[0] != "city":
            cand.kind = "LOCATION"  # "Tahiti" tagged as an organisation: an island, a region (a city may name a firm: "Monsanto")
            return
        if self._nationality_noun(doc, span) or self._label(span):
            cand.kind = ""  # "la Suissesse Nicola Spirig", "le Groupe C"
            return
        if cand.kind == "LOCATION" and len(span) == 1 and span[0].is_upper and len(span[0]) >= 3:
            cand.kind = "ORGANISATION"  # an acronym: "le CERN"
        if cand.kind == "LOCATION" and len(span) > 1 and any(t.lower_ in self.nouns.get("institution", ()) for t in span):
            cand.kind = "ORGANISATION"  # "la Grande Mosquée de Valence", "le Splendid Hotel"
        described = self._described_state(doc, span)
        if described:
            cand.kind, cand.code = "COUNTRY", described
            return
        if cand.kind == "PERSON" and key in self.territory_forms:
            cand.kind = "LOCATION"  # "Nouvelle-Calédonie"
            return
        if cand.kind in ("ORGANISATION", "LOCATION") and _SURNAME_INITIAL.match(text):
            cand.kind = "PERSON"  # "Karabatic N.": a surname and an initial
            return
        if cand.kind == "PERSON" and not any(
            t.text[:1].isupper() and normalize_apostrophes(t.lower_) not in _DETERMINERS and not self.gaz.title_scope(t.text) for t in span
        ):
            cand.kind = ""  # "Le président de la": no name in it
            return
        if cand.kind == "PERSON" and _PLACE_NAME.search(text):
            cand.kind = "LOCATION"  # "Sault-Sainte-Marie", "Neuilly-sur-Seine": a place's name
            return
        if cand.kind == "PERSON" and self._not_a_person(doc, span):
            cand.kind = "MISC"
            return
        if cand.kind == "PERSON" and cand.source == "ner" and self._place_after_a(doc, span):
            cand.kind = "LOCATION"  # "ils rencontreront les Allemandes à Belo Horizonte": where, not to whom
            return
        if (
            cand.kind == "LOCATION" and len(span) == 1 and span[0].lemma_[:1].islower() and not span[0].is_upper and cand.source == "ner"
            and not _HYPHENATED_NAME.search(text) and _known_word(span[0])
        ):
            cand.kind = ""  # "Manifestant", "Industrie": a capitalised common word, not a name ("Megève", "Doel" are none)
            return
        if cand.kind in ("PERSON", "ORGANISATION") and len(span) > 1 and normalize_apostrophes(text.split()[0].lower()) in self.nouns.get("toponym_head", ()):
            cand.kind = "LOCATION"  # "Khan Cheikhoun", "Deir ez-Zor", "Ras al-Aïn": an Arabic place name
            return
        if cand.source == "ner" and (
            cand.kind in ("PERSON", "ORGANISATION") and self._common_word(span)
            or cand.kind in ("PERSON", "ORGANISATION", "LOCATION", "MISC") and self._opening_participle(doc, span)
        ):
            cand.kind = ""  # "Déployée au Sahel, l'armée ...", "Salle de presse": a capitalised word, not a name
            return

        if cand.kind in ("ORGANISATION", "LOCATION", "MISC") and self._looks_like_a_name(span):
            cand.kind = "PERSON"  # "Laurenne Ross", "River Radamus": a first name and a surname
            return
        if cand.kind in ("ORGANISATION", "PERSON") and len(span) == 1 and span[0].is_upper and self._abbreviates_a_thing(doc, span):
            cand.kind = "MISC"  # "un drone de reconnaissance (UAV)": the acronym of a thing
            return
        if cand.kind == "ORGANISATION":
            cand.country = cand.country or self._demonym_in(span)
            return
        if cand.kind in ("PERSON", "MISC", "LOCATION"):
            media = self._quoted_media_name(doc, span)
            if media is not None:
                cand.start, cand.end = media
                cand.kind = "ORGANISATION"
                return
        if cand.kind == "PERSON" and len(span) == 1 and span[0].is_upper and len(span[0]) <= 6:
            cand.kind = "ORGANISATION"  # an acronym the tagger took for a name

    def _after_an_events_name(self, doc: Doc, span: Span) -> bool:
        """A name right after an event's name and "de" or "à", tagged apart ("les Jeux olympiques d'hiver de PyeongChang")."""
        i = span.start - 2
        if i < 0 or normalize_apostrophes(doc[span.start - 1].lower_) not in ("de", "d'", "à") or not doc[i].ent_type_ or doc[i + 1].ent_type_:
            return False
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        return doc[i].lower_ in self.nouns.get("event", ())

    def _institution_with_nationality(self, doc: Doc, cand: Candidate) -> bool:
        """An institution's noun, its complement and a nationality adjective: one organisation of that state (in place).

        "le Parlement sud-coréen" (tagged as a thing), "le ministère de la
        Défense | autrichien" (the tagger's span stops before the adjective):
        the adjective belongs to the name and gives the country.
        """
        if cand.kind not in ("ORGANISATION", "MISC", "LOCATION") or cand.source != "ner" or doc[cand.start].lower_ not in self.nouns.get("institution", ()):
            return False
        end = cand.end
        if end < len(doc) and doc[end].is_lower and self.gaz.demonym(doc[end].text):
            end += 1
        last = doc[end - 1]
        if end - cand.start < 2 or not last.is_lower or self.gaz.organisation(doc[cand.start:end].text):
            return False
        code = self.gaz.demonym(last.text)
        if not code:
            return False
        cand.end, cand.kind = end, "ORGANISATION"
        cand.country = cand.country or code
        return True

    def _after_organisation_noun(self, doc: Doc, span: Span) -> bool:
        """A name in apposition to a noun of organisations ("le collectif anarchiste Indecline")."""
        nouns = self.nouns.get("organisation_noun", set())
        i = span.start - 1
        adjectives = 0
        while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ" and adjectives < 3:
            i -= 1
            adjectives += 1
        if i >= 2 and doc[i].is_lower and doc[i].pos_ == "NOUN" and normalize_apostrophes(doc[i - 1].lower_) in ("de", "d'") and doc[i - 2].lower_ in nouns:
            i -= 2  # "la société d'assurance Axa"
        if i >= 1 and normalize_apostrophes(doc[i - 1].lower_) in ("de", "d'"):
            return False  # "l'animateur de radio Pierre Bouteiller": the noun qualifies another one
        return i >= 0 and doc[i].is_lower and doc[i].lower_ in nouns and doc[i].pos_ == "NOUN"

    def _known_person(self, span: Span) -> bool:
        """A name that the people gazetteer knows, and no place's or organisation's.

        One word only as a family name the sources give alone ("Erdogan",
        "Poutine"), never a first name.
        """
        text = span.text
        if not span[0].text[:1].isupper() or self.gaz.location(text) or self.gaz.organisation(text):
            return False
        if len(span) < 2 and (span[0].is_upper or self.gaz.first_name(text) or self.gaz.demonym(text)):
            return False
        if fold(text) in self.territory_forms or self.gaz.country_code(text) or self.gaz.place(text):
            return False
        return bool(self.gaz.people.candidates(text))

    def _names_a_thing(self, doc: Doc, span: Span) -> bool:
        """A name right after a noun of laws, affairs, plans ("la loi Travail"), or a court case ("X v. Y")."""
        if any(t.lower_ in ("v.", "vs", "vs.") for t in span[1:-1]):
            return True
        prev = doc[span.start - 1] if span.start > 0 else None
        return prev is not None and prev.is_lower and prev.lemma_.lower() in self.nouns.get("thing_named", ())

    def _names_a_family(self, doc: Doc, span: Span) -> bool:
        """A surname right after a noun of families ("la famille Troadec")."""
        prev = doc[span.start - 1] if span.start > 0 else None
        return prev is not None and prev.is_lower and prev.lower_ in self.nouns.get("family", ()) and not self.gaz.first_name(span[0].text)

    def _common_word(self, span: Span) -> bool:
        """One capitalised word the tagger reads as a verb, a participle, or a common noun opening a sentence ("Salle de presse")."""
        if len(span) != 1:
            return False
        tok = span[0]
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        opening = tok.is_sent_start or prev is None or prev.is_punct and prev.text not in (",", "«", '"')
        quoted = prev is not None and prev.text in ("«", '"', "“")
        return (
            (
                tok.pos_ in ("VERB", "AUX") or tok.pos_ == "ADJ" and "Part" in tok.morph.get("VerbForm") or tok.pos_ == "NOUN" and opening
                or tok.pos_ in ("NOUN", "ADJ", "ADV") and tok.is_title and _known_word(tok) and not self.gaz.people.candidates(tok.text)
                and tok.lower_ not in self.nouns.get("institution", ())
                and (opening or quoted or tok.lemma_.lower() != tok.lower_)
            )  # « Menteur », « Misogyne »: a common word, capitalised; "l'Assemblée", "la Commission" are short names
            and tok.lemma_[:1].islower()
            and not tok.is_upper
            and not self.gaz.first_name(tok.text)
            and not self.gaz.organisation(tok.text)
            and not self.gaz.location(tok.text)
        )

    def _opening_participle(self, doc: Doc, span: Span) -> bool:
        """A past participle opening a sentence before a comma or a preposition ("Désorganisés, les rebelles ...", "Déployée au Sahel").

        The tagger often reads such a word as a name; its form (a participle
        ending of a word the model knows in lower case) and its place (a
        detached phrase before the subject) say it is none.
        """
        if len(span) != 1 or span.end >= len(doc):
            return False
        tok = span[0]
        prev = doc[tok.i - 1] if tok.i > 0 else None
        opening = tok.is_sent_start or prev is None or prev.is_space or prev.is_punct and prev.text not in (",", "«", '"', "(")
        return (
            opening
            and tok.is_title
            and tok.lower_.endswith(_PARTICIPLE_ENDINGS)
            and (doc[span.end].text == "," or doc[span.end].lower_ in _PARTICIPLE_COMPLEMENTS)
            and _known_word(tok)
            and not self.gaz.first_name(tok.text)
            and not self.gaz.people.candidates(tok.text)
            and not self.gaz.organisation(tok.text)
            and not self.gaz.location(tok.text)
        )

    def _in_a_territory(self, doc: Doc, span: Span) -> bool:
        """"comté d'Orange", "province d'Idlib", "à l'est de Shirqat": the name of a territory, after its noun or a direction."""
        if span.start < 2 or normalize_apostrophes(doc[span.start - 1].lower_) not in ("de", "d'", "du"):
            return False
        noun = doc[span.start - 2]
        if not noun.is_lower:
            return False
        if noun.lower_ in self.nouns.get("territory", ()):
            return True
        # "à l'est de Shirqat", "dans la banlieue de Mossoul", "à proximité de Tikrit": a place, unless a person's name
        return (
            noun.lower_ in self.nouns.get("direction", ()) and span.start >= 3
            and normalize_apostrophes(doc[span.start - 3].lower_) in ("l'", "le", "la", "les", "au", "aux", "du", "à")
            and not self.gaz.first_name(span[0].text) and not self.gaz.people.candidates(span.text)
        )

    def _nationality_before_name(self, doc: Doc, span: Span) -> bool:
        """"le Suisse Benjamin Steffen": a word that is both a state and a nationality, after a masculine article, before a name."""
        if len(span) != 1 or span.start == 0 or span.end >= len(doc) or not self.gaz.demonym(span.text):
            return False
        prev, nxt = doc[span.start - 1], doc[span.end]
        return prev.lower_ in ("le", "du", "au", "un") and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"

    def _names_an_event(self, doc: Doc, span: Span) -> bool:
        if span.start < 2 or normalize_apostrophes(doc[span.start - 1].lower_) not in ("de", "d'"):
            return False
        return doc[span.start - 2].lower_ in self.nouns.get("event", ())

    def _state_form(self, span: Span) -> str | None:
        """"la République d'Haïti", "le Royaume du Maroc": the state's formal name."""
        if len(span) < 3 or span[0].lower_ not in self.nouns.get("state_form", ()):
            return None
        i = 1
        while i < len(span) and normalize_apostrophes(span[i].lower_) in _LINKS:
            i += 1
        return self.gaz.country_code(span[i:].text) if i < len(span) else None

    def _region_end(self, doc: Doc, end: int) -> int | None:
        """End of "<pays> latine", "<pays> du Nord" when the name is a region's, else None."""
        if end >= len(doc):
            return None
        nxt = doc[end]
        if nxt.lower_ in self.nouns.get("region_adjective", ()):
            return end + 1
        if nxt.lower_ in ("du", "de") and end + 1 < len(doc) and doc[end + 1].text in ("Nord", "Sud", "Est", "Ouest"):
            return end + 2
        return None

    def _nationality_noun(self, doc: Doc, span: Span) -> bool:
        """"la Suissesse", "l'Anglais" before a person's name: a nationality, not a place."""
        if len(span) != 1 or span.start == 0 or span.end >= len(doc):
            return False
        prev, nxt = doc[span.start - 1], doc[span.end]
        word = span[0].lower_
        before_name = (
            normalize_apostrophes(prev.lower_) in ("le", "la", "l'", "les")
            and nxt.text[:1].isupper()
            and nxt.pos_ == "PROPN"
            and word.endswith(_DEMONYM_ENDINGS)
        )
        # "les Québécois", "des Britanniques": a people, not a place
        people = prev.lower_ in ("les", "des", "aux") and word.endswith(_PLURAL_DEMONYM_ENDINGS)
        return before_name or people

    def _label(self, span: Span) -> bool:
        return len(span) == 2 and len(span[1].text) == 1 and span[1].is_upper and span[0].lower_ in self.nouns.get("label", ())

    def _abbreviates_a_thing(self, doc: Doc, span: Span) -> bool:
        """An acronym in parentheses right after a common noun phrase abbreviates that phrase."""
        if span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
            return False
        i = span.start - 2
        if not (doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ")):
            return False
        if self._spelt_out_institution(doc, span.start - 1) is not None:
            return False  # "le service national de renseignement (SNR)": an institution's name in lower case
        while i >= 0 and not (doc[i].pos_ in ("VERB", "AUX", "PUNCT") or doc[i].is_sent_start):
            if doc[i].pos_ == "DET" and not (i > 0 and normalize_apostrophes(doc[i - 1].lower_) in ("de", "d'", "du", "des")):
                break  # the phrase's own determiner; "de l'aviation" goes on
            if doc[i].text[:1].isupper():
                return False  # "la Commission électorale nationale indépendante (CENI)", "la Direction générale de l'aviation civile (DGAC)": a name
            i -= 1
        return True

    def _spelt_out_institution(self, doc: Doc, paren: int) -> tuple[int, int] | None:
        """Token span of a lower-case institution's name before a parenthesised acronym, else None.

        "le conseil national de la communication (CNC)": a noun phrase headed
        by an institution noun, the acronym right after it in parentheses.
        """
        end = paren
        i = end - 1
        while i >= 0 and end - i <= 10:
            tok = doc[i]
            low = normalize_apostrophes(tok.lower_)
            if tok.is_sent_start or tok.is_punct and tok.text != "-" or tok.pos_ in ("VERB", "AUX"):
                break
            if low in _LINKS and low not in ("la", "le", "les", "l'") or tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "PROPN"):
                i -= 1
                continue
            if low in ("la", "le", "les", "l'") and i > 0 and normalize_apostrophes(doc[i - 1].lower_) in ("de", "à"):
                i -= 2  # "de la communication"
                continue
            break
        start = i + 1
        while start < end and (normalize_apostrophes(doc[start].lower_) in _LINKS or doc[start].pos_ == "ADJ"):
            start += 1
        if end - start < 2 or not doc[start].is_lower or doc[start].lemma_.lower() not in self.nouns.get("institution", ()):
            return None
        if doc[start].lemma_.lower() in _MEDIA_NOUNS:
            return None  # "le quotidien (...)" names no medium
        return start, end

    def _lowercase_institutions(self, doc: Doc, candidates: list[Candidate], header_end: int) -> list[Candidate]:
        """"le service national de renseignement (SNR)": the spelt-out name and its acronym, one organisation."""
        found = []
        covered: dict[int, Candidate] = {}
        for c in candidates:
            for i in range(c.start, c.end):
                covered[i] = c
        for i in positions(doc, "ORTH", _OPENING_BRACKET):
            if i + 2 >= len(doc) or doc[i + 2].text != ")" or doc[i].idx < header_end:
                continue
            acronym = doc[i + 1]
            bare = acronym.text.replace("-", "")
            if not (2 <= len(bare) <= 8 and bare.isalnum() and sum(c.isupper() for c in bare) >= 2 and acronym.text[:1].isupper()):
                continue
            spelt = self._spelt_out_institution(doc, i)
            if spelt is None or any(k in covered for k in range(*spelt)):
                continue
            found.append(Candidate(spelt[0], spelt[1], kind="ORGANISATION", label="ORG", source="acronym"))
            inner = covered.get(i + 1)
            if inner is not None and inner.kind not in ("MISC", "LOCATION"):
                continue  # the acronym is already a name
            if inner is not None:
                candidates.remove(inner)
            found.append(Candidate(i + 1, i + 2, kind="ORGANISATION", label="ORG", source="acronym"))
        if not found:
            return candidates
        out = candidates + found
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        return out

    def _institution_name(self, span: Span) -> bool:
        """"le ministère de l'Intérieur", "l'hôpital de Lille": a lower-case head, a name after."""
        return span[0].lemma_.lower() in self.nouns.get("institution", ()) and any(
            t.text[:1].isupper() and fold(t.text) not in self.not_actors for t in span[1:]
        )  # not "l'organisation de l'État"

    def _strip_demonym(self, doc: Doc, cand: Candidate) -> bool:
        """"le Hezbollah libanais": the name, and the country as the organisation's."""
        last = doc[cand.end - 1]
        whole = self.gaz.organisation(doc[cand.start:cand.end].text)
        if whole is not None and whole != self.gaz.organisation(doc[cand.start:cand.end - 1].text):
            return False  # "Forces démocratiques syriennes": the adjective is part of a known name
        if cand.end - cand.start > 1 and last.is_lower:
            code = self.gaz.demonym(last.text)
            if code:
                cand.country = cand.country or code
                rest = doc[cand.start:cand.end - 1]
                org = self.gaz.organisation(rest.text)
                generic = (org is not None and org.country is None and org.type in ("institution", "party")) or (
                    rest[0].lower_ in self.nouns.get("institution", ()) and rest[0].text[:1].isupper()
                )
                if not generic:  # "le Parlement israélien" keeps its adjective: it is its name
                    cand.end -= 1
                    return True
        return False

    def _portfolio(self, doc: Doc, cand: Candidate) -> str | None:
        """"ministre des *Transports*" (drop) or "ministère de l'*Intérieur*" (the ministry).

        Looks back over links and adjectives for a minister's title or the
        word "ministère"; the ministry becomes the candidate's span.
        """
        i = cand.start - 1
        linked = False
        while i >= 0 and i >= cand.start - 5:
            tok = doc[i]
            low = normalize_apostrophes(tok.lower_)
            if low in _LINKS:
                linked = True
                i -= 1
                continue
            if tok.is_lower and tok.pos_ == "ADJ":
                i -= 1
                continue
            if not linked:
                return None
            lemma = tok.lemma_.lower()
            if low in ("ministère", "ministères", "secrétariat"):
                cand.start = i
                return "ministry"
            if low in ("état", "etat") and i >= 2 and doc[i - 2].lower_ == "secrétaire":
                return "drop"  # "le secrétaire d'État aux *Transports*"
            if lemma in ("secrétaire", "commissaire") and (self.gaz.organisation(doc[cand.start:cand.end].text) or doc[cand.start:cand.end].text.isupper()):
                return None  # "le premier secrétaire du PS": the party is named
            if lemma in ("ministre", "secrétaire", "commissaire", "ministère") or self._title_at(doc, i, cand.start) and low in ("ministre", "ministres"):
                return "drop"
            return None
        return None

    def _looks_like_a_name(self, span: Span) -> bool:
        """A known first name followed by one or two capitalised words, none a place or a title."""
        if not 2 <= len(span) <= 3 or not self.gaz.first_name(span[0].text):
            return False
        rest = span[1:]
        return all(t.text[:1].isupper() and not t.is_upper for t in rest) and not any(
            self.gaz.country_code(t.text) or self.gaz.place(t.text) or self.gaz.title_scope(t.text) or self.gaz.location(t.text)
            for t in rest
        )

    def _first_name_persons(self, doc: Doc, candidates: list[Candidate], header_end: int) -> list[Candidate]:
        """"Carlo Rubbia" where the NER saw nothing: a first name and a capitalised surname."""
        covered = {i for c in candidates for i in range(c.start, c.end)}
        found = []
        for i in positions(doc, "ORTH", self.first_name_words):
            if i + 1 >= len(doc) or i in covered or i + 1 in covered or doc[i].idx < header_end:
                continue
            end = i + 1
            while end < len(doc) and end - i < 3 and end not in covered and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_upper:
                end += 1
            span = doc[i:end]
            if end - i >= 2 and self._looks_like_a_name(span) and not any(self.gaz.organisation(t.text) for t in span[1:]) and not self._not_a_person(doc, span):
                found.append(Candidate(i, end, kind="PERSON", label="PER", source="first name"))
                covered.update(range(i, end))
        return found

    def _not_a_person(self, doc: Doc, span: Span) -> bool:
        """"Minsk II", "des chars Abrams": a place or a product, not a person.

        A first name and a surname stay a person whatever places they are
        named like ("Sofia Evdokimova", "Stéphane Bern", "Henri de Castries").
        """
        named = len(span) >= 2 and self.gaz.first_name(span[0].text) and not self.gaz.country_code(span[0].text)
        if not named and any(self.gaz.country_code(t.text) or self.gaz.place(t.text) for t in span if t.text[:1].isupper()):
            return True
        products = self.nouns.get("product", set())
        if self._after_product_noun(doc, span):
            return True  # "des chars Abrams", "le télescope spatial James Webb"
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and normalize_apostrophes(prev.lower_) in ("de", "d'") and len(span) == 1:
            head = span.root.head
            # "les chars d'Abrams", "les véhicules de combat de Bradley"
            return head.lemma_.lower() in products or head.head.lemma_.lower() in products
        return False

    def _place_after_a(self, doc: Doc, span: Span) -> bool:
        """A name the tagger read as a person's, after a locative "à" and with no first name in it: a place.

        "à" names a person only as the addressee or the recipient of a verb or
        noun of saying or giving ("a remis le prix à X"), which the parse hangs
        as an argument; a circumstance ("le séisme a fait 200 morts à X") is a
        place. A known person, or a surname the article gives a first name
        elsewhere, stays a person (the latter through propagation).
        """
        if span.start == 0 or doc[span.start - 1].lower_ != "à" or span.start > 1 and doc[span.start - 2].lower_ in ("face", "grâce", "quant"):
            return False
        if any(self.gaz.first_name(t.text) for t in span) or self.gaz.people.candidates(span.text) or span[0].is_upper:
            return False
        root = span.root
        head = root.head
        if root.dep_ != "obl:mod" or head.pos_ != "VERB" or head.i > root.i:
            return False
        return head.lemma_.lower() not in self.recipients

    def _after_product_noun(self, doc: Doc, span: Span) -> bool:
        """A name right after a classifier noun of things, maybe with an adjective ("le télescope spatial James Webb",
        "le porte-avions Charles de Gaulle", "la sonde Juno")."""
        products = self.nouns.get("product", set())
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.is_lower and prev.pos_ == "ADJ" and span.start > 1 and doc[span.start - 2].lower_ in products:
            prev = doc[span.start - 2]
        return prev is not None and prev.is_lower and prev.lower_ in products

    def _described_state(self, doc: Doc, span: Span) -> str | None:
        """"les autorités de Kiev" as a NER span: the state (spec §6)."""
        head = span[0]
        if not (head.is_lower and head.lemma_.lower() in self.nouns.get("state_organ", ())):
            return None
        for tok in span[1:]:
            code = self.gaz.demonym(tok.text) if tok.is_lower else self.gaz.country_code(tok.text)
            if not code and tok.text[:1].isupper() and self.gaz.place(tok.text):
                code = self.gaz.place(tok.text)[0]
            if code:
                return code
        return None

    def _acts(self, doc: Doc, span: Span) -> bool:
        """Does a capital's mention act for its state (metonymy) rather than locate?"""
        root = span.root
        prev = doc[span.start - 1] if span.start > 0 else None
        prev_low = normalize_apostrophes(prev.lower_) if prev is not None else ""
        if prev_low in ("à", "au"):
            # "a reproché à Washington", "a livré des armes à Kiev", "l'aide à Kiev": the addressee or recipient;
            # "est allé à Bujumbura", "s'est tenu à Rome": a place
            head = root.head
            if head.i > root.i or head.pos_ not in ("NOUN", "VERB"):
                return False
            if root.dep_ == "obl:mod" and head.pos_ == "VERB":
                return head.lemma_.lower() in self.recipients_always  # "a vendu des blindés à Riyad", parsed as a circumstance
            if root.dep_ not in ("obl:arg", "iobj", "nmod"):
                return False
            if root.dep_ == "nmod" and not any(c.dep_ == "det" for c in head.children):
                return False  # "un rassemblement de soutien à Paris": the noun qualifies another, the city is a place
            recipient = self.recipients
            if head.lemma_.lower() in recipient:
                return True
            # "a annoncé une aide à Kiev": the object says what is given
            return head.pos_ == "VERB" and any(c.dep_ == "obj" and c.lemma_.lower() in recipient for c in head.children)
        if prev_low == "selon" or prev_low == "après" and span.start > 1 and normalize_apostrophes(doc[span.start - 2].lower_) == "d'":
            return True  # "selon Kiev", "d'après Washington": the state speaks
        if prev_low in _LOCATIVE_CASES:
            return False
        if root.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "obj", "iobj"):
            return True
        if root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubj:pass", "obl:agent"):
            return True
        if root.dep_ in ("nmod", "appos") and prev is not None and root.head.i == prev.i and self._ends_a_locution(prev):
            return True  # "a mis en garde Manille", "a pris pour cible Kiev": the object of a verbal locution
        if prev_low in _AGENT_CASES:
            return True
        if prev_low in ("de", "d'", "du") and root.head.pos_ == "NOUN":
            words = {root.head.lemma_.lower(), root.head.lower_}
            organs = self.nouns.get("state_organ", set()) - self.nouns.get("naming", set())
            return bool(words & _STANCE_HEADS or words & organs)  # "les autorités de Kiev"
        return False

    @staticmethod
    def _ends_a_locution(noun: Any) -> bool:
        """A bare noun after a preposition, in a verb's phrase: "mettre en *garde*", "prendre pour *cible*"."""
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.head.pos_ != "VERB" or noun.head.i > noun.i:
            return False
        children = [c.dep_ for c in noun.children]
        return "case" in children and "det" not in children and noun.i - noun.head.i <= 3

    def _demonym_in(self, span: Span) -> str | None:
        for tok in span:
            if tok.is_lower:
                code = self.gaz.demonym(tok.text)
                if code:
                    return code
        return None

    def _quoted_media_name(self, doc: Doc, span: Span) -> tuple[int, int] | None:
        """« Soloviev Live » after "la chaîne": the whole quoted name, an organisation."""
        left = span.start - 1
        while left >= 0 and (doc[left].is_space or normalize_apostrophes(doc[left].lower_) in ("l'", "le", "la", "les")):
            left -= 1
        if left < 0 or doc[left].text not in _GUILLEMETS:
            return None
        noun = left - 1
        while noun >= 0 and doc[noun].is_space:
            noun -= 1
        named_medium = any(t.lemma_.lower() in _MEDIA_NOUNS for t in span[:2])  # « L'Émission politique »
        if not named_medium and (noun < 0 or doc[noun].lemma_.lower() not in _MEDIA_NOUNS):
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

    # ---------------------------------------------------- one sense per discourse

    def propagate(self, doc: Doc, candidates: list[Candidate]) -> None:
        """Recognise everywhere in the article a name recognised once (in place).

        People are also found by their last name alone ("Froome" after "Chris
        Froome"); a single-word organisation or place that is a person's last
        name becomes that person.
        """
        things = {doc[c.start].text for c in candidates if c.kind == "MISC" and c.end - c.start == 1 and doc[c.start].is_upper}
        for cand in candidates:
            if cand.kind in ("ORGANISATION", "PERSON") and cand.end - cand.start == 1 and doc[cand.start].text in things and not cand.code:
                cand.kind = "MISC"  # "un drone de reconnaissance (UAV)" ... "les UAV": the acronym of a thing, everywhere
        named_things = {
            fold(doc[c.start:c.end].text).replace("-", " ") for c in candidates
            if c.kind == "MISC" and c.end - c.start >= 2 - ("-" in doc[c.start:c.end].text) and self._after_product_noun(doc, doc[c.start:c.end])
        }
        families = {fold(doc[c.start:c.end].text) for c in candidates if c.kind == "MISC" and self._names_a_family(doc, doc[c.start:c.end])}
        if families:
            for cand in candidates:
                if cand.kind in ("PERSON", "LOCATION", "ORGANISATION") and not cand.code and fold(doc[cand.start:cand.end].text) in families:
                    cand.kind = "MISC"  # "la famille Troadec" ... "le domicile des Troadec": the family, everywhere
        if named_things:
            for cand in candidates:
                if cand.kind == "PERSON" and fold(doc[cand.start:cand.end].text).replace("-", " ") in named_things:
                    cand.kind = "MISC"  # "le télescope James Webb" ... "les images de James Webb": the telescope, everywhere
        forms: dict[tuple[str, ...], Candidate] = {}
        surnames: dict[str, Candidate] = {}
        for cand in candidates:
            if not cand.is_actor and cand.kind not in ("LOCATION",):
                continue
            words = tuple(t.text for t in doc[cand.start:cand.end])
            if len("".join(words)) < 3:
                continue
            forms.setdefault(words, cand)
            if cand.kind == "PERSON" and len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2:
                surnames.setdefault(words[-1], cand)
        for word, person in surnames.items():
            forms.setdefault((word,), person)
        for cand in candidates:
            if cand.kind in ("ORGANISATION", "LOCATION", "MISC") and cand.end - cand.start == 1 and cand.source == "ner":
                person = surnames.get(doc[cand.start].text)
                if person is not None and fold(doc[cand.start].text) not in families:  # "la famille Troadec" stays the family
                    cand.kind, cand.code, cand.country = "PERSON", None, None
        # a name an apposition showed to be an organisation's ("la banque Reyl") is one everywhere ("Reyl a payé")
        retyped = {doc[c.start:c.end].text: c for c in candidates if c.kind == "ORGANISATION" and c.source == "ner" and c.label in ("PER", "LOC", "MISC")}
        if retyped:
            for cand in candidates:
                model = retyped.get(doc[cand.start:cand.end].text)
                if model is not None and cand.kind in ("PERSON", "LOCATION", "MISC") and cand.source == "ner" and not cand.code:
                    cand.kind, cand.country = "ORGANISATION", model.country
        if not forms:
            return
        covered = [False] * len(doc)
        for cand in candidates:
            for i in range(cand.start, cand.end):
                covered[i] = True
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in forms:
            by_first.setdefault(words[0], []).append(words)
        for words_list in by_first.values():
            words_list.sort(key=len, reverse=True)
        added = []
        starts = positions(doc, "ORTH", WordSet(by_first))
        next_free = 0
        for i in starts:
            if i < next_free or covered[i]:
                continue
            options = by_first.get(doc[i].text)
            for words in options or ():
                j = i + len(words)
                if j <= len(doc) and not any(covered[i:j]) and tuple(t.text for t in doc[i:j]) == words:
                    model = forms[words]
                    start = i
                    if model.kind == "PERSON":
                        # "Nicolas Sarkozy" where the NER saw nothing: a first name before a known surname
                        while start > 0 and i - start < 2 and not covered[start - 1] and self._first_name_like(doc[start - 1]):
                            start -= 1
                    cand = Candidate(start, j, kind=model.kind, code=model.code, country=model.country, source="propagated", label=model.label)
                    if cand.kind in ("COUNTRY",) and model.metonymy:
                        self._type(doc, cand)
                    if cand.kind:
                        added.append(cand)
                        for k in range(start, j):
                            covered[k] = True
                    next_free = j
                    break
        if added:
            candidates.extend(added)
            candidates.sort(key=lambda c: (c.start, -(c.end - c.start)))

    def _first_name_like(self, tok: Any) -> bool:
        return (
            tok.is_alpha
            and tok.text[:1].isupper()
            and not tok.is_upper
            and (tok.pos_ == "PROPN" or not tok.is_sent_start)
            and normalize_apostrophes(tok.lower_) not in _DETERMINERS
            and self.gaz.title_scope(tok.text) is None
            and not self.gaz.demonym(tok.text)
            and not self.gaz.country_code(tok.text)
        )

    # ------------------------------------------------ context: main country, org countries

    def _main_country(self, doc: Doc, candidates: list[Candidate], title_start: int | None, title_end: int | None) -> str | None:
        """The article's country: the one its title names, else the most mentioned."""
        countries = [c for c in candidates if c.kind == "COUNTRY" and c.is_actor and c.code]
        if title_start is not None:
            for c in countries:
                if title_start <= doc[c.start].idx < (title_end or 0):
                    return c.code
        counts = Counter(c.code for c in countries)
        if not counts:
            return None
        best = max(counts.values())
        return next(c.code for c in countries if counts[c.code] == best)

    def _organisation_countries(self, doc: Doc, candidates: list[Candidate], main_country: str | None) -> None:
        """Country of national institutions and parties whose name does not say it.

        "le Parti démocrate" in an article on Italy is Italy's; the nearest
        country named before it in the sentence, else the article's country.
        """
        named: list[tuple[int, str]] = []
        for c in candidates:
            if c.kind == "COUNTRY" and c.code and not c.nested:
                named.append((c.start, c.code))
            elif c.kind == "LOCATION" and not c.nested:
                place = self.gaz.place(doc[c.start:c.end].text)
                if place:
                    named.append((c.start, place[0]))  # "Du côté de Washington, le Congrès"
        for cand in candidates:
            if cand.kind == "ORGANISATION" and not cand.country:
                cand.country = self._stated_country(doc, cand, candidates)
            if cand.kind != "ORGANISATION" or cand.country or not cand.code:
                continue
            org = self.gaz.organisations.get(cand.code)
            if org is None or org.type not in ("institution", "party"):
                continue
            sent_start = doc[cand.start].sent.start
            before = [code for start, code in named if sent_start <= start < cand.start]
            cand.country = before[-1] if before else main_country
        for cand in candidates:
            # "le ministère de l'Intérieur": a state's ministry, the country named before it, else the article's
            if cand.kind != "ORGANISATION" or cand.country or cand.code or doc[cand.start].lower_ not in ("ministère", "ministères"):
                continue
            sent_start = doc[cand.start].sent.start
            before = [code for start, code in named if sent_start <= start < cand.start]
            cand.country = before[-1] if before else main_country

    def _stated_country(self, doc: Doc, cand: Candidate, candidates: list[Candidate]) -> str | None:
        """What the article says of an organisation's country.

        "la chaîne américaine NBC": a nationality adjective right before the
        name; "la police de Chicago", "le tribunal de Poitiers": the place a
        local institution is named by.
        """
        i = cand.start - 1
        if i > 0 and doc[i].is_lower and doc[i - 1].pos_ in ("NOUN", "ADJ"):
            code = self.gaz.demonym(doc[i].text)
            if code:
                return code
        if cand.end - cand.start >= 3 and normalize_apostrophes(doc[cand.end - 2].lower_) in ("de", "du", "d'"):
            code = self.gaz.country_code(doc[cand.end - 1].text)
            if code and not cand.code:
                return code  # "le Sénat du Burundi", "le ministère de la Défense de Russie"
        head = doc[cand.start]
        if cand.source != "institution" and not (head.is_lower and head.lemma_.lower() in self.nouns.get("institution", ())):
            return None
        for inner in candidates:
            if cand.start <= inner.start and inner.end <= cand.end and inner is not cand:
                text = doc[inner.start:inner.end].text
                code = self.gaz.country_code(text)
                place = self.gaz.place(text)
                location = self.gaz.location(text)
                if code or place or location and location[1]:
                    return code or (place[0] if place else location[1])
        return None

    # ---------------------------------------------------------------- roles

    def _attach_role(self, doc: Doc, cand: Candidate) -> None:
        """Token span and scope of a person's title, before or after the name."""
        found = self._role_before(doc, cand) if cand.role is None else (self._extend_role_left(doc, cand.role[0]), cand.role[1])
        if not found:
            found = self._role_after(doc, cand)
        if not found:
            return
        start, end = found
        # trim determiners and links at both ends, and whitespace
        while start < end and (doc[start].is_space or normalize_apostrophes(doc[start].lower_) in _DETERMINERS or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct or normalize_apostrophes(doc[end - 1].lower_) in _LINKS):
            end -= 1
        if start >= end:
            return
        cand.role = (start, end)
        cand.role_scope = self._scope_in(doc, start, end)

    def _scope_in(self, doc: Doc, start: int, end: int) -> str:
        scopes = []
        i = start
        while i < end:
            n = self._title_at(doc, i, end)
            if n:
                scopes.append(self.gaz.title_scope(doc[i:i + n].text))
                i += n
            else:
                i += 1
        if "igo" in scopes:
            return "igo"
        if "state" in scopes:
            return "state"
        return "other"

    def _role_before(self, doc: Doc, cand: Candidate) -> tuple[int, int] | None:
        i = cand.start - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        if i < 0 or doc[i].pos_ == "ADP" or normalize_apostrophes(doc[i].lower_) in _LINKS:
            return None  # "la vice-présidente de Duque": Duque holds no title here
        sent_start = doc[cand.start].sent.start
        limit = max(sent_start, cand.start - 14)
        best: int | None = None
        j = i
        while j >= limit:
            tok = doc[j]
            finite = tok.pos_ in ("VERB", "AUX") and "Part" not in tok.morph.get("VerbForm")
            if finite or tok.is_space or tok.text in (".", ";", ":", "«", "»", "(", ")", "!", "?"):
                break
            if tok.text == "," and j != i:
                break
            if self._title_at(doc, j, i + 1):
                best = j
            j -= 1
        if best is None:
            return None
        return self._extend_role_left(doc, best), cand.start

    def _role_after(self, doc: Doc, cand: Candidate) -> tuple[int, int] | None:
        i = cand.end
        if i >= len(doc) or doc[i].text != ",":
            return None
        j = i + 1
        if j < len(doc) and normalize_apostrophes(doc[j].lower_) in ("le", "la", "l'"):
            j += 1
        k = j
        while k < len(doc) and doc[k].lower_ in _ROLE_MODIFIERS:
            k += 1
        n = self._title_at(doc, k, min(len(doc), k + self.max_title_words))
        if not n:
            return None
        end = k + n
        while (
            end < len(doc)
            and end - j < 12
            and doc[end].text not in (",", ".", ";", ":", "(", ")", "«", "»")
            and not doc[end].is_space
            and doc[end].pos_ not in ("VERB", "AUX")
        ):
            end += 1
        return j, end

    def _extend_role_left(self, doc: Doc, start: int) -> int:
        while start > 0 and (doc[start - 1].lower_ in _ROLE_MODIFIERS or doc[start - 1].text == "-" and start > 1 and doc[start - 2].lower_ in ("vice", "ex")):
            start -= 1
        return start

    def _role_countries(self, doc: Doc, drafts: list[ActorDraft], candidates: list[Candidate], main_country: str | None) -> None:
        """A person's country from the title: adjective, country, organisation or person named in it.

        A state office with no country stated ("le président François
        Hollande") is the article's country; an office of an international
        organisation gives none (spec §6).
        """
        by_token: dict[int, Candidate] = {}
        places: dict[int, Candidate] = {}
        for cand in candidates:
            if cand.is_actor:
                for i in range(cand.start, cand.end):
                    by_token.setdefault(i, cand)
            elif cand.kind == "LOCATION":
                places[cand.start] = cand
        for draft in drafts:
            if draft.kind != "PERSON":
                continue
            stated = self._apposed_nationality(doc, draft)
            if stated:
                draft.country, draft.country_source = stated, "role"  # "Karim Haddad, un Canadien d'origine libanaise"
            if draft.role_span is None:
                continue
            start, end = draft.role_span
            span = doc[start:end]
            draft.role = " ".join(span.text.split())
            if draft.role_scope == "igo":
                continue
            country = None
            for tok in span:
                if tok.is_lower:
                    country = self.gaz.demonym(tok.text)
                    if country:
                        break
                cand = by_token.get(tok.i)
                if cand is not None and cand.actor is not None and cand.actor < len(drafts):
                    other = drafts[cand.actor]
                    if other.kind == "COUNTRY":
                        country = other.code
                    elif other.kind == "ORGANISATION":
                        org = self.gaz.organisations.get(other.org_id or "")
                        if org is not None and org.type == "igo":
                            country = None
                            break
                        if org is not None and org.type == "movement":
                            continue  # "une figure des gilets jaunes": a member holds no office of a state
                        country = other.country
                    elif other.kind == "PERSON" and other is not draft:
                        country = other.country
                    if country:
                        break
            if country is None:
                country = self._place_country(doc, span, places)  # "le maire de Lyon", "directeur ... d'Idlib"
            if country is None:
                country = self._apposed_role_country(doc, draft, by_token, drafts)
            if stated and country is None:
                continue
            source = "role"
            if country is None and draft.role_scope == "state" and not any(
                by_token.get(t.i) is not None and by_token[t.i].kind == "ORGANISATION" for t in span
            ):
                country, source = main_country, "article"
            if country:
                draft.country, draft.country_source = country, source

    def _apposed_nationality(self, doc: Doc, draft: ActorDraft) -> str | None:
        """"X, un Américain ...": the nationality the article states right after the name."""
        for mention in draft.mentions:
            i = mention.end
            if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("un", "une") and doc[i + 2].text[:1].isupper():
                code = self.gaz.demonym(doc[i + 2].text)
                if code:
                    return code
        return None

    def _apposed_role_country(self, doc: Doc, draft: ActorDraft, by_token: dict[int, Candidate], drafts: list[ActorDraft]) -> str | None:
        """"le cardinal X, préfet de la Congrégation ...": the country of a body named in a second title."""
        if not draft.mentions or draft.role_span is None or draft.role_span[0] >= draft.mentions[0].start:
            return None
        found = self._role_after(doc, draft.mentions[0])
        if found is None:
            return None
        for tok in doc[found[0]:found[1]]:
            cand = by_token.get(tok.i)
            if cand is not None and cand.actor is not None and cand.actor < len(drafts):
                other = drafts[cand.actor]
                if other.kind == "COUNTRY":
                    return other.code
                if other.kind == "ORGANISATION" and other.country:
                    return other.country
        return None

    def _place_country(self, doc: Doc, span: Span, places: dict[int, Candidate]) -> str | None:
        """The country of a place named in a title ("le gouverneur de Floride", "le maire de Lyon")."""
        for tok in span:
            place = places.get(tok.i)
            if place is None:
                continue
            code = self.gaz.country_of_place(doc[place.start:place.end].text)
            if code is not None:
                return code
        return None

    def _known_people(self, drafts: list[ActorDraft], day: Any) -> None:
        """People the gazetteer knows: their country from the office they hold on the article's date.

        What the article says wins ("le ministre russe ..."); the gazetteer
        wins over the article's country presumed for a state office without
        one. An agent of an international organisation or group gets no
        country. A person neither the article nor the gazetteer places keeps
        none: nationality only when stated (spec §6).
        """
        for draft in drafts:
            if draft.kind != "PERSON" or draft.country_source == "role" or draft.role_scope == "igo":
                continue
            titled: tuple[str, ...] = ()
            if draft.role:
                title = draft.role.split()[-1]
                titled = tuple(f"{title} {name}" for name in draft.names)  # "pape François", "roi Salmane"
            found = self.gaz.person(list(draft.names), day, titled)
            if found is None:
                continue
            office = found[1]
            country = office.country if office is not None else None
            draft.country = country if country in self.gaz.countries else None
            draft.country_source, draft.known = "gazetteer", True

    # ------------------------------------------------------------- grouping

    def group(self, doc: Doc, candidates: list[Candidate]) -> list[ActorDraft]:
        """Group actor candidates into actors (``Candidate.actor`` is set)."""
        drafts: list[ActorDraft] = []
        by_key: dict[str, int] = {}

        def add(cand: Candidate, key: str, kind: str, **init: Any) -> ActorDraft:
            name = " ".join(doc[cand.start:cand.end].text.split())
            if key in by_key:
                draft = drafts[by_key[key]]
                if name not in draft.names:
                    draft.names.append(name)
            else:
                by_key[key] = len(drafts)
                draft = ActorDraft(kind, [name], first=cand.start, **init)
                drafts.append(draft)
            cand.actor = by_key[key]
            draft.mentions.append(cand)
            return draft

        acronym_of = self._parenthesised_acronyms(doc, candidates)
        people = [c for c in candidates if c.kind == "PERSON" and c.is_actor]
        full_names = {}
        first_names: dict[str, set[str]] = {}
        for cand in people:
            words = fold(doc[cand.start:cand.end].text).split()
            if len(words) >= 2:
                full_names.setdefault(words[-1], " ".join(words))
                bare = _FOLDED_ARABIC_ARTICLE.sub("", words[-1])
                if bare != words[-1]:  # "Masri" after "Abou Bakr al-Masri"
                    full_names.setdefault(bare, " ".join(words))
                if len(words[0]) > 1:
                    first_names.setdefault(words[0], set()).add(" ".join(words))
        for cand in candidates:
            if not cand.is_actor:
                continue
            text = doc[cand.start:cand.end].text
            if cand.kind == "COUNTRY":
                add(cand, f"C:{cand.code}", "COUNTRY", code=cand.code)
            elif cand.kind == "ORGANISATION":
                folded = fold(text)
                key = f"O:{cand.code}" if cand.code else f"O:{acronym_of.get(folded, folded)}"
                if key not in by_key and not cand.code:
                    key = self._fuller_name(folded, by_key, drafts) or key  # "l'Ordre" after "l'Ordre souverain de Malte"
                draft = add(cand, key, "ORGANISATION", org_id=cand.code, country=cand.country)
                draft.country = draft.country or cand.country
            elif cand.kind == "PERSON":
                words = fold(text).split()
                full = " ".join(words)
                if len(words) == 1 and words[0] in full_names:
                    full = full_names[words[0]]
                elif len(words) == 2 and len(words[0]) == 1 and full_names.get(words[1], "")[:1] == words[0]:
                    full = full_names[words[1]]  # "H. Clinton" after "Hillary Clinton"
                elif len(words) == 1 and self.gaz.first_name(text) and len(first_names.get(words[0], ())) == 1:
                    full = next(iter(first_names[words[0]]))  # "Barack" in an article on "Barack Obama"
                draft = add(cand, f"P:{full}", "PERSON")
                if cand.role and draft.role_span is None:
                    draft.role_span, draft.role_scope = cand.role, cand.role_scope
        for draft in drafts:
            if draft.kind == "COUNTRY":
                self._order_country_names(draft)
        return drafts

    @staticmethod
    def _fuller_name(folded: str, by_key: dict[str, int], drafts: list[ActorDraft]) -> str | None:
        """The key of an organisation named before by a fuller name that starts with these words.

        "la Commission" after "la Commission européenne", "le Front" after
        "le Front al-Nosra": a later partial name joins the full one, when one
        full name only starts with it.
        """
        prefix = folded + " "
        fuller = {
            key for key, index in by_key.items()
            if key.startswith("O:") and any(fold(name).startswith(prefix) for name in drafts[index].names)
        }
        return fuller.pop() if len(fuller) == 1 else None

    def _order_country_names(self, draft: ActorDraft) -> None:
        """A country is named by the country name the article uses, metonyms as aliases."""
        canonical = self.gaz.country_name(draft.code or "")
        names = [n for n in draft.names if self.gaz.country_code(n) == draft.code]
        others = [n for n in draft.names if n not in names]
        if canonical in names:
            names.remove(canonical)
            names.insert(0, canonical)
        if not names:
            names = [canonical]
        draft.names = names + others

    def _parenthesised_acronyms(self, doc: Doc, candidates: list[Candidate]) -> dict[str, str]:
        """"Forces armées ... (FARC)": the acronym names the same organisation.

        An acronym the article defines this way means what it defines there:
        its mentions take the spelt-out name's gazetteer id and country ("le
        service national de sécurité (SNS)" is not the party SNS that the
        gazetteer knows).
        """
        out = {}
        defined: dict[str, Candidate] = {}
        orgs = [c for c in candidates if c.kind == "ORGANISATION" and c.is_actor]
        text = doc_text(doc)
        for a, b in zip(orgs, orgs[1:]):
            between = _text_between(doc, text, a.end, b.start).strip()
            if between in ("(", ",", "(", "( ") and doc[b.start:b.end].text.replace("-", "").isupper():
                out[fold(doc[b.start:b.end].text)] = fold(doc[a.start:a.end].text)
                if between.startswith("(") and b.code != a.code:
                    defined.setdefault(fold(doc[b.start:b.end].text), a)
        if defined:
            for cand in orgs:
                name = defined.get(fold(doc[cand.start:cand.end].text))
                if name is not None and cand.end - cand.start == 1:
                    cand.code, cand.country = name.code, name.country
        return out

    # -------------------------------------------------------------- records

    def _org_key(self, draft: ActorDraft) -> str | None:
        """Gazetteer id of an organisation; a generic name's id carries its country (``SENAT@FRA``)."""
        if not draft.org_id:
            return None
        org = self.gaz.organisations.get(draft.org_id)
        if org is not None and org.country is None and org.type in ("institution", "party") and draft.country:
            return f"{draft.org_id}@{draft.country}"
        return draft.org_id

    def _records(self, doc: Doc, drafts: list[ActorDraft], candidates: list[Candidate], resolved: list[Candidate]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        order = sorted(range(len(drafts)), key=lambda i: drafts[i].first)
        refs = {idx: f"A{n}" for n, idx in enumerate(order, start=1)}
        actors = []
        for idx in order:
            draft = drafts[idx]
            name = _display_name(draft)
            record: dict[str, Any] = {"ref": refs[idx], "kind": draft.kind, "name": name}
            if draft.kind == "COUNTRY":
                record["code"] = draft.code
            record["aliases"] = [n for n in dict.fromkeys(draft.names) if n != name]
            if draft.country and draft.kind != "COUNTRY":
                record["country"] = draft.country
            if draft.role:
                record["role"] = draft.role
            record["id"] = actor_key(draft.kind, name, draft.code if draft.kind == "COUNTRY" else self._org_key(draft))
            actors.append(record)
        mentions = []
        for cand in sorted(candidates + resolved, key=lambda c: (c.start, -(c.end - c.start))):
            span = doc[cand.start:cand.end]
            mention: dict[str, Any] = {
                "start": span.start_char,
                "end": span.end_char,
                "text": span.text,
                "kind": cand.kind,
                "actor": refs.get(cand.actor) if cand.actor is not None else None,
            }
            if cand.source in ("coref", "description"):
                mention["resolved"] = True
            if cand.metonymy:
                mention["metonymy"] = True
            mentions.append(mention)
        return actors, mentions


_LETTERS = re.compile(r"[^\W\d_]+")
_ONE_WORD = re.compile(r"^[^\W_]+$")
_WORDS = re.compile(r"^[^\W_]+(?: [^\W_]+)+$")
_LOWERCASE_FORM = "#lower"


def _pattern(vocab: Any, make_doc: Callable[[str], Doc], form: str) -> Doc:
    """A phrase pattern; plain words separated by spaces need no tokenizer run."""
    return Doc(vocab, words=form.split()) if _WORDS.match(form) else make_doc(form)


# the endings of past participles, and the words that open their complement ("Déployée au Sahel", "Soutenus par Moscou")
# (not the singular endings most surnames share: "Dupré", "Hue", "Valérie")
_PARTICIPLE_ENDINGS = ("ée", "és", "ées", "ue", "ues", "ies", "ises", "ites")
_PARTICIPLE_COMPLEMENTS = frozenset({"en", "à", "au", "aux", "par", "dans", "de", "d'", "d’", "du", "des", "sur", "pour", "avec", "depuis", "contre"})
_NAME_ENDING_REASONS = ("a law", "common noun written as an acronym", "currency code")
_OPENING_BRACKET = WordSet({"("})
_DELEGATE_WORDS = {"délégué", "déléguée", "délégués", "déléguées", "chargé", "chargée", "chargés", "chargées"}
_MINISTER_WORDS = WordSet({"ministre", "ministres", "vice-ministre", "secrétaire"})
_ROAD_CODE = re.compile(r"\b(?:A\d{1,3}[A-Z]?|R?N\d{1,4}|R?D\d{1,4})\b")
_MOTORWAY_CONTEXT = re.compile(r"\b(?:autoroutes?|péages?|échangeurs?)\b", re.IGNORECASE)
_HYPHENATED_NAME = re.compile(r"-[A-ZÀ-Ý]")  # "Pas-de-Calais", "Seine-Saint-Denis": no common word
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|ez)-[A-ZÀ-Ý]")
_FOLDED_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|ez)-(?=\w)")  # "al-joulani" folded
_SURNAME_INITIAL = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'-]+ [A-Z]\.$")
_PLACE_PREPOSITIONS = {"à", "au", "aux", "en", "dans"}
# the remits that close the names of United Nations bodies ("Haut-Commissariat des Nations unies aux droits de l'homme")
_UN_REMITS = (
    ("aux", "droits", "de", "l'", "homme"), ("aux", "droits", "humains"), ("pour", "les", "réfugiés"), ("pour", "l'", "enfance"),
    ("pour", "le", "développement"), ("pour", "l'", "environnement"), ("pour", "la", "population"),
)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")  # "FDD", "DS"
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")  # "D.C.", "U.S."
_CODE = re.compile(r"^(?!\d+(?:st|nd|rd|th|e|er|ème)$)(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9.\-]{3,}$")  # not "21st Century Fox"
# a share bar: its heading on a line of its own, then short lines of one service each ("Facebook ,")
_SHARE_HEADING = re.compile(r"(?m)^[ \t]*Partager(?: (?:cet article|cette page|cette actualité|sur))?[ \t]*:[ \t]*$")
_SHARE_ITEMS = re.compile(r"(?:\n[ \t]*[^\s,][^\n,]{0,24}(?:[ \t]*,)?[ \t]*'?[ \t]*)+")
_PLACE_NAME = re.compile(r"^(?:Saint|Sainte)-|-(?:sur|sous|lès|lez|en|aux|au|le|la|les|de|du|des|Saint|Sainte)-")


def _arrow_at(doc: Doc, i: int, end: int) -> int:
    """How many tokens an arrow between two names takes at token ``i`` ("->", "→", "<->"), 0 if none."""
    tok = doc[i]
    if tok.text in _ARROWS:
        return 1
    if tok.text in ("-", "<", "=", "<-") and i + 1 < end and not tok.whitespace_:
        nxt = doc[i + 1].text
        if nxt == ">" or nxt in ("->", "-", "=") and i + 2 < end and not doc[i + 1].whitespace_ and doc[i + 2].text == ">":
            return 2 if nxt == ">" else 3
    return 0


def _share_bar(text: str) -> tuple[int, int] | None:
    """The character range of a web page's share bar ("Partager cet article :" and its list of services), if any.

    The services listed under it ("Courriel", "Facebook", "Twitter", one a
    line) are the page's links, not participants of the article.
    """
    if "Partager" not in text:
        return None
    heading = _SHARE_HEADING.search(text)
    if heading is None:
        return None
    items = _SHARE_ITEMS.match(text, heading.end())
    return (heading.end(), items.end()) if items and items.end() > heading.end() else None


def _lowercase_org_name(form: str, organs: set[str]) -> bool:
    """May an organisation's form written in lower case match as its name?

    Not a state organ's description ("armée israélienne": the state, spec
    §6), nor a common noun before a capitalised name ("agence Bloomberg":
    the name is "Bloomberg").
    """
    words = form.split()
    return words[0].lower() not in organs and not (len(words) > 1 and words[1][:1].isupper())


def _known_word(tok: Any) -> bool:
    """Is the token, in lower case, a word of the model's vocabulary ("industrie", not "megève")?

    The vectors of ``fr_core_news_md`` cover the common words in lower case;
    a place's name rarely has one. A model without vectors knows every word.
    """
    vectors = tok.vocab.vectors
    return not vectors.size or tok.vocab[tok.lower_].has_vector


def _has_two_alphanumerics(text: str) -> bool:
    """Does ``text`` hold at least two letters or digits? Stops at the second."""
    seen = 0
    for char in text:
        if char.isalnum():
            seen += 1
            if seen == 2:
                return True
    return False


def _text_between(doc: Doc, text: str, end: int, start: int) -> str:
    """The text from the end of token ``end - 1`` to the start of token ``start``, read off ``text`` (``doc``'s).

    Up to the whitespace around it, ``doc[end:start].text``, without a pass over the tokens between.
    """
    if start <= end:
        return ""
    last = doc[end - 1]
    return text[last.idx + len(last):doc[start].idx]


def _leading_letters(text: str) -> str:
    match = _LETTERS.match(text)
    return match.group(0) if match else ""


def _without_accents(text: str) -> str:
    """"État islamique" → "Etat islamique": French capitals often lose their accents."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("œ", "oe")


def _display_name(draft: ActorDraft) -> str:
    if draft.kind == "PERSON":
        return max(draft.names, key=lambda n: (len(n.split()), len(n)))
    if draft.kind == "COUNTRY":
        return draft.names[0]
    # an organisation: its fullest form, unless that is only an acronym's expansion
    return max(draft.names, key=lambda n: (len(n), n[:1].isupper(), n))  # "Gilets jaunes" over "gilets jaunes"
