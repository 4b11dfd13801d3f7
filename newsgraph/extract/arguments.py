"""Argument finders: who acts and who is acted upon, one function per French construction.

Each finder reads the Universal Dependencies parse around one trigger and
returns the actors it finds as :class:`~newsgraph.extract.event_context.Arg`,
named after the construction (the event's ``rule`` carries that name). The
finders of a role are tried in order and the first that finds an actor wins
(:func:`verb_sources`, :func:`verb_targets`, :func:`noun_sources`,
:func:`noun_targets`).

Noun phrases
    :func:`phrase_actors` is the search every finder uses inside the phrase it
    lands on: the actor the phrase names, its coordinated and enumerated
    companions, a nationality adjective ("les diplomates russes"), and else
    the actors of its complements, agents first ("la politique migratoire de
    Budapest", "l'alliance conduite par Riyad"), at a bounded depth.

Verbs
    ``subject`` ("La Russie accuse"), ``relative`` ("la Russie, qui accuse"),
    ``passive_agent`` ("rejetée par l'Ukraine"), ``control`` (the subject or
    the object of a governing verb: "a décidé de convoquer", "appelle l'Iran
    à négocier", "a réussi à encercler"), ``coordination`` ("a repris X et
    encerclé Y"), ``speaker`` ("nous" in a quotation); targets from the
    row's ``frame``, the ``patient`` of a passive (also inherited: "après
    avoir été contraint par X"), the noun a past participle ``modifies``
    ("une coalition soutenue par X"), the ``shared`` recipient of
    coordinated verbs, the ``requested`` agent of a request ("exige que
    l'OTAN retire"), the ``condition`` of a threat, the ``place`` of an
    attack or a visit.

Nouns
    sources from the row's slots (``par``, a possessive, a nationality
    adjective, ``de``), a ``participle_agent`` ("l'offensive lancée par
    X"), the ``light_verb`` subject ("la Russie tiendra des pourparlers");
    targets from the row's slots on the noun, its participle ("l'offensive
    lancée contre Daech") or its light verb ("a imposé des sanctions à
    X"), ``between`` ("les combats entre X et Y"), the ``recipient`` of the
    governing verb ("a adressé un ultimatum à X"), the ``beneficiary`` of a
    receiving verb ("X bénéficie du soutien de Y"), the clause subject of an
    ``adjunct`` ("grâce à l'aide de Y, X a repris..."), the ``place``.

Reciprocal events ("le Chili et le Pérou ont conclu un traité") are built by
the caller from coordinated sources (:func:`reciprocal_pairs`).
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from ..resources import TriggerEntry
from ..types import EVENT_TYPES
from .clauses import is_active_transitive, is_passive, verb_lemma
from .event_context import Arg, EventContext, unique_args
from .normalize import normalize_apostrophes
from .slots import case_words, slot_fillers
from .triggers import content_words, expression_fits

__all__ = [
    "adverbial_noun",
    "aimed_at",
    "conjuncts",
    "followers",
    "incise_speaker",
    "is_incise",
    "noun_sources",
    "noun_targets",
    "object_event",
    "phrase_actors",
    "reciprocal_pairs",
    "two_de_complements",
    "verb_sources",
    "verb_targets",
]

_RELATIVE_PRONOUNS = {"qui", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles", "dont"}
_FIRST_PERSON = {"nous", "je", "j'", "on"}
# the clauses that state what is requested ("exige que X retire", "demande à X de"), not those beside the request
_REQUESTED_DEPS = ("ccomp", "xcomp", "acl", "acl:relcl", "csubj", "nmod", "obj")
_PLACE_CASES = {"dans", "en", "sur", "à", "au", "aux", "vers", "contre"}
_FACING_CASES = {"devant", "face", "contre", "auprès"}
_TIME_CASES = {"après", "avant", "depuis", "suite", "dès"}
_ACCORDING_CASES = {"selon", "d' après"}
_AGENT_CASES = {"de", "du", "des", "d'", "par"}
# the CAMEO classes of force (fight, mobilise) whose "de" may name the force that acts ("les bombardements de
# l'aviation russe"), unlike killing or arresting someone (18, 17) or buying something
_FORCE_CODES = ("19", "15")
# complements that relate a plain noun to someone else: the phrase does not refer to them
_RELATION_CASES = {"avec", "sans", "entre"}
_REACTION_TYPES = ("ACCUSE", "REJECT", "SUPPORT")  # reactions to an event told before
_ANAPHORIC_TYPES = ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REQUEST", "AGREE")  # events a reaction refers back to
_DEFINITE_DETERMINERS = {"le", "la", "l'", "les", "ce", "cet", "cette", "ces"}
_A_CASES = {"à", "au", "aux"}
_PLACE_TYPES = {"ASSAULT", "MOBILIZE", "COERCE"}  # a visit's place is in its row's frame ("se rendre en")
_RECIPROCAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
_MAX_RECIPROCAL = 4
_NO_RECIPIENT_TYPES = {"CONSULT", "PROTEST"}
# judgements of and requests for another event lend no source to an event noun ("condamne l'attaque",
# "réclame la libération de X"); praise, blame and requests act on the event's agent, not on its target
# ("condamne l'attaque contre X", "demande le retrait des troupes russes")
_REACTION_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"}
_AGENT_ONLY_TYPES = {"ACCUSE", "SUPPORT", "REQUEST"}
_GOVERNED_NOUN_DEPS = ("obj", "nsubj:pass", "obl:arg", "obl", "obl:mod", "xcomp")
_MAX_CLIMB = 5


# ------------------------------------------------------------------ phrases


def conjuncts(token: Token) -> list[Token]:
    """The tokens coordinated with ``token`` below it ("la France, l'Allemagne et l'Italie")."""
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(conjuncts(child))
    return out


def _own_actor(ctx: EventContext, i: int) -> str | None:
    return ctx.actor_at(i) or ctx.capital_at(i)


def _demonyms(ctx: EventContext, tok: Token, finder: str, compounds: bool = False) -> list[Arg]:
    """Country actors of the nationality adjectives on ``tok`` ("les diplomates russes et américains").

    With ``compounds``, an adjective that names several states names each ("les frappes
    russo-syriennes", on an event noun); a plain noun's compound is a relation ("la frontière
    russo-ukrainienne" is neither state).
    """
    found = []
    for child in tok.children:
        if child.dep_ != "amod":
            continue
        for adj in [child, *conjuncts(child)]:
            states = ctx.demonym_actors(adj)
            if compounds or len(states) == 1:
                found.extend(Arg(ref, adj.i, finder) for ref in states)
    return found


def _possessive(ctx: EventContext, tok: Token, finder: str) -> list[Arg]:
    for child in tok.children:
        if child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
            ref = ctx.actor_at(child.i) or ctx.possessor(child)
            if ref:
                return [Arg(ref, child.i, finder)]
    return []


def _event_noun_row(ctx: EventContext, tok: Token) -> TriggerEntry | None:
    """The lexicon row of ``tok`` when it is itself an event noun ("l'attaque *de la Russie*", "la mise en cause de X")."""
    if tok.pos_ != "NOUN":
        return None
    entries = ctx.lexicon.lookup(tok.lemma_.lower(), "NOUN") or ctx.lexicon.lookup(tok.lower_, "NOUN")
    fitting = sorted((e for e in entries if expression_fits(tok, e)), key=lambda e: -len(e.lemma.split()))
    return fitting[0] if fitting else None


def phrase_actors(ctx: EventContext, tok: Token, finder: str, depth: int = 2, exclude: frozenset[str] | set[str] = frozenset(),
                  agents_only: bool = False) -> list[Arg]:
    """Actors the phrase headed by ``tok`` refers to (but those of ``exclude``).

    The actor the head names (a capital counts as its country) with its
    coordinated and enumerated companions; else a name in apposition ("le
    ministre russe Sergueï Lavrov"); else the countries of its nationality
    adjectives; else, down to ``depth`` levels, the actors of its
    complements: first those that tell who (a possessive, "de"/"par", the
    agent of a participle), then the others ("les crédits accordés à
    Airbus"). The complements of an event noun are read through its row:
    its source slots first (who reacts to "l'invasion de l'Ukraine par la
    Russie" reacts to Russia), then, unless ``agents_only``, its target slots
    ("signer un contrat avec X").
    """
    def keep(args: Iterable[Arg]) -> list[Arg]:
        return unique_args(a for a in args if a.actor not in exclude)

    own = _own_actor(ctx, tok.i)
    args = [Arg(own, tok.i, finder)] if own else []
    for conj in conjuncts(tok):
        ref = _own_actor(ctx, conj.i)
        if ref:
            args.append(Arg(ref, conj.i, finder))
        elif depth > 0 and conj.pos_ in ("NOUN", "PROPN", "PRON"):
            args.extend(phrase_actors(ctx, conj, finder, depth - 1, exclude, agents_only))
    if args:
        args += [Arg(a.actor, a.token, finder) for a in ctx.enumeration(args[-1].token)]
        if own:
            return keep(args)
    companions = keep(args)  # "les ambassadeurs de l'Allemagne, de la Belgique et de la France": conjuncts of the head
    found = keep(companions + _head_actors(ctx, tok, finder, depth, exclude, agents_only))
    return unique_args(sorted(found, key=lambda a: a.token))


def _head_actors(ctx: EventContext, tok: Token, finder: str, depth: int, exclude: frozenset[str] | set[str],
                 agents_only: bool) -> list[Arg]:
    """The actors a phrase's head names through an apposition, a nationality adjective or its complements."""
    def keep(args: Iterable[Arg]) -> list[Arg]:
        return unique_args(a for a in args if a.actor not in exclude)

    for child in tok.children:
        if child.dep_ in ("appos", "flat:name") and ctx.actor_at(child.i):
            return keep([Arg(ctx.actor_at(child.i), child.i, finder)])
    named = _name_after_head(ctx, tok, finder) or _displaced_apposition(ctx, tok, finder)
    if named:
        return keep(named)
    nationals = ctx.nationality_actor(tok)
    quantity = ctx.lexicon.cue("quantity")
    counted = tok.head != tok and (tok.head.lemma_.lower() in quantity or tok.head.lower_ in quantity or tok.head.pos_ == "NUM")
    if nationals and not counted:
        # "les Ukrainiens": the people of a state that is an actor of the article; "60 % des Français",
        # "la majorité des Britanniques" are a share of people, not their state
        return keep([Arg(nationals, tok.i, finder)])
    found = keep(_demonyms(ctx, tok, finder) or _counted_group(ctx, tok, finder))
    if found or depth == 0 or tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return found
    if tok.pos_ == "PRON" and ("Prs" in tok.morph.get("PronType") or tok.lemma_.lower() in ("ce", "cela", "ça")):
        return []  # "elle", "ils": what coreference resolved, or no one; "ceux de la Chine" is searched
    if tok.pos_ == "NUM":
        return []  # "deux des suspects"
    row = _event_noun_row(ctx, tok)
    if row is not None:
        found = keep(_slot_actors(ctx, tok, row.sources, finder, depth - 1) + _participle_agents(ctx, tok, finder))
        if not found and not agents_only:
            found = _frame_actors(ctx, tok, row.targets, finder, set(exclude), depth - 1)
        return found
    who: list[Arg] = keep(_possessive(ctx, tok, finder))
    others: list[Arg] = []
    for child in tok.children:
        if child.dep_ == "nmod":
            cases = case_words(child)
            if cases and cases[0] in _PLACE_CASES - {"contre"}:
                # "le représentant en Argentine de l'AAVSO": where, not who; the parser hangs the "de" after it on the place
                for grand in child.children:
                    if grand.dep_ == "nmod" and case_words(grand)[:1] and case_words(grand)[0] in _AGENT_CASES:
                        who.extend(phrase_actors(ctx, grand, finder, depth - 1, exclude, agents_only))
                continue
            if cases and (cases[0] in _RELATION_CASES or cases[0] == "contre"):
                continue  # "les régions frontalières avec l'Afghanistan" are not Afghanistan, "la coalition contre l'EI" not the EI
            tier = who if not cases or cases[0] in _AGENT_CASES else others
            tier.extend(phrase_actors(ctx, child, finder, depth - 1, exclude, agents_only))
        elif child.dep_ in ("acl", "acl:relcl") and child.pos_ == "VERB":
            if child.dep_ == "acl" and "Past" not in child.morph.get("Tense"):
                continue  # "les forces soutenant le régime" are not the regime; "les crédits accordés à X" concern X
            for grand in child.children:
                if grand.dep_ == "obl:agent":
                    who.extend(phrase_actors(ctx, grand, finder, depth - 1, exclude, agents_only))
                elif grand.dep_ in ("obl:arg", "obl", "obj", "iobj") and normalize_apostrophes(grand.lower_) not in _RELATIVE_PRONOUNS:
                    others.extend(phrase_actors(ctx, grand, finder, depth - 1, exclude, agents_only))
        elif child.dep_ == "appos":
            others.extend(phrase_actors(ctx, child, finder, depth - 1, exclude, agents_only))
    return keep(who or others)


_NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}


def _counted_group(ctx: EventContext, tok: Token, finder: str) -> list[Arg]:
    """"les deux derniers", "ces trois pays": the last actors named before, as many as counted.

    "derniers" counts any actors, a noun of states (``cues.tsv``: state_group) only countries; the
    actors are those of the sentence and the one before it, and there must be enough of them.
    """
    lemma = tok.lemma_.lower()
    states_only = lemma in ctx.lexicon.cue("state_group")
    if not (states_only or lemma == "dernier") or tok.i == 0:
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("les", "ces") for c in tok.children):
        return []
    numbers = [c for c in tok.children if c.dep_ == "nummod"]
    if len(numbers) != 1:
        return []
    word = numbers[0].lower_
    count = _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
    if not 2 <= count <= 6:
        return []
    doc = tok.doc
    sent = tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    named: list[Arg] = []
    for i in range(numbers[0].i - 1, start - 1, -1):
        ref = ctx.actor_at(i)
        if ref and ref not in {a.actor for a in named} and (not states_only or ctx.is_country(ref)):
            named.append(Arg(ref, tok.i, finder))
            if len(named) == count:
                return named[::-1]
    return []


def _displaced_apposition(ctx: EventContext, tok: Token, finder: str) -> list[Arg]:
    """A person named in apposition to a title, which the parser hung higher up.

    "la démission de son ministre**, le Camerounais Jean Ngono**": the name after the
    comma is the minister, though the parse makes it an apposition of "démission".
    """
    if tok.pos_ != "NOUN" or ctx.gaz.title_scope(tok.lemma_) is None:
        return []
    doc = tok.doc
    i = max(t.i for t in tok.subtree) + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    while i < len(doc) and i <= tok.i + 6 and (doc[i].pos_ == "DET" or (ctx.gaz.demonym(doc[i].text) and not ctx.actor_at(i))):
        i += 1  # "le Camerounais"
    ref = ctx.actor_at(i) if i < len(doc) else None
    if ref is None or ctx.kind(ref) != "PERSON" or doc[i].dep_ not in ("appos", "conj", "flat:name"):
        return []
    if not doc[i].head.is_ancestor(tok):
        return []
    return [Arg(ref, i, finder)]


def _name_after_head(ctx: EventContext, tok: Token, finder: str) -> list[Arg]:
    """The name right after a title or a classifier noun, which the parser hung elsewhere.

    "son homologue indien **Narendra Modi**" (a title: a person), "l'organisation armée **État
    islamique**", "le groupe **Boko Haram**" (a classifier noun, ``cues.tsv``: an organisation or a
    state).
    """
    if tok.pos_ != "NOUN":
        return []
    title = ctx.gaz.title_scope(tok.lemma_) is not None
    classifier = tok.lemma_.lower() in ctx.lexicon.cue("name_classifier")
    if not (title or classifier):
        return []
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and i <= tok.i + 3 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].dep_ == "amod":
        i += 1  # "homologue indien", "organisation armée"
    ref = ctx.actor_at(i) if i < len(doc) else None
    if ref is None or (i > 0 and ctx.actor_at(i - 1) == ref):
        return []
    person = ctx.kind(ref) == "PERSON"
    return [Arg(ref, i, finder)] if (title and person) or (classifier and not person) else []


def _participle_agents(ctx: EventContext, noun: Token, finder: str) -> list[Arg]:
    """"l'alliance **conduite par l'Arabie saoudite**": the agents of the participles on a noun.

    Not those of a participle that judges the noun's event ("les négociations parrainées par X",
    "l'attaque condamnée par X"): X does not do it.
    """
    row = _event_noun_row(ctx, noun)
    return [
        Arg(a.actor, a.token, finder)
        for c in noun.children if c.dep_ in ("acl", "amod") and c.pos_ == "VERB"
        and not (row is not None and _reacts(ctx, c, row.type))
        for g in c.children if g.dep_ == "obl:agent"
        for a in phrase_actors(ctx, g, finder, depth=1)
    ]


def _slot_actors(ctx: EventContext, tok: Token, slots: Iterable[str], finder: str, depth: int = 2,
                 exclude: set[str] | frozenset[str] = frozenset()) -> list[Arg]:
    """Actors of the first of ``slots`` (source slots of a noun: poss, amod, de, par) that holds one."""
    for slot in slots:
        if slot == "speaker":  # "X était un facteur de déstabilisation", said by someone: who says it
            speaker = reporter(ctx, tok)
            found = [Arg(speaker, tok.i, "speaker")] if speaker and speaker not in exclude else []
        elif slot == "poss":
            found = [a for a in _possessive(ctx, tok, finder) if a.actor not in exclude]
        elif slot == "amod":
            found = [a for a in _demonyms(ctx, tok, finder, compounds=True) if a.actor not in exclude]
        else:  # the source of "le soutien de l'opposition à X" is the opposition's agent, never X
            found = [a for filler in slot_fillers(tok, slot) for a in phrase_actors(ctx, filler, finder, depth, exclude, agents_only=True)]
        if found:
            return found
    return []


def _frame_actors(ctx: EventContext, tok: Token, slots: Iterable[str], finder: str, exclude: set[str], depth: int = 2,
                  agents_only: bool = False, between_slot: bool = False) -> list[Arg]:
    """Actors of the first target slot of a row that holds one (a trailing ``!``: only a name in the slot itself).

    "entre" is read here only for verbs (``between_slot``); a noun's "entre X et Y" makes a reciprocal event.
    """
    for slot in slots:
        if slot == "entre" and not between_slot:
            continue
        direct = slot.endswith("!")
        found = [
            a for filler in slot_fillers(tok, slot.rstrip("!"))
            # "a reçu l'appui du Qatar et de la Turquie": a name the parser hung on an event noun is its complement
            if not (direct and _event_noun_row(ctx, filler) is not None)
            for a in phrase_actors(ctx, filler, finder, 0 if direct else depth, exclude, agents_only)
        ]
        if found:
            return unique_args(found)
    return []


# ------------------------------------------------------------- verb sources


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]


