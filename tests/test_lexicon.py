"""The event lexicon (newsgraph/resources/events.tsv and cues.tsv): one short sentence per family.

Each case is a French sentence and one reading the extractor must find in it
(``source → target TYPE (modality, negated)``), as in ``test_events.py``. The
sentences use the simple tenses and named actors that the parser handles well:
they test the lexicon rows (type, frame, multi-word and reflexive entries), not
the parser.
"""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path

import pytest

from newsgraph.resources import make_event_lexicon, read_table
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
    # a purchase of goods named by their maker is business with the maker
    ("achat", "La Chine a confirmé l'achat de 50 Boeing.", "Chine → Boeing COOPERATE"),
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
    ("remettre en liberté", "L'Iran a remis en liberté Benjamin Brière.", "Iran → Benjamin Brière RETREAT"),
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
    ("extradition", "Le Royaume-Uni a procédé à l'extradition de Julian Assange.", "Royaume-Uni → Julian Assange COERCE"),
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


# One sentence per CAMEO code of the classes walked for the lexicon (scripts/cameo_classes.py):
# (code and family, sentence, a reading that must be found)
CAMEO_CASES = [
    # AGREE 030, 037, 057
    ("030 donner son accord", "La Grèce a donné son accord à la Macédoine du Nord.", "Grèce → Macédoine du Nord AGREE"),
    ("030 pactiser", "La Russie a pactisé avec la Corée du Nord.", "Russie → Corée du Nord AGREE"),
    ("037 se réconcilier", "L'Arabie saoudite s'est réconciliée avec le Qatar.", "Arabie saoudite → Qatar AGREE"),
    ("037 accord de paix", "L'Éthiopie a signé un accord de paix avec l'Érythrée.", "Éthiopie → Érythrée AGREE"),
    ("057 sceller", "Le Japon a scellé une alliance avec l'Australie.", "Japon → Australie AGREE"),
    ("057 protocole d'accord", "Le Maroc a conclu un protocole d'accord avec le Nigeria.", "Maroc → Nigeria AGREE"),
    # CONSULT 040-046
    ("040 converser", "Emmanuel Macron a conversé avec Joe Biden.", "Emmanuel Macron → Joe Biden CONSULT"),
    ("040 contacter", "La Suède a contacté la Turquie.", "Suède → Turquie CONSULT"),
    ("040 renouer le dialogue", "La Chine a renoué le dialogue avec les États-Unis.", "Chine → États-Unis CONSULT"),
    ("040 poignée de main", "La poignée de main entre Joe Biden et Xi Jinping a marqué le sommet.", "Joe Biden → Xi Jinping CONSULT"),
    ("041 conversation téléphonique", "Olaf Scholz a eu une conversation téléphonique avec Vladimir Poutine.", "Olaf Scholz → Vladimir Poutine CONSULT"),
    ("041 coup de fil", "Joe Biden a passé un coup de fil à Emmanuel Macron.", "Joe Biden → Emmanuel Macron CONSULT"),
    ("042 venue", "La venue de Xi Jinping en France est prévue.", "Xi Jinping → France CONSULT (future)"),
    ("042 visite d'État", "Le roi Charles III effectue une visite d'État en Allemagne.", "Charles III → Allemagne CONSULT"),
    ("043 mini-sommet", "La France a organisé un mini-sommet avec l'Allemagne.", "France → Allemagne CONSULT"),
    ("045 navette diplomatique", "Le Qatar mène une navette diplomatique entre Israël et le Hamas.", "Qatar → Israël CONSULT"),
    ("046 parlementer", "La Colombie a parlementé avec l'ELN.", "Colombie → ELN CONSULT"),
    # SUPPORT 050-054
    ("050 resserrer les liens", "La France a resserré ses liens avec l'Inde.", "France → Inde SUPPORT"),
    ("050 établir des relations", "Israël a établi des relations diplomatiques avec le Maroc.", "Israël → Maroc SUPPORT"),
    ("050 dégel", "Le dégel entre Cuba et les États-Unis se confirme.", "Cuba → États-Unis SUPPORT"),
    ("051 acclamer", "Le Parlement européen a acclamé Volodymyr Zelensky.", "Parlement européen → Volodymyr Zelensky SUPPORT"),
    ("051 encenser", "Donald Trump a encensé la Hongrie.", "Donald Trump → Hongrie SUPPORT"),
    ("052 prendre la défense", "La Chine a pris la défense de la Russie.", "Chine → Russie SUPPORT"),
    ("053 prendre parti", "La Turquie a pris parti pour l'Azerbaïdjan.", "Turquie → Azerbaïdjan SUPPORT"),
    ("054 reconnaître l'indépendance", "La France a reconnu l'indépendance du Kosovo.", "France → Kosovo SUPPORT"),
    # CONCEDE 055-0871
    ("055 présenter ses excuses", "Le Japon a présenté ses excuses à la Corée du Sud.", "Japon → Corée du Sud CONCEDE"),
    ("056 pardonner", "Le Rwanda a pardonné à la France.", "Rwanda → France CONCEDE"),
    ("080 lâcher du lest", "La Turquie a lâché du lest face à la Suède.", "Turquie → Suède CONCEDE"),
    ("080 se soumettre", "La Grèce s'est soumise à l'Union européenne.", "Grèce → Union européenne CONCEDE"),
    ("081 acquitter", "La justice turque a acquitté Osman Kavala.", "Turquie → Osman Kavala CONCEDE"),
    ("085 dégeler", "Les États-Unis ont dégelé les avoirs de l'Iran.", "États-Unis → Iran CONCEDE"),
    ("087 désescalade", "La désescalade entre l'Inde et la Chine se poursuit.", "Inde → Chine CONCEDE"),
    ("0871 cesser le feu", "Israël a cessé le feu contre le Hamas.", "Israël → Hamas CONCEDE"),
    # COOPERATE 060-064
    ("060 unir ses forces", "La France unit ses forces avec l'Allemagne.", "France → Allemagne COOPERATE"),
    ("060 adhérer", "La Finlande a adhéré à l'OTAN.", "Finlande → OTAN COOPERATE"),
    ("061 s'approvisionner", "L'Inde s'est approvisionnée auprès de la Russie.", "Inde → Russie COOPERATE"),
    ("061 échanges commerciaux", "Les échanges commerciaux entre la Chine et l'Australie reprennent.", "Chine → Australie COOPERATE"),
    ("062 manœuvres conjointes", "La Chine a organisé des manœuvres conjointes avec la Russie.", "Chine → Russie COOPERATE"),
    ("063 coopération judiciaire", "La coopération judiciaire entre la France et le Maroc reprend.", "France → Maroc COOPERATE"),
    ("064 partager des renseignements", "Le Royaume-Uni a partagé ses renseignements avec l'Ukraine.", "Royaume-Uni → Ukraine COOPERATE"),
    # AID 070-075
    ("070 porter assistance", "La Grèce a porté assistance à la Turquie.", "Grèce → Turquie AID"),
    ("071 renflouer", "Le FMI a renfloué l'Argentine.", "FMI → Argentine AID"),
    ("071 soutenir financièrement", "Le Qatar soutient financièrement le Liban.", "Qatar → Liban AID"),
    ("072 livrer des armes", "Les États-Unis ont livré des armes à l'Ukraine.", "États-Unis → Ukraine AID"),
    ("072 aide militaire", "L'aide militaire de l'Allemagne à l'Ukraine augmente.", "Allemagne → Ukraine AID"),
    ("073 aide humanitaire", "La France a envoyé une aide humanitaire au Liban.", "France → Liban AID"),
    ("074 protéger", "La France protège le Tchad.", "France → Tchad AID"),
    ("075 accorder l'asile", "La Russie a accordé l'asile à Edward Snowden.", "Russie → Edward Snowden AID"),
    # RETREAT 083-0874
    ("083 se démettre", "Boris Johnson s'est démis de ses fonctions.", "Boris Johnson → ∅ RETREAT"),
    ("0841 échanger des prisonniers", "La Russie a échangé des prisonniers avec l'Ukraine.", "Russie → Ukraine RETREAT"),
    ("0842 rétrocéder", "Le Royaume-Uni a rétrocédé Hong Kong à la Chine.", "Royaume-Uni → Chine RETREAT"),
    ("0873 désarmement", "Le désarmement du Hezbollah a commencé.", "Hezbollah → ∅ RETREAT"),
    ("0874 claquer la porte", "Les États-Unis ont claqué la porte de l'UNESCO.", "États-Unis → UNESCO RETREAT"),
    ("0874 battre en retraite", "L'armée russe a battu en retraite.", "Russie → ∅ RETREAT"),
    # REQUEST 020-1056
    ("020 intercéder", "Le Vatican a intercédé auprès de la Russie.", "Vatican → Russie REQUEST"),
    ("023 appel à l'aide", "Le Liban a lancé un appel à l'aide à la France.", "Liban → France REQUEST"),
    ("027 appeler à la retenue", "L'ONU a appelé à la retenue l'Inde et le Pakistan.", "ONU → Inde REQUEST"),
    ("100 intimer", "Les États-Unis ont intimé à l'Iran l'ordre de cesser.", "États-Unis → Iran REQUEST"),
    ("1041 exiger la démission", "Les États-Unis exigent la démission de Nicolás Maduro.", "États-Unis → Nicolás Maduro REQUEST"),
    ("1056 exiger le retrait", "La Moldavie exige le retrait des troupes russes.", "Moldavie → Russie REQUEST"),
    # ACCUSE 090-115
    ("090 ouvrir une enquête", "La Cour pénale internationale a ouvert une enquête sur Israël.", "Cour pénale internationale → Israël ACCUSE"),
    ("090 espionner", "La Chine a espionné les États-Unis.", "Chine → États-Unis ACCUSE"),
    ("110 désapprouver", "L'Allemagne désapprouve la Hongrie.", "Allemagne → Hongrie ACCUSE"),
    ("110 brouille", "La brouille entre l'Algérie et l'Espagne s'aggrave.", "Algérie → Espagne ACCUSE"),
    ("111 admonester", "L'Union européenne a admonesté la Pologne.", "Union européenne → Pologne ACCUSE"),
    ("111 invectiver", "Marine Le Pen a invectivé Emmanuel Macron.", "Marine Le Pen → Emmanuel Macron ACCUSE"),
    ("112 suspecter", "Israël a suspecté l'Iran.", "Israël → Iran ACCUSE"),
    ("113 se liguer", "La France et le Royaume-Uni se sont ligués contre la Russie.", "France → Russie ACCUSE"),
    ("114 convoquer l'ambassadeur", "La France a convoqué l'ambassadeur d'Iran.", "France → Iran ACCUSE"),
    ("115 porter plainte", "L'Ukraine a porté plainte contre la Russie.", "Ukraine → Russie ACCUSE"),
    ("115 traîner en justice", "Le Mexique a traîné en justice les États-Unis.", "Mexique → États-Unis ACCUSE"),
    # REJECT 120-129
    ("120 tourner le dos", "Le Mali a tourné le dos à la France.", "Mali → France REJECT"),
    ("120 faire la sourde oreille", "La Russie fait la sourde oreille à l'ONU.", "Russie → ONU REJECT"),
    ("124 intransigeance", "L'intransigeance de la Turquie face à la Suède agace.", "Turquie → Suède REJECT"),
    ("128 bafouer", "La Russie a bafoué la souveraineté de l'Ukraine.", "Russie → Ukraine REJECT"),
    ("129 retoquer", "Le Conseil constitutionnel a retoqué le gouvernement.", "Conseil constitutionnel → ∅ REJECT"),
    # THREATEN 130-1385
    ("130 menaces de mort", "Les menaces de mort de l'État islamique contre la France inquiètent.", "État islamique → France THREATEN"),
    ("130 promettre des représailles", "L'Iran a promis des représailles à Israël.", "Iran → Israël THREATEN"),
    ("138 pression militaire", "La pression militaire de la Chine sur Taïwan s'accentue.", "Chine → Taïwan THREATEN"),
    # PROTEST 140-145
    ("140 fronde", "La fronde de la Pologne contre la Commission européenne grandit.", "Pologne → Commission européenne PROTEST"),
    ("141 se rassembler", "La CGT s'est rassemblée devant l'Assemblée nationale.", "CGT → Assemblée nationale PROTEST"),
    ("143 piquet de grève", "La CGT a installé un piquet de grève devant Total.", "CGT → Total PROTEST"),
    ("145 se soulever", "Le Hamas s'est soulevé contre Israël.", "Hamas → Israël PROTEST"),
    # SANCTION 116-166
    ("116 condamner à mort", "L'Iran a condamné à mort Jamshid Sharmahd.", "Iran → Jamshid Sharmahd SANCTION"),
    ("160 punir", "L'Union européenne punit la Biélorussie.", "Union européenne → Biélorussie SANCTION"),
    ("161 suspendre les relations", "La Turquie a suspendu ses relations avec Israël.", "Turquie → Israël SANCTION"),
    ("162 suspendre son aide", "Les États-Unis ont suspendu leur aide au Niger.", "États-Unis → Niger SANCTION"),
    ("163 gel des avoirs", "Le gel des avoirs de la Russie par le G7 continue.", "G7 → Russie SANCTION"),
    ("163 guerre commerciale", "La guerre commerciale entre la Chine et les États-Unis s'intensifie.", "Chine → États-Unis SANCTION"),
    ("164 rompre les négociations", "La Colombie a rompu les négociations avec l'ELN.", "Colombie → ELN SANCTION"),
    ("166 expulser des diplomates", "La Pologne accuse la Russie. Elle a expulsé des diplomates russes.", "Pologne → Russie SANCTION"),
    ("166 déclarer persona non grata", "Le Niger a déclaré persona non grata l'ambassadeur de France.", "Niger → France SANCTION"),
    # MOBILIZE 150-154
    ("150 démonstration de force", "La Chine a organisé une démonstration de force.", "Chine → ∅ MOBILIZE"),
    ("150 tirer un missile", "La Corée du Nord a tiré un missile.", "Corée du Nord → ∅ MOBILIZE"),
    ("152 mettre en état d'alerte", "La Russie a mis en état d'alerte ses forces nucléaires.", "Russie → ∅ MOBILIZE"),
    ("154 dépêcher des troupes", "La Turquie a dépêché des troupes en Libye.", "Turquie → Libye MOBILIZE"),
    ("154 rappeler des réservistes", "Israël a rappelé des réservistes.", "Israël → ∅ MOBILIZE"),
    # COERCE 170-191
    ("170 sévir", "La Turquie a sévi contre le PKK.", "Turquie → PKK COERCE"),
    ("170 destituer", "Le Parlement a destitué Pedro Castillo.", "Parlement → Pedro Castillo COERCE"),
    ("171 arraisonner", "L'Iran a arraisonné un pétrolier du Royaume-Uni.", "Iran → Royaume-Uni COERCE"),
    ("172 infliger une amende", "La Commission européenne a infligé une amende à Google.", "Commission européenne → Google COERCE"),
    ("1722 mettre hors la loi", "L'Égypte a mis hors la loi les Frères musulmans.", "Égypte → Frères musulmans COERCE"),
    ("173 jeter en prison", "La Biélorussie a jeté en prison Maria Kolesnikova.", "Biélorussie → Maria Kolesnikova COERCE"),
    ("174 transfert forcé", "La Russie envahit l'Ukraine. Le transfert forcé d'enfants ukrainiens par la Russie choque.",
     "Russie → Ukraine COERCE"),
    ("191 mettre le siège", "L'armée syrienne a mis le siège devant Alep.", "Syrie → ∅ COERCE"),
    # ASSAULT 1712-204
    ("1712 saccager", "Des partisans du Hamas ont saccagé l'ambassade d'Israël.", "Hamas → Israël ASSAULT"),
    ("175 persécuter", "La Chine a persécuté les Ouïghours.", "Chine → ∅ ASSAULT"),
    ("180 coup d'État", "Le Hamas a mené un coup d'État contre le Fatah.", "Hamas → Fatah ASSAULT"),
    ("181 retenir en otage", "Le Hamas retient en otage des citoyens d'Israël.", "Hamas → Israël ASSAULT"),
    ("182 passer à tabac", "La police iranienne a passé à tabac Mahsa Amini.", "Iran → Mahsa Amini ASSAULT"),
    ("185 attenter", "Le Hamas a attenté à la vie de Benyamin Netanyahou.", "Hamas → Benyamin Netanyahou ASSAULT"),
    ("186 neutraliser", "L'armée française a neutralisé Adnan Abou Walid al-Sahraoui.", "France → Adnan Abou Walid al-Sahraoui ASSAULT"),
    ("190 tendre une embuscade", "Le Hamas a tendu une embuscade à l'armée israélienne.", "Hamas → Israël ASSAULT"),
    ("190 assaillir", "Le Hezbollah a assailli Israël.", "Hezbollah → Israël ASSAULT"),
    ("192 reconquérir", "L'Azerbaïdjan a reconquis le Haut-Karabakh.", "Azerbaïdjan → ∅ ASSAULT"),
    ("193 tirer à balles réelles", "L'armée iranienne a tiré à balles réelles sur les manifestants.", "Iran → ∅ ASSAULT"),
    ("194 tirs d'artillerie", "Les tirs d'artillerie de la Russie contre l'Ukraine continuent.", "Russie → Ukraine ASSAULT"),
    ("195 tirer un missile sur", "L'Iran a tiré des missiles sur Israël.", "Iran → Israël ASSAULT"),
    ("195 frappe aérienne", "La frappe aérienne d'Israël contre le Hezbollah a fait des victimes.", "Israël → Hezbollah ASSAULT"),
    ("196 violation du cessez-le-feu", "La violation du cessez-le-feu par l'Azerbaïdjan inquiète.", "Azerbaïdjan → ∅ ASSAULT"),
    ("202 génocide", "La Serbie a commis un génocide en Bosnie-Herzégovine.", "Serbie → Bosnie-Herzégovine ASSAULT"),
    ("204 attaque chimique", "L'Irak a lancé une attaque chimique contre l'Iran.", "Irak → Iran ASSAULT"),
]


