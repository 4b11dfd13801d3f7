#!/usr/bin/env python3
"""List the English verbs and patterns of the CAMEO verb dictionary under each CAMEO code.

The French event lexicon (``newsgraph/resources/events.tsv``) was written by
walking the CAMEO classes 02-20 with this listing beside it: for each code,
the English verbs whose block or own code it is, and the patterns
(``- * SANCTIONS [163] # ADD``: "add sanctions") that give it, with the verb
they belong to. The French rows themselves are written by hand, as general
French, never translated from the listing.

The dictionary is PETRARCH-2's ``CAMEO.2.0.txt`` (shared data,
``kb/phoenix/``). Its format, in short:

* ``---  NAME   [code]  ---`` opens a verb block (``[---]``: no default code);
* the block's verbs follow, one a line, with their irregular forms in braces
  and sometimes a code of their own (``ACCUSE [112]``); a ``+`` starts a
  multi-word verb (``+ASK_FOR``), and ``_`` stands for a space;
* ``- pattern [code] # VERB`` lines are noun-phrase patterns: ``*`` is the
  verb, ``&NAME`` a synonym set, ``{...}`` a phrase, ``(...)`` a prepositional
  phrase, ``$`` and ``+`` the source and target actors.

Usage::

    python scripts/cameo_classes.py --root 16            # one root, as text
    python scripts/cameo_classes.py --format tsv > cameo.tsv
    python scripts/cameo_classes.py --counts             # how many verbs and patterns per code
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, TextIO

# the shared data sit beside the project's checkout (../shared/data), as for the tests
DEFAULT_DICTIONARY = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "kb" / "phoenix" / "CAMEO.2.0.txt"

# The CAMEO codebook's names of the roots and of the codes under them (CAMEO 1.1b3).
CAMEO_NAMES = {
    "01": "make public statement", "010": "make statement", "011": "decline comment",
    "012": "make pessimistic comment", "013": "make optimistic comment", "014": "consider policy option",
    "015": "acknowledge or claim responsibility", "016": "deny responsibility", "017": "engage in symbolic act",
    "018": "make empathetic comment", "019": "express accord",
    "02": "appeal", "020": "make an appeal or request", "021": "appeal for material cooperation",
    "022": "appeal for diplomatic cooperation", "023": "appeal for aid", "024": "appeal for political reform",
    "025": "appeal to yield", "026": "appeal to meet or negotiate", "027": "appeal to settle dispute",
    "028": "appeal to engage in or accept mediation",
    "03": "express intent to cooperate", "030": "express intent to cooperate",
    "031": "express intent to engage in material cooperation", "032": "express intent to provide diplomatic cooperation",
    "033": "express intent to provide aid", "034": "express intent to institute political reform",
    "035": "express intent to yield", "036": "express intent to meet or negotiate",
    "037": "express intent to settle dispute", "038": "express intent to accept mediation",
    "039": "express intent to mediate",
    "04": "consult", "040": "consult", "041": "discuss by telephone", "042": "make a visit", "043": "host a visit",
    "044": "meet at a third location", "045": "mediate", "046": "engage in negotiation",
    "05": "engage in diplomatic cooperation", "050": "engage in diplomatic cooperation", "051": "praise or endorse",
    "052": "defend verbally", "053": "rally support on behalf of", "054": "grant diplomatic recognition",
    "055": "apologize", "056": "forgive", "057": "sign formal agreement",
    "06": "engage in material cooperation", "060": "engage in material cooperation",
    "061": "cooperate economically", "062": "cooperate militarily", "063": "engage in judicial cooperation",
    "064": "share intelligence or information",
    "07": "provide aid", "070": "provide aid", "071": "provide economic aid", "072": "provide military aid",
    "073": "provide humanitarian aid", "074": "provide military protection or peacekeeping", "075": "grant asylum",
    "08": "yield", "080": "yield", "081": "ease administrative sanctions", "082": "ease political dissent",
    "083": "accede to requests or demands for political reform", "084": "return, release",
    "0841": "release persons", "0842": "return property", "085": "ease economic sanctions, boycott, embargo",
    "086": "allow international involvement", "087": "de-escalate military engagement",
    "0871": "declare truce, ceasefire", "0872": "ease military blockade", "0873": "demobilize armed forces",
    "0874": "retreat or surrender militarily",
    "09": "investigate", "090": "investigate", "091": "investigate crime, corruption",
    "092": "investigate human rights abuses", "093": "investigate military action", "094": "investigate war crimes",
    "10": "demand", "100": "demand", "101": "demand material cooperation", "102": "demand diplomatic cooperation",
    "103": "demand aid", "104": "demand political reform", "105": "demand that target yield",
    "106": "demand meeting, negotiation", "107": "demand settling of dispute", "108": "demand mediation",
    "11": "disapprove", "110": "disapprove", "111": "criticize or denounce", "112": "accuse",
    "1121": "accuse of crime, corruption", "1122": "accuse of human rights abuses", "1123": "accuse of aggression",
    "1124": "accuse of war crimes", "1125": "accuse of espionage, treason", "113": "rally opposition against",
    "114": "complain officially", "115": "bring lawsuit against", "116": "find guilty or liable (legally)",
    "12": "reject", "120": "reject", "121": "reject material cooperation", "122": "reject request or demand for aid",
    "123": "reject request or demand for political reform", "124": "refuse to yield",
    "125": "reject proposal to meet, discuss, or negotiate", "126": "reject mediation",
    "127": "reject plan, agreement to settle dispute", "128": "defy norms, law", "129": "veto",
    "13": "threaten", "130": "threaten", "131": "threaten non-force", "132": "threaten with administrative sanctions",
    "133": "threaten with political dissent, protest", "134": "threaten to halt negotiations",
    "135": "threaten to halt mediation", "136": "threaten to halt international involvement",
    "137": "threaten with repression", "138": "threaten to use military force", "139": "give ultimatum",
    "14": "protest", "140": "engage in political dissent", "141": "demonstrate or rally", "142": "conduct hunger strike",
    "143": "conduct strike or boycott", "144": "obstruct passage, block", "145": "protest violently, riot",
    "15": "exhibit force posture", "150": "demonstrate military or police power", "151": "increase police alert status",
    "152": "increase military alert status", "153": "mobilize or increase police power",
    "154": "mobilize or increase armed forces", "155": "mobilize or increase cyber-forces",
    "16": "reduce relations", "160": "reduce relations", "161": "reduce or break diplomatic relations",
    "162": "reduce or stop material aid", "163": "impose embargo, boycott, or sanctions",
    "164": "halt negotiations", "165": "halt mediation", "166": "expel or withdraw",
    "17": "coerce", "170": "coerce", "171": "seize or damage property", "1711": "confiscate property",
    "1712": "destroy property", "172": "impose administrative sanctions",
    "1721": "impose restrictions on political freedoms", "1722": "ban political parties or politicians",
    "1723": "impose curfew", "1724": "impose state of emergency or martial law",
    "173": "arrest, detain, or charge with legal action", "174": "expel or deport individuals",
    "175": "use tactics of violent repression", "176": "attack cybernetically",
    "18": "assault", "180": "use unconventional violence", "181": "abduct, hijack, or take hostage",
    "182": "physically assault", "1821": "sexually assault", "1822": "torture", "1823": "kill by physical assault",
    "183": "conduct suicide, car, or other non-military bombing", "184": "use as human shield",
    "185": "attempt to assassinate", "186": "assassinate",
    "19": "fight", "190": "use conventional military force", "191": "impose blockade, restrict movement",
    "192": "occupy territory", "193": "fight with small arms and light weapons",
    "194": "fight with artillery and tanks", "195": "employ aerial weapons", "196": "violate ceasefire",
    "20": "use unconventional mass violence", "200": "use unconventional mass violence",
    "201": "engage in mass expulsion", "202": "engage in mass killings", "203": "engage in ethnic cleansing",
    "204": "use weapons of mass destruction",
}

BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE = re.compile(r"\[([0-9:-]+)\]")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([0-9:-]+)\]\s*(?:#\s*(\S+))?")


@dataclass
class CameoClass:
    """The English verbs and patterns that the dictionary codes with one CAMEO code."""

    code: str
    verbs: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return CAMEO_NAMES.get(self.code) or CAMEO_NAMES.get(self.code[:3]) or CAMEO_NAMES.get(self.code[:2], "")


def first_code(raw: str) -> str | None:
    """``"042:043"`` → ``"042"``; ``"---"`` (no code) → ``None``."""
    code = raw.split(":")[0].strip()
    return code if code.isdigit() else None


def readable(text: str) -> str:
    """A dictionary phrase in lower case with spaces: ``+ASK_FOR`` → ``ask for``."""
    return " ".join(text.lstrip("+").replace("_", " ").lower().split())


def read_classes(path: Path) -> dict[str, CameoClass]:
    """The verbs and patterns of the dictionary, by CAMEO code."""
    classes: dict[str, CameoClass] = defaultdict(lambda: CameoClass(""))
    block_code: str | None = None
    in_patterns = False
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("####### VERB PATTERNS"):
                in_patterns = True
                continue
            if not in_patterns or not line.strip() or line.startswith(("#", "~")):
                continue
            block = BLOCK.match(line)
            if block:
                block_code = first_code(block.group(2))
                continue
            pattern = PATTERN.match(line)
            if pattern:
                code = first_code(pattern.group(2))
                verb = readable(pattern.group(3) or "")
                if code:
                    phrase = readable(pattern.group(1)).replace("*", verb or "*")
                    add(classes, code, patterns=phrase)
                continue
            if line.startswith("-"):
                continue
            body = line.split("#")[0]
            own = CODE.search(body)
            code = first_code(own.group(1)) if own else block_code
            verb = readable(re.sub(r"\{.*?\}|\[.*?\]", " ", body))
            if code and verb:
                add(classes, code, verbs=verb)
    return dict(classes)


def add(classes: dict[str, CameoClass], code: str, verbs: str | None = None, patterns: str | None = None) -> None:
    entry = classes[code]
    entry.code = code
    if verbs and verbs not in entry.verbs:
        entry.verbs.append(verbs)
    if patterns and patterns not in entry.patterns:
        entry.patterns.append(patterns)


def selected(classes: dict[str, CameoClass], roots: Iterable[str]) -> list[CameoClass]:
    """The classes under the given roots, in code order."""
    roots = tuple(roots)
    return [classes[c] for c in sorted(classes) if not roots or c.startswith(roots)]


def write_text(chosen: list[CameoClass], out: TextIO) -> None:
    for entry in chosen:
        out.write(f"\n[{entry.code}] {entry.name}\n")
        if entry.verbs:
            out.write("  verbs: " + ", ".join(entry.verbs) + "\n")
        for phrase in entry.patterns:
            out.write(f"  - {phrase}\n")


def write_tsv(chosen: list[CameoClass], out: TextIO) -> None:
    out.write("code\tname\tkind\tenglish\n")
    for entry in chosen:
        for verb in entry.verbs:
            out.write(f"{entry.code}\t{entry.name}\tverb\t{verb}\n")
        for phrase in entry.patterns:
            out.write(f"{entry.code}\t{entry.name}\tpattern\t{phrase}\n")


def write_counts(chosen: list[CameoClass], out: TextIO) -> None:
    out.write("code\tverbs\tpatterns\tname\n")
    for entry in chosen:
        out.write(f"{entry.code}\t{len(entry.verbs)}\t{len(entry.patterns)}\t{entry.name}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dictionary", type=Path, default=DEFAULT_DICTIONARY, help="CAMEO.2.0.txt")
    parser.add_argument("--root", action="append", default=[], help="a CAMEO code prefix to list (repeatable)")
    parser.add_argument("--format", choices=("text", "tsv"), default="text")
    parser.add_argument("--counts", action="store_true", help="only the number of verbs and patterns per code")
    args = parser.parse_args(argv)
    chosen = selected(read_classes(args.dictionary), args.root)
    if args.counts:
        write_counts(chosen, sys.stdout)
    elif args.format == "tsv":
        write_tsv(chosen, sys.stdout)
    else:
        write_text(chosen, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