def subject(ctx: EventContext, verb: Token) -> list[Arg]:
    """"**La Russie** accuse l'Ukraine": the subject's actors (several named subjects: the named one first).

    A verb that is no passive takes a subject the parser labelled passive ("s'est réconciliée").
    """
    deps = ("nsubj",) if is_passive(verb) else ("nsubj", "nsubj:pass")
    subjects = [c for c in verb.children if c.dep_ in deps]
    head = verb.head
    if verb.dep_ == "conj" and subjects and head.i < subjects[0].i and ctx.actor_at(head.i) and any(c.dep_ == "cc" for c in verb.children):
        # "Le Canada et l'Australie ont accusé", parsed as the verb coordinated with the first subject
        found = phrase_actors(ctx, head, "subject", depth=0) + phrase_actors(ctx, subjects[0], "subject")
        if found:
            return unique_args(found)
    subjects.sort(key=lambda c: ctx.actor_at(c.i) is None)
    for child in subjects:
        if normalize_apostrophes(child.lower_) in _RELATIVE_PRONOUNS:
            continue
        found = phrase_actors(ctx, child, "subject")
        if found:
            return found
    return []


def relative(ctx: EventContext, verb: Token) -> list[Arg]:
    """"la Russie, **qui** accuse l'Ukraine": the antecedent of a subject relative pronoun."""
    if verb.dep_ not in ("acl:relcl", "acl") or verb.head == verb:
        return []
    for child in verb.children:
        if child.dep_ == "nsubj" and normalize_apostrophes(child.lower_) in ("qui", "lequel", "laquelle", "lesquels", "lesquelles"):
            # not an actor of the relative clause itself ("l'homme qui a attaqué la France")
            return _outside(_antecedent_actors(ctx, verb.head, "relative"), verb)
    return []


