"""Trigger lookup: which words of a ``Doc`` tell an event, and which lexicon row each one is.

A verb is looked up by its lemma, a noun by its lemma or its lower-case form
(:class:`newsgraph.resources.EventLexicon`). A row of several words ("mettre en
garde", "porter plainte") fits when its other words follow the head word; a
reflexive row ("se retirer") fits when the parse gives the verb a reflexive
pronoun. Among the rows that fit, the longest expression wins, a reflexive row
wins over the plain verb, and between senses of one word the one whose frame
the sentence fills wins.

Headlines are often tagged as noun phrases ("Italie : l'Union européenne
menace le pays de sanctions"): a present-tense form of a lexicon verb between
two actors is read as the verb there (:meth:`TriggerFinder.headline`).

Three accusations are told by a judgement rather than by a word of the lexicon
(the cue lists ``qualify``, ``blame_noun`` and ``attribute`` of ``cues.tsv``):

* a verb of qualification with a blaming complement: "Ankara désigne
  **comme terroristes** les forces kurdes", "a qualifié les frappes **d'agression**"
  (``cue:qualify:<verb>``: the subject accuses the object);
* a blaming predicate: "les troupes américaines étaient **un facteur de
  déstabilisation**", said by someone (``cue:blame:<noun>``: the speaker accuses
  the subject);
* a verb that lays a hostile act at someone's door: "les États-Unis **ont
  attribué** la cyberattaque à la Corée du Nord" (``cue:attribute:<verb>``: the
  subject accuses the one the act is attributed to, who did it).

A verb whose row is a figurative sense ("torpiller le projet": a rejection;
``cues.tsv``: literal_force) keeps its literal sense of force when an armed
force does or undergoes it ("les sous-marins ont torpillé les navires":
ASSAULT, ``<row>:force``).

An expulsion is a sanction between states ("a expulsé l'ambassadeur"), but
driving out an armed group is fighting and removing people is coercion: an
``expel`` row (``cues.tsv``) whose subject or object phrase is headed by an
armed-force noun becomes ASSAULT ("l'armée a expulsé les jihadistes de la
ville", ``<row>:force``); one whose subject is headed by a police noun, or
whose object by a noun of civilians, becomes COERCE ("les gendarmes ont
expulsé les manifestants", ``<row>:people``).

Calling someone is a telephone call unless an "à" says to what ("a appelé son
homologue" is CONSULT, ``<row>:phone``; "a appelé X à la retenue" a request).

Support given by force is aid: a SUPPORT row governed by a fighting or
mobilising trigger, or by a verb of armed intervention, becomes an AID row
(``<row>:force``): "a débuté des frappes **pour soutenir** X", "intervient
**en soutien** de X".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LOWER, POS
from spacy.strings import StringStore, get_string_id
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..resources import EventLexicon, TriggerEntry
from .clauses import verb_lemma
from .normalize import normalize_apostrophes
from .slots import slot_fillers

__all__ = ["Trigger", "TriggerFinder", "content_words", "expression_fits"]

_LEMMA_MEMO_SIZE = 100_000  # lemmas remembered by TriggerFinder._keys_of_lemma before the memo is emptied
_REFLEXIVE = {"se", "s'", "me", "m'", "te", "t'", "nous", "vous"}
_REFLEXIVE_DEPS = ("expl:comp", "expl:pv", "expl:pass", "expl", "obj", "iobj")


@dataclass(frozen=True)
class Trigger:
    """A word of the ``Doc`` that tells an event, and the lexicon row it is."""

    token: Token
    entry: TriggerEntry

    @property
    def is_verb(self) -> bool:
        return self.entry.pos == "VERB"

    def span(self) -> Span:
        """The trigger's words: auxiliaries and "ne" before it, the expression's other words after it."""
        tok = self.token
        doc = tok.doc
        start = tok.i
        for child in tok.children:
            if child.i < tok.i and tok.i - child.i <= 4 and (
                child.dep_.startswith("aux") or normalize_apostrophes(child.lower_) in ("ne", "n'")
            ):
                start = min(start, child.i)
        end = tok.i
        words = content_words(self.entry.lemma)
        if len(words) > 1:
            i = tok.i + 1
            for word in words[1:]:
                while i < len(doc) and normalize_apostrophes(doc[i].lower_) != word and i - tok.i < 8:
                    i += 1
                end = min(i, len(doc) - 1)
                i += 1
        return doc[start:end + 1]


def content_words(lemma: str) -> list[str]:
    """An entry's words without its reflexive pronoun ("se rendre" → ["rendre"])."""
    lemma = normalize_apostrophes(lemma)
    if lemma.startswith("s'"):
        lemma = lemma[2:]
    elif lemma.startswith("se "):
        lemma = lemma[3:]
    return lemma.split()


