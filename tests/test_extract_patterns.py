"""The pattern extractors one by one: e-mails, web and social, phones, addresses, names, roles, companies."""

from __future__ import annotations

import pytest
from extract_cards import page

from cardscan.extract.address import find_address
from cardscan.extract.company import domain_match, legal_form, repair_legal_form
from cardscan.extract.emails import find_emails
from cardscan.extract.hits import Piece
from cardscan.extract.lines import segments_of
from cardscan.extract.names import email_name_match, split_name
from cardscan.extract.phones import find_phones
from cardscan.extract.roles import department_score, title_score
from cardscan.extract.web import find_web


@pytest.mark.parametrize(("text", "want"), [
    ("anna. berg@x.se", "anna.berg@x.se"),
    ("E-Mail: Anna.Berg@Noord.NL", "anna.berg@noord.nl"),
    ("E anna @ noord.nl", "anna@noord.nl"),
    ("anna.berg@noord. nl", "anna.berg@noord.nl"),
    ("a. berg@x.se", "a.berg@x.se"),
    ("Courriel : jl.legall@atelier-clairval.fr", "jl.legall@atelier-clairval.fr"),
    ("mejl: erik@fjallvind.se", "erik@fjallvind.se"),
    ("anna©noord.nl", "anna@noord.nl"),
])
def test_emails_repaired_and_lowercased(text: str, want: str) -> None:
    hits, rest = find_emails(text)
    assert [h.value for h in hits] == [want]
    assert not rest.replace("\x1f", "").strip()


@pytest.mark.parametrize("text", ["Twitter @annaberg", "E. Berg", "info(at)noord.nl", "anna@localhost"])
def test_no_email_where_there_is_none(text: str) -> None:
    assert find_emails(text)[0] == []


@pytest.mark.parametrize(("text", "websites", "social"), [
    ("www. noord.nl", ["https://www.noord.nl"], []),
    ("Web: www.Noord.NL/", ["https://www.noord.nl"], []),
    ("noord.nl/team", ["https://noord.nl/team"], []),
    ("http:// www.kaltmar.de", ["https://www.kaltmar.de"], []),
    ("www pietrabianca.it", ["https://www.pietrabianca.it"], []),
    ("linkedin.com/in/annavdberg", [], [("linkedin", "https://linkedin.com/in/annavdberg")]),
    ("xing.com/profile/Anna_Berg", [], [("xing", "https://xing.com/profile/Anna_Berg")]),
    ("X: @annaberg", [], [("x", "https://x.com/annaberg")]),
    ("Twitter @annaberg", [], [("x", "https://x.com/annaberg")]),
    ("Instagram: @studio.noord", [], [("instagram", "https://instagram.com/studio.noord")]),
    ("GitHub: annaberg", [], [("github", "https://github.com/annaberg")]),
    ("github.com /annaberg", [], [("github", "https://github.com/annaberg")]),
    ("Mastodon: @anna@fosstodon.org", [], [("mastodon", "https://fosstodon.org/@anna")]),
    ("X: @anna van den berg", [], [("x", "https://x.com/anna_van_den_berg")]),
])
def test_websites_and_profiles(text: str, websites: list[str], social: list[tuple[str, str]]) -> None:
    web, soc, _ = find_web(text)
    assert [h.value for h in web] == websites
    assert [(h.value.service, h.value.url) for h in soc] == social


@pytest.mark.parametrize("text", ["Noord e.V.", "Rossi S.p.A.", "Dipl.-Ing. Hans", "M.Sc. Anna", "Musterstr. 12",
                                  "St.Gallen", "Co.KG", "z.B. morgen"])
def test_abbreviations_are_not_web_addresses(text: str) -> None:
    web, soc, _ = find_web(text)
    assert web == [] and soc == []