def _outside(args: list[Arg], clause: Token) -> list[Arg]:
    """``args`` but those inside the clause (or participle phrase) headed by ``clause``."""
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    return [a for a in args if a.token not in inside]


def _antecedent_actors(ctx: EventContext, noun: Token, finder: str, exclude: frozenset[str] | set[str] = frozenset()) -> list[Arg]:
    """The actors of a noun a clause or participle hangs on: the noun's own, those of the name it is in
    apposition to ("le Hamas, un mouvement soutenu par ..."), else those of its complements."""
    found = phrase_actors(ctx, noun, finder, depth=0, exclude=exclude)
    if not found and noun.dep_ == "appos" and noun.head != noun:
        found = phrase_actors(ctx, noun.head, finder, depth=0, exclude=exclude)
    if not found and noun.dep_ == "nsubj":
        # "Le Hamas, un mouvement soutenu par ..., a attaqué": an apposition the parser made a second subject
        named = [c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i and ctx.actor_at(c.i)]
        if named:
            found = phrase_actors(ctx, named[-1], finder, depth=0, exclude=exclude)
    return found or phrase_actors(ctx, noun, finder, depth=1, exclude=exclude)


def first_person(ctx: EventContext, verb: Token) -> list[Arg]:
    """"« **Nous** négocierons », a dit Lavrov": the speaker's state."""
    for child in verb.children:
        if child.dep_ == "nsubj" and normalize_apostrophes(child.lower_) in _FIRST_PERSON and not ctx.actor_at(child.i):
            speaker = reporter(ctx, verb)
            if speaker:
                return [Arg(ctx.state_of(speaker), child.i, "speaker")]
    return []


def passive_agent(ctx: EventContext, verb: Token) -> list[Arg]:
    """"rejetée **par l'Ukraine** et les États-Unis": the agent of a passive or a participle.

    A "par" phrase of a passive is its agent, whatever label the parser gave it.
    """
    if is_active_transitive(verb):
        return []  # "a condamné l'invasion de l'Ukraine par la Russie": the agent of the object
    passive = any(c.dep_ == "aux:pass" for c in verb.children) or "Pass" in verb.morph.get("Voice")
    agents = [
        c for c in verb.children
        if c.dep_ == "obl:agent" or (passive and c.dep_.startswith("obl") and case_words(c)[:1] == ["par"])
    ]
    return [a for c in agents for a in phrase_actors(ctx, c, "passive_agent")]


