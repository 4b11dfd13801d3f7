"""Events: who did what to whom, when, and how sure, over the dependency parse.

For each token whose lemma is in the event lexicon
(:func:`newsgraph.resources.make_event_lexicon`):

* **verbal triggers** take their source from the subject (``nsubj``; the
  agent ``obl:agent`` of a passive, whose ``nsubj:pass`` is then the
  target), inherited through control and raising ("a décidé de
  sanctionner"), coordination and relative clauses; the target from the
  frame's slots (``obj``, ``iobj``, or a preposition's ``obl``/``nmod``);
* **nominal triggers** ("pourparlers", "invasion", "sanctions") take their
  source from a possessive, a nationality adjective ("préparation russe"), a
  "de"/"par" complement, or the subject of the verb that governs them ("la
  Russie tiendrait des pourparlers"); the target from "avec", "entre X et
  Y", "contre", "de"...;
* **modality** from the clause (future and conditional tenses, governing
  verbs such as "vouloir", "pouvoir", "envisager", adjectives such as
  "prochain" or "éventuel", "si" clauses), **polarity** from negation ("ne
  ... pas", "aucun", "ni");
* **speaker** from reporting verbs ("a déclaré Lavrov") and quotations;
* **date** from a time expression of the same clause, else of the sentence.

Each event is a plain dict ready for :class:`newsgraph.types.Event`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from spacy.tokens import Doc, Span, Token

from ..resources import EventLexicon, TriggerEntry
from .clauses import clause_verb, verb_tense
from .normalize import normalize_apostrophes

__all__ = ["EventExtractor"]

_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "obl:agent")
_CLAUSE_LINKS = ("xcomp", "ccomp", "advcl", "conj", "acl", "acl:relcl", "parataxis")
_REFLEXIVE = {"se", "s'", "s’", "me", "m'", "te", "nous", "vous"}
_QUOTE_OPEN = {"«", "“", '"'}
_QUOTE_CLOSE = {"»", "”", '"'}
_FIRST_PERSON = {"nous", "je", "j'", "j’", "notre", "nos", "mon", "ma", "mes"}
_PREP_CASES = ("case", "mark")
_PASSIVE_AGENT_PREPS = {"par"}
_RELATIVE_PRONOUNS = {"qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles"}


@dataclass
class _Arg:
    actor: str
    token: int


class EventExtractor:
    """Extracts events from a ``Doc`` given its actor mentions and time expressions."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon
        self.speech = lexicon.cue("speech")
        self.future = lexicon.cue("future")
        self.hypothetical = lexicon.cue("hypothetical")
        self.negation = lexicon.cue("negation")
        self.future_adj = lexicon.cue("future_adj")
        self.hypothetical_adj = lexicon.cue("hypothetical_adj")
        self.cancel = lexicon.cue("cancel")
        self.max_mwe = max((len(e.lemma.split()) for e in lexicon), default=1)

    # ----------------------------------------------------------------- API

    def __call__(
        self,
        doc: Doc,
        actors: list[Mapping[str, Any]],
        mentions: list[Mapping[str, Any]],
        timexes: list[Mapping[str, Any]],
        body_start: int = 0,
    ) -> list[dict[str, Any]]:
        ctx = _Context(doc, actors, mentions, timexes, self.speech)
        events: list[dict[str, Any]] = []
        seen: set[tuple[Any, ...]] = set()
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN", "PROPN") or tok.is_space:
                continue
            entry = self._entry_for(tok)
            if entry is None:
                continue
            for event in self._events_for(ctx, tok, entry):
                key = (event["type"], event["source"], event["target"], event["trigger_start"])
                if key in seen:
                    continue
                seen.add(key)
                events.append(event)
        return events

    # -------------------------------------------------------------- lookup

    def _entry_for(self, tok: Token) -> TriggerEntry | None:
        pos = "VERB" if tok.pos_ == "VERB" else "NOUN"
        lemma = tok.lemma_.lower()
        if pos == "NOUN" and tok.lower_ != lemma:
            lemmas = [lemma, tok.lower_]
        else:
            lemmas = [lemma]
        reflexive = pos == "VERB" and any(
            normalize_apostrophes(c.lower_) in _REFLEXIVE and c.dep_ in ("expl:comp", "expl:pv", "obj", "iobj", "expl")
            for c in tok.children
        )
        candidates: list[TriggerEntry] = []
        for lem in lemmas:
            if reflexive:
                candidates += self.lex.lookup(f"se {lem}", pos) + self.lex.lookup(f"s'{lem}", pos)
            candidates += self.lex.lookup(lem, pos)
        # multi-word entries: the following words must come right after the trigger
        best: TriggerEntry | None = None
        for entry in candidates:
            words = entry.lemma.replace("s'", "").replace("se ", "").split()
            if len(words) > 1 and not self._followed_by(tok, words[1:]):
                continue
            if best is None or len(entry.lemma.split()) > len(best.lemma.split()):
                best = entry if best is None or entry.confidence >= 0 else best
        if best is None:
            return None
        same = [e for e in candidates if e.lemma == best.lemma]
        return self._sense(tok, same) if len(same) > 1 else best

    def _followed_by(self, tok: Token, words: list[str]) -> bool:
        doc = tok.doc
        i = tok.i + 1
        for word in words:
            while i < len(doc) and doc[i].pos_ in ("ADV", "PRON") and doc[i].lower_ != word:
                i += 1
            if i >= len(doc) or normalize_apostrophes(doc[i].lower_) != word:
                return False
            i += 1
        return True

    def _sense(self, tok: Token, entries: list[TriggerEntry]) -> TriggerEntry:
        """Among several senses of one lemma, the one whose frame the parse fills best."""

        def score(entry: TriggerEntry) -> tuple[float, float]:
            filled = 0.0
            for slot in entry.targets:
                if self._slot_tokens(tok, slot):
                    filled = 1.0
                    break
            return (filled, entry.confidence)

        return max(entries, key=score)

    # -------------------------------------------------------------- events

    def _events_for(self, ctx: "_Context", tok: Token, entry: TriggerEntry) -> Iterable[dict[str, Any]]:
        if entry.pos == "VERB":
            sources, targets = self._verb_args(ctx, tok, entry)
        else:
            sources, targets = self._noun_args(ctx, tok, entry)
        if not sources:
            return []
        modality = entry.modality or self._modality(tok, entry)
        polarity = entry.polarity or self._polarity(tok)
        speaker = self._speaker(ctx, tok)
        date_timex = ctx.date_for(tok)
        sent = tok.sent
        trigger_tokens = self._trigger_span(tok, entry)
        out = []
        target_list: list[_Arg | None] = list(targets) or [None]
        for src in sources:
            for tgt in target_list:
                if tgt is not None and tgt.actor == src.actor:
                    continue
                spk = speaker if speaker != src.actor else None
                confidence = entry.confidence * (1.0 if tgt is not None else 0.9)
                out.append(
                    {
                        "type": entry.type,
                        "source": src.actor,
                        "target": tgt.actor if tgt else None,
                        "modality": modality,
                        "polarity": polarity,
                        "date_timex": date_timex,
                        "speaker": spk,
                        "trigger": trigger_tokens.text,
                        "evidence": self._evidence(tok, src, tgt),
                        "cameo": entry.cameo,
                        "rule": entry.id,
                        "confidence": round(confidence, 3),
                        "trigger_start": trigger_tokens.start_char,
                        "trigger_end": trigger_tokens.end_char,
                        "sentence_start": sent.start_char,
                        "sentence_end": sent.end_char,
                    }
                )
        return out

    def _trigger_span(self, tok: Token, entry: TriggerEntry) -> Span:
        doc = tok.doc
        start = end = tok.i
        for child in tok.children:
            if child.dep_.startswith("aux") and child.i < tok.i and tok.i - child.i <= 3:
                start = min(start, child.i)
            if child.dep_ == "advmod" and normalize_apostrophes(child.lower_) in ("ne", "n'") :
                start = min(start, child.i)
        words = len(entry.lemma.replace("s'", "").replace("se ", "").split())
        end = min(len(doc) - 1, tok.i + words - 1) if words > 1 else end
        return doc[start:end + 1]

    def _evidence(self, tok: Token, src: _Arg, tgt: _Arg | None) -> str:
        doc = tok.doc
        indices = [tok.i, src.token] + ([tgt.token] if tgt else [])
        sent = tok.sent
        start = max(sent.start, min(indices))
        end = min(sent.end, max(indices) + 1)
        # extend to the end of the target's phrase
        if tgt is not None:
            end = min(sent.end, max(end, doc[tgt.token].right_edge.i + 1))
        span = doc[start:end]
        text = span.text.strip()
        return text if len(text) <= 300 else text[:297] + "..."

    # ----------------------------------------------------------- arguments

    def _slot_tokens(self, tok: Token, slot: str) -> list[Token]:
        """Tokens that fill ``slot`` for trigger ``tok``."""
        found = []
        if slot in ("obj", "iobj"):
            for child in tok.children:
                if child.dep_ == slot or (slot == "obj" and child.dep_ == "obj" ):
                    found.append(child)
            return found
        prep_words = slot.split()
        for child in tok.children:
            if child.dep_ not in ("obl", "obl:arg", "obl:mod", "nmod", "iobj", "obj", "dep", "conj", "acl", "appos"):
                continue
            cases = [normalize_apostrophes(c.lower_) for c in child.children if c.dep_ in _PREP_CASES and c.i < child.i]
            if not cases:
                continue
            if prep_words[0] in cases or " ".join(cases) == slot or (slot == "de" and cases[0] in ("des", "du", "d'")) or (slot == "à" and cases[0] in ("au", "aux")):
                found.append(child)
        return found

    def _actors_in(self, ctx: "_Context", token: Token, depth: int = 2) -> list[_Arg]:
        """Actors a target or source phrase refers to, with its coordinated conjuncts.

        "aux représentants de l'OTAN et des États-Unis" gives both
        organisations; "les ambassadeurs d'Allemagne, de Belgique" gives each
        country.
        """
        args: list[_Arg] = []
        ref = ctx.actor_at(token.i)
        if ref:
            args.append(_Arg(ref, token.i))
        for conj in _conjuncts(token):
            r = ctx.actor_at(conj.i)
            if r:
                args.append(_Arg(r, conj.i))
        if args or depth == 0:
            return _unique(args)
        # descend into the noun phrase: "les représentants de l'OTAN"
        for child in token.children:
            if child.dep_ in ("nmod", "appos", "amod", "det", "conj") and child.i != token.i:
                if child.dep_ == "det" and child.lemma_.lower() not in ("son", "leur", "notre"):
                    continue
                args.extend(self._actors_in(ctx, child, depth - 1))
        return _unique(args)

    def _subject_of(self, ctx: "_Context", verb: Token, seen: int = 0) -> tuple[list[_Arg], bool]:
        """Source actors of a verb, climbing through control, coordination and relatives.

        Returns ``(args, passive)``: ``passive`` is true when the subject is a
        ``nsubj:pass`` (the patient).
        """
        if seen > 4:
            return [], False
        agent = [c for c in verb.children if c.dep_ == "obl:agent"]
        if agent:
            return self._actors_in(ctx, agent[0]), False
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubj:pass"):
                passive = child.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in verb.children)
                if normalize_apostrophes(child.lower_) in _RELATIVE_PRONOUNS and verb.dep_.startswith("acl"):
                    return self._actors_in(ctx, verb.head), passive
                args = self._actors_in(ctx, child)
                if not args and normalize_apostrophes(child.lower_) in _FIRST_PERSON:
                    speaker = self._speaker(ctx, verb)
                    if speaker:
                        args = [_Arg(ctx.state_of(speaker), child.i)]
                return args, passive
        # no subject: control ("a décidé de sanctionner"), coordination, participle clauses
        head = verb.head
        if head == verb:
            return [], False
        if verb.dep_ in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            return self._subject_of(ctx, head, seen + 1)
        if verb.dep_ in ("acl", "acl:relcl") and head.pos_ in ("NOUN", "PROPN"):
            # "un projet d'accord appelant à ..." : the noun's own source
            args = self._actors_in(ctx, head)
            if args:
                return args, False
            if head.head != head and head.head.pos_ in ("VERB", "AUX"):
                return self._subject_of(ctx, head.head, seen + 1)
        return [], False

    def _verb_args(self, ctx: "_Context", tok: Token, entry: TriggerEntry) -> tuple[list[_Arg], list[_Arg]]:
        subjects, passive = self._subject_of(ctx, tok)
        targets: list[_Arg] = []
        for slot in entry.targets:
            for filler in self._slot_tokens(tok, slot):
                targets.extend(self._actors_in(ctx, filler))
            if targets:
                break
        if passive:
            agent = [c for c in tok.children if c.dep_ == "obl:agent"]
            patients = [c for c in tok.children if c.dep_ == "nsubj:pass"]
            if agent:
                sources = self._actors_in(ctx, agent[0])
                pat: list[_Arg] = []
                for p in patients:
                    pat.extend(self._actors_in(ctx, p))
                return sources, pat or targets
            # no agent: the patient is the target, the source is unknown
            return [], subjects
        return subjects, targets

    def _noun_args(self, ctx: "_Context", tok: Token, entry: TriggerEntry) -> tuple[list[_Arg], list[_Arg]]:
        sources: list[_Arg] = []
        targets: list[_Arg] = []
        # targets: "entre X et Y" gives both sides
        for slot in entry.targets:
            if slot == "entre":
                continue
            for filler in self._slot_tokens(tok, slot):
                targets.extend(self._actors_in(ctx, filler))
            if targets:
                break
        between = self._between(ctx, tok)
        for slot in entry.sources:
            if slot == "poss":
                for child in tok.children:
                    if child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
                        ref = ctx.actor_at(child.i)
                        if ref:
                            sources.append(_Arg(ref, child.i))
            elif slot == "amod":
                for child in tok.children:
                    if child.dep_ == "amod":
                        code = ctx.demonym_actor(child)
                        if code:
                            sources.append(_Arg(code, child.i))
            elif slot in ("de", "par"):
                for filler in self._slot_tokens(tok, slot):
                    args = self._actors_in(ctx, filler)
                    sources.extend(a for a in args if a.actor not in {t.actor for t in targets})
            if sources:
                break
        if not sources and len(between) >= 2:
            sources, targets = [between[0]], between[1:]
        elif not sources:
            governor = tok.head
            if tok.dep_ in ("obj", "nsubj:pass", "obl:arg", "obl", "obl:mod", "xcomp") and governor.pos_ in ("VERB", "AUX"):
                sources, _ = self._subject_of(ctx, governor)
            elif tok.dep_ in ("nmod",) and governor.pos_ == "NOUN":
                # "l'expansion de l'alliance": not our source; "ses demandes d'engagements"
                for child in governor.children:
                    if child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
                        ref = ctx.actor_at(child.i)
                        if ref:
                            sources.append(_Arg(ref, child.i))
            if between and not targets:
                targets = [b for b in between if b.actor not in {s.actor for s in sources}]
        return _unique(sources), _unique(targets)

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

    # ------------------------------------------------ modality and polarity

    def _modality(self, tok: Token, entry: TriggerEntry) -> str:
        if entry.pos == "NOUN":
            for child in tok.children:
                lemma = child.lemma_.lower()
                low = child.lower_
                if low in self.hypothetical_adj or lemma in self.hypothetical_adj:
                    return "hypothetical"
                if low in self.future_adj or lemma in self.future_adj:
                    return "future"
            verb = clause_verb(tok)
        else:
            verb = tok
        if verb is None:
            return "asserted"
        modality = "asserted"
        current: Token | None = verb
        for _ in range(4):
            if current is None:
                break
            lemma = current.lemma_.lower()
            tense = verb_tense(current)
            if current != verb and lemma in self.hypothetical:
                return "hypothetical"
            if any(c.lower_ == "si" and c.dep_ == "mark" for c in current.children):
                return "hypothetical"
            if current != verb and lemma in self.future:
                modality = "future"
            if lemma == "pouvoir" or any(c.lemma_ == "pouvoir" and c.dep_.startswith("aux") for c in current.children):
                return "hypothetical"
            if tense in ("future", "conditional"):
                if tense == "conditional" and current.dep_ in ("ROOT",) and not any(c.dep_ in ("ccomp",) for c in current.children):
                    # a conditional main clause reports a possibility
                    return "hypothetical" if lemma in ("pouvoir",) else "future"
                modality = "future"
                break
            if tense in ("past", "present"):
                break
            if current.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or current.head == current:
                break
            current = current.head
        return modality

    def _polarity(self, tok: Token) -> str:
        verb = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
        checks = [tok]
        if verb is not None and verb != tok:
            checks.append(verb)
        for holder in checks:
            for child in holder.children:
                if child.dep_ in ("advmod", "det", "cc", "advmod:neg") and (
                    normalize_apostrophes(child.lower_).rstrip("'") in self.negation or child.lemma_.lower() in self.negation
                ):
                    if child.lower_ in ("non", "plus") and child.dep_ != "advmod":
                        continue
                    return "negative"
        # "ne présentait aucun ultimatum": the negative determiner of the object
        if tok.pos_ == "NOUN":
            for child in tok.children:
                if child.dep_ == "det" and child.lemma_.lower() in ("aucun", "nul"):
                    return "negative"
        if verb is not None:
            for child in verb.children:
                if child.dep_ in ("obj",) :
                    for det in child.children:
                        if det.dep_ == "det" and det.lemma_.lower() in ("aucun", "nul"):
                            return "negative"
        return "positive"

    # ------------------------------------------------------------- speaker

    def _speaker(self, ctx: "_Context", tok: Token) -> str | None:
        """The actor who reports the clause of ``tok``, if any."""
        current = tok
        for _ in range(8):
            head = current.head
            if head == current:
                break
            if head.lemma_.lower() in self.speech and current.dep_ in ("ccomp", "parataxis", "xcomp", "obj", "advcl", "dep", "conj"):
                subjects = [c for c in head.children if c.dep_ in ("nsubj",)]
                objects = [c for c in head.children if c.dep_ in ("obj", "nsubj:pass") and c.i > head.i and c.pos_ == "PROPN"]
                for cand in subjects + objects:
                    ref = ctx.actor_at(cand.i)
                    if ref:
                        return ref
            current = head
        return ctx.quote_speaker(tok)


