"""Cards for the export tests: the awkward fixtures, and hypothesis strategies for hostile contacts."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from cardscan.model import Address, Card, Contact, Field, Phone, Pocket, SocialProfile

FIXTURES = Path(__file__).parent / "fixtures" / "export"
AWKWARD = FIXTURES / "awkward"
GOLDEN = FIXTURES / "golden"


def card_from_json(data: dict[str, Any]) -> Card:
    """A card from a fixture: the contact in Contact.to_json form plus the card's own fields."""
    return Card(
        contact=Contact.from_json(data["contact"]),
        id=data.get("id"),
        pocket=Pocket(data.get("pocket", "pending")),
        note=data.get("note", ""),
        follow_up=date.fromisoformat(data["follow_up"]) if data.get("follow_up") else None,
        tags=list(data.get("tags", [])),
        event=data.get("event"),
        met_on=date.fromisoformat(data["met_on"]) if data.get("met_on") else None,
        source_path=data.get("source_path", ""),
        card_index=data.get("card_index", 0),
        created_at=datetime.fromisoformat(data["created_at"]) if data.get("created_at") else None,
    )


def awkward_cards() -> list[Card]:
    return [card_from_json(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(AWKWARD.glob("*.json"))]


# --- hypothesis: contacts with hostile text ------------------------------------------------------------------

HOSTILE_PIECES = [
    "\n", "\r\n", "\r", ";", ",", "\\", ":", '"', "'", "\\n", "\\;", "\t", "=", "+", "-", "@", " ", "  ",
    "😀", "👩‍👩‍👧", "🇳🇱", "👍🏽", "é", "ß", "Å", "ł", "ǅ", "\u0301", "שלום", "مرحبا", "\u200f", "\u200e", "漢字",
    "=HYPERLINK(\"http://x\")", "@SUM(A1)", "-2+3", "+cmd", "\u2028", "\x85", "<b>", "&amp;", "%s", "{}",
    "\x00", "\x1b",
]  # fmt: skip
_chars = st.characters(codec="utf-8", exclude_categories=("Cs",))
_pieces = st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(_chars, max_size=8))
hostile_text = st.lists(_pieces, max_size=8).map("".join)
maybe_text = st.one_of(st.none(), st.just(""), hostile_text)
# Notes of about 2,000 characters: hostile text repeated (cheap to generate and to shrink).
long_notes = st.builds(
    lambda text, n: ((text + " Wort, mot; word\n") * (n // 16 + 1))[:n],
    hostile_text,
    st.integers(min_value=1900, max_value=2100),
)
e164 = st.integers(min_value=10_000_000, max_value=999_999_999_999).map(lambda n: f"+{n}")
phone_numbers = st.one_of(e164, st.sampled_from(["+31 (0)20-123 4567", "020 123 4567", "+1 212-555-0100 ext. 5"]))
urls = st.builds(
    lambda host, path: f"https://{host}.example/{path}",
    st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
    st.text(st.sampled_from("abcXYZ019-_.~%/?=&,;:@!$'()*+éß😀"), max_size=30),
)
dates = st.one_of(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.dates())


def _field(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Field[Any] | None]:
    return strategy.map(lambda v: None if v is None else Field(v))


contacts = st.builds(
    Contact,
    name=_field(maybe_text),
    prefix=_field(maybe_text),
    given_name=_field(maybe_text),
    middle_name=_field(maybe_text),
    family_name=_field(maybe_text),
    suffix=_field(maybe_text),
    title=_field(maybe_text),
    department=_field(maybe_text),
    company=_field(maybe_text),
    emails=st.lists(st.one_of(hostile_text, st.emails()).map(Field), max_size=4),
    phones=st.lists(
        st.builds(Phone, number=phone_numbers, type=st.sampled_from(["work", "mobile", "fax", "home", "other"]),
                  text=hostile_text).map(Field),
        max_size=5,
    ),
    websites=st.lists(urls.map(Field), max_size=3),
    social=st.lists(
        st.builds(SocialProfile, service=st.sampled_from(["linkedin", "x", "xing", "github", "instagram", "mastodon"]),
                  url=urls).map(Field),
        max_size=3,
    ),
    address=st.one_of(
        st.none(),
        st.builds(Address, street=maybe_text, postcode=maybe_text, city=maybe_text, region=maybe_text,
                  country=st.one_of(st.sampled_from(["NL", "SE", "DE", "US", "ZZ", "nl"]), maybe_text)).map(Field),
    ),
)
cards = st.builds(
    Card,
    contact=contacts,
    id=st.one_of(st.none(), st.integers(min_value=1, max_value=10**9)),
    pocket=st.sampled_from(list(Pocket)),
    note=st.one_of(hostile_text, long_notes, st.just("")),
    follow_up=st.one_of(st.none(), dates),
    tags=st.lists(hostile_text, max_size=4),
    event=maybe_text,
    met_on=st.one_of(st.none(), dates),
)