def control(ctx: EventContext, verb: Token, climbed: int = 0) -> list[Arg]:
    """The doer of a verb without a subject, from the verb that governs it.

    "La Russie a décidé de convoquer", "a réussi à encercler", "pour frapper",
    "en prenant": the governing verb's subject; "a appelé **l'Iran** à
    négocier", "accuse **la Chine** de militariser": the object of an
    object-control verb (``cues.tsv``).
    """
    head = verb.head
    if head == verb or climbed > _MAX_CLIMB or verb.dep_ not in ("xcomp", "advcl", "acl"):
        return []
    if head.pos_ in ("NOUN", "ADJ"):
        return _predicate_controller(ctx, verb, head, climbed)
    if head.pos_ not in ("VERB", "AUX") or verb.dep_ == "acl":
        return []
    if verb.dep_ == "xcomp" and "Fin" in verb.morph.get("VerbForm"):
        # a conjugated verb is no infinitive: "La Russie, qui accuse l'Ukraine, proteste", where the parser
        # hangs the main verb on the relative clause, is said of the antecedent
        if head.dep_ == "acl:relcl" and head.i < verb.i and head.head.i < head.i:
            return [Arg(a.actor, a.token, "control") for a in phrase_actors(ctx, head.head, "control", depth=0)]
        return []
    if verb.dep_ == "xcomp" and verb_lemma(head) in ctx.lexicon.cue("object_control"):
        controllers = [
            child for child in head.children
            if child.dep_ in ("obj", "iobj") or (child.dep_.startswith("obl") and child.i < verb.i and any(w in _A_CASES for w in case_words(child)))
        ]
        if controllers:  # "a convaincu les Américains de retirer": they do it, named as an actor or not
            return [a for c in controllers for a in phrase_actors(ctx, c, "control", depth=1)]
    if is_passive(head):
        # "l'Iran a été invité à négocier": the one invited negotiates
        return [Arg(a.actor, a.token, "control") for a in patient(ctx, head, climbed + 1)]
    return [Arg(a.actor, a.token, "control") for a in _active_doer(ctx, head, climbed + 1)]


def _predicate_controller(ctx: EventContext, verb: Token, head: Token, climbed: int) -> list[Arg]:
    """"son groupe n'avait aucune **intention** d'attaquer", "sa volonté de poursuivre", "très **actif** pour défendre".

    An infinitive that completes a noun or an adjective is done by the noun's
    possessor, else by the subject of the clause the noun or adjective is in.
    """
    if "Inf" not in verb.morph.get("VerbForm") and "Ger" not in verb.morph.get("VerbForm"):
        return []
    owner = _possessive(ctx, head, "control")
    if owner:
        return owner
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    for child in subjects:  # "il a été très actif pour ...": the copula's subject
        found = phrase_actors(ctx, child, "control")
        if found or child.dep_ == "nsubj":
            return found
    clause = head.head
    if head.pos_ == "NOUN" and clause != head and clause.pos_ in ("VERB", "AUX") and head.dep_ in ("obj", "obl", "obl:arg", "xcomp"):
        if head.dep_ == "obj" and verb_lemma(clause) in ctx.lexicon.cue("object_control"):
            # "a convaincu les Américains de retirer", parsed with the infinitive on the object
            return phrase_actors(ctx, head, "control", depth=1)
        return [Arg(a.actor, a.token, "control") for a in _active_doer(ctx, clause, climbed + 1)]
    return []


def coordination(ctx: EventContext, verb: Token, climbed: int = 0) -> list[Arg]:
    """"La Syrie a repris Palmyre et **encerclé** ...": the first conjunct's doer."""
    head = verb.head
    if verb.dep_ != "conj" or head == verb or head.pos_ not in ("VERB", "AUX") or climbed > _MAX_CLIMB:
        return []
    if is_passive(head) and not is_passive(verb):
        return []
    doers = passive_agent(ctx, head) if is_passive(head) else _active_doer(ctx, head, climbed + 1)
    return [Arg(a.actor, a.token, "coordination") for a in doers]


def is_incise(verb: Token) -> bool:
    """"« ... » , a salué le Premier ministre Manuel Valls": a verb after a quotation, its subject inverted."""
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return False
    doc = verb.doc
    start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].text in ("»", "”", '"')


def incise_speaker(ctx: EventContext, verb: Token) -> list[Arg]:
    """The inverted subject of a verb after a quotation (the parser makes it the object)."""
    if not is_incise(verb):
        return []
    return [Arg(a.actor, a.token, "subject") for c in verb.children if c.dep_ == "obj" and c.i > verb.i
            for a in phrase_actors(ctx, c, "subject", depth=1)]


def _active_doer(ctx: EventContext, verb: Token, climbed: int = 0) -> list[Arg]:
    for found in (subject(ctx, verb), relative(ctx, verb), first_person(ctx, verb), incise_speaker(ctx, verb)):
        if found:
            return found
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return []  # a subject that names no actor: the doer is not one
    return control(ctx, verb, climbed) or coordination(ctx, verb, climbed) or _participle_doer(ctx, verb)


def _participle_doer(ctx: EventContext, verb: Token) -> list[Arg]:
    """"les forces **soutenant** X", "un projet d'accord **appelant** à ...": the noun a present participle describes.

    A past participle's noun is its patient ("les musulmans tués en Syrie"), not its doer.
    """
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    if "Part" not in verb.morph.get("VerbForm") and any(c.dep_ == "mark" for c in verb.children):
        return []  # "l'intention d'attaquer": an infinitive that completes the noun (control), not a participle
    if "Past" in verb.morph.get("Tense"):
        return []
    found = _outside(_antecedent_actors(ctx, verb.head, "participle"), verb)  # not "une résolution condamnant X"
    if found:
        return found
    noun = verb.head
    for _ in range(3):  # the document's author: "la Russie a remis un projet appelant à ..."
        if noun.head == noun:
            break
        if noun.head.pos_ in ("VERB", "AUX"):
            return [Arg(a.actor, a.token, "participle") for a in _active_doer(ctx, noun.head, _MAX_CLIMB)]
        noun = noun.head
    return []


def followers(ctx: EventContext, verb: Token) -> list[Arg]:
    """"a gelé ses prêts à la Serbie, **imitée par l'Italie**": those who did the same after.

    The agent of a participle of following (``cues.tsv``: "suivre", "imiter") on the trigger.
    """
    follow = ctx.lexicon.cue("follow")
    return [
        Arg(a.actor, a.token, "followed")
        for c in verb.children
        if c.dep_ in ("advcl", "acl", "conj") and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm") and verb_lemma(c) in follow
        for a in passive_agent(ctx, c)
    ]


def verb_sources(ctx: EventContext, verb: Token) -> list[Arg]:
    """Who does what ``verb`` says: the agent of a passive, else the active doer."""
    if is_passive(verb):
        return passive_agent(ctx, verb)
    return _active_doer(ctx, verb)


# ------------------------------------------------------------- verb targets


def patient(ctx: EventContext, verb: Token, climbed: int = 0, agents_only: bool = False) -> list[Arg]:
    """Whom a passive acts on: its subject ("**la proposition russe** a été rejetée"), or inherited.

    Coordinated passives share it ("rejetée par X et écartée par Y"); a
    passive infinitive takes its governor's subject ("X a démissionné après
    avoir été contraint par Y").
    """
    subjects = _subjects(verb)
    # a subject the parser hung on the auxiliary: "la proposition russe a [...] été rejetée"
    subjects += [g for c in verb.children if c.dep_.startswith("aux") for g in c.children if g.dep_ in ("nsubj", "nsubj:pass")]
    for child in subjects:
        found = phrase_actors(ctx, child, "patient", agents_only=agents_only)
        if found:
            return found
    if subjects or climbed > _MAX_CLIMB or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    if verb.dep_ == "conj" and is_passive(verb.head):
        return patient(ctx, verb.head, climbed + 1, agents_only)
    if verb.dep_ in ("xcomp", "advcl", "conj"):
        return [Arg(a.actor, a.token, "patient") for a in _active_doer(ctx, verb.head, climbed + 1)]
    return []


def modified_noun(ctx: EventContext, verb: Token, exclude: set[str]) -> list[Arg]:
    """"une coalition **soutenue** par X": the noun a past participle describes is its patient."""
    if verb.dep_ not in ("acl", "amod") or verb.head == verb or "Part" not in verb.morph.get("VerbForm"):
        return []
    if "Pres" in verb.morph.get("Tense"):
        return []
    return _antecedent_actors(ctx, verb.head, "modified", exclude)


