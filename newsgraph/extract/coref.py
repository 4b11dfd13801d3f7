"""Rule-based coreference: pronouns, possessives and definite descriptions.

French coreference models cannot be installed offline, so these rules are
data-driven and deliberately conservative; a resolved mention always points
to an actor already named in the article:

* subject pronouns ("il", "elle", "ils", "elles") take the most recent
  compatible subject actor (gender from spaCy's morphology);
* "son pays", "notre pays", "leur pays" take the country of the clause's
  speaker or subject ("Lavrov a déclaré que son pays ..." → Russia);
* "le pays" takes the most recent country; "l'alliance", "l'organisation"
  the most recent organisation whose names contain the noun;
* "le président russe", "le haut diplomate russe": a person noun with a
  nationality adjective takes the most recent person of that country, or,
  when the article names none, the country itself (the state's agent);
* "les autorités locales", "la police nationale": a state organ of the
  country the article is about.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ..resources import Gazetteer
from .drafts import ActorDraft, Candidate
from .normalize import fold, normalize_apostrophes
from .scan import WordSet, positions

__all__ = ["resolve_references"]

_SUBJECT_PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur")}
_POSSESSIVES = {"son", "sa", "notre", "leur", "nos", "ses", "leurs"}
_COUNTRY_NOUNS = {"pays", "état", "nation", "patrie"}
_PERSON_NOUNS = {"diplomate", "dirigeant", "dirigeante", "chef", "responsable", "homme", "femme", "leader", "dignitaire"}
_ARTICLES = {"le", "la", "l'", "l’", "du", "au", "les"}
# "les autorités locales": a state organ of the country the article is about
_DOMESTIC_ADJECTIVES = {"locale", "locales", "local", "locaux", "nationale", "nationales", "national", "nationaux"}
_ORGAN_NOUNS = {"autorités", "autorité", "gouvernement", "pouvoir", "police", "armée", "forces", "services", "administration", "justice"}
_ORG_NOUNS = {"alliance", "organisation", "union", "commission", "parti", "mouvement", "groupe", "agence", "institution", "bloc"}
# the words a reference starts with: only their positions are looked at
_CUE_WORDS = WordSet(set(_SUBJECT_PRONOUNS) | _POSSESSIVES | _ARTICLES)


def _morph(token: Token, key: str) -> str | None:
    values = token.morph.get(key)
    return values[0] if values else None


def resolve_references(
    doc: Doc, candidates: list[Candidate], drafts: list[ActorDraft], gaz: Gazetteer, main_country: str | None = None
) -> list[Candidate]:
    """Resolved mentions (``source="coref"``) for the references of ``doc``.

    ``main_country`` is the country the article is about: "les autorités
    locales" are its state's.
    """
    by_token: dict[int, Candidate] = {}
    in_titles: set[int] = set()  # "le ministre russe ... Sergueï Lavrov": a title before a name, no reference
    for cand in candidates:
        for i in range(cand.start, cand.end):
            by_token[i] = cand
        if cand.kind == "PERSON" and cand.role is not None:
            in_titles.update(range(cand.role[0] - 1, cand.role[1]))
    resolved: list[Candidate] = []
    history: list[tuple[int, Candidate]] = []  # (token index, mention) of actor mentions seen so far
    cand_iter = iter(sorted(candidates, key=lambda c: c.start))
    pending = next(cand_iter, None)

    def country_actor(code: str | None, position: int) -> int | None:
        """The country's actor, created when the article names it only through a reference."""
        if code is None:
            return None
        for idx, draft in enumerate(drafts):
            if draft.kind == "COUNTRY" and draft.code == code:
                return idx
        drafts.append(ActorDraft("COUNTRY", [gaz.country_name(code)], code=code, first=position))
        return len(drafts) - 1

    def add(start: int, end: int, actor: int | None) -> None:
        if actor is None:
            return
        draft = drafts[actor]
        cand = Candidate(start, end, kind=draft.kind, source="coref", actor=actor)
        resolved.append(cand)
        history.append((start, cand))

    for i in positions(doc, "LOWER", _CUE_WORDS):
        tok = doc[i]
        while pending is not None and pending.start <= tok.i:
            if pending.actor is not None:
                history.append((pending.start, pending))
            pending = next(cand_iter, None)
        if tok.i in by_token or tok.i in in_titles:
            continue
        low = normalize_apostrophes(tok.lower_)
        # subject pronouns
        if low in _SUBJECT_PRONOUNS and tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubj:pass"):
            if _impersonal(tok):
                continue
            gender, number = _SUBJECT_PRONOUNS[low]
            antecedent = _last_subject(doc, tok, history, gender, number, drafts, gaz)
            if antecedent is not None:
                add(tok.i, tok.i + 1, antecedent)
            continue
        # "son pays", "notre pays"
        if low in _POSSESSIVES and tok.dep_ == "det" and tok.head.lemma_.lower() in _COUNTRY_NOUNS and tok.head.i == tok.i + 1:
            code = _speaker_country(doc, tok, by_token, drafts, history)
            idx = country_actor(code, tok.i)
            if idx is not None:
                add(tok.i, tok.i + 2, idx)
            continue
        # "dans le sud du pays", "reproche au pays": the country talked about, not the clause's subject
        if low in ("du", "au") and tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_.lower() == "pays" and tok.i + 1 not in by_token:
            noun = doc[tok.i + 1]
            if not _qualified(noun):
                idx = _last_of_kind(history, drafts, "COUNTRY", exclude=_clause_subject_actor(noun, by_token))
                add(noun.i, noun.i + 1, idx)
            continue
        # definite descriptions
        if low in ("les", "le", "la", "l'") and tok.dep_ == "det" and tok.head.i == tok.i + 1 and main_country:
            noun = tok.head
            domestic = [c for c in noun.children if c.dep_ == "amod" and c.i == noun.i + 1 and c.lower_ in _DOMESTIC_ADJECTIVES]
            if noun.lower_ in _ORGAN_NOUNS and domestic and noun.i not in by_token:
                add(noun.i, domestic[0].i + 1, country_actor(main_country, noun.i))  # "les autorités locales"
                continue
        if low == "les":
            continue
        if low in ("le", "la", "l'") and tok.dep_ == "det" and tok.head.i > tok.i and tok.head.i - tok.i <= 3:
            noun = tok.head
            if noun.i in by_token:
                continue
            lemma = noun.lemma_.lower()
            end = noun.i + 1
            demonym = None
            for child in noun.children:
                if child.dep_ == "amod" and child.i > noun.i:
                    code = gaz.demonym(child.text)
                    if code:
                        demonym = code
                        end = max(end, child.i + 1)
            if lemma == "pays" and demonym is None and not _qualified(noun):
                idx = _last_of_kind(history, drafts, "COUNTRY", exclude=_clause_subject_actor(noun, by_token))
                add(tok.i, noun.i + 1, idx)
            elif lemma in _ORG_NOUNS and demonym is None and not any(c.dep_ in ("nmod", "amod", "appos") for c in noun.children):
                idx = _last_org_named(history, drafts, lemma, gaz)
                add(tok.i, noun.i + 1, idx)
            elif demonym is not None and (gaz.title_scope(noun.text) or lemma in _PERSON_NOUNS):
                named = by_token.get(end)
                if named is not None and named.kind == "PERSON":
                    continue  # "le président russe Vladimir Poutine": a title before a name
                idx = _last_person_of(history, drafts, demonym, noun.text)
                if idx is None:
                    idx = country_actor(demonym, tok.i)  # "le président brésilien", no Brazilian named: the state's agent
                add(tok.i, end, idx)
    return resolved


