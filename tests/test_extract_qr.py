"""QR payloads on cards (vCard 2.1/3.0/4.0, MECARD, BIZCARD) and merging them with the OCR reading."""

from __future__ import annotations

from extract_cards import page

from cardscan.extract import extract_contact, merge_qr, parse_qr_payload
from cardscan.model import SOURCE_QR, Address, Contact, Field, Phone

VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg;;Dr.;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dr. J=C3=B6rg M=C3=BCller\r\n"
    "ORG:Kaltmar GmbH;Vertrieb\r\n"
    "TITLE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gesch=E4ftsf=FChrer\r\n"
    "TEL;WORK;VOICE:+49 30 1234567\r\n"
    "TEL;CELL:0151 23456789\r\n"
    "TEL;WORK;FAX:030 1234568\r\n"
    "EMAIL;INTERNET:J.Mueller@Kaltmar.de\r\n"
    "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=C3=9Fe 12;Berlin;;10115;Deutsch=\r\n"
    "land\r\n"
    "URL:www.kaltmar.de\r\n"
    "END:VCARD\r\n"
)

VCARD_30 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\n"
    "N:van den Berg;Anna;;Dr.;\r\n"
    "FN:Dr. Anna van den Berg\r\n"
    "ORG:Stichting Noord\\, Amsterdam;Afdeling Verkoop\r\n"
    "TITLE:Project\r\n manager\r\n"
    "TEL;TYPE=WORK,VOICE:+31201234567\r\n"
    "TEL;TYPE=CELL:+31612345678\r\n"
    "EMAIL;TYPE=INTERNET:anna@noord.nl\r\n"
    "URL:https://www.noord.nl/\r\n"
    "X-SOCIALPROFILE;TYPE=linkedin:https://linkedin.com/in/annavdberg\r\n"
    "X-SOCIALPROFILE;TYPE=twitter:annaberg\r\n"
    "ADR;TYPE=WORK:;;Keizersgracht 1;Amsterdam;;1015 CJ;Netherlands\r\n"
    "NOTE:Met at the fair\\nstand 4\\; hall B\r\n"
    "END:VCARD\r\n"
)

VCARD_40 = (
    "BEGIN:VCARD\nVERSION:4.0\n"
    "FN:Marco Rossi\nN:Rossi;Marco;;Ing.;\n"
    "ORG:Rossi Costruzioni S.r.l.\n"
    'TEL;TYPE="work,voice";VALUE=uri:tel:+39-02-1234-5678\n'
    "TEL;TYPE=cell;VALUE=uri:tel:+39-312-345-6789\n"
    "EMAIL;TYPE=work:m.rossi@rossicostruzioni.it\n"
    "ADR;TYPE=work:;;Via Roma 10;Milano;MI;20121;Italia\n"
    "END:VCARD\n"
)


def test_vcard_21_quoted_printable_and_charsets() -> None:
    c = parse_qr_payload(VCARD_21)
    assert c is not None
    d = c.to_dict()
    assert d["name"] == "Dr. Jörg Müller"
    assert (d["prefix"], d["given_name"], d["family_name"]) == ("Dr.", "Jörg", "Müller")
    assert (d["company"], d["department"], d["title"]) == ("Kaltmar GmbH", "Vertrieb", "Geschäftsführer")
    assert d["emails"] == ["j.mueller@kaltmar.de"]
    # National numbers are read in the country of the card's address.
    assert [(p["number"], p["type"]) for p in d["phones"]] == [
        ("+49301234567", "work"), ("+4915123456789", "mobile"), ("+49301234568", "fax")]
    assert d["websites"] == ["https://www.kaltmar.de"]
    assert d["address"] == {"street": "Hauptstraße 12", "postcode": "10115", "city": "Berlin", "region": None,
                            "country": "DE"}
    assert all(f.confidence == 1.0 and f.source == SOURCE_QR for f in c.phones + c.emails)


def test_vcard_30_escapes_folding_and_profiles() -> None:
    c = parse_qr_payload(VCARD_30)
    assert c is not None
    d = c.to_dict()
    assert d["company"] == "Stichting Noord, Amsterdam" and d["department"] == "Afdeling Verkoop"
    assert d["title"] == "Projectmanager"  # a folded line joins without its leading space
    assert d["family_name"] == "van den Berg" and d["prefix"] == "Dr."
    assert d["websites"] == ["https://www.noord.nl"]
    assert d["social"] == [{"service": "linkedin", "url": "https://linkedin.com/in/annavdberg"},
                           {"service": "x", "url": "https://x.com/annaberg"}]
    assert d["address"]["country"] == "NL" and d["address"]["postcode"] == "1015 CJ"


def test_vcard_40_uris_and_quoted_params() -> None:
    c = parse_qr_payload(VCARD_40)
    assert c is not None
    d = c.to_dict()
    assert [(p["number"], p["type"]) for p in d["phones"]] == [("+390212345678", "work"), ("+393123456789", "mobile")]
    assert d["address"] == {"street": "Via Roma 10", "postcode": "20121", "city": "Milano", "region": "MI",
                            "country": "IT"}
    assert d["prefix"] == "Ing." and d["name"] == "Marco Rossi"