def frame(ctx: EventContext, tok: Token, entry: TriggerEntry, exclude: set[str]) -> list[Arg]:
    """The actors of the row's own target slots (``obj``, ``avec``, ``contre``...).

    Praising, blaming or asking for an event acts on its agent: "condamne
    l'attaque contre X" has no named target, X is the victim; "demande le
    retrait des troupes russes" asks Russia.
    """
    agents_only = entry.type in _AGENT_ONLY_TYPES
    slots = entry.targets
    if tok.pos_ == "VERB" and (is_passive(tok) or is_incise(tok)):
        # a passive's patient is its subject, not a noun after it; an incise's "object" is its speaker
        slots = tuple(slot for slot in slots if not slot.startswith("obj"))
        if is_incise(tok) and entry.type in ("SUPPORT", "ACCUSE") and tok.head != tok:
            quoted = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "« Pisani était un grand réformateur », a salué X"
            found = [a for c in quoted for a in phrase_actors(ctx, c, "frame", depth=0, exclude=exclude)]
            if found:
                return found
    for holder in _expression_tokens(tok, entry):  # "trouver un terrain d'entente *avec X*": the last words hold it too
        found = _frame_actors(ctx, holder, slots, "frame", exclude, agents_only=agents_only, between_slot=True)
        if found:
            return found
    return []


def object_event(ctx: EventContext, verb: Token, entry: TriggerEntry, exclude: set[str]) -> list[Arg]:
    """The target of the event noun a verb governs, when the verb tells that event or eases it.

    "a conclu un pacte **avec la Chine**" (the verb and the noun are one
    agreement), "lever les sanctions **contre l'Iran**" (easing an action
    concedes to its target).
    """
    for obj in slot_fillers(verb, "obj"):
        row = _event_noun_row(ctx, obj)
        if row is not None and (row.type == entry.type or entry.type == "CONCEDE"):
            found = _frame_actors(ctx, obj, row.targets, "object_event", exclude)
            if found:
                return found
    return []


def shared_recipient(ctx: EventContext, verb: Token, exclude: set[str]) -> list[Arg]:
    """"a adressé un avertissement **à l'Italie** et demandé des économies": the first conjunct's recipient."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    return [Arg(a.actor, a.token, "shared") for a in _recipients_of(ctx, verb.head, exclude=exclude)]


def _recipients_of(ctx: EventContext, verb: Token, skip: int | None = None, exclude: set[str] | frozenset[str] = frozenset()) -> list[Arg]:
    found: list[Arg] = []
    for child in verb.children:
        if child.i == skip:
            continue
        cases = case_words(child)
        if child.dep_ == "iobj" or (child.dep_.startswith("obl") and cases and cases[0] in _A_CASES):
            found.extend(phrase_actors(ctx, child, "recipient", depth=1, exclude=exclude))
    return found


def requested(ctx: EventContext, tok: Token, exclude: set[str]) -> list[Arg]:
    """"exige que **l'OTAN** retire ses troupes": the subject of a requested action (depth ≤ 3).

    A requested action told by a noun is done by its agent: "exige le départ **des troupes russes**",
    "réclame l'arrêt des frappes **de l'aviation syrienne**" (the noun's source slots only: who is freed
    in "réclame la libération de X" is not asked anything).
    """
    for child in tok.children:
        if child.dep_ == "obj" and _event_noun_row(ctx, child) is not None:
            found = [Arg(a.actor, a.token, "requested") for a in phrase_actors(ctx, child, "requested", exclude=exclude, agents_only=True)]
            if found:
                return found
    frontier = [(tok, 0)]
    while frontier:
        node, depth = frontier.pop(0)
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubj:pass") and node != tok and node.pos_ in ("VERB", "AUX"):
                found = phrase_actors(ctx, child, "requested", exclude=exclude)
                if found:
                    return found
            if depth < 3 and child.dep_ in _REQUESTED_DEPS:
                frontier.append((child, depth + 1))
    return []


def faced(ctx: EventContext, tok: Token, exclude: set[str]) -> list[Arg]:
    """"ne reculera pas devant l'Occident pour demander ...": whom the governing clause faces."""
    if tok.dep_ not in ("advcl", "xcomp") or tok.head.pos_ != "VERB":
        return []
    return [
        Arg(a.actor, a.token, "faced")
        for c in tok.head.children if c.dep_.startswith("obl") and set(case_words(c)) & _FACING_CASES
        for a in phrase_actors(ctx, c, "faced", depth=0, exclude=exclude)
    ]


def condition(ctx: EventContext, tok: Token, exclude: set[str]) -> list[Arg]:
    """"... si **l'OTAN** ne se conforme pas": the subject of a threat's condition."""
    holders = [tok, tok.head] if tok.head != tok else [tok]
    for holder in holders:
        for node in holder.subtree:
            if node.pos_ in ("VERB", "AUX") and any(m.lower_ == "si" for m in node.children if m.dep_ == "mark"):
                for sub in _subjects(node):
                    found = phrase_actors(ctx, sub, "condition", exclude=exclude)
                    if found:
                        return found
    return []


def threatened_action(ctx: EventContext, tok: Token, exclude: set[str]) -> list[Arg]:
    """"menace de poursuivre ses opérations contre X": the threatened action's target."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp", "obl:arg") and child.pos_ == "VERB":
            found = [
                a for arg in child.children if arg.dep_ in ("obj", "obl", "obl:mod", "obl:arg", "iobj")
                for a in phrase_actors(ctx, arg, "action", exclude=exclude)
            ]
            return found or place(ctx, child, exclude)
    return []


def place(ctx: EventContext, tok: Token, exclude: set[str]) -> list[Arg]:
    """"à Bujumbura", "en Syrie", "dans le sud du pays": where an attack or a visit happens, as its country.

    A noun takes the places of its light verb too ("est repassé à l'offensive à Deir ez-Zor"), a verb those
    of its object ("a kidnappé des élèves au Nigeria"); an actor is
    no target of its own action ("l'armée syrienne a lancé une offensive en Syrie": the army is Syria).
    """
    holders = [tok]
    if tok.pos_ == "NOUN" and tok.dep_ in ("obj", "obl:arg", "obl", "obl:mod") and tok.head.pos_ == "VERB":
        holders.append(tok.head)
    holders += [c for c in tok.children if c.dep_ == "obj"]  # "a kidnappé des élèves au Nigeria", the place hung on the object
    for holder in holders:
        found = _place_of(ctx, holder, exclude)
        if found:
            return found
    return []


def _place_of(ctx: EventContext, tok: Token, exclude: set[str]) -> list[Arg]:
    for child in tok.children:
        if not (child.dep_.startswith("obl") or child.dep_ == "nmod"):
            continue
        cases = case_words(child)
        if not cases or cases[0] not in _PLACE_CASES:
            continue
        found = [a for a in phrase_actors(ctx, child, "place", exclude=exclude) if ctx.is_country(a.actor)]
        if not found:
            for t in child.subtree:
                ref = ctx.place_country(t.i)
                if ref and ref not in exclude:
                    found = [Arg(ref, t.i, "place")]
                    break
        if found:
            return found
    return []


def document_recipients(ctx: EventContext, verb: Token, exclude: set[str]) -> list[Arg]:
    """"a remis **aux représentants de l'OTAN** un projet d'accord appelant à ...": who received the document."""
    if verb.dep_ != "acl":
        return []
    noun = verb.head
    for _ in range(3):
        if noun.dep_ == "obj" and noun.head.pos_ == "VERB":
            return [Arg(a.actor, a.token, "recipient") for a in _recipients_of(ctx, noun.head, skip=noun.i, exclude=exclude)]
        if noun.head == noun or noun.pos_ not in ("NOUN", "PROPN"):
            break
        noun = noun.head
    return []


def verb_targets(ctx: EventContext, verb: Token, entry: TriggerEntry, sources: set[str]) -> list[Arg]:
    """Whom ``verb`` acts on: the row's frame, a passive's patient, then what the type's logic gives."""
    found = frame(ctx, verb, entry, sources)
    if not found:
        found = object_event(ctx, verb, entry, sources)
    if not found and is_passive(verb) and any(slot.startswith("obj") for slot in entry.targets):
        # "un assassinat probablement approuvé par X": judging an event acts on its agent; a row without an
        # object ("prendre X à Y") has no patient for a target
        patients = patient(ctx, verb, agents_only=entry.type in _AGENT_ONLY_TYPES)
        found = [a for a in patients if a.actor not in sources] or modified_noun(ctx, verb, sources)
    elif not found and is_passive(verb):
        found = []  # "le BIT pris en référence par l'Unédic": a row without an object has no patient
    if not found:
        found = shared_recipient(ctx, verb, sources)
    if not found and entry.type == "REQUEST":
        found = requested(ctx, verb, sources) or faced(ctx, verb, sources)
    if not found and entry.type == "THREATEN":
        found = condition(ctx, verb, sources) or threatened_action(ctx, verb, sources)
    if not found and entry.type == "REJECT":
        # "refuse de négocier avec la Chine": refusing an action rejects whom it is with or for
        found = [a for a in threatened_action(ctx, verb, sources) if a.finder == "action"]
    if not found and entry.type in _REACTION_TYPES:
        found = event_anaphora(ctx, verb, sources)
    if not found and entry.type in _PLACE_TYPES:
        found = place(ctx, verb, sources)
    extra = document_recipients(ctx, verb, sources)
    return unique_args(found + extra)


