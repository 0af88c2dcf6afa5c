"""Card-level OCR repairs that need more than one line: an "@" read as "q", an "l" read as "i" or "|"."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cardscan.extract.emails import normalise_email
from cardscan.extract.mailbox import free_mail
from cardscan.extract.names import email_name_match
from cardscan.text import fold, one_edit

# What the OCR makes of "@" between a local part and a domain the card prints elsewhere.
_AT_LOOKALIKES = ("q", "g", "a", "@", "©", "®", "o")


def email_from_web(host_and_path: str, known_domains: list[str], no_email: bool = False,
                   other_lines: Sequence[str] = ()) -> str | None:
    """ "jdupontqdupont.fr" with "dupont.fr" printed elsewhere on the card -> "jdupont@dupont.fr"; with `no_email`
    (the card has no e-mail address otherwise), "jdupontqgmail.com" -> "jdupont@gmail.com" too, and
    "infogdupont-conseil.fr" -> "info@dupont-conseil.fr" when the card's `other_lines` print every word of that
    domain."""
    host = host_and_path.split("://", 1)[-1].split("/", 1)[0].lower()
    if host.startswith("www."):
        return None
    for domain in known_domains:
        domain = domain.lower().removeprefix("www.")
        if host == domain or not host.endswith(domain):
            continue
        head = host[: -len(domain)]
        if len(head) >= 3 and head[-1] in _AT_LOOKALIKES and re.fullmatch(r"[a-z0-9._-]+", head[:-1]):
            return normalise_email(f"{head[:-1]}@{domain}")
    # "annaqgmail.com" on a card with no e-mail address otherwise: a free mail service's domain whose name has five
    # letters or more (no web host ends so: "xyzagmail.com" is nobody's site; "web.de" and "free.fr" end real hosts')
    if no_email:
        for k in range(3, len(host) - 8):
            if host[k] in _AT_LOOKALIKES and free_mail(host[k + 1:]) and len(host[k + 1:].split(".", 1)[0]) >= 5 \
                    and re.fullmatch(r"[a-z0-9._-]+", host[:k]):
                return normalise_email(f"{host[:k]}@{host[k + 1:]}")
    # "infogexample-immobilien.de": a function's mailbox, its "@" read as a letter, on a card with no e-mail address
    # otherwise, whose other lines spell the domain's words ("Example", "Immobilien"; a long word a letter off);
    # "infographic-design.de" stays a web host ("raphic" is no word of the card)
    function = re.match(r"(info|office|kontakt|contact|mail|hello|post|sales|service)[a-z]", host)
    if no_email and function:
        domain = host[function.end():]
        words = domain.split(".", 1)[0].split("-")
        card_words = {w for line in other_lines for w in re.findall(r"[^\W\d_]+", fold(line))}
        if "." in domain and host[function.end() - 1] in _AT_LOOKALIKES \
                and all(len(w) >= 3 and (w in card_words or (len(w) >= 6 and any(
                    one_edit(w, c) is not None for c in card_words))) for w in words):
            return normalise_email(f"{function.group(1)}@{domain}")
    # "examplecexample.es": a mailbox named like its domain, its "@" read as a round letter; the name printed twice
    # around one letter is the evidence (no web host repeats its own name so)
    for k in range(3, len(host) // 2):
        if host[k] in _AT_DOUBLED and host[k + 1:].startswith(host[:k] + ".") and re.fullmatch(r"[a-z0-9-]+", host[:k]):
            return normalise_email(f"{host[:k]}@{host[k + 1:]}")
    return None


_AT_DOUBLED = (*_AT_LOOKALIKES, "e", "c")


_LOCAL_FIXES = (("i", "l"), ("1", "l"), ("|", "l"), ("l", "i"), ("rn", "m"), ("m", "rn"), ("0", "o"), ("vv", "w"),
               ("g", "q"), ("q", "g"), ("c", "e"), ("e", "c"))


def glued_label(word: str, value: str, letters: str) -> bool:
    """True if `word` is `value` with a one-letter label (one of `letters`) glued before it by an OCR that lost the
    space: "wexample.co.uk" for "W example.co.uk"."""
    return len(value) >= 4 and len(word) == len(value) + 1 and word[0] in letters and word[1:] == value


def repair_local_part(email: str, name: str) -> str:
    """An address whose local part agrees with the printed name once one OCR confusion is undone
    ("imeier@" for "Lena Meier" -> "lmeier@"), or once a glued one-letter label is taken off ("E lmeier@" read
    as "elmeier@"), else the address unchanged."""
    local, _, domain = email.partition("@")
    before = email_name_match(name, [local])
    if before >= 1.0:
        return email
    if len(local) > 3 and local[0] == "e" and email_name_match(name, [local[1:]]) >= 0.9 > before:
        fixed = normalise_email(f"{local[1:]}@{domain}")
        if fixed:
            return fixed
    best, best_score = email, before
    for wrong, right in _LOCAL_FIXES:
        start = 0
        while (pos := local.find(wrong, start)) >= 0:
            candidate_local = local[:pos] + right + local[pos + len(wrong):]
            score = email_name_match(name, [candidate_local])
            if score >= 0.9 and score > best_score:
                fixed = normalise_email(f"{candidate_local}@{domain}")
                if fixed:
                    best, best_score = fixed, score
            start = pos + 1
    return best


def misread_twins(emails: list[str], name: str) -> set[str]:
    """Addresses the OCR read twice, one letter wrong in one of them (the card printed it twice, or a shadow made a
    second line): of two addresses at one domain whose local parts differ in one letter, the one that agrees less
    with the printed name."""
    out: set[str] = set()
    for a, b in itertools.combinations(emails, 2):
        (la, _, da), (lb, _, db) = a.partition("@"), b.partition("@")
        if da != db or len(la) != len(lb) or len(la) < 4 or sum(x != y for x, y in zip(la, lb, strict=True)) != 1:
            continue
        sa, sb = email_name_match(name, [la]), email_name_match(name, [lb])
        if sa != sb:
            out.add(b if sa > sb else a)
    return out


_WEB_LABEL = re.compile(r"(?i)^(?:web(?:site|seite)?|www|w|internet|site|sito|webb|i)\s*[.:|]?\s+")


def website_from_spaced(text: str, domains: list[str]) -> str | None:
    """ "www.isa rtallogistik.de/contact", "Www.wese rkamp. at": a web address with OCR spaces inside, recognised
    because, without them, it is a domain the card's e-mail addresses use."""
    body = re.sub(r"(?i)^(www)[,:;]", r"\1.", _WEB_LABEL.sub("", text.strip()))
    compact = re.sub(r"\s+", "", body)
    if not compact or compact == body:
        return None
    for domain in domains:
        m = re.fullmatch(r"(?i)(https?://)?((?:www\.)?" + re.escape(domain) + r")(/[\w./-]*)?/?", compact)
        if m:
            path = (m.group(3) or "").rstrip("/")
            return "https://" + m.group(2).lower() + path
    return None


