"""Repairs of the parse: personal subject pronouns the parser labels as expletives."""

import pytest

from newsgraph.extract.parse_repairs import repair_personal_pronouns


def _subject_label(nlp, text: str, pronoun: str) -> str:
    doc = nlp(text)  # the whole pipeline: the actor stage repairs the parse
    return next(t.dep_ for t in doc if t.text == pronoun)


@pytest.mark.parametrize(
    "text, pronoun",
    [
        ("Le ministre est arrivé mardi. Il l'a félicité pour sa victoire.", "Il"),
        ("La présidente a parlé. Il précise que rien n'est décidé.", "Il"),
        ("Le coureur a attaqué tôt. Il est suivi de deux Belges.", "Il"),
    ],
)
def test_personal_pronoun_is_a_subject(nlp, text, pronoun):
    assert _subject_label(nlp, text, pronoun) in ("nsubj", "nsubj:pass")


@pytest.mark.parametrize(
    "text",
    [
        "Il s'agit de la première réunion des deux ministres.",
        "Il y a eu trois blessés dans l'attaque.",
        "Il faut que le gouvernement réponde.",
        "Il est impossible de savoir qui a tiré.",
        "Il est temps de partir.",
    ],
)
def test_impersonal_il_stays_an_expletive(nlp, text):
    assert _subject_label(nlp, text, "Il") not in ("nsubj", "nsubj:pass")


def test_an_event_reads_the_repaired_subject(nlp):
    from newsgraph import extract

    result = extract("Emmanuel Macron a reçu Olaf Scholz mardi. Il l'a félicité pour sa victoire.", published="2022-11-28", nlp=nlp)
    names = result.actors_by_ref
    assert ("Emmanuel Macron", "Olaf Scholz", "SUPPORT") in {
        (names[e.source].name, names[e.target].name, e.type) for e in result.events if e.target
    }


def test_a_pronoun_beside_a_subject_stays(nlp):
    from spacy.tokens import Doc

    words = ["Il", "est", "arrivé", "trois", "hommes"]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 4, 2], deps=["expl:subj", "aux:tense", "ROOT", "nummod", "nsubj"],
              pos=["PRON", "AUX", "VERB", "NUM", "NOUN"])
    assert repair_personal_pronouns(doc) == 0
    assert doc[0].dep_ == "expl:subj"


@pytest.mark.parametrize(
    "text",
    [
        "Le diplomate a été nommé. Il est chargé de négocier avec l'Iran.",
        "Le ministre a parlé. Il est prêt à discuter avec l'opposition.",
    ],
)
def test_personal_il_before_a_clause(nlp, text):
    assert _subject_label(nlp, text, "Il") in ("nsubj", "nsubj:pass")