class _Context:
    """Per-document lookups: token → actor ref, demonyms, time expressions, quotes."""

    def __init__(
        self,
        doc: Doc,
        actors: list[Mapping[str, Any]],
        mentions: list[Mapping[str, Any]],
        timexes: list[Mapping[str, Any]],
        speech: frozenset[str],
    ) -> None:
        from ..resources import make_gazetteer

        self.doc = doc
        self.speech = speech
        self.gaz = make_gazetteer()
        self.actors = {a["ref"]: a for a in actors}
        self.country_ref = {a["code"]: a["ref"] for a in actors if a["kind"] == "COUNTRY"}
        self.token_actor: dict[int, str] = {}
        for m in mentions:
            if not m.get("actor"):
                continue
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.token_actor.setdefault(t.i, m["actor"])
        self.timexes = timexes
        self.timex_tokens: list[tuple[int, int, int]] = []  # (start token, end token, timex index)
        for index, t in enumerate(timexes):
            span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
            if span is not None:
                self.timex_tokens.append((span.start, span.end, index))
        self._quote_speakers: dict[int, str | None] | None = None

    def actor_at(self, i: int) -> str | None:
        return self.token_actor.get(i)

    def state_of(self, ref: str) -> str:
        """The country a person acts for, when known ("Nous" said by Lavrov is Russia)."""
        actor = self.actors.get(ref)
        if actor and actor["kind"] == "PERSON" and actor.get("country") in self.country_ref:
            return self.country_ref[actor["country"]]
        return ref

    def demonym_actor(self, tok: Token) -> str | None:
        code = self.gaz.demonym(tok.text)
        return self.country_ref.get(code) if code else None

    def date_for(self, tok: Token) -> int | None:
        """Index of the time expression of ``tok``'s clause, if any.

        The value itself is resolved later, against the publication date.
        """
        sent = tok.sent
        in_sentence = [t for t in self.timex_tokens if sent.start <= t[0] < sent.end]
        if not in_sentence:
            return None
        verb = clause_verb(tok) if tok.pos_ != "VERB" else tok
        for start, end, index in in_sentence:
            root = self.doc[start:end].root
            if clause_verb(root) == verb or root.head == tok or root.head.head == tok:
                return index
        return None

    def quote_speaker(self, tok: Token) -> str | None:
        """Speaker of the quotation ``tok`` sits in ("« ... », a ajouté Lavrov")."""
        if self._quote_speakers is None:
            self._quote_speakers = {}
        doc = self.doc
        # find the enclosing quotation
        open_i = None
        for i in range(tok.i, max(-1, tok.sent.start - 60), -1):
            if doc[i].text in _QUOTE_CLOSE and i != tok.i and doc[i].text != '"':
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
            if t.lemma_.lower() in self.speech or t.pos_ == "VERB" and t.lemma_.lower() in self.speech:
                for c in t.children:
                    if c.dep_ in ("nsubj", "obj") and self.actor_at(c.i):
                        return self.actor_at(c.i)
                # inverted subject right after the verb
                nxt = t.i + 1
                while nxt < len(doc) and doc[nxt].is_punct:
                    nxt += 1
                if nxt < len(doc) and self.actor_at(nxt):
                    return self.actor_at(nxt)
        return None


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _unique(args: list[_Arg]) -> list[_Arg]:
    seen = set()
    out = []
    for a in args:
        if a.actor in seen:
            continue
        seen.add(a.actor)
        out.append(a)
    return out
