"""Cards as plain data, fast: what `cardscan list` prints for 10,000 cards in well under half a second.

`list_cards` builds a full `Card` (dataclasses for every field). Listing a
whole library needs only the scan contract's plain values, so each card also
stores its contact as `Contact.to_dict()` JSON and its `confidences()` JSON,
written with every change of the contact; a listing reads them as text and
never parses the full contact. `tests/test_store_summaries.py` holds them equal
to what the model itself gives.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

from cardscan.model import CONFIDENCE_FIELDS, SCALAR_FIELDS

ADDRESS_KEYS = ("street", "postcode", "city", "region", "country")


def plain_contact(stored: dict[str, Any]) -> dict[str, Any]:
    """Stored contact JSON (Contact.to_json form) -> the Contact.to_dict() form."""
    def values(k: str) -> list[Any]:
        return [x["value"] for x in stored.get(k) or ()]

    out: dict[str, Any] = {k: (stored[k]["value"] if stored.get(k) else None) for k in SCALAR_FIELDS}
    out["emails"] = values("emails")
    out["phones"] = [{"number": v["number"], "type": v["type"], "text": v["text"]} for v in values("phones")]
    out["websites"] = values("websites")
    out["social"] = [{"service": v["service"], "url": v["url"]} for v in values("social")]
    address = stored.get("address")
    out["address"] = {k: address["value"].get(k) for k in ADDRESS_KEYS} if address else None
    return out


def plain_confidences(stored: dict[str, Any]) -> dict[str, float]:
    """Stored contact JSON -> the Contact.confidences() form."""
    out: dict[str, float] = {}
    for k in CONFIDENCE_FIELDS:
        f = stored.get(k)
        if isinstance(f, list):
            if f:
                out[k] = round(min(float(x["confidence"]) for x in f), 3)
        elif f is not None:
            out[k] = round(float(f["confidence"]), 3)
    return out


DERIVED_COLUMNS = ("name", "company", "email", "phone", "plain", "confidence")


def derived_columns(stored: dict[str, Any]) -> tuple[str | None, str | None, str | None, str | None, str, str]:
    """The values of DERIVED_COLUMNS for a card whose contact JSON is `stored`."""
    plain = plain_contact(stored)
    return (
        plain["name"], plain["company"], plain["emails"][0] if plain["emails"] else None,
        plain["phones"][0]["number"] if plain["phones"] else None,
        json.dumps(plain, ensure_ascii=False), json.dumps(plain_confidences(stored), ensure_ascii=False),
    )


@dataclass(frozen=True, slots=True)
class CardSummary:
    id: int
    pocket: str
    event: str | None
    note: str
    follow_up: str | None  # YYYY-MM-DD
    tags: list[str]
    duplicates: list[int]
    met_on: str | None
    source: str
    card_index: int
    name: str | None
    company: str | None
    email: str | None  # the first one
    phone: str | None  # the first one, E.164
    contact_json: str  # Contact.to_dict() as JSON text
    confidence_json: str  # Contact.confidences() as JSON text
    follow_up_done: str | None = None  # YYYY-MM-DD: the follow-up was done that day
    keep_warm: str | None = None  # weekly, monthly, quarterly

    @property
    def contact(self) -> dict[str, Any]:
        return dict(json.loads(self.contact_json))

    @property
    def confidence(self) -> dict[str, float]:
        return dict(json.loads(self.confidence_json))

    def json_line(self) -> str:
        """The card as a line of `cardscan list --json` (no newline): id, pocket, event, note, follow_up, tags,
        contact, confidence, duplicates, met_on, source, card, follow_up_done, keep_warm. Built as text: the
        contact is stored as JSON."""
        return (
            f'{{"id": {self.id}, "pocket": {_s(self.pocket)}, "event": {_s(self.event)}, "note": {_s(self.note)}, '
            f'"follow_up": {_s(self.follow_up)}, "tags": [{", ".join(map(_s, self.tags))}], '
            f'"contact": {self.contact_json}, "confidence": {self.confidence_json}, '
            f'"duplicates": [{", ".join(map(str, self.duplicates))}], "met_on": {_s(self.met_on)}, '
            f'"source": {_s(self.source)}, "card": {self.card_index}, "follow_up_done": {_s(self.follow_up_done)}, '
            f'"keep_warm": {_s(self.keep_warm)}}}'
        )


def _s(text: str | None) -> str:
    """A JSON string (as json.dumps(text, ensure_ascii=False) writes it), or null."""
    return "null" if text is None else encode_basestring(text)


SUMMARY_COLUMNS = (
    "c.id, c.pocket, c.event, c.note, c.follow_up, c.met_on, p.source_path, c.card_index, c.name, c.company, "
    "c.email, c.phone, c.plain, c.confidence, c.follow_up_done, c.keep_warm"
)


def select_summaries(conn: sqlite3.Connection, where: str, params: list[Any], order: str) -> list[tuple[Any, ...]]:
    return conn.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM cards c JOIN photos p ON p.id = c.photo_id {where} ORDER BY {order}", params
    ).fetchall()


def summary_from_row(row: tuple[Any, ...], tags: list[str], duplicates: list[int]) -> CardSummary:
    return CardSummary(row[0], row[1], row[2], row[3], row[4], tags, duplicates, row[5], row[6], row[7], row[8],
                       row[9], row[10], row[11], row[12], row[13], row[14], row[15])