def event_anaphora(ctx: EventContext, verb: Token, sources: set[str]) -> list[Arg]:
    """"Washington a mené des frappes en Syrie. Damas a condamné **ces frappes**": whom the event refers back to.

    A reaction (an accusation, a rejection, an approval) whose object is a definite or demonstrative
    event noun that names no one ("les frappes", "cette attaque", "l'offensive") acts on the doer of
    the latest event of the noun's type told before it, in its sentence or the three before, when
    that doer is not the one reacting.
    """
    objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    if len(objects) != 1:
        return []
    noun = objects[0]
    if not any(c.dep_ == "det" and normalize_apostrophes(c.lower_) in _DEFINITE_DETERMINERS for c in noun.children):
        return []
    row = _event_noun_row(ctx, noun)
    if row is None or row.type not in _ANAPHORIC_TYPES:
        return []
    sent = noun.sent
    first = sent.start
    for _ in range(3):
        if first == 0:
            break
        first = ctx.doc[first - 1].sent.start
    for i, event_type, doer in reversed(ctx.prior_events):
        if i >= noun.i or i < first:
            continue
        if event_type == row.type and doer not in sources and not any(ctx.same_side(s, doer) for s in sources):
            return [Arg(doer, noun.i, "anaphora")]
    return []


# ------------------------------------------------------------- noun sources


def _governor(tok: Token, deps: tuple[str, ...] = _GOVERNED_NOUN_DEPS) -> Token | None:
    """The verb a noun is an argument of ("tiendra des *pourparlers*"), if any."""
    head = tok.head
    if head != tok and head.pos_ in ("VERB", "AUX") and tok.dep_ in deps:
        return head
    return None


def _receives(ctx: EventContext, verb: Token | None) -> bool:
    """Is ``verb`` one whose subject undergoes its object's event ("bénéficier de", "subir", "faire face à")?"""
    if verb is None:
        return False
    lemma = verb_lemma(verb)
    cues = ctx.lexicon.cue("receive")
    return lemma in cues or any(f"{lemma} {c.lower_}" in cues for c in verb.children if c.dep_ in ("obj", "fixed", "compound"))


def participle_agent(ctx: EventContext, noun: Token) -> list[Arg]:
    """"l'offensive **lancée par la Turquie**": the agent of the participle on the noun."""
    return _participle_agents(ctx, noun, "participle_agent")


def light_verb(ctx: EventContext, noun: Token, entry_type: str) -> list[Arg]:
    """"**La Russie** tiendra des pourparlers", "a lancé une offensive": the doer of the governing verb.

    A receiving verb ("bénéficier", "recevoir", ``cues.tsv``) gives the
    recipient, not the doer; an adjunct ("grâce à l'aide de ...") belongs to
    the clause, not to its subject.
    """
    verb = _governor(noun)
    if verb is not None and verb_lemma(verb) in ctx.lexicon.cue("attribute") and noun.dep_ in ("obj", "nsubj:pass"):
        # "la Turquie a imputé l'attentat au PKK": the one it is attributed to did it
        return [Arg(a.actor, a.token, "attributed") for a in _frame_actors(ctx, verb, ("à", "iobj", "obj.à"), "attributed", set())]
    if verb is None or _receives(ctx, verb) or _adjunct_case(ctx, noun, entry_type) or _reacts(ctx, verb, entry_type):
        return []
    if noun.dep_ == "obl:mod" and case_words(noun)[:1] and case_words(noun)[0] in _TIME_CASES:
        return []  # "s'est formé un an après la révolte": an event named as a time, done by someone else
    return [Arg(a.actor, a.token, "light_verb") for a in verb_sources(ctx, verb)]


def _reacts(ctx: EventContext, verb: Token, entry_type: str) -> bool:
    """Is ``verb`` an event of its own about the noun ("condamne l'attaque", "ratifie l'accord")?

    Then its subject reacts to the noun's event and does not do it; but the
    subject of a verb that cancels it ("refuse toute négociation") is the one
    who would have done it.
    """
    lemma = verb_lemma(verb)
    if lemma in ctx.lexicon.cue("cancel") or lemma in ctx.lexicon.cue("claim"):
        return False  # who refuses a negotiation would have held it; who claims an attack made it
    rows = ctx.lexicon.lookup(lemma, "VERB")
    # a row that takes only a named actor ("poursuivre X" in justice) is another sense than "poursuivre les négociations"
    return any(r.type in _REACTION_TYPES and r.type != entry_type and " " not in r.lemma
               and not all(t.endswith("!") for t in r.targets) for r in rows)


