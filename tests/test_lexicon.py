"""The event lexicon (newsgraph/resources/events.tsv and cues.tsv): one short sentence per family.

Each case is a French sentence and one reading the extractor must find in it
(``source → target TYPE (modality, negated)``), as in ``test_events.py``. The
sentences use the simple tenses and named actors that the parser handles well:
they test the lexicon rows (type, frame, multi-word and reflexive entries), not
the parser.
"""

from __future__ import annotations

import pytest

from newsgraph.resources import make_event_lexicon
from newsgraph.types import EVENT_TYPES

from .conftest import readings as conftest_readings


def readings(nlp, text, published="2022-11-28"):
    return conftest_readings(nlp, text, published, dates=False)


# (family, sentence, a reading that must be found)
CASES = [
    # AGREE
    ("s'accorder", "La France et l'Allemagne se sont accordées avec l'Italie sur le budget.", "France → Italie AGREE"),
    ("se mettre d'accord", "La Russie s'est mise d'accord avec la Turquie.", "Russie → Turquie AGREE"),
    ("tomber d'accord", "La Russie tombera d'accord avec la Turquie.", "Russie → Turquie AGREE (future)"),
    ("tendre la main", "Emmanuel Macron tend la main à l'Algérie.", "Emmanuel Macron → Algérie AGREE"),
    ("pacte", "La Russie a conclu un pacte avec la Chine.", "Russie → Chine AGREE"),
    ("entente", "Une entente entre l'Égypte et Israël a été conclue.", "Égypte → Israël AGREE"),
    ("compromis", "L'Italie a trouvé un compromis avec la Commission européenne.", "Italie → Commission européenne AGREE"),
    ("main tendue", "La main tendue de la Chine à l'Inde surprend.", "Chine → Inde AGREE"),
    # CONSULT
    ("rendre visite", "Emmanuel Macron a rendu visite à Vladimir Poutine.", "Emmanuel Macron → Vladimir Poutine CONSULT"),
    ("se concerter", "La France va se concerter avec l'Allemagne.", "France → Allemagne CONSULT (future)"),
    ("se déplacer", "Joe Biden s'est déplacé en Pologne.", "Joe Biden → Pologne CONSULT"),
    ("échanger", "Emmanuel Macron a échangé avec Vladimir Poutine.", "Emmanuel Macron → Vladimir Poutine CONSULT"),
    ("renégocier", "Le Royaume-Uni veut renégocier avec l'Union européenne.", "Royaume-Uni → Union européenne CONSULT (future)"),
    ("entrevue", "Joe Biden a eu une entrevue avec Benyamin Netanyahou.", "Joe Biden → Benyamin Netanyahou CONSULT"),
    ("tête-à-tête", "Donald Trump a eu un tête-à-tête avec Kim Jong-un.", "Donald Trump → Kim Jong-un CONSULT"),
    ("concertation", "La Belgique mène une concertation avec les Pays-Bas.", "Belgique → Pays-Bas CONSULT"),
    ("médiation", "La médiation du Qatar entre Israël et le Hamas se poursuit.", "Qatar → Israël CONSULT"),
    ("déplacement", "Emmanuel Macron effectue un déplacement en Chine.", "Emmanuel Macron → Chine CONSULT"),
    ("entretien téléphonique", "Olaf Scholz a eu un entretien téléphonique avec Vladimir Poutine.", "Olaf Scholz → Vladimir Poutine CONSULT"),
    ("appel téléphonique", "Joe Biden a eu un appel téléphonique avec Xi Jinping.", "Joe Biden → Xi Jinping CONSULT"),
    ("invitation", "La Chine a envoyé une invitation à la Russie.", "Chine → Russie CONSULT (future)"),
    # SUPPORT
    ("rendre hommage", "Emmanuel Macron a rendu hommage à Angela Merkel.", "Emmanuel Macron → Angela Merkel SUPPORT"),
    ("se féliciter", "L'Union européenne se félicite de la décision de la Turquie.", "Union européenne → Turquie SUPPORT"),
    ("se solidariser", "La Pologne se solidarise avec l'Ukraine.", "Pologne → Ukraine SUPPORT"),
    ("se rallier", "La Hongrie s'est ralliée à l'Allemagne.", "Hongrie → Allemagne SUPPORT"),
    ("applaudir", "Donald Trump a applaudi Benyamin Netanyahou.", "Donald Trump → Benyamin Netanyahou SUPPORT"),
    ("cautionner", "La Chine a cautionné la Russie.", "Chine → Russie SUPPORT"),
    ("rétablir les relations", "Le Maroc a rétabli ses relations diplomatiques avec Israël.", "Maroc → Israël SUPPORT"),
    ("solidarité", "La France a exprimé sa solidarité avec le Liban.", "France → Liban SUPPORT"),
    ("feu vert", "L'OTAN a donné son feu vert à la Suède.", "OTAN → Suède SUPPORT"),
    ("rapprochement", "Le rapprochement de la Turquie avec l'Égypte inquiète.", "Turquie → Égypte SUPPORT"),
    # CONCEDE
    ("demander pardon", "Le Japon a demandé pardon à la Corée du Sud.", "Japon → Corée du Sud CONCEDE"),
    ("se plier", "La Grèce s'est pliée aux exigences de l'Allemagne.", "Grèce → Allemagne CONCEDE"),
    ("faire marche arrière", "La Turquie a fait marche arrière face à la Russie.", "Turquie → Russie CONCEDE"),
    ("alléger", "Les États-Unis ont allégé les sanctions contre le Venezuela.", "États-Unis → Venezuela CONCEDE"),
    ("concession", "La Serbie a fait des concessions au Kosovo.", "Serbie → Kosovo CONCEDE"),
    ("armistice", "L'armistice entre l'Azerbaïdjan et l'Arménie tient.", "Azerbaïdjan → Arménie CONCEDE"),
    # COOPERATE
    ("s'associer", "L'Inde s'associe avec le Japon.", "Inde → Japon COOPERATE"),
    ("se coordonner", "La France se coordonne avec le Royaume-Uni.", "France → Royaume-Uni COOPERATE"),
    ("importer", "L'Allemagne importe du gaz de Russie.", "Allemagne → Russie COOPERATE"),
    ("exporter", "La France exporte des avions vers l'Inde.", "France → Inde COOPERATE"),
    ("collaboration", "La collaboration de la Suède avec la Finlande progresse.", "Suède → Finlande COOPERATE"),
    ("vente", "La France a autorisé la vente de Rafale à l'Égypte.", "France → Égypte COOPERATE"),
    # AID
    ("venir en aide", "L'Union européenne vient en aide à la Grèce.", "Union européenne → Grèce AID"),
    ("porter secours", "L'Italie a porté secours à la Libye.", "Italie → Libye AID"),
    ("prêter main-forte", "Le Tchad a prêté main-forte au Mali.", "Tchad → Mali AID"),
    ("octroyer", "Le FMI a octroyé un prêt à l'Égypte.", "FMI → Égypte AID"),
    ("subventionner", "Le Qatar a subventionné le Hamas.", "Qatar → Hamas AID"),
    ("prêt", "Le prêt de la Chine au Sri Lanka inquiète.", "Chine → Sri Lanka AID"),
    # RETREAT
    ("se désengager", "Les États-Unis se désengagent de l'Irak.", "États-Unis → Irak RETREAT"),
    ("capituler", "L'Arménie a capitulé face à l'Azerbaïdjan.", "Arménie → Azerbaïdjan RETREAT"),
    ("rendre les armes", "Le Hamas a rendu les armes devant Israël.", "Hamas → Israël RETREAT"),
    ("restituer", "La France a restitué des œuvres au Bénin.", "France → Bénin RETREAT"),
    ("remettre en liberté", "L'Iran a remis en liberté Benjamin Brière.", "Iran → ∅ RETREAT"),
    ("évacuation", "La France a organisé l'évacuation de ses ressortissants du Niger.", "France → Niger RETREAT"),
    # REQUEST
    ("supplier", "Volodymyr Zelensky a supplié l'OTAN d'agir.", "Volodymyr Zelensky → OTAN REQUEST"),
    ("adjurer", "Le pape François adjure la Russie de cesser le feu.", "François → Russie REQUEST"),
    ("inciter", "Washington incite l'Arabie saoudite à produire davantage.", "États-Unis → Arabie saoudite REQUEST"),
    ("pression", "Les États-Unis font pression sur la Turquie.", "États-Unis → Turquie REQUEST"),
    ("pressions", "Les pressions de la Chine sur Taïwan augmentent.", "Chine → Taïwan REQUEST"),
    ("injonction", "L'injonction de l'ONU à Israël est restée lettre morte.", "ONU → Israël REQUEST"),
    ("mise en demeure", "La Commission européenne a adressé une mise en demeure à la Pologne.", "Commission européenne → Pologne REQUEST"),
    # ACCUSE
    ("tancer", "Joe Biden a tancé la Chine.", "Joe Biden → Chine ACCUSE"),
    ("étriller", "Marine Le Pen a étrillé Emmanuel Macron.", "Marine Le Pen → Emmanuel Macron ACCUSE"),
    ("railler", "Donald Trump a raillé Joe Biden.", "Donald Trump → Joe Biden ACCUSE"),
    ("dénigrer", "La Russie dénigre l'Ukraine.", "Russie → Ukraine ACCUSE"),
    ("insulter", "La Turquie a insulté la France.", "Turquie → France ACCUSE"),
    ("réprimander", "La Chine a réprimandé le Japon.", "Chine → Japon ACCUSE"),
    ("hausser le ton", "Joe Biden a haussé le ton face à la Chine.", "Joe Biden → Chine ACCUSE"),
    ("hausser le ton contre", "L'Union européenne a haussé le ton contre la Hongrie.", "Union européenne → Hongrie ACCUSE"),
    ("attaquer en justice", "Le Mexique a attaqué en justice les États-Unis.", "Mexique → États-Unis ACCUSE"),
    ("déposer plainte", "Le Mali a déposé plainte contre la France.", "Mali → France ACCUSE"),
    ("mettre en examen", "La justice française a mis en examen Nicolas Sarkozy.", "France → Nicolas Sarkozy ACCUSE"),
    ("s'indigner", "La Chine s'est indignée contre le Japon.", "Chine → Japon ACCUSE"),
    ("s'insurger", "La Turquie s'insurge contre la Suède.", "Turquie → Suède ACCUSE"),
    ("se plaindre", "Le Japon va se plaindre de la Chine auprès de l'ONU.", "Japon → Chine ACCUSE (future)"),
    ("pointer du doigt", "La Chine a pointé du doigt la Russie.", "Chine → Russie ACCUSE"),
    ("imputer", "Israël impute l'attaque à l'Iran.", "Israël → Iran ACCUSE"),
    ("poursuites", "L'Ukraine a lancé des poursuites contre la Russie.", "Ukraine → Russie ACCUSE"),
    ("réquisitoire", "Le réquisitoire de la France contre l'Iran a marqué la séance.", "France → Iran ACCUSE"),
    # REJECT
    ("réfuter", "La Russie réfute les accusations de l'Ukraine.", "Russie → Ukraine REJECT"),
    ("torpiller", "La Hongrie a torpillé le plan de l'Union européenne.", "Hongrie → Union européenne REJECT"),
    ("braver", "La Corée du Nord a bravé les États-Unis.", "Corée du Nord → États-Unis REJECT"),
    ("tenir tête", "L'Iran tient tête aux États-Unis.", "Iran → États-Unis REJECT"),
    ("fermer la porte", "La Russie a fermé la porte à l'Ukraine.", "Russie → Ukraine REJECT"),
    ("opposer son veto", "La Russie a opposé son veto à la France.", "Russie → France REJECT"),
    ("se désolidariser", "La Hongrie se désolidarise de l'Union européenne.", "Hongrie → Union européenne REJECT"),
    ("remettre en cause", "La Turquie remet en cause la légitimité de la Grèce.", "Turquie → Grèce REJECT"),
    # THREATEN
    ("chantage", "Le chantage de la Turquie sur la Suède continue.", "Turquie → Suède THREATEN"),
    ("intimidation", "L'intimidation de la Chine contre Taïwan s'intensifie.", "Chine → Taïwan THREATEN"),
    # PROTEST
    ("descendre dans la rue", "La CGT descend dans la rue contre Emmanuel Macron.", "CGT → Emmanuel Macron PROTEST"),
    ("se mobiliser", "La CGT se mobilise contre le gouvernement de la France.", "CGT → France PROTEST"),
    ("grève de la faim", "Alexeï Navalny a entamé une grève de la faim.", "Alexeï Navalny → ∅ PROTEST"),
    # SANCTION
    ("rompre les relations", "Le Maroc a rompu ses relations diplomatiques avec l'Iran.", "Maroc → Iran SANCTION"),
    ("rappeler son ambassadeur", "La France a rappelé son ambassadeur en Italie.", "France → Italie SANCTION"),
    ("rappeler ses ambassadeurs", "La France a rappelé ses ambassadeurs aux États-Unis et en Australie.", "France → États-Unis SANCTION"),
    ("retirer son ambassadeur", "L'Algérie a retiré son ambassadeur en Espagne.", "Algérie → Espagne SANCTION"),
    ("couper les ponts", "Le Mali a coupé les ponts avec la France.", "Mali → France SANCTION"),
    ("mettre au ban", "L'Union africaine a mis au ban le Niger.", "Union africaine → Niger SANCTION"),
    ("mise au ban", "La mise au ban de la Russie par le G7 se confirme.", "G7 → Russie SANCTION"),
    # MOBILIZE
    ("amasser", "La Russie menace l'Ukraine. Elle amasse des troupes à la frontière ukrainienne.", "Russie → Ukraine MOBILIZE"),
    ("envoyer des troupes", "La Russie a envoyé des troupes en Biélorussie.", "Russie → Biélorussie MOBILIZE"),
    ("mettre en alerte", "La Corée du Sud a mis en alerte son armée.", "Corée du Sud → ∅ MOBILIZE"),
    # COERCE
    ("écrouer", "La Russie a écroué Alexeï Navalny.", "Russie → Alexeï Navalny COERCE"),
    ("déporter", "La Russie envahit l'Ukraine. Elle a déporté des enfants ukrainiens.", "Russie → Ukraine COERCE"),
    ("refouler", "La Grèce accuse la Turquie. Elle refoule des migrants turcs.", "Grèce → Turquie COERCE"),
    ("museler", "Le Kremlin a muselé Alexeï Navalny.", "Russie → Alexeï Navalny COERCE"),
    ("assiéger", "L'armée russe a assiégé Marioupol en Ukraine.", "Russie → Ukraine COERCE"),
    ("refuser l'entrée", "Israël a refusé l'entrée à des élus de la France.", "Israël → France COERCE"),
    ("fermer sa frontière", "L'Algérie a fermé sa frontière avec le Maroc.", "Algérie → Maroc COERCE"),
    ("mandat d'arrêt", "La Cour pénale internationale a émis un mandat d'arrêt contre Vladimir Poutine.", "Cour pénale internationale → Vladimir Poutine COERCE"),
    ("extradition", "Les États-Unis demandent l'extradition de Julian Assange.", "États-Unis → Julian Assange COERCE"),
    ("couvre-feu", "La Turquie a décrété un couvre-feu en Syrie.", "Turquie → Syrie COERCE"),
    # ASSAULT
    ("s'attaquer à", "La Russie s'est attaquée à l'Ukraine.", "Russie → Ukraine ASSAULT"),
    ("ouvrir le feu", "L'armée israélienne a ouvert le feu sur le Hezbollah.", "Israël → Hezbollah ASSAULT"),
    ("prendre d'assaut", "Le Hamas a pris d'assaut l'ambassade des États-Unis.", "Hamas → États-Unis ASSAULT"),
    ("déclarer la guerre", "La Russie a déclaré la guerre à l'Ukraine.", "Russie → Ukraine ASSAULT"),
    ("prendre en otage", "Le Hamas a pris en otage des citoyens d'Israël.", "Hamas → Israël ASSAULT"),
    ("kidnapper", "Boko Haram a kidnappé des élèves au Nigeria.", "Boko Haram → Nigeria ASSAULT"),
    ("torturer", "La Syrie a torturé des opposants du Liban.", "Syrie → Liban ASSAULT"),
    ("s'emparer", "Le Hamas s'est emparé de Gaza.", "Hamas → ∅ ASSAULT"),
    ("rompre le cessez-le-feu", "La Russie a rompu le cessez-le-feu avec l'Ukraine.", "Russie → Ukraine ASSAULT"),
    ("assassinat", "L'assassinat de Mohsen Fakhrizadeh par Israël a choqué.", "Israël → Mohsen Fakhrizadeh ASSAULT"),
    ("massacre", "Le massacre de civils en Ukraine par la Russie a choqué.", "Russie → Ukraine ASSAULT"),
    ("affrontements", "Les affrontements entre l'Inde et la Chine ont repris.", "Inde → Chine ASSAULT"),
    ("cyberattaque", "La cyberattaque de la Corée du Nord contre Sony a été confirmée.", "Corée du Nord → Sony ASSAULT"),
    ("incursion", "L'Ukraine a mené une incursion en Russie.", "Ukraine → Russie ASSAULT"),
    ("revendiquer un attentat", "L'État islamique a revendiqué l'attentat.", "État islamique → ∅ ASSAULT"),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_lexicon_family(nlp, name, text, expected):
    found, _ = readings(nlp, text)
    assert expected in found, f"missing {expected!r}; found {found}"


# multi-word entries override the single word's sense: (family, sentence, a type that must not be found)
OVERRIDES = [
    ("déposer plainte is not laying down arms", "Le Mali a déposé plainte contre la France.", "RETREAT"),
    ("rendre hommage is not a visit", "Emmanuel Macron a rendu hommage à Angela Merkel.", "CONSULT"),
    ("claiming an attack is not a request", "L'État islamique a revendiqué l'attentat.", "REQUEST"),
    ("demander pardon is not a request", "Le Japon a demandé pardon à la Corée du Sud.", "REQUEST"),
    ("refuser l'entrée is not a rejection", "Israël a refusé l'entrée à des élus de la France.", "REJECT"),
    ("rompre le cessez-le-feu is not cutting relations", "La Russie a rompu le cessez-le-feu avec l'Ukraine.", "SANCTION"),
]


@pytest.mark.parametrize("name,text,absent", OVERRIDES, ids=[c[0] for c in OVERRIDES])
def test_multiword_overrides(nlp, name, text, absent):
    _, result = readings(nlp, text)
    assert absent not in {e.type for e in result.events}, [str(e) for e in result.events]


# cues.tsv additions: (family, sentence, a reading that must be found)
CUES = [
    ("cancel: lifted sanctions", "L'Union européenne a levé les sanctions contre l'Iran.",
     "Union européenne → Iran SANCTION (future, negated)"),
    ("cancel: refused talks", "La Russie refuse toute négociation avec l'Ukraine.", "Russie → Ukraine CONSULT (future, negated)"),
    ("cancel: broken truce", "La Russie a rompu le cessez-le-feu avec l'Ukraine.", "Russie → Ukraine CONCEDE (future, negated)"),
    ("hypothetical: réfléchir à", "La Russie réfléchit à attaquer l'Ukraine.", "Russie → Ukraine ASSAULT (hypothetical)"),
    ("rejects when negated: cautionner", "La Chine ne cautionne pas la Russie.", "Chine → Russie REJECT"),
]


@pytest.mark.parametrize("name,text,expected", CUES, ids=[c[0] for c in CUES])
def test_cues(nlp, name, text, expected):
    found, _ = readings(nlp, text)
    assert expected in found, f"missing {expected!r}; found {found}"


def test_speech_cue_gives_the_speaker(nlp):
    _, result = readings(nlp, "La Russie négocie. « Nous allons signer un accord avec la Chine », a confié Vladimir Poutine.")
    names = result.actors_by_ref
    event = next(e for e in result.events if e.type == "AGREE" and e.target)
    assert names[event.target].name == "Chine"
    assert event.modality == "future"


# CAMEO codes each type may carry (spec section 4; PLOVER's CAMEO correspondence, with the
# spec's choices: signing is AGREE, convictions SANCTION, occupations and repression ASSAULT)
CAMEO_ROOTS = {
    "AGREE": ("03", "057"), "CONSULT": ("04",), "SUPPORT": ("05",), "CONCEDE": ("08",), "COOPERATE": ("06",),
    "AID": ("07",), "RETREAT": ("08",), "REQUEST": ("02", "10"), "ACCUSE": ("09", "11"), "REJECT": ("12",),
    "THREATEN": ("13",), "PROTEST": ("14",), "SANCTION": ("16", "116"), "MOBILIZE": ("15",),
    "COERCE": ("17", "191", "192"), "ASSAULT": ("18", "19", "20", "175", "1712"),
}
SLOTS = {"obj", "iobj", "entre"}
PREPOSITIONS = {"avec", "à", "au", "aux", "contre", "de", "en", "envers", "auprès de", "chez", "sur", "devant", "face à",
                "dans", "pour", "vers", "près de", "à l'encontre de"}


def test_every_row_is_consistent():
    lexicon = make_event_lexicon()
    seen = set()
    for entry in lexicon:
        assert entry.type in EVENT_TYPES, entry.id
        assert entry.cameo.startswith(CAMEO_ROOTS[entry.type]), (entry.id, entry.type, entry.cameo)
        assert 0.3 <= entry.confidence <= 0.9, entry.id
        for slot in entry.targets:
            base = (slot[4:] if slot.startswith("obj.") else slot).rstrip("!")
            assert base in SLOTS | PREPOSITIONS, (entry.id, slot)
        for slot in entry.sources:
            assert slot in {"poss", "amod", "de", "par"}, (entry.id, slot)
        if entry.pos == "NOUN":
            assert entry.sources, entry.id
        assert entry.modality in (None, "asserted", "future", "hypothetical"), entry.id
        assert entry.id not in seen, f"duplicate rule id {entry.id} (add a variant name)"
        seen.add(entry.id)


def test_every_type_has_triggers_of_both_kinds():
    lexicon = make_event_lexicon()
    for event_type in EVENT_TYPES:
        kinds = {e.pos for e in lexicon if e.type == event_type}
        assert kinds == {"VERB", "NOUN"}, (event_type, kinds)
