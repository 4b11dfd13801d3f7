"""Clause-level grammar over the Universal Dependencies parse: governing verbs and tense.

These helpers read spaCy's morphology (``Tense``, ``Mood``, ``VerbForm``) and
auxiliaries; they are shared by time resolution (which way does "lundi"
point?) and event modality (is the action future or hypothetical?).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

__all__ = ["clause_verb", "is_passive", "verb_lemma", "verb_tense"]

_PREDICATE_POS = {"VERB", "AUX"}
_ATTACHED_PARTICIPLE_DEPS = {"acl", "amod", "acl:relcl"}
_MAX_CLIMB = 8


_INFINITIVE_ENDINGS = ("er", "ir", "re", "ïr")


def verb_lemma(tok: Token) -> str:
    """The lower-case lemma of a word, mending the verbs whose present form the lemmatizer reads as a noun.

    spaCy's French lemmatizer gives "réclame", "demande", "signe" as the lemma
    of those present-tense verbs (the nouns'); a verb whose lemma is no
    infinitive but ends in -e is the first-group verb of that stem.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("fr")("réclame attaque")
    >>> doc[0].pos_, doc[0].lemma_ = "VERB", "réclame"
    >>> doc[1].pos_, doc[1].lemma_ = "VERB", "attaquer"
    >>> verb_lemma(doc[0]), verb_lemma(doc[1])
    ('réclamer', 'attaquer')
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma.endswith("e") and not lemma.endswith(_INFINITIVE_ENDINGS):
        return lemma + "r"
    return lemma


def _has_aux(verb: Token) -> bool:
    return any(c.dep_.startswith("aux") for c in verb.children)


def clause_verb(token: Token) -> Token | None:
    """The finite (tense-bearing) verb of the clause that contains ``token``.

    Climbs the dependency tree from ``token``; a bare participle attached to
    a noun ("la réunion proposée le 12 janvier") carries no tense of its own,
    so the climb goes on to the verb that governs the noun.
    """
    current = token
    for _ in range(_MAX_CLIMB):
        if current.pos_ in _PREDICATE_POS:
            bare_participle = (
                "Part" in current.morph.get("VerbForm")
                and not _has_aux(current)
                and current.dep_ in _ATTACHED_PARTICIPLE_DEPS
            )
            if not bare_participle:
                return current
        if current.head == current:
            return current if current.pos_ in _PREDICATE_POS else None
        current = current.head
    return None


def verb_tense(verb: Token | None) -> str | None:
    """``past``, ``present``, ``future`` or ``conditional`` for a clause's verb.

    Reads the auxiliaries first ("a confirmé" and "est décédé" are past,
    "va signer" is future), then the verb's own morphology. The
    infinitive of a governed verb takes its governor's tense ("a décidé de
    convoquer" is past).
    """
    if verb is None:
        return None
    for child in verb.children:
        if not child.dep_.startswith("aux"):
            continue
        if child.dep_ == "aux:pass" and child.lemma_ == "être" and verb.lemma_.lower() in _etre_verbs():
            # "est décédé", "sont arrivés": a compound tense with être, which
            # the parser labels as a passive.
            aux_tense = _finite_tense(child)
            return aux_tense if aux_tense in ("future", "conditional") else "past"
        if child.dep_ == "aux:pass":
            # "a été signé": the passive auxiliary carries the tense.
            tense = _finite_tense(child)
            if tense is not None and not any(
                c.dep_ == "aux:tense" for c in verb.children
            ):
                return tense
            continue
        if child.lemma_ in ("avoir", "être"):
            aux_tense = _finite_tense(child)
            # "aura signé" (future perfect), "aurait signé" (conditional past).
            if aux_tense in ("future", "conditional"):
                return aux_tense
            return "past"
        if child.lemma_ == "aller" and "Inf" in verb.morph.get("VerbForm"):
            aux_tense = _finite_tense(child)
            return "past" if aux_tense == "past" else "future"
    tense = _finite_tense(verb)
    if tense is not None:
        return tense
    if "Inf" in verb.morph.get("VerbForm") and verb.head != verb:
        governor = verb.head
        if governor.lemma_ == "aller" and governor.pos_ in _PREDICATE_POS:
            return "future"
        if governor.pos_ in _PREDICATE_POS:
            return verb_tense(governor)
    if "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"):
        return "past"
    return None


@lru_cache(maxsize=1)
def _etre_verbs() -> frozenset[str]:
    """Verbs conjugated with être in compound tenses (``resources/timex_clauses.json``)."""
    from ..resources import read_json

    return frozenset(read_json("timex_clauses.json")["etre_verbs"])


