"""Events: who did what to whom, when, and how sure, over the dependency parse.

For each token whose lemma is in the event lexicon
(:func:`newsgraph.resources.make_event_lexicon`):

* **verbal triggers** take their source from the subject (the agent
  ``obl:agent`` of a passive, whose ``nsubj:pass`` is then the target),
  inherited through control ("a décidé de convoquer"), coordination and
  relative clauses; the target from the entry's frame (``obj``, ``iobj``, a
  preposition, or ``obj.de``, the object's "de" complement);
* **nominal triggers** ("pourparlers", "invasion", "sanctions") take their
  source from a possessive, a nationality adjective ("préparation russe"), a
  "de"/"par" complement, the noun that governs them, or the subject of the
  verb that governs them ("la Russie tiendrait des pourparlers"); the target
  from their frame, "entre X et Y", or the governing verb's recipient ("ne
  présentait aux États-Unis aucun ultimatum");
* a target phrase gives every actor it names: coordinated and enumerated
  actors ("les ambassadeurs de l'Allemagne, de la Belgique et de l'UE"),
  nationality adjectives ("35 diplomates russes"), capitals as destinations
  ("son arrivée à Bujumbura" is a visit to Burundi);
* when the frame finds no target: a request's target is the subject of the
  requested action ("demandes ... selon lesquels l'OTAN arrêtera"), a
  threat's the subject of its condition ("si l'OTAN ne se conforme pas");
* **modality** from the clause and the clauses above it (future and
  conditional tenses, "devoir", "aller", "pouvoir", governing verbs such as
  "vouloir", "envisager", adjectives such as "prochain" or "éventuel", "si"
  clauses, cancellation verbs), **polarity** from negation ("ne ... pas",
  "aucun", "ni", but not "ne ... que");
* **speaker** from reporting verbs ("a déclaré Lavrov") and quotations;
* **date** from a time expression of the same clause, else of a clause
  above it, else the sentence's only one.

Each event is a plain dict ready for :class:`newsgraph.types.Event`; its
``rule`` names the lexicon entry and, after a slash, how the target was
found when it was not the entry's own frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import numpy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from .header import doc_header
from ..resources import EventLexicon, Gazetteer, TriggerEntry, make_gazetteer
from .clauses import clause_verb, is_passive, verb_tense
from .normalize import normalize_apostrophes

__all__ = ["EventExtractor"]

_REFLEXIVE = {"se", "s'", "me", "m'", "te", "t'", "nous", "vous"}
_QUOTE_OPEN = {"«", "“"}
_QUOTE_CLOSE = {"»", "”"}
_FIRST_PERSON = {"nous", "je", "j'", "notre", "nos", "mon", "ma", "mes", "on"}
_RELATIVE_PRONOUNS = {"qui", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles", "dont"}
_ENUM_GLUE = {",", "et", "ou", "ainsi", "que", "de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "avec", "puis", "mais", "aussi"}
_ARG_DEPS = ("obl", "obl:arg", "obl:mod", "nmod", "iobj", "obj", "dep", "acl", "appos", "conj", "xcomp")
_CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "csubj", "conj", "parataxis")
_PLACE_CASES = {"dans", "en", "sur", "à", "au", "aux", "vers", "contre"}
_TRAVEL_TYPES = {"CONSULT", "ASSAULT", "MOBILIZE", "COERCE"}
_MAX_EVIDENCE = 300


@dataclass(frozen=True)
class _Arg:
    actor: str
    token: int
    how: str = ""  # how the argument was found, when not by the entry's own frame


class EventExtractor:
    """Extracts events from a ``Doc`` given its actor mentions and time expressions.

    Parameters
    ----------
    lexicon : EventLexicon
        Trigger entries and cue words.
    gazetteer : Gazetteer, optional
        For nationality adjectives and capitals; the bundled one by default.
    """

    def __init__(self, lexicon: EventLexicon, gazetteer: Gazetteer | None = None) -> None:
        self.lex = lexicon
        # the lemmas the lexicon knows, by part of speech, to skip the other words before building tokens
        self._keys = {pos: frozenset(lemma for lemma, p in lexicon.entries if p == pos) for pos in ("VERB", "NOUN")}
        self._noun_hashes = numpy.array(sorted({get_string_id(w) for w in self._keys["NOUN"]}), dtype="uint64")
        self.gaz = gazetteer or make_gazetteer()
        self.speech = lexicon.cue("speech")
        self.future = lexicon.cue("future")
        self.hypothetical = lexicon.cue("hypothetical")
        self.negation = lexicon.cue("negation")
        self.future_adj = lexicon.cue("future_adj")
        self.hypothetical_adj = lexicon.cue("hypothetical_adj")
        self.cancel = lexicon.cue("cancel")
        self.rejects_when_negated = lexicon.cue("rejects_when_negated")
        self.content_nouns = lexicon.cue("content_noun")
        self.object_control = lexicon.cue("object_control")
        self.aspectual = lexicon.cue("aspectual")
        # present-tense forms of first-group verbs, for headlines the tagger reads as noun phrases
        self.headline_forms: dict[str, TriggerEntry] = {}
        for entry in lexicon:
            words = _content_words(entry.lemma)
            if entry.pos == "VERB" and len(words) == 1 and not entry.lemma.startswith(("se ", "s'")) and words[0].endswith("er"):
                stem = words[0][:-2]
                for form in (stem + "e", stem + "ent"):
                    current = self.headline_forms.get(form)
                    if current is None or entry.confidence > current.confidence:
                        self.headline_forms[form] = entry

    # ----------------------------------------------------------------- API

    def __call__(
        self,
        doc: Doc,
        actors: list[Mapping[str, Any]],
        mentions: list[Mapping[str, Any]],
        timexes: list[Mapping[str, Any]],
        body_start: int = 0,
    ) -> list[dict[str, Any]]:
        """Event dicts for ``doc`` (``date_timex`` indexes ``timexes``)."""
        ctx = _Context(doc, actors, mentions, timexes, self.gaz, self.speech)
        events: list[dict[str, Any]] = []
        seen: set[tuple[Any, ...]] = set()
        def keep(found: Iterable[dict[str, Any]]) -> None:
            for event in found:
                key = (event["type"], event["source"], event["target"], event["trigger_start"])
                if key not in seen:
                    seen.add(key)
                    events.append(event)

        for i in self._lexicon_positions(doc, body_start):
            tok = doc[i]
            entry = self._entry_for(tok)
            if entry is not None:
                keep(self._events_for(ctx, tok, entry))
        header = doc_header(doc)
        if header.title_start is not None:
            keep(self._headline_events(ctx, doc.char_span(header.title_start, header.title_end, alignment_mode="expand")))
        keep(self._allegations(ctx, events))
        return events

    def _headline_events(self, ctx: "_Context", title: Span | None) -> list[dict[str, Any]]:
        """"Italie : l'Union européenne menace le pays de sanctions" read as a noun phrase.

        When the tagger finds no verb in a headline, a present-tense form of a
        lexicon verb between two actors is read as the verb: the actor before
        it is the source, the one after it the target.
        """
        if title is None or any(t.pos_ in ("VERB", "AUX") for t in title):
            return []
        out = []
        for tok in title:
            entry = self.headline_forms.get(tok.lower_)
            if entry is None:
                continue
            left = [i for i in range(title.start, tok.i) if ctx.actor_at(i)]
            right = [i for i in range(tok.i + 1, title.end) if ctx.actor_at(i)]
            if not left or not right:
                continue
            source, target = ctx.actor_at(left[-1]), ctx.actor_at(right[0])
            if source == target:
                continue
            out.append(self._record(ctx, tok, tok.doc[tok.i:tok.i + 1], entry.type, entry.cameo, _Arg(source, left[-1]), _Arg(target, right[0], "headline"),
                                    "asserted", "positive", f"{entry.id}/headline", entry.confidence * 0.8))
        return out

    def _allegations(self, ctx: "_Context", events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """"La CIA a conclu que le gouvernement russe a piraté des serveurs": reporting
        an attack or a coercion by someone else is accusing them."""
        out = []
        for event in events:
            speaker = event.get("speaker")
            if not speaker or event["type"] not in ("ASSAULT", "COERCE") or event["polarity"] != "positive" or speaker == event["source"]:
                continue
            if not event["rule"].startswith("lex:verb:") or ctx.same_side(speaker, event["source"]):
                continue  # a noun ("ses frappes") or one's own side's action is reported, not alleged
            derived = dict(event, type="ACCUSE", cameo="112", source=speaker, target=event["source"], speaker=None,
                           modality="asserted", rule=event["rule"] + "/allegation", confidence=round(event["confidence"] * 0.6, 3))
            out.append(derived)
        return out

    # -------------------------------------------------------------- lookup

    def _lexicon_positions(self, doc: Doc, body_start: int) -> list[int]:
        """The tokens of :func:`_trigger_positions` whose lemma (or, but for verbs, lower-case form) the lexicon holds.

        The others are words :meth:`_entry_for` finds nothing for; each lemma
        of the ``Doc`` is read once, without building ``Token`` objects.
        """
        found = _trigger_positions(doc, body_start)
        if not found:
            return []
        values = doc.to_array([POS, LEMMA, LOWER])[found]
        strings = doc.vocab.strings
        lemmas = {int(h): strings[int(h)].lower() for h in numpy.unique(values[:, 1])}
        index = numpy.searchsorted(self._noun_hashes, values[:, 2])
        index[index == len(self._noun_hashes)] = 0
        noun_form = (self._noun_hashes[index] == values[:, 2]).tolist() if len(self._noun_hashes) else [False] * len(found)
        verbs, nouns = self._keys["VERB"], self._keys["NOUN"]
        out = []
        for i, (pos, lemma), known_form in zip(found, values[:, :2].tolist(), noun_form):
            if pos == VERB:
                if lemmas[lemma] in verbs:
                    out.append(i)
            elif known_form or lemmas[lemma] in nouns:
                out.append(i)
        return out

    def _entry_for(self, tok: Token) -> TriggerEntry | None:
        pos = "VERB" if tok.pos_ == "VERB" else "NOUN"
        lemma = tok.lemma_.lower()
        lemmas = [lemma] if pos == "VERB" or tok.lower_ == lemma else [lemma, tok.lower_]
        candidates: list[TriggerEntry] = []
        for lem in lemmas:
            candidates += self.lex.lookup(lem, pos)
        if not candidates:
            return None  # most words: no need to look at the parse
        reflexive = pos == "VERB" and any(
            normalize_apostrophes(c.lower_) in _REFLEXIVE and c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "expl", "obj", "iobj")
            and c.i < tok.i
            for c in tok.children
        )
        fitting = []
        for entry in candidates:
            if entry.lemma.startswith(("se ", "s'")) and not reflexive:
                continue
            words = _content_words(entry.lemma)
            if len(words) > 1 and not self._followed_by(tok, words[1:]):
                continue
            fitting.append(entry)
        if not fitting:
            return None
        longest = max(len(_content_words(e.lemma)) for e in fitting)
        fitting = [e for e in fitting if len(_content_words(e.lemma)) == longest]
        reflexive_entries = [e for e in fitting if e.lemma.startswith(("se ", "s'"))]
        if reflexive_entries:
            fitting = reflexive_entries
        return fitting[0] if len(fitting) == 1 else self._sense(tok, fitting)

    def _followed_by(self, tok: Token, words: list[str]) -> bool:
        """Do the expression's other words follow the trigger ("mettre *en garde*")?"""
        doc = tok.doc
        i = tok.i + 1
        for word in words:
            skipped = 0
            while i < len(doc) and normalize_apostrophes(doc[i].lower_) != word and skipped < 4 and doc[i].pos_ in ("ADV", "PRON", "DET", "ADJ", "AUX"):
                i += 1
                skipped += 1
            if i >= len(doc) or normalize_apostrophes(doc[i].lower_) != word:
                return False
            i += 1
        return True

    def _sense(self, tok: Token, entries: list[TriggerEntry]) -> TriggerEntry:
        """Among several senses of one lemma, the one whose frame the parse fills best."""

        def score(entry: TriggerEntry) -> tuple[int, float]:
            filled = any(self._slot_fillers(tok, slot.rstrip("!")) for slot in entry.targets)
            return (int(filled), entry.confidence)

        return max(entries, key=score)

    # -------------------------------------------------------------- events

    def _events_for(self, ctx: "_Context", tok: Token, entry: TriggerEntry) -> list[dict[str, Any]]:
        if self._in_content_clause(tok) or self._aspectual(tok):
            return []
        if entry.pos == "VERB":
            sources, targets = self._verb_args(ctx, tok, entry)
        else:
            sources, targets = self._noun_args(ctx, tok, entry)
        if not sources:
            return []
        if not targets:
            targets = self._fallback_targets(ctx, tok, entry, {s.actor for s in sources})
        if entry.pos == "VERB" and tok.dep_ == "acl":
            source_refs = {s.actor for s in sources}
            targets = _unique(list(targets) + [a for a in self._document_recipients(ctx, tok) if a.actor not in source_refs])
        modality = entry.modality or self._modality(tok, entry)
        polarity = entry.polarity or self._polarity(tok)
        date_timex = ctx.date_for(tok)
        if modality == "asserted" and ctx.points_ahead(date_timex):
            modality = "future"  # "les pourparlers ... le mois prochain"
        if self._cancelled(tok):
            modality, polarity = "future", "negative"
        event_type, cameo = entry.type, entry.cameo
        if polarity == "negative" and _content_words(entry.lemma)[0] in self.rejects_when_negated:
            event_type, cameo, polarity = "REJECT", "12", "positive"  # "n'acceptera pas les pourparlers"
        speaker = self._speaker(ctx, tok)
        trigger = self._trigger_span(tok, entry)
        out = []
        for src in sources:
            for tgt in list(targets) or [None]:
                if tgt is not None and tgt.actor == src.actor:
                    continue
                if event_type == "RETREAT" and tgt is not None and ctx.is_country(tgt.actor) and ctx.kind(src.actor) == "PERSON":
                    continue  # a person leaving a country travels; RETREAT is leaving a treaty, a body, a territory
                how = "/".join(h for h in (src.how, tgt.how if tgt else "") if h)
                confidence = entry.confidence * (1.0 if tgt is not None else 0.9) * (0.85 if how else 1.0)
                rule = entry.id + (f"/{how}" if how else "")
                out.append(self._record(ctx, tok, trigger, event_type, cameo, src, tgt, modality, polarity, rule, confidence,
                                        speaker=speaker, date_timex=date_timex))
        return out

    def _record(
        self,
        ctx: "_Context",
        tok: Token,
        trigger: Span,
        event_type: str,
        cameo: str,
        src: _Arg,
        tgt: _Arg | None,
        modality: str,
        polarity: str,
        rule: str,
        confidence: float,
        *,
        speaker: str | None = None,
        date_timex: int | None = None,
    ) -> dict[str, Any]:
        sent = tok.sent
        return {
            "type": event_type,
            "source": src.actor,
            "target": tgt.actor if tgt else None,
            "modality": modality,
            "polarity": polarity,
            "date_timex": date_timex,
            "speaker": speaker if speaker != src.actor else None,
            "trigger": trigger.text,
            "evidence": self._evidence(tok, src, tgt),
            "cameo": cameo,
            "rule": rule,
            "confidence": round(confidence, 3),
            "trigger_start": trigger.start_char,
            "trigger_end": trigger.end_char,
            "sentence_start": sent.start_char,
            "sentence_end": sent.end_char,
        }

    def _trigger_span(self, tok: Token, entry: TriggerEntry) -> Span:
        doc = tok.doc
        start = tok.i
        for child in tok.children:
            if child.i < tok.i and tok.i - child.i <= 4 and (
                child.dep_.startswith("aux") or normalize_apostrophes(child.lower_) in ("ne", "n'")
            ):
                start = min(start, child.i)
        end = tok.i
        words = _content_words(entry.lemma)
        if len(words) > 1:
            i = tok.i + 1
            for word in words[1:]:
                while i < len(doc) and normalize_apostrophes(doc[i].lower_) != word and i - tok.i < 8:
                    i += 1
                end = min(i, len(doc) - 1)
                i += 1
        return doc[start:end + 1]

    def _evidence(self, tok: Token, src: _Arg, tgt: _Arg | None) -> str:
        doc = tok.doc
        sent = tok.sent
        indices = [tok.i, src.token] + ([tgt.token] if tgt else [])
        start = max(sent.start, min(indices))
        end = min(sent.end, max(indices) + 1)
        if tgt is not None and tgt.token >= tok.i:
            end = min(sent.end, max(end, doc[tgt.token].right_edge.i + 1))
        text = " ".join(doc[start:end].text.split())
        return text if len(text) <= _MAX_EVIDENCE else text[: _MAX_EVIDENCE - 3] + "..."

    # ----------------------------------------------------------- arguments

    def _slot_fillers(self, tok: Token, slot: str) -> list[Token]:
        """Tokens that fill ``slot`` for trigger ``tok`` ("obj", "iobj", "avec", "obj.de"...)."""
        if slot == "iobj":
            return [c for c in tok.children if c.dep_ == slot]
        if slot == "obj":
            # a bare noun phrase after the verb that the parser hung elsewhere ("attaqué le Japon" as obl:mod)
            return [
                c for c in tok.children
                if c.dep_ == "obj"
                or (c.dep_ in ("obl", "obl:mod", "obl:arg", "dep") and c.i > tok.i and c.pos_ in ("PROPN", "NOUN")
                    and not any(g.dep_ == "case" for g in c.children))
            ]
        if slot.startswith("obj."):
            found = []
            for obj in self._slot_fillers(tok, "obj"):
                found.extend(self._slot_fillers(obj, slot[4:]))
            return found
        words = slot.split()
        found = []
        if len(words) > 1:
            # "auprès de la Chine", "face à l'OTAN": the parser often hangs the noun under the first word
            for child in tok.children:
                if normalize_apostrophes(child.lower_) == words[0] and child.i > tok.i:
                    found.extend(g for g in child.children if g.pos_ in ("NOUN", "PROPN", "PRON") and g.i > child.i)
        for child in tok.children:
            if child.dep_ not in _ARG_DEPS:
                continue
            cases = [normalize_apostrophes(c.lower_) for c in child.children if c.dep_ in ("case", "mark") and c.i < child.i]
            if not cases:
                continue
            first = cases[0]
            if (
                first == words[0]
                or " ".join(cases[: len(words)]) == slot
                or (slot == "de" and first in ("des", "du", "d'"))
                or (slot == "à" and first in ("au", "aux"))
            ):
                found.append(child)
        return found

    def _actors_in(self, ctx: "_Context", token: Token, depth: int = 2) -> list[_Arg]:
        """Actors a phrase refers to.

        The actor the token belongs to, its coordinated and enumerated
        companions, a nationality adjective's country, a capital's country;
        otherwise the actors of its complements ("les représentants de
        l'OTAN").
        """
        args: list[_Arg] = []
        ref = ctx.actor_at(token.i)
        if ref:
            args.append(_Arg(ref, token.i))
        else:
            place = ctx.place_actor(token.i)
            if place:
                args.append(_Arg(place, token.i, "place"))
        for conj in _conjuncts(token):
            r = ctx.actor_at(conj.i) or ctx.place_actor(conj.i)
            if r:
                args.append(_Arg(r, conj.i))
        if args:
            args.extend(ctx.enumeration(args[-1].token))
            return _unique(args)
        for child in token.children:
            # "le ministre russe Sergueï Lavrov": the name in apposition is who the phrase is
            if child.dep_ in ("appos", "flat:name") and ctx.actor_at(child.i):
                return [_Arg(ctx.actor_at(child.i), child.i)]
        for child in token.children:
            if child.dep_ == "amod" and child.i > token.i:
                country = ctx.demonym_actor(child)
                if country:
                    args.append(_Arg(country, child.i, "adjective"))
        if args or depth == 0:
            return _unique(args)
        for child in token.children:
            if child.dep_ in ("nmod", "appos", "conj") or child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
                args.extend(self._actors_in(ctx, child, depth - 1))
        return _unique(args)

    def _subject_of(self, ctx: "_Context", verb: Token, seen: int = 0) -> tuple[list[_Arg], bool]:
        """Source actors of a verb, climbing through control, coordination and relatives.

        Returns ``(args, passive)``; ``passive`` is true when the subject is
        the patient (``nsubj:pass``).
        """
        if seen > 5:
            return [], False
        agent = [c for c in verb.children if c.dep_ == "obl:agent"]
        if agent:
            return self._actors_in(ctx, agent[0]), False
        passive_aux = is_passive(verb)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        # "Le président russe Vladimir Poutine a ...", parsed as several subjects: the named one
        subjects.sort(key=lambda c: ctx.actor_at(c.i) is None)
        for child in subjects:
            passive = passive_aux
            low = normalize_apostrophes(child.lower_)
            if low in _RELATIVE_PRONOUNS and verb.dep_.startswith("acl"):
                return self._actors_in(ctx, verb.head), passive
            args = self._actors_in(ctx, child)
            if not args and low in _FIRST_PERSON:
                speaker = self._speaker(ctx, verb)
                if speaker:
                    args = [_Arg(ctx.state_of(speaker), child.i, "speaker")]
            return args, passive
        head = verb.head
        if head == verb:
            return [], False
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp") and head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "ccomp":
                return [], False  # a reported clause has its own subject
            if verb.dep_ == "xcomp" and head.lemma_.lower() in self.object_control:
                # "a accusé la Chine de militariser", "a appelé l'Iran à négocier": the object acts
                for child in head.children:
                    if child.dep_ in ("obj", "iobj") or (child.dep_.startswith("obl") and child.i < verb.i and any(
                        normalize_apostrophes(c.lower_) in ("à", "au", "aux") for c in child.children if c.dep_ == "case"
                    )):
                        found = self._actors_in(ctx, child, depth=1)
                        if found:
                            return found, False
            return self._subject_of(ctx, head, seen + 1)
        if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"):
            return [], False  # "les musulmans tués en Syrie": the noun is the patient, the doer is not said
        if verb.dep_ in ("acl", "acl:relcl") and head.pos_ in ("NOUN", "PROPN"):
            # "un projet d'accord appelant à ...": the noun's own source, or its governor's subject
            args = self._actors_in(ctx, head, depth=0)
            if args:
                return args, False
            noun = head
            for _ in range(3):
                if noun.head == noun:
                    break
                if noun.head.pos_ in ("VERB", "AUX"):
                    return self._subject_of(ctx, noun.head, seen + 1)
                noun = noun.head
        return [], False

    def _document_recipients(self, ctx: "_Context", tok: Token) -> list[_Arg]:
        """"a remis aux représentants de l'OTAN un projet d'accord appelant à ...": who received it."""
        noun = tok.head
        for _ in range(3):
            if noun.dep_ == "obj" and noun.head.pos_ == "VERB":
                return self._recipient(ctx, noun)
            if noun.head == noun or noun.pos_ not in ("NOUN", "PROPN"):
                break
            noun = noun.head
        return []

    def _patients_of(self, ctx: "_Context", verb: Token) -> list[_Arg]:
        """The passive subject, inherited from the first conjunct ("rejetée par X et écartée par Y")."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubj")]
        # a subject the parser hung on the auxiliary: "la proposition russe a [...] été rejetée"
        subjects += [g for c in verb.children if c.dep_.startswith("aux") for g in c.children if g.dep_ in ("nsubj", "nsubj:pass")]
        for child in subjects:
            found = self._actors_in(ctx, child)
            if found:
                return found
        if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            return self._patients_of(ctx, verb.head)
        return []

    def _frame_targets(self, ctx: "_Context", tok: Token, entry: TriggerEntry) -> list[_Arg]:
        for slot in entry.targets:
            if slot == "entre":
                continue
            direct = slot.endswith("!")  # "a reçu le soutien de X": only an actor named in the slot itself
            found: list[_Arg] = []
            for filler in self._slot_fillers(tok, slot.rstrip("!")):
                found.extend(self._actors_in(ctx, filler, depth=0 if direct else 2))
            if found:
                return _unique(found)
        return []

    def _verb_args(self, ctx: "_Context", tok: Token, entry: TriggerEntry) -> tuple[list[_Arg], list[_Arg]]:
        subjects, passive = self._subject_of(ctx, tok)
        targets = self._frame_targets(ctx, tok, entry)
        if passive or is_passive(tok):
            agents = [c for c in tok.children if c.dep_ == "obl:agent"]
            if not agents:
                return [], []  # "a été signé": the doer is not said
            sources = self._actors_in(ctx, agents[0])
            patients = self._patients_of(ctx, tok)
            return sources, targets or patients
        return subjects, targets

    def _noun_args(self, ctx: "_Context", tok: Token, entry: TriggerEntry) -> tuple[list[_Arg], list[_Arg]]:
        targets = self._frame_targets(ctx, tok, entry)
        between = self._between(ctx, tok) if "entre" in entry.targets else []
        sources = self._noun_sources(ctx, tok, entry, {t.actor for t in targets})
        if not sources and len(between) >= 2:
            sources, targets = [between[0]], between[1:]
        elif between and not targets:
            targets = [b for b in between if b.actor not in {s.actor for s in sources}]
        if not targets and tok.dep_ == "obj" and tok.head.pos_ == "VERB":
            # "tiendra des pourparlers avec les États-Unis": the parser hangs "avec" on the verb
            targets = [a for a in self._frame_targets(ctx, tok.head, entry) if a.actor not in {s.actor for s in sources}]
        if not targets and entry.type not in ("CONSULT", "PROTEST"):
            targets = self._recipient(ctx, tok)  # a visit or a strike has no recipient
        return _unique(sources), _unique(targets)

    def _noun_sources(self, ctx: "_Context", tok: Token, entry: TriggerEntry, targets: set[str]) -> list[_Arg]:
        for slot in entry.sources:
            found = self._noun_source_slot(ctx, tok, slot, targets)
            if found:
                return found
        governor = tok.head
        if governor == tok:
            return []
        if tok.dep_ in ("obj", "nsubj:pass", "obl:arg", "obl", "obl:mod", "xcomp") and governor.pos_ in ("VERB", "AUX"):
            subjects, passive = self._subject_of(ctx, governor)
            if passive:
                agents = [c for c in governor.children if c.dep_ == "obl:agent"]
                return self._actors_in(ctx, agents[0]) if agents else []
            return [s for s in subjects if s.actor not in targets]
        if tok.dep_ in ("nmod", "obl:arg") and governor.pos_ == "NOUN":
            # "une éventuelle préparation russe à l'invasion", "ses demandes d'engagements"
            for slot in ("poss", "amod", "de"):
                found = self._noun_source_slot(ctx, governor, slot, targets | {ctx.actor_at(tok.i) or ""})
                if found:
                    return found
        return []

    def _noun_source_slot(self, ctx: "_Context", tok: Token, slot: str, targets: set[str]) -> list[_Arg]:
        found: list[_Arg] = []
        if slot == "poss":
            for child in tok.children:
                if child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
                    ref = ctx.actor_at(child.i) or ctx.possessor(child)
                    if ref:
                        found.append(_Arg(ref, child.i))
        elif slot == "amod":
            for child in tok.children:
                if child.dep_ == "amod":
                    ref = ctx.demonym_actor(child)
                    if ref:
                        found.append(_Arg(ref, child.i))
        elif slot in ("de", "par"):
            for filler in self._slot_fillers(tok, slot):
                found.extend(a for a in self._actors_in(ctx, filler) if a.actor not in targets)
        return found

    def _between(self, ctx: "_Context", tok: Token) -> list[_Arg]:
        """Actors of "entre X et Y" attached to a nominal trigger or its participle."""
        holders = [tok] + [c for c in tok.children if c.dep_ in ("acl", "amod")]
        found: list[_Arg] = []
        for holder in holders:
            for child in holder.children:
                cases = {normalize_apostrophes(c.lower_) for c in child.children if c.dep_ == "case"}
                if cases & {"entre", "entrer"}:
                    found.extend(self._actors_in(ctx, child))
        return _unique(found)

    def _recipient(self, ctx: "_Context", tok: Token) -> list[_Arg]:
        """The recipient of the verb that governs a nominal trigger ("présentait aux États-Unis aucun ultimatum")."""
        governor = tok.head
        if tok.dep_ not in ("obj", "obl", "obl:mod", "obl:arg") or governor.pos_ != "VERB":
            return []
        found: list[_Arg] = []
        for child in governor.children:
            if child.i == tok.i:
                continue
            cases = [normalize_apostrophes(c.lower_) for c in child.children if c.dep_ == "case"]
            if child.dep_ == "iobj" or (child.dep_.startswith("obl") and cases and cases[0] in ("à", "au", "aux")):
                found.extend(_Arg(a.actor, a.token, "recipient") for a in self._actors_in(ctx, child, depth=1))
        return found

    def _recipient_of_verb(self, ctx: "_Context", verb: Token) -> list[_Arg]:
        found: list[_Arg] = []
        for child in verb.children:
            cases = [normalize_apostrophes(c.lower_) for c in child.children if c.dep_ == "case"]
            if child.dep_ == "iobj" or (child.dep_.startswith("obl") and cases and cases[0] in ("à", "au", "aux")):
                found.extend(self._actors_in(ctx, child, depth=1))
        return found

    def _obliques(self, ctx: "_Context", verb: Token) -> list[_Arg]:
        found: list[_Arg] = []
        for child in verb.children:
            if child.dep_.startswith("obl") or child.dep_ in ("obj", "iobj"):
                found.extend(self._actors_in(ctx, child, depth=0))
        return found

    def _fallback_targets(self, ctx: "_Context", tok: Token, entry: TriggerEntry, sources: set[str]) -> list[_Arg]:
        """Targets the frame did not give, from the event type's logic."""
        found: list[_Arg] = []
        if entry.pos == "VERB" and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "a adressé un avertissement à l'Italie et demandé des économies": the shared recipient
            found = [a for a in self._recipient_of_verb(ctx, tok.head) if a.actor not in sources]
            if found:
                return [_Arg(a.actor, a.token, "shared") for a in found]
        if entry.type == "REQUEST":
            found = self._clause_subjects(ctx, tok, sources, "requested")
            if not found and tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ == "VERB":
                # "ne reculera pas devant l'Occident pour demander ...": whom the governing clause faces
                found = [_Arg(a.actor, a.token, "governing") for a in self._obliques(ctx, tok.head) if a.actor not in sources]
        elif entry.type == "THREATEN":
            found = self._condition_subjects(ctx, tok, sources)
            if not found:
                found = self._clause_targets(ctx, tok, sources)
        if not found and entry.type in _TRAVEL_TYPES:
            found = self._place_targets(ctx, tok, sources)
        return found

    def _clause_subjects(self, ctx: "_Context", tok: Token, sources: set[str], how: str) -> list[_Arg]:
        """Subjects of the clauses a trigger governs (depth ≤ 3): who is asked to act."""
        frontier = [(tok, 0)]
        while frontier:
            node, depth = frontier.pop(0)
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and node != tok and node.pos_ in ("VERB", "AUX"):
                    args = [a for a in self._actors_in(ctx, child) if a.actor not in sources]
                    if args:
                        return [_Arg(a.actor, a.token, how) for a in args]
                if depth < 3 and child.dep_ in _CLAUSE_DEPS + ("nmod", "obj"):
                    frontier.append((child, depth + 1))
        return []

    def _condition_subjects(self, ctx: "_Context", tok: Token, sources: set[str]) -> list[_Arg]:
        """"... si l'OTAN ne se conforme pas": the subject of a threat's condition."""
        holders = [tok, tok.head] if tok.head != tok else [tok]
        for holder in holders:
            for child in holder.subtree:
                if child.pos_ in ("VERB", "AUX") and any(m.lower_ == "si" for m in child.children if m.dep_ == "mark"):
                    for sub in child.children:
                        if sub.dep_ in ("nsubj", "nsubj:pass"):
                            args = [a for a in self._actors_in(ctx, sub) if a.actor not in sources]
                            if args:
                                return [_Arg(a.actor, a.token, "condition") for a in args]
        return []

    def _clause_targets(self, ctx: "_Context", tok: Token, sources: set[str]) -> list[_Arg]:
        """"menace de poursuivre ses opérations dans le sud du pays": the threatened action's target."""
        for child in tok.children:
            if child.dep_ in ("xcomp", "ccomp", "obl:arg") and child.pos_ == "VERB":
                found: list[_Arg] = []
                for arg in child.children:
                    if arg.dep_ in ("obj", "obl", "obl:mod", "obl:arg", "iobj"):
                        found.extend(a for a in self._actors_in(ctx, arg) if a.actor not in sources)
                if found:
                    return [_Arg(a.actor, a.token, "action") for a in found]
                return self._place_targets(ctx, child, sources)
        return []

    def _place_targets(self, ctx: "_Context", tok: Token, sources: set[str]) -> list[_Arg]:
        """"à Bujumbura", "dans le sud du pays": where the action takes place, as its country."""
        for child in tok.children:
            if not (child.dep_.startswith("obl") or child.dep_ == "nmod"):
                continue
            cases = [normalize_apostrophes(c.lower_) for c in child.children if c.dep_ == "case"]
            if cases and cases[0] in _PLACE_CASES:
                args = [a for a in self._actors_in(ctx, child) if a.actor not in sources and ctx.is_country(a.actor)]
                if args:
                    return [_Arg(a.actor, a.token, "place") for a in args]
        return []

    # ------------------------------------------------ modality and polarity

    def _modality(self, tok: Token, entry: TriggerEntry) -> str:
        if entry.pos == "NOUN":
            holders = [tok] + ([tok.head] if tok.dep_ in ("nmod", "obl:arg") and tok.head.pos_ == "NOUN" else [])
            for holder in holders:
                for child in holder.children:
                    words = {child.lemma_.lower(), child.lower_}
                    if words & self.hypothetical_adj:
                        return "hypothetical"
                    if words & self.future_adj:
                        return "future"
            verb = _governing_verb(tok)
        else:
            verb = tok
        modality = "asserted"
        current = verb
        for _ in range(5):
            if current is None:
                break
            lemma = current.lemma_.lower()
            if current != tok and lemma in self.hypothetical:
                return "hypothetical"
            if any(c.lower_ == "si" and c.dep_ == "mark" for c in current.children):
                return "hypothetical"
            aux = {c.lemma_.lower() for c in current.children if c.dep_ == "aux" or (c.dep_.startswith("aux") and c.lemma_ in ("aller", "devoir", "pouvoir"))}
            if "pouvoir" in aux or lemma == "pouvoir":
                return "hypothetical"
            if current != tok and lemma in self.future:
                modality = "future"
            if aux & {"devoir", "aller"}:
                modality = "future"
            infinitive = "Inf" in current.morph.get("VerbForm")
            tense = None if infinitive else verb_tense(current)
            if tense == "future":
                return "future"
            if tense == "conditional":
                if modality == "future":
                    return "future"
                reported = current.dep_ in ("ccomp", "xcomp", "parataxis", "advcl") or current.head.lemma_.lower() in self.speech
                return "future" if reported else "hypothetical"
            if tense in ("past", "present") and not infinitive:
                break
            if current.head == current or current.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "obj", "acl", "obl:arg"):
                break
            current = current.head
        return modality

    def _polarity(self, tok: Token) -> str:
        holders = [tok]
        verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
        if verb is not None and verb != tok:
            holders.append(verb)
        # a negated governing verb negates the governed action ("ne veut pas négocier")
        current = verb
        for _ in range(2):
            if current is None or current.dep_ not in ("xcomp",) or current.head == current:
                break
            current = current.head
            holders.append(current)
        for holder in holders:
            children = list(holder.children)
            if any(normalize_apostrophes(c.lower_) in ("que", "qu'") and c.dep_ in ("advmod", "mark", "fixed") and c.i > holder.i for c in children):
                continue  # "n'a désigné que trois clients": restriction, not negation
            words = [normalize_apostrophes(c.lower_).rstrip("'") for c in children if c.dep_ in ("advmod", "advmod:neg", "cc", "det")]
            if any(w in self.negation and w not in ("ne", "n") for w in words):
                return "negative"
            if any(normalize_apostrophes(c.lower_) in ("ne", "n'") for c in children) and any(
                c.lemma_.lower() in ("aucun", "nul", "jamais", "rien", "personne") for c in holder.subtree if 0 < c.i - holder.i < 6
            ):
                return "negative"  # "ne présentait aux États-Unis aucun ultimatum"
        for child in tok.children:
            if child.dep_ == "det" and child.lemma_.lower() in ("aucun", "nul"):
                return "negative"
            if child.dep_ == "case" and child.lower_ == "sans":
                return "negative"
        return "positive"

    def _in_content_clause(self, tok: Token) -> bool:
        """Is the trigger in the "que" clause of a noun stating a content ("une garantie qu'elle n'acceptera pas")?"""
        verb = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
        if verb is None or verb.dep_ not in ("acl", "acl:relcl", "ccomp"):
            return False
        has_que = any(normalize_apostrophes(c.lower_) in ("que", "qu'") for c in verb.children if c.i < verb.i)
        return has_que and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in self.content_nouns

    def _aspectual(self, tok: Token) -> bool:
        """"arrêter d'envoyer", "cesser de financer": the verb marks an aspect, not an act."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.aspectual:
            return False
        return any(
            c.dep_ in ("xcomp", "ccomp", "obl:arg", "advcl") and c.pos_ == "VERB"
            and any(normalize_apostrophes(m.lower_) in ("de", "d'", "à") for m in c.children if m.dep_ in ("mark", "case"))
            for c in tok.children
        )

    def _cancelled(self, tok: Token) -> bool:
        """"a annulé la réunion": a cancelled meeting is future and negative (spec §6)."""
        governor = tok.head
        return tok.dep_ in ("obj", "nsubj:pass") and governor.lemma_.lower() in self.cancel

    # ------------------------------------------------------------- speaker

    def _speaker(self, ctx: "_Context", tok: Token) -> str | None:
        """The actor who reports the clause of ``tok``, if any."""
        current = tok
        for _ in range(8):
            head = current.head
            if head == current:
                break
            if head.lemma_.lower() in self.speech and current.dep_ in ("ccomp", "parataxis", "xcomp", "obj", "advcl", "dep", "conj"):
                subjects = [c for c in head.children if c.dep_ == "nsubj"]
                inverted = [c for c in head.children if c.dep_ in ("obj", "nsubj:pass") and c.i > head.i and c.pos_ == "PROPN"]
                for cand in subjects + inverted:
                    # "Le ministre ... Sergueï Lavrov a déclaré": the name in apposition to the title
                    found = self._actors_in(ctx, cand, depth=1)
                    if found:
                        return found[0].actor
            current = head
        return ctx.quote_speaker(tok)


class _Context:
    """Per-document lookups: token → actor, demonyms, capitals, time expressions, quotes."""

    def __init__(
        self,
        doc: Doc,
        actors: list[Mapping[str, Any]],
        mentions: list[Mapping[str, Any]],
        timexes: list[Mapping[str, Any]],
        gazetteer: Gazetteer,
        speech: frozenset[str],
    ) -> None:
        self.doc = doc
        self.gaz = gazetteer
        self.speech = speech
        self.actors = {a["ref"]: a for a in actors}
        self.country_ref = {a["code"]: a["ref"] for a in actors if a["kind"] == "COUNTRY"}
        self.token_actor: dict[int, str] = {}
        self.mention_end: dict[int, int] = {}
        self.place_country: dict[int, str] = {}
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
                place = self.gaz.place(span.text)
                if place and place[0] in self.country_ref:
                    for t in span:
                        self.place_country[t.i] = self.country_ref[place[0]]
                        self.mention_end.setdefault(t.i, span.end)
        self.timexes = timexes
        self.timex_tokens: list[tuple[int, int, int]] = []  # (start token, end token, timex index)
        for index, t in enumerate(timexes):
            span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
            if span is not None:
                self.timex_tokens.append((span.start, span.end, index))

    def actor_at(self, i: int) -> str | None:
        return self.token_actor.get(i)

    def place_actor(self, i: int) -> str | None:
        """The country whose capital the token names as a place ("à Bujumbura")."""
        return self.place_country.get(i)

    def state_of(self, ref: str) -> str:
        """The country a person acts for, when known ("Nous" said by Lavrov is Russia)."""
        actor = self.actors.get(ref)
        if actor and actor["kind"] == "PERSON" and actor.get("country") in self.country_ref:
            return self.country_ref[actor["country"]]
        return ref

    def demonym_actor(self, tok: Token) -> str | None:
        if not tok.is_lower:
            return None
        code = self.gaz.demonym(tok.text)
        return self.country_ref.get(code) if code else None

    def possessor(self, det: Token) -> str | None:
        """Whose "son"/"ses"/"leur": the subject of the clause the possessive sits in."""
        verb = clause_verb(det)
        for _ in range(3):
            if verb is None:
                return None
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and child.i < det.i:
                    return self.actor_at(child.i)
            if verb.head == verb:
                return None
            verb = verb.head
        return None

    def enumeration(self, i: int) -> list[_Arg]:
        """Actors listed after the one at token ``i`` ("de l'Allemagne, de la Belgique et de l'UE")."""
        doc = self.doc
        sent_end = doc[i].sent.end
        found: list[_Arg] = []
        first = self.actor_at(i) or self.place_actor(i)
        kind = self.actors.get(first or "", {}).get("kind")
        j = self.mention_end.get(i, i + 1)
        while j < sent_end:
            glue = 0
            while j < sent_end and normalize_apostrophes(doc[j].lower_) in _ENUM_GLUE and glue < 4:
                j += 1
                glue += 1
            if glue == 0 or j >= sent_end or not (doc[j - glue].text == "," or doc[j - glue].lower_ in ("et", "ou")):
                break
            ref = self.actor_at(j)
            coordinated = any(t.lower_ in ("et", "ou") for t in doc[j - glue:j])
            if not ref or ref == first or (not coordinated and self.actors.get(ref, {}).get("kind") != kind):
                break  # "à Bujumbura, Évariste Ndayishimiye ...": an apposition, not a list
            found.append(_Arg(ref, j))
            j = self.mention_end.get(j, j + 1)
        return found

    def kind(self, ref: str) -> str | None:
        return self.actors.get(ref, {}).get("kind")

    def is_country(self, ref: str) -> bool:
        return self.actors.get(ref, {}).get("kind") == "COUNTRY"

    def same_side(self, a: str, b: str) -> bool:
        """Do two actors stand for the same state (a person in office and their country)?"""
        return self.state_of(a) == self.state_of(b) or (
            self.actors.get(a, {}).get("country") is not None
            and self.actors.get(a, {}).get("country") in (self.actors.get(b, {}).get("code"), self.actors.get(b, {}).get("country"))
        )

    def points_ahead(self, index: int | None) -> bool:
        """Does the time expression name a later period ("le mois prochain", "demain")?"""
        if index is None:
            return False
        fields = self.timexes[index].get("fields") or {}
        return fields.get("relation") == "next" or (fields.get("day_offset") or 0) > 0 or (fields.get("sign") or 0) > 0

    def date_for(self, tok: Token) -> int | None:
        """Index of the time expression that dates ``tok``'s event, if any.

        The clause's own expression first, then one of a clause above it,
        then the sentence's only expression. The value itself is resolved
        later, against the publication date.
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
            current = clause_verb(current.head) if current.head.pos_ not in ("VERB", "AUX") else current.head
        if clause_verb(tok) is None and len(in_sentence) == 1:
            return in_sentence[0][2]  # a verbless sentence (a title) and its one date
        return None

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
            if t.lemma_.lower() not in self.speech:
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


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is an argument of ("tiendrait des *pourparlers*"), if any.

    A noun deeper in a phrase ("les pourparlers sur ses *demandes*") takes
    neither the tense nor the negation of the clause.
    """
    head = noun.head
    if head != noun and head.pos_ in ("VERB", "AUX") and noun.dep_ in ("obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "iobj", "xcomp"):
        return head
    return None


def _content_words(lemma: str) -> list[str]:
    """An entry's words without its reflexive pronoun ("se rendre" → ["rendre"])."""
    lemma = normalize_apostrophes(lemma)
    if lemma.startswith("s'"):
        lemma = lemma[2:]
    elif lemma.startswith("se "):
        lemma = lemma[3:]
    return lemma.split()


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _unique(args: Iterable[_Arg]) -> list[_Arg]:
    seen = set()
    out = []
    for a in args:
        if a.actor in seen:
            continue
        seen.add(a.actor)
        out.append(a)
    return out


def _trigger_positions(doc: Doc, body_start: int) -> list[int]:
    """Indices of the verbs, nouns, proper nouns and adjectives of the body that are not spaces.

    Read from the token arrays, without building a ``Token`` per word.
    """
    if not len(doc):
        return []
    values = doc.to_array([POS, IS_SPACE, IDX])
    pos = values[:, 0]
    keep = ((pos == VERB) | (pos == NOUN) | (pos == PROPN) | (pos == ADJ)) & (values[:, 1] == 0) & (values[:, 2] >= max(0, body_start))
    return numpy.nonzero(keep)[0].tolist()