@pytest.mark.parametrize("name,text,expected", CAMEO_CASES, ids=[c[0] for c in CAMEO_CASES])
def test_cameo_family(nlp, name, text, expected):
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
    ("rappeler des réservistes is not recalling an ambassador", "Israël a rappelé des réservistes.", "SANCTION"),
    ("tirer à boulets rouges is not shooting", "Marine Le Pen a tiré à boulets rouges sur Emmanuel Macron.", "ASSAULT"),
    ("accorder l'asile is not an agreement", "La Russie a accordé l'asile à Edward Snowden.", "AGREE"),
    ("a trade war is not a war", "La guerre commerciale entre la Chine et les États-Unis s'intensifie.", "ASSAULT"),
    ("céder le pouvoir is not a concession", "Mohamed Bazoum a cédé le pouvoir aux militaires.", "CONCEDE"),
    ("rendre le pouvoir is not a visit", "Mohamed Bazoum a rendu le pouvoir aux militaires.", "CONSULT"),
    ("battre le pavé is not a beating", "La CGT a battu le pavé contre Emmanuel Macron.", "ASSAULT"),
    ("a missile test is not an attack", "La Corée du Nord a tiré un missile.", "ASSAULT"),
    ("livrer bataille is not a delivery", "L'Ukraine a livré bataille contre la Russie.", "COOPERATE"),
    ("promettre des représailles is not a promise", "L'Iran a promis des représailles à Israël.", "AGREE"),
    ("an exchange of fire is not a talk", "Un échange de tirs entre l'Inde et le Pakistan a eu lieu.", "CONSULT"),
    ("verbal attacks are not an assault", "Les attaques verbales de la Turquie contre la Grèce se multiplient.", "ASSAULT"),
    ("soutenir financièrement is aid, not support", "Le Qatar soutient financièrement le Liban.", "SUPPORT"),
    ("déposer une protestation is not laying down arms", "La Chine a déposé une protestation auprès du Japon.", "RETREAT"),
]