def governing_noun(ctx: EventContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """"une éventuelle préparation **russe** à l'invasion", "**ses** demandes d'engagements": the source of the noun above."""
    head = noun.head
    if noun.dep_ not in ("nmod", "obl:arg") or head.pos_ != "NOUN" or head == noun:
        return []
    exclude = exclude | {ctx.actor_at(noun.i) or ""}
    inside = {t.i for t in noun.subtree}  # "au début de l'offensive lancée contre Daech": not the noun's own phrase
    return [
        Arg(a.actor, a.token, "governing_noun")
        for a in _slot_actors(ctx, head, ("poss", "amod", "de"), "governing_noun", depth=1)
        if a.actor not in exclude and a.token not in inside
    ]


def between(ctx: EventContext, noun: Token) -> list[Arg]:
    """"les pourparlers **entre l'OTAN et la Russie**": the actors of "entre" on the noun, its participle or its verb."""
    holders = [noun] + [c for c in noun.children if c.dep_ in ("acl", "amod")]
    verb = _governor(noun, ("nsubj", "nsubj:pass"))
    if verb is not None:
        holders.append(verb)  # "des combats ont éclaté entre X et Y"
    found: list[Arg] = []
    for holder in holders:
        for child in holder.children:
            if set(case_words(child)) & {"entre", "entrer"}:
                found.extend(phrase_actors(ctx, child, "between"))
    if not found:
        # "les affrontements sino-indiens", "le rapprochement américano-russe": the states of one compound adjective
        for child in noun.children:
            if child.dep_ == "amod":
                states = ctx.demonym_actors(child)
                if len(states) > 1:
                    found.extend(Arg(ref, child.i, "between") for ref in states)
    return unique_args(found)


def noun_sources(ctx: EventContext, noun: Token, entry: TriggerEntry, targets: set[str]) -> list[Arg]:
    """Who does what ``noun`` says: the row's source slots, a participle's agent, the light verb's doer."""
    found = _slot_actors(ctx, noun, entry.sources, "slot", exclude=targets)
    if not found:
        found = [a for a in participle_agent(ctx, noun) if a.actor not in targets]
    if not found:
        found = [a for a in light_verb(ctx, noun, entry.type) if a.actor not in targets]
    if not found:
        found = [a for a in in_state(ctx, noun) if a.actor not in targets]
    if not found:
        found = governing_noun(ctx, noun, targets)
    if not found:
        found = [a for a in agentive_de(ctx, noun, entry) if a.actor not in targets]
    return unique_args(found)


def in_state(ctx: EventContext, noun: Token) -> list[Arg]:
    """"**le pape** est en visite en Irak", "**l'Arménie** est en guerre avec l'Azerbaïdjan": the subject of "être en <noun>"."""
    if not any(c.dep_ == "cop" for c in noun.children) or not any(c.dep_ == "case" and c.lower_ == "en" for c in noun.children):
        return []
    return [Arg(a.actor, a.token, "in_state") for c in noun.children if c.dep_ == "nsubj" for a in phrase_actors(ctx, c, "in_state")]


def agentive_de(ctx: EventContext, noun: Token, entry: TriggerEntry) -> list[Arg]:
    """"les bombardements **de l'aviation russe**", "les attaques **de Daech**": a "de" that names a force.

    Where the row reads "de" as the patient ("le bombardement de Gaza",
    "l'invasion de l'Ukraine"), a "de" complement that is an organisation or
    a state organ named by a common noun ("l'aviation russe", "l'armée
    syrienne") is the agent all the same.
    """
    if "de" not in entry.targets or "de" in entry.sources or not entry.cameo.startswith(_FORCE_CODES):
        return []  # "le rachat de Pixar", "l'exécution de X": who is bought or killed, not who acts
    found = []
    for filler in slot_fillers(noun, "de"):
        ref = ctx.actor_at(filler.i)
        # a person is the patient: "l'exécution de Nimr al-Nimr"
        if ref and ctx.kind(ref) != "PERSON" and (filler.pos_ == "NOUN" or ctx.kind(ref) == "ORGANISATION"):
            found.append(Arg(ref, filler.i, "agentive_de"))
    return found


# ------------------------------------------------------------- noun targets


def _adjunct_case(ctx: EventContext, noun: Token, entry_type: str) -> bool:
    """Is ``noun`` an adjunct that turns the event toward the clause ("grâce à l'aide de", "sous la pression de")?

    A conjunct shares the first one's preposition ("avec l'intervention russe et avec l'aide iranienne").
    """
    while noun.dep_ == "conj" and noun.head != noun and not case_words(noun):
        noun = noun.head
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    head = noun.head
    # the clause's predicate: a verb, or a word the parser took for a noun but that has a subject ("l'Ukraine avance")
    if noun.dep_ not in ("obl:mod", "obl", "obl:arg", "nmod") or not (
        head.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in head.children)
    ):
        return False
    cases = case_words(noun)
    if not cases:
        return False
    conflict = EVENT_TYPES.get(entry_type, "").endswith("conflict")
    if cases[0] in ctx.lexicon.cue("adjunct_for"):
        return not conflict  # "grâce à l'aide de X": help; "avec l'intervention russe" helps, it attacks no one here
    if cases[0] in ctx.lexicon.cue("adjunct_against"):
        return conflict  # "malgré les attaques de X", "sous la pression de X"
    if cases[0] not in ctx.lexicon.cue("adjunct_any"):
        return False
    # "à la demande de X", "à l'appel de X" are adjuncts; "participer à l'offensive", "repasser à l'offensive" are not
    return cases[0] != "à" or entry_type == "REQUEST"


def _expression_tokens(head: Token, entry: TriggerEntry) -> list[Token]:
    """The head word and the other words of a multi-word row below it ("mise *en demeure*", "tirer à boulets *rouges*")."""
    words = content_words(entry.lemma)[1:]
    if not words:
        return [head]
    rest = [t for t in head.subtree if head.i < t.i <= head.i + 6 and normalize_apostrophes(t.lower_) in words]
    return [head, *rest]


def noun_frame(ctx: EventContext, noun: Token, entry: TriggerEntry, exclude: set[str]) -> list[Arg]:
    """The row's target slots on the noun (or the other words of its expression: "une mise en demeure **à la
    Pologne**"), then on its participle ("l'offensive **lancée contre Daech**")."""
    for holder in _expression_tokens(noun, entry):
        found = _frame_actors(ctx, holder, entry.targets, "frame", exclude)
        if found:
            return found
    for child in noun.children:
        if child.dep_ in ("acl", "amod") and child.pos_ == "VERB":
            found = _frame_actors(ctx, child, [s for s in entry.targets if not s.startswith("obj")], "frame", exclude)
            if found:
                return found
    return aimed_at(ctx, noun, exclude)


