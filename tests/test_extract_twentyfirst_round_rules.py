"""Rules of the twenty-first round, drawn from the misses of the opened sets (the shared development set and
bench/real parts 2 to 51). Every card here is invented."""

from __future__ import annotations

from extract_cards import phone_numbers, read

from cardscan.extract.company_domain import company_spelled_by_domain
from cardscan.extract.phones import find_phones
from cardscan.extract.roles import department_score
from cardscan.model import Contact, Field


def _respelled(company: str, *domains: str) -> str | None:
    contact = Contact(company=Field(company, 0.8, company))
    fixed = company_spelled_by_domain(contact, list(domains))
    return fixed.value if fixed is not None else None


def test_a_company_one_letter_off_its_domain_is_spelled_as_the_domain_spells_it() -> None:
    assert _respelled("xamplon", "examplon.es") == "examplon"  # the logo's first letter drawn as a shape
    assert _respelled("Samplemeiser", "samplemeister.cz") == "Samplemeister"
    assert _respelled("OSAMPLIA", "samplia.pl") == "SAMPLIA"  # a mark before the logo read as a letter
    assert _respelled("Exanple Studio", "examplestudio.de") == "Example Studio"
    # a plural, one letter more or less at the end, a letter dropped where words meet: left as read
    assert _respelled("Example", "examples.com") is None
    assert _respelled("Sample Aqua Tech", "sampleaquatec.com") is None
    # another domain of the card spells it as read: that other one is the misread one
    assert _respelled("Sample Works", "sampleworks.fr", "isampleworks.fr") is None
    # a free mail service is nobody's firm
    assert _respelled("Gmial", "gmail.com") is None
    card = read(("xamplon", 70), "Anna Sample", "Tel. 943 12 34 56", "www.examplon.com", "info@examplon.com")
    assert card.value("company") == "examplon"


def test_a_name_line_the_card_prints_again_misread_is_the_firm() -> None:
    # the logo and the line under it, read with two letters apart: the firm's name twice, no person
    card = read(("EXAMPLAR", 80), "Sample-Beratung", "Exa Mplor", "info@examplar.at", "www.examplar.at",
                "Musterweg 3", "5020 Salzburg")
    assert card.value("name") is None
    # the firm's name set solid and spaced
    card = read(("SAMPLEGYM", 80), "Sample Gym", "+420 601 234 567")
    assert card.value("name") is None


def test_a_department_word_ending_a_firm_s_name_makes_no_department_of_it() -> None:
    assert department_score("Sales") == 1.0 and department_score("Sales & Marketing") == 1.0
    assert department_score("Human Resources") == 1.0
    assert department_score("Sample Sales") < 0.5
    assert department_score("RAVI SALES") < 0.5


def test_two_groups_of_five_digits_after_a_name_are_a_mobile_number() -> None:
    hits, _ = find_phones("Ravi Example 98765 43210", "IN")
    assert [h.value.number for h in hits] == ["+919876543210"]
    card = read(("SAMPLE TRADERS", 60), "Ravi Example 98765 43210", "Anil Example 98765 43211",
                "12, Sample Market, Example Road, Sampleton. 380999")
    assert phone_numbers(card) == ["+919876543210", "+919876543211"]
    # a house number and a postcode stay what they are
    assert find_phones("Hauptstraße 12 10115 Berlin", "DE")[0] == []


def test_a_bracketed_qualifier_with_its_stop_labels_the_number() -> None:
    assert [h.value.number for h in find_phones("Phone (O). 0265-2345678", "IN")[0]] == ["+912652345678"]
    assert [h.value.type for h in find_phones("(R.) 0265-2345679", "IN")[0]] == ["home"]


def test_a_japanese_card_gives_its_firm_name_title_and_address() -> None:
    card = read(("SAMPLO", 60), "やまだ", "サンプル商事株式会社", "技術マネージャー", "山田 太郎",
                "〒123-4567 千葉県見本市本町1-2-3", "TEL 043-123-4567", "e-mail: t.yamada@samplo.example.jp")
    assert card.value("company") == "サンプル商事株式会社"
    assert card.value("name") == "山田 太郎"
    assert card.value("title") == "技術マネージャー"
    address = card.value("address")
    assert (address.postcode, address.city, address.country) == ("123-4567", "見本市", "JP")
    # the country the kana say: a Japanese number, not one of a European plan it is valid in too
    assert phone_numbers(card) == ["+81431234567"]
    # the postal mark read as "デ", a space read into the firm's name, the postcode glued to the address's end
    card = read("株式会社 サンプル", "みほん はなこ", "見本 花子", "東京都見本市本町4-5-6123-4567",
                "TEL 042-123-4567", "担当")
    assert card.value("company") == "株式会社サンプル"
    address = card.value("address")
    assert (address.postcode, address.city) == ("123-4567", "見本市")