def _is_reflexive_row(entry: TriggerEntry) -> bool:
    return entry.lemma.startswith(("se ", "s'"))


class TriggerFinder:
    """Finds the triggers of a ``Doc``; built once per pipeline from the lexicon.

    Parameters
    ----------
    lexicon : EventLexicon
    """

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon
        # the lemmas the lexicon knows, by part of speech, to skip the other words before building tokens
        self._keys = {pos: frozenset(lemma for lemma, p in lexicon.entries if p == pos) for pos in ("VERB", "NOUN")}
        self._noun_hashes = numpy.array(sorted({get_string_id(w) for w in self._keys["NOUN"]}), dtype="uint64")
        self._lemma_keys: dict[int, tuple[bool, bool]] = {}  # LEMMA hash → (a verb's key, a noun's key)
        # present-tense forms of first-group verbs, for headlines the tagger reads as noun phrases
        self.headline_forms: dict[str, TriggerEntry] = {}
        for entry in lexicon:
            words = content_words(entry.lemma)
            if entry.pos == "VERB" and len(words) == 1 and not _is_reflexive_row(entry) and words[0].endswith("er"):
                stem = words[0][:-2]
                for form in (stem + "e", stem + "ent"):
                    current = self.headline_forms.get(form)
                    if current is None or entry.confidence > current.confidence:
                        self.headline_forms[form] = entry

    def __call__(self, doc: Doc, body_start: int = 0) -> list[Trigger]:
        """The triggers of the body of ``doc`` (characters from ``body_start`` on), in text order."""
        found = []
        for i in self._lexicon_positions(doc, body_start):
            tok = doc[i]
            entry = self.entry_for(tok)
            if entry is not None:
                found.append(Trigger(tok, entry))
        # "a suspendu son *aide*": a word of a longer expression is not a trigger of its own
        covered = {i for t in found for i in (_expression_positions(t.token, content_words(t.entry.lemma)[1:]) or ())}
        found = [t for t in found if t.token.i not in covered]
        judged = {t.token.i for t in found}
        found += [t for t in self._judgements(doc, body_start) if t.token.i not in judged]
        found = self._support_by_force(found)
        found = [self._call_sense(self._sense_by_force(t)) for t in found]
        return sorted(found, key=lambda t: t.token.i)

    def _call_sense(self, trigger: Trigger) -> Trigger:
        """"a appelé son homologue russe" is a telephone call (CONSULT); "a appelé X à la retenue", "à négocier" a request.

        A REQUEST row of a verb of calling (``cues.tsv``: call) with a direct object and no "à" after it, on the
        verb or hung on the object, is the call.
        """
        entry, tok = trigger.entry, trigger.token
        if entry.type != "REQUEST" or not trigger.is_verb or entry.lemma not in self.lexicon.cue("call"):
            return trigger
        objects = [c for c in tok.children if c.dep_ == "obj"]
        if not objects:
            return trigger
        after = [t for t in tok.subtree if t.i > tok.i]
        if any(normalize_apostrophes(t.lower_) in ("à", "au", "aux") for t in after):
            return trigger
        return Trigger(tok, replace(entry, id=f"{entry.id}:phone", type="CONSULT", cameo="041"))

    def _sense_by_force(self, trigger: Trigger) -> Trigger:
        """The sense force gives a row: a figurative row made literal by an armed force, an expulsion that is
        fighting or coercion rather than a sanction (see the module's docstring)."""
        entry = trigger.entry
        head_word = content_words(entry.lemma)[0]
        literal = head_word in self.lexicon.cue("literal_force")
        if not (literal or entry.type == "SANCTION" and head_word in self.lexicon.cue("expel")):
            return trigger
        subjects, objects = _phrase_heads(trigger.token)
        armed, police, civilians = self.lexicon.cue("armed_noun"), self.lexicon.cue("police_noun"), self.lexicon.cue("civilian_noun")
        if literal:  # "les sous-marins allemands torpillèrent les navires": the weapon's own sense
            if any(h in armed for h in subjects + objects):
                return Trigger(trigger.token, replace(entry, id=f"{entry.id}:force", type="ASSAULT", cameo="190"))
            return trigger
        police_subject = any(h in police for h in subjects)
        if not police_subject and any(h in armed for h in subjects + objects):
            return Trigger(trigger.token, replace(entry, id=f"{entry.id}:force", type="ASSAULT", cameo="190"))
        if police_subject or any(h in civilians for h in objects):
            return Trigger(trigger.token, replace(entry, id=f"{entry.id}:people", type="COERCE", cameo="174"))
        return trigger

    def _support_by_force(self, found: list[Trigger]) -> list[Trigger]:
        """Support given by force is aid: "a débuté des frappes pour soutenir X", "intervient en soutien de X".

        A SUPPORT trigger governed (up to two levels, or through the governor's object) by a fighting or
        mobilising trigger or by a verb of armed intervention (``cues.tsv``: force) becomes an AID row.
        """
        force_verbs = self.lexicon.cue("force")
        forces = {t.token.i for t in found if t.entry.type in _FORCE_EVENT_TYPES}
        out = []
        for trigger in found:
            if trigger.entry.type == "SUPPORT" and _governed_by_force(trigger.token, forces, force_verbs):
                entry = replace(trigger.entry, id=f"{trigger.entry.id}:force", type="AID", cameo="072")
                trigger = Trigger(trigger.token, entry)
            out.append(trigger)
        return out

    def _judgements(self, doc: Doc, body_start: int) -> list[Trigger]:
        """Accusations told by a blaming complement or predicate (see the module's docstring)."""
        blame, qualify, attribute = self.lexicon.cue("blame_noun"), self.lexicon.cue("qualify"), self.lexicon.cue("attribute")
        if not blame:
            return []
        out = []
        for i in _judgement_positions(doc, body_start):
            tok = doc[i]
            if tok.pos_ == "VERB" and verb_lemma(tok) in qualify and _blames(tok, blame, depth=2, cases=_QUALIFYING_CASES):
                out.append(Trigger(tok, self._judgement_entry("qualify", verb_lemma(tok), "VERB")))
            elif tok.pos_ == "VERB" and verb_lemma(tok) in attribute and any(
                c.dep_ in ("obj", "nsubj:pass") and self._is_hostile_event(c) for c in tok.children
            ):
                out.append(Trigger(tok, self._judgement_entry("attribute", verb_lemma(tok), "VERB")))
            elif tok.pos_ == "NOUN" and any(c.dep_ == "cop" for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children):
                if tok.lemma_.lower() in blame or _blames(tok, blame, depth=1, cases=("de", "d'")):
                    out.append(Trigger(tok, self._judgement_entry("blame", tok.lemma_.lower(), "NOUN")))
        return out

    def _is_hostile_event(self, tok: Token) -> bool:
        """Is ``tok`` a noun of the lexicon that tells a hostile act (an attack, a coercion...)?"""
        return tok.pos_ == "NOUN" and any(e.type in _HOSTILE_TYPES for e in self.lexicon.lookup(tok.lemma_.lower(), "NOUN"))

    def _judgement_entry(self, kind: str, lemma: str, pos: str) -> TriggerEntry:
        if kind == "attribute":  # the subject accuses the one it attributes the act to
            return TriggerEntry(f"cue:attribute:{lemma}", lemma, "VERB", "ACCUSE", "112", ("à", "iobj", "obj.à"), (), None, None, 0.6)
        if pos == "VERB":  # the subject accuses the object
            return TriggerEntry(f"cue:qualify:{lemma}", lemma, "VERB", "ACCUSE", "111", ("obj",), (), None, None, 0.6)
        # the speaker accuses the predicate's subject
        return TriggerEntry(f"cue:blame:{lemma}", lemma, "NOUN", "ACCUSE", "111", ("nsubj",), ("speaker",), None, None, 0.5)

    def headline(self, title: Span, has_actor: Callable[[int], bool]) -> list[tuple[Trigger, int, int]]:
        """Present-tense lexicon verbs of a verbless headline between two actors.

        Returns ``(trigger, source token, target token)``: the actor just before
        the verb and the one just after it.
        """
        if any(t.pos_ in ("VERB", "AUX") for t in title):
            return []
        out = []
        for tok in title:
            entry = self.headline_forms.get(tok.lower_)
            if entry is None:
                continue
            left = [i for i in range(title.start, tok.i) if has_actor(i)]
            right = [i for i in range(tok.i + 1, title.end) if has_actor(i)]
            if left and right:
                out.append((Trigger(tok, entry), left[-1], right[0]))
        return out

    # ------------------------------------------------------------ lookup

    def _lexicon_positions(self, doc: Doc, body_start: int) -> list[int]:
        """Verbs, nouns, proper nouns and adjectives of the body whose lemma (or, but for verbs, form) the lexicon holds.

        Each lemma of the ``Doc`` is read once, without building ``Token`` objects.
        """
        found = _candidate_positions(doc, body_start)
        if not found:
            return []
        values = doc.to_array([POS, LEMMA, LOWER])[found]
        strings = doc.vocab.strings
        if len(self._noun_hashes):
            index = numpy.searchsorted(self._noun_hashes, values[:, 2])
            index[index == len(self._noun_hashes)] = 0
            noun_form = (self._noun_hashes[index] == values[:, 2]).tolist()
        else:
            noun_form = [False] * len(found)
        out = []
        for i, (pos, lemma), known_form in zip(found, values[:, :2].tolist(), noun_form):
            verb_key, noun_key = self._keys_of_lemma(strings, lemma)
            if pos == VERB:
                if verb_key:
                    out.append(i)
            elif known_form or noun_key:
                out.append(i)
        return out

    def _keys_of_lemma(self, strings: StringStore, lemma: int) -> tuple[bool, bool]:
        """Is the lemma of hash ``lemma`` (lower-cased) a verb's key of the lexicon, a noun's? Remembered per lemma.

        "réclame" counts for a verb: a present-tense verb the lemmatizer reads
        as the noun (:func:`newsgraph.extract.clauses.verb_lemma`).
        """
        keys = self._lemma_keys.get(lemma)
        if keys is None:
            if len(self._lemma_keys) >= _LEMMA_MEMO_SIZE:
                self._lemma_keys.clear()  # a long run meets ever more lemmas: keep the memory flat
            low = strings[lemma].lower()
            verbs, nouns = self._keys["VERB"], self._keys["NOUN"]
            keys = self._lemma_keys[lemma] = (low in verbs or low + "r" in verbs, low in nouns)
        return keys

    def entry_for(self, tok: Token) -> TriggerEntry | None:
        """The lexicon row ``tok`` is, if any (see the module's docstring for the choice)."""
        pos = "VERB" if tok.pos_ == "VERB" else "NOUN"
        lemma = verb_lemma(tok)
        lemmas = [lemma] if pos == "VERB" or tok.lower_ == lemma else [lemma, tok.lower_]
        candidates: list[TriggerEntry] = []
        for lem in lemmas:
            candidates += self.lexicon.lookup(lem, pos)
        if not candidates:
            return None
        reflexive = pos == "VERB" and any(
            normalize_apostrophes(c.lower_) in _REFLEXIVE and c.dep_ in _REFLEXIVE_DEPS and c.i < tok.i
            for c in tok.children
        )
        fitting = []
        for entry in candidates:
            if _is_reflexive_row(entry) and not reflexive:
                continue
            if reflexive and not _is_reflexive_row(entry) and any(slot.startswith("obj") for slot in entry.targets):
                continue  # "se retrouvent aux côtés de": the pronoun fills the object, the sense is another
            words = content_words(entry.lemma)
            if len(words) > 1 and not (_followed_by(tok, words[1:]) or _in_complement(tok, words[1:])):
                continue
            fitting.append(entry)
        if not fitting:
            return None
        longest = max(len(content_words(e.lemma)) for e in fitting)
        fitting = [e for e in fitting if len(content_words(e.lemma)) == longest]
        reflexive_rows = [e for e in fitting if _is_reflexive_row(e)]
        if reflexive_rows:
            fitting = reflexive_rows
        return fitting[0] if len(fitting) == 1 else _best_sense(tok, fitting)


