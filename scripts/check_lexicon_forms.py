#!/usr/bin/env python3
"""Check that spaCy finds the rows of the event lexicon in inflected text.

The extractor looks a verb up by its spaCy lemma, a noun by its lemma or its
lower-case form, and the other words of an expression as they are written
(``newsgraph/resources/events.tsv``, ``docs/lexicon.md`` §1.3). A row whose
head word the lemmatizer of ``fr_core_news_md`` does not give back, or whose
words the tokenizer splits differently, is never found. This script puts the
head word of every row in short carrier sentences, inflected, and lists what
does not come back:

* **verbs**: the present (3rd person singular and plural), the passé composé
  and the passive (masculine and feminine participle), reflexive for ``se``
  rows; each must be tagged ``VERB`` with the row's infinitive as lemma;
* **nouns**: the singular must not be tagged as a verb; the plural of a
  singular head must have the singular as lemma (else only the singular is
  found: "les *sanctions*" is found by the lemma ``sanction``);
* **expressions**: the row's words, written out ("mandat d'arrêt"), must be
  the tokens of the tokenizer.

The inflection is rule-based (first and second groups, and the usual third
group endings) and good enough for a check: a failure is a row to look at,
and the report says which form failed and what spaCy made of it.

Usage::

    python scripts/check_lexicon_forms.py                 # report on standard output
    python scripts/check_lexicon_forms.py --pos VERB --output forms.tsv
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path
from typing import Iterator, TextIO

import newsgraph
from newsgraph.resources import TriggerEntry, make_event_lexicon

LOGGER = logging.getLogger("check_lexicon_forms")

# third-group endings: infinitive ending -> (present 3sg, present 3pl, past participle) endings
THIRD_GROUP = [
    ("prendre", "prend", "prennent", "pris"),
    ("mettre", "met", "mettent", "mis"),
    ("battre", "bat", "battent", "battu"),
    ("rompre", "rompt", "rompent", "rompu"),
    ("vaincre", "vainc", "vainquent", "vaincu"),
    ("soudre", "sout", "solvent", "sous"),
    ("coudre", "coud", "cousent", "cousu"),
    ("aindre", "aint", "aignent", "aint"),
    ("eindre", "eint", "eignent", "eint"),
    ("oindre", "oint", "oignent", "oint"),
    ("dre", "d", "dent", "du"),
    ("uire", "uit", "uisent", "uit"),
    ("crire", "crit", "crivent", "crit"),
    ("dire", "dit", "disent", "dit"),
    ("lire", "lit", "lisent", "lu"),
    ("clure", "clut", "cluent", "clu"),
    ("aître", "aît", "aissent", "u"),
    ("faire", "fait", "font", "fait"),
    ("traire", "trait", "traient", "trait"),
    ("taire", "tait", "taisent", "tu"),
    ("suivre", "suit", "suivent", "suivi"),
    ("vivre", "vit", "vivent", "vécu"),
    ("croire", "croit", "croient", "cru"),
    ("boire", "boit", "boivent", "bu"),
    ("cevoir", "çoit", "çoivent", "çu"),
    ("mouvoir", "meut", "meuvent", "mu"),
    ("choir", "choit", "choient", "chu"),
    ("voir", "voit", "voient", "vu"),
    ("enir", "ient", "iennent", "enu"),
    ("quérir", "quiert", "quièrent", "quis"),
    ("courir", "court", "courent", "couru"),
    ("mourir", "meurt", "meurent", "mort"),
    ("vrir", "vre", "vrent", "vert"),
    ("frir", "fre", "frent", "fert"),
    ("cueillir", "cueille", "cueillent", "cueilli"),
    ("fuir", "fuit", "fuient", "fui"),
    ("ouillir", "out", "ouillent", "ouilli"),
]
# -ir verbs of the third group conjugated like "partir" (the others are second group: "finir")
LIKE_PARTIR = ("partir", "sortir", "sentir", "mentir", "servir", "dormir", "repartir", "ressortir", "consentir", "pressentir")
# "céder" → "cède", "lever" → "lève", "célébrer" → "célèbre": an e or é before one consonant (or a consonant and l/r)
ACCENT_SHIFT = r"[ée]((?:[bcdfgjklmnpqrstvz]|[bcdfgptv][lr]|gn))$"
DOUBLING = ("appeler", "rappeler", "jeter", "rejeter", "projeter", "renouveler", "interjeter", "épeler")


def verb_forms(infinitive: str) -> dict[str, str]:
    """``{"3sg", "3pl", "pp"}`` forms of a French infinitive (rule-based, for checking)."""
    inf = infinitive
    if inf.endswith("er") and inf != "être":
        stem = inf[:-2]
        if inf in DOUBLING or any(inf.endswith(d) for d in DOUBLING):
            sg = stem + stem[-1] + "e"
        elif inf.endswith("yer"):
            sg = stem[:-1] + "ie"
        else:
            sg = re.sub(ACCENT_SHIFT, r"è\1", stem) + "e"
        return {"3sg": sg, "3pl": sg + "nt", "pp": stem + "é"}
    if inf.endswith("ir") and not inf.endswith(("enir", "quérir", "courir", "mourir", "vrir", "frir", "cueillir", "fuir", "ouillir", "voir")):
        stem = inf[:-2]
        if inf.endswith(LIKE_PARTIR):
            return {"3sg": inf[:-3] + "t", "3pl": inf[:-2] + "ent", "pp": inf[:-1]}
        return {"3sg": stem + "it", "3pl": stem + "issent", "pp": stem + "i"}
    for ending, sg, pl, pp in THIRD_GROUP:
        if inf.endswith(ending):
            base = inf[: len(inf) - len(ending)]
            return {"3sg": base + sg, "3pl": base + pl, "pp": base + pp}
    return {}


def feminine(participle: str) -> str:
    if participle.endswith("sous"):
        return participle[:-1] + "te"  # "dissous" → "dissoute"
    return participle + "e"


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z")):
        return noun
    if noun.endswith(("au", "eu", "eau")):
        return noun + "x"
    if noun.endswith("al") and noun not in ("aval", "festival", "récital", "carnaval", "bal", "chacal", "étal"):
        return noun[:-2] + "aux"
    return noun + "s"


def content_words(lemma: str) -> list[str]:
    """The words of a row without its reflexive pronoun."""
    lemma = lemma.replace("’", "'")
    if lemma.startswith("s'"):
        lemma = lemma[2:]
    elif lemma.startswith("se "):
        lemma = lemma[3:]
    return lemma.split()


def surface(words: list[str]) -> str:
    """Row words as text: "mandat d' arrêt" → "mandat d'arrêt"."""
    return re.sub(r"' ", "'", " ".join(words))


def carriers(entry: TriggerEntry) -> Iterator[tuple[str, str, str]]:
    """``(check, sentence, word that must be found)`` for one row."""
    words = content_words(entry.lemma)
    head = words[0]
    rest = surface(words[1:])
    reflexive = entry.lemma.startswith(("se ", "s'"))
    if entry.pos == "VERB":
        forms = verb_forms(head)
        if not forms:
            return
        tail = f" {rest}" if rest else ""
        if reflexive:
            se = "s'" if forms["3sg"][0] in "aeiouéèêh" else "se "
            sep = "s'" if forms["3pl"][0] in "aeiouéèêh" else "se "
            yield "present", f"Selon Le Monde, la France {se}{forms['3sg']}{tail} face à l'Allemagne.", forms["3sg"]
            yield "present plural", f"Selon Le Monde, les États-Unis {sep}{forms['3pl']}{tail} face à l'Iran.", forms["3pl"]
            yield "passé composé", f"Selon Le Monde, la France s'est {feminine(forms['pp'])}{tail} face à l'Allemagne.", feminine(forms["pp"])
        else:
            yield "present", f"Selon Le Monde, la France {forms['3sg']}{tail} l'Allemagne.", forms["3sg"]
            yield "present plural", f"Selon Le Monde, les États-Unis {forms['3pl']}{tail} l'Iran.", forms["3pl"]
            yield "passé composé", f"Selon Le Monde, la France a {forms['pp']}{tail} l'Allemagne.", forms["pp"]
            yield "passive", f"Selon Le Monde, l'Allemagne a été {feminine(forms['pp'])}{tail} par la France.", feminine(forms["pp"])
    else:
        tail = f" {rest}" if rest else ""
        yield "singular", f"Leur {head}{tail} a surpris la France.", head
        if not head.endswith(("s", "x")) and len(words) == 1:
            yield "plural", f"Leurs {plural(head)} ont surpris la France.", plural(head)


def check(nlp, entries: list[TriggerEntry]) -> Iterator[tuple[TriggerEntry, str, str, str]]:
    """``(entry, check, form, what spaCy made of it)`` for every failure."""
    jobs = [(entry, name, text, form) for entry in entries for name, text, form in carriers(entry)]
    texts = ((text, i) for i, (_, _, text, _) in enumerate(jobs))
    for doc, i in nlp.pipe(texts, as_tuples=True, batch_size=256):
        entry, name, _, form = jobs[i]
        head = content_words(entry.lemma)[0]
        token = next((t for t in doc if t.lower_ == form.lower()), None)
        if token is None:
            yield entry, name, form, "split by the tokenizer: " + " | ".join(t.text for t in doc)
            continue
        if entry.pos == "VERB":
            if token.pos_ != "VERB" or token.lemma_.lower() != head:
                yield entry, name, form, f"{token.pos_} {token.lemma_}"
        elif token.pos_ == "VERB":
            yield entry, name, form, f"VERB {token.lemma_}"
        elif name == "plural" and token.lemma_.lower() != head and token.lower_ != head:
            yield entry, name, form, f"{token.pos_} {token.lemma_}"
    for entry in entries:
        words = content_words(entry.lemma)
        if len(words) > 1 or "-" in entry.lemma:
            tokens = [t.lower_.replace("’", "'") for t in nlp.make_doc(surface(words))]
            if tokens != [w.lower() for w in words]:
                yield entry, "tokens", surface(words), " | ".join(tokens)


def write_report(failures, out: TextIO) -> int:
    out.write("rule\tcheck\tform\tspacy\n")
    n = 0
    for entry, name, form, found in failures:
        out.write(f"{entry.id}\t{name}\t{form}\t{found}\n")
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pos", choices=("VERB", "NOUN"), default=None, help="check only verbs or only nouns")
    parser.add_argument("--output", type=Path, default=None, help="write the report there (default: standard output)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    entries = [e for e in make_event_lexicon() if args.pos in (None, e.pos)]
    nlp = newsgraph.load()
    failures = check(nlp, entries)
    if args.output:
        with args.output.open("w", encoding="utf-8") as out:
            n = write_report(failures, out)
    else:
        n = write_report(failures, sys.stdout)
    LOGGER.info("%d rows checked, %d failures", len(entries), n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