@pytest.mark.parametrize("name,text,absent", OVERRIDES, ids=[c[0] for c in OVERRIDES])
def test_multiword_overrides(nlp, name, text, absent):
    _, result = readings(nlp, text)
    assert absent not in {e.type for e in result.events}, [str(e) for e in result.events]


# two senses of one expression, told apart by the slot the sentence fills: (family, sentence, reading)
SENSES = [
    ("exercises with a partner are cooperation", "La Chine a mené des exercices militaires avec la Russie.", "Chine → Russie COOPERATE"),
    ("a protest lodged with someone is a complaint", "La Chine a déposé une protestation auprès du Japon.", "Chine → Japon ACCUSE"),
    ("campaigning against", "Le Parti démocrate fait campagne contre Donald Trump.", "Parti démocrate → Donald Trump ACCUSE"),
    ("campaigning for", "Le Parti républicain fait campagne pour Donald Trump.", "Parti républicain → Donald Trump SUPPORT"),
    ("a missile fired at someone is an attack", "Le Hezbollah a tiré un missile sur Israël.", "Hezbollah → Israël ASSAULT"),
    ("a missile fired at no one is a show of force", "La Corée du Nord a tiré un missile.", "Corée du Nord → ∅ MOBILIZE"),
    ("voting against", "La Hongrie a voté contre la Commission européenne.", "Hongrie → Commission européenne REJECT"),
]


