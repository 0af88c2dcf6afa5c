"""What merging two cards of the same person gives (pure: no database).

The kept card's fields win; its empty ones are filled from the other card;
emails, phones, websites and profiles are united; notes are joined (every note
is kept), tags united; the follow-up date and the pocket are taken from the
other card only where the kept card has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cardscan.model import Card, Pocket

NAME_PARTS = ("name", "prefix", "given_name", "middle_name", "family_name", "suffix")
FILLED_FIELDS = ("title", "department", "company", "address")
UNITED_FIELDS = ("emails", "phones", "websites", "social")


@dataclass(frozen=True)
class MergeResult:
    fields: dict[str, Any]  # contact field -> new JSON value (Contact.to_json form), only those that change
    note: str
    tags: list[str]
    follow_up: date | None
    pocket: Pocket


def _item_key(field: str, item: dict[str, Any]) -> str:
    value = item["value"]
    if field == "phones":
        return str(value["number"])
    if field == "social":
        return str(value["url"]).casefold().rstrip("/")
    return str(value).casefold().rstrip("/")


def merge_note(keep: Card, other: Card) -> str:
    a, b = keep.note.strip(), other.note.strip()
    if not b or b == a or b in a:
        return keep.note
    if not a:
        return other.note
    label = f"card {other.id}, {other.event}" if other.event else f"card {other.id}"
    return f"{keep.note.rstrip()}\n--- {label} ---\n{b}"


def merge_tags(keep: list[str], other: list[str]) -> list[str]:
    seen = {t.casefold() for t in keep}
    out = list(keep)
    for t in other:
        if t.casefold() not in seen:
            seen.add(t.casefold())
            out.append(t)
    return out


def merge_cards(keep: Card, other: Card) -> MergeResult:
    a, b = keep.contact.to_json(), other.contact.to_json()
    fields: dict[str, Any] = {}
    if not any(a.get(k) for k in ("name", "given_name", "family_name")):
        # The name parts belong together: take them all from the other card, or none.
        fields.update({k: b[k] for k in NAME_PARTS if b.get(k)})
    for k in FILLED_FIELDS:
        if not a.get(k) and b.get(k):
            fields[k] = b[k]
    for k in UNITED_FIELDS:
        mine = list(a.get(k, []))
        seen = {_item_key(k, x) for x in mine}
        added = []
        for x in b.get(k, []):
            if _item_key(k, x) not in seen:
                seen.add(_item_key(k, x))
                added.append(x)
        if added:
            fields[k] = mine + added
    return MergeResult(
        fields=fields,
        note=merge_note(keep, other),
        tags=merge_tags(keep.tags, other.tags),
        follow_up=keep.follow_up or other.follow_up,
        pocket=keep.pocket if keep.pocket != Pocket.PENDING else other.pocket,
    )
