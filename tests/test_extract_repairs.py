"""OCR repairs that use the card's own evidence: accents, misread characters, broken e-mail and web addresses."""

from __future__ import annotations

import pytest
from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.accents import restore
from cardscan.extract.repairs import email_from_web, email_with_split_local, repair_local_part, website_from_spaced


def _doubted(word: str) -> bool:
    return True


@pytest.mark.parametrize(("text", "langs", "slugs", "want"), [
    ("Jurgen Schafer", (), "juergen schaefer", "Jürgen Schäfer"),  # the e-mail spells the umlauts out
    ("Muller & Sohne GmbH", ("de",), "muellersoehne", "Müller & Söhne GmbH"),
    ("Ziirich", ("de",), "", "Zürich"),  # ü read as ii
    ("Espafia", ("es",), "", "España"),  # ñ read as fi
    ("Gongalo", ("pt",), "", "Gonçalo"),  # ç read as g
    ("Rechtsanwéltin", ("de",), "", "Rechtsanwältin"),  # the wrong accent
    ("HauptstraBe 12", ("de",), "", "Hauptstraße 12"),  # ß read as B
    ("llaria", ("it",), "", "Ilaria"),  # I read as l
])
def test_accents_put_back_on_strong_evidence(text: str, langs: tuple[str, ...], slugs: str, want: str) -> None:
    assert restore(text, langs, slugs) == want


@pytest.mark.parametrize(("text", "langs", "want"), [
    ("Geschaftsfuhrerin", ("de",), "Geschäftsführerin"),
    ("Telemovel", ("pt",), "Telemóvel"),
])
def test_accents_put_back_where_the_ocr_doubted_the_word(text: str, langs: tuple[str, ...], want: str) -> None:
    assert restore(text, langs, doubted=_doubted) == want
    assert restore(text, langs) == text  # read with confidence: as printed


@pytest.mark.parametrize(("text", "langs", "slugs"), [
    ("Via Roma 10", ("it",), ""),  # not the Spanish "Vía"
    ("Responsabile tecnico", ("it",), ""),  # not the Spanish "técnico"
    ("Director general", ("es",), ""),  # not the French "général"
    ("Anna Weissmann", ("de",), "anna weissmann"),  # "ss" is as right as "ß"
    ("Sabine Gruber", ("de",), ""),
    ("Brisa Engenharia", ("pt",), "brisaengenharia"),  # "brisae" in the domain is "brisa" + "engenharia"
    ("Lucia Rossi", ("it",), ""),
    ("Geschaftsfuhrer", (), ""),  # no language known: no guessing from the vocabulary
    ("Große Allee 5", ("de",), ""),  # words the vocabulary does not know are never bent towards it
    ("Weißgerber", ("de",), "weissgerber"),
    ("President", ("fr", "en"), ""),  # an English word on a bilingual card
    ("12 avenue de Hebert", ("fr",), ""),
    ("Helene Krüger", ("de",), ""),
    ("Letícia Araújo", ("pt",), ""),  # an accent the OCR read is never taken away
])
def test_accents_left_alone(text: str, langs: tuple[str, ...], slugs: str) -> None:
    assert restore(text, langs, slugs) == text
    if text != "Geschaftsfuhrer":
        assert restore(text, langs, slugs, doubted=_doubted) == text


def test_broken_addresses_repaired_from_the_rest_of_the_card() -> None:
    assert email_from_web("https://ffaureqfaure.fr", ["faure.fr"]) == "ffaure@faure.fr"
    assert email_from_web("https://www.faure.fr", ["faure.fr"]) is None
    assert repair_local_part("izuercher@isartal.ch", "Lukas Zürcher") == "lzuercher@isartal.ch"
    assert repair_local_part("j.lindgvist@havsorn.se", "Jan-Olof Lindqvist") == "j.lindqvist@havsorn.se"
    assert repair_local_part("info@havsorn.se", "Jan-Olof Lindqvist") == "info@havsorn.se"
    assert email_with_split_local("nsson@strandvik.se", "lars.haka nsson@strandvik.se",
                                  "Lars Håkansson") == "lars.hakansson@strandvik.se"
    assert email_with_split_local("janssens@janssens.eu", "lieke janssens@janssens.eu",
                                  "Lieke Janssens") == "lieke.janssens@janssens.eu"
    assert website_from_spaced("www.isa rtallogistik.de/contact", ["isartallogistik.de"]) == \
        "https://www.isartallogistik.de/contact"
    assert website_from_spaced("Www.wese rkamp. at", ["weserkamp.at"]) == "https://www.weserkamp.at"
    assert website_from_spaced("Kaltmar Bau", ["kaltmarbau.de"]) is None


def test_card_with_ocr_damage() -> None:
    got = extract_contact(page(
        ("Schafer & Partner Rechtsanwalte", 26), ("Jurgen Schafer", 32), "Leiter Einkauf",
        "Telefon: 089", "50915458", "juergen.schaefer@schaefer-partner.de", "www.schae fer-partner.de",
        "Hauptstrasse 12", "80331 Munchen",
        confs={"Rechtsanwalte": 0.5, "Munchen": 0.55},  # the OCR doubted these two words
    )).to_dict()
    assert got["name"] == "Jürgen Schäfer"
    assert got["company"] == "Schäfer & Partner Rechtsanwälte"
    assert got["title"] == "Leiter Einkauf"
    assert got["phones"] == [{"number": "+498950915458", "type": "work", "text": "Telefon: 089 50915458"}]
    assert got["websites"] == ["https://www.schaefer-partner.de"]
    assert got["address"] == {"street": "Hauptstrasse 12", "postcode": "80331", "city": "München", "region": None,
                              "country": "DE"}
