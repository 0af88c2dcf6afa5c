"""E-mail addresses: OCR breaks repaired, validated offline with email-validator."""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email

from cardscan.extract.geo import COM_MISREADS, COUNTRY_TLDS, KNOWN_TLDS, ROOT_ZONE_TLDS, SECOND_LEVEL_LABELS
from cardscan.extract.givennames import is_given_name
from cardscan.extract.hits import Hit, cut
from cardscan.extract.line_kinds import LN_START
from cardscan.extract.mailbox import free_mail
from cardscan.text import fold

# Labels printed before an address; they are consumed with it.
EMAIL_LABELS = frozenset(
    fold(x) for x in (
        "e-mail", "email", "e-mail-adresse", "mail", "e", "em", "eml", "courriel", "mél", "mel", "correo",
        "correo electrónico", "e-post", "epost", "mejl", "posta", "posta elettronica", "e-mailadres", "emailadres", "@",
        "email address", "e-mail address",
    )
)
_LABEL_RE = re.compile(
    r"(?:(?<=\s)|^)(?:e-?mail(?:-adresse|adres)?|e-?post|mail|courriel|m[ée]l|correo(?: electr[óo]nico)?|"
    r"posta(?: elettronica)?|mejl|em|e|@)\s*[.:]?\s*[|·•:]?\s*$",
    re.IGNORECASE,
)
_ADDRESS_RE = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.[a-z]{2,24}", re.I)
_ODD_AT = re.compile(r"(?<=[a-z0-9._-])[©®](?=[a-z0-9][a-z0-9.-]*\.[a-z]{2,})", re.I)
_TRAIL = ".,;:)]}>\"'"


def _is_label(token: str) -> bool:
    t = fold(token).rstrip(".:")
    return t in EMAIL_LABELS or (len(token) <= 2 and token[:1].isupper() and token.endswith("."))


def _joined_candidates(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, joined text, repaired) for every run of tokens that forms one address."""
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    out: list[tuple[int, int, str, bool]] = []
    i = 0
    while i < len(tokens):
        if "@" not in tokens[i][2]:
            i += 1
            continue
        lo = hi = i
        # Left: "anna. berg@x.se", "anna .berg@x.se", "anna @ x.se", "anna @x.se"
        while lo > 0:
            prev, cur = tokens[lo - 1][2], tokens[lo][2]
            if _is_label(prev) and not cur.startswith((".", "@")):
                break
            if cur == "@" or (cur.startswith("@") and not _is_label(prev) and prev[-1:].isalnum()):
                lo -= 1
            elif (prev.endswith((".", "_", "-")) and re.fullmatch(r"[^\W\d]+(?:[._-][^\W\d]+)*", prev[:-1])) \
                    or cur.startswith((".", "_")):
                # A word before a break joins the address only if it is letters ("anna. berg@"), never a number
                # or a postcode ending a sentence ("Town-12345. anna@")
                if _is_label(prev):
                    break
                lo -= 1
            else:
                break
        # Right: "anna@x. se", "anna@ x.se", "anna@voorbeeld .nl", "anna@voorbeeld nl"
        while hi + 1 < len(tokens):
            joined_so_far = "".join(t[2] for t in tokens[lo:hi + 1])
            domain_part = joined_so_far.split("@", 1)[-1]
            nxt = tokens[hi + 1][2]
            if "@" in joined_so_far and domain_part and "." not in domain_part and \
                    nxt.lower().rstrip(".,;") in KNOWN_TLDS:
                tokens[hi + 1] = (tokens[hi + 1][0], tokens[hi + 1][1], "." + nxt)
                hi += 1
                continue
            cur, nxt = tokens[hi][2], tokens[hi + 1][2]
            if (cur.endswith(("@", ".", "-")) and "@" in "".join(t[2] for t in tokens[lo:hi + 1])) or (
                nxt.startswith(".") and len(nxt) > 2
            ) or nxt == "@":
                hi += 1
            else:
                break
        joined = "".join(t[2] for t in tokens[lo:hi + 1])
        out.append((tokens[lo][0], tokens[hi][1], joined, hi > lo))
        i = hi + 1
    return out


def normalise_email(candidate: str) -> str | None:
    """The lower-cased address if email-validator accepts it (syntax only, no DNS), else None."""
    candidate = candidate.strip(_TRAIL).lower()
    if candidate.startswith("mailto:"):
        candidate = candidate[7:]
    # "E-mail:-anna@example.in": the dash printed after a label's colon, no part of the address (no mailbox begins
    # with a dash or a dot)
    candidate = candidate.lstrip("-.")
    host, at, tld = candidate.rpartition(".")
    if at and tld in COM_MISREADS and "@" in host:
        candidate = f"{host}.com"  # ".con": "m" read as "n", a top-level domain nobody has
    # "kontakt@lnternetowy...": no word begins with "ln"; at the start of the local part or of a label of the domain
    # it is a capital I read as a small l, as in any other text
    candidate = LN_START.sub("in", candidate)
    try:
        result = validate_email(candidate, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError:
        return None
    return str(result.normalized).lower()


def _domain_ends(domain: str, label: str) -> bool:
    """Whether `label` can be the last label of a domain that so far is `domain`: a known top-level domain, or a
    country's after a second-level label ("x.com" + "tr", "x.co" + "uk", "x.co" + "jp")."""
    label = label.lower()
    return label in KNOWN_TLDS or (label in COUNTRY_TLDS and domain.lower().rsplit(".", 1)[-1] in SECOND_LEVEL_LABELS)


