"""`cardscan show ID`: one card with every field, its confidence and where it came from."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from cardscan.commands import card_id
from cardscan.commands.output import write_stdout, writing_stdout
from cardscan.display import json_line, safe_text
from cardscan.model import SCALAR_FIELDS, SOURCE_QR, SOURCE_USER, Address, Card, Contact, Field, Phone, SocialProfile

if TYPE_CHECKING:
    from cardscan.followthrough.journal import Entry


if TYPE_CHECKING:
    from cardscan.store import PhotoInfo

LABELS = {
    "name": "Name", "prefix": "  prefix", "given_name": "  given", "middle_name": "  middle", "family_name": "  family",
    "suffix": "  suffix", "title": "Title", "department": "Department", "company": "Company", "emails": "Email",
    "phones": "Phone", "websites": "Website", "social": "Profile", "address": "Address",
}
WIDTH = 12
LOW_CONFIDENCE = 0.6  # fields below this are shown in yellow: worth a look


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=card_id, metavar="ID", help="the card's id (see cardscan list)")
    p.add_argument("--json", action="store_true",
                   help="one JSON object: as a line of `list --json`, plus each field's confidence and source, the "
                   "contact as scanned, the photo and the card image")


def format_value(value: Any) -> str:
    if isinstance(value, Phone):
        return f"{value.number} ({value.type})"
    if isinstance(value, SocialProfile):
        return f"{value.url} ({value.service})"
    if isinstance(value, Address):
        city = " ".join(x for x in (value.postcode, value.city) if x)
        return ", ".join(x for x in (value.street, city, value.region, value.country) if x)
    return str(value)


def format_source(f: Field[Any]) -> str:
    if f.source == SOURCE_USER:
        return "edited by you"
    where = "QR code" if f.source == SOURCE_QR else f"read: {' '.join(f.source.split())!r}" if f.source else "read"
    if isinstance(f.value, Phone) and f.value.text and f.source != SOURCE_QR:
        where = f"printed: {f.value.text!r}"
    return f"{f.confidence:.2f}, {where}" + (f"; doubt: {f.doubt}" if f.doubt else "")


def _fields(contact: Contact) -> list[tuple[str, Field[Any]]]:
    out: list[tuple[str, Field[Any]]] = []
    for k in (*SCALAR_FIELDS, "emails", "phones", "websites", "social", "address"):
        out += [(k, f) for f in contact.fields(k)]
    return out


def card_lines(card: Card, original: Contact, others: dict[int, Card], photo: PhotoInfo,
               merged_into: int | None) -> list[tuple[str, str]]:
    """(text, style) lines of the card, for the terminal and for plain output alike."""
    lines: list[tuple[str, str]] = []
    head = f"Card {card.id}: {card.contact.display_name() or '(no name)'}  [{card.pocket}]"
    lines.append((head, "bold"))
    if merged_into is not None:
        lines.append((f"Merged into card {merged_into} (hidden from lists)", "magenta"))
    now, before = card.contact.to_json(), original.to_json()
    fields = _fields(card.contact)
    for k in LABELS:
        mine = [f for key, f in fields if key == k]
        for i, f in enumerate(mine):
            label = LABELS[k] if i == 0 else ""
            style = "" if f.confidence >= LOW_CONFIDENCE else "yellow"
            lines.append((f"{label:<{WIDTH}} {format_value(f.value)}   ({format_source(f)})", style))
        if json.dumps(now.get(k) or None, sort_keys=True) != json.dumps(before.get(k) or None, sort_keys=True):
            old = [format_value(f.value) for key, f in _fields(original) if key == k]
            label = "" if mine else LABELS[k]
            lines.append((f"{label:<{WIDTH}} as scanned: {'; '.join(old) or '(empty)'}", "dim"))
    if not fields:
        lines.append(("(no contact fields were read)", "dim"))
    lines.append(("", ""))
    lines.append((f"{'Pocket':<{WIDTH}} {card.pocket}", ""))
    follow_up = card.follow_up.isoformat() if card.follow_up else "-"
    if card.follow_up_done is not None:
        follow_up += f" (done {card.follow_up_done.isoformat()})"
    lines.append((f"{'Follow-up':<{WIDTH}} {follow_up}", ""))
    lines.append((f"{'Keep warm':<{WIDTH}} {card.keep_warm or 'off'}", ""))
    lines.append((f"{'Tags':<{WIDTH}} {', '.join(card.tags) or '-'}", ""))
    lines.append((f"{'Event':<{WIDTH}} {card.event or '-'}", ""))
    lines.append((f"{'Met on':<{WIDTH}} {card.met_on.isoformat() if card.met_on else '-'}", ""))
    if card.note:
        for i, note_line in enumerate(card.note.split("\n")):  # one (text, style) per line: each escaped alone
            lines.append((f"{'Note' if i == 0 else '':<{WIDTH}} {note_line}", ""))
    else:
        lines.append((f"{'Note':<{WIDTH}} -", ""))
    for dup_id in card.duplicate_of:
        other = others.get(dup_id)
        who = ", ".join(x for x in (other.contact.display_name(), other.contact.value("company")) if x) if other else ""
        lines.append((f"{'Duplicate?':<{WIDTH}} card {dup_id}: {who}  (cardscan merge {card.id} {dup_id})", "magenta"))
    lines.append((f"{'Photo':<{WIDTH}} {card.source_path} (card {card.card_index + 1})", ""))
    if photo.stored_path is not None:
        lines.append((f"{'':<{WIDTH}} kept as {photo.stored_path}", "dim"))
    if card.crop_path:
        lines.append((f"{'Card image':<{WIDTH}} {card.crop_path}", ""))
    return lines


def timeline_lines(timeline: list[Entry]) -> list[tuple[str, str]]:
    """The contact's own journal, oldest first: the end of `cardscan show`."""
    lines: list[tuple[str, str]] = [("", ""), ("Timeline", "bold")]
    if not timeline:
        lines.append(("  (nothing yet)", "dim"))
    for e in timeline:
        lines.append((f"  {e.day.isoformat()}  {e.line(with_name=False)}", ""))
    return lines