def test_mecard() -> None:
    c = parse_qr_payload("MECARD:N:García López,María José;TEL:+34912345678;EMAIL:MJ@Solana.es;"
                         "URL:www.solana.es;ADR:Calle Mayor\\, 5\\, 28013 Madrid\\, ES;ORG:Grupo Solana S.A.;"
                         "NOTE:stand 12;;")
    assert c is not None
    d = c.to_dict()
    assert d["name"] == "María José García López"
    assert (d["given_name"], d["family_name"]) == ("María José", "García López")
    assert d["emails"] == ["mj@solana.es"] and d["company"] == "Grupo Solana S.A."
    assert d["phones"] == [{"number": "+34912345678", "type": "work", "text": "+34912345678"}]
    assert d["address"] == {"street": "Calle Mayor, 5", "postcode": "28013", "city": "Madrid", "region": None,
                            "country": "ES"}


def test_mecard_uk_address_and_bizcard() -> None:
    c = parse_qr_payload("MECARD:N:Whitfield,Oliver;ADR:10 Station Road\\, CB1 2JD Cambridge\\, GB;;")
    assert c is not None and c.address is not None
    assert c.address.value == Address("10 Station Road", "CB1 2JD", "Cambridge", None, "GB")
    b = parse_qr_payload("BIZCARD:N:Anna;X:Berg;T:Projectmanager;C:Stichting Noord;M:+31612345678;E:anna@noord.nl;;")
    assert b is not None
    assert (b.value("name"), b.value("title"), b.value("company")) == ("Anna Berg", "Projectmanager", "Stichting Noord")
    assert b.phones[0].value.type == "mobile"


def test_other_payloads() -> None:
    assert parse_qr_payload("") is None
    assert parse_qr_payload("https://www.noord.nl/whatever") is None
    assert parse_qr_payload("hello world") is None
    assert parse_qr_payload("BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD") is None
    profile = parse_qr_payload("https://www.linkedin.com/in/annavdberg/")
    assert profile is not None and profile.social[0].value.url == "https://www.linkedin.com/in/annavdberg"


def test_merge_qr_wins_conflicts_and_keeps_what_only_ocr_found() -> None:
    ocr = extract_contact(page(("Dr. Anna van den Berg", 32), "Projectmanager", ("Stichting Nord", 26),
                               "T 020 123 4567", "M 06 1234 5678", "anna.vandenberg@noord.nl", "www.noord.nl",
                               "Keizersgracht 1", "1015 CJ Amsterdam"))
    qr = parse_qr_payload("MECARD:N:van den Berg,Anna;TEL:+31201234567;TEL:+31201234568;"
                          "EMAIL:anna.vandenberg@noord.nl;ORG:Stichting Noord;;")
    assert qr is not None
    merged = merge_qr(ocr, qr)
    d = merged.to_dict()
    # The printed name has more than the MECARD (its prefix): it stays, parts agree.
    assert d["name"] == "Dr. Anna van den Berg" and d["prefix"] == "Dr." and d["family_name"] == "van den Berg"
    assert d["company"] == "Stichting Noord"  # the QR corrects the OCR
    assert merged.company is not None and merged.company.source == SOURCE_QR
    assert d["title"] == "Projectmanager"  # only the OCR had it
    numbers = {p["number"]: p for p in d["phones"]}
    # The printed label keeps the type and the text; the MECARD had no type for it.
    assert numbers["+31201234567"] == {"number": "+31201234567", "type": "work", "text": "T 020 123 4567"}
    assert numbers["+31612345678"]["type"] == "mobile"  # only printed
    assert "+31201234568" in numbers  # only in the QR
    assert d["address"]["street"] == "Keizersgracht 1"


def test_merge_qr_type_from_a_typed_vcard_wins() -> None:
    ocr = Contact(phones=[Field(Phone("+31201234567", "work", "T 020 123 4567"), 0.8, "T 020 123 4567")])
    qr = Contact(phones=[Field(Phone("+31201234567", "fax", "+31201234567"), 1.0, SOURCE_QR)],
                 name=Field("Anna Berg", 1.0, SOURCE_QR))
    merged = merge_qr(ocr, qr)
    assert merged.phones[0].value == Phone("+31201234567", "fax", "T 020 123 4567")
    assert merged.value("name") == "Anna Berg"


def test_a_qr_phone_too_short_to_dial_is_left_out() -> None:
    """phonenumbers calls "+49 0" possible; with its country code it has 4 digits, no number anyone can dial."""
    contact = parse_qr_payload("BEGIN:VCARD\nVERSION:3.0\nTEL:+4900\nTEL:+49 30 1234567\nEND:VCARD")
    assert contact is not None
    assert [p.value.number for p in contact.phones] == ["+49301234567"]


def test_a_vcard_postcode_component_holding_more_than_a_postcode_keeps_the_postcode_and_moves_the_rest() -> None:
    """Some vCard makers put the PO box and the town into the postcode component: the postcode is read out of it,
    the town (given in its own component) is dropped, the PO box joins the street; nothing else is lost."""
    c = parse_qr_payload("BEGIN:VCARD\nVERSION:3.0\nFN:Sara Lind\n"
                         "ADR:;;Storgatan 3;Vallby;;Box 221, Vallby 72345;Sverige\nEND:VCARD\n")
    assert c is not None and c.address is not None
    assert c.address.value == Address("Storgatan 3, Box 221", "72345", "Vallby", None, "SE")
    plain = parse_qr_payload("BEGIN:VCARD\nVERSION:3.0\nFN:Sara Lind\nADR:;;Storgatan 3;Vallby;;723 45;Sverige\n"
                             "END:VCARD\n")
    assert plain is not None and plain.address is not None
    assert plain.address.value == Address("Storgatan 3", "723 45", "Vallby", None, "SE")
