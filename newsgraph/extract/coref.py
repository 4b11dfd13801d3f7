"""Rule-based coreference: pronouns, possessives and definite descriptions.

French coreference models cannot be installed offline, so these rules are
data-driven and deliberately conservative: a resolved mention always points
to an actor already named in the article, and a rule gives up rather than
guess, because a wrong antecedent makes a wrong event. Each reference looks
back over the noun phrases of its sentence and the two before it, most
salient first; when the first phrase that agrees with it in gender and number
is no actor ("le texte", "les manifestants"), it refers to that phrase and
stays unresolved.

* subject pronouns ("il", "elle", "ils", "elles"): the subject of the clause
  that governs the pronoun's ("la Russie a confirmé qu'elle..."), the actor
  named in the noun phrase a relative clause completes ("une garantie de
  l'OTAN qu'elle n'acceptera pas"), then the subjects before it in its
  sentence, then the subjects of the two sentences before, main clauses
  first;
* "ce dernier", "cette dernière", "celui-ci", "celle-ci": the last noun
  phrase that agrees, whatever its function;
* object pronouns ("l'a attaqué", "les a condamnés", "lui a demandé"): the
  last noun phrase that agrees and is not the clause's own subject;
* possessives of state or armed bodies ("ses troupes", "son gouvernement",
  "leurs combattants"): the clause's subject, else the possessor found as
  for a subject pronoun; a person's troops are their country's;
* "son pays", "notre pays", "leur pays": the country of the clause's speaker
  or subject ("Lavrov a déclaré que son pays ..." → Russia);
* "le pays", "du pays": the most recent country, not the clause's subject;
* "le groupe", "l'organisation", "le mouvement", "la coalition", "le
  parti"...: the organisation whose name bears the noun, else the most recent
  organisation of a kind the noun can name, when no other one of the last
  three sentences could be meant;
* "le gouvernement", "le régime", "les autorités", "l'armée" with no
  complement: the article's country, unless another country is the last one
  named;
* "le président russe", "le haut diplomate russe": a person noun with a
  nationality adjective takes the most recent person of that country, or,
  when the article names none, the country itself (the state's agent);
* "les autorités locales", "la police nationale": a state organ of the
  country the article is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from ..resources import Gazetteer
from .drafts import ActorDraft, Candidate
from .header import doc_text
from .normalize import fold, normalize_apostrophes
from .scan import WordSet, positions

__all__ = ["resolve_references"]

_SUBJECT_PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur")}
_DEMONSTRATIVES = {
    "celui-ci": ("Masc", "Sing"), "celle-ci": ("Fem", "Sing"), "ceux-ci": ("Masc", "Plur"), "celles-ci": ("Fem", "Plur"),
    "celui-là": ("Masc", "Sing"), "celle-là": ("Fem", "Sing"),
}
_LATTER = {"dernier": ("Masc", "Sing"), "dernière": ("Fem", "Sing"), "derniers": ("Masc", "Plur"), "dernières": ("Fem", "Plur")}
_LATTER_DETERMINERS = {"ce", "cette", "ces"}
# object clitics: gender (None: either, read from the participle if any), number
_OBJECT_CLITICS = {"le": ("Masc", "Sing"), "la": ("Fem", "Sing"), "l'": (None, "Sing"), "les": (None, "Plur"), "lui": (None, "Sing"), "leur": (None, "Plur")}
_POSSESSIVES = {"son", "sa", "notre", "leur", "nos", "ses", "leurs"}
_PLURAL_POSSESSORS = {"leur", "leurs"}
_COUNTRY_NOUNS = {"pays", "état", "nation", "patrie"}
# "ses troupes", "son gouvernement": bodies whose owner acts through them
_STATE_BODIES = {
    "troupes", "armée", "armées", "forces", "soldats", "militaires", "gouvernement", "régime", "administration",
    "diplomatie", "police", "services", "marine", "aviation",
}
_ARMED_BODIES = {"troupes", "forces", "combattants", "miliciens", "milices", "hommes", "militants", "partisans"}
_PERSON_NOUNS = {"diplomate", "dirigeant", "dirigeante", "chef", "responsable", "homme", "femme", "leader", "dignitaire"}
_ARTICLES = {"le", "la", "l'", "l’", "du", "au", "les"}
# "les autorités locales": a state organ of the country the article is about
_DOMESTIC_ADJECTIVES = {"locale", "locales", "local", "locaux", "nationale", "nationales", "national", "nationaux"}
_ORGAN_NOUNS = {"autorités", "autorité", "gouvernement", "pouvoir", "police", "armée", "forces", "services", "administration", "justice"}
# "le gouvernement", "les autorités" alone: the state the article is about
_POLICE_NOUNS = {"police", "policiers", "gendarmerie", "gendarmes"}
_BARE_ORGANS = {"gouvernement", "régime", "autorités", "armée", "exécutif"} | _POLICE_NOUNS
# organisation nouns, and the gazetteer types each can name ("" : an organisation the gazetteer does not know)
_ORG_NOUNS: dict[str, set[str]] = {
    "alliance": {"igo", "collective"},
    "organisation": {"igo", "ngo", "armed", "institution", "movement", ""},
    "union": {"igo"},
    "commission": {"igo", "institution"},
    "parti": {"party"},
    "formation": {"party"},
    "mouvement": {"movement", "party", "armed"},
    "groupe": {"armed", "company", "media", ""},
    "agence": {"igo", "institution", "media"},
    "institution": {"igo", "institution"},
    "bloc": {"igo", "collective"},
    "coalition": {"armed", "collective"},
    "milice": {"armed"},
    "entreprise": {"company"},
    "société": set(),  # "la société" is also society: only the company whose name bears it
    "firme": {"company"},
    "compagnie": {"company"},
    "constructeur": {"company"},
    "ong": {"ngo"},
    "association": {"ngo"},
    "syndicat": set(),
    # only the organisation whose name bears the noun ("la cour" after "la Cour pénale internationale")
    "cour": set(),
    "tribunal": set(),
    "conseil": set(),
    "comité": set(),
    "assemblée": set(),
    "parlement": set(),
    "banque": set(),
    "fonds": set(),
    "ligue": set(),
    "fédération": set(),
}
_ORG_ADJECTIVES = {
    "terroriste", "djihadiste", "jihadiste", "islamiste", "armé", "rebelle", "extrémiste", "radical", "islamique",
    "militant", "paramilitaire", "humanitaire", "internationale", "international", "américaine", "américain",
}
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_NP_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "appos", "conj", "ROOT"}
_NOT_REFERENTS = {  # nouns that name no participant: times, measures
    "jour", "semaine", "mois", "an", "année", "heure", "minute", "fois", "matin", "soir", "soirée", "nuit", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre", "début", "fin", "milieu", "cours", "suite", "part", "lors",
    "moins", "plus", "total", "pourcentage", "million", "milliard", "millier", "centaine", "dizaine",
}
_PLURAL_COUNTRIES = {"USA", "NLD", "ARE", "PHL", "COM", "SYC", "MDV", "BHS", "MHL", "SLB"}  # "les États-Unis"
_MASCULINE_COUNTRIES_IN_E = {"MEX", "MOZ", "KHM", "ZWE", "BLZ", "SUR"}  # "le Mexique", "le Cambodge"
# verbs whose object pronoun "le" stands for a statement ("le dire", "le comprendre"), not an actor
_PROPOSITION_VERBS = {
    "dire", "comprendre", "savoir", "penser", "croire", "annoncer", "confirmer", "expliquer", "souligner", "rappeler",
    "affirmer", "déclarer", "préciser", "espérer", "regretter", "reconnaître", "ignorer", "vouloir", "pouvoir", "devoir",
    "faire", "assurer", "estimer", "juger", "considérer", "entendre", "écrire", "indiquer", "admettre", "nier",
    "démentir", "promettre", "souhaiter", "craindre", "montrer", "démontrer", "prouver", "répéter", "rendre",
}
_QUOTE_MARKS = WordSet({"«", "»", "“", "”"})
_BRACKET_MARKS = WordSet({"(", ")"})
_DEMONSTRATIVE_HEADS = {"ceux", "celui", "celle", "celles"}
_LOCATIVES = {"à", "dans", "en", "vers", "depuis", "sur", "près", "jusqu'"}
_WINDOW = 2  # sentences before the reference's own that a pronoun looks back into
# the words a reference starts with: only their positions are looked at
_CUE_WORDS = WordSet(
    set(_SUBJECT_PRONOUNS) | _POSSESSIVES | _ARTICLES | set(_DEMONSTRATIVES) | set(_LATTER) | {"l'", "lui", "leur"}
)
_FEMININE_TITLE_ENDINGS = ("ente", "ière", "euse", "trice", "ienne", "esse", "aine")
_FEMININE_ORG_HEADS = {
    "organisation", "union", "alliance", "commission", "agence", "banque", "fédération", "armée", "force", "forces",
    "cour", "assemblée", "ligue", "coalition", "église", "association", "société", "compagnie", "université", "chambre",
    "conférence", "communauté", "police", "gendarmerie", "entreprise", "fondation", "direction", "autorité", "mission",
    "confédération", "garde", "brigade", "milice", "république", "marine", "chaîne", "radio", "télévision", "caisse",
}
_MASCULINE_ORG_HEADS = {
    "conseil", "parti", "mouvement", "front", "fonds", "comité", "groupe", "bureau", "parlement", "sénat", "gouvernement",
    "ministère", "tribunal", "congrès", "programme", "haut-commissariat", "état", "service", "institut", "centre",
    "forum", "secrétariat", "département", "office", "syndicat", "collectif", "club", "conglomérat", "corps",
}


def _morph(token: Token, key: str) -> str | None:
    values = token.morph.get(key)
    return values[0] if values else None


@dataclass
class _Phrase:
    """A noun phrase a reference may point to: its head, and the actor it names (None: no actor)."""

    head: int
    sent: int
    actor: int | None
    gender: str | None
    number: str | None
    subject: bool
    main: bool  # subject of its sentence's main clause
    pronoun: bool = False  # an unresolved pronoun: who knows what it stands for
    aside: bool = False  # in parentheses, or the complement of "ceux", "celui": no antecedent of a subject outside it


class _Resolver:
    """The state of one document's resolution: mentions by token, phrases seen, drafts."""

    def __init__(self, doc: Doc, candidates: list[Candidate], drafts: list[ActorDraft], gaz: Gazetteer, main_country: str | None) -> None:
        self.doc = doc
        self.drafts = drafts
        self.gaz = gaz
        self.main_country = main_country
        self.by_token: dict[int, Candidate] = {}
        self.places: set[int] = set()  # tokens of places: no participant a reference points to
        self.in_titles: dict[int, Candidate] = {}  # "le ministre russe ... Sergueï Lavrov": title tokens, to the person
        for cand in candidates:
            if not cand.is_actor:
                if cand.kind == "LOCATION":
                    self.places.update(range(cand.start, cand.end))
                continue
            for i in range(cand.start, cand.end):
                self.by_token[i] = cand
            if cand.kind == "PERSON" and cand.role is not None:
                if cand.role[1] <= cand.start and normalize_apostrophes(doc[cand.start - 1].lower_) in ("de", "d'", "du", "des"):
                    continue  # "l'avocat de Neymar": the title is someone else's
                for i in range(cand.role[0] - 1, cand.role[1]):
                    self.in_titles.setdefault(i, cand)
        self.place_spans = sorted((c.start, c.end) for c in candidates if c.kind == "LOCATION")
        self._quotes: dict[int, tuple[int, int]] | None = None  # read when a reference needs it
        self._brackets: dict[int, tuple[int, int]] | None = None
        self.phrases: dict[int, _Phrase | None] = {}  # token → its phrase, as resolved so far
        self.resolved: list[Candidate] = []
        self.history: list[tuple[int, Candidate]] = []  # (token index, mention) of actor mentions seen so far
        self.coref_at: dict[int, int] = {}  # token → actor of the references resolved so far
        self.gender_cache: dict[int, tuple[str | None, str | None]] = {}

    # ----------------------------------------------------------- helpers

    def country_actor(self, code: str | None, position: int) -> int | None:
        """The country's actor, created when the article names it only through a reference."""
        if code is None:
            return None
        for idx, draft in enumerate(self.drafts):
            if draft.kind == "COUNTRY" and draft.code == code:
                return idx
        self.drafts.append(ActorDraft("COUNTRY", [self.gaz.country_name(code)], code=code, first=position))
        return len(self.drafts) - 1

    def add(self, start: int, end: int, actor: int | None, rule: str) -> None:
        if actor is None:
            return
        draft = self.drafts[actor]
        if end - start > 1 and normalize_apostrophes(self.doc[start].lower_) in ("le", "la", "l'", "les"):
            start += 1  # "le groupe" gives the mention "groupe": spans leave out their article (spec §1)
        cand = Candidate(start, end, kind=draft.kind, source="coref", actor=actor, label=rule)
        self.resolved.append(cand)
        self.history.append((start, cand))
        for i in range(start, end):
            self.coref_at[i] = actor
            self.phrases.pop(i, None)

    @property
    def quotes(self) -> dict[int, tuple[int, int]]:
        if self._quotes is None:
            self._quotes = _quotations(self.doc)
        return self._quotes

    @property
    def brackets(self) -> dict[int, tuple[int, int]]:
        if self._brackets is None:
            self._brackets = _brackets(self.doc)
        return self._brackets

    def aside(self, tok: Token) -> bool:
        """Is ``tok`` in parentheses, or the complement of a demonstrative pronoun ("ceux de la Chine et de la Russie")?"""
        if tok.i in self.brackets:
            return True
        head = tok
        for _ in range(4):
            if head.dep_ != "conj":
                break
            head = head.head
        return head.dep_ == "nmod" and head.head.lower_ in _DEMONSTRATIVE_HEADS or head.lower_ in _DEMONSTRATIVE_HEADS

    def actor_of(self, tok: Token) -> int | None:
        """The actor a noun phrase headed by ``tok`` names, if any."""
        cand = self.by_token.get(tok.i)
        if cand is not None and cand.actor is not None:
            return cand.actor
        if tok.i in self.coref_at:
            return self.coref_at[tok.i]
        person = self.in_titles.get(tok.i)
        if person is not None and person.actor is not None:
            return person.actor  # "le ministre russe Sergueï Lavrov": the title heads the phrase
        for child in tok.children:
            if child.dep_ in ("appos", "flat:name") and child.i > tok.i:
                named = self.by_token.get(child.i)
                if named is not None and named.actor is not None and named.kind == "PERSON":
                    return named.actor  # "le porte-parole, Dmitri Peskov"
        return None

    def phrase_at(self, tok: Token) -> _Phrase | None:
        """``tok`` as a noun phrase a reference may point to, else None."""
        if tok.i not in self.phrases:
            self.phrases[tok.i] = self._phrase_at(tok)
        return self.phrases[tok.i]

    def _phrase_at(self, tok: Token) -> _Phrase | None:
        actor = self.actor_of(tok)
        dep = tok.dep_
        subject = dep in _SUBJECT_DEPS
        main = subject and (tok.head.dep_ == "ROOT" or tok.head.head == tok.head)
        if actor is not None and tok.i in self.coref_at and tok.i not in self.by_token:
            # a reference: its own words agree ("ses forces ... qu'elles")
            return _Phrase(tok.i, tok.sent.start, actor, _morph(tok, "Gender"), _morph(tok, "Number"), subject, main)
        if actor is not None:
            cand = self.by_token.get(tok.i)
            if cand is not None and cand.metonymy and _after_locative(self.doc, cand.start):
                return None  # "dans l'Élysée": a place here
            own = self.by_token.get(tok.i) or self.in_titles.get(tok.i)
            inside = range(own.start, own.end) if own is not None else range(tok.i, tok.i + 1)  # "Royaume - Uni" is one name
            conj = dep == "conj" and tok.head.i not in inside
            if conj and tok.head.dep_ in _SUBJECT_DEPS:
                subject, main = True, tok.head.head.dep_ == "ROOT"
            coordinated = any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i not in inside for c in tok.children) or subject and any(
                c.dep_ in _SUBJECT_DEPS and c.i not in inside and c.pos_ in ("NOUN", "PROPN") for c in tok.head.children
            )  # "X et Y ont été écartés", parsed as two subjects
            if subject and (coordinated or conj):
                # "X et Y ont été écartés. Il ...": which one? No one actor either for "ils"
                return _Phrase(tok.i, tok.sent.start, None, None, None, subject, main)
            if coordinated:
                return _Phrase(tok.i, tok.sent.start, None, None, "Plur", subject, main)  # "de la Russie et de la Chine"
            gender, number = self.actor_features(actor, tok)
            return _Phrase(tok.i, tok.sent.start, actor, gender, number, subject, main, aside=self.aside(tok))
        if tok.pos_ == "PRON" and normalize_apostrophes(tok.lower_) in _SUBJECT_PRONOUNS and subject:
            gender, number = _SUBJECT_PRONOUNS[normalize_apostrophes(tok.lower_)]
            return _Phrase(tok.i, tok.sent.start, None, gender, number, subject, main, pronoun=True)
        if tok.pos_ not in ("NOUN", "PROPN") or dep not in _NP_DEPS or tok.lemma_.lower() in _NOT_REFERENTS:
            return None
        if tok.i in self.by_token or tok.i in self.places or not tok.is_alpha:
            return None  # a place: no participant
        gender, number = _morph(tok, "Gender"), _morph(tok, "Number")
        if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
            number = "Plur"
        return _Phrase(tok.i, tok.sent.start, None, gender, number, subject, main)

    def actor_features(self, actor: int, tok: Token) -> tuple[str | None, str | None]:
        """Grammatical gender and number of an actor, as the article writes it."""
        if actor in self.gender_cache:
            return self.gender_cache[actor]
        draft = self.drafts[actor]
        gender: str | None = None
        number: str | None = "Sing"
        if draft.kind == "PERSON":
            first = _first_name_gender(draft, self.gaz)
            if first == "f" or draft.role and any(w.endswith(_FEMININE_TITLE_ENDINGS) or w == "première" for w in draft.role.lower().split()):
                gender = "Fem"
            elif first == "m":
                gender = "Masc"
        else:
            gender, number = self._determined(draft)
            if gender is None and draft.kind == "ORGANISATION":
                gender = self._org_head_gender(draft)
            if gender is None and draft.kind == "COUNTRY":
                if draft.code in _PLURAL_COUNTRIES:
                    gender, number = "Masc", "Plur"
                else:  # French country names in -e are feminine, but a few
                    name = self.gaz.country_name(draft.code or "")
                    gender = "Fem" if name.endswith("e") and draft.code not in _MASCULINE_COUNTRIES_IN_E else "Masc" if name else None
        self.gender_cache[actor] = (gender, number)
        return gender, number

    def _determined(self, draft: ActorDraft) -> tuple[str | None, str | None]:
        """Gender and number an actor's articles show ("la Russie", "le Hamas", "les États-Unis", "au Mali")."""
        doc = self.doc
        for mention in draft.mentions:
            if mention.start == 0:
                continue
            prev = normalize_apostrophes(doc[mention.start - 1].lower_)
            if prev in ("les", "aux", "des"):
                return "Masc" if _morph(doc[mention.start], "Gender") != "Fem" else "Fem", "Plur"
            if prev in ("le", "au", "du"):
                return "Masc", "Sing"
            if prev == "la":
                return "Fem", "Sing"
        return None, "Sing"

    def _org_head_gender(self, draft: ActorDraft) -> str | None:
        names = list(draft.names)
        if draft.org_id and draft.org_id in self.gaz.organisations:
            names.insert(0, self.gaz.organisations[draft.org_id].name)
        for name in names:
            words = fold(name).split()
            if not words:
                continue
            if words[0] in _FEMININE_ORG_HEADS:
                return "Fem"
            if words[0] in _MASCULINE_ORG_HEADS:
                return "Masc"
        return None

    def agreement(self, phrase: _Phrase, gender: str | None, number: str | None) -> str:
        """Can a reference of this gender and number point to this phrase: ``yes``, ``no`` or ``maybe``.

        ``maybe``: an actor whose gender the article does not show ("Highways
        England ... elle"); it may be the one meant, so nothing further back is.
        """
        if number and phrase.number and phrase.number != number:
            return "no"
        if gender and phrase.gender and phrase.gender != gender:
            return "no"
        if gender and phrase.gender is None and phrase.actor is not None:
            kind = self.drafts[phrase.actor].kind
            return "yes" if kind == "PERSON" and gender == "Masc" else "maybe"  # a person of unknown sex can be "il"
        return "yes"

    # ------------------------------------------------------------ lookups

    def sentences_before(self, tok: Token) -> list[Any]:
        """The sentences to look back into, nearest first: the token's own (up to it), then ``_WINDOW`` before."""
        doc = self.doc
        out = []
        sent = tok.sent
        out.append(doc[sent.start:tok.i])
        start = sent.start
        quote = self.quotes.get(tok.i)
        for _ in range(_WINDOW):
            if start == 0 or quote is not None and start <= quote[0]:
                break  # in a quotation: no further back than the sentence that opens it
            prev = doc[start - 1].sent
            out.append(prev)
            start = prev.start
        return out

    def subject_antecedent(self, tok: Token, gender: str | None, number: str | None, skip: int | None = None) -> int | None:
        """The actor a subject-like reference at ``tok`` stands for, or None (no antecedent, or not an actor)."""
        speaker = self.speaker_of(tok)
        decided, actor = self._governing_subject(tok, gender, number, skip)
        if decided:
            return actor if actor != speaker else None
        own_brackets = self.brackets.get(tok.i)
        for n, span in enumerate(self.sentences_before(tok)):
            phrases = [
                p for p in (self.phrase_at(t) for t in span)
                if p is not None and p.subject and p.head != skip and (p.actor is None or p.actor != speaker)
                and not (p.aside and self.brackets.get(p.head) != own_brackets)  # "(ceux de la Chine ...), il": not China
                # a verb has one subject: a noun phrase parsed as another subject of the pronoun's verb is a misparse
                # ("S'il rencontre X ainsi qu'un certain nombre d'ambassadeurs, il ..."); an actor there is the pronoun's
                # own ("Lydie Troadec est quant à elle accusée")
                and not (n == 0 and p.actor is None and self.doc[p.head].head.i == tok.head.i and p.head != tok.i)
            ]
            if n > 0:  # main clauses first, then the nearest
                phrases = [p for p in phrases if p.main] + [p for p in reversed(phrases) if not p.main]
            else:
                phrases.reverse()
            for phrase in phrases:
                agreement = self.agreement(phrase, gender, number)
                if agreement != "no":
                    return phrase.actor if agreement == "yes" else None  # None: that phrase, no actor, or unsure
        return None

    def _governing_subject(self, tok: Token, gender: str | None, number: str | None, skip: int | None) -> tuple[bool, int | None]:
        """"X a déclaré qu'il ...": the subject of the clause that governs the reference's, if it agrees.

        ``(decided, actor)``: decided is True when a governing clause's subject
        or noun settled it (actor None: not an actor).
        """
        verb = tok.head
        for _ in range(4):
            if verb.dep_ not in ("ccomp", "advcl", "xcomp", "conj", "acl", "acl:relcl", "parataxis") or verb.head == verb:
                return False, None
            governor = verb.head
            if governor.pos_ in ("NOUN", "PROPN"):
                if not any(normalize_apostrophes(c.lower_) in ("que", "qu'") for c in verb.children):
                    return False, None  # "une révélation du Canard selon laquelle il ...": not the newspaper
                # "une garantie de l'OTAN qu'elle n'acceptera pas": an actor named in that noun phrase
                for child in sorted(governor.subtree, key=lambda t: -t.i):
                    if child.i >= verb.i or child.i < governor.i:
                        continue
                    phrase = self.phrase_at(child)
                    if phrase is not None and phrase.actor is not None and not phrase.aside:
                        agreement = self.agreement(phrase, gender, number)
                        if agreement != "no":
                            return True, phrase.actor if agreement == "yes" else None
                if verb.dep_ == "acl:relcl" and any(c.dep_ == "obj" and c.pos_ == "PRON" for c in verb.children):
                    # "les positions qu'elles occupaient": not the positions, the phrase before them
                    actor = self.latest_phrase(governor, gender, number, sentences=1)
                    return actor is not None, actor
                return False, None
            for child in governor.children:
                if child.dep_ in _SUBJECT_DEPS and child.i < tok.i and child.i != skip:
                    phrase = self.phrase_at(child)
                    if phrase is not None:
                        agreement = self.agreement(phrase, gender, number)
                        if agreement != "no":
                            return True, phrase.actor if agreement == "yes" else None
            verb = governor
        return False, None

    def latest_phrase(self, tok: Token, gender: str | None, number: str | None, exclude: int | None = None,
                      skip: frozenset[int] = frozenset(), sentences: int = 2, person_only: bool = False) -> int | None:
        """The actor of the nearest noun phrase before ``tok`` that agrees (None if that phrase names no actor).

        ``exclude``: an actor that cannot be meant (the clause's own subject);
        ``skip``: tokens that head no candidate phrase; ``person_only``: only
        a person may be meant ("lui").
        """
        speaker = self.speaker_of(tok)
        for span in self.sentences_before(tok)[:sentences]:
            for t in reversed(span):
                if t.i in skip:
                    continue
                phrase = self.phrase_at(t)
                if phrase is None or phrase.pronoun:
                    continue
                if phrase.actor is not None and phrase.actor in (exclude, speaker):
                    continue
                if person_only and phrase.actor is not None and self.drafts[phrase.actor].kind != "PERSON":
                    continue
                agreement = self.agreement(phrase, gender, number)
                if agreement != "no":
                    return phrase.actor if agreement == "yes" else None
        return None

    def speaker_of(self, tok: Token) -> int | None:
        """Who speaks the quotation ``tok`` stands in: "X a dit : « il ... »" (a third person is not X)."""
        quote = self.quotes.get(tok.i)
        if quote is None:
            return None
        open_, close = quote
        doc = self.doc
        sent = doc[open_].sent
        for t in reversed(doc[sent.start:open_]):  # "Eric Drouet critique Macron : « ... »"
            if t.dep_ in _SUBJECT_DEPS:
                actor = self.actor_of(t)
                if actor is not None:
                    return actor
        if close + 1 < len(doc):
            after = doc[close + 1:min(len(doc), close + 12)]
            for t in after:  # "« ... », a déclaré X"
                if t.is_sent_start:
                    break
                actor = self.actor_of(t)
                if actor is not None and self.drafts[actor].kind == "PERSON":
                    return actor
        return None

    def place_country(self, tok: Token) -> str | None:
        """The country of the last place named before ``tok`` in its sentence ("la province de Nangarhâr (est du pays)")."""
        doc = self.doc
        start = tok.sent.start
        for s, e in reversed(self.place_spans):
            if e > tok.i:
                continue
            if s < start:
                return None
            code = self.gaz.country_of_place(doc[s:e].text)
            if code is not None:
                return code
        return None

    def last_of_kind(self, kind: str, exclude: int | None = None) -> int | None:
        for _, cand in reversed(self.history):
            if self.drafts[cand.actor].kind == kind and cand.actor != exclude:
                return cand.actor
        return None

    def clause_subject_actor(self, token: Token) -> int | None:
        """The actor of the subject of ``token``'s clause ("Israël menace ... le sud du pays": Israël)."""
        current = token
        for _ in range(6):
            if current.pos_ in ("VERB", "AUX"):
                for child in current.children:
                    if child.dep_ in _SUBJECT_DEPS:
                        actor = self.actor_of(child)
                        if actor is not None:
                            return actor
            if current.head == current:
                return None
            current = current.head
        return None

    def paragraphs_back(self, tok: Token, paragraphs: int, max_sentences: int = 8) -> int:
        """The first token of the paragraph ``paragraphs - 1`` before ``tok``'s (at most ``max_sentences`` sentences back)."""
        doc = self.doc
        text = doc_text(doc)
        start = tok.sent.start
        breaks = 0
        for _ in range(max_sentences - 1):
            if start == 0:
                break
            prev = doc[start - 1].sent
            if "\n" in text[prev.end_char:doc[start].idx] or doc[start - 1].is_space and "\n" in doc[start - 1].text:
                breaks += 1
                if breaks >= paragraphs:
                    break
            start = prev.start
        return start

    def mentions_since(self, start: int) -> list[Candidate]:
        """The actor mentions seen so far from token ``start`` on."""
        out = []
        for pos, cand in reversed(self.history):
            if pos < start:
                break
            out.append(cand)
        return out

    def is_subject(self, cand: Candidate) -> bool:
        """Is the mention a subject ("Boko Haram a attaqué", "le groupe Wagner a pris", "X et Y ont signé")?"""
        for tok in self.doc[cand.start:cand.end]:
            if cand.start <= tok.head.i < cand.end:
                continue  # the words that hang outside the name tell its function (a misparse may hang several)
            for _ in range(3):
                if tok.dep_ in _SUBJECT_DEPS:
                    return True
                if tok.dep_ not in ("conj", "appos", "flat:name", "nmod") or tok.head == tok or tok.dep_ == "nmod" and tok.head.i != tok.i - 1:
                    break  # "le groupe Wagner": the name hangs on the noun before it; "selon l'AFP": no subject
                tok = tok.head
        return False

    def recent_actors(self, tok: Token, sentences: int = 3) -> list[int]:
        """Actors mentioned in the last ``sentences`` sentences before ``tok``, nearest first."""
        start = tok.sent.start
        for _ in range(sentences - 1):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        out: list[int] = []
        for pos, cand in reversed(self.history):
            if pos < start:
                break
            if cand.actor not in out:
                out.append(cand.actor)
        return out


