"""The fast plain-value listing gives exactly what the model's own Contact.to_dict() and confidences() give."""

from __future__ import annotations

import json
from pathlib import Path

from test_store_factory import add, random_contacts

from cardscan.model import Address, Phone
from cardscan.store import Library


def test_summaries_equal_the_cards(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as lib:
        contacts = random_contacts(60, seed=21)
        for i in range(0, 60, 3):
            add(lib, f"p{i}", *contacts[i : i + 3], event=f"event {i % 2}", crops=False)
        lib.set_pocket(4, "keep")
        lib.set_note(4, 'a "quoted" note\\ over\ttwo\nlines ✓ \u2028 \x01')
        lib.set_tags(5, ["x", 'y "z"', "ünï"])
        lib.set_follow_up(5, None)
        lib.edit_field(6, "phones", [Phone("+31612345678", "mobile", "06 12345678")])
        lib.edit_field(6, "address", Address(city="Utrecht", country="NL"))
        lib.edit_field(7, "emails", [])
        lib.edit_field(7, "name", None)
        for pocket, event in ((None, None), ("keep", None), (None, "event 1")):
            cards = lib.list_cards(pocket=pocket, event=event)
            summaries = lib.list_summaries(pocket=pocket, event=event)
            assert [s.id for s in summaries] == [c.id for c in cards]
            for s, c in zip(summaries, cards, strict=True):
                assert s.contact == c.contact.to_dict()
                assert s.contact_json == json.dumps(c.contact.to_dict(), ensure_ascii=False)  # same key order too
                assert s.confidence == c.contact.confidences()
                to_dict = c.contact.to_dict()
                assert (s.name, s.company) == (to_dict["name"], to_dict["company"])
                assert s.email == (to_dict["emails"][0] if to_dict["emails"] else None)
                assert s.phone == (to_dict["phones"][0]["number"] if to_dict["phones"] else None)
                line = json.loads(s.json_line())
                assert list(line)[:8] == ["id", "pocket", "event", "note", "follow_up", "tags", "contact",
                                          "confidence"]
                assert line == {"id": c.id, "pocket": str(c.pocket), "event": c.event, "note": c.note,
                                "follow_up": s.follow_up, "tags": c.tags, "contact": to_dict,
                                "confidence": c.contact.confidences(), "duplicates": c.duplicate_of,
                                "met_on": s.met_on, "source": c.source_path, "card": c.card_index,
                                "follow_up_done": None, "keep_warm": None}
                assert (s.pocket, s.note, s.tags, s.event, s.duplicates, s.source, s.card_index) == (
                    str(c.pocket), c.note, c.tags, c.event, c.duplicate_of, c.source_path, c.card_index)
                assert s.follow_up == (c.follow_up.isoformat() if c.follow_up else None)
                assert s.met_on == (c.met_on.isoformat() if c.met_on else None)
