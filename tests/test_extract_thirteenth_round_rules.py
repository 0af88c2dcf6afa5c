"""Rules of the thirteenth round, drawn from the misses of the opened parts 19 to 21 (cards from Central and Eastern
Europe, France's overseas departments, Italy and Switzerland). Every card here is invented; the towns are large,
well-known ones."""

from __future__ import annotations

import re

from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.names import name_shape
from cardscan.text import LOWER, UPPER


def test_the_letter_classes_hold_every_latin_letter_of_the_card_languages() -> None:
    for word in ("Łukasz", "Čech", "Šimůnek", "Ţară", "Ōsaka", "Ńa", "Élodie", "Øystein", "Ångström"):
        assert re.fullmatch(rf"[{UPPER}][{LOWER}]+", word), word
    assert not re.fullmatch(rf"[{UPPER}]", "×") and not re.fullmatch(rf"[{LOWER}]", "÷")
    assert not re.fullmatch(rf"[{UPPER}{LOWER}]", "1")


def test_a_name_written_with_central_european_letters_has_a_name_s_shape() -> None:
    # "ć", "ě", "ņ", "ł" are letters of Latin Extended-A, outside Latin-1: a name holding one was not a name
    for name in ("Dario Kovačić", "Tereza Dvořáková", "Jānis Kalniņš", "Łucja Wiśniewska", "Ing. Radek Šťastný"):
        assert name_shape(name) >= 0.7, name
    assert name_shape("DARIO KOVAČIĆ") >= 0.5


def test_a_czech_card_s_name_is_the_name() -> None:
    contact = extract_contact(page("Tereza Dvořáková", "masáže a reflexní terapie", "Náměstí Republiky 1",
                                   "Praha", "+420 777 000 111"))
    assert contact.name is not None and contact.name.value == "Tereza Dvořáková"