# "anna@x,de", "anna@x.co,uk": a comma read for a dot of the domain; "anna@x.com. tr" (a space read after the
# last dot of a domain with a second-level label), "anna@x.co jp" (that dot read as a space, at the end of a line)
_DOMAIN_COMMA = re.compile(r"(@[a-z0-9-]+(?:\.[a-z0-9-]+)*),([a-z]{2,6})\b(?![.\w])", re.I)
_DOMAIN_GAP = re.compile(r"(@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:" + "|".join(sorted(SECOND_LEVEL_LABELS)) +
                         r"))(?:\.\s*([a-z]{2})\b(?![.\w@])|\s+([a-z]{2})\s*$)", re.I)


_GLUED_SECOND_LEVEL = re.compile("(" + "|".join(sorted(SECOND_LEVEL_LABELS)) + ")([a-z]{2})")


def _join_country(m: re.Match[str]) -> str:
    label = m.group(2) or m.group(3)
    return f"{m.group(1)}.{label}" if label.lower() in COUNTRY_TLDS else m.group(0)


# "E-mail.anna@x.se", "Email:anna@x.se", "E-Mail-anna@x.se": a capitalised label glued to the address by a dot, a
# colon or a hyphen
_GLUED_LABEL = re.compile(r"(?<![\w.@-])((?:E-?[Mm]ail|E-?MAIL|Mail|MAIL|Courriel|E-?post|Mejl)[.:-])(?=[\w.+-]+@)")
# "E-mailinfo@x.com", "©E-mailinfo@x.com": the hyphenated label glued to the address with nothing between (an icon
# before it read as a letter or sign); no address begins with "E-mail"
_GLUED_HYPHEN_LABEL = re.compile(r"(?<![\w.@-])[^\s\w]?[A-Z]?(E-[Mm]ail|E-MAIL)(?=[a-z0-9][\w.+-]*@)")
# A label for e-mail at the start of a piece of text ("E-mail:", "Mail", "E:"): what follows is meant as an address.
# (a word label may stand without its colon, "Mail example.com"; the letter "e" needs one)
EMAIL_LABEL_START = re.compile(
    r"^\s*(?:(?:e-?mail|e-?post|mail|courriel|m[ée]l|correo(?: electr[óo]nico)?|posta(?: elettronica)?|mejl)"
    r"\s*(?:[.:|]|\s$)|e\s*[.:|])",
    re.IGNORECASE,
)


# An address whose only break is at its @: spaces before it, after it or both
_SPACED_AT = re.compile(r"[\w.+-]+\s*@\s*[\w-]+(?:\.[\w-]+)+")
# "anna@examplemailcom": the dot before the top-level domain lost (mended for the free mail services only, whose
# names are known; any other run of letters could end in "com" or "de")
_DOTLESS_DOMAIN = re.compile(r"(?<=@)[a-z0-9-]{5,}(?![\w.@-])", re.I)


def _dotted(m: re.Match[str]) -> str:
    word = m.group()
    for cut_at in range(len(word) - 2, len(word) - 5, -1):
        domain = f"{word[:cut_at]}.{word[cut_at:]}"
        if word[cut_at:].lower() in KNOWN_TLDS and free_mail(domain):
            return domain
    return word