def test_a_latin_card_is_no_japanese_one() -> None:
    card = read("Anna Example", "Example GmbH", "Musterstraße 1, 10115 Berlin", "Tel. 030 1234567")
    assert card.value("company") == "Example GmbH"


def test_numbers_of_spanish_and_english_cards_overseas() -> None:
    # an English card with no country printed: an Australian mobile is valid in no European plan
    card = read("Sample Finance", "Jo Example", "Principal", "M: 0400 123 456", "E: jo@samplefinance.example")
    assert phone_numbers(card) == ["+61400123456"]
    # a Spanish card: a number valid in France and in Spanish-speaking America is read in America
    card = read("SAMPLO DENTAL", "Venta de insumos dentales", "0991234567", "Calle Ejemplo y Muestra",
                "Cotiza con nosotros")
    assert not phone_numbers(card)[0].startswith("+33")


def test_trade_nouns_of_firms_names_are_organisation_words() -> None:
    from cardscan.extract.company import organisation_score

    for firm in ("Sample Infrastructure", "Example Cabs", "Sample Polymers", "Example Opticals", "Sample Garments"):
        assert organisation_score(firm) > 0, firm
    # the firm's free mailbox spells its name: no person's name for that
    card = read(("Ravi Example", 30), "+91-98765 43210", "sample.example@gmail.com",
                ("Sample Example Infrastructure", 36), "(Builders & Developers)", "Office No. 9, Sample Sector-3")
    assert card.value("company") == "Sample Example Infrastructure"
    assert card.value("name") == "Ravi Example"


def test_a_japanese_card_without_kana_and_a_name_over_two_lines() -> None:
    # no kana at all: the prefecture and the city say Japanese; the postal mark read as "T"; a firm's name that ends
    # in 設計 (design office) is no person's
    card = read("見本設計", "一級建築士", "見本花子", "T123-4567", "三重県見本市本町1番地2", "TEL:(059)123-4567")
    assert card.value("name") == "見本花子"
    assert card.value("title") == "一級建築士"
    address = card.value("address")
    assert (address.postcode, address.city, address.country) == ("123-4567", "見本市", "JP")
    # the family name over the given name, each on its line under its reading in kana
    card = read("株式会社サンプル", "みほん", "はなこ", "見本", "花子", "係長", "〒123-4567", "千葉県見本市本町1-2-3")
    assert card.value("name") == "見本 花子"


def test_a_brazilian_town_and_its_state_after_a_slash_or_a_dash() -> None:
    card = read("Salão Exemplo", "(31) 3649-0000", "Rua Exemplo, 476, Bairro Exemplo - Santa Amostra / MG")
    address = card.value("address")
    assert (address.street, address.city, address.region, address.country) == \
        ("Rua Exemplo, 476, Bairro Exemplo", "Santa Amostra", "MG", "BR")
    assert phone_numbers(card) == ["+553136490000"]  # the address says Brazil: the number is Brazilian
    # the street on the line above, the district before the town
    card = read("Oficina Exemplo", "Rua Exemplo, 775", "Vila Amostra - Sampleópolis - SP")
    address = card.value("address")
    assert (address.street, address.city, address.region) == ("Rua Exemplo, 775, Vila Amostra", "Sampleópolis", "SP")
    # two capitals after a town alone may be anything; a comma before them is the American way
    assert read("Oficina Exemplo", "Amostra - AB").value("address") is None
    card = read("Jane Example", "12 Maple Street", "Springfield, MA 01101", "(413) 555-0142")
    assert card.value("address").country == "US"


def test_a_national_mail_service_and_a_kana_word_name_the_country() -> None:
    from cardscan.extract.evidence import domain_country

    assert domain_country("naver.com") == "KR" and domain_country("rediffmail.com") == "IN"
    assert domain_country("gmail.com") is None
    card = read("Sample Lab", "T 070-1234-5678 M 010-1234-5678", "E sample.example@naver.com")
    assert phone_numbers(card) == ["+827012345678", "+821012345678"]
    # one line of kana is a Japanese card: its title by its role word
    card = read("見本収納アドバイザー", "Mihon Hanako", "Phone: 090-1234-5678", "E-mail: hanako@sample.example.jp")
    assert card.value("title") == "見本収納アドバイザー"


def test_a_firm_s_kind_over_its_name_is_one_company() -> None:
    card = read(("CLUB DE TIRO", 40), ("SAMPLONES", 40), "ANA EXEMPLO", "Fundadora", "CRA 17 A #12-39, Sampleville",
                "+57 318 221 0000", "www.samplones.example")
    assert card.value("company") == "CLUB DE TIRO SAMPLONES"
    # a kind over a person's name is no firm's name
    card = read(("Clínica", 40), ("Ana Exemplo", 40), "Dentista", "(67) 3565-0000",
                "Rua Exemplo, 12 - Sampleville / MS")
    assert card.value("company") != "Clínica Ana Exemplo"