def aimed_at(ctx: EventContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """"les sanctions **visant la Russie**", "une enquête qui cible Airbus", "la frappe a visé **Daech**": the object
    of an aiming verb on the noun or of which the noun is the subject."""
    aims = ctx.lexicon.cue("aim")
    verbs = [c for c in noun.children if c.dep_ in ("acl", "acl:relcl", "amod")]
    if noun.dep_ == "nsubj" and noun.head != noun:
        verbs.append(noun.head)
    for child in verbs:
        if child.pos_ == "VERB" and verb_lemma(child) in aims:
            objects = slot_fillers(child, "obj")
            found = [a for obj in objects for a in phrase_actors(ctx, obj, "aimed", exclude=exclude)]
            if not found and not objects:
                found = _next_actor(ctx, child, "aimed", exclude)
            if found:
                return found
    return []


def _next_actor(ctx: EventContext, tok: Token, finder: str, exclude: set[str]) -> list[Arg]:
    """The actor named right after ``tok`` (past determiners and adjectives) when the parser hung its object elsewhere."""
    doc = tok.doc
    for i in range(tok.i + 1, min(len(doc), tok.i + 5)):
        ref = ctx.actor_at(i)
        if ref:
            return [Arg(ref, i, finder)] if ref not in exclude else []
        if doc[i].pos_ not in ("DET", "ADJ", "ADV", "ADP"):
            return []
    return []


def two_de_complements(ctx: EventContext, noun: Token, entry: TriggerEntry) -> tuple[list[Arg], list[Arg]]:
    """"la sortie **du Royaume-Uni** de **l'Union européenne**": when "de" is both the row's source and target
    slot, the first "de" complement is who acts and the second what it acts on."""
    if "de" not in entry.sources or "de" not in entry.targets:
        return [], []
    fillers = sorted(slot_fillers(noun, "de"), key=lambda t: t.i)
    if len(fillers) < 2:
        return [], []
    sources = phrase_actors(ctx, fillers[0], "slot", depth=1)
    targets = phrase_actors(ctx, fillers[1], "frame", depth=1, exclude={s.actor for s in sources})
    return (sources, targets) if sources and targets else ([], [])


def adverbial_noun(ctx: EventContext, noun: Token, entry: TriggerEntry) -> tuple[list[Arg], list[Arg]]:
    """"**La Russie** intervient en soutien **de la Syrie**": an event noun in an "en" adverbial is the
    clause's doer's act, and its "de" complement is whom it is for or against ("en représailles de")."""
    verb = noun.head
    if case_words(noun) != ["en"] or noun.dep_ not in ("obl", "obl:mod", "obl:arg") or verb.pos_ != "VERB":
        return [], []
    if any(c.dep_ == "det" for c in noun.children):
        return [], []  # "en une attaque": not an adverbial
    sources = verb_sources(ctx, verb)
    exclude = {s.actor for s in sources}
    targets = [Arg(a.actor, a.token, "frame") for f in slot_fillers(noun, "de") for a in phrase_actors(ctx, f, "frame", depth=1, exclude=exclude)]
    targets = targets or [Arg(a.actor, a.token, "frame") for a in _frame_actors(ctx, noun, list(entry.targets), "frame", exclude)]
    return (sources, targets) if sources and targets else ([], [])


def light_verb_frame(ctx: EventContext, noun: Token, entry: TriggerEntry, exclude: set[str]) -> list[Arg]:
    """"a imposé des sanctions **à la Russie**", "tiendra des pourparlers **avec** ...": the row's slots on the light verb."""
    verb = _governor(noun)
    if verb is None or noun.dep_ not in ("obj", "obl:arg") or verb.pos_ != "VERB":
        return []  # "a servi de médiateur *entre X et Y*": the slot the parser hung on the verb
    slots = [s for s in entry.targets if not s.startswith("obj")]
    # with a doer, "entre X et Y" on the verb names whom the doer acts between ("le Qatar a servi de médiateur")
    found = _frame_actors(ctx, verb, slots, "light_verb", exclude, between_slot=bool(exclude))
    return [Arg(a.actor, a.token, "light_verb") for a in found]


def recipient(ctx: EventContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """"présentait **aux États-Unis** un ultimatum": the recipient of the verb of giving that governs the noun."""
    verb = noun.head
    if noun.dep_ not in ("obj", "obl", "obl:mod", "obl:arg") or verb.pos_ != "VERB" or verb_lemma(verb) not in ctx.lexicon.cue("give"):
        return []
    return [Arg(a.actor, a.token, "recipient") for a in _recipients_of(ctx, verb, skip=noun.i, exclude=exclude)]


def beneficiary(ctx: EventContext, noun: Token, exclude: set[str]) -> list[Arg]:
    """"**Le régime** bénéficie du soutien de la Russie", "a reçu l'aide de": the subject of a receiving verb."""
    if noun.dep_ == "obl:agent" and noun.head.pos_ in ("VERB", "ADJ"):
        # "l'Iran est visé par les sanctions des États-Unis", "la Russie, touchée par les sanctions de l'UE":
        # an event as the agent of a passive acts on the passive's patient
        undergoer = noun.head
        found = patient(ctx, undergoer) if undergoer.dep_ not in ("acl", "amod") else modified_noun(ctx, undergoer, exclude)
        return [Arg(a.actor, a.token, "beneficiary") for a in found if a.actor not in exclude]
    verb = _governor(noun)
    if not _receives(ctx, verb):
        # "l'Ukraine est victime d'une attaque de la Russie", "X a été la cible de frappes": a predicate noun of undergoing
        head = noun.head
        if head == noun or head.pos_ not in ("NOUN", "ADJ") or head.lemma_.lower() not in ctx.lexicon.cue("receive") or noun.dep_ not in ("nmod", "obl:arg"):
            return []
        if not any(c.dep_ == "cop" for c in head.children):
            return []
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
        return [Arg(a.actor, a.token, "beneficiary") for c in subjects for a in phrase_actors(ctx, c, "beneficiary", exclude=exclude)]
    return [Arg(a.actor, a.token, "beneficiary") for a in verb_sources(ctx, verb) if a.actor not in exclude]


def adjunct(ctx: EventContext, noun: Token, entry_type: str, exclude: set[str]) -> list[Arg]:
    """"**L'armée** avance grâce à l'aide de la Russie", "sous la pression de X, **Y** a cédé": the clause's doer."""
    if not _adjunct_case(ctx, noun, entry_type):
        return []
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # a conjunct: "avec l'intervention russe et avec l'aide iranienne"
    return [Arg(a.actor, a.token, "adjunct") for a in verb_sources(ctx, verb) if a.actor not in exclude]


def noun_targets(ctx: EventContext, noun: Token, entry: TriggerEntry, sources: set[str]) -> list[Arg]:
    """Whom ``noun`` acts on: the row's slots (on the noun, its participle, its light verb), then the constructions around it."""
    found = noun_frame(ctx, noun, entry, sources)
    if not found:
        found = [a for a in between(ctx, noun) if a.actor not in sources]
    if not found:
        found = light_verb_frame(ctx, noun, entry, sources)
    if not found:
        found = beneficiary(ctx, noun, sources) or adjunct(ctx, noun, entry.type, sources)
    if not found and entry.type not in _NO_RECIPIENT_TYPES:
        found = recipient(ctx, noun, sources)
    if not found and entry.type in _PLACE_TYPES:
        found = place(ctx, noun, sources)
    return unique_args(found)


# ---------------------------------------------------------------- reciprocal


def reciprocal_pairs(ctx: EventContext, entry: TriggerEntry, sources: list[Arg], between_args: list[Arg]) -> list[tuple[Arg, Arg]]:
    """Both directions of an action two coordinated actors do together.

    "Le Chili et le Pérou ont conclu un traité", "se sont affrontés", "les
    combats entre l'Arménie et l'Azerbaïdjan": an agreement, a meeting or a
    cooperation with someone (a row of those types whose frame is ``avec``,
    ``obj`` or ``entre``), a verb that is mutual by itself (``cues.tsv``:
    "s'affronter", "se combattre"), or a noun with "entre" links every pair
    of its actors; other coordinated subjects act each on their own.
    """
    actors = unique_args(list(sources) + list(between_args))
    if not 2 <= len(actors) <= _MAX_RECIPROCAL:
        return []  # a long list that meets ("les syndicats CFDT, CGT, FO, ... réunis") is a gathering, not dyads
    # an agreement, a meeting or a cooperation *with* someone; a travel ("se sont rendus à") is none
    mutual_row = entry.type in _RECIPROCAL_TYPES and bool({"avec", "obj", "entre"} & {t.rstrip("!") for t in entry.targets})
    if not (between_args or mutual_row or entry.lemma in ctx.lexicon.cue("reciprocal")):
        return []
    if mutual_row and entry.type == "CONSULT" and _object_is_a_thing(ctx, actors[0].token):
        return []  # "X et Y ont reçu le prix": a meeting verb whose object is a thing meets no one
    # "le président des États-Unis Donald Trump a signé": a person and his state are one side, not two
    return [(a, b) for a in actors for b in actors if a.actor != b.actor and not ctx.same_side(a.actor, b.actor)]


def _object_is_a_thing(ctx: EventContext, subject_token: int) -> bool:
    """Does the verb of the subject at ``subject_token`` have a direct object that names no actor?"""
    verb = ctx.doc[subject_token]
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    verb = verb.head
    objects = [c for c in verb.children if c.dep_ == "obj"]
    return bool(objects) and all(
        c.pos_ == "NOUN" and _event_noun_row(ctx, c) is None and not phrase_actors(ctx, c, "frame", depth=0) for c in objects
    )  # "ont tenu une réunion": the event noun is the meeting


# ------------------------------------------------------------------ speaker


def reporter(ctx: EventContext, tok: Token) -> str | None:
    """The actor who reports the clause of ``tok``: the subject of a reporting verb above it, a "selon X"
    ("d'après X") on a clause above it, or a quotation's speaker."""
    current = tok
    speech = ctx.speech
    for _ in range(8):
        for child in current.children:
            cases = case_words(child)
            if child.dep_.startswith("obl") and cases and (cases[0] in _ACCORDING_CASES or " ".join(cases[:2]) in _ACCORDING_CASES):
                found = phrase_actors(ctx, child, "speaker", depth=1)
                if found:
                    return found[0].actor
        head = current.head
        if head == current:
            break
        if verb_lemma(head) in speech and current.dep_ in ("ccomp", "parataxis", "xcomp", "obj", "advcl", "dep", "conj"):
            subjects = [c for c in head.children if c.dep_ == "nsubj"]
            inverted = [c for c in head.children if c.dep_ in ("obj", "nsubj:pass") and c.i > head.i and c.pos_ == "PROPN"]
            for cand in subjects + inverted:
                # "Le ministre ... Sergueï Lavrov a déclaré": the name in apposition to the title
                found = phrase_actors(ctx, cand, "speaker", depth=1)
                if found:
                    return found[0].actor
        current = head
    return ctx.quote_speaker(tok)
