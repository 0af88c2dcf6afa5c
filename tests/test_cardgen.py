"""The synthetic card generator (tools/cardgen): exact, self-consistent truth; realistic, well-formed files."""

from __future__ import annotations

import io
import json
import random
import re
from pathlib import Path
from urllib.parse import urlsplit

import cardgen
import cv2
import numpy as np
import phonenumbers
import pytest
from cardgen import output
from cardgen.__main__ import main as cardgen_main
from cardgen.contacts import LOCALES, collapse, make_contact
from cardgen.qr import vcard_payload
from email_validator import validate_email
from PIL import Image, ImageOps

from cardscan.model import CONTACT_FIELDS, PHONE_TYPES

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DIR = REPO / "sample_cards"
SAMPLE_SEED = 2026  # the seed documented in sample_cards/README.md
# The font families the sample set was drawn with (scripts/debian-packages.txt).
SAMPLE_FONTS = sorted(["DejaVu Sans", "DejaVu Sans Condensed", "DejaVu Serif", "DejaVu Serif Condensed",
                       "DejaVu Sans Mono", "Liberation Sans", "Liberation Serif", "Liberation Mono", "Open Sans",
                       "Open Sans Light", "Carlito", "Caladea"])
SOCIAL_SERVICES = {"linkedin", "x", "xing", "github", "instagram", "facebook", "mastodon", "youtube"}
PHOTO_EXTS = {".jpg", ".jpeg", ".png", ".heic"}


def decode_qr(gray: np.ndarray) -> str:
    """OpenCV's QR decoder, then its ArUco-based one (the classic one misses some clean codes)."""
    text = cv2.QRCodeDetector().detectAndDecode(gray)[0]
    if not text:
        text = cv2.QRCodeDetectorAruco().detectAndDecode(gray)[0]
    return text


def check_contact(c: dict) -> None:
    """Every contract key present, and every value normalised as the brief's rules say."""
    assert list(c) == list(CONTACT_FIELDS)
    assert c["name"] and c["given_name"] and c["family_name"]
    expected = " ".join(x for x in (c["prefix"], c["given_name"], c["middle_name"], c["family_name"]) if x)
    if c["suffix"]:
        expected += f", {c['suffix']}"
    assert c["name"] == expected
    for k in ("name", "title", "department", "company"):
        assert c[k] is None or c[k] == collapse(c[k])
    for e in c["emails"]:
        assert e == e.lower()
        validate_email(e, check_deliverability=False)
    assert c["phones"]
    for p in c["phones"]:
        assert p["type"] in PHONE_TYPES
        num = phonenumbers.parse(p["number"])
        assert phonenumbers.is_valid_number(num), p
        assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == p["number"]
        assert p["text"] == collapse(p["text"])
    for w in c["websites"]:
        parts = urlsplit(w)
        assert parts.scheme == "https" and parts.netloc == parts.netloc.lower() and not w.endswith("/")
    for s in c["social"]:
        assert s["service"] in SOCIAL_SERVICES
        parts = urlsplit(s["url"])
        assert parts.scheme == "https" and parts.netloc == parts.netloc.lower() and parts.path.strip("/")
    a = c["address"]
    if a is not None:
        assert list(a) == ["street", "postcode", "city", "region", "country"]
        assert re.fullmatch(r"[A-Z]{2}", a["country"])
        assert a["street"] and a["postcode"] and a["city"]


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_contacts_print_exactly_their_truth(locale: str) -> None:
    rng = random.Random(f"contacts-{locale}")
    for _ in range(25):
        spec = make_contact(rng, locale, full=rng.random() < 0.3)
        c = spec.contact
        check_contact(c)
        printed = [line.text for line in spec.lines]
        by_role = {r: [line.text for line in spec.lines if line.role == r] for r in {x.role for x in spec.lines}}
        assert by_role["name"] == [c["name"]]
        for k in ("title", "department", "company"):
            assert by_role.get(k, []) == ([c[k]] if c[k] else [])
        # Phones: the printed line is the truth's text; the number in it parses to the truth's E.164.
        assert [collapse(t) for t in by_role["phone"]] == [p["text"] for p in c["phones"]]
        region = spec.country
        for p in c["phones"]:
            match = phonenumbers.PhoneNumberMatcher(p["text"], region)
            assert [phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164) for m in match] \
                == [p["number"]], p
            labelled = not p["text"][0].isdigit() and not p["text"].startswith(("+", "("))
            if not labelled:
                is_mobile = phonenumbers.number_type(phonenumbers.parse(p["number"])) \
                    == phonenumbers.PhoneNumberType.MOBILE
                assert p["type"] == ("mobile" if is_mobile else "work")
        for e in c["emails"]:
            assert any(e in t.lower() for t in by_role["email"])
        for w, t in zip(c["websites"], by_role.get("website", []), strict=True):
            assert w[len("https://"):].lower() in t.lower()
        assert len(c["social"]) == len(by_role.get("social", []))
        if c["address"]:
            text = " ".join(by_role["address"])
            a = c["address"]
            for part in (a["street"], a["postcode"], a["city"]) + ((a["region"],) if a["region"] else ()):
                assert part in text
        else:
            assert "address" not in by_role
        assert all(t == t.strip() for t in printed)