@pytest.mark.parametrize(("text", "region", "want"), [
    ("T 020 123 4567 · M 06 1234 5678", "NL",
     [("+31201234567", "work", "T 020 123 4567"), ("+31612345678", "mobile", "M 06 1234 5678")]),
    ("Tel. +49 (0) 30 1234 567", "DE", [("+49301234567", "work", "Tel. +49 (0) 30 1234 567")]),
    ("0 20-123 45 67", "NL", [("+31201234567", "work", "0 20-123 45 67")]),
    ("06 1234 5678", "NL", [("+31612345678", "mobile", "06 1234 5678")]),
    ("Handy 0l51 2345 6789", "DE", [("+4915123456789", "mobile", "Handy 0151 2345 6789")]),
    ("Fax +49 30 1234568", None, [("+49301234568", "fax", "Fax +49 30 1234568")]),
    ("Tél. 01 23 45 67 89", "FR", [("+33123456789", "work", "Tél. 01 23 45 67 89")]),
    ("Cellulare 312 345 6789", "IT", [("+393123456789", "mobile", "Cellulare 312 345 6789")]),
    ("Móvil 612 345 678", "ES", [("+34612345678", "mobile", "Móvil 612 345 678")]),
    ("Telemóvel: 912 345 678", "PT", [("+351912345678", "mobile", "Telemóvel: 912 345 678")]),
    ("Tfn 08-123 456 78", "SE", [("+46812345678", "work", "Tfn 08-123 456 78")]),
    ("Växel 08-123 456 78", "SE", [("+46812345678", "work", "Växel 08-123 456 78")]),
    ("GSM 0470 12 34 56", "BE", [("+32470123456", "mobile", "GSM 0470 12 34 56")]),
    ("Durchwahl 030 / 1234567", "DE", [("+49301234567", "work", "Durchwahl 030 / 1234567")]),
    ("Cell (312) 555-0187", "US", [("+13125550187", "mobile", "Cell (312) 555-0187")]),
    ("F | 020 123 4568", "NL", [("+31201234568", "fax", "F | 020 123 4568")]),
    ("Privat 030 1234567", "DE", [("+49301234567", "home", "Privat 030 1234567")]),
    ("Tel./Fax 030 1234567", "DE",
     [("+49301234567", "work", "Tel./Fax 030 1234567"), ("+49301234567", "fax", "Tel./Fax 030 1234567")]),
    ("D +44 7400 123456", None, [("+447400123456", "mobile", "+44 7400 123456")]),  # a drawn handset read as "D"
])
def test_phones_in_e164_typed_by_label(text: str, region: str | None, want: list[tuple[str, str, str]]) -> None:
    hits, _ = find_phones(text, region)
    assert [(h.value.number, h.value.type, h.value.text) for h in hits] == want


@pytest.mark.parametrize("text", ["USt-IdNr. DE123456789", "IBAN DE89 3704 0044 0532 0130 00", "10115 Berlin",
                                  "1100-053 Lisboa", "Drottninggatan 122 - 116 74 Stockholm", "KvK 12345678"])
def test_numbers_that_are_not_phones(text: str) -> None:
    assert find_phones(text, "DE")[0] == [] and find_phones(text, "SE")[0] == []


def _pieces(*lines: str) -> list[Piece]:
    segs = segments_of(page(*lines))
    return [Piece(s.text, s, i) for i, s in enumerate(segs)]


@pytest.mark.parametrize(("lines", "want"), [
    (["Keizersgracht 1, 1015 CJ Amsterdam"], ("Keizersgracht 1", "1015 CJ", "Amsterdam", None, "NL")),
    (["12 rue de la Paix, 75002 Paris"], ("12 rue de la Paix", "75002", "Paris", None, "FR")),
    (["12, rue de la République", "75001 Paris", "France"], ("12, rue de la République", "75001", "Paris", None, "FR")),
    (["Via Roma 10", "20121 Milano (MI)"], ("Via Roma 10", "20121", "Milano", "MI", "IT")),
    (["Via Roma 10, 20121 Milano MI"], ("Via Roma 10", "20121", "Milano", "MI", "IT")),
    (["Calle Mayor, 5", "28013 Madrid"], ("Calle Mayor, 5", "28013", "Madrid", None, "ES")),
    (["Rua Augusta 100", "1100-053 Lisboa"], ("Rua Augusta 100", "1100-053", "Lisboa", None, "PT")),
    (["Drottninggatan 5", "111 51 Stockholm", "Sverige"], ("Drottninggatan 5", "111 51", "Stockholm", None, "SE")),
    (["Wetstraat 16", "1040 Brussel"], ("Wetstraat 16", "1040", "Brussel", None, "BE")),
    (["Mariahilfer Straße 12", "1060 Wien"], ("Mariahilfer Straße 12", "1060", "Wien", None, "AT")),
    (["Bahnhofstrasse 1", "8001 Zürich"], ("Bahnhofstrasse 1", "8001", "Zürich", None, "CH")),
    (["Musterweg 3", "D-10115 Berlin", "Deutschland"], ("Musterweg 3", "10115", "Berlin", None, "DE")),
    (["10 Station Road", "Cambridge CB1 2JD"], ("10 Station Road", "CB1 2JD", "Cambridge", None, "GB")),
    (["72 Mill Lane", "Bristol", "BS2 6SF"], ("72 Mill Lane", "BS2 6SF", "Bristol", None, "GB")),
    (["123 Main St", "Springfield, IL 62704"], ("123 Main St", "62704", "Springfield", "IL", "US")),
    (["Avenida Paulista, 1000", "São Paulo - SP, 01310-100"],
     ("Avenida Paulista, 1000", "01310-100", "São Paulo", "SP", "BR")),
])
def test_addresses_in_national_formats(lines: list[str], want: tuple[str | None, ...]) -> None:
    result = find_address(_pieces(*lines), {})
    assert result is not None
    a = result.address
    assert (a.street, a.postcode, a.city, a.region, a.country) == want