def _parts_align(local: str, name: str) -> bool:
    """True if every dot-separated part of the local part is a name word, its initial, or words run together."""
    words = [re.sub(r"[^a-z]", "", fold(w)) for w in name.replace("-", " ").split()]
    words = [w for w in words if w]
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    initials = {w[0] for w in words}
    return all(p in runs or p in initials for p in re.split(r"[._-]", fold(local)) if p)


def email_with_split_local(email: str, line: str, name: str) -> str:
    """ "lars.haka nsson@x.se", "jan peters@x.eu": the word before the address belongs to its local part when
    joining them makes the address agree with the printed name."""
    local, _, domain = email.partition("@")
    tokens = line.split()
    for i, token in enumerate(tokens):
        if "@" in token and i > 0 and token.lower().startswith(local.split(".")[-1][:3]):
            before = tokens[i - 1].lower().strip(".,;:")
            if not re.fullmatch(r"[a-z0-9._-]{2,}", before):
                return email
            current = email_name_match(name, [local])
            best, best_score = email, current
            for joined in (f"{before}.{local}", f"{before}{local}"):
                # Dots between the parts of the name, not inside them ("lars.hakansson", not "lars.haka.nsson")
                score = email_name_match(name, [joined]) + (0.05 if _parts_align(joined, name) else 0.0)
                if score > best_score and score >= 0.9:
                    fixed = normalise_email(f"{joined}@{domain}")
                    if fixed:
                        best, best_score = fixed, score
            return best
    return email
