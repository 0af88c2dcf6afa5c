"""One domain read two ways: a card's e-mail and web addresses share their domain, and where the OCR read one of
them a letter off ("www.example.ne.jo" beside "x@example.ne.jp", "femway-example.com" beside
"fernway-example.com"), the spelling the card's other addresses agree on wins. And one address read whole and cut:
a copy of the card half hidden in a photo of several leaves the end of its address."""

from __future__ import annotations

from collections import Counter
from typing import TypeVar

from cardscan.extract.hits import Hit
from cardscan.extract.repairs import glued_label

T = TypeVar("T")

# Letter pairs the OCR reads as one letter and back ("rn" / "m", "cl" / "d", "vv" / "w")
_LETTER_PAIRS = (("rn", "m"), ("cl", "d"), ("vv", "w"))


def one_letter_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and len(a) >= 6 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def letter_pair_apart(a: str, b: str) -> bool:
    """ "fernway-example.com" / "femway-example.com": two domains one letter-pair confusion apart."""
    if a == b or len(a) < 6 or abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    for pair, single in _LETTER_PAIRS:
        start = 0
        while (pos := longer.find(pair, start)) >= 0:
            if longer[:pos] + single + longer[pos + 2:] == shorter:
                return True
            start = pos + 1
    return False


def _bare(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def web_spellings(websites: list[tuple[Hit, T]], hosts: list[str], mail_domains: list[str]) -> list[tuple[Hit, T]]:
    """The web addresses (`hosts`: each one's host), each spelt as the card's e-mail domain it is a misreading of:
    one letter or letter pair off, or a "w" of "www" glued to it. A web address whose domain an e-mail address
    spells as it is needs no mending ("www.example.com" beside "info@example.com" and a misread "info@exarnple.com")."""
    out = []
    for (hit, where), host in zip(websites, hosts, strict=True):
        bare = _bare(host)
        twin = None if bare in mail_domains else next(
            (d for d in mail_domains
             if one_letter_apart(d, bare) or letter_pair_apart(d, bare) or glued_label(bare, d, "w")), None)
        out.append((Hit(hit.value.replace(bare, twin, 1), hit.certainty * 0.9, hit.raw), where) if twin
                   else (hit, where))
    return out


def email_spellings(emails: list[tuple[Hit, T]], hosts: list[str]) -> list[tuple[Hit, T]]:
    """The e-mail addresses, each whose domain is a letter or letter pair off a domain the card prints more often
    (in its other e-mail and web addresses) spelt that way: "info@exarnple.com" printed once beside
    "www.example.com" and "office@example.com"."""
    seen = Counter([h.value.split("@", 1)[1] for h, _ in emails] + [_bare(host) for host in hosts])
    out = []
    for hit, where in emails:
        local, domain = hit.value.split("@", 1)
        better = next((d for d, n in seen.most_common() if n > seen[domain]
                       and (one_letter_apart(d, domain) or letter_pair_apart(d, domain))), None)
        out.append((Hit(f"{local}@{better}", hit.certainty * 0.9, hit.raw), where) if better else (hit, where))
    return out


def email_fragments(emails: list[str]) -> set[int]:
    """Which addresses are the cut end of another the card prints more often: "ntact@example.fi" read once beside
    "contact@example.fi" read three times, the end of a copy of the card cut by the photo's edge or by another card
    lying over it; the first letter left may be half a letter, read as another ("apresion@" beside "impresion@").
    An address printed as often as the longer one is a mailbox of its own ("ann@" beside "joann@")."""
    seen = Counter(emails)
    out = set()
    for i, email in enumerate(emails):
        local, _, domain = email.partition("@")
        if any(n > seen[email] and other.endswith("@" + domain) and len(other) > len(email)
               and other.partition("@")[0].endswith(local[1:]) for other, n in seen.items()):
            out.add(i)
    return out