_QUALIFYING_CASES = ("comme", "de", "d'", "en")
_FORCE_EVENT_TYPES = ("ASSAULT", "MOBILIZE")
_HOSTILE_TYPES = ("ASSAULT", "COERCE", "THREATEN", "SANCTION")


def _phrase_heads(tok: Token) -> tuple[list[str], list[str]]:
    """The lower-case heads of the doers' and the undergoers' phrases of a verb or an event noun.

    A verb's subjects (its object's under a passive) and objects, their conjuncts, and the words
    before "de" that head them ("les soldats de l'armée"); a noun's "par" agents and "de" complements.
    """
    doers: list[Token] = []
    undergoers: list[Token] = []
    if tok.pos_ == "VERB":
        passive = any(c.dep_ == "aux:pass" for c in tok.children)
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubj:pass"):
                (undergoers if passive else doers).append(child)
            elif child.dep_ == "obj":
                undergoers.append(child)
            elif child.dep_ == "obl:agent":
                doers.append(child)
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            undergoers.append(tok.head)  # "les jihadistes expulsés de la ville"
    else:
        for child in tok.children:
            if child.dep_ == "nmod":
                cases = {normalize_apostrophes(c.lower_) for c in child.children if c.dep_ == "case"}
                (doers if "par" in cases else undergoers).append(child)
    heads = []
    for group in (doers, undergoers):
        words = [t for t in group] + [c for t in group for c in t.children if c.dep_ == "conj"]
        forms = [normalize_apostrophes(w) for t in words for w in (t.lower_, t.lemma_.lower())]
        forms += [f"{t.lower_} {c.lemma_.lower()}" for t in words for c in t.children if c.dep_ == "nmod"]  # "forces ordre"
        heads.append(forms)
    return heads[0], heads[1]


