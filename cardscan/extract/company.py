"""Company names: legal forms, organisation words, and agreement with the card's web domains."""

from __future__ import annotations

import functools
import itertools
import re

from cardscan.extract.geo import COUNTRY_TLDS, SECOND_LEVEL_LABELS
from cardscan.extract.givennames import is_given_name
from cardscan.extract.lexicons import entries, keyed, sections
from cardscan.extract.line_kinds import ADDRESS_WORDS
from cardscan.extract.names import is_prefix
from cardscan.extract.roles import PARTNERS, department_score, title_score, trade_activity
from cardscan.text import fold, german_spelling, one_edit

# Legal forms as printed (matched as whole tokens, case-sensitive where case tells them from words).
_LEGAL_FORMS = entries("legal_forms.txt")
_LEGAL_CASED = frozenset(f for f in _LEGAL_FORMS if not f[0].isupper() or f.isupper() or "." in f or len(f) <= 5
                          or " " in f)  # several words ("Pty Ltd") are matched whole, never word by word
_LEGAL_WORDS = frozenset(fold(f) for f in _LEGAL_FORMS if f not in _LEGAL_CASED)
# (not glued to the word before by a hyphen: "LU-SA" is Monday to Saturday, no société anonyme)
_LEGAL_RE = re.compile(
    r"(?<![\w.])(?<![\w]-)(?:" + "|".join(re.escape(f) for f in sorted(_LEGAL_CASED, key=len, reverse=True))
    + r")(?![\w])"
)
_ORGANISATION = sections("organisation_words.txt")
_ORG_WORDS = frozenset(w for line in _ORGANISATION["words"] for w in line.split())
_ORG_ENDINGS = tuple(w for line in _ORGANISATION["endings"] for w in line.split())
# "In association with", "A unit of", "Mitglied der": words that lead from the card's business to another one
_LINKS = frozenset(_ORGANISATION["links"])


# "Mac et PC", "Web and PC": two capitals after a conjunction are an item of a list, not a legal form
_LISTED_CAPITALS = re.compile(r"(?i:\b(?:and|und|et|e|y|en|och|or|ou|o)\s+|&\s*)[A-Z]{2}$")


def legal_form(text: str) -> str | None:
    """The legal form printed in a line ("Voorbeeld B.V." -> "B.V."), or None."""
    for m in _LEGAL_RE.finditer(text):
        before = text[:m.start()].split()
        if (not before or (len(before) == 1 and is_prefix(before[0]))) and _INITIALS_FIRST.match(text[m.start():]):
            continue  # "N.V. Example Rao", "Dr. K.R. Example": a person's initials before the name, not the form
        if not _LISTED_CAPITALS.search(text[: m.end()]) or len(m.group(0)) != 2:
            return m.group(0)
    for word in re.findall(r"[\w.]+", text):
        if fold(word) in _LEGAL_WORDS:
            return word
    return None


# Two dotted capitals opening a line and a capitalised word after them: initials ("N.V. Example"); a firm prints its
# form after its name ("Example N.V.")
_INITIALS_FIRST = re.compile(r"\s*[A-Z]\.\s?[A-Z]\.\s*[A-Z](?:[a-z]|[A-Z]{2})")


def legal_form_free(text: str) -> str:
    """The line without its legal forms ("Example GmbH & Co. KG" -> "Example  &  ")."""
    text = _LEGAL_RE.sub(" ", text)
    return " ".join(w for w in text.split() if fold(w.strip(".,")) not in _LEGAL_WORDS)


def is_organisation_word(word: str) -> bool:
    """A word of organisation names ("insurance", "services", "gruppe"), folded."""
    return fold(word) in _ORG_WORDS


def link_phrase(text: str) -> bool:
    """The line is only a phrase leading to another organisation ("In association with", "A division of"): it names
    neither the company nor a person, the line after it names the other organisation."""
    return " ".join(re.findall(r"[a-z]+", fold(text))) in _LINKS


def organisation_only(text: str) -> bool:
    """Every word of the line is an organisation word ("Group", "Holding", "Packers and Movers")."""
    words = [w for w in re.findall(r"\w+", fold(text)) if w not in AND_WORDS]
    return bool(words) and all(w in _ORG_WORDS for w in words)


