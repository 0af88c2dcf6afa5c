#!/usr/bin/env python3
"""Build cardscan/extract/lexicons/occupations.txt: the head words of job titles per language, from ESCO.

ESCO (European Skills, Competences, Qualifications and Occupations) is the European Commission's multilingual
classification of occupations. Its CSV downloads are read from copies kept in public GitHub repositories (nothing of
them is stored in cardscan); put them in one folder first:

    mkdir -p /tmp/esco/isco
    git -C <clone of MohamedGouaouri/esco> show 381d16fb:occupations_en.csv > /tmp/esco/occupations_en.csv
    git -C <clone of emanuellandell/public> show d2764d58:occupations_fr.csv > /tmp/esco/occupations_fr.csv
    git -C <clone of emanuellandell/public> show d2764d58:occupations_es.csv > /tmp/esco/occupations_es.csv
    git -C <clone of bas8334/beroep> show dccd2c12:occupations_nl.csv > /tmp/esco/occupations_nl.csv
    git -C <clone of yamadamuller/ESCO_occupation_extractor_PT> show 31ed2f4c:data/occupations_pt.csv \
        > /tmp/esco/occupations_pt.csv
    # German, Italian, Swedish and Norwegian: no copy of the occupation files was found; the ESCO API's ISCO-08
    # unit groups (436 groups, one JSON each, all languages) as kept in alexandrucruceanu/EU-jobs at 74479ac3,
    # raw_data/*.json:
    for f in $(git -C <clone of EU-jobs> ls-tree --name-only 74479ac3 raw_data/); do
        git -C <clone of EU-jobs> show 74479ac3:$f > /tmp/esco/isco/$(basename $f); done
    python tools/lexicons/occupations.py /tmp/esco

How the words are chosen (every label of every occupation: the preferred label and the alternative labels, male,
female and neutral forms, "Apotheker/Apothekerin" split at the slash):
- the head word of each label: English the last word before "of/for/in ..." ("quantity surveyor" -> surveyor,
  "head of sales" -> head); French, Spanish, Italian, Portuguese the first word ("pharmacien d'officine",
  "auditora interna"); Dutch, German, Swedish a one-word label whole (the compounds "belastingadviseur",
  "Bilanzbuchhalter", "redovisningskonsult") and the first word of a longer label when that word is a one-word
  label itself ("medewerker klantenservice");
- a head word is kept when it heads the labels of at least MIN_OCCUPATIONS occupations and heads at least as many
  occupations as it appears in otherwise ("sales" is printed in "sales manager" more often than it heads a label:
  left out); one occupation is enough for a word that names a person alone: a one-word label of Dutch, German and
  Swedish, and in the other languages an occupation's one-word preferred label ("musicien/musicienne", "plombier",
  "locksmith"; their alternative labels hold words such as "extra" or "folder");
- left out: words of fewer than four letters, the function words (lexicons/function_words.txt), words that are
  also given names (given_names.txt), city or country names (cities.txt, countries.txt), words of organisation
  names (organisation_words.txt) and department words (departments.txt);
- in the other languages also the words ESCO's English labels use more often as a modifier than as a head ("life"
  of the Portuguese "life coach", "cement"); plurals whose singular is kept ("engineers");
- compound endings for Dutch, German, Swedish and Norwegian: a kept word of at least five letters that ends at least
  MIN_COMPOUNDS other kept words ("leiter" in "bauleiter", "projektleiter", ...).
The ISCO groups name plurals ("Wirtschaftsprüfer, Steuerberater und verwandte Berufe", "Contabili", "Revisorer
m.fl."): their words are taken with the singular the language's regular plural gives ("contabili" -> "contabile").
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

from build import OUT, _fold

from cardscan.text import fold

MIN_OCCUPATIONS = 2
MIN_COMPOUNDS = 3
MIN_LETTERS = 4
ROMANCE = ("fr", "es", "it", "pt")
COMPOUNDING = ("nl", "de", "sv", "no")
# the card languages, and Norwegian (Bokmål), whose cards come from the Nordic offices (its ISCO groups name people,
# where the Danish ones name work: "Revisorer", "Revisions- og regnskabscontrollerarbejde")
LANGS = ("en", "de", "fr", "it", "nl", "sv", "es", "pt", "no")
# Words after which an English or Germanic label goes on with what the person works on ("manager of sales").
# ("bread and pastries shop manager": no "and", which joins what comes before the head.)
_TAIL_STARTS = {"en": ("of", "for", "in", "to", "at", "on", "with"),
                "nl": ("van", "voor", "in", "op", "met", "bij"),
                "de": ("fur", "der", "des", "im", "in", "von", "bei", "mit"),
                "sv": ("for", "inom", "i", "av", "pa", "vid", "med"),
                "no": ("for", "innen", "i", "av", "pa", "ved", "med")}
_QUALIFIER = re.compile(r"\s[-–]\s|,|\(")
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
# The ISCO groups' generic words ("und verwandte Berufe", "m.fl.", "non classificati altrove").
_GROUP_FILLER = {"berufe", "verwandte", "sonstige", "anderweitig", "genannt", "fachkrafte", "hilfskrafte",
                 "akademische", "vergleichbare", "nicht", "mfl", "ovriga", "andra", "classificati", "altrove",
                 "altri", "assimilati", "professioni", "yrker", "andre"}

# What the nouns naming a person end with, for the ISCO groups' labels, which also name what people work on
# ("Abfall", "bevande", "drycker"): German -er/-or/-ist/-ent ..., Italian -ore/-ista/-iere ..., Swedish -are/-or ...
_PERSON_ENDINGS = {
    "de": ("er", "or", "ist", "ent", "ant", "eur", "mann", "kraft", "loge", "arzt", "at", "graf", "ier", "ekt"),
    "it": ("ore", "rice", "ista", "iere", "iera", "ante", "ente", "ico", "ica", "ogo", "aio", "ario", "aria", "ile",
           "ato", "ata", "ere", "etto", "etta"),
    "sv": ("are", "or", "ist", "ent", "ant", "log", "man", "chef", "iker", "ska", "at", "ekt", "ult", "ier", "graf"),
    "no": ("er", "or", "ist", "ent", "ant", "log", "sjef", "iker", "at", "ekt", "ult", "graf", "smed", "ut"),
}


def occupation_labels(path: Path) -> tuple[list[set[str]], set[str]]:
    """Each occupation's labels (preferred and alternative), split at "/" into the gendered forms; and the words of
    the occupations whose preferred label is one word ("musicien/musicienne", "paysagiste", "locksmith"): such a word
    names a person whatever the language (alternative labels hold words such as "extra" or "folder")."""
    out, named = [], set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            preferred = [p.strip() for p in (row.get("preferredLabel") or "").split("/") if p.strip()]
            alternative = [p.strip() for label in (row.get("altLabels") or "").split("\n") for p in label.split("/")
                           if p.strip()]
            out.append({*preferred, *alternative})
            named |= {w for p in preferred if _WORD.fullmatch(w := _fold(p))}
    return out, named


def group_labels(folder: Path, lang: str) -> list[set[str]]:
    """The ISCO-08 unit groups' labels in one language, one set per group."""
    out = []
    for path in sorted(folder.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8")).get("preferredLabel", {}).get(lang)
        if label:
            out.append({p.strip() for p in re.split(r",|\bund\b|\boch\b|\be\b|\bed\b|/", label) if p.strip()})
    return out


def _singulars(word: str, lang: str) -> set[str]:
    """The singular forms a regular plural can have ("contabili" -> contabile; "revisorer" -> revisor)."""
    if lang == "it":
        if word.endswith("isti"):
            return {word[:-1] + "a"}
        if word.endswith(("ici", "ori", "ieri")):
            return {word[:-1] + "o", word[:-1] + "e"} if word.endswith("ici") else {word[:-1] + "e"}
        if word.endswith("i"):
            return {word[:-1] + "e", word[:-1] + "o"}
        return {word}
    if lang == "sv":
        if word.endswith(("orer", "orer", "arer")) or (word.endswith("er") and not word.endswith(("are", "ker"))):
            return {word[:-2]}
        if word.endswith("skor"):
            return {word[:-2] + "a"}
        return {word}
    if lang == "no":
        if word.endswith("ere"):
            return {word[:-1]}  # "laerere" -> laerer, "elektrikere" -> elektriker
        if word.endswith("er"):
            # "revisorer" -> revisor, "smeder" -> smed, "sjefer" -> sjef; a short plural may have lost an "e"
            # instead ("leger" of "lege"): left out
            return {word[:-2]} if len(word) > 5 else set()
        return {word}
    if lang == "de":
        if word.endswith("krafte"):
            return {word[:-6] + "kraft"}
        if word.endswith("leute"):
            return {word[:-5] + "mann"}
        if word.endswith(("innen",)):
            return {word[:-3]}
        if word.endswith("en") and word[-3:-2] in ("t", "n", "g") and not word.endswith("ten"):
            return {word[:-1], word[:-2]}
        if word.endswith(("ten",)):
            return {word[:-2]}
        if word.endswith("e") and word[-2:-1] not in "aeiouh":
            return {word[:-1]}
        return {word}
    return {word}


def _head(words: list[str], lang: str) -> str:
    if lang in ROMANCE:
        return words[0]
    for i, w in enumerate(words):
        if i > 0 and w in _TAIL_STARTS[lang]:
            words = words[:i]
            break
    return words[-1]


def head_words(occupations: list[set[str]], lang: str) -> tuple[Counter[str], Counter[str]]:
    """How many occupations a word heads a label of, and how many it appears in otherwise."""
    heads: Counter[str] = Counter()
    others: Counter[str] = Counter()
    singles = {_fold(label) for labels in occupations for label in labels if _WORD.fullmatch(_fold(label))}
    for labels in occupations:
        headed: set[str] = set()
        seen: set[str] = set()
        for label in labels:
            words = _WORD.findall(_fold(label))
            if not words:
                continue
            seen.update(words)
            # "shop assistant (antiques)", "sales manager, retail": the head is in the part before
            words = _WORD.findall(_fold(_QUALIFIER.split(label)[0])) or words
            if lang in COMPOUNDING:
                # "medewerker klantenservice", "junior accountant": the word of the label that is a one-word label
                if len(words) == 1 or words[0] in singles:
                    headed.add(words[0])
                elif _head(words, lang) in singles:
                    headed.add(_head(words, lang))
            else:
                headed.add(_head(words, lang))
        heads.update(headed)
        others.update(seen - headed)
    return heads, others


def _lexicon_words(name: str, column: bool = False) -> set[str]:
    out: set[str] = set()
    for line in (OUT / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "[")):
            continue
        text = line.split("\t", 1)[1] if column and "\t" in line else line
        out.update(_WORD.findall(_fold(text)))
    return out