def test_contacts_cover_particles_prefixes_suffixes_and_accents() -> None:
    rng = random.Random(7)
    contacts = [make_contact(rng).contact for _ in range(1500)]
    families = {c["family_name"] for c in contacts}
    assert any(f.startswith(("van ", "van der ", "van den ")) for f in families)
    assert any(f.startswith(("von ", "zu ")) for f in families)
    assert any(f.startswith(("de ", "de la ", "du ")) for f in families)
    assert any(f.startswith(("da ", "dos ")) for f in families)
    assert {c["prefix"] for c in contacts} >= {"Dr.", "Prof. Dr.", "Ing.", "Dipl.-Ing.", "Mag."}
    assert {c["suffix"] for c in contacts} >= {"PhD", "MBA"}
    names = " ".join(c["name"] for c in contacts)
    for ch in "äöüßéèçñóíåã":
        assert ch in names, ch
    assert any(c["middle_name"] for c in contacts)
    assert any(c["address"] is None for c in contacts) and any(len(c["phones"]) >= 3 for c in contacts)
    assert {p["type"] for c in contacts for p in c["phones"]} == {"work", "mobile", "fax"}
    assert {s["service"] for c in contacts for s in c["social"]} >= {"linkedin", "x", "xing", "github", "instagram"}


def test_random_card_is_a_straight_card_with_its_truth() -> None:
    card = cardgen.random_card(11, locale="de-DE", dpi=300)
    assert card.image.mode == "RGB"
    w, h = card.image.size
    assert 950 <= max(w, h) <= 1100 and 580 <= min(w, h) <= 680  # 85 x 55 mm (or 3.5 x 2 in) at 300 dpi
    truth = card.truth()
    assert truth["locale"] == "de-DE"
    assert truth["contact"]["address"] is None or truth["contact"]["address"]["country"] == "DE"
    check_contact(truth["contact"])
    # The card is not blank: there is ink.
    gray = np.asarray(card.image.convert("L"))
    assert (np.abs(gray.astype(int) - int(np.median(gray))) > 80).mean() > 0.01


def test_every_card_holds_its_text_at_a_legible_size() -> None:
    """Long names, e-mails and QR codes still fit: a design is chosen (or optional lines left out of card and
    truth alike) so that no text is cut or overlaps."""
    for seed in range(40):
        card = cardgen.random_card(seed, dpi=120, qr=seed % 3 == 0)
        assert card.fits, seed
        assert card.style.body_pt >= 6.0