# "anna@/example.com": a stroke the OCR read beside the @
_STROKE_AT = re.compile(r"(?<=\w)@[/|\\](?=\w)")


# The "info@" mailbox as the OCR gives it back: its first letters cut off by the card's edge or another card ("fo",
# "nfo"), its "i" read as "l" ("lnfo"), or a mark glued on: an envelope or "@" icon before it, read as one or two
# round letters ("nninfo", "einfo"), or a bar after it ("infol")
_INFO_MISREAD = re.compile(r"n?fo|lnfo|[cemno]{1,2}info|info[li]")


def _info_mailbox(address: str) -> str:
    """The address with its "info" mailbox put right (`_INFO_MISREAD`); never for a known given name."""
    local, _, domain = address.partition("@")
    if _INFO_MISREAD.fullmatch(local) and not is_given_name(local.capitalize()):
        return f"info@{domain}"
    return address


def find_emails(text: str) -> tuple[list[Hit], str]:
    """Every e-mail address in a piece of text, and the text with them (and their labels) cut out."""
    text = _STROKE_AT.sub("@", _ODD_AT.sub("@", text))
    text = _GLUED_HYPHEN_LABEL.sub(r"\1: ", _GLUED_LABEL.sub(lambda m: m.group(1)[:-1] + ": ", text))
    text = _DOMAIN_COMMA.sub(lambda m: f"{m.group(1)}.{m.group(2)}" if _domain_ends(m.group(1), m.group(2))
                             else m.group(0), text)
    text = _DOMAIN_GAP.sub(_join_country, text)
    dotless = text
    text = _DOTLESS_DOMAIN.sub(_dotted, text)
    hits: list[Hit] = []
    spans: list[tuple[int, int]] = []
    for start, end, joined, repaired in _joined_candidates(text):
        m = _ADDRESS_RE.search(joined)
        if not m:
            continue
        address = normalise_email(m.group())
        if address is None:
            continue
        domain, _, tld = address.split("@", 1)[1].rpartition(".")
        glued = _GLUED_SECOND_LEVEL.fullmatch(tld)
        if glued and not _domain_ends(domain, tld) and glued.group(2) in COUNTRY_TLDS:
            # "info@example.coza": the dot between a second-level label and the country lost; no domain ends so
            address = f"{address.rsplit('.', 1)[0]}.{glued.group(1)}.{glued.group(2)}"
            domain, tld = f"{domain}.{glued.group(1)}", glued.group(2)
        known = _domain_ends(domain, tld)
        mailbox = _info_mailbox(address)
        if mailbox != address:
            address, repaired = mailbox, True
        # "anna @ example.in", "anna@ example.in": spaces at the @ only, any top-level domain of the root zone
        if repaired and not known and not (_SPACED_AT.fullmatch(text[start:end].strip(_TRAIL))
                                           and tld in ROOT_ZONE_TLDS):
            continue
        certainty = 0.97 if not repaired and text == dotless else 0.85
        if not known:
            certainty -= 0.15
        label = _LABEL_RE.search(text[:start])
        label_start = label.start() if label else start
        spans.append((label_start, end))
        hits.append(Hit(address, certainty, " ".join(text[label_start:end].split())))
    return hits, cut(text, spans)


# An address cut at the end of its line before its domain's dot ("anna@examplesample" over "studio.com", a narrow card
# running out of width), and the rest of its domain alone on the next line
_CUT_ADDRESS = re.compile(r"\S+@[A-Za-z0-9-]+$")
_DOMAIN_REST = re.compile(r"[A-Za-z0-9-]*\.[A-Za-z]{2,}(?:\.[A-Za-z]{2})?")


def wrapped_addresses(lines: list[tuple[str, int]]) -> dict[int, str]:
    """Of (text, printed line) pieces in reading order, those whose e-mail address runs on to the next printed line:
    piece index -> the two joined ("anna@examplesample" + "studio.com"). The piece after each is used up."""
    out: dict[int, str] = {}
    for i in range(len(lines) - 1):
        (a, line_a), (b, line_b) = lines[i], lines[i + 1]
        if i - 1 not in out and line_b == line_a + 1 and _CUT_ADDRESS.search(a.strip()) \
                and _DOMAIN_REST.fullmatch(b.strip()):
            out[i] = a.strip() + b.strip()
    return out