def resolve_references(
    doc: Doc, candidates: list[Candidate], drafts: list[ActorDraft], gaz: Gazetteer, main_country: str | None = None
) -> list[Candidate]:
    """Resolved mentions (``source="coref"``, ``label`` the rule) for the references of ``doc``.

    ``candidates`` are all the article's mentions (the actors' grouped:
    ``actor`` set; places are no antecedents). ``main_country`` is the
    country the article is about: "les autorités locales" are its state's.
    A country named only through a reference gets an actor draft.
    """
    r = _Resolver(doc, candidates, drafts, gaz, main_country)
    cand_iter = iter(sorted(candidates, key=lambda c: c.start))
    pending = next(cand_iter, None)
    for i in positions(doc, "LOWER", _CUE_WORDS):
        tok = doc[i]
        while pending is not None and pending.start <= tok.i:
            if pending.actor is not None:
                r.history.append((pending.start, pending))
            pending = next(cand_iter, None)
        if tok.i in r.by_token or tok.i in r.in_titles or tok.i in r.coref_at:
            continue
        _resolve_one(r, tok)
    return r.resolved


def _resolve_one(r: _Resolver, tok: Token) -> None:
    doc = r.doc
    low = normalize_apostrophes(tok.lower_)
    # subject pronouns
    if low in _SUBJECT_PRONOUNS and tok.pos_ == "PRON":
        if tok.dep_ in _SUBJECT_DEPS and not _impersonal(tok):
            gender, number = _SUBJECT_PRONOUNS[low]
            r.add(tok.i, tok.i + 1, r.subject_antecedent(tok, gender, number), "pronoun")
        return
    # "celui-ci", "celle-ci"
    if low in _DEMONSTRATIVES:
        gender, number = _DEMONSTRATIVES[low]
        r.add(tok.i, tok.i + 1, r.latest_phrase(tok, gender, number), "demonstrative")
        return
    # "ce dernier", "cette dernière"
    if low in _LATTER:
        if tok.i > 0 and doc[tok.i - 1].lower_ in _LATTER_DETERMINERS and tok.head.i != tok.i - 1 and tok.dep_ != "amod":
            gender, number = _LATTER[low]
            r.add(tok.i - 1, tok.i + 1, r.latest_phrase(doc[tok.i - 1], gender, number), "latter")
        return
    # object pronouns: "l'a attaqué", "les a condamnés", "lui a demandé"
    if low in _OBJECT_CLITICS and tok.pos_ == "PRON" and tok.dep_ in ("obj", "iobj", "obl:arg") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i > tok.i:
        gender, number = _OBJECT_CLITICS[low]
        if gender is None and low in ("l'", "les"):
            gender = _participle_gender(tok.head)
        if low in ("le", "l'") and tok.head.lemma_.lower() in _PROPOSITION_VERBS:
            return  # "il faut qu'il le comprenne": a statement, not an actor
        own = _own_subject(tok)
        named = [a for a in (r.actor_of(doc[i]) for i in sorted(own)) if a is not None]
        if not named and tok.head.dep_ == "acl:relcl" and any(normalize_apostrophes(c.lower_) == "qui" and c.dep_ in _SUBJECT_DEPS for c in tok.head.children):
            named = [a for a in [r.actor_of(tok.head.head)] if a is not None]  # "Edouard Philippe qui le recevra": not Philippe
        subject = named[0] if named else None if own else r.clause_subject_actor(tok.head)
        r.add(tok.i, tok.i + 1, r.latest_phrase(tok, gender, number, exclude=subject, skip=own, person_only=low == "lui"), "object pronoun")
        return
    if low in _POSSESSIVES and tok.dep_ == "det" and tok.head.i == tok.i + 1:
        noun = tok.head
        lemma = noun.lemma_.lower()
        if lemma in _COUNTRY_NOUNS or noun.lower_ in _COUNTRY_NOUNS:
            # "son pays", "notre pays"
            code = _speaker_country(r, tok)
            r.add(tok.i, tok.i + 2, r.country_actor(code, tok.i), "possessive country")
        elif noun.lower_ in _STATE_BODIES or noun.lower_ in _ARMED_BODIES:
            # "ses troupes", "son gouvernement", "leurs combattants"
            _possessed_body(r, tok, noun)
        else:
            _national_description(r, tok, noun)  # "son homologue australien"
        return
    # "dans le sud du pays", "reproche au pays": the country talked about, not the clause's subject
    if low in ("du", "au") and tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_.lower() == "pays" and tok.i + 1 not in r.by_token:
        noun = doc[tok.i + 1]
        if not _qualified(noun):
            located = r.place_country(noun)  # "dans la province de Nangarhâr (est du pays)"
            idx = r.country_actor(located, noun.i) if located is not None else _the_country(r, noun)
            r.add(noun.i, noun.i + 1, idx, "country noun")
        return
    if low == "des" and tok.dep_ == "det" and tok.head.i == tok.i + 1 and tok.head.lower_ in _POLICE_NOUNS and _bare(tok.head):
        if tok.head.i not in r.by_token:
            _bare_organ(r, tok, tok.head)  # "le recours à la force par des policiers": the article's state
        return
    if low not in ("les", "le", "la", "l'") or tok.dep_ != "det" or tok.head.i <= tok.i:
        return
    noun = tok.head
    if noun.i in r.by_token:
        return
    # "les autorités locales"
    if noun.i == tok.i + 1 and r.main_country:
        domestic = [c for c in noun.children if c.dep_ == "amod" and c.i == noun.i + 1 and c.lower_ in _DOMESTIC_ADJECTIVES]
        if noun.lower_ in _ORGAN_NOUNS and domestic:
            r.add(noun.i, domestic[0].i + 1, r.country_actor(r.main_country, noun.i), "local organ")
            return
    # "le gouvernement", "les autorités": the article's state
    if noun.i == tok.i + 1 and noun.lower_ in _BARE_ORGANS and _bare(noun):
        _bare_organ(r, tok, noun)
        return
    if low == "les" or noun.i - tok.i > 3:
        return
    lemma = noun.lemma_.lower()
    if lemma == "pays" and _demonym_of(r, noun) is None and not _qualified(noun):
        r.add(tok.i, noun.i + 1, _the_country(r, noun), "country noun")
    elif lemma in _ORG_NOUNS and _demonym_of(r, noun) is None and _describes_an_organisation(noun):
        _organisation_noun(r, tok, noun, lemma)
    else:
        _national_description(r, tok, noun)


