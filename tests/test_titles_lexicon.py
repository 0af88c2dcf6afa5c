"""Job titles from ESCO's occupations (lexicons/occupations.txt) and from the line structure: a check list of common
titles in the eight languages, written apart from that source, must be read; company, street and slogan lines must
not. Every card here is invented."""

from __future__ import annotations

import pytest
from extract_cards import page
from title_checklist import NOT_TITLES, TITLES, all_titles

from cardscan.extract import extract_contact
from cardscan.extract.lexicons import sections
from cardscan.extract.roles import title_score
from cardscan.text import fold

LANGS = ("en", "de", "fr", "it", "nl", "sv", "es", "pt")


def _title_read(title: str) -> bool:
    # the name and the title in one font size: the title is found by its words, not by where it stands
    c = extract_contact(page("Anna Example", title, "Exampla Group", "anna@exampla.com"))
    return c.title is not None and fold(c.title.value) == fold(title)


def test_the_occupation_lexicon_names_its_source_and_licence_and_covers_every_language() -> None:
    from importlib import resources
    text = resources.files("cardscan.extract.lexicons").joinpath("occupations.txt").read_text(encoding="utf-8")
    head = text.splitlines()[:3]
    assert head[0].startswith("# source: ESCO") and "European Commission" in head[0]
    assert head[1].startswith("# licence: ") and "2011/833/EU" in head[1]
    assert head[2].startswith("# made by: tools/lexicons/occupations.py")
    found = sections("occupations.txt")
    for lang in LANGS:
        assert sum(len(line.split()) for line in found[lang]) >= 150, lang
    for lang in ("nl", "de", "sv"):
        assert found[f"{lang} endings"], lang


def test_most_common_titles_of_every_language_are_read() -> None:
    read = {lang: sum(_title_read(t) for t in titles) for lang, titles in TITLES.items()}
    assert sum(read.values()) >= 0.85 * len(all_titles()), read
    for lang, titles in TITLES.items():
        assert read[lang] >= 0.75 * len(titles), (lang, read[lang], len(titles))


@pytest.mark.parametrize("title", ["Quantity Surveyor", "Pharmacien", "Makelaar", "Farmacista", "Auditora",
                                   "Bilanzbuchhalterin", "Belastingadviseur", "Redovisningskonsult"])
def test_titles_a_review_found_dropped(title: str) -> None:
    assert _title_read(title)


@pytest.mark.parametrize("line", NOT_TITLES)
def test_company_street_and_slogan_lines_are_no_titles(line: str) -> None:
    alone = extract_contact(page("Anna Example", line, "anna@exampla.com"))
    assert alone.title is None, line
    beside = extract_contact(page(("Anna Example", 30), "Project Manager", "Exampla Group", line, "anna@exampla.com"))
    assert beside.title is not None and beside.title.value == "Project Manager", line


def test_a_role_word_after_your_or_our_is_a_slogan() -> None:
    assert title_score("Your partner in logistics") == 0
    assert title_score("Ihr Berater vor Ort") == 0
    assert title_score("Senior Partner") > 0


@pytest.mark.parametrize(("line", "department"), [
    ("General Manager - Production", "Production"),
    ("Assistant Manager – Marketing", "Marketing"),
    ("Head of Sales / Marketing", "Marketing"),
    ("Directeur, Service commercial", "Service commercial"),
])
def test_a_title_and_its_department_on_one_line_stay_one_title(line: str, department: str) -> None:
    c = extract_contact(page(("Anna Example", 30), line, "Exampla Ltd", "anna@exampla.com"))
    assert c.title is not None and c.title.value == line
    assert c.department is not None and c.department.value == department


def test_a_name_and_a_title_on_one_line_are_still_split() -> None:
    c = extract_contact(page("Anna Example, Project Manager", "Exampla Ltd", "anna@exampla.com"))
    assert (c.name.value if c.name else None, c.title.value if c.title else None) == ("Anna Example",
                                                                                       "Project Manager")


def test_the_title_beside_the_name_wins_over_a_badge_with_a_role_word() -> None:
    c = extract_contact(page(("EXAMPLA", 40), "CERTIFIED AGENT", ("Exampla Travel S.L.", 40), ("Anna Example", 34),
                             "CEO", "anna@exampla.es"))
    assert c.title is not None and c.title.value == "CEO"


@pytest.mark.parametrize(("rows", "title"), [
    (["Head of Business Development", "and Strategic Partnerships"],
     "Head of Business Development and Strategic Partnerships"),
    (["Head of Business Development &", "Strategic Partnerships"],
     "Head of Business Development & Strategic Partnerships"),
    (["Directrice des Ressources Humaines et", "de la Communication"],
     "Directrice des Ressources Humaines et de la Communication"),
    (["Leiterin Einkauf und", "Logistik"], "Leiterin Einkauf und Logistik"),
])
def test_a_title_wrapped_over_two_lines_of_one_size_is_read_whole(rows: list[str], title: str) -> None:
    c = extract_contact(page(("Anna Example", 30), *rows, "Exampla Ltd", "anna@exampla.com"))
    assert c.title is not None and c.title.value == title
    assert c.department is None


def test_a_department_line_under_the_title_stays_the_department() -> None:
    c = extract_contact(page(("Anna Example", 30), "Geschäftsführer", "Vertrieb", "Exampla GmbH"))
    assert (c.title.value if c.title else None, c.department.value if c.department else None) == (
        "Geschäftsführer", "Vertrieb")


@pytest.mark.parametrize("name", ["Sanne Visser", "John Baker", "Anna Fischer", "Lotte Bakker", "Emma Mason"])
def test_an_occupation_after_a_given_name_is_a_family_name(name: str) -> None:
    assert title_score(name) == 0
    c = extract_contact(page("Exampla", ("Example Studio", 24), (name, 30), "Projectmanager", "info@exampla.nl"))
    assert c.name is not None and c.name.value == name
