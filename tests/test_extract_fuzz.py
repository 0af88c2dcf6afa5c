"""Arbitrary input never crashes the extractors, and every confidence stays in [0, 1]."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardscan.extract import extract_contact, merge_qr, parse_qr_payload
from cardscan.model import Contact, OcrLine, OcrPage, OcrWord

# Text like a card's: letters with accents, digits, the punctuation of e-mails, phones, URLs and labels.
_ALPHABET = st.sampled_from(list("abcdeAEIOUéèüöäåñçßøxyzLMTF0123456789 @.,;:+-/()|·•_&'’\"#%©®\t")) | st.characters(
    blacklist_categories=("Cs",))
_TOKENS = st.sampled_from([
    "Tel.", "T", "M", "Fax", "Mobil", "E-Mail:", "www.", "noord.nl", "@", "anna.berg@noord.nl", "+49", "(0)",
    "030", "1234567", "Keizersgracht", "1", "1015", "CJ", "Amsterdam", "Via", "Roma", "(MI)", "Dr.", "van", "den",
    "Berg", "GmbH", "S.r.l.", "linkedin.com/in/", "X:", "@anna", "Stockholm", "111", "51", "SW1A", "1AA", "·", "|",
    "Geschäftsführer", "Head", "of", "Sales", "Deutschland", "MECARD:", "BEGIN:VCARD", "N:", ";", "\\",
])
_WORD_TEXT = st.one_of(st.text(_ALPHABET, min_size=1, max_size=12), _TOKENS)


@st.composite
def ocr_pages(draw: st.DrawFn) -> OcrPage:
    lines = []
    for _ in range(draw(st.integers(0, 14))):
        words = []
        x = draw(st.integers(-5, 400))
        y = draw(st.integers(-5, 600))
        h = draw(st.integers(0, 80))
        for text in draw(st.lists(_WORD_TEXT, min_size=1, max_size=8)):
            w = draw(st.integers(0, 300))
            conf = draw(st.one_of(st.floats(min_value=-0.5, max_value=1.5), st.just(float("nan"))))
            words.append(OcrWord(text, conf, (x, y + draw(st.integers(-3, 3)), w, h + draw(st.integers(-2, 40)))))
            x += w + draw(st.integers(-10, 120))
        lines.append(OcrLine(tuple(words), (words[0].box[0], y, max(1, x - words[0].box[0]), h)))
    return OcrPage(tuple(lines))


def _check(contact: Contact) -> None:
    contact.to_dict()
    for key, value in contact.confidences().items():
        assert 0.0 <= value <= 1.0, key
    for name in ("name", "prefix", "given_name", "middle_name", "family_name", "suffix", "title", "department",
                 "company", "address"):
        f = getattr(contact, name)
        if f is not None:
            assert 0.0 <= f.confidence <= 1.0
            assert isinstance(f.source, str)
    for f in contact.emails + contact.phones + contact.websites + contact.social:
        assert 0.0 <= f.confidence <= 1.0
    for p in contact.phones:
        assert p.value.number.startswith("+") and p.value.type in ("work", "mobile", "fax", "home", "other")
    for w in contact.websites:
        assert w.value.startswith("https://")


@settings(max_examples=70, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ocr_pages(), st.sampled_from([None, "NL", "DE", "us", "ZZ"]))
def test_any_ocr_page(page: OcrPage, region: str | None) -> None:
    _check(extract_contact(page, default_region=region))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["", "BEGIN:VCARD\r\nVERSION:3.0\r\n", "BEGIN:VCARD\nVERSION:2.1\n", "MECARD:", "BIZCARD:",
                        "https://"]),
       st.lists(st.one_of(st.text(_ALPHABET, max_size=40), _TOKENS.map(lambda t: t + ":")), max_size=12))
def test_any_qr_payload(prefix: str, parts: list[str]) -> None:
    joiner = "\r\n" if prefix.startswith("BEGIN") else ";"
    contact = parse_qr_payload(prefix + joiner.join(parts))
    if contact is not None:
        _check(contact)
        for f in contact.emails + contact.phones + contact.websites + contact.social:
            assert f.source == "qr"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ocr_pages(), ocr_pages())
def test_any_merge(a: OcrPage, b: OcrPage) -> None:
    _check(merge_qr(extract_contact(a), extract_contact(b)))