_REFLEXIVE_PRONOUNS = {"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}


def is_active_transitive(verb: Token) -> bool:
    """An avoir auxiliary, no passive one, and a direct object: "a condamné l'invasion (par la Russie)".

    A "par" phrase the parser hangs on such a verb as its agent belongs to the object.
    """
    children = list(verb.children)
    return (
        any(c.dep_ == "obj" for c in children)
        and any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in children)
        and not any(c.dep_ == "aux:pass" for c in children)
    )


def is_passive(verb: Token) -> bool:
    """Is ``verb`` a passive ("a été rejetée", "est signé par ...")?

    An agent ("par X") makes it passive. Without one, an être auxiliary
    makes it passive unless the verb takes être in its compound tenses ("est
    tombé d'accord", "sont arrivés") or is reflexive ("s'est accordée"),
    which the parser often labels as passives.
    """
    if is_active_transitive(verb):
        return False
    if any(c.dep_ == "obl:agent" for c in verb.children):
        return True
    if not any(c.dep_ == "aux:pass" for c in verb.children) and not any(c.dep_ == "nsubj:pass" for c in verb.children):
        return False
    if not any(c.dep_ == "aux:pass" for c in verb.children) and any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in verb.children):
        return False  # "les États-Unis ont accusé": a subject labelled passive beside avoir
    if verb.lemma_.lower() in _etre_verbs():
        return False
    return not any(c.lower_ in _REFLEXIVE_PRONOUNS and c.i < verb.i and c.dep_.startswith(("expl", "obj", "iobj")) for c in verb.children)


_IMPERFECT_ENDINGS = ("aient", "ait", "ais", "ions", "iez")


def _looks_conditional(token: Token) -> bool:
    """Conditional forms the tagger calls imperfect ("entamerait", "tiendrait").

    A conditional ends in r + an imperfect ending and is not the plain
    imperfect of its lemma ("déclarait", "courait" are imperfects).
    """
    text = token.lower_
    for ending in _IMPERFECT_ENDINGS:
        if text.endswith("r" + ending):
            lemma = token.lemma_.lower()
            return not (lemma.endswith(("er", "ir")) and text == lemma[:-2] + ending)
    return False


_FUTURE_ENDINGS = ("ont", "ons", "ez", "ai", "as", "a")
_SIMPLE_PAST_ENDINGS = ("a", "ai", "as", "âmes", "âtes", "èrent")


def _stem_form(token: Token, endings: tuple[str, ...]) -> str | None:
    """The ending if ``token`` is its lemma's stem + one of ``endings`` ("entr-ons")."""
    text = token.lower_
    lemma = token.lemma_.lower()
    if lemma.endswith(("er", "ir", "re")):
        for ending in endings:
            if text == lemma[:-2] + ending:
                return ending
    return None


def _looks_future(token: Token) -> bool:
    """Future forms the tagger calls present ("tiendrons", "reviendrai").

    A future ends in r + a future ending and is not the present or the
    simple past of its lemma ("entrons", "courez", "déclara").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("fr")("tiendrons entrons")
    >>> doc[0].lemma_, doc[1].lemma_ = "tenir", "entrer"
    >>> _looks_future(doc[0]), _looks_future(doc[1])
    (True, False)
    """
    text = token.lower_
    if not any(text.endswith("r" + ending) for ending in _FUTURE_ENDINGS):
        return False
    return _stem_form(token, _FUTURE_ENDINGS) is None


def _finite_tense(token: Token) -> str | None:
    morph = token.morph
    tense = morph.get("Tense")
    if "Cnd" in morph.get("Mood") or ("Imp" in tense and _looks_conditional(token)):
        return "conditional"
    if "Fut" in tense:
        # "tira", "déclara": simple pasts the tagger calls futures
        if token.lemma_.lower().endswith("er") and _stem_form(token, _SIMPLE_PAST_ENDINGS):
            return "past"
        return "future"
    form = morph.get("VerbForm")
    mistagged_infinitive = "Inf" in form and not token.lower_.endswith(("r", "re"))
    if ("Fin" in form or mistagged_infinitive) and "Fut" not in tense and _looks_future(token):
        # "tiendrons" tagged present, "participerons" imperfect, "préparerons" infinitive
        return "future"
    if "Past" in tense or "Imp" in tense:
        if "Part" in morph.get("VerbForm"):
            return None
        return "past"
    if "Pres" in tense and "Fin" in morph.get("VerbForm"):
        return "present"
    return None