@pytest.mark.parametrize("name,text,expected", SENSES, ids=[c[0] for c in SENSES])
def test_sense_follows_the_frame(nlp, name, text, expected):
    found, _ = readings(nlp, text)
    assert expected in found, f"missing {expected!r}; found {found}"


# cues.tsv additions: (family, sentence, a reading that must be found)
CUES = [
    ("cancel: lifted sanctions", "L'Union européenne a levé les sanctions contre l'Iran.",
     "Union européenne → Iran SANCTION (future, negated)"),
    ("cancel: refused talks", "La Russie refuse toute négociation avec l'Ukraine.", "Russie → Ukraine CONSULT (future, negated)"),
    ("cancel: abandoned truce", "La Russie a abandonné le cessez-le-feu avec l'Ukraine.", "Russie → Ukraine CONCEDE (future, negated)"),
    # breaking a ceasefire is a row of its own (CAMEO 196), whose noun tells nothing more
    ("broken truce", "La Russie a rompu le cessez-le-feu avec l'Ukraine.", "Russie → Ukraine ASSAULT"),
    ("hypothetical: réfléchir à", "La Russie réfléchit à attaquer l'Ukraine.", "Russie → Ukraine ASSAULT (hypothetical)"),
    ("rejects when negated: cautionner", "La Chine ne cautionne pas la Russie.", "Chine → Russie REJECT"),
    # expel: diplomats are a sanction, an armed force driven out is fighting, people removed by the police are coerced
    ("expel: diplomats", "Les États-Unis ont expulsé 35 diplomates russes.", "États-Unis → Russie SANCTION"),
    ("expel: armed force", "L'armée irakienne a expulsé l'État islamique de la ville.", "Irak → État islamique ASSAULT"),
    ("expel: armed object", "La Turquie a expulsé les combattants kurdes de la région.", None),
    # a noun the parser hung the "à" complement on gives the verb's recipient; an offered aid is to come
    ("offer: recipient on the noun", "La Chine a proposé une trêve à l'Inde.", "Chine → Inde AGREE"),
    ("offer: aid to come", "La Russie a offert son aide à la Turquie.", "Russie → Turquie AID (future)"),
    # a requested action told by a noun is asked of its agent
    ("request: the noun's agent", "Les États-Unis ont exigé le départ des troupes russes.", "États-Unis → Russie REQUEST"),
    # calling someone is a telephone call, unless an "à" says to what
    ("call: phone", "Le président français a appelé son homologue russe Vladimir Poutine.", "France → Vladimir Poutine CONSULT"),
    ("call: request", "L'Union européenne a appelé l'Iran à négocier.", "Union européenne → Iran REQUEST"),
    # "imposer des sanctions à <capitale>": the capital is its state, the recipient
    ("sanction to a capital", "Washington a imposé de nouvelles sanctions à Téhéran.", "États-Unis → Iran SANCTION"),
    # restoring or breaking relations is mutual between coordinated subjects; a resolution "contre" condemns
    ("relations: mutual", "Le Japon et la Corée du Sud ont renoué leurs relations diplomatiques.", "Corée du Sud → Japon SUPPORT"),
    ("relations: broken", "Le Qatar et Bahreïn ont rompu leurs relations diplomatiques.", "Bahreïn → Qatar SANCTION"),
    ("resolution against", "Le Parlement européen a voté une résolution contre la Hongrie.", "Parlement européen → Hongrie ACCUSE"),
    # giving verbs take a recipient the parser hung on their object
    ("give: recipient on the object", "La Russie a fourni des drones iraniens à la Syrie.", "Russie → Syrie AID"),
    # a figurative row keeps its literal sense of force when an armed force does it
    ("literal force: torpiller", "Les sous-marins allemands ont torpillé des navires français.", "Allemagne → ∅ ASSAULT"),
    ("figurative: torpiller", "L'Allemagne a torpillé le projet de la France.", "Allemagne → France REJECT"),
    # persuading someone to act asks it of them
    ("persuade: convaincre", "La Turquie a convaincu les États-Unis de suspendre leur aide.", "Turquie → États-Unis REQUEST"),
    ("expel: police", "Les CRS ont expulsé les Gilets jaunes de la place.", "CRS → Gilets jaunes COERCE"),
]