def test_a_missing_declared_font_is_named_with_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator draws with the declared fonts and nothing else: with one missing it says what to install
    rather than drawing other cards from the same seed."""
    from cardgen import fonts

    assert [f.name for f in fonts.available_families()] == list(fonts.DECLARED_FAMILIES)
    files = {stem: path for stem, path in fonts._font_files().items() if not stem.startswith("Carlito")}
    fonts.available_families.cache_clear()
    monkeypatch.setattr(fonts, "_font_files", lambda: files)
    try:
        with pytest.raises(fonts.NoFontsError, match=r"fonts-crosextra-carlito \(Carlito-Regular\.ttf"):
            cardgen.random_card(2, dpi=150)
    finally:
        fonts.available_families.cache_clear()


def test_same_seed_same_card() -> None:
    a, b = cardgen.random_card(5), cardgen.random_card(5)
    assert a.truth() == b.truth()
    assert a.image.tobytes() == b.image.tobytes()
    assert cardgen.random_card(6).truth() != a.truth()


@pytest.mark.parametrize("kind", ["vcard", "mecard"])
def test_qr_code_on_the_card_round_trips(kind: str) -> None:
    decoded = 0
    for seed in range(4):
        card = cardgen.random_card(100 + seed, qr=kind, dpi=600)
        assert card.qr_payload is not None and card.truth()["qr"] is True
        c = card.contact
        if kind == "vcard":
            assert card.qr_payload == vcard_payload(c)
            for p in c["phones"]:
                assert f":{p['number']}\r\n" in card.qr_payload
        else:
            assert card.qr_payload.startswith("MECARD:N:")
        for e in c["emails"]:
            assert e in card.qr_payload
        text = decode_qr(np.asarray(card.image.convert("L")))
        decoded += text == card.qr_payload
    assert decoded == 4


def test_vcard_payload_escapes_and_carries_every_field() -> None:
    c = make_contact(random.Random(3), "es-ES", full=True).contact
    c = dict(c, company="Estudio Marea, S.L.")
    payload = vcard_payload(c)
    assert payload.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and payload.endswith("END:VCARD\r\n")
    assert "ORG:Estudio Marea\\, S.L." in payload
    assert f"FN:{c['name']}" in payload
    assert f"N:{c['family_name']};{c['given_name']};" in payload


def _quad_ok(quad: list[list[float]], size: tuple[int, int]) -> None:
    q = np.array(quad, dtype=float)
    assert q.shape == (4, 2)
    assert (q[:, 0] >= 0).all() and (q[:, 1] >= 0).all() and (q[:, 0] <= size[0]).all() and (q[:, 1] <= size[1]).all()
    # clockwise in image coordinates (y down) means a positive shoelace area
    area = 0.5 * sum(q[i, 0] * q[(i + 1) % 4, 1] - q[(i + 1) % 4, 0] * q[i, 1] for i in range(4))
    assert area > 0


def test_crop_photo_truth_and_determinism(tmp_path: Path) -> None:
    a = cardgen.make_photo(21, "crop")
    b = cardgen.make_photo(21, "crop")
    assert np.array_equal(a.image, b.image)
    assert cardgen.encode(a) == cardgen.encode(b)
    truth = a.truth("x.jpg")
    assert truth == b.truth("x.jpg")
    assert truth["kind"] == "crop" and truth["taken_at"] is None and truth["exif_orientation"] == 1
    assert truth["size"] == [a.image.shape[1], a.image.shape[0]]
    (card,) = truth["cards"]
    _quad_ok(card["quad"], (a.image.shape[1], a.image.shape[0]))
    assert card["rotation"] == 0
    check_contact(card["contact"])
    json.dumps(truth)  # plain JSON types only


def test_generate_writes_photo_and_truth_pairs_deterministically(tmp_path: Path) -> None:
    one = cardgen.generate(tmp_path / "a", 2, seed=9, kinds=["crop"])
    two = cardgen.generate(tmp_path / "b", 2, seed=9, kinds=["crop"])
    assert [p.name for p in one] == [p.name for p in two] == ["001-crop.jpg", "002-crop.jpg"]
    for p, q in zip(one, two, strict=True):
        assert p.read_bytes() == q.read_bytes()
        truth = json.loads(p.with_name(p.stem + ".truth.json").read_text(encoding="utf-8"))
        assert truth["photo"] == p.name
        assert truth["seed"] == cardgen.photo_seed(9, one.index(p))
    other = cardgen.generate(tmp_path / "c", 1, seed=10, kinds=["crop"])
    assert other[0].read_bytes() != one[0].read_bytes()


@pytest.mark.parametrize("orientation", [6, 8, 3])
def test_exif_orientation_is_written_as_claimed(orientation: int) -> None:
    photo = cardgen.make_photo(4, "crop", exif_orientation=orientation)
    data = cardgen.encode(photo)
    img = Image.open(io.BytesIO(data))
    assert img.getexif()[0x0112] == orientation
    h, w = photo.image.shape[:2]
    assert img.size == ((h, w) if orientation in (6, 8) else (w, h))
    shown = np.asarray(ImageOps.exif_transpose(img).convert("RGB"), dtype=float)
    assert shown.shape == photo.image.shape
    # what a viewer shows is the photo the truth describes (JPEG loss aside)
    assert np.abs(shown - photo.image).mean() < 4.0


def test_heic_loads_with_pillow_heif() -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    photo = cardgen.make_photo(8, "crop", fmt="heic")
    data = cardgen.encode(photo)
    assert data[4:12] in (b"ftypheic", b"ftypmif1")
    img = Image.open(io.BytesIO(data))
    assert img.size == (photo.image.shape[1], photo.image.shape[0])
    assert np.abs(np.asarray(img.convert("RGB"), dtype=float) - photo.image).mean() < 5.0


def test_phone_photo_is_date_stamped_on_exif() -> None:
    photo = cardgen.make_photo(12, "crop")
    photo.taken_at = "2026-10-14T19:32:00"
    exif = Image.open(io.BytesIO(cardgen.encode(photo))).getexif()
    assert exif.get_ifd(0x8769)[0x9003] == "2026:10:14 19:32:00"


def test_cli_writes_files_and_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--out", str(tmp_path), "--count", "1", "--seed", "3", "--kinds", "crop", "-q"]
    assert cardgen_main(args) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["001-crop.jpg", "001-crop.truth.json"]
    before = (tmp_path / "001-crop.jpg").read_bytes()
    assert cardgen_main(args) == 2
    assert "exists" in capsys.readouterr().err
    assert cardgen_main([*args, "--force"]) == 0
    assert (tmp_path / "001-crop.jpg").read_bytes() == before
    assert cardgen_main(["--out", str(tmp_path), "--kinds", "nope"]) == 2


def test_stored_pixels_inverts_each_orientation() -> None:
    d = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
    for o in (1, 3, 6, 8):
        img = Image.fromarray(output.stored_pixels(d, o))
        exif = Image.Exif()
        exif[0x0112] = o
        buf = io.BytesIO()
        img.save(buf, "PNG", exif=exif.tobytes())
        shown = ImageOps.exif_transpose(Image.open(io.BytesIO(buf.getvalue())))
        assert np.array_equal(np.asarray(shown), d), o


@pytest.mark.slow
def test_phone_and_multi_photos_are_12_megapixel_scenes() -> None:
    phone = cardgen.make_photo(31, "phone", exif_orientation=1, fmt="jpeg")
    h, w = phone.image.shape[:2]
    assert {w, h} == {4032, 3024}
    (card,) = phone.cards
    _quad_ok(card["quad"], (w, h))
    q = np.array(card["quad"])
    long_side = max(np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[2] - q[1]))
    assert 0.3 * w <= long_side <= 0.85 * w
    assert phone.taken_at is not None
    exif = Image.open(io.BytesIO(cardgen.encode(phone))).getexif()
    assert exif.get_ifd(0x8769)[0x9003] == phone.taken_at.replace("-", ":").replace("T", " ")

    multi = cardgen.make_photo(32, "multi", n_cards=6)
    assert len(multi.cards) == 6
    size = (multi.image.shape[1], multi.image.shape[0])
    quads = [np.array(c["quad"], dtype=np.float32) for c in multi.cards]
    for q in quads:
        _quad_ok(q.tolist(), size)
        assert min(np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[2] - q[1])) >= 500
        assert max(np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[2] - q[1])) >= 880
    for i in range(len(quads)):
        for j in range(i + 1, len(quads)):
            overlap, _ = cv2.intersectConvexConvex(quads[i], quads[j])
            assert overlap < 1.0


def _sample_photos() -> list[Path]:
    return sorted(p for p in SAMPLE_DIR.iterdir() if p.suffix.lower() in PHOTO_EXTS)


def test_committed_sample_set_matches_its_brief() -> None:
    photos = _sample_photos()
    assert 18 <= len(photos) <= 24
    total = sum(p.stat().st_size for p in SAMPLE_DIR.iterdir() if p.is_file())
    assert total < 20 * 1024 * 1024
    truths = []
    for p in photos:
        t = json.loads(p.with_name(p.stem + ".truth.json").read_text(encoding="utf-8"))
        assert t["photo"] == p.name
        for card in t["cards"]:
            _quad_ok(card["quad"], tuple(t["size"]))
            check_contact(card["contact"])
        truths.append(t)
    kinds = [t["kind"] for t in truths]
    assert kinds.count("phone") >= 8 and kinds.count("multi") >= 3
    assert kinds.count("flatbed") >= 2 and kinds.count("crop") >= 2
    assert sum(t["format"] == "heic" for t in truths) >= 2
    assert sum(t["format"] == "png" for t in truths) >= 1
    assert sum(t["exif_orientation"] != 1 for t in truths) >= 2
    cards = [c for t in truths for c in t["cards"]]
    assert sum(c["qr"] for c in cards) >= 3 and sum(c["dark"] for c in cards) >= 2
    assert {c["locale"].split("-")[0] for c in cards} == {"en", "de", "fr", "it", "nl", "sv", "es", "pt"}
    assert all(3 <= len(t["cards"]) <= 6 for t in truths if t["kind"] == "multi")


def test_committed_sample_set_is_what_the_generator_makes() -> None:
    """The documented command rebuilds the committed set: checked on its crops (quick to make). The truth must be
    identical; the pixels nearly so. Bytes are not compared: Pillow, libjpeg and NumPy releases may encode the same
    picture a little differently, and the picture, not its encoding, is what the set promises (byte identity holds
    within one environment: test_generate_writes_photo_and_truth_pairs_deterministically)."""
    from cardgen import vocabulary
    from cardgen.fonts import available_families

    assert sorted(f.name for f in available_families()) == SAMPLE_FONTS
    for index, plan in enumerate(output.SAMPLE_PLAN):
        if plan.kind != "crop":
            continue
        stem = f"{index + 1:03d}-crop"
        with vocabulary.use(None):  # the sample set draws from the whole vocabulary (the tests from its dev half)
            photo = cardgen.make_photo(cardgen.photo_seed(SAMPLE_SEED, index), "crop", **plan.options)
        committed = json.loads((SAMPLE_DIR / f"{stem}.truth.json").read_text(encoding="utf-8"))
        assert photo.truth(committed["photo"]) == committed
        made = np.asarray(Image.open(io.BytesIO(cardgen.encode(photo))).convert("RGB"), dtype=np.int16)
        kept = np.asarray(Image.open(SAMPLE_DIR / committed["photo"]).convert("RGB"), dtype=np.int16)
        assert made.shape == kept.shape
        assert float(np.abs(made - kept).mean()) <= 1.0, stem  # grey levels, averaged over every pixel


def test_tests_never_draw_from_the_evaluation_vocabulary() -> None:
    """The test suite's cards use the development half only; `make bench` the evaluation half (and all fonts)."""
    from cardgen import fonts, styles, vocabulary, words

    assert vocabulary.active() == "dev"
    rng = random.Random(11)
    seen = [make_contact(rng) for _ in range(300)]
    eval_stems = {s for stems in words.STEMS.values() for s in stems if vocabulary.for_evaluation(s)}
    assert eval_stems and not any(stem in (spec.contact["company"] or "") for spec in seen for stem in eval_stems)
    drawn = [styles.random_style(random.Random(i), country="DE", n_lines=8) for i in range(200)]
    assert not {s.layout for s in drawn} & set(vocabulary.EVAL_LAYOUTS)
    assert not {s.body_font.name for s in drawn} & set(vocabulary.EVAL_FAMILIES)
    assert not {s.layout for s in drawn} & set(vocabulary.EVAL_ONLY_LAYOUTS)
    assert not {f.name for s in drawn for f in (s.body_font, s.name_font)} & set(vocabulary.EVAL_ONLY_FAMILIES)
    with vocabulary.use("eval"):
        assert {s.name for s in fonts.text_families()} >= set(vocabulary.EVAL_FAMILIES)
        seen = [make_contact(rng) for _ in range(300)]
    assert any(stem in (spec.contact["company"] or "") for spec in seen for stem in eval_stems)


