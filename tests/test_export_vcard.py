"""vCard export of the awkward fixture cards: strict 3.0 validity, vobject read-back, the client-facing choices."""

from __future__ import annotations

import base64
import io
import random
from dataclasses import replace
from pathlib import Path

import pytest
import vobject
from export_cards import awkward_cards
from PIL import Image, ImageDraw
from vcard_validator import assert_valid_vcards, validate_vcards

from cardscan.errors import ExportError
from cardscan.export import card_photo_jpeg, export_cards, vcard
from cardscan.export.names import split_full_name
from cardscan.model import Card, Contact, Field


def by_id(cards: list[Card], card_id: int) -> Card:
    return next(c for c in cards if c.id == card_id)


def read(data: bytes) -> list[vobject.base.Component]:
    return list(vobject.readComponents(data.decode("utf-8")))


@pytest.fixture(scope="module")
def cards() -> list[Card]:
    return awkward_cards()


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_awkward_cards_make_valid_vcards(cards: list[Card], version: str) -> None:
    data = export_cards(cards, "vcard", vcard_version=version).data
    parsed = assert_valid_vcards(data, version)
    assert len(parsed) == len(cards) == len(read(data))
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_names_and_company_cards(cards: list[Card]) -> None:
    got = {c.id: comp for c, comp in zip(cards, read(export_cards(cards, "vcard").data), strict=True)}
    anna = got[101]
    assert anna.fn.value == "Dr. Anna van den Berg"
    assert (anna.n.value.family, anna.n.value.given, anna.n.value.prefix) == ("van den Berg", "Anna", "Dr.")
    assert anna.org.value == ["Stichting Noord", "Innovatie & Zorg"]
    # A card with a full name only: N derived, particles kept in the family name, suffix after the comma.
    hans = got[108].n.value
    assert (hans.prefix, hans.given, hans.family, hans.suffix) == ("Prof. Dr.", "Hans", "von Stein", "PhD")
    assert got[104].n.value.family == "García López" and got[104].n.value.additional == "José"
    # Company only: FN is the company, shown as a company by Apple Contacts.
    cafe = got[102]
    assert cafe.fn.value == "Café & Bäckerei Müller GmbH"
    assert cafe.x_abshowas.value == "COMPANY"
    assert str(cafe.n.value).strip() == ""
    # Email only: FN falls back to the address.
    assert got[103].fn.value == "info@studio-example.org"


def test_company_card_is_kind_org_in_vcard_4(cards: list[Card]) -> None:
    data = vcard(by_id(cards, 102), version="4.0").decode()
    assert "\r\nKIND:org\r\n" in data
    assert "X-ABShowAs" not in data


def test_phone_types(cards: list[Card]) -> None:
    anna, karin = (read(vcard(by_id(cards, i)))[0] for i in (101, 107))
    assert [(t.value, t.params["TYPE"]) for t in anna.contents["tel"]] == [
        ("+31201234567", ["WORK", "VOICE"]), ("+31612345678", ["CELL"]), ("+31201234599", ["WORK", "FAX"]),
    ]  # fmt: skip
    assert [t.params["TYPE"] for t in karin.contents["tel"]] == [["HOME", "VOICE"], ["CELL"], ["VOICE"]]
    v4 = vcard(by_id(cards, 101), version="4.0").decode()
    assert "TEL;VALUE=uri;TYPE=work,voice:tel:+31201234567\r\n" in v4
    assert "TEL;VALUE=uri;TYPE=cell:tel:+31612345678\r\n" in v4


def test_address_has_seven_components_and_a_country_name(cards: list[Card]) -> None:
    karin = read(vcard(by_id(cards, 107)))[0]
    adr = karin.adr.value
    assert (adr.box, adr.extended, adr.street, adr.city, adr.region, adr.code, adr.country) == (
        "", "", "Drottninggatan 12", "Stockholm", "", "111 51", "Sweden"
    )
    assert karin.adr.params["TYPE"] == ["WORK"]
    # 3.0: a plain ADR, which a strict RFC 2426 reader takes (no group); --apple adds Apple's grouped code
    assert karin.adr.group is None and "x-abadr" not in karin.contents
    assert_valid_vcards(vcard(by_id(cards, 107)), "3.0")
    apple = read(vcard(by_id(cards, 107), apple=True))[0]
    assert apple.adr.group == apple.x_abadr.group and apple.x_abadr.value == "se"
    assert apple.adr.value.country == "Sweden"
    v4 = vcard(by_id(cards, 110), version="4.0").decode()
    assert "ADR;TYPE=work;CC=IT:;;Via Roma 10;Milano;MI;20121;Italy\r\n" in v4