@pytest.mark.parametrize("name,text,expected", CUES, ids=[c[0] for c in CUES])
def test_cues(nlp, name, text, expected):
    found, _ = readings(nlp, text)
    if expected is None:  # the sense changed and no sanction, or no event at all, is read
        assert not any("SANCTION" in f or "ASSAULT" in f for f in found), found
        return
    assert expected in found, f"missing {expected!r}; found {found}"


def test_speech_cue_gives_the_speaker(nlp):
    _, result = readings(nlp, "La Russie négocie. « Nous allons signer un accord avec la Chine », a confié Vladimir Poutine.")
    names = result.actors_by_ref
    event = next(e for e in result.events if e.type == "AGREE" and e.target)
    assert names[event.target].name == "Chine"
    assert event.modality == "future"


# The PLOVER type of a CAMEO code: the entry of its longest prefix here (spec section 4; PLOVER's
# CAMEO correspondence, with the spec's choices: signing is AGREE, apologies and forgiveness CONCEDE,
# convictions SANCTION, occupations, repression and destruction ASSAULT, blockades COERCE).
# 08 holds both CONCEDE (yield, ease sanctions, ceasefire) and RETREAT (release, return, withdraw, resign).
CAMEO_TYPES = {
    "02": {"REQUEST"}, "03": {"AGREE"}, "04": {"CONSULT"}, "05": {"SUPPORT"}, "055": {"CONCEDE"}, "056": {"CONCEDE"},
    "057": {"AGREE"}, "06": {"COOPERATE"}, "07": {"AID"}, "08": {"CONCEDE", "RETREAT"}, "09": {"ACCUSE"},
    "10": {"REQUEST"}, "11": {"ACCUSE"}, "116": {"SANCTION"}, "12": {"REJECT"}, "13": {"THREATEN"},
    "14": {"PROTEST"}, "15": {"MOBILIZE"}, "16": {"SANCTION"}, "17": {"COERCE"}, "1712": {"ASSAULT"},
    "175": {"ASSAULT"}, "18": {"ASSAULT"}, "19": {"ASSAULT"}, "191": {"COERCE"}, "192": {"COERCE", "ASSAULT"},
    "20": {"ASSAULT"},
}
SLOTS = {"obj", "iobj", "nsubj", "entre"}
PREPOSITIONS = {"avec", "à", "au", "aux", "contre", "de", "en", "envers", "auprès de", "chez", "sur", "devant", "face à",
                "dans", "pour", "vers", "près de", "derrière", "à l'encontre de"}


