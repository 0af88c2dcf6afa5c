"""`cardscan set ID FIELD=VALUE...`: change a card's contact fields, pocket, note, tags or follow-up date.

All assignments are checked first and then applied together (one transaction,
one undo step). Contact edits are stored as edits: `cardscan show` still shows
what was scanned.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from typing import Any

from cardscan.commands import card_id
from cardscan.dates import DATE_HELP, before_meeting, default_follow_up, parse_day
from cardscan.errors import UsageError
from cardscan.model import KEEP_WARM_CADENCES, SCALAR_FIELDS, Address, Card, Pocket
from cardscan.store.editing import (
    ADDRESS_PARTS,
    NAME_PARTS,
    name_part_values,
    normal_tags,
    parse_country,
    parse_list,
)

ALIASES = {
    "email": "emails", "phone": "phones", "website": "websites", "profile": "social", "profiles": "social",
    "tag": "tags", "followup": "follow_up", "follow-up": "follow_up", "zip": "postcode", "postal_code": "postcode",
    "keepwarm": "keep_warm", "keep-warm": "keep_warm",
}
LIST_FIELDS = ("emails", "phones", "websites", "social")
CARD_FIELDS = ("pocket", "note", "follow_up", "tags", "keep_warm")
APPENDABLE = (*LIST_FIELDS, "note", "tags")
ALL_FIELDS = (*SCALAR_FIELDS, *LIST_FIELDS, "address", *ADDRESS_PARTS, *CARD_FIELDS)

HELP = f"""\
FIELD=VALUE sets a field, FIELD+=VALUE adds to it (lists, tags, note), FIELD= clears it.
Fields: {", ".join(SCALAR_FIELDS)};
  email(s), phone(s), website(s), social: comma-separated lists; a phone may start with its type
    (mobile:+49 171 1234567), numbers without +country code are read in the card's country;
    social items are URLs (linkedin.com/in/...) or SERVICE:URL;
  street, postcode, city, region, country (two letters), or address= to clear the address;
  name= also sets the name parts (prefix, given_name, ...) unless they are set too;
  pocket (keep, discard, pending; a keeper with no follow-up gets the triage default: three days
    after the meeting, tomorrow when that is past), note (\\n for a new line),
  follow_up: {DATE_HELP}, or none;
  tags (comma-separated), keep_warm (weekly, monthly, quarterly or off: how often to call; see cardscan calls).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = HELP
    p.add_argument("id", type=card_id, metavar="ID", help="the card's id (see cardscan list)")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE", help="what to change (see below)")


def parse_assignment(text: str) -> tuple[str, bool, str]:
    """"note+=met at booth" -> ("note", True, "met at booth")."""
    key, sep, value = text.partition("=")
    if not sep:
        raise UsageError(f"{text!r}: write FIELD=VALUE", hint="cardscan set --help lists the fields")
    append = key.endswith("+")
    key = key.removesuffix("+").strip().lower().replace(" ", "_")
    key = ALIASES.get(key, key)
    if key not in ALL_FIELDS:
        raise UsageError(f"{key!r} is not a field of a card", hint=f"fields: {', '.join(ALL_FIELDS)}")
    if append and key not in APPENDABLE:
        raise UsageError(f"{key}: += adds to lists, tags and the note only; write {key}=VALUE")
    return key, append, value


def _split(value: str) -> list[str]:
    return [x.strip() for x in value.split(",") if x.strip()]


def _item_key(value: Any) -> str:
    return str(getattr(value, "number", None) or getattr(value, "url", None) or value)


def parse_date(value: str, today: date) -> date | None:
    """The follow-up day typed (the triage app's parser: the same forms, the same message); None for none."""
    try:
        return parse_day(value, today)
    except ValueError as exc:
        raise UsageError(f"follow_up: {exc}") from None


def parse_cadence(value: str) -> str | None:
    cadence = value.strip().lower()
    if cadence in ("", "off", "none", "-", "no"):
        return None
    if cadence not in KEEP_WARM_CADENCES:
        raise UsageError(f"keep_warm {value!r}: one of {', '.join(KEEP_WARM_CADENCES)} or off")
    return cadence