def _governed_by_force(tok: Token, forces: set[int], force_verbs: frozenset[str]) -> bool:
    """Is ``tok`` the purpose or manner of a use of force ("des frappes pour soutenir", "intervient en soutien")?"""
    node = tok
    for _ in range(2):
        if node.head == node or node.dep_ not in ("advcl", "xcomp", "obl", "obl:mod", "obl:arg", "acl", "nmod"):
            return False
        node = node.head
        if node.i in forces or (node.pos_ == "VERB" and verb_lemma(node) in force_verbs):
            return True
        if node.pos_ == "VERB" and any(c.dep_ == "obj" and c.i in forces for c in node.children):
            return True
    return False


def _blames(tok: Token, blame: frozenset[str], depth: int, cases: tuple[str, ...]) -> bool:
    """Is there a blaming noun ("terroristes", "agression") introduced by one of ``cases`` below ``tok``?"""
    frontier = [(c, 1) for c in tok.children]
    while frontier:
        node, level = frontier.pop()
        if node.pos_ == "NOUN" and node.lemma_.lower() in blame:
            words = [normalize_apostrophes(c.lower_) for c in node.children if c.dep_ in ("case", "mark")]
            if any(w in cases for w in words):
                return True
        if level < depth:
            frontier.extend((c, level + 1) for c in node.children)
    return False