def cameo_types(code: str) -> set[str]:
    """The types a CAMEO code may carry: those of its longest prefix in CAMEO_TYPES."""
    prefix = max((p for p in CAMEO_TYPES if code.startswith(p)), key=len, default=None)
    return CAMEO_TYPES[prefix] if prefix else set()


def bundled_rows() -> list[dict[str, str]]:
    return read_table("events.tsv", optional=("monadic",))


def test_cameo_types_of_codes():
    assert cameo_types("112") == {"ACCUSE"}
    assert cameo_types("116") == {"SANCTION"}
    assert cameo_types("1712") == {"ASSAULT"} and cameo_types("171") == {"COERCE"}
    assert cameo_types("0874") == {"CONCEDE", "RETREAT"}
    assert cameo_types("21") == set()


def test_every_row_is_consistent():
    lexicon = make_event_lexicon()
    seen = set()
    for entry in lexicon:
        assert entry.type in EVENT_TYPES, entry.id
        assert entry.cameo.isdigit() and len(entry.cameo) in (3, 4), (entry.id, entry.cameo)
        assert entry.type in cameo_types(entry.cameo), (entry.id, entry.type, entry.cameo)
        assert 0.3 <= entry.confidence <= 0.9, entry.id
        assert entry.targets, entry.id
        for slot in entry.targets:
            base = (slot[4:] if slot.startswith("obj.") else slot).rstrip("!")
            assert base in SLOTS | PREPOSITIONS, (entry.id, slot)
        for slot in entry.sources:
            assert slot in {"poss", "amod", "de", "par"}, (entry.id, slot)
        if entry.pos == "NOUN":
            assert entry.sources, entry.id
        else:
            assert not entry.sources, entry.id
        assert entry.modality in (None, "asserted", "future", "hypothetical"), entry.id
        assert entry.id not in seen, f"duplicate rule id {entry.id} (add a variant name)"
        seen.add(entry.id)


