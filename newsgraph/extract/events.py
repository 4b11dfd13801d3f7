"""Events: who did what to whom, when, and how sure, over the dependency parse.

The work is split along its three steps:

1. **triggers** (:mod:`newsgraph.extract.triggers`): the words the event
   lexicon holds, each with its row (type, CAMEO code, frame);
2. **arguments** (:mod:`newsgraph.extract.arguments`): one finder per French
   construction gives the sources and the targets;
3. **assembly** (this module): one event per source and target, or both
   directions of a reciprocal action, or a targetless event where the row
   says the action stands alone (``monadic``); then the modality, polarity,
   date, speaker (:mod:`newsgraph.extract.event_attributes`), evidence and
   confidence of each.

Each event is a plain dict ready for :class:`newsgraph.types.Event`. Its
``rule`` is ``<lexicon row>/<source finder>/<target finder>`` ("lex:verb:
accuser/subject/frame"; ``none`` for no target), so every event tells which
row and which constructions produced it; its ``confidence`` is the share of
right events, on the dev gold, among events of the same raw score (the row's
prior times the reliability of those constructions: ``finders.tsv``,
``calibration.tsv``, :meth:`newsgraph.resources.EventLexicon.calibrated`).
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from spacy.tokens import Doc, Span

from ..resources import EventLexicon, Gazetteer, make_gazetteer
from .arguments import (
    adverbial_noun,
    between,
    followers,
    noun_frame,
    noun_sources,
    noun_targets,
    reciprocal_pairs,
    reporter,
    two_de_complements,
    verb_sources,
    verb_targets,
)
from .event_attributes import EventCues
from .event_context import Arg, EventContext
from .header import doc_header
from .slots import case_words
from .triggers import Trigger, TriggerFinder

__all__ = ["EventExtractor"]

_SYMMETRIC_TYPES = {"CONSULT", "COOPERATE"}
_MAX_EVIDENCE = 300
_ALLEGED_TYPES = ("ASSAULT", "COERCE")
_DETENTION_CODE = "173"  # CAMEO: arrest, detain


class EventExtractor:
    """Extracts events from a ``Doc`` given its actor mentions and time expressions.

    Parameters
    ----------
    lexicon : EventLexicon
        Trigger rows, cue words and construction reliabilities.
    gazetteer : Gazetteer, optional
        For nationality adjectives, capitals and places; the bundled one by default.
    """

    def __init__(self, lexicon: EventLexicon, gazetteer: Gazetteer | None = None) -> None:
        self.lex = lexicon
        self.gaz = gazetteer or make_gazetteer()
        self.triggers = TriggerFinder(lexicon)
        self.cues = EventCues(lexicon)
        self._priors = {entry.id: entry.confidence for entry in lexicon}

    def __call__(
        self,
        doc: Doc,
        actors: list[Mapping[str, Any]],
        mentions: list[Mapping[str, Any]],
        timexes: list[Mapping[str, Any]],
        body_start: int = 0,
    ) -> list[dict[str, Any]]:
        """Event dicts for ``doc`` (``date_timex`` indexes ``timexes``)."""
        if self.cues.sports_report(doc):
            return []  # results, not events (event_attributes)
        ctx = EventContext(doc, actors, mentions, timexes, self.gaz, self.lex)
        events: list[dict[str, Any]] = []
        seen: set[tuple[Any, ...]] = set()

        def keep(found: Iterable[dict[str, Any]]) -> None:
            for event in found:
                key = (event["type"], event["source"], event["target"], event["trigger_start"])
                if key not in seen:
                    seen.add(key)
                    events.append(event)

        found = []
        for trigger in self.triggers(doc, body_start):
            evs = self._events_for(ctx, trigger)
            ctx.prior_events.extend(
                (trigger.token.i, e["type"], e["source"]) for e in evs if e["modality"] == "asserted" and e["polarity"] == "positive"
            )
            found.append((trigger, evs))
        told = {t.token.i: t.entry.type for t, evs in found if t.is_verb and evs}
        for trigger, evs in found:
            if not (not trigger.is_verb and _told_by_its_verb(trigger, told)):
                keep(evs)
        header = doc_header(doc)
        if header.title_start is not None:
            title = doc.char_span(header.title_start, header.title_end, alignment_mode="expand")
            if title is not None:
                keep(self._headline_events(ctx, title))
        keep(self._allegations(ctx, events))
        return events

    # ------------------------------------------------------------ pairing

    def _arguments(self, ctx: EventContext, trigger: Trigger) -> tuple[list[Arg], list[Arg], list[Arg]]:
        """Sources, targets, and the actors of an "entre X et Y" (nouns only)."""
        tok, entry = trigger.token, trigger.entry
        if trigger.is_verb:
            sources = verb_sources(ctx, tok)
            targets = verb_targets(ctx, tok, entry, {s.actor for s in sources}) if sources else []
            if targets:  # "suivie par la France": those who did the same
                sources = sources + [f for f in followers(ctx, tok) if f.actor not in {t.actor for t in targets}]
            return sources, targets, []
        sources, targets = two_de_complements(ctx, tok, entry)
        if not sources:
            sources, targets = adverbial_noun(ctx, tok, entry)
        if sources:
            return sources, targets, []
        # the frame's actors first, so that "l'invasion de l'Ukraine par la Russie" takes its source from "par";
        # then without them, so that "a organisé l'évacuation de ses ressortissants" keeps its possessor.
        # A "de" that is both a source and a target slot names the doer ("a annoncé la démission de X")
        both_de = "de" in entry.sources and "de" in entry.targets
        framed = {a.actor for a in noun_frame(ctx, tok, entry, set()) if not (both_de and a.finder == "frame" and _via_de(tok, a))}
        sources = noun_sources(ctx, tok, entry, framed) or noun_sources(ctx, tok, entry, set())
        mutual = between(ctx, tok)
        sides = {a.actor for a in mutual}
        if len(mutual) >= 2 and (not sources or ("entre" in entry.targets and {s.actor for s in sources} <= sides)):
            return [], [], mutual  # "entre X et Y"; "les affrontements sino-indiens", a row that takes "entre"
        targets = noun_targets(ctx, tok, entry, {s.actor for s in sources})
        return sources, targets, []

    def _pairs(self, ctx: EventContext, trigger: Trigger) -> list[tuple[Arg, Arg | None]]:
        """The (source, target) pairs of one trigger; ``None`` as target for a monadic event."""
        entry = trigger.entry
        sources, targets, mutual = self._arguments(ctx, trigger)
        pairs: list[tuple[Arg, Arg | None]] = [(s, t) for s in sources for t in targets if s.actor != t.actor]
        if entry.type not in _SYMMETRIC_TYPES:
            # the conjuncts of one phrase ("les rachats de Pixar, Marvel et Lucasfilm", "X et Y, malgré leur
            # opposition") are on one side of the event; co-subjects of a mutual verb are the exception
            co_sources = {s.actor for s in sources}
            pairs = [
                (s, t) for s, t in pairs
                if t is None or t.finder == "subject" or not (ctx.coordinated(s.actor, t.token) or t.actor in co_sources)
            ]
        if targets:
            if entry.type == "RETREAT":
                # a person leaving a country travels; RETREAT is leaving a treaty, a body, a territory
                pairs = [(s, t) for s, t in pairs if not (t is not None and ctx.is_country(t.actor) and ctx.kind(s.actor) == "PERSON")]
            if entry.cameo.startswith(_DETENTION_CODE):
                # people are arrested and held; an organisation "held" is owned ("Disney va détenir les sociétés X")
                pairs = [(s, t) for s, t in pairs if not (t is not None and ctx.kind(t.actor) == "ORGANISATION")]
            return pairs
        reciprocal = reciprocal_pairs(ctx, entry, sources, mutual)
        if reciprocal:
            if entry.type in _SYMMETRIC_TYPES:
                # once: either direction scores ("franco-allemande" gives both sides on one token)
                reciprocal = [(a, b) for a, b in reciprocal if (a.token, a.actor) < (b.token, b.actor)]
            return reciprocal
        if entry.monadic:
            return [(s, None) for s in sources]
        return []

    def _events_for(self, ctx: EventContext, trigger: Trigger) -> list[dict[str, Any]]:
        tok, entry = trigger.token, trigger.entry
        if self.cues.tells_no_event(tok):
            return []
        pairs = self._pairs(ctx, trigger)
        if not pairs:
            return []
        modality = self.cues.modality(tok, entry)
        polarity = self.cues.polarity(tok, entry)
        date_timex = ctx.date_for(tok)
        if modality == "asserted" and ctx.points_ahead(date_timex):
            modality = "future"  # "les pourparlers ... le mois prochain"
        if self.cues.cancelled(tok):
            modality, polarity = "future", "negative"
        elif self.cues.possible(tok):
            modality, polarity = "hypothetical", "positive"  # "n'exclut pas d'attaquer"
        event_type, cameo = entry.type, entry.cameo
        if polarity == "negative" and self.cues.rejects(entry):
            event_type, cameo, polarity = "REJECT", "12", "positive"  # "n'acceptera pas les pourparlers"
        speaker = reporter(ctx, tok)
        span = trigger.span()
        out = []
        for src, tgt in pairs:
            rule = f"{entry.id}/{src.finder or 'frame'}/{tgt.finder if tgt else 'none'}"
            out.append(self._record(ctx, tok.i, span, event_type, cameo, src, tgt, modality, polarity, rule,
                                    self._confidence(entry.confidence, src, tgt), speaker=speaker, date_timex=date_timex))
        return out

    def _confidence(self, prior: float, src: Arg, tgt: Arg | None) -> float:
        """The calibrated share of right events among those of the same raw score (row prior × finder weights)."""
        return self.lex.calibrated(self.lex.score(prior, src.finder, tgt.finder if tgt else None))

    # --------------------------------------------------------- derived events

    def _headline_events(self, ctx: EventContext, title: Span) -> list[dict[str, Any]]:
        """"Italie : l'Union européenne menace le pays de sanctions" read as a noun phrase."""
        out = []
        for trigger, left, right in self.triggers.headline(title, lambda i: bool(ctx.actor_at(i))):
            source, target = ctx.actor_at(left), ctx.actor_at(right)
            if source is None or target is None or ctx.same_side(source, target):
                continue
            entry = trigger.entry
            src, tgt = Arg(source, left, "headline"), Arg(target, right, "headline")
            tok = trigger.token
            out.append(self._record(ctx, tok.i, tok.doc[tok.i:tok.i + 1], entry.type, entry.cameo, src, tgt, "asserted", "positive",
                                    f"{entry.id}/headline/headline", self._confidence(entry.confidence, src, tgt)))
        return out

    def _allegations(self, ctx: EventContext, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """"La CIA a conclu que le gouvernement russe a piraté des serveurs": reporting
        an attack or a coercion by someone else is accusing them."""
        out = []
        for event in events:
            speaker = event.get("speaker")
            if not speaker or event["type"] not in _ALLEGED_TYPES or event["polarity"] != "positive":
                continue
            if not event["rule"].startswith("lex:verb:") or ctx.same_side(speaker, event["source"]):
                continue  # a noun ("ses frappes") or one's own side's action is reported, not alleged
            row = event["rule"].split("/")[0]
            prior = self._priors.get(row, 0.5)
            out.append(dict(event, type="ACCUSE", cameo="112", source=speaker, target=event["source"], speaker=None,
                            modality="asserted", rule=f"{row}/speaker/allegation",
                            confidence=round(self._confidence(prior, Arg(speaker, 0, "speaker"), Arg(event["source"], 0, "allegation")), 3)))
        return out

    # ----------------------------------------------------------------- record

    def _record(
        self,
        ctx: EventContext,
        i: int,
        trigger: Span,
        event_type: str,
        cameo: str,
        src: Arg,
        tgt: Arg | None,
        modality: str,
        polarity: str,
        rule: str,
        confidence: float,
        *,
        speaker: str | None = None,
        date_timex: int | None = None,
    ) -> dict[str, Any]:
        sent = ctx.doc[i].sent
        return {
            "type": event_type,
            "source": src.actor,
            "target": tgt.actor if tgt else None,
            "modality": modality,
            "polarity": polarity,
            "date_timex": date_timex,
            "speaker": speaker if speaker != src.actor else None,
            "trigger": trigger.text,
            "evidence": _evidence(ctx.doc, i, src, tgt),
            "cameo": cameo,
            "rule": rule,
            "confidence": round(confidence, 3),
            "trigger_start": trigger.start_char,
            "trigger_end": trigger.end_char,
            "sentence_start": sent.start_char,
            "sentence_end": sent.end_char,
        }


def _via_de(noun: Any, arg: Arg) -> bool:
    """Was ``arg`` found in a "de" complement of ``noun``?"""
    tok = noun.doc[arg.token]
    while tok.head != tok and tok.head != noun:
        tok = tok.head
    return tok.head == noun and case_words(tok)[:1] in (["de"], ["du"], ["des"], ["d'"])


def _told_by_its_verb(trigger: Trigger, verb_types: Mapping[int, str]) -> bool:
    """"ont conclu un traité", "a signé un accord": a verb of the same type already told the noun's event."""
    tok = trigger.token
    return tok.dep_ in ("obj", "obl:arg", "nsubj:pass") and verb_types.get(tok.head.i) == trigger.entry.type


def _evidence(doc: Doc, i: int, src: Arg, tgt: Arg | None) -> str:
    """The part of the sentence from the first to the last of trigger, source and target (at most 300 characters)."""
    sent = doc[i].sent
    indices = [i, src.token] + ([tgt.token] if tgt else [])
    start = max(sent.start, min(indices))
    end = min(sent.end, max(indices) + 1)
    if tgt is not None and tgt.token >= i:
        end = min(sent.end, max(end, doc[tgt.token].right_edge.i + 1))
    text = " ".join(doc[start:end].text.split())
    return text if len(text) <= _MAX_EVIDENCE else text[: _MAX_EVIDENCE - 3] + "..."
