"""Where an argument sits around a trigger in the dependency parse: the frame slots.

A lexicon row names its target (and, for nouns, source) slots: ``obj``,
``iobj``, a preposition (``avec``, ``contre``, ``à``, ``de``, ``auprès de``...)
or ``obj.<preposition>`` (a complement of the direct object). These functions
read the parse only (no actors): which tokens fill a slot.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Il", "négocie", "avec", "Moscou"]
>>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "case", "obl:arg"],
...           pos=["PRON", "VERB", "ADP", "PROPN"])
>>> [t.text for t in slot_fillers(doc[1], "avec")]
['Moscou']
>>> case_words(doc[3])
['avec']
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import is_active_transitive
from .normalize import normalize_apostrophes

__all__ = ["ARGUMENT_DEPS", "case_words", "slot_fillers"]

ARGUMENT_DEPS = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "obj", "dep", "acl", "appos", "conj", "xcomp")
_DE_FORMS = {"des", "du", "d'"}
_A_FORMS = {"au", "aux"}


def case_words(tok: Token) -> list[str]:
    """The prepositions (``case``/``mark`` children before it, with their ``fixed`` words) that introduce ``tok``, normalised.

    "d'après X" gives ``["d'", "après"]``, "auprès de X" ``["auprès", "de"]``.
    """
    words = []
    doc = tok.doc
    for c in tok.children:
        if c.dep_ in ("case", "mark") and c.i < tok.i:
            if c.is_punct:
                continue
            word = normalize_apostrophes(c.lower_)
            if len(word) == 1 and c.i + 1 < len(doc) and normalize_apostrophes(doc[c.i + 1].text) == "'":
                word += "'"  # "d' Arnaud": an elided article the text spaced from its apostrophe
            words.append(word)
            words.extend(normalize_apostrophes(f.lower_) for f in c.children if f.dep_ == "fixed" and f.i < tok.i)
    return words


def _relative_object(tok: Token) -> bool:
    """"que"/"qu'" opening a relative clause as its object (the parser labels it ``obj`` or ``mark``)."""
    return normalize_apostrophes(tok.lower_) in ("que", "qu'") and tok.dep_ in ("obj", "mark")


def _matches(cases: list[str], slot: str) -> bool:
    if not cases:
        return False
    words = slot.split()
    first = cases[0]
    return (
        first == words[0]
        or " ".join(cases[: len(words)]) == slot
        or (slot == "de" and first in _DE_FORMS)
        or (slot == "à" and first in _A_FORMS)
    )


def slot_fillers(tok: Token, slot: str) -> list[Token]:
    """Tokens that fill ``slot`` for the trigger ``tok``.

    ``obj`` also takes a bare noun phrase after a verb that the parser hung
    elsewhere ("attaqué le Japon" read as ``obl:mod``); a multi-word
    preposition ("auprès de", "face à") also takes a noun the parser hung under
    its first word.
    """
    if slot in ("iobj", "nsubj"):
        return [c for c in tok.children if c.dep_ == slot]
    if slot == "obj":
        found = [
            c for c in tok.children
            if c.dep_ == "obj"
            or (c.dep_ in ("obl", "obl:mod", "obl:arg", "dep") and c.i > tok.i and c.pos_ in ("PROPN", "NOUN")
                and not any(g.dep_ == "case" for g in c.children))
            # the last word of an expression holds the object the parser hung on it ("mis en garde *Taïwan*")
            or (tok.pos_ == "NOUN" and c.dep_ == "nmod" and c.i > tok.i and c.pos_ == "PROPN" and not case_words(c))
        ]
        # "a reçu lundi à Ankara le secrétaire général": a noun phrase without a preposition that the parser
        # hung on the complement before it is the verb's object
        found += [
            g for c in tok.children if c.dep_.startswith("obl") and c.i > tok.i
            for g in c.children
            if g.dep_ == "nmod" and g.i > c.i and g.pos_ in ("NOUN", "PROPN") and not case_words(g)
            and any(d.dep_ == "det" for d in g.children)
        ]
        # "X a rencontré Y": a second subject after an active verb whose subject comes before it is its object
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subjects) > 1 and subjects[0].i < tok.i and not any(c.dep_ == "aux:pass" for c in tok.children):
            found += [c for c in subjects if c.i > tok.i]
        if tok.dep_ == "acl:relcl" and any(_relative_object(c) for c in tok.children if c.i < tok.i):
            # "le PKK, qu'Ankara considère comme terroriste": the relative pronoun stands for the antecedent
            found = [c for c in found if not _relative_object(c)] or [tok.head]
        return found
    if slot.startswith("obj."):
        found = []
        for obj in slot_fillers(tok, "obj"):
            found.extend(slot_fillers(obj, slot[4:]))
        return found
    found = []
    words = slot.split()
    if len(words) > 1:
        for child in tok.children:
            if normalize_apostrophes(child.lower_) == words[0] and child.i > tok.i:
                found.extend(g for g in child.children if g.pos_ in ("NOUN", "PROPN", "PRON") and g.i > child.i)
    for child in tok.children:
        if child.dep_ in ARGUMENT_DEPS and _matches(case_words(child), slot):
            found.append(child)
    if not found and tok.pos_ == "VERB" and slot not in ("de", "à"):
        # "s'est entretenu par téléphone avec X": the parser hangs the complement on the adjunct before it
        # (not "de" or "à", which complete the adjunct itself: "à la suite de X", "en réponse à X")
        for child in tok.children:
            if child.dep_ in ("obl", "obl:mod") and child.i > tok.i and case_words(child):
                found.extend(
                    g for g in child.children
                    if g.dep_ == "nmod" and g.i > child.i and _matches(case_words(g), slot) and not _matches(case_words(child), slot)
                )
    if not found and tok.pos_ == "NOUN":
        # the parser hangs a noun's complement on its participle ("l'appui déterminant de la Russie") or on
        # the complement before it ("l'invasion de l'Ukraine par la Russie", "l'expulsion par la France de X")
        for child in tok.children:
            if child.i <= tok.i:
                continue
            participle = child.dep_ in ("amod", "acl") and child.pos_ == "VERB"
            # "de X par Y", "par X de Y": two complements in a row, the second hung on the first
            chained = child.dep_ == "nmod" and (
                (slot == "par" and _matches(case_words(child), "de")) or (slot == "de" and _matches(case_words(child), "par"))
            )
            if participle or chained:
                found.extend(g for g in child.children if g.dep_ in ("obl:arg", "obl", "nmod") and g.i > child.i and _matches(case_words(g), slot))
        head = tok.head
        passive = any(c.dep_ in ("obl:agent", "aux:pass") for c in head.children) and not is_active_transitive(head)
        if not found and slot == "par" and head != tok and head.pos_ == "VERB" and not passive:
            # "condamne l'invasion de l'Ukraine par la Russie": an active verb's "par" belongs to its event noun
            found = [c for c in head.children if c.dep_.startswith("obl") and c.i > tok.i and _matches(case_words(c), "par")]
    return found
