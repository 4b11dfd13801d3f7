"""What the event finders know of one ``Doc``: which token names which actor, and more.

:class:`EventContext` is built once per document from the actor stage's
mentions and the time expressions, and answers the questions every argument
finder asks: which actor does this token name, which country does this place
or this nationality adjective stand for, who says this quotation, which time
expression dates this clause. :class:`Arg` is an argument found: an actor, the
token it was found at, and the construction that found it.

Examples
--------
>>> Arg("A1", 3, "subject").finder
'subject'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from spacy.tokens import Doc, Token

from ..resources import EventLexicon, Gazetteer
from .clauses import clause_verb, verb_lemma
from .normalize import normalize_apostrophes

__all__ = ["Arg", "EventContext", "unique_args"]

_QUOTE_OPEN = {"«", "“"}
_QUOTE_CLOSE = {"»", "”"}
# "d", "l" and "'" too: "de l' Iran", an elision the text spaced from its noun
_ENUM_GLUE = {",", "et", "ou", "ainsi", "que", "de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "avec", "puis", "mais",
              "aussi", "d", "l", "'"}


@dataclass(frozen=True)
class Arg:
    """An event argument: the actor ``ref``, the token it was found at, the finder's name."""

    actor: str
    token: int
    finder: str = ""


def unique_args(args: Any) -> list[Arg]:
    """``args`` without a second argument for the same actor (the first one found stays)."""
    seen: set[str] = set()
    out = []
    for a in args:
        if a.actor not in seen:
            seen.add(a.actor)
            out.append(a)
    return out


def _first_conjunct(tok: Token) -> int:
    """The first conjunct of the coordination ``tok``'s phrase belongs to (itself when it is none)."""
    while tok.dep_ in ("flat:name", "flat", "compound", "fixed") and tok.head != tok:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok.i


