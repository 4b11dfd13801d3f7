"""How an event is told: its modality and polarity, and whether the word tells an event at all.

* **modality** from the clause and the clauses above it: future and
  conditional tenses, "devoir", "aller", "pouvoir", governing verbs of plans
  ("vouloir", "envisager") or of possibilities, adjectives on a noun
  ("prochain", "éventuel"), "si" clauses;
* **polarity** from negation ("ne ... pas", "aucun", "ni", "sans"), but not
  from restriction ("ne ... que"); a negated governing verb negates the
  governed action ("ne veut pas négocier");
* a meeting that a verb **cancels** ("a annulé la réunion") is future and
  negative (specification §6);
* words that do not tell an event here: an **aspectual** verb before its
  infinitive ("cesser de financer" tells the financing), a trigger inside the
  "que" clause of a **content noun** ("une garantie qu'elle n'attaquera pas"),
  a noun in an **idiom** without a complement ("vidéo à la demande", "sur
  demande", but "à la demande de X" asks), and every trigger of a **sports report** (at least 1.5% of its words, and
  three distinct ones, are sports words: "X bat Y", "se retire du tournoi",
  "offre une médaille au Brésil" tell results, not events).

The cue lists come from ``resources/cues.tsv``.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_ALPHA, LEMMA
from spacy.tokens import Doc, Token

from ..resources import EventLexicon, TriggerEntry
from .clauses import clause_verb, verb_lemma, verb_tense
from .normalize import normalize_apostrophes
from .slots import case_words
from .triggers import content_words

__all__ = ["EventCues", "governing_verb"]

_NEGATIVE_WORDS = ("aucun", "nul", "jamais", "rien", "personne")
_SPORTS_SHARE = 0.015
_LEMMA_MEMO_SIZE = 100_000  # lemmas remembered by sports_report before the memo is emptied
_SPORTS_WORDS = 3


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is an argument of ("tiendrait des *pourparlers*"), if any.

    A noun deeper in a phrase ("les pourparlers sur ses *demandes*") takes
    neither the tense nor the negation of the clause.
    """
    head = noun.head
    if head != noun and head.pos_ in ("VERB", "AUX") and noun.dep_ in ("obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "iobj", "xcomp"):
        return head
    return None


class EventCues:
    """The cue lists of the lexicon, and the readings of modality and polarity they drive.

    Parameters
    ----------
    lexicon : EventLexicon
    """

    def __init__(self, lexicon: EventLexicon) -> None:
        self.speech = lexicon.cue("speech")
        self.future = lexicon.cue("future")
        self.hypothetical = lexicon.cue("hypothetical")
        self.negation = lexicon.cue("negation")
        self.future_adj = lexicon.cue("future_adj")
        self.hypothetical_adj = lexicon.cue("hypothetical_adj")
        self.cancel = lexicon.cue("cancel")
        self.refuse = lexicon.cue("refuse")
        self.rejects_when_negated = lexicon.cue("rejects_when_negated")
        self.content_nouns = lexicon.cue("content_noun")
        self.aspectual = lexicon.cue("aspectual")
        # "à la demande": the words before the noun, then the noun, for nouns that tell nothing without a complement
        self.idioms = {tuple(phrase.split()) for phrase in lexicon.cue("idiom")}
        # "prendre part", "prendre la parole": a verb and its bare object noun that make an idiom
        self.verb_idioms = {tuple(phrase.split()) for phrase in lexicon.cue("verb_idiom")}
        self.sport = lexicon.cue("sport")
        self._sport_lemmas: dict[int, bool] = {}  # LEMMA hash → is it a sports word (see sports_report)

    def modality(self, tok: Token, entry: TriggerEntry) -> str:
        """``asserted``, ``future`` or ``hypothetical`` for the event ``tok`` tells."""
        if entry.modality:
            return entry.modality
        if entry.pos == "NOUN":
            holders = [tok] + ([tok.head] if tok.dep_ in ("nmod", "obl:arg") and tok.head.pos_ == "NOUN" else [])
            for holder in holders:
                for child in holder.children:
                    words = {child.lemma_.lower(), child.lower_}
                    if words & self.hypothetical_adj:
                        return "hypothetical"
                    if words & self.future_adj:
                        return "future"
            verb = governing_verb(tok)
        else:
            verb = tok
        modality = "asserted"
        current = verb
        for _ in range(5):
            if current is None:
                break
            # the verb a noun is the subject of says nothing of its modality ("la frappe a visé ...")
            lemma = "" if entry.pos == "NOUN" and current == verb and tok.dep_ == "nsubj" else verb_lemma(current)
            if current != tok and lemma in ("avoir", "voir"):
                # "n'a aucun intérêt à attaquer", parsed as an adverbial clause of "avoir": its object noun governs
                lemma = next((c.lemma_.lower() for c in current.children if c.dep_ == "obj" and c.pos_ == "NOUN"), lemma)
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
                reported = current.dep_ in ("ccomp", "xcomp", "parataxis", "advcl") or verb_lemma(current.head) in self.speech
                return "future" if reported else "hypothetical"
            if tense in ("past", "present") and not infinitive:
                break
            if current.head == current or current.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "obj", "acl", "obl:arg"):
                break
            current = current.head
        return modality

    def polarity(self, tok: Token, entry: TriggerEntry) -> str:
        """``negative`` when the text says the action does not or will not happen, else ``positive``."""
        if entry.polarity:
            return entry.polarity
        holders = [tok]
        verb = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
        if verb is not None and verb != tok:
            holders.append(verb)
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
            # "n'avait aucune intention d'attaquer": the noun the infinitive completes, and its verb
            holders.append(tok.head)
            verb = governing_verb(tok.head)
            if verb is not None:
                holders.append(verb)
        elif tok.dep_ in ("advcl", "xcomp") and tok.head != tok:
            # "n'a aucun intérêt à attaquer", the infinitive hung on "avoir": the noun of intent is the object
            nouns = [c for c in tok.head.children if c.dep_ == "obj" and c.lemma_.lower() in self.future | self.hypothetical]
            if nouns:
                holders += [nouns[0], tok.head]
        current = verb
        for _ in range(2):  # a negated governing verb negates the governed action ("ne veut pas négocier")
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
                c.lemma_.lower() in _NEGATIVE_WORDS for c in holder.subtree if 0 < c.i - holder.i < 6
            ):
                return "negative"  # "ne présentait aux États-Unis aucun ultimatum"
        for child in tok.children:
            if child.dep_ == "det" and child.lemma_.lower() in ("aucun", "nul"):
                return "negative"
            if child.dep_ == "case" and child.lower_ == "sans":
                return "negative"
        return "positive"

    def cancelled(self, tok: Token) -> bool:
        """"a annulé la réunion": a cancelled meeting is future and negative (spec §6).

        So is an action a verb of refusal governs ("refuse de négocier", "a renoncé à
        attaquer"), unless that verb is negated ("ne refuse pas de négocier").
        """
        if tok.dep_ in ("obj", "nsubj:pass") and verb_lemma(tok.head) in self.cancel:
            return True
        head = tok.head
        return (
            tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "obl:arg", "ccomp") and head != tok and verb_lemma(head) in self.refuse
            and case_words(tok)[:1] in (["de"], ["d'"], ["à"]) and not self._negated(head)
        )

    def possible(self, tok: Token) -> bool:
        """"n'exclut pas d'attaquer": an action a negated verb of exclusion governs is possible (hypothetical, positive)."""
        head = tok.head
        return (
            tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "obl:arg", "ccomp") and head != tok and verb_lemma(head) in self.refuse
            and self._negated(head)
        )

    def _negated(self, verb: Token) -> bool:
        return any(normalize_apostrophes(c.lower_) in ("ne", "n'") for c in verb.children) and any(
            normalize_apostrophes(c.lower_) in self.negation - {"ne", "n'"} for c in verb.children
        )

    def rejects(self, entry: TriggerEntry) -> bool:
        """"n'acceptera pas les pourparlers" is a rejection."""
        return content_words(entry.lemma)[0] in self.rejects_when_negated

    def sports_report(self, doc: Doc) -> bool:
        """Is ``doc`` a sports report (at least 1.5% of its words, three distinct ones, are sports words)?"""
        if not len(doc) or not self.sport:
            return False
        values = doc.to_array([LEMMA, IS_ALPHA])
        words = values[values[:, 1] == 1, 0]
        if not len(words):
            return False
        hashes, counts = numpy.unique(words, return_counts=True)
        hits = [n for h, n in zip(hashes.tolist(), counts.tolist()) if self._is_sport_lemma(doc, h)]
        return len(hits) >= _SPORTS_WORDS and sum(hits) >= _SPORTS_SHARE * len(words)

    def _is_sport_lemma(self, doc: Doc, lemma: int) -> bool:
        """Is the lemma of hash ``lemma`` a sports word? Remembered per lemma."""
        known = self._sport_lemmas.get(lemma)
        if known is None:
            if len(self._sport_lemmas) >= _LEMMA_MEMO_SIZE:
                self._sport_lemmas.clear()  # a long run meets ever more lemmas: keep the memory flat
            known = self._sport_lemmas[lemma] = doc.vocab.strings[lemma].lower() in self.sport
        return known

    def tells_no_event(self, tok: Token) -> bool:
        """An aspectual verb before its infinitive, a trigger inside a content noun's "que" clause, an idiom."""
        return self._aspectual(tok) or self._in_content_clause(tok) or self._idiom(tok) or self._verb_idiom(tok)

    def _verb_idiom(self, tok: Token) -> bool:
        """"y prenant part", "a pris la parole": a verb whose object noun makes an idiom with it tells no event of its own."""
        if tok.pos_ != "VERB":
            return False
        lemma = verb_lemma(tok)
        return any(
            (lemma, c.lemma_.lower()) in self.verb_idioms for c in tok.children
            if c.dep_ == "obj" and c.pos_ == "NOUN" and not any(g.dep_ == "nmod" for g in c.children)
        )

    def _idiom(self, tok: Token) -> bool:
        """"vidéo à la demande": a noun in a fixed phrase, without a complement of its own."""
        if tok.pos_ != "NOUN" or any(c.dep_ == "nmod" and c.i > tok.i for c in tok.children):
            return False
        doc = tok.doc
        for phrase in self.idioms:
            start = tok.i - len(phrase) + 1
            if start >= 0 and tuple(normalize_apostrophes(t.lower_) for t in doc[start:tok.i + 1]) == phrase:
                return True
        return False

    def _aspectual(self, tok: Token) -> bool:
        """"arrêter d'envoyer", "cesser de financer": the verb marks an aspect, not an act."""
        if tok.pos_ != "VERB" or verb_lemma(tok) not in self.aspectual:
            return False
        return any(
            c.dep_ in ("xcomp", "ccomp", "obl:arg", "advcl") and c.pos_ == "VERB"
            and case_words(c)[:1] in (["de"], ["d'"], ["à"])
            for c in tok.children
        )

    def _in_content_clause(self, tok: Token) -> bool:
        """Is the trigger in the "que" clause of a noun stating a content ("une garantie qu'elle n'acceptera pas")?"""
        verb = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
        if verb is None or verb.dep_ not in ("acl", "acl:relcl", "ccomp"):
            return False
        has_que = any(normalize_apostrophes(c.lower_) in ("que", "qu'") for c in verb.children if c.i < verb.i)
        return has_que and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in self.content_nouns