def _demonym_of(r: _Resolver, noun: Token) -> tuple[str, int] | None:
    """The state of a nationality adjective after ``noun`` and the end of the phrase it closes."""
    found = None
    for child in noun.children:
        if child.dep_ == "amod" and child.i > noun.i:
            code = r.gaz.demonym(child.text)
            if code:
                found = (code, max(found[1] if found else 0, child.i + 1))
    return found


def _national_description(r: _Resolver, det: Token, noun: Token) -> None:
    """"le président brésilien", "son homologue australien": the named holder of that state, else the state."""
    demonym = _demonym_of(r, noun)
    if demonym is None or not (r.gaz.title_scope(noun.text) or noun.lemma_.lower() in _PERSON_NOUNS):
        return
    code, end = demonym
    named = r.by_token.get(end)
    if named is not None and named.kind == "PERSON":
        return  # "le président russe Vladimir Poutine": a title before a name
    idx = _last_person_of(r, code, noun.text)
    if idx is None:
        idx = r.country_actor(code, det.i)  # "le président brésilien", no Brazilian named: the state's agent
    r.add(det.i, end, idx, "national description")


def _after_locative(doc: Doc, start: int) -> bool:
    """Is the name at ``start`` the object of a locative preposition ("dans l'Élysée", "à Moscou")?"""
    i = start - 1
    while i >= 0 and normalize_apostrophes(doc[i].lower_) in ("l'", "le", "la", "les"):
        i -= 1
    return i >= 0 and normalize_apostrophes(doc[i].lower_) in _LOCATIVES