def test_every_row_says_whether_it_is_monadic():
    rows = bundled_rows()
    assert all(row["monadic"] in ("yes", "no") for row in rows), [row["lemma"] for row in rows if row["monadic"] not in ("yes", "no")]
    lexicon = make_event_lexicon()
    monadic = {(row["lemma"].lower(), row["pos"], row["variant"]): row["monadic"] == "yes" for row in rows}
    for entry in lexicon:
        variant = entry.id.split(":", 3)[3] if entry.id.count(":") == 3 else ""
        assert entry.monadic == monadic[(entry.lemma, entry.pos, variant)], entry.id


def test_no_row_is_written_twice():
    keys = [(row["lemma"].lower(), row["pos"], row["variant"]) for row in bundled_rows()]
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)


def test_rows_are_sorted_by_type_then_code_under_a_heading():
    """events.tsv lists the rows by type (in the order of EVENT_TYPES), then CAMEO code, each code under a comment."""
    path = Path(str(importlib_resources.files("newsgraph.resources").joinpath("events.tsv")))
    order = list(EVENT_TYPES)
    previous = None
    heading = None
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.startswith("#"):
            heading = line
            continue
        if not line.strip() or line.startswith("lemma\t"):
            continue
        cells = line.split("\t")
        key = (order.index(cells[2]), cells[3])
        assert previous is None or key >= previous, f"out of order: {line}"
        if key != previous:
            assert heading is not None and heading.startswith(f"# {cells[2]} {cells[3]}"), f"no heading before: {line}"
        previous, heading = key, None if key != previous else heading