def test_eval_only_designs_are_drawn_by_the_evaluation_half_only() -> None:
    """The eval-only layouts, fonts and address styles appear neither in the tests' half nor in the sample set's
    whole vocabulary; the evaluation half draws every one of them and marks such cards in their truth."""
    from cardgen import styles, vocabulary

    for part in ("dev", None):
        with vocabulary.use(part):
            drawn = [styles.random_style(random.Random(i), country="GB", n_lines=8) for i in range(300)]
            contacts = [make_contact(random.Random(i), "en-US") for i in range(60)]
        assert not {s.layout for s in drawn} & set(vocabulary.EVAL_ONLY_LAYOUTS)
        assert not {f.name for s in drawn for f in (s.body_font, s.name_font)} & set(vocabulary.EVAL_ONLY_FAMILIES)
        assert not any("Suite" in (c.contact["address"] or {}).get("street", "") for c in contacts)
    with vocabulary.use("eval"):
        drawn = [styles.random_style(random.Random(i), country="GB", n_lines=8) for i in range(300)]
        contacts = [make_contact(random.Random(i), "en-US") for i in range(60)]
        assert {s.layout for s in drawn} >= set(vocabulary.EVAL_ONLY_LAYOUTS)
        assert {s.body_font.name for s in drawn} >= set(vocabulary.EVAL_ONLY_FAMILIES)
        assert any(", Suite " in (c.contact["address"] or {}).get("street", "") for c in contacts)
        for n, layout in enumerate(vocabulary.EVAL_ONLY_LAYOUTS):
            card = cardgen.random_card(40 + n, layout=layout, qr=False, dpi=100)
            assert card.style.layout == layout and card.fits
            assert f"layout:{layout}" in card.truth()["eval_only"]
            assert len(np.unique(np.asarray(card.image).reshape(-1, 3), axis=0)) > 20  # text drawn, not a blank card