def _own_subject(clitic: Token) -> frozenset[int]:
    """The tokens of the clause's own subject before an object pronoun ("et Matthias Fekl lui a succédé")."""
    doc = clitic.doc
    own = {t.i for c in clitic.head.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree}
    j = clitic.i - 1
    start = clitic.sent.start
    while j >= start:
        t = doc[j]
        if t.dep_ in ("cc", "mark") or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or t.is_punct or normalize_apostrophes(t.lower_) in ("qui", "que", "qu'"):
            break
        own.add(j)
        j -= 1
    return frozenset(own)


def _brackets(doc: Doc) -> dict[int, tuple[int, int]]:
    """Token → ``(opening, closing)`` parentheses it stands in, within one sentence (the outermost pair)."""
    out: dict[int, tuple[int, int]] = {}
    opened: int | None = None
    depth = 0
    for i in positions(doc, "ORTH", _BRACKET_MARKS):
        t = doc[i]
        if t.text == "(":
            if depth == 0 or opened is not None and doc[opened].sent.start != t.sent.start:
                opened, depth = i, 0
            depth += 1
        elif depth and opened is not None:
            depth -= 1
            if depth == 0:
                if doc[opened].sent.start == t.sent.start:
                    for k in range(opened + 1, i):
                        out[k] = (opened, i)
                opened = None
    return out


