"""CSV exports: generic (one column per field), Google Contacts and Outlook.

All three: comma-separated, CRLF row ends (RFC 4180), line breaks inside a cell as LF, phone numbers in
international format with spaces ("+31 20 123 4567": a spreadsheet keeps that as text, where it would turn
"+31201234567" into the number 31201234567), and every cell a spreadsheet would run as a formula (starting
with = + - @ tab or CR) neutralised with a leading apostrophe, except phone numbers that are plainly numbers.

Encodings: generic and Outlook are UTF-8 with a BOM (Excel reads a CSV without one in the local ANSI code
page and garbles every accent; LibreOffice, Numbers, Python and Outlook skip it). Google is UTF-8 without a
BOM, like Google's own export: Google's importer may take a BOM for part of the first column name and then
drop that column (the first names).

Nothing is dropped: a contact with more phones, emails or websites than the Outlook layout has columns for
gets the rest in its notes; Google and the generic CSV get as many numbered columns as the longest card needs.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence

from cardscan.export.common import (
    address,
    categories,
    compose_note,
    emails,
    phone_display,
    phones,
    social_name,
    social_profiles,
    value,
    websites,
)
from cardscan.export.contentline import clean_text
from cardscan.export.countries import country_name
from cardscan.export.names import filled, name_parts
from cardscan.model import Card

CSV_KINDS = ("generic", "google", "outlook")
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A phone number and nothing else: optional +, digits, spaces and the usual separators.
_PLAIN_PHONE = re.compile(r"\+?[0-9][0-9 ()./-]{2,30}")


def neutralise(cell: str, *, phone: bool = False) -> str:
    """The cell made safe from formula injection: "'=1+1" instead of "=1+1". Plain phone numbers stay.

    A value that itself starts with apostrophes before such a character gets one more, so the rule can be
    undone without doubt: strip one apostrophe when what follows the apostrophes is = + - @ tab or CR.
    """
    if cell.startswith(_FORMULA_START):
        if phone and _PLAIN_PHONE.fullmatch(cell):
            return cell
        return "'" + cell
    if cell.startswith("'") and cell.lstrip("'").startswith(_FORMULA_START):
        return "'" + cell
    return cell


def _cell(text: str | None) -> str:
    return neutralise(clean_text(text)) if text and filled(text) else ""


def _phone_cell(number: str) -> str:
    return neutralise(clean_text(phone_display(number)), phone=True)


def _encode(header: Sequence[str], rows: Iterable[Sequence[str]], *, bom: bool, quote_all: bool = False) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    text = buf.getvalue()
    return (BOM + text if bom else text).encode("utf-8")


def _most(cards: Sequence[Card], count: Callable[[Card], int], *, at_least: int = 1) -> int:
    """How many numbered columns a list field needs: the longest card's count, and at least `at_least`."""
    return max([at_least, *(count(card) for card in cards)])


def _numbered(count: int, names: Callable[[int], Sequence[str]]) -> list[str]:
    return [name for i in range(1, count + 1) for name in names(i)]


# --- generic ---------------------------------------------------------------------------------------------

_PHONE_LABELS_GENERIC = {"work": "work", "mobile": "mobile", "fax": "fax", "home": "home", "other": "other"}