def test_every_cameo_root_from_02_to_20_has_rows():
    roots = {entry.cameo[:2] for entry in make_event_lexicon()}
    assert roots >= {f"{n:02d}" for n in range(2, 21)}, sorted({f"{n:02d}" for n in range(2, 21)} - roots)


def test_the_lexicon_was_built_to_cover_the_classes():
    """The CAMEO walk (docs/lexicon.md §6) wrote at least 1,500 rows; this guards against losing them."""
    assert len(make_event_lexicon()) >= 1500


def test_every_type_has_triggers_of_both_kinds():
    lexicon = make_event_lexicon()
    for event_type in EVENT_TYPES:
        kinds = {e.pos for e in lexicon if e.type == event_type}
        assert kinds == {"VERB", "NOUN"}, (event_type, kinds)


@pytest.mark.parametrize("text, verb, idiom", [
    ("Des artistes comme Robert De Niro y prenant parfois part, les rassemblements ont grossi.", "prenant", True),
    ("Le ministre a pris la parole devant l'Assemblée.", "pris", True),
    ("L'armée a pris la ville aux rebelles.", "pris", False),
])
def test_verb_idiom_tells_no_event(nlp, text, verb, idiom):
    # a verb and its bare object noun that make an idiom ("prendre part") tell no event: no capture
    from newsgraph.extract.event_attributes import EventCues
    from newsgraph.resources import make_event_lexicon

    cues = EventCues(make_event_lexicon())
    doc = nlp(text)
    assert cues.tells_no_event(next(t for t in doc if t.text == verb)) is idiom