def _impersonal(tok: Token) -> bool:
    """"il y a", "il faut", "il est à noter": no referent."""
    head = tok.head
    if tok.lower_ != "il":
        return False
    if head.lemma_ in ("falloir", "pleuvoir", "agir", "sembler", "paraître"):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in ("y", "s'", "s’") and head.lemma_ in ("avoir", "agir"):
        return True
    if any(c.dep_ in ("expl:subj", "expl") for c in head.children):
        return True
    if head.lemma_ == "être" or any(c.lemma_ == "être" and c.dep_ == "cop" for c in head.children):
        # "il est à noter que", "il est possible que"
        return any(c.dep_ in ("csubj", "ccomp", "xcomp") for c in head.children) or head.pos_ == "ADJ"
    return False


_FEMININE_TITLE_ENDINGS = ("ente", "ière", "euse", "trice", "ienne", "esse", "aine")


def _agrees(doc: Doc, cand: Candidate, draft: ActorDraft, gender: str, number: str, gaz: Gazetteer) -> bool:
    """Can a pronoun of this gender and number refer to this mention's actor?"""
    head = doc[cand.start:cand.end].root
    if draft.kind == "PERSON":
        if number == "Plur":
            return False
        first = _first_name_gender(draft, gaz)
        if gender == "Fem":  # a person whose first name or title says she is a woman
            return first == "f" or bool(draft.role) and any(w.endswith(_FEMININE_TITLE_ENDINGS) or w == "première" for w in draft.role.lower().split())
        return first != "f"
    cand_gender = _morph(head, "Gender")
    cand_number = _morph(head, "Number")
    if cand_gender and cand_gender != gender:
        return False
    if draft.kind == "ORGANISATION" and cand_gender is None and gender == "Masc" and number == "Sing":
        return False  # an acronym without gender: too uncertain for "il"
    if number == "Plur":
        return cand_number == "Plur" or draft.kind == "ORGANISATION"
    return cand_number != "Plur"