def generic_csv(cards: Sequence[Card]) -> bytes:
    """One row per card, one column per field (numbered columns for emails, phones, websites, profiles)."""
    n_email = _most(cards, lambda c: len(emails(c.contact)), at_least=2)
    n_phone = _most(cards, lambda c: len(phones(c.contact)), at_least=3)
    n_web = _most(cards, lambda c: len(websites(c.contact)), at_least=2)
    n_social = _most(cards, lambda c: len(social_profiles(c.contact)), at_least=2)
    header = [
        "name", "prefix", "given_name", "middle_name", "family_name", "suffix", "title", "department", "company",
        *_numbered(n_email, lambda i: (f"email_{i}",)),
        *_numbered(n_phone, lambda i: (f"phone_{i}", f"phone_{i}_type")),
        *_numbered(n_web, lambda i: (f"website_{i}",)),
        *_numbered(n_social, lambda i: (f"social_{i}_service", f"social_{i}_url")),
        "street", "postcode", "city", "region", "country_code", "country",
        "note", "event", "met_on", "follow_up", "tags", "pocket", "card_id",
    ]  # fmt: skip
    rows = []
    for card in cards:
        c = card.contact
        row = [_cell(value(c, k)) for k in header[:9]]
        mails = emails(c)
        row += [_cell(mails[i]) if i < len(mails) else "" for i in range(n_email)]
        tels = phones(c)
        for i in range(n_phone):
            row += [_phone_cell(tels[i].number), _PHONE_LABELS_GENERIC.get(tels[i].type, "other")] if i < len(tels) \
                else ["", ""]
        webs = websites(c)
        row += [_cell(webs[i]) if i < len(webs) else "" for i in range(n_web)]
        socials = social_profiles(c)
        for i in range(n_social):
            row += [_cell(socials[i].service), _cell(socials[i].url.strip())] if i < len(socials) else ["", ""]
        adr = address(c)
        if adr is None:
            row += [""] * 6
        else:
            row += [_cell(adr.street), _cell(adr.postcode), _cell(adr.city), _cell(adr.region), _cell(adr.country),
                    _cell(country_name(adr.country))]
        row += [
            _cell(card.note),
            _cell(card.event),
            card.met_on.isoformat() if card.met_on else "",
            card.follow_up.isoformat() if card.follow_up else "",
            _cell(", ".join(t for t in card.tags if filled(t))),
            str(card.pocket.value),
            str(card.id) if card.id is not None else "",
        ]
        rows.append(row)
    return _encode(header, rows, bom=True)


# --- Google Contacts ----------------------------------------------------------------------------------------

# The columns of Google Contacts' current CSV export (contacts.google.com, "Google CSV"), which is also what its
# importer maps without asking. Google writes as many numbered E-mail/Phone/Website columns as the contacts need.
GOOGLE_BASE_COLUMNS = (
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
    "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
    "Organization Department", "Birthday", "Notes", "Photo", "Labels",
)  # fmt: skip
GOOGLE_ADDRESS_COLUMNS = (
    "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
    "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address",
)  # fmt: skip
_GOOGLE_PHONE_LABELS = {"work": "Work", "mobile": "Mobile", "fax": "Work Fax", "home": "Home", "other": "Other"}


def google_csv(cards: Sequence[Card]) -> bytes:
    n_email = _most(cards, lambda c: len(emails(c.contact)))
    n_phone = _most(cards, lambda c: len(phones(c.contact)))
    n_web = _most(cards, lambda c: len(websites(c.contact)) + len(social_profiles(c.contact)))
    header = [
        *GOOGLE_BASE_COLUMNS,
        *_numbered(n_email, lambda i: (f"E-mail {i} - Label", f"E-mail {i} - Value")),
        *_numbered(n_phone, lambda i: (f"Phone {i} - Label", f"Phone {i} - Value")),
        *GOOGLE_ADDRESS_COLUMNS,
        *_numbered(n_web, lambda i: (f"Website {i} - Label", f"Website {i} - Value")),
    ]
    rows = []
    for card in cards:
        c = card.contact
        parts = name_parts(c)
        labels = " ::: ".join(["* myContacts", *(" ".join(x.split()) for x in categories(card))])
        row = [
            _cell(parts.given), _cell(parts.middle), _cell(parts.family), "", "", "",
            _cell(parts.prefix), _cell(parts.suffix), "", "",
            _cell(value(c, "company")), _cell(value(c, "title")), _cell(value(c, "department")),
            "", _cell(compose_note(card)), "", _cell(labels),
        ]  # fmt: skip
        mails = emails(c)
        for i in range(n_email):
            row += ["Work", _cell(mails[i])] if i < len(mails) else ["", ""]
        tels = phones(c)
        for i in range(n_phone):
            row += [_GOOGLE_PHONE_LABELS.get(tels[i].type, "Other"), _phone_cell(tels[i].number)] if i < len(tels) \
                else ["", ""]
        adr = address(c)
        if adr is None:
            row += [""] * len(GOOGLE_ADDRESS_COLUMNS)
        else:
            row += ["Work", "", _cell(adr.street), _cell(adr.city), "", _cell(adr.region), _cell(adr.postcode),
                    _cell(country_name(adr.country)), ""]
        links = [("Work", url) for url in websites(c)] + [("Profile", p.url.strip()) for p in social_profiles(c)]
        for i in range(n_web):
            row += [links[i][0], _cell(links[i][1])] if i < len(links) else ["", ""]
        rows.append(row)
    return _encode(header, rows, bom=False)


# --- Outlook ------------------------------------------------------------------------------------------------