def test_social_profiles_twice_and_websites(cards: list[Card]) -> None:
    maria = read(vcard(by_id(cards, 104)))[0]
    profiles = [(p.params["TYPE"], p.value) for p in maria.contents["x-socialprofile"]]
    assert profiles == [(["twitter"], "https://x.com/mjgarcia_example"),
                        (["instagram"], "https://instagram.com/ibericas.example")]
    assert [u.value for u in maria.contents["url"]] == [p for _, p in profiles]


def test_note_categories_and_long_note(cards: list[Card]) -> None:
    parsed = {c.id: comp for c, comp in zip(cards, read(export_cards(cards, "vcard").data), strict=True)}
    anna = parsed[101]
    assert anna.note.value == by_id(cards, 101).note + "\n\nMet at Web Summit Lisbon on 2025-11-12"
    assert anna.categories.value == ["Web Summit Lisbon", "lead", "pilot"]
    long_card = by_id(cards, 106)
    assert len(long_card.note) == 2000
    assert parsed[106].note.value.startswith(long_card.note)
    assert parsed[112].note.value.startswith(by_id(cards, 112).note)
    assert by_id(cards, 112).note.endswith("; backslash \\ end\\")
    assert parsed[112].categories.value == ["Dublin Tech Summit", "ie", 'quote "test"']
    assert parsed[105].note.value.startswith("تحدثنا عن الشراكة؛")
    assert "note" not in parsed[109].contents or parsed[109].note.value == by_id(cards, 109).note


def test_uid_is_stable_across_edits_and_distinct_between_cards(cards: list[Card]) -> None:
    first = read(vcard(by_id(cards, 101)))[0].uid.value
    edited = by_id(cards, 101)
    edited = replace(edited, note="changed", contact=edited.contact.copy())
    edited.contact.title = Field("CEO")
    assert read(vcard(edited))[0].uid.value == first
    uids = {comp.uid.value for comp in read(export_cards(cards, "vcard").data)}
    assert len(uids) == len(cards)


def test_vcard_4_uid_is_a_urn() -> None:
    text = vcard(Card(contact=Contact(name=Field("A B")), id=1), version="4.0").decode()
    assert "\r\nUID:urn:uuid:" in text


def test_empty_card_still_has_n_and_fn() -> None:
    data = vcard(Card(contact=Contact(), id=42))
    assert_valid_vcards(data)
    assert read(data)[0].fn.value == "Card 42"


# --- photos ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def busy_picture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _card_picture(tmp_path_factory.mktemp("photo") / "crop.png")


def _card_picture(path: Path, size: tuple[int, int] = (1600, 916)) -> Path:
    """A busy synthetic card picture (noise and text-like strokes compress badly: a real test of the size cap)."""
    rng = random.Random(7)
    image = Image.effect_noise(size, 90).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(400):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.line((x, y, x + rng.randrange(-200, 200), y + rng.randrange(-40, 40)), fill=rng.randrange(255), width=3)
    image.save(path)
    return path


def test_photo_is_small_jpeg(busy_picture: Path) -> None:
    assert len(card_photo_jpeg(busy_picture, max_bytes=10**9)) > 60 * 1024  # the cap has work to do
    data = card_photo_jpeg(busy_picture)
    assert len(data) <= 60 * 1024
    with Image.open(io.BytesIO(data)) as im:
        assert im.format == "JPEG" and im.width == 600
        assert abs(im.width / im.height - 1600 / 916) < 0.02


def test_photo_with_transparency_and_small_picture(tmp_path: Path) -> None:
    small = tmp_path / "small.png"
    Image.new("RGBA", (300, 170), (10, 20, 30, 0)).save(small)
    with Image.open(io.BytesIO(card_photo_jpeg(small))) as im:
        assert im.size == (300, 170) and im.mode == "RGB"