def _quotations(doc: Doc) -> dict[int, tuple[int, int]]:
    """Token → ``(opening, closing)`` guillemets of the quotation it stands in.

    Nested quotations belong to the outermost one; a quotation does not run
    over a paragraph break.
    """
    out: dict[int, tuple[int, int]] = {}
    marks = positions(doc, "ORTH", _QUOTE_MARKS)
    if not marks:
        return out
    text = doc_text(doc)
    depth = 0
    opened = 0
    last = 0
    for i in marks:
        t = doc[i]
        if depth and "\n" in text[last:t.idx]:
            depth = 0  # an unclosed quotation ends with its paragraph
        last = t.idx
        if t.text in ("«", "“"):
            if depth == 0:
                opened = t.i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:  # the outermost quotation: « Il m'a dit : « ... » »
                for k in range(opened + 1, t.i):
                    out[k] = (opened, t.i)
    return out


def _the_country(r: _Resolver, noun: Token) -> int | None:
    """"le pays": the one country of the last three sentences (not the clause's subject), else the article's.

    Two countries in view, or one that is not the article's while the
    article has one: which? No answer.
    """
    subject = r.clause_subject_actor(noun)
    in_view = [a for a in r.recent_actors(noun) if a != subject]
    recent = {a for a in in_view if r.drafts[a].kind == "COUNTRY"}
    main = next((a for a, d in enumerate(r.drafts) if d.kind == "COUNTRY" and d.code == r.main_country), None)
    if len(recent) > 1 or recent and main is not None and recent != {main}:
        return None
    if any(r.drafts[a].kind != "COUNTRY" and r.drafts[a].country not in (None, r.main_country) for a in in_view):
        return None  # "le ministère de la Défense autrichien ... au pays": another state is in view
    if recent:
        return recent.pop()
    return main if main != subject else None


