"""A strict vCard 3.0 validator (RFC 2426 on RFC 2425's content lines), for the export tests.

Stricter than the RFC where importers are known to stumble: UTF-8 only, no BOM, CRLF only (no bare LF or
CR), every physical line at most 75 octets, folds never inside a UTF-8 character nor inside a backslash
escape. `validate_vcards(data)` returns the list of problems (empty: valid); `assert_valid_vcards` raises.

The 4.0 mode checks the same line syntax with RFC 6350's property set; the type rules below are 3.0's.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

MAX_OCTETS = 75

PROPERTIES_30 = {
    # RFC 2426 section 3, plus the RFC 2425 profile properties vCard 3.0 allows.
    "BEGIN", "END", "VERSION", "FN", "N", "NICKNAME", "PHOTO", "BDAY", "ADR", "LABEL", "TEL", "EMAIL", "MAILER",
    "TZ", "GEO", "TITLE", "ROLE", "LOGO", "AGENT", "ORG", "CATEGORIES", "NOTE", "PRODID", "REV", "SORT-STRING",
    "SOUND", "UID", "URL", "CLASS", "KEY", "NAME", "PROFILE", "SOURCE",
}  # fmt: skip
PROPERTIES_40 = {
    "BEGIN", "END", "SOURCE", "KIND", "XML", "FN", "N", "NICKNAME", "PHOTO", "BDAY", "ANNIVERSARY", "GENDER",
    "ADR", "TEL", "EMAIL", "IMPP", "LANG", "TZ", "GEO", "TITLE", "ROLE", "LOGO", "ORG", "MEMBER", "RELATED",
    "CATEGORIES", "NOTE", "PRODID", "REV", "SOUND", "UID", "CLIENTPIDMAP", "URL", "VERSION", "KEY", "FBURL",
    "CALADRURI", "CALURI",
}  # fmt: skip
# TYPE values RFC 2426 defines, per property.
TYPES_30 = {
    "TEL": {"HOME", "MSG", "WORK", "PREF", "VOICE", "FAX", "CELL", "VIDEO", "PAGER", "BBS", "MODEM", "CAR", "ISDN",
            "PCS"},
    # WORK and HOME are not in RFC 2426's list for EMAIL, but they are what iOS, Android and Google write and
    # read for an address's label; an importer that does not know them ignores them.
    "EMAIL": {"INTERNET", "X400", "PREF", "WORK", "HOME"},
    "ADR": {"DOM", "INTL", "POSTAL", "PARCEL", "HOME", "WORK", "PREF"},
    "LABEL": {"DOM", "INTL", "POSTAL", "PARCEL", "HOME", "WORK", "PREF"},
    "PHOTO": {"JPEG", "GIF", "PNG", "TIFF", "BMP"},
    "LOGO": {"JPEG", "GIF", "PNG", "TIFF", "BMP"},
}  # fmt: skip
TYPES_40 = {
    "TEL": {"TEXT", "VOICE", "FAX", "CELL", "VIDEO", "PAGER", "TEXTPHONE", "WORK", "HOME"},
    "EMAIL": {"WORK", "HOME"},
    "ADR": {"WORK", "HOME"},
    "URL": {"WORK", "HOME"},
}  # fmt: skip
PARAMS_30 = {"TYPE", "ENCODING", "VALUE", "LANGUAGE", "CONTEXT"}
PARAMS_40 = {"LANGUAGE", "VALUE", "PREF", "ALTID", "PID", "TYPE", "MEDIATYPE", "CALSCALE", "SORT-AS", "GEO", "TZ",
             "LABEL", "CC"}  # CC: RFC 9554
# Properties whose value is TEXT (no unescaped , ; \), and the structured ones (components split on ;).
TEXT_30 = {"FN", "NICKNAME", "LABEL", "MAILER", "TITLE", "ROLE", "NOTE", "PRODID", "SORT-STRING", "UID", "EMAIL",
           "CLASS", "NAME"}
STRUCTURED = {"N": 5, "ADR": 7, "ORG": None}
LISTS = {"CATEGORIES", "NICKNAME"}

_LINE = re.compile(
    r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)"
    r"(?P<params>(?:;[A-Za-z0-9-]+=(?:\"[^\"\x00-\x1f]*\"|[^\";:,\x00-\x1f]*)(?:,(?:\"[^\"\x00-\x1f]*\"|[^\";:,\x00-\x1f]*))*)*)"
    r":(?P<value>.*)$",
    re.DOTALL,
)
_PARAM = re.compile(r";([A-Za-z0-9-]+)=((?:\"[^\"]*\"|[^\";:,]*)(?:,(?:\"[^\"]*\"|[^\";:,]*))*)")
_ESCAPE = re.compile(r"\\[\\;,nN]")
_CTL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


@dataclass
class Property:
    group: str | None
    name: str
    params: dict[str, list[str]]
    value: str
    line: int


@dataclass
class VCard:
    properties: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]


def _physical_lines(data: bytes, problems: list[str]) -> list[bytes]:
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("starts with a byte order mark")
    if not data.endswith(b"\r\n"):
        problems.append("does not end with CRLF")
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for n, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {n}: bare LF or CR")
        if len(line) > MAX_OCTETS:
            problems.append(f"line {n}: {len(line)} octets, over {MAX_OCTETS}")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {n}: not UTF-8 on its own (a fold splits a character?)")
        if line.startswith((b" ", b"\t")) and n == 1:
            problems.append("line 1: a continuation line with nothing to continue")
        if n < len(lines) and lines[n].startswith((b" ", b"\t")):
            run = len(line) - len(line.rstrip(b"\\"))
            if run % 2:
                problems.append(f"line {n}: folded inside a backslash escape")
    return lines


def parse(data: bytes, problems: list[str] | None = None) -> list[VCard]:
    """The vCards in `data` (content lines unfolded and split, values still escaped)."""
    problems = problems if problems is not None else []
    lines = _physical_lines(data, problems)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"not valid UTF-8: {exc}")
        return []
    logical: list[tuple[int, str]] = []
    for n, raw in enumerate(lines, 1):
        text = raw.decode("utf-8", "replace")
        if text[:1] in (" ", "\t") and logical:
            start, prev = logical[-1]
            logical[-1] = (start, prev + text[1:])
        else:
            logical.append((n, text))
    cards: list[VCard] = []
    current: VCard | None = None
    for n, text in logical:
        m = _LINE.match(text)
        if not m:
            problems.append(f"line {n}: not a content line: {text[:60]!r}")
            continue
        params: dict[str, list[str]] = {}
        for pm in _PARAM.finditer(m.group("params")):
            key = pm.group(1).upper()
            values = [v.strip('"') for v in re.findall(r'"[^"]*"|[^,]+', pm.group(2))] or [""]
            params.setdefault(key, []).extend(values)
        prop = Property(m.group("group"), m.group("name").upper(), params, m.group("value"), n)
        if prop.name == "BEGIN":
            if prop.value.upper() != "VCARD":
                problems.append(f"line {n}: BEGIN:{prop.value}")
            if current is not None:
                problems.append(f"line {n}: BEGIN:VCARD inside a vCard")
            current = VCard([prop])
        elif prop.name == "END":
            if current is None:
                problems.append(f"line {n}: END without BEGIN")
            else:
                current.properties.append(prop)
                cards.append(current)
                current = None
        elif current is None:
            problems.append(f"line {n}: {prop.name} outside a vCard")
        else:
            current.properties.append(prop)
    if current is not None:
        problems.append("the last vCard has no END:VCARD")
    return cards


def _check_text(value: str, where: str, problems: list[str], *, separators: str = "") -> None:
    if _CTL.search(value):
        problems.append(f"{where}: control character in value")
    unescaped = _ESCAPE.sub("", value)
    if "\\" in unescaped:
        problems.append(f"{where}: backslash not part of an escape")
    for ch in ";,":
        if ch in unescaped and ch not in separators:
            problems.append(f"{where}: unescaped {ch!r}")


def validate_vcards(data: bytes, version: str = "3.0") -> list[str]:
    problems: list[str] = []
    cards = parse(data, problems)
    known = PROPERTIES_30 if version == "3.0" else PROPERTIES_40
    types = TYPES_30 if version == "3.0" else TYPES_40
    allowed_params = PARAMS_30 if version == "3.0" else PARAMS_40
    for i, card in enumerate(cards, 1):
        props = card.properties
        if len(props) < 2 or props[1].name != "VERSION" or props[1].value != version:
            problems.append(f"card {i}: VERSION:{version} is not the line after BEGIN")
        if props[-1].name != "END" or props[-1].value.upper() != "VCARD":
            problems.append(f"card {i}: does not end with END:VCARD")
        counts: dict[str, int] = {}
        for p in props:
            counts[p.name] = counts.get(p.name, 0) + 1
        required = ("N", "FN") if version == "3.0" else ("FN",)
        for name in (*required, "VERSION"):
            if counts.get(name, 0) < 1:
                problems.append(f"card {i}: no {name}")
        for name in ("N", "VERSION", "UID", "REV", "PRODID"):
            if counts.get(name, 0) > 1:
                problems.append(f"card {i}: {name} more than once")
        if version == "3.0" and counts.get("FN", 0) > 1:
            problems.append(f"card {i}: FN more than once")
        for p in props:
            where = f"card {i} line {p.line} {p.name}"
            if p.name not in known and not p.name.startswith("X-"):
                problems.append(f"{where}: property not defined in vCard {version}")
            if p.name.startswith("X-"):
                continue
            for key, values in p.params.items():
                if key not in allowed_params and not key.startswith("X-"):
                    problems.append(f"{where}: parameter {key} not defined in vCard {version}")
                if key == "TYPE":
                    allowed = types.get(p.name)
                    bad = [v for v in values if allowed is None or v.upper() not in allowed]
                    if bad and not all(v.upper().startswith("X-") for v in bad):
                        problems.append(f"{where}: TYPE={','.join(bad)} not allowed")
                if key == "ENCODING" and (version != "3.0" or [v.lower() for v in values] != ["b"]):
                    problems.append(f"{where}: ENCODING={','.join(values)}")
            value = p.value
            if p.name in STRUCTURED:
                comps = re.split(r"(?<!\\);", re.sub(r"\\\\", "\0", value))
                want = STRUCTURED[p.name]
                if want is not None and len(comps) != want:
                    problems.append(f"{where}: {len(comps)} components, {want} expected")
                _check_text(value, where, problems, separators=";,")
            elif p.name in LISTS:
                _check_text(value, where, problems, separators=",")
            elif version == "3.0" and p.name in TEXT_30:
                _check_text(value, where, problems)
            elif p.name in ("URL", "SOURCE") or (version == "4.0" and p.params.get("VALUE") == ["uri"]):
                if re.search(r"\s", value) or not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value):
                    problems.append(f"{where}: not a URI: {value[:60]!r}")
            elif p.name == "PHOTO" and p.params.get("ENCODING"):
                try:
                    base64.b64decode(value, validate=True)
                except (binascii.Error, ValueError):
                    problems.append(f"{where}: invalid base64")
            elif _CTL.search(value):
                problems.append(f"{where}: control character in value")
    return problems


def assert_valid_vcards(data: bytes, version: str = "3.0") -> list[VCard]:
    problems = validate_vcards(data, version)
    assert not problems, "invalid vCard:\n" + "\n".join(problems[:30])
    return parse(data)