def test_ambiguous_postcode_country_from_the_card_evidence() -> None:
    pieces = _pieces("Kerkstraat 5", "2000 Hoofdstad")
    result = find_address(pieces, {"BE": 3.0})
    assert result is not None and result.address.country == "BE"
    result = find_address(pieces, {"AT": 3.0})
    assert result is not None and result.address.country == "AT"


@pytest.mark.parametrize(("text", "iberian", "want"), [
    ("Dr. Anna van den Berg", False, ("Dr.", "Anna", None, "van den Berg", None)),
    ("Prof. Dr. Hans von Stein", False, ("Prof. Dr.", "Hans", None, "von Stein", None)),
    ("Dipl.-Ing. Jörg Müller, MBA", False, ("Dipl.-Ing.", "Jörg", None, "Müller", "MBA")),
    ("Anna Maria Schulz", False, (None, "Anna", "Maria", "Schulz", None)),
    ("Oliver Whitfield, PhD", False, (None, "Oliver", None, "Whitfield", "PhD")),
    ("John A. Smith Jr.", False, (None, "John", "A.", "Smith", "Jr.")),
    ("Marco Di Stefano", False, (None, "Marco", None, "Di Stefano", None)),
    ("Jean-Luc Le Gall", False, (None, "Jean-Luc", None, "Le Gall", None)),
    ("Pieter Vanden Broeck", False, (None, "Pieter", None, "Vanden Broeck", None)),
    ("Jan van 't Hoff", False, (None, "Jan", None, "van 't Hoff", None)),
    ("DUPONT Jean", False, (None, "Jean", None, "DUPONT", None)),
    ("María José García López", True, (None, "María", "José", "García López", None)),
    ("Carlos García López", True, (None, "Carlos", None, "García López", None)),
    ("José Luis García", True, (None, "José", "Luis", "García", None)),
    ("Juan de la Cruz", True, (None, "Juan", None, "de la Cruz", None)),
    ("Ana Maria Ferreira da Silva", True, (None, "Ana", "Maria", "Ferreira da Silva", None)),
    ("João da Silva", True, (None, "João", None, "da Silva", None)),
    ("Ing. Marco Rossi", False, ("Ing.", "Marco", None, "Rossi", None)),
])
def test_names_split_with_particles_kept(text: str, iberian: bool, want: tuple[str | None, ...]) -> None:
    parts = split_name(text, iberian=iberian)
    assert parts.name == text
    assert (parts.prefix, parts.given_name, parts.middle_name, parts.family_name, parts.suffix) == want


@pytest.mark.parametrize(("name", "local", "at_least"), [
    ("Anna van den Berg", "anna.vandenberg", 1.0), ("Anna van den Berg", "avdberg", 1.0),
    ("Jürgen Schäfer", "juergen.schaefer", 1.0), ("Marco Rossi", "m.rossi", 0.9), ("Marco Rossi", "rossi", 0.8),
])
def test_name_agrees_with_the_email_local_part(name: str, local: str, at_least: float) -> None:
    assert email_name_match(name, [local]) >= at_least
    assert email_name_match("Stichting Noord", [local]) < 0.5


@pytest.mark.parametrize("text", ["Projectmanager", "Head of Sales", "Geschäftsführerin", "Responsabile commerciale",
                                  "Jefe de Ventas", "Verkställande direktör", "Diretora Comercial", "Chef de projet",
                                  "Expert-comptable", "Sócio-gerente", "Försäljningschef", "Teamleiterin Marketing"])
def test_titles(text: str) -> None:
    assert title_score(text) >= 0.5


@pytest.mark.parametrize("text", ["Vertrieb", "Afdeling Verkoop", "Département Marketing", "Sales & Marketing",
                                  "Personalabteilung", "Ufficio commerciale", "Departamento comercial",
                                  "Recursos Humanos", "Forskning och utveckling", "Service juridique"])
def test_departments(text: str) -> None:
    assert department_score(text) >= 0.8
    assert title_score(text) < 0.5


def test_company_evidence() -> None:
    assert legal_form("Rossi Costruzioni S.r.l.") == "S.r.l."
    assert legal_form("Stichting Noord") == "Stichting"
    assert legal_form("Anna van den Berg") is None
    assert domain_match("Müller & Söhne GmbH", ["muellersoehne.de"]) == 1.0
    assert domain_match("Stichting Noord", ["www.noord.nl"]) == 1.0
    assert domain_match("Anna Berg", ["noord.nl"]) == 0.0
    assert repair_legal_form("Orizzonte S.r.l") == "Orizzonte S.r.l."
    assert repair_legal_form("Kaltmar Software ombH") == "Kaltmar Software GmbH"