def _first_name_gender(draft: ActorDraft, gaz: Gazetteer) -> str | None:
    name = max(draft.names, key=len).split()
    return gaz.first_name(name[0]) if len(name) > 1 else None


def _last_subject(doc: Doc, pronoun: Token, history: list[tuple[int, Candidate]], gender: str, number: str, drafts: list[ActorDraft], gaz: Gazetteer) -> int | None:
    """The antecedent of a subject pronoun.

    First the nearest agreeing mention earlier in the same sentence ("la
    garantie de l'OTAN qu'elle n'acceptera pas"), then the nearest agreeing
    subject of earlier sentences.
    """
    sent_start = pronoun.sent.start
    for pos, cand in reversed(history[-30:]):
        if pos < sent_start:
            break
        if _agrees(doc, cand, drafts[cand.actor], gender, number, gaz):
            return cand.actor
    for pos, cand in reversed(history[-30:]):
        if pos >= sent_start:
            continue
        head = doc[cand.start:cand.end].root
        if head.dep_ not in ("nsubj", "nsubj:pass", "appos", "flat:name", "ROOT") and cand.source != "coref":
            continue
        if _agrees(doc, cand, drafts[cand.actor], gender, number, gaz):
            return cand.actor
    return None


def _last_of_kind(history: list[tuple[int, Candidate]], drafts: list[ActorDraft], kind: str, exclude: int | None = None) -> int | None:
    for _, cand in reversed(history):
        if drafts[cand.actor].kind == kind and cand.actor != exclude:
            return cand.actor
    return None


def _qualified(noun: Token) -> bool:
    """"le pays de Galles", "le pays hôte": a noun whose modifiers say which one it is."""
    return any(c.dep_ == "amod" or (c.dep_ == "nmod" and c.pos_ == "PROPN") for c in noun.children)


def _clause_subject_actor(token: Token, by_token: dict[int, Any]) -> int | None:
    """The actor of the subject of ``token``'s clause ("Israël menace ... le sud du pays": Israël)."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX"):
            for child in current.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and child.i in by_token:
                    return by_token[child.i].actor
        if current.head == current:
            return None
        current = current.head
    return None


def _last_org_named(history: list[tuple[int, Candidate]], drafts: list[ActorDraft], noun: str, gaz: Gazetteer) -> int | None:
    for _, cand in reversed(history):
        draft = drafts[cand.actor]
        if draft.kind != "ORGANISATION":
            continue
        names = list(draft.names)
        if draft.org_id and draft.org_id in gaz.organisations:
            org = gaz.organisations[draft.org_id]
            names += [org.name, *org.aliases]
        if any(noun in fold(n).split() for n in names):
            return cand.actor
    return None


def _last_person_of(history: list[tuple[int, Candidate]], drafts: list[ActorDraft], country: str, noun: str) -> int | None:
    noun_key = fold(noun)
    fallback = None
    for _, cand in reversed(history):
        draft = drafts[cand.actor]
        if draft.kind == "PERSON" and draft.country == country:
            if draft.role and noun_key in fold(draft.role):
                return cand.actor
            if fallback is None:
                fallback = cand.actor
    return fallback


def _speaker_country(doc: Doc, tok: Token, by_token: dict[int, Any], drafts: list[ActorDraft], history: list[tuple[int, Any]]) -> str | None:
    """The country a possessive "son/notre pays" points to."""
    # climb to a speech verb or a clause subject
    current = tok.head
    for _ in range(6):
        verb = current
        if verb.pos_ in ("VERB", "AUX"):
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and child.i != tok.head.i:
                    code = _country_of_token(child, by_token, drafts, history)
                    if code:
                        return code
        if current.head == current:
            break
        current = current.head
    # fall back on the most recent person or country
    for _, cand in reversed(history):
        draft = drafts[cand.actor]
        if draft.kind == "COUNTRY":
            return draft.code
        if draft.kind == "PERSON" and draft.country:
            return draft.country
    return None


def _country_of_token(token: Token, by_token: dict[int, Any], drafts: list[ActorDraft], history: list[tuple[int, Any]]) -> str | None:
    cand = by_token.get(token.i)
    if cand is None:
        for _, c in reversed(history):
            if c.start <= token.i < c.end:
                cand = c
                break
    if cand is None or cand.actor is None:
        return None
    draft = drafts[cand.actor]
    if draft.kind == "COUNTRY":
        return draft.code
    return draft.country