def excluded_words() -> set[str]:
    """Function words, given names, cities, countries, organisation and department words."""
    return (_lexicon_words("function_words.txt", column=True) | _lexicon_words("given_names.txt")
            | _lexicon_words("cities.txt", column=True) | _lexicon_words("countries.txt", column=True)
            | _lexicon_words("organisation_words.txt") | _lexicon_words("departments.txt"))


def language_words(folder: Path, lang: str, excluded: set[str]) -> tuple[list[str], str]:
    """The kept head words of one language, and where they came from."""
    path = folder / f"occupations_{lang}.csv"
    if path.exists():
        occupations, named = occupation_labels(path)
        heads, others = head_words(occupations, lang)
        singles = {_fold(label) for labels in occupations for label in labels if _WORD.fullmatch(_fold(label))}
        kept = {w for w, n in heads.items()
                if (n >= MIN_OCCUPATIONS or w in (singles if lang in COMPOUNDING else named)) and n >= others[w]}
        how = f"{len(occupations)} ESCO occupations"
    else:
        groups = group_labels(folder / "isco", lang)
        if not groups:
            return [], "none"
        kept = set()
        for labels in groups:
            for label in labels:
                words = [w for w in _WORD.findall(_fold(label)) if w not in _GROUP_FILLER]
                if not words:
                    continue
                if lang in COMPOUNDING:
                    # German nouns are capitalised: every noun of a group label names people ("Imker",
                    # "Seidenraupenzüchter"); Swedish: the words before "inom", "för" ...
                    if lang == "de":
                        picked = [_fold(w) for w in _WORD.findall(label) if w[:1].isupper()]
                        picked = [w for w in picked if w not in _GROUP_FILLER]
                    else:
                        picked = [_head(words, lang)]
                else:
                    picked = [words[0]]
                for w in picked:
                    kept |= {s for s in _singulars(w, lang) if s.endswith(_PERSON_ENDINGS[lang])}
        how = f"{len(groups)} ISCO-08 unit groups of ESCO"
    # Titles on cards name one person: a plural whose singular is kept goes ("engineers", "analistas")
    kept = {w for w in kept if not (w.endswith("s") and (w[:-1] in kept or (w.endswith("es") and w[:-2] in kept)))}
    # spelt as the extractor folds what it reads (cardscan.text.fold: "ø" and "æ" as "o" and "ae" too, which
    # Unicode decomposition leaves alone)
    words = sorted({fold(w) for w in kept if len(w) >= MIN_LETTERS and w not in excluded and "'" not in w})
    return words, how