def plan_changes(card: Card, assignments: list[str], today: date | None = None,
                 follow_up_days: int = 3) -> dict[str, Any]:
    """What to change: field name -> new value (in the form Library's setters take). Raises UsageError.
    A card kept with no follow-up date gets the default one, as in triage."""
    today = today or date.today()
    plan: dict[str, Any] = {}
    contact = card.contact
    address = contact.address.value if contact.address is not None else Address()
    address_touched = False
    for text in assignments:
        key, append, value = parse_assignment(text)
        try:
            if key in SCALAR_FIELDS:
                plan[key] = value
            elif key in LIST_FIELDS:
                items = parse_list(key, _split(value), contact)
                if append:
                    base = plan.get(key, [f.value for f in getattr(contact, key)])
                    items = base + [x for x in items if _item_key(x) not in {_item_key(b) for b in base}]
                plan[key] = items
            elif key in ADDRESS_PARTS:
                part = parse_country(value) if key == "country" and value.strip() else " ".join(value.split())
                address = replace(address, **{key: part or None})
                address_touched = True
            elif key == "address":
                if value.strip():
                    raise UsageError("address: set its parts (street=, postcode=, city=, region=, country=); "
                                     "address= clears it")
                address, address_touched = Address(), True
            elif key == "pocket":
                plan["pocket"] = Pocket(value.strip().lower())
            elif key == "note":
                text_value = value.replace("\\n", "\n")
                base = plan.get("note", card.note)
                plan["note"] = (base.rstrip("\n") + "\n" + text_value if base else text_value) if append else text_value
            elif key == "follow_up":
                plan["follow_up"] = parse_date(value, today)
            elif key == "keep_warm":
                plan["keep_warm"] = parse_cadence(value)
            elif key == "tags":
                tags = _split(value)
                plan["tags"] = normal_tags(plan.get("tags", card.tags) + tags if append else tags)
        except ValueError as exc:
            if key == "pocket":
                raise UsageError(f"pocket {value!r}: one of keep, discard, pending") from None
            raise UsageError(str(exc)) from None
    if address_touched:
        plan["address"] = None if address.is_empty() else address
    if plan.get("pocket") == Pocket.KEEP and "follow_up" not in plan and card.follow_up is None:
        plan["follow_up"] = default_follow_up(card.met_on, today, follow_up_days)
    if "name" in plan and not any(k in plan for k in NAME_PARTS):
        # A new full name brings its parts along (the vCard's N field is built from them).
        plan.update(name_part_values(plan["name"]))
    return plan


def _follow_up_days() -> int:
    """[triage] follow_up_days of config.toml (the default when the file is missing or wrong: `triage` reports
    what is wrong with it)."""
    from cardscan.errors import CardscanError
    from cardscan.tui.config import DEFAULT_FOLLOW_UP_DAYS, load_config

    try:
        return load_config().follow_up_days
    except CardscanError:
        return DEFAULT_FOLLOW_UP_DAYS


def run(args: argparse.Namespace) -> int:
    from cardscan.store import Library
    from cardscan.store.followthrough import set_keep_warm

    with Library.open(args.library, create=False) as lib:
        card = lib.get_card(args.id)
        into = lib.merged_into(args.id)
        if into is not None:
            raise UsageError(f"card {args.id} was merged into card {into}", hint=f"change card {into} instead")
        plan = plan_changes(card, args.assignments, follow_up_days=_follow_up_days())
        warning = before_meeting(plan.get("follow_up"), card.met_on)
        if warning:
            sys.stderr.write(f"cardscan: card {args.id}: warning: follow-up {warning}\n")
        with lib.batch():
            for key, value in plan.items():
                if key == "pocket":
                    lib.set_pocket(args.id, value)
                elif key == "note":
                    lib.set_note(args.id, value)
                elif key == "follow_up":
                    lib.set_follow_up(args.id, value)
                elif key == "tags":
                    lib.set_tags(args.id, value)
                elif key == "keep_warm":
                    set_keep_warm(lib, args.id, value)
                else:
                    lib.edit_field(args.id, key, value)
        changed = sorted({c.field or c.kind for c in lib.history(session=lib.session_id)})
    if changed:
        sys.stderr.write(f"cardscan: card {args.id}: changed {', '.join(changed)}\n")
    else:
        sys.stderr.write(f"cardscan: card {args.id}: nothing to change (the values were already so)\n")
    return 0