class EventContext:
    """Per-document lookups for the event finders.

    Parameters
    ----------
    doc : Doc
    actors, mentions, timexes : list of dict
        The actor stage's actors and mentions, the time expressions (with
        character offsets).
    gazetteer : Gazetteer
        For nationality adjectives, capitals and places.
    lexicon : EventLexicon
        The cue lists (reporting verbs, control verbs...).
    """

    def __init__(
        self,
        doc: Doc,
        actors: list[Mapping[str, Any]],
        mentions: list[Mapping[str, Any]],
        timexes: list[Mapping[str, Any]],
        gazetteer: Gazetteer,
        lexicon: EventLexicon,
    ) -> None:
        self.doc = doc
        self.gaz = gazetteer
        self.lexicon = lexicon
        self.speech = lexicon.cue("speech")
        # words whose date is not that of the action they govern: saying, intending, refusing
        self._undated_governors = self.speech | lexicon.cue("future") | lexicon.cue("refuse")
        self.actors = {a["ref"]: a for a in actors}
        self.country_ref = {a["code"]: a["ref"] for a in actors if a["kind"] == "COUNTRY"}
        self.token_actor: dict[int, str] = {}
        self.mention_end: dict[int, int] = {}
        self.capital_country: dict[int, str] = {}
        self.location_country: dict[int, str] = {}
        for m in mentions:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is None:
                continue
            if m.get("actor"):
                for t in span:
                    # the innermost mention wins: later (nested) mentions overwrite
                    self.token_actor[t.i] = m["actor"]
                    self.mention_end[t.i] = span.end
            elif m.get("kind") == "LOCATION":
                self._add_place(span)
        # the asserted events found so far, in text order, as (trigger token, type, source): filled by the
        # extractor as it goes, for the events an event noun refers back to ("a condamné *ces frappes*")
        self.prior_events: list[tuple[int, str, str]] = []
        self.timexes = timexes
        self.timex_tokens: list[tuple[int, int, int]] = []  # (start token, end token, timex index)
        for index, t in enumerate(timexes):
            span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
            if span is not None:
                self.timex_tokens.append((span.start, span.end, index))

    def _add_place(self, span: Any) -> None:
        capital = self.gaz.place(span.text)
        if capital and capital[0] in self.country_ref:
            for t in span:
                self.capital_country[t.i] = self.country_ref[capital[0]]
                self.mention_end.setdefault(t.i, span.end)
            return
        location = self.gaz.location(span.text)
        if location and location[1] in self.country_ref:
            for t in span:
                self.location_country[t.i] = self.country_ref[location[1]]

    # ------------------------------------------------------------ actors

    def actor_at(self, i: int) -> str | None:
        """The actor the token at ``i`` names, if any."""
        return self.token_actor.get(i)

    def capital_at(self, i: int) -> str | None:
        """The country whose capital the token names as a place ("à Bujumbura")."""
        return self.capital_country.get(i)

    def place_country(self, i: int) -> str | None:
        """The country a place token lies in: a capital, or a city or region of the gazetteer."""
        return self.capital_country.get(i) or self.location_country.get(i)

    def kind(self, ref: str) -> str | None:
        return self.actors.get(ref, {}).get("kind")

    def is_country(self, ref: str) -> bool:
        return self.kind(ref) == "COUNTRY"

    def state_of(self, ref: str) -> str:
        """The country actor a person or organisation acts for, when known; else ``ref``."""
        actor = self.actors.get(ref)
        if actor and actor["kind"] != "COUNTRY" and actor.get("country") in self.country_ref:
            return self.country_ref[actor["country"]]
        return ref

    def same_side(self, a: str, b: str) -> bool:
        """Do two actors stand for the same state (a person in office and their country)?"""
        return a == b or self.state_of(a) == self.state_of(b)

    def coordinated(self, actor: str, j: int) -> bool:
        """Is the token ``j`` a conjunct of a mention of ``actor`` in its sentence ("de Pixar, Marvel et Lucasfilm")?"""
        sent = self.doc[j].sent
        first = _first_conjunct(self.doc[j])
        return any(
            i != j and self.actor_at(i) == actor and _first_conjunct(self.doc[i]) == first
            for i in range(sent.start, sent.end)
        )

    def demonym_actor(self, tok: Token) -> str | None:
        """The country actor a lower-case nationality adjective names ("russe")."""
        found = self.demonym_actors(tok)
        return found[0] if len(found) == 1 else None

    def demonym_actors(self, tok: Token) -> list[str]:
        """The country actors a lower-case nationality adjective names, compounds too ("franco-allemand")."""
        if not tok.is_lower:
            return []
        text = tok.text
        doc = self.doc
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
            text = f"{text}-{doc[tok.i + 2].text}"  # "russo-syriennes", which the tokenizer splits
        elif tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_:
            text = f"{doc[tok.i - 2].text}-{text}"  # the same, read from its last part
        return [self.country_ref[code] for code in self.gaz.demonyms_of(text) if code in self.country_ref]

    def possessor(self, det: Token) -> str | None:
        """Whose "son"/"ses"/"leur": the subject of the clause the possessive sits in.

        A possessive in a fronted adjunct looks ahead ("Depuis son intervention, l'armée turque ...").
        """
        verb = clause_verb(det)
        for _ in range(3):
            if verb is None:
                return None
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
            for child in subjects:
                if child.i < det.i and self._named(child):
                    return self._named(child)
            if det.i < verb.i:
                for child in subjects:
                    if self._named(child):
                        return self._named(child)
            if verb.head == verb:
                return None
            if "Inf" in verb.morph.get("VerbForm") and not subjects:
                # "a convaincu les Ukrainiens de retirer leurs troupes": the one who does the infinitive
                controller = verb.head if verb.dep_ == "acl" else next(
                    (c for c in verb.head.children if c.dep_ in ("obj", "iobj")), None) if verb.dep_ == "xcomp" else None
                governor = controller.head if controller is not None and verb.dep_ == "acl" else verb.head
                if controller is not None and verb_lemma(governor) in self.lexicon.cue("object_control"):
                    return self.actor_at(controller.i) or self.nationality_actor(controller)
            verb = verb.head
        return None

    def _named(self, tok: Token) -> str | None:
        """The actor a subject names, itself or in apposition ("le chef du Front, **al-Joulani**")."""
        ref = self.actor_at(tok.i)
        if ref:
            return ref
        # an apposition the parser may read as a complement without a preposition
        return next((
            self.actor_at(c.i) for c in tok.children
            if (c.dep_ == "appos" or c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children)) and self.actor_at(c.i)
        ), None)

    def nationality_actor(self, tok: Token) -> str | None:
        """The country actor a nationality noun names ("les Ukrainiens"), when that country is an actor."""
        if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper():
            return None
        code = self.gaz.demonym(tok.text)
        return self.country_ref.get(code) if code else None

    def enumeration(self, i: int) -> list[Arg]:
        """Actors listed after the one at token ``i`` ("de l'Allemagne, de la Belgique et de l'UE")."""
        doc = self.doc
        sent_end = doc[i].sent.end
        found: list[Arg] = []
        first = self.actor_at(i) or self.capital_at(i)
        kind = self.kind(first or "")
        j = self.mention_end.get(i, i + 1)
        closed = False  # a list ends with "et" or "ou": "de l'Allemagne, de la Belgique et de l'UE"
        while j < sent_end:
            glue = 0
            while j < sent_end and normalize_apostrophes(doc[j].lower_) in _ENUM_GLUE and glue < 4:
                j += 1
                glue += 1
            if glue == 0 or j >= sent_end or not (doc[j - glue].text == "," or doc[j - glue].lower_ in ("et", "ou")):
                break
            ref = self.actor_at(j)
            glue_words = [t.lower_ for t in doc[j - glue:j]]
            if any(w == "que" and (k == 0 or glue_words[k - 1] != "ainsi") for k, w in enumerate(glue_words)):
                break  # "soutient X et que Y défile": another clause, not a list ("ainsi que" is one)
            coordinated = any(w in ("et", "ou") for w in glue_words)
            if not ref or ref == first or (not coordinated and self.kind(ref) != kind):
                break  # "à Bujumbura, Évariste Ndayishimiye ...": an apposition, not a list
            found.append(Arg(ref, j, "enumeration"))
            closed = closed or coordinated
            j = self.mention_end.get(j, j + 1)
        # "malgré les attaques de la Russie, l'Ukraine avance": a comma alone joins no list
        return found if closed else []

    # ------------------------------------------------------------- dates

    def points_ahead(self, index: int | None) -> bool:
        """Does the time expression name a later period ("le mois prochain", "demain")?"""
        if index is None:
            return False
        fields = self.timexes[index].get("fields") or {}
        return fields.get("relation") == "next" or (fields.get("day_offset") or 0) > 0 or (fields.get("sign") or 0) > 0

    def date_for(self, tok: Token) -> int | None:
        """Index of the time expression that dates ``tok``'s event, if any.

        The clause's own expression first, then one of a clause above it,
        then the sentence's only expression when the trigger has no clause
        (a title). The value itself is resolved later, against the
        publication date.
        """
        sent = tok.sent
        in_sentence = [t for t in self.timex_tokens if sent.start <= t[0] < sent.end]
        if not in_sentence:
            return None
        by_verb: dict[int, int] = {}
        trigger_depth = _paren_depth(self.doc, tok.i, sent.start)
        in_sentence = [t for t in in_sentence if _paren_depth(self.doc, t[0], sent.start) <= trigger_depth]
        for start, end, index in in_sentence:
            root = self.doc[start:end].root
            verb = clause_verb(root)
            if root.head == tok or root.head.head == tok:
                return index
            if root.head.pos_ == "NOUN" and self.lexicon.lookup(root.head.lemma_.lower(), "NOUN"):
                continue  # "depuis son intervention le 24 août": the date of another event, named by its noun
            if verb is not None and start <= verb.i < end and verb.head != verb:
                verb = clause_verb(verb.head)  # "Il y a une semaine, Moscou a remis ...": the clause it modifies
            if verb is not None:
                by_verb.setdefault(verb.i, index)
        current: Token | None = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
        for _ in range(4):
            if current is None:
                break
            if current.i in by_verb:
                return by_verb[current.i]
            if current.head == current or current.dep_ in ("ccomp", "parataxis"):
                break
            if verb_lemma(current.head) in self._undated_governors or current.head.lemma_.lower() in self._undated_governors:
                break  # "a annoncé le 16 février sa volonté de poursuivre X": the saying or the intention is dated
            current = clause_verb(current.head) if current.head.pos_ not in ("VERB", "AUX") else current.head
        if clause_verb(tok) is None and len(in_sentence) == 1:
            return in_sentence[0][2]  # a verbless sentence (a title) and its one date
        return None

    # ----------------------------------------------------------- quotes

    def quote_speaker(self, tok: Token) -> str | None:
        """Speaker of the quotation ``tok`` sits in ("« ... », a ajouté Lavrov")."""
        doc = self.doc
        open_i = None
        for i in range(tok.i, max(-1, tok.i - 80), -1):
            if doc[i].text in _QUOTE_CLOSE and i != tok.i:
                return None
            if doc[i].text in _QUOTE_OPEN:
                open_i = i
                break
        if open_i is None:
            return None
        close_i = None
        for i in range(tok.i, min(len(doc), tok.i + 120)):
            if doc[i].text in _QUOTE_CLOSE:
                close_i = i
                break
        if close_i is None:
            return None
        # "« ... », a ajouté Lavrov" / "Il a ajouté : « ... »"
        window = list(doc[close_i + 1:min(len(doc), close_i + 8)]) + list(doc[max(0, open_i - 8):open_i])
        for t in window:
            if verb_lemma(t) not in self.speech:
                continue
            for c in t.children:
                if c.dep_ in ("nsubj", "obj") and self.actor_at(c.i):
                    return self.actor_at(c.i)
            nxt = t.i + 1
            while nxt < len(doc) and (doc[nxt].is_punct or doc[nxt].lower_ in ("-t-", "t")):
                nxt += 1
            if nxt < len(doc) and self.actor_at(nxt):
                return self.actor_at(nxt)
        return None


def _paren_depth(doc: Doc, i: int, start: int) -> int:
    """How many parentheses are open at token ``i`` (counting from ``start``)."""
    depth = 0
    for t in doc[start:i]:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
    return depth