# "and" in the card languages: a word that joins two names of one firm ("Packers and Movers")
AND_WORDS = frozenset(["and", "und", "et", "en", "och", "y", "e"])


def organisation_score(text: str) -> float:
    """How much a line reads as an organisation's name from its words alone: 0 .. 1."""
    words = re.findall(r"[\w&]+", fold(text))
    if not words:
        return 0.0
    score = 0.0
    if legal_form(text):
        score += 0.9
    if any(w in _ORG_WORDS for w in words):
        score += 0.5
    elif any(len(w) > 6 and w.endswith(_ORG_ENDINGS) for w in words) or _trade_named(text, words):
        score += 0.3
    if "&" in text:
        score += 0.2
    if PARTNERS.fullmatch(text.strip()) and title_score(text) == 0 and department_score(text) < 0.5:
        score += 0.5
    return min(1.0, score)


def _trade_named(text: str, words: list[str]) -> bool:
    """A trade's activity closes the line ("Example Landscaping", "Sample Plumbing"), which is no job title or
    department ("Head of Marketing") nor a building of an address ("Example Building")."""
    return len(words) >= 2 and trade_activity(words[-1]) and words[-1] not in ADDRESS_WORDS and title_score(text) == 0 \
        and department_score(text) == 0


def compact(text: str) -> str:
    """Letters and digits only, folded ("Example-Shop GmbH" -> "exampleshopgmbh"): how names are set against domains."""
    return re.sub(r"[^a-z0-9]", "", fold(text))



def domain_match(text: str, domains: list[str]) -> float:
    """How well a line agrees with the card's web/e-mail domains ("Stichting Voorbeeld" ~ voorbeeld.nl): 0 .. 1."""
    if not domains:
        return 0.0
    best = 0.0
    for variant in {text, german_spelling(text)}:
        best = max(best, _domain_match(variant, domains))
    return best


def _domain_match(text: str, domains: list[str]) -> float:
    words = [w for w in re.findall(r"[\w]+", fold(text)) if w]
    stripped = _LEGAL_RE.sub(" ", text)
    core = [w for w in re.findall(r"[\w]+", fold(stripped)) if w and w not in _LEGAL_WORDS]
    compact_all = "".join(words)
    compact_core = "".join(core)
    initials = "".join(w[0] for w in core) if len(core) >= 2 else ""
    best = 0.0
    for domain in domains:
        labels = domain.lower().split(".")
        if labels and labels[0] == "www":
            labels = labels[1:]
        if len(labels) < 2:
            continue
        label = compact(registrable_label(labels))
        if not label:
            continue
        if label in (compact_core, compact_all):
            best = max(best, 1.0)
        elif (initials and label == initials) or _abbreviates(label, core) or (len(label) >= 4 and (
                label in compact_all or (len(compact_core) >= 4 and compact_core in label))):
            best = max(best, 0.8)
        elif any(len(w) >= 4 and w in label for w in core):
            best = max(best, 0.6)
    return best


# Words a name's abbreviation may leave out ("National Institute of Sample Research" -> "NISR")
_FUNCTION_WORDS = frozenset(fold(w) for _, w in keyed("function_words.txt"))


def _abbreviates(label: str, words: list[str]) -> bool:
    """Whether a domain label is an abbreviation of a name of three words or more: the beginning of each word in
    turn, function words left out or not ("nisr" for "National Institute of Sample Research", "csadev" for "Centre
    for Sample Development"; "sadev" is none: the first word gives no letter)."""
    if len(label) < 3 or len([w for w in words if w not in _FUNCTION_WORDS]) < 3:
        return False

    @functools.cache
    def rest(i: int, j: int) -> bool:  # label[i:] abbreviates words[j:]
        if j == len(words):
            return i == len(label)
        word = words[j]
        if word in _FUNCTION_WORDS and rest(i, j + 1):
            return True
        return any(rest(i + n, j + 1) for n in range(1, len(word) + 1)
                   if label[i:i + n] == word[:n])

    return rest(0, 0)


