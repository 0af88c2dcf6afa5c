"""A card's two sides in one photo: the firm's side (its name and web address only) joins the side with the
person's details when its domain or company agrees with that side's, and with no other card of the photo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.extract.sides import fronts_of_backs, with_back
from cardscan.model import Contact, Field, Phone
from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES, OcrEngine, create_engine
from cardscan.reading import read_photo


def person(name: str, email: str) -> Contact:
    return Contact(name=Field(name, 0.9), emails=[Field(email, 0.9)],
                   phones=[Field(Phone("+4540999999", "mobile", "40 99 99 99"), 0.9)])


def firm(company: str | None, website: str | None = None) -> Contact:
    return Contact(company=Field(company, 0.8) if company else None,
                   websites=[Field(website, 0.9)] if website else [])


def test_the_firms_side_joins_the_front_its_domain_or_company_agrees_with() -> None:
    front, back = person("Anna Example", "anna@samplestudio.dk"), firm("SAMPLE STUDIO", "https://www.samplestudio.dk")
    assert fronts_of_backs([front, back]) == {1: 0}
    joined = with_back(front, back)
    assert joined.company is not None and joined.company.value == "SAMPLE STUDIO"
    assert [w.value for w in joined.websites] == ["https://www.samplestudio.dk"]
    assert joined.name == front.name and joined.phones == front.phones
    # a logo side that names the firm the e-mail's domain spells, with no web address
    assert fronts_of_backs([firm("Samplestudio"), front]) == {0: 1}


def test_no_join_without_agreement_or_with_two_fronts_that_agree() -> None:
    front = person("Anna Example", "anna@samplestudio.dk")
    assert fronts_of_backs([front, firm("Other Firm", "https://www.otherfirm.dk")]) == {}
    colleague = person("Per Example", "per@samplestudio.dk")
    assert fronts_of_backs([front, colleague, firm("SAMPLE STUDIO", "https://www.samplestudio.dk")]) == {}
    # two people's cards are never joined, whatever domain they share
    assert fronts_of_backs([front, colleague]) == {}
    # a free-mail domain agrees with nothing
    assert fronts_of_backs([person("Anna Example", "anna@gmail.com"), firm(None, "https://gmail.com")]) == {}


@pytest.fixture(scope="module")
def engine() -> Iterator[OcrEngine]:
    eng = create_engine(DEFAULT_ENGINE, DEFAULT_LANGUAGES)
    yield eng
    eng.close()


def card(lines: list[tuple[str, int]]) -> np.ndarray:
    img = Image.new("RGB", (1000, 580), "white")
    draw = ImageDraw.Draw(img)
    y = 70
    for text, size in lines:
        draw.text((70, y), text, fill="black", font=ImageFont.truetype("DejaVuSans.ttf", size))
        y += int(size * 1.8)
    return np.asarray(img)[..., ::-1]


@pytest.mark.slow
def test_a_photo_of_a_cards_front_and_back_gives_one_contact(tmp_path: Path, engine: OcrEngine) -> None:
    front = card([("Anna Example", 52), ("Consultant", 36), ("anna@samplestudio.dk", 36), ("+45 40 99 99 99", 36)])
    back = card([("SAMPLE STUDIO", 70), ("www.samplestudio.dk", 40)])
    photo = np.full((1400, 2600, 3), 60, np.uint8)
    photo[400:980, 200:1200] = front
    photo[400:980, 1400:2400] = back
    path = tmp_path / "both-sides.png"
    cv2.imwrite(str(path), photo)
    result = read_photo(str(path), engine)
    assert result.ok and len(result.cards) == 1, [c.text for c in result.cards]
    contact = result.cards[0].contact
    assert contact.name is not None and contact.name.value == "Anna Example"
    assert contact.company is not None and contact.company.value.upper() == "SAMPLE STUDIO"
    assert [w.value for w in contact.websites] == ["https://www.samplestudio.dk"]
    assert "SAMPLE STUDIO" in result.cards[0].text.upper()  # the firm's side's text is kept with the card