def _possessed_body(r: _Resolver, det: Token, noun: Token) -> None:
    """"ses troupes", "son gouvernement": the possessor's (a person's: their country's)."""
    number = "Plur" if det.lower_ in _PLURAL_POSSESSORS else "Sing"
    owner = None
    verb = noun.head
    if noun.dep_ not in _SUBJECT_DEPS and verb.pos_ in ("VERB", "AUX"):
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS and child.i < det.i:
                owner = r.actor_of(child)  # "Poutine a retiré ses troupes"
                if owner is None:
                    return
                break
    if owner is None:
        owner = r.subject_antecedent(det, None, number, skip=noun.i)
    if owner is None:
        return
    draft = r.drafts[owner]
    state_body = noun.lower_ in _STATE_BODIES
    if draft.kind == "PERSON":
        if not state_body or not draft.country or draft.country_source == "article":
            return
        owner = r.country_actor(draft.country, det.i)
    elif draft.kind == "ORGANISATION" and noun.lower_ not in _ARMED_BODIES:
        return  # "son gouvernement" is no organisation's
    r.add(det.i, noun.i + 1, owner, "possessive body")


def _bare_organ(r: _Resolver, det: Token, noun: Token) -> None:
    """"le gouvernement a annoncé": the article's country, unless another was named last."""
    main = r.main_country
    if main is None:
        return
    recent = [a for a in r.recent_actors(det) if r.drafts[a].kind == "COUNTRY"]
    if any(r.drafts[a].code != main for a in recent):
        return  # another state is in view: which government?
    if not any(d.kind == "COUNTRY" and d.code == main for d in r.drafts):
        return
    r.add(noun.i, noun.i + 1, r.country_actor(main, noun.i), "bare organ")