def initials_only(text: str, domains: list[str]) -> bool:
    """Whether the line of three words or more agrees with the card's domains only by its words' initials ("Anna B.
    Example" ~ abe.studio), not by a word the domain spells."""
    core = [w for w in re.findall(r"[\w]+", fold(_LEGAL_RE.sub(" ", text))) if w and w not in _LEGAL_WORDS]
    # (three initials at least: two letters are as often a firm's own short name)
    return len(core) >= 3 and domain_match(text, domains) == 0.8 and not any(
        len(w) >= 4 and w in compact(registrable_label(d.lower().removeprefix("www.").split("."))) for w in core
        for d in domains if "." in d)


def domain_spelling(text: str, domains: list[str]) -> str | None:
    """A one-word logo the OCR misread in one letter, spelled right by the start of one of the card's domains
    ("Exampel" beside example7777.com or examplewindows.com -> "Example"), in the logo's letter case, or read with a
    digit or sign glued before it ("3EXAMPLE" beside example.es -> "EXAMPLE"); a logo of two
    or three words with one letter misread, added or lost, that the whole domain name spells right (`_words_spelled`);
    else None."""
    word = text.strip()
    if " " in word:
        return _words_spelled(word, domains)
    # "3EXAMPLE" beside example.es: the logo's mark before the name read as a digit or sign, the rest the domain's name
    if re.fullmatch(r"[^\w\s]?\d?[^\W\d_]{4,}", word) and not word[:1].isalpha() and domain_match(word, domains) < 1.0 \
            and domain_match(bare := re.sub(r"^\W?\d?", "", word), domains) >= 1.0:
        return bare
    if not re.fullmatch(r"[^\W\d_]{5,}", word) or domain_match(word, domains) > 0:
        return None
    folded = fold(word)
    if len(folded) != len(word):
        return None
    for domain in domains:
        labels = domain.lower().removeprefix("www.").split(".")
        head = re.match(r"[a-z]+", registrable_label(labels)) if len(labels) >= 2 else None
        if head is None or len(head.group(0)) < len(word):
            continue
        right = head.group(0)[: len(word)]
        wrong = [i for i, (a, b) in enumerate(zip(folded, right, strict=True)) if a != b]
        if len(wrong) == 1 and wrong[0] > 0:
            return right.upper() if word.isupper() else right.capitalize() if word[0].isupper() else right
    return None