# The classic Outlook CSV ("Comma Separated Values", File > Import/Export in Outlook for Windows), column for
# column, in Outlook's order. Outlook's own export quotes every cell; so do we.
OUTLOOK_COLUMNS = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3", "Home City",
    "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3",
    "Other City", "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone", "Business Fax",
    "Business Phone", "Business Phone 2", "Callback", "Car Phone", "Company Main Phone", "Home Fax", "Home Phone",
    "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone",
    "TTY/TDD Phone", "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address", "E-mail Type",
    "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address",
    "E-mail 3 Type", "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby", "Home Address PO Box",
    "Initials", "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
    "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession",
    "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page",
)  # fmt: skip
_OUTLOOK_PHONE_SLOTS = {
    "work": ("Business Phone", "Business Phone 2", "Company Main Phone"),
    "mobile": ("Mobile Phone",),
    "fax": ("Business Fax", "Other Fax"),
    "home": ("Home Phone", "Home Phone 2"),
    "other": ("Other Phone",),
}
_OUTLOOK_PHONE_WORDS = {"work": "Work", "mobile": "Mobile", "fax": "Fax", "home": "Home", "other": "Phone"}
_OUTLOOK_EMAIL_COLUMNS = (
    ("E-mail Address", "E-mail Type", "E-mail Display Name"),
    ("E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name"),
    ("E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name"),
)


def outlook_csv(cards: Sequence[Card]) -> bytes:
    index = {name: i for i, name in enumerate(OUTLOOK_COLUMNS)}
    rows = []
    for card in cards:
        c = card.contact
        row = [""] * len(OUTLOOK_COLUMNS)

        def put(column: str, text: str, row: list[str] = row) -> None:
            row[index[column]] = text

        parts = name_parts(c)
        put("Title", _cell(parts.prefix))
        put("First Name", _cell(parts.given))
        put("Middle Name", _cell(parts.middle))
        put("Last Name", _cell(parts.family))
        put("Suffix", _cell(parts.suffix))
        put("Company", _cell(value(c, "company")))
        put("Department", _cell(value(c, "department")))
        put("Job Title", _cell(value(c, "title")))
        adr = address(c)
        if adr is not None:
            put("Business Street", _cell(adr.street))
            put("Business City", _cell(adr.city))
            put("Business State", _cell(adr.region))
            put("Business Postal Code", _cell(adr.postcode))
            put("Business Country/Region", _cell(country_name(adr.country)))
        extra: list[str] = []  # what has no column of its own goes into the notes
        for phone in phones(c):
            slot = next((s for s in _OUTLOOK_PHONE_SLOTS.get(phone.type, ()) if not row[index[s]]), None)
            if slot is None and not row[index["Other Phone"]]:
                slot = "Other Phone"
            if slot is None:
                extra.append(f"{_OUTLOOK_PHONE_WORDS.get(phone.type, 'Phone')}: {phone_display(phone.number)}")
            else:
                put(slot, _phone_cell(phone.number))
        person = parts.joined() or value(c, "company")
        for i, email in enumerate(emails(c)):
            if i < len(_OUTLOOK_EMAIL_COLUMNS):
                address_col, type_col, display_col = _OUTLOOK_EMAIL_COLUMNS[i]
                put(address_col, _cell(email))
                put(type_col, "SMTP")
                put(display_col, _cell(f"{person} ({email})" if person else email))
            else:
                extra.append(f"E-mail: {email}")
        links = [*websites(c)]
        if links:
            put("Web Page", _cell(links[0]))
        extra += [f"Website: {url}" for url in links[1:]]
        for profile in social_profiles(c):
            url = profile.url.strip()
            if not row[index["Web Page"]]:
                put("Web Page", _cell(url))
            else:
                extra.append(f"{social_name(profile.service)}: {url}")
        note = compose_note(card)
        if extra:
            note = "\n".join([note, "", *extra]) if note else "\n".join(extra)
        put("Notes", _cell(note))
        put("Categories", _cell(";".join(categories(card))))
        rows.append(row)
    return _encode(OUTLOOK_COLUMNS, rows, bom=True, quote_all=True)


def csv_export(cards: Sequence[Card], kind: str = "generic") -> bytes:
    """The CSV file of one kind: "generic", "google" or "outlook"."""
    if kind == "generic":
        return generic_csv(cards)
    if kind == "google":
        return google_csv(cards)
    if kind == "outlook":
        return outlook_csv(cards)
    raise ValueError(f"unknown CSV kind {kind!r} (one of {', '.join(CSV_KINDS)})")
