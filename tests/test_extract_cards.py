"""Whole cards, as OCR lines, in the eight card languages: every field in its place.

All names, companies and numbers are invented; the numbers are valid for phonenumbers.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_cards import page

from cardscan.extract import extract_contact

NL_CARD = (
    [("Dr. Anna van den Berg", 34), "Projectmanager", ("Stichting Noord", 26), "Keizersgracht 1",
     "1015 CJ Amsterdam", "T 020 123 4567 · M 06 1234 5678", "anna.vandenberg@noord.nl", "www.noord.nl",
     "linkedin.com/in/annavdberg"],
    {"name": "Dr. Anna van den Berg", "prefix": "Dr.", "given_name": "Anna", "middle_name": None,
     "family_name": "van den Berg", "suffix": None, "title": "Projectmanager", "department": None,
     "company": "Stichting Noord", "emails": ["anna.vandenberg@noord.nl"],
     "phones": [{"number": "+31201234567", "type": "work", "text": "T 020 123 4567"},
                {"number": "+31612345678", "type": "mobile", "text": "M 06 1234 5678"}],
     "websites": ["https://www.noord.nl"],
     "social": [{"service": "linkedin", "url": "https://linkedin.com/in/annavdberg"}],
     "address": {"street": "Keizersgracht 1", "postcode": "1015 CJ", "city": "Amsterdam", "region": None,
                 "country": "NL"}},
)

CARDS: dict[str, tuple[list[Any], dict[str, Any]]] = {
    "nl": NL_CARD,
    "de": (
        [("Kaltmar Logistik GmbH", 30), ("Prof. Dr. Hans von Stein", 32), "Geschäftsführer", "Vertrieb",
         "Tel. +49 (0) 30 1234 567", "Mobil: 0151 2345 6789", "Fax +49 30 1234 568",
         "E-Mail: h.vonstein@kaltmar-logistik.de", "Hauptstraße 12", "10115 Berlin"],
        {"name": "Prof. Dr. Hans von Stein", "prefix": "Prof. Dr.", "given_name": "Hans",
         "family_name": "von Stein", "title": "Geschäftsführer", "department": "Vertrieb",
         "company": "Kaltmar Logistik GmbH", "emails": ["h.vonstein@kaltmar-logistik.de"],
         "phones": [{"number": "+49301234567", "type": "work", "text": "Tel. +49 (0) 30 1234 567"},
                    {"number": "+4915123456789", "type": "mobile", "text": "Mobil: 0151 2345 6789"},
                    {"number": "+49301234568", "type": "fax", "text": "Fax +49 30 1234 568"}],
         "websites": [],
         "address": {"street": "Hauptstraße 12", "postcode": "10115", "city": "Berlin", "region": None,
                     "country": "DE"}},
    ),
    "fr": (
        [("Atelier Clairval SARL", 28), ("Jean-Luc Le Gall", 30), "Directeur commercial",
         "12 rue de la Paix, 75002 Paris", "Tél. 01 23 45 67 89 | Port. 06 12 34 56 78",
         "jl.legall@atelier-clairval.fr", "www. atelier-clairval.fr"],
        {"name": "Jean-Luc Le Gall", "given_name": "Jean-Luc", "family_name": "Le Gall",
         "title": "Directeur commercial", "company": "Atelier Clairval SARL",
         "emails": ["jl.legall@atelier-clairval.fr"],
         "phones": [{"number": "+33123456789", "type": "work", "text": "Tél. 01 23 45 67 89"},
                    {"number": "+33612345678", "type": "mobile", "text": "Port. 06 12 34 56 78"}],
         "websites": ["https://www.atelier-clairval.fr"],
         "address": {"street": "12 rue de la Paix", "postcode": "75002", "city": "Paris", "region": None,
                     "country": "FR"}},
    ),
    "it": (
        [("Rossi Costruzioni S.r.l.", 30), ("Ing. Marco Di Stefano", 28), "Responsabile tecnico",
         "Via Roma 10", "20121 Milano (MI)", "Tel. +39 02 1234 5678", "Cell. 312 345 6789",
         "E-mail: m.distefano@rossicostruzioni.it"],
        {"name": "Ing. Marco Di Stefano", "prefix": "Ing.", "given_name": "Marco", "family_name": "Di Stefano",
         "title": "Responsabile tecnico", "company": "Rossi Costruzioni S.r.l.",
         "phones": [{"number": "+390212345678", "type": "work", "text": "Tel. +39 02 1234 5678"},
                    {"number": "+393123456789", "type": "mobile", "text": "Cell. 312 345 6789"}],
         "address": {"street": "Via Roma 10", "postcode": "20121", "city": "Milano", "region": "MI",
                     "country": "IT"}},
    ),
    "sv": (
        [("Norrsken Konsult AB", 28), ("Åsa Lindqvist", 30), "Verkställande direktör", "Tfn 08-123 456 78",
         "Mobil 070-123 45 67", "asa.lindqvist@norrsken.se", "Drottninggatan 5", "111 51 Stockholm", "Sverige"],
        {"name": "Åsa Lindqvist", "given_name": "Åsa", "family_name": "Lindqvist",
         "title": "Verkställande direktör", "company": "Norrsken Konsult AB",
         "phones": [{"number": "+46812345678", "type": "work", "text": "Tfn 08-123 456 78"},
                    {"number": "+46701234567", "type": "mobile", "text": "Mobil 070-123 45 67"}],
         "address": {"street": "Drottninggatan 5", "postcode": "111 51", "city": "Stockholm", "region": None,
                     "country": "SE"}},
    ),
    "es": (
        [("María José García López", 30), "Jefa de Ventas", "Departamento comercial",
         ("Grupo Solana S.A.", 26), "Calle Mayor, 5", "28013 Madrid", "Tel. 912 345 678", "Móvil 612 345 678",
         "mjgarcia@gruposolana.es"],
        {"name": "María José García López", "given_name": "María", "middle_name": "José",
         "family_name": "García López", "title": "Jefa de Ventas", "department": "Departamento comercial",
         "company": "Grupo Solana S.A.",
         "phones": [{"number": "+34912345678", "type": "work", "text": "Tel. 912 345 678"},
                    {"number": "+34612345678", "type": "mobile", "text": "Móvil 612 345 678"}],
         "address": {"street": "Calle Mayor, 5", "postcode": "28013", "city": "Madrid", "region": None,
                     "country": "ES"}},
    ),
    "pt": (
        [("Ana Maria Ferreira da Silva", 30), "Diretora Comercial", ("Alvorada, Lda.", 26),
         "Rua Augusta 100", "1100-053 Lisboa", "Tel. 212 345 678", "Telemóvel 912 345 678",
         "ana.silva@alvorada.pt"],
        {"name": "Ana Maria Ferreira da Silva", "given_name": "Ana", "middle_name": "Maria",
         "family_name": "Ferreira da Silva", "title": "Diretora Comercial", "company": "Alvorada, Lda.",
         "phones": [{"number": "+351212345678", "type": "work", "text": "Tel. 212 345 678"},
                    {"number": "+351912345678", "type": "mobile", "text": "Telemóvel 912 345 678"}],
         "address": {"street": "Rua Augusta 100", "postcode": "1100-053", "city": "Lisboa", "region": None,
                     "country": "PT"}},
    ),
    "en-gb": (
        [("Oliver Whitfield, PhD", 30), "Head of Sales", ("Kestrel Engineering Ltd", 26), "10 Station Road",
         "Cambridge CB1 2JD", "T +44 20 7946 0123", "M +44 7400 123456", "oliver@kestrel-engineering.co.uk",
         "X: @oliverwhitfield"],
        {"name": "Oliver Whitfield, PhD", "given_name": "Oliver", "family_name": "Whitfield", "suffix": "PhD",
         "title": "Head of Sales", "company": "Kestrel Engineering Ltd",
         "phones": [{"number": "+442079460123", "type": "work", "text": "T +44 20 7946 0123"},
                    {"number": "+447400123456", "type": "mobile", "text": "M +44 7400 123456"}],
         "social": [{"service": "x", "url": "https://x.com/oliverwhitfield"}],
         "address": {"street": "10 Station Road", "postcode": "CB1 2JD", "city": "Cambridge", "region": None,
                     "country": "GB"}},
    ),
    "en-us": (
        [("Oakridge Labs, Inc.", 26), ("Charlotte Fairbairn", 30), "Product Designer", "Phone (312) 555-0134",
         "Cell (312) 555-0187", "charlotte.fairbairn@oakridge-labs.com", "github.com/cfairbairn", "97 Broadway",
         "Chicago, IL 60634"],
        {"name": "Charlotte Fairbairn", "given_name": "Charlotte", "family_name": "Fairbairn",
         "title": "Product Designer", "company": "Oakridge Labs, Inc.",
         "social": [{"service": "github", "url": "https://github.com/cfairbairn"}],
         "address": {"street": "97 Broadway", "postcode": "60634", "city": "Chicago", "region": "IL",
                     "country": "US"}},
    ),
    "de-at": (
        [("Mag. Sabine Gruber", 30), "Leiterin Einkauf", ("Tannberg Handels GmbH", 24), "Herrengasse 8",
         "1010 Wien", "T +43 1 234 5678", "sabine.gruber@tannberg.at", "xing.com/profile/Sabine_Gruber"],
        {"name": "Mag. Sabine Gruber", "prefix": "Mag.", "given_name": "Sabine", "family_name": "Gruber",
         "title": "Leiterin Einkauf", "company": "Tannberg Handels GmbH",
         "social": [{"service": "xing", "url": "https://xing.com/profile/Sabine_Gruber"}],
         "address": {"street": "Herrengasse 8", "postcode": "1010", "city": "Wien", "region": None,
                     "country": "AT"}},
    ),
    "fr-ch": (
        [("Fiduciaire Moreau SA", 26), ("Hélène Moreau", 30), "Associée", "Rue du Rhône 14", "1204 Genève",
         "T +41 22 123 45 67", "helene.moreau@fiduciaire-moreau.ch"],
        {"name": "Hélène Moreau", "given_name": "Hélène", "family_name": "Moreau", "title": "Associée",
         "company": "Fiduciaire Moreau SA",
         "address": {"street": "Rue du Rhône 14", "postcode": "1204", "city": "Genève", "region": None,
                     "country": "CH"}},
    ),
    "nl-be": (
        [("Pieter Van den Bossche", 30), "Accountmanager", ("Zilverberg BV", 26), "Meir 12", "2000 Antwerpen",
         "T 03 234 56 78", "GSM 0470 12 34 56", "pieter@zilverberg.be"],
        {"name": "Pieter Van den Bossche", "given_name": "Pieter", "family_name": "Van den Bossche",
         "title": "Accountmanager", "company": "Zilverberg BV",
         "phones": [{"number": "+3232345678", "type": "work", "text": "T 03 234 56 78"},
                    {"number": "+32470123456", "type": "mobile", "text": "GSM 0470 12 34 56"}],
         "address": {"street": "Meir 12", "postcode": "2000", "city": "Antwerpen", "region": None,
                     "country": "BE"}},
    ),
}


@pytest.mark.parametrize("key", sorted(CARDS))
def test_every_field_in_its_place(key: str) -> None:
    rows, want = CARDS[key]
    got = extract_contact(page(*rows)).to_dict()
    for field, value in want.items():
        assert got[field] == value, f"{key}: {field}"


def test_fields_carry_confidence_and_source() -> None:
    rows, _ = NL_CARD
    contact = extract_contact(page(*rows))
    assert contact.name is not None and contact.name.source == "Dr. Anna van den Berg"
    assert contact.phones[1].source == "T 020 123 4567 · M 06 1234 5678"
    for key, conf in contact.confidences().items():
        assert 0.5 < conf <= 1.0, key


def test_doubtful_ocr_lowers_the_confidence() -> None:
    rows, _ = NL_CARD
    sure = extract_contact(page(*rows)).confidences()
    doubtful = extract_contact(page(*rows, confs={"Projectmanager": 0.35, "anna.vandenberg@noord.nl": 0.3}))
    assert doubtful.confidences()["title"] < sure["title"] - 0.2
    assert doubtful.confidences()["emails"] < sure["emails"] - 0.2
    assert doubtful.confidences()["name"] == pytest.approx(sure["name"], abs=0.01)


def test_the_default_region_reads_national_numbers_only_when_the_card_says_nothing() -> None:
    bare = page(("Anna Berg", 30), "Projectmanager", "T 020 123 4567")
    assert extract_contact(bare).phones == [] or extract_contact(bare).phones[0].confidence < 0.6
    assert extract_contact(bare, default_region="NL").to_dict()["phones"] == [
        {"number": "+31201234567", "type": "work", "text": "T 020 123 4567"}]
    # The card's own evidence (a Belgian address) wins over the --region default.
    be = page(("Anna Berg", 30), "T 03 234 56 78", "Meir 12", "2000 Antwerpen")
    assert extract_contact(be, default_region="NL").to_dict()["phones"][0]["number"] == "+3232345678"


def test_a_line_holding_name_and_title() -> None:
    got = extract_contact(page(("Anna Berg · Projectmanager", 28), "Stichting Noord", "anna.berg@noord.nl"))
    assert (got.value("name"), got.value("title"), got.value("company")) == (
        "Anna Berg", "Projectmanager", "Stichting Noord")
    got = extract_contact(page(("Luca Conti, Avvocato", 28), "Studio Conti", "luca@studioconti.it"))
    assert (got.value("name"), got.value("title"), got.value("company")) == ("Luca Conti", "Avvocato", "Studio Conti")


def test_company_recognised_by_its_domain_not_taken_for_a_name() -> None:
    got = extract_contact(page(("Waterkant", 40), ("Sanne Jansen", 28), "Adviseur", "sanne@waterkant.nl",
                               "www.waterkant.nl"))
    assert got.value("company") == "Waterkant"
    assert got.value("name") == "Sanne Jansen"


def test_no_person_on_the_card() -> None:
    got = extract_contact(page(("Kaltmar Logistik GmbH", 30), "Tel. 030 1234567", "info@kaltmar-logistik.de",
                               "Hauptstraße 12", "10115 Berlin"))
    assert got.value("name") is None
    assert got.value("company") == "Kaltmar Logistik GmbH"


def test_missing_fields_stay_empty() -> None:
    got = extract_contact(page(("Erik Nyström", 30), "erik.nystrom@fjallvind.se"))
    d = got.to_dict()
    assert d["name"] == "Erik Nyström"
    assert d["title"] is None and d["company"] is None and d["address"] is None
    assert d["phones"] == [] and d["websites"] == []


def test_taglines_and_ids_are_not_fields() -> None:
    got = extract_contact(page(("Bergwerk AG", 28), ("Lukas Brandt", 30), "Vertriebsleiter", "Seit 1987",
                               "USt-IdNr. DE123456789", "T 089 1234567", "lukas.brandt@bergwerk.de"))
    d = got.to_dict()
    assert d["company"] == "Bergwerk AG" and d["title"] == "Vertriebsleiter"
    assert [p["number"] for p in d["phones"]] == ["+49891234567"]


def test_logo_scraps_beside_the_company_are_dropped() -> None:
    from cardscan.model import OcrLine, OcrPage, OcrWord

    logo = OcrLine((OcrWord("(ue)", 0.7, (60, 60, 120, 120)), OcrWord("Bluecastle", 0.9, (230, 106, 217, 33)),
                    OcrWord("Health", 0.96, (465, 106, 134, 33)), OcrWord("Partners", 0.97, (620, 108, 172, 31))),
                   (60, 60, 732, 120))
    rest = page(("Charlotte Stanton", 36), "Solicitor", "charlotte.stanton@bluecastle.com")
    got = extract_contact(OcrPage((logo, *rest.lines)))
    assert got.value("company") == "Bluecastle Health Partners"
    assert got.value("name") == "Charlotte Stanton"


def test_card_printed_in_capitals() -> None:
    got = extract_contact(page(("ANNA VAN DEN BERG", 30), "PROJECTMANAGER", ("STICHTING NOORD", 24),
                               "T 020 123 4567", "anna@noord.nl")).to_dict()
    # The name as a contact writes it (particles in lower case); title and company as printed.
    assert (got["name"], got["family_name"], got["title"], got["company"]) == (
        "Anna van den Berg", "van den Berg", "PROJECTMANAGER", "STICHTING NOORD")
    assert got["address"] is None  # "NOORD" is no UK postcode "N0 0RD"
    assert got["phones"] == [{"number": "+31201234567", "type": "work", "text": "T 020 123 4567"}]


def test_web_domain_says_the_country_before_the_default_region() -> None:
    got = extract_contact(page(("Noord", 44), ("Anna Berg", 28), "anna@noord.nl", "06 1234 5678"),
                          default_region="DE").to_dict()
    assert got["phones"] == [{"number": "+31612345678", "type": "mobile", "text": "06 1234 5678"}]
    assert (got["name"], got["company"]) == ("Anna Berg", "Noord")