def card_json(card: Card) -> dict[str, Any]:
    """The card as a line of `cardscan list --json`."""
    return {
        "id": card.id,
        "pocket": str(card.pocket),
        "event": card.event,
        "note": card.note,
        "follow_up": card.follow_up.isoformat() if card.follow_up else None,
        "tags": card.tags,
        "contact": card.contact.to_dict(),
        "confidence": card.contact.confidences(),
        "duplicates": card.duplicate_of,
        "met_on": card.met_on.isoformat() if card.met_on else None,
        "source": card.source_path,
        "card": card.card_index,
        "follow_up_done": card.follow_up_done.isoformat() if card.follow_up_done else None,
        "keep_warm": card.keep_warm,
    }


def run(args: argparse.Namespace) -> int:
    from cardscan.followthrough.journal import entries
    from cardscan.store import Library

    with Library.open(args.library, create=False) as lib:
        card = lib.get_card(args.id)
        original = lib.original_contact(args.id)
        photo = lib.photo_of(args.id)
        merged_into = lib.merged_into(args.id)
        others = {i: lib.get_card(i) for i in card.duplicate_of}
        timeline = entries(lib, card_id=args.id)
    out = sys.stdout
    if args.json:
        data = card_json(card)
        data.update({
            "fields": card.contact.to_json(),
            "original": original.to_dict(),
            "qr": card.qr,
            "text": card.text,
            "photo": str(photo.stored_path) if photo.stored_path else None,
            "crop": card.crop_path,
            "merged_into": merged_into,
            "timeline": [e.to_json() for e in timeline],
        })
        write_stdout(json_line(data) + "\n")
        return 0
    lines = [(safe_text(text), style) for text, style in
             card_lines(card, original, others, photo, merged_into) + timeline_lines(timeline)]
    if out.isatty():
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False)
        with writing_stdout():
            for text, style in lines:
                console.print(Text(text, style=style))
    else:
        write_stdout("\n".join(text for text, _ in lines) + "\n")
    return 0