def _organisation_noun(r: _Resolver, det: Token, noun: Token, lemma: str) -> None:
    """"le groupe", "l'organisation": the organisation named by the noun, else the one kind in view."""
    named = _last_org_named(r, lemma)
    if named is not None:
        r.add(det.i, noun.i + 1, named, "organisation noun")
        return
    kinds = _ORG_NOUNS[lemma]

    def fits(actor: int) -> bool:
        draft = r.drafts[actor]
        if draft.kind != "ORGANISATION":
            return False
        org = r.gaz.organisations.get(draft.org_id or "")
        return (org.type if org is not None else "") in kinds

    # the one organisation of that kind that acted (a subject) in this paragraph or the one before;
    # not one named in passing as a complement ("selon l'agence Reuters", "un communiqué de l'AFP")
    acting = {cand.actor for cand in r.mentions_since(r.paragraphs_back(det, 2)) if fits(cand.actor) and r.is_subject(cand)}
    if len(acting) == 1:
        r.add(det.i, noun.i + 1, acting.pop(), "organisation noun")
        return
    if acting:
        return  # two organisations acted: which one?
    compatible = [a for a in r.recent_actors(det) if fits(a)]
    if len(compatible) == 1:
        r.add(det.i, noun.i + 1, compatible[0], "organisation noun")