def _words_spelled(text: str, domains: list[str]) -> str | None:
    """ "Sampla Exampel" / "Samplla Example" beside sampleexample.com -> "Sample Example": two or three words of
    letters whose letters run together are one edit (a letter misread, added or lost, not the first) from the
    domain's name; the words keep their breaks and letter case. A line that begins with a known given name is left
    as printed: a person's name one letter from the domain is another name, not a misreading."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Za-z]{2,}", w) for w in words) \
            or domain_match(text, domains) == 1.0 or is_given_name(words[0]):
        return None
    flat = "".join(words).lower()
    for domain in domains:
        labels = domain.lower().removeprefix("www.").split(".")
        name = registrable_label(labels) if len(labels) >= 2 else ""
        if len(flat) < 8 or not re.fullmatch(r"[a-z]+", name):
            continue
        edit = one_edit(flat, name)
        if edit is None or edit == 0:
            continue
        lengths = [len(w) for w in words]
        at, total = edit, 0
        for i, n in enumerate(lengths):  # the word the edit falls in takes the length change
            if at < total + n or i == len(lengths) - 1:
                lengths[i] += len(name) - len(flat)
                break
            total += n
        out, pos = [], 0
        for w, n in zip(words, lengths, strict=True):
            part = name[pos:pos + n]
            pos += n
            out.append(part.upper() if w.isupper() else part.capitalize() if w[0].isupper() else part)
        return " ".join(out)
    return None


# A mark of a logo that the OCR read as a letter of another script, glued before a Latin word ("新EXAMPLE")
_FOREIGN_MARK = re.compile(r"^[\u2e80-\u9fff\uac00-\ud7af\u3040-\u30ff]+(?=[A-Za-z]{3})")


def domain_words(text: str, domains: list[str], locals_: list[str]) -> str | None:
    """A logo the OCR read as one word ("EXAMPLEENGINEERS", with a mark of the logo read as a foreign letter before
    it or not) that the card's domain spells whole, split where a mailbox of the card separates its words
    ("example.engineer@" -> "EXAMPLE ENGINEERS"); else None."""
    token = _FOREIGN_MARK.sub("", text.strip())
    if not re.fullmatch(r"[A-Za-z]{8,}", token) or domain_match(token, domains) < 1.0:
        return None
    flat = token.lower()
    for local in locals_:
        parts = [x for x in re.split(r"[._\-+]", local.lower()) if x]
        if len(parts) < 2 or not all(re.fullmatch(r"[a-z]{3,}", x) for x in parts):
            continue
        cuts, pos = [], 0
        for part in parts[:-1]:
            if not flat.startswith(part, pos):
                break
            pos += len(part)
            cuts.append(pos)
        else:
            if flat.startswith(parts[-1][:3], pos) and len(flat) - pos >= 3:
                bounds = [0, *cuts, len(token)]
                return " ".join(token[a:b] for a, b in itertools.pairwise(bounds))
    return None


def registrable_label(labels: list[str]) -> str:
    """The name a domain was registered under: "voorbeeld" of voorbeeld.nl, "studio-x" of studio-x.co.uk, "example" of
    example.uk.com (the last label before the top-level domain and any second-level or country label after it)."""
    end = len(labels) - 1
    while end > 1 and (labels[end - 1] in SECOND_LEVEL_LABELS or labels[end - 1] in COUNTRY_TLDS):
        end -= 1
    return labels[end - 1] if end >= 1 else labels[0]


# Legal forms with inner dots are never printed without their last one: the OCR lost it ("S.r.l", "S.p.A").
_LEGAL_REPAIRS = (
    (re.compile(r"\bS\.\s?r\.?\s?[lL1I]\.?\s?s\b\.?"), "S.r.l.s."),
    (re.compile(r"\b([BN])V\.(?=\s|$)"), r"\1.V."),
    (re.compile(r"\bS\.\s?r\.\s?[lL1I]\b(?!\.)"), "S.r.l."),
    (re.compile(r"\bs\.\s?r\.\s?(?:[L1I]\.|[lL1I]\b(?!\.))"), "s.r.l."),  # in lower case: "s.r.I." is "s.r.l."
    (re.compile(r"\bS\.\s?p\.\s?A\b(?!\.)"), "S.p.A."),
    (re.compile(r"\bS\.\s?A\.\s?R\.\s?L\b(?!\.)"), "S.A.R.L."),
    (re.compile(r"\b(S|B|N|e|S\.L|S\.A)\.\s?(A|V|L|U)\b(?![.\w])"), r"\1.\2."),
    (re.compile(r"\b[GgOo6][mMn][bB][Hh]\b"), "GmbH"),
    (re.compile(r"\bSarl\b"), "Sàrl"),  # the Swiss form; the French one is written SARL
    (re.compile(r"\bS\.\s?r\.\.\s?s\b\.?"), "S.r.l.s."),
    # Abbreviations always printed with their dot, which the OCR drops at the end of a line.
    (re.compile(r"(&\s?(?:Co|Zn))$"), r"\1."),
    (re.compile(r"\b(Lda|Ltda|Inc)$"), r"\1."),
    # "Itd" is "Ltd" with its L read as I; "Co, Ltd": the dot of "Co." read as a comma's companion
    (re.compile(r"(?<=[\s,.])Itd\b"), "Ltd"),
    (re.compile(r"\b(Co|co|CO),(\s?)(?=Ltd|LTD|ltd)"), r"\1.,\2"),
)


def repair_legal_form(text: str) -> str:
    """The company line with OCR-damaged legal forms put right ("Esempio S.r.l" -> "Esempio S.r.l.")."""
    for pattern, repl in _LEGAL_REPAIRS:
        text = pattern.sub(repl, text)
    return text