def english_modifiers(folder: Path) -> set[str]:
    """Words ESCO's English labels use more often before the head than as the head ("life" of "life coach",
    "cement" of "cement finisher"): left out of the other languages too, where such a loan would be read first."""
    path = folder / "occupations_en.csv"
    if not path.exists():
        return set()
    heads, others = head_words(occupation_labels(path)[0], "en")
    return {w for w, n in others.items() if n > heads[w]}


def compound_endings(words: list[str]) -> list[str]:
    """Kept words of five letters or more that end at least MIN_COMPOUNDS other kept words."""
    counts: Counter[str] = Counter()
    candidates = {w for w in words if len(w) >= 5 and "-" not in w}
    for w in words:
        for i in range(2, len(w) - 4):
            if w[i:] in candidates:
                counts[w[i:]] += 1
    return sorted(e for e, n in counts.items() if n >= MIN_COMPOUNDS)


def _wrap(words: list[str], width: int = 118) -> str:
    lines: list[str] = []
    line = ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return "\n".join(lines + ([line] if line else [])) + "\n"


def build(folder: Path) -> str:
    excluded = excluded_words()
    loans = english_modifiers(folder)
    sections: list[str] = []
    notes: list[str] = []
    for lang in LANGS:
        words, how = language_words(folder, lang, excluded | (loans if lang != "en" else set()))
        if not words:
            print(f"{lang}: no ESCO data in {folder}", file=sys.stderr)
            continue
        sections.append(f"[{lang}]\n" + _wrap(words))
        notes.append(f"{lang} {len(words)} words from {how}")
        if lang in COMPOUNDING:
            endings = compound_endings(words)
            sections.append(f"[{lang} endings]\n" + _wrap(endings))
            notes.append(f"{lang} {len(endings)} compound endings")
    head = (
        "# source: ESCO, the European Commission's classification of European Skills, Competences, Qualifications "
        "and Occupations: occupation labels of ESCO v1.0 (en, fr, es; 2,942 occupations), v1.1 (nl; 3,007) and "
        "v1.2 (pt; 3,039), and the ISCO-08 unit group labels of the ESCO API (de, it, sv, no; 436 groups), from copies "
        "in public GitHub repositories (see tools/lexicons/occupations.py)\n"
        "# licence: © European Union; reused under the Commission's reuse policy (Commission Decision 2011/833/EU "
        "on the reuse of Commission documents: free reuse, the source acknowledged); this file is a modified "
        "extract (head words only)\n"
        f"# made by: tools/lexicons/occupations.py (head words of every label of every occupation heading at least "
        f"{MIN_OCCUPATIONS} occupations and no more often a modifier; one-word Dutch/German/Swedish/Norwegian "
        "labels and one-word preferred labels whole; "
        f"compound endings ending at least {MIN_COMPOUNDS} kept words; function words, given names, cities, "
        f"countries, organisation and department words left out: {'; '.join(notes)})\n"
    )
    return head + "".join(sections)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="folder with occupations_<lang>.csv and isco/*.json")
    args = ap.parse_args()
    text = build(args.folder)
    (OUT / "occupations.txt").write_text(text, encoding="utf-8")
    print(f"occupations.txt: {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
