"""What merging two cards of the same person gives (pure: no database).

The kept card's fields win; its empty ones are filled from the other card;
emails, phones, websites and profiles are united; notes are joined (every note
is kept, and the other card's event when it differs: the second meeting is not
forgotten), tags united; the follow-up date is taken from the other card only
where the kept card has none. The pocket is the kept card's: a card waiting for
triage stays waiting (it never silently takes the other card's discard), except
that a keeper merged into a waiting card makes it a keeper (nobody kept is lost).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from cardscan.model import Card, Pocket

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

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
    other_event = bool(other.event) and other.event != keep.event
    if other_event and (other.event or "") in keep.note:
        other_event = False  # said already (merged before)
    if not other_event:
        if not b or b == a or b in a:
            return keep.note
        if not a:
            return other.note
    label = f"card {other.id}, {other.event}" if other.event else f"card {other.id}"
    if other.met_on is not None and not _ISO_DAY.search(label):  # "expo 2026-10-14" says the day already
        label += f", met {other.met_on.isoformat()}"
    return "\n".join(x for x in (keep.note.rstrip(), f"--- {label} ---", b if b not in a else "") if x)


def merge_pocket(keep: Pocket, other: Pocket) -> Pocket:
    """The kept card's pocket; a waiting card merged with a keeper becomes a keeper."""
    return Pocket.KEEP if keep == Pocket.PENDING and other == Pocket.KEEP else keep


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
        pocket=merge_pocket(keep.pocket, other.pocket),
    )