def _describes_an_organisation(noun: Token) -> bool:
    """"le groupe", "le groupe jihadiste": no complement that makes it another one ("le groupe de travail")."""
    for child in noun.children:
        if child.dep_ in ("nmod", "appos", "acl", "acl:relcl") or child.dep_ == "amod" and child.lower_ not in _ORG_ADJECTIVES:
            return False
    return True


def _bare(noun: Token) -> bool:
    """A noun with no complement and no adjective ("le gouvernement", not "le gouvernement de transition")."""
    return not any(c.dep_ in ("nmod", "amod", "appos", "acl", "acl:relcl") for c in noun.children)


def _participle_gender(verb: Token) -> str | None:
    """"l'a attaquée": the gender a past participle after "avoir" shows for its object."""
    if "Part" not in verb.morph.get("VerbForm") or not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children):
        return None
    gender = _morph(verb, "Gender")
    return "Fem" if gender == "Fem" else None  # the masculine is also the form that agrees with nothing


def _impersonal(tok: Token) -> bool:
    """"il y a", "il faut", "il est à noter": no referent."""
    head = tok.head
    if tok.lower_ != "il":
        return False
    if head.lemma_ in ("falloir", "pleuvoir", "agir", "sembler", "paraître", "suffire", "exister"):
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


def _first_name_gender(draft: ActorDraft, gaz: Gazetteer) -> str | None:
    name = max(draft.names, key=len).split()
    return gaz.first_name(name[0]) if len(name) > 1 else None


def _qualified(noun: Token) -> bool:
    """"le pays de Galles", "le pays hôte": a noun whose modifiers say which one it is."""
    return any(c.dep_ == "amod" or (c.dep_ == "nmod" and c.pos_ == "PROPN") for c in noun.children)


def _last_org_named(r: _Resolver, noun: str) -> int | None:
    for _, cand in reversed(r.history):
        draft = r.drafts[cand.actor]
        if draft.kind != "ORGANISATION":
            continue
        names = list(draft.names)
        if draft.org_id and draft.org_id in r.gaz.organisations:
            org = r.gaz.organisations[draft.org_id]
            names += [org.name, *org.aliases]
        if any(fold(n).split()[:1] == [noun] for n in names):
            return cand.actor  # "la cour": the "Cour pénale internationale", not "2F Conseil" for "le conseil"
    return None


def _last_person_of(r: _Resolver, country: str, noun: str) -> int | None:
    noun_key = fold(noun)
    fallback = None
    for _, cand in reversed(r.history):
        draft = r.drafts[cand.actor]
        if draft.kind == "PERSON" and draft.country == country:
            if draft.role and noun_key in fold(draft.role):
                return cand.actor
            if fallback is None:
                fallback = cand.actor
    return fallback


def _speaker_country(r: _Resolver, tok: Token) -> str | None:
    """The country a possessive "son/notre pays" points to."""
    # climb to a speech verb or a clause subject
    current = tok.head
    for _ in range(6):
        verb = current
        if verb.pos_ in ("VERB", "AUX"):
            for child in verb.children:
                if child.dep_ in _SUBJECT_DEPS and child.i != tok.head.i:
                    code = _country_of_token(r, child)
                    if code:
                        return code
        if current.head == current:
            break
        current = current.head
    low = tok.lower_
    if low in ("son", "sa", "ses", "leur", "leurs"):
        # "ont coûté deux points de croissance à son pays": whose? the salient subject, if it agrees
        owner = r.subject_antecedent(tok, None, "Plur" if low in _PLURAL_POSSESSORS else "Sing", skip=tok.head.i)
        if owner is None:
            return None
        draft = r.drafts[owner]
        return draft.code if draft.kind == "COUNTRY" else draft.country
    # "notre pays": the speaker's; else the most recent person or country
    speaker = r.speaker_of(tok)
    if speaker is not None and _country_of_actor(r, speaker):
        return _country_of_actor(r, speaker)
    for _, cand in reversed(r.history):
        draft = r.drafts[cand.actor]
        if draft.kind == "COUNTRY":
            return draft.code
        if draft.kind == "PERSON" and draft.country:
            return draft.country
    return None


def _country_of_actor(r: _Resolver, actor: int) -> str | None:
    draft = r.drafts[actor]
    return draft.code if draft.kind == "COUNTRY" else draft.country


def _country_of_token(r: _Resolver, token: Token) -> str | None:
    actor = r.actor_of(token)
    if actor is None:
        return None
    draft = r.drafts[actor]
    if draft.kind == "COUNTRY":
        return draft.code
    return draft.country