def expression_fits(tok: Token, entry: TriggerEntry) -> bool:
    """Do the other words of ``entry`` follow ``tok`` ("mise *en cause*")? True for a one-word row."""
    words = content_words(entry.lemma)
    return len(words) < 2 or _followed_by(tok, words[1:])


def _followed_by(tok: Token, words: list[str]) -> bool:
    """Do the expression's other words follow the trigger ("mettre *en garde*")?

    Up to four determiners, adjectives, adverbs, pronouns or auxiliaries may
    come between them.
    """
    return _expression_positions(tok, words) is not None


_PREPOSITIONS = frozenset({"à", "de", "en", "contre", "avec", "pour", "sur"})


def _in_complement(tok: Token, words: list[str]) -> bool:
    """Does a complement of ``tok`` introduced by the expression's preposition hold its other words?

    "condamner *à* trois ans de *prison*", "condamné hier *à* une lourde *peine*": the
    row "condamner à prison" fits though a number or a measure stands between.
    """
    if len(words) < 2 or words[0] not in _PREPOSITIONS:
        return False
    rest = set(words[1:])
    for child in tok.children:
        if child.i > tok.i and normalize_apostrophes(child.lower_) != words[0] and any(
            normalize_apostrophes(c.lower_) == words[0] for c in child.children if c.dep_ == "case"
        ):
            if rest <= {t.lemma_.lower() for t in child.subtree} | {t.lower_ for t in child.subtree}:
                return True
    return False