def test_photo_errors(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="not found"):
        card_photo_jpeg(tmp_path / "missing.jpg")
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not a picture")
    with pytest.raises(ExportError, match="cannot be read"):
        card_photo_jpeg(bad)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_photo_embedded_in_vcard(busy_picture: Path, cards: list[Card], version: str) -> None:
    jpeg = card_photo_jpeg(busy_picture)
    data = vcard(by_id(cards, 101), version=version, photo=jpeg)
    assert validate_vcards(data, version) == []
    text = data.decode()
    if version == "3.0":
        assert "\r\nPHOTO;ENCODING=b;TYPE=JPEG:" in text
        assert read(data)[0].photo.value == jpeg
    else:
        assert "\r\nPHOTO:data:image/jpeg;base64," in text
        unfolded = text.replace("\r\n ", "")
        encoded = unfolded.split("PHOTO:data:image/jpeg;base64,", 1)[1].split("\r\n", 1)[0]
        assert base64.b64decode(encoded) == jpeg


# --- the name splitter for cards without name parts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Dr. Anna van den Berg", ("Dr.", "Anna", "", "van den Berg", "")),
        ("Prof. Dr. Hans von Stein", ("Prof. Dr.", "Hans", "", "von Stein", "")),
        ("Anna Maria Schulz", ("", "Anna", "Maria", "Schulz", "")),
        ("Luis de la Cruz", ("", "Luis", "", "de la Cruz", "")),
        ("Ana da Silva, MBA", ("", "Ana", "", "da Silva", "MBA")),
        ("John Public Jr.", ("", "John", "", "Public", "Jr.")),
        ("Madonna", ("", "Madonna", "", "", "")),
        ("Dipl.-Ing. Eva Müller", ("Dipl.-Ing.", "Eva", "", "Müller", "")),
        (",", ("", "", "", "", "")),
        ("", ("", "", "", "", "")),
    ],
)
def test_split_full_name(full: str, parts: tuple[str, str, str, str, str]) -> None:
    p = split_full_name(full)
    assert (p.prefix, p.given, p.middle, p.family, p.suffix) == parts


# --- the validator itself catches what it must ---------------------------------------------------------------

GOOD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:B;A;;;\r\nFN:A B\r\nEND:VCARD\r\n"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\xef\xbb\xbf" + GOOD, "byte order mark"),
        (GOOD.replace(b"\r\n", b"\n"), "bare LF"),
        (GOOD.replace(b"FN:A B", b"FN:" + b"x" * 80), "octets"),
        (GOOD.replace(b"N:B;A;;;\r\n", b""), "no N"),
        (GOOD.replace(b"FN:A B\r\n", b""), "no FN"),
        (GOOD.replace(b"VERSION:3.0\r\nN:B;A;;;", b"N:B;A;;;\r\nVERSION:3.0"), "VERSION:3.0 is not the line"),
        (GOOD.replace(b"FN:A B", b"FN:A, B"), "unescaped ','"),
        (GOOD.replace(b"FN:A B", b"FN:A; B"), "unescaped ';'"),
        (GOOD.replace(b"FN:A B", b"FN:A \\x B"), "backslash"),
        (GOOD.replace(b"N:B;A;;;", b"N:B;A"), "components"),
        (GOOD.replace(b"FN:A B", b"FN:A B\r\nTEL;TYPE=MOBILE:+1"), "TYPE=MOBILE"),
        (GOOD.replace(b"FN:A B", b"FN:A B\r\nFOO:bar"), "not defined"),
        (GOOD.replace(b"FN:A B", b"FN:A B\r\nURL:not a uri"), "not a URI"),
        (GOOD.replace(b"FN:A B", "FN:A é".encode()[:-1] + b"\r\n " + "é".encode()[1:]), "splits a character"),
        (GOOD.replace(b"FN:A B", b"FN:A \\\r\n ,B"), "inside a backslash escape"),
        (GOOD.replace(b"END:VCARD\r\n", b""), "no END:VCARD"),
        (GOOD.replace(b"FN:A B", b"FN:A\xff"), "UTF-8"),
    ],
)
def test_validator_rejects(data: bytes, problem: str) -> None:
    assert validate_vcards(GOOD) == []
    problems = validate_vcards(data)
    assert any(problem in p for p in problems), problems
