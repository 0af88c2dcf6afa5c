"""vCard 2.1 / 3.0 / 4.0 payloads: folding, quoted-printable, CHARSET, escapes, typed TEL, ORG with department."""

from __future__ import annotations

import quopri
import re

from cardscan.extract.emails import normalise_email
from cardscan.extract.qrfields import (
    add_phones,
    add_url,
    field,
    has_content,
    region_hint,
    set_name,
    split_unescaped,
    text_value,
    vcard_address,
)
from cardscan.model import Contact


def _content_lines(payload: str) -> list[tuple[str, dict[str, list[str]], str]]:
    """(NAME, params, raw value) for each content line, with folding and quoted-printable undone."""
    raw_lines = re.split(r"\r\n|\r|\n", payload)
    # Folding: a line starting with a space or tab continues the previous one (vCard 3.0/4.0, and 2.1 in practice).
    unfolded: list[str] = []
    for line in raw_lines:
        if line[:1] in (" ", "\t") and unfolded:
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    out: list[tuple[str, dict[str, list[str]], str]] = []
    i = 0
    while i < len(unfolded):
        line = unfolded[i]
        i += 1
        if ":" not in line:
            continue
        head, value = _split_head(line)
        name, params = _parse_head(head)
        if "QUOTED-PRINTABLE" in [v.upper() for v in params.get("ENCODING", [])]:
            # Soft line breaks: a value ending in "=" goes on on the next line.
            while value.endswith("=") and i < len(unfolded):
                value = value[:-1] + unfolded[i]
                i += 1
            charset = (params.get("CHARSET") or ["utf-8"])[0]
            data = quopri.decodestring(value.encode("latin-1", errors="replace"))
            try:
                value = data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                value = data.decode("latin-1")
        out.append((name, params, value))
    return out


def _split_head(line: str) -> tuple[str, str]:
    quoted = False
    for pos, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:pos], line[pos + 1:]
    return line, ""


def _parse_head(head: str) -> tuple[str, dict[str, list[str]]]:
    parts = head.split(";")
    name = parts[0].split(".")[-1].upper()  # drop a group prefix ("item1.TEL")
    params: dict[str, list[str]] = {}
    for p in parts[1:]:
        if "=" in p:
            key, _, val = p.partition("=")
            values = [v.strip('"').strip() for v in val.split(",")]
            params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
        elif p.strip():
            # vCard 2.1 bare parameters: "TEL;WORK;VOICE", "EMAIL;INTERNET", "ADR;QUOTED-PRINTABLE"
            bare = p.strip().upper()
            key = "ENCODING" if bare in ("QUOTED-PRINTABLE", "BASE64", "8BIT") else "TYPE"
            params.setdefault(key, []).append(bare)
    return name, params


def parse_vcard(payload: str) -> Contact | None:
    contact = Contact()
    full = ""
    n_parts: dict[str, str] = {}
    tels: list[tuple[str, list[str]]] = []
    adrs: list[list[str]] = []
    for name, params, value in _content_lines(payload):
        types = params.get("TYPE", [])
        if name == "FN":
            full = value
        elif name == "N":
            comps = [text_value(c).replace(" ,", ",") for c in split_unescaped(value, ";")] + [""] * 5
            n_parts = {"family_name": comps[0], "given_name": comps[1], "middle_name": comps[2],
                       "prefix": comps[3], "suffix": comps[4]}
        elif name == "ORG":
            comps = [text_value(c) for c in split_unescaped(value, ";")]
            if comps and comps[0]:
                contact.company = field(comps[0])
            if len(comps) > 1 and comps[1]:
                contact.department = field(" ".join(c for c in comps[1:] if c))
        elif name == "TITLE" or (name == "ROLE" and contact.title is None):
            if text_value(value):
                contact.title = field(text_value(value))
        elif name == "TEL":
            tels.append((value, types))
        elif name == "EMAIL":
            email = normalise_email(text_value(value))
            if email and email not in [f.value for f in contact.emails]:
                contact.emails.append(field(email))
        elif name == "URL":
            add_url(contact, value)
        elif name in ("X-SOCIALPROFILE", "SOCIALPROFILE", "X-LINKEDIN", "X-TWITTER", "X-XING", "X-GITHUB",
                      "X-INSTAGRAM", "X-FACEBOOK", "X-MASTODON"):
            service = (types[0].lower() if types else name.removeprefix("X-").lower())
            add_url(contact, value, service)
        elif name == "ADR":
            adrs.append(split_unescaped(value, ";"))
    set_name(contact, full, n_parts)
    if adrs:
        address = vcard_address(adrs[0], region_hint(contact))
        if address:
            contact.address = field(address)
    add_phones(contact, tels)
    return contact if has_content(contact) else None