def _expression_positions(tok: Token, words: list[str]) -> list[int] | None:
    """The positions of the expression's other words after ``tok``, or None if they do not follow it."""
    doc = tok.doc
    i = tok.i + 1
    positions = []
    for word in words:
        skipped = 0
        while i < len(doc) and normalize_apostrophes(doc[i].lower_) != word and skipped < 4 and doc[i].pos_ in ("ADV", "PRON", "DET", "ADJ", "AUX"):
            i += 1
            skipped += 1
        if i >= len(doc) or normalize_apostrophes(doc[i].lower_) != word:
            return None
        positions.append(i)
        i += 1
    return positions


def _best_sense(tok: Token, entries: list[TriggerEntry]) -> TriggerEntry:
    """Among several senses of one word, the one whose frame the parse fills best, then the likeliest."""

    def score(entry: TriggerEntry) -> tuple[int, float]:
        filled = any(slot_fillers(tok, slot.rstrip("!")) for slot in entry.targets)
        return (int(filled), entry.confidence)

    return max(entries, key=score)


def _judgement_positions(doc: Doc, body_start: int) -> list[int]:
    """The tokens of the body :meth:`TriggerFinder._judgements` looks at, read off the Doc's arrays.

    Its verbs (not spaces), and its nouns that govern both a copula and a
    subject ("X est *responsable* de ..."): no other token can tell a judgement.
    """
    if not len(doc):
        return []
    values = doc.to_array([POS, IS_SPACE, IDX, DEP, HEAD])
    pos, body = values[:, 0], (values[:, 1] == 0) & (values[:, 2] >= max(0, body_start))
    index = numpy.arange(len(doc))
    heads = index + values[:, 4].astype("int64")
    deps = values[:, 3]
    strings = doc.vocab.strings
    governs_a_copula = numpy.zeros(len(doc), dtype=bool)
    governs_a_subject = numpy.zeros(len(doc), dtype=bool)
    governs_a_copula[heads[(deps == strings["cop"]) & (heads != index)]] = True
    governs_a_subject[heads[(deps == strings["nsubj"]) & (heads != index)]] = True
    keep = body & ((pos == VERB) | (pos == NOUN) & governs_a_copula & governs_a_subject)
    return numpy.nonzero(keep)[0].tolist()


def _candidate_positions(doc: Doc, body_start: int) -> list[int]:
    """Indices of the verbs, nouns, proper nouns and adjectives of the body that are not spaces."""
    if not len(doc):
        return []
    values = doc.to_array([POS, IS_SPACE, IDX])
    pos = values[:, 0]
    keep = ((pos == VERB) | (pos == NOUN) | (pos == PROPN) | (pos == ADJ)) & (values[:, 1] == 0) & (values[:, 2] >= max(0, body_start))
    return numpy.nonzero(keep)[0].tolist()
