"""Rules of the sixteenth round, drawn from the misses of the opened sets (the shared development set and bench/real
parts 2 to 29). Every card here is invented."""

from __future__ import annotations

import pytest
from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.hits import pieces
from cardscan.extract.roles import title_score


def company(*rows: str | tuple[str, int]) -> str | None:
    c = extract_contact(page(*rows))
    return c.company.value if c.company else None


def test_a_bracket_of_any_kind_closing_one_opened_in_the_line_stays() -> None:
    # "code{lab}" is a logo printed with its braces; cutting the closing one leaves a name nobody printed
    assert pieces("code{lab}") == ["code{lab}"]
    assert pieces("Example [Lab]") == ["Example [Lab]"]
    assert pieces("(ABC) Example Ltd") == ["(ABC) Example Ltd"]
    assert pieces("- Example Lab -") == ["Example Lab"]
    assert company(("code{lab}", 40), "Programmeren voor scholen", "www.codelab.nl", "info@codelab.nl") == "code{lab}"


def test_a_sign_framing_a_line_is_an_ornament() -> None:
    assert pieces("+ EXAMPLE AID +") == ["EXAMPLE AID"]
    assert pieces("~ Example Bakery ~") == ["Example Bakery"]
    # glued on, or between two words, it is part of the name; at one end only it joins the line to the next
    # ("Example +" over "Sample" over "PRINTERS"); before digits it may be a number's
    assert pieces("Canal+") == ["Canal+"]
    assert pieces("C++ Studio") == ["C++ Studio"]
    assert pieces("Bread + Butter") == ["Bread + Butter"]
    assert pieces("Example +") == ["Example +"]
    assert pieces("+ 49") == ["+ 49"]
    assert company(("+ EXAMPLE GENERAL AID +", 30), "Shop No. 1, Market Road", "info@examplegeneralaid.in") \
        == "EXAMPLE GENERAL AID"


def test_a_social_handle_never_respells_the_printed_name() -> None:
    # the handle "@mmaisonrose" names the shop (it counts as its domain), but its doubled letter is the owner's
    # choice, not the OCR's misreading of "MAISON ROSE"
    rows = (("MAISON ROSE", 40), "SPÉCIALISTE DU REGARD", "1 av. Général De Gaulle", "34400 Lunel", "06 73 49 12 17",
            "@mmaisonrose")
    assert company(*rows) == "MAISON ROSE"


@pytest.mark.parametrize("title", ["Musicien", "Plombier", "Graphiste", "Informaticien", "Urbaniste", "Ébéniste",
                                   "Traductora", "Interiorista", "Locksmith", "Historian"])
def test_an_occupation_whose_name_is_one_word_is_a_title(title: str) -> None:
    # ESCO names these occupations with one word each; none heads a second occupation's label
    c = extract_contact(page("Anna Example", title, "Exampla Group", "anna@exampla.com"))
    assert c.title is not None and c.title.value == title


@pytest.mark.parametrize("name", ["Ana Ferreira", "Rui Ferreiro", "Paul Berger", "Kate Tanner"])
def test_after_a_given_name_a_word_of_an_occupation_is_a_family_name(name: str) -> None:
    assert title_score(name) == 0.0
    c = extract_contact(page((name, 30), "Exampla Group", "info@exampla.com"))
    assert c.name is not None and c.name.value == name and c.title is None
