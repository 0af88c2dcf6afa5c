"""Synthetic cards for the library tests (no tests here; imported by tests/test_store_*.py and test_cli_library.py).

Contacts come from the card generator (tools/cardgen): plausible, random, never a real person.
"""

from __future__ import annotations

import hashlib
import io
import random
from datetime import datetime
from typing import Any

from cardgen.contacts import make_contact
from PIL import Image

from cardscan.model import Address, Card, Contact, Field, Phone, SocialProfile
from cardscan.store import Library


def contact_from_dict(d: dict[str, Any], rng: random.Random | None = None) -> Contact:
    """A scan-contract contact object -> Contact with plausible confidences and sources."""
    rng = rng or random.Random(0)

    def conf() -> float:
        return round(rng.uniform(0.55, 0.99), 3)

    c = Contact()
    for k in ("name", "prefix", "given_name", "middle_name", "family_name", "suffix", "title", "department",
              "company"):
        if d.get(k):
            setattr(c, k, Field(d[k], conf(), d[k] if k in ("name", "title", "department", "company") else d["name"]))
    c.emails = [Field(e, conf(), e) for e in d.get("emails", [])]
    c.phones = [Field(Phone(p["number"], p["type"], p.get("text", "")), conf(), p.get("text", ""))
                for p in d.get("phones", [])]
    c.websites = [Field(w, conf(), w) for w in d.get("websites", [])]
    c.social = [Field(SocialProfile(s["service"], s["url"]), conf(), s["url"]) for s in d.get("social", [])]
    if d.get("address"):
        a = d["address"]
        c.address = Field(Address(**a), conf(), " ".join(x for x in a.values() if x))
    return c


def person(name: str, *, company: str | None = None, emails: tuple[str, ...] = (), phones: tuple[str, ...] = (),
           given: str | None = None, family: str | None = None, country: str | None = None) -> Contact:
    """A hand-made contact: for the cases a test is about."""
    d: dict[str, Any] = {"name": name, "given_name": given, "family_name": family, "company": company,
                         "emails": list(emails), "phones": [{"number": p, "type": "work", "text": p} for p in phones]}
    if country:
        d["address"] = {"street": None, "postcode": None, "city": None, "region": None, "country": country}
    return contact_from_dict(d)


def random_contacts(n: int, seed: int = 1) -> list[Contact]:
    rng = random.Random(seed)
    return [contact_from_dict(make_contact(rng).contact, rng) for _ in range(n)]


def jpeg(seed: int, size: tuple[int, int] = (48, 30)) -> bytes:
    """A small JPEG with distinct bytes per seed (stands for a card crop)."""
    img = Image.frombytes("RGB", size, random.Random(seed).randbytes(size[0] * size[1] * 3))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def photo_sha(label: str) -> str:
    return hashlib.sha256(label.encode()).hexdigest()


def add(lib: Library, label: str, *contacts: Contact, event: str | None = "expo 2026-10-14",
        taken_at: datetime | None = datetime(2026, 10, 14, 9, 30), crops: bool = True) -> list[int]:
    """Store a photo named `label` holding `contacts` (no photo file kept; crops=False: no card images either)."""
    cards = [(Card(contact=c, card_index=i, quad=[(0, 0), (100, 0), (100, 60), (0, 60)], text=c.display_name()),
              jpeg(int(photo_sha(f"{label}/{i}")[:8], 16)) if crops else b"") for i, c in enumerate(contacts)]
    return lib.add_photo(sha256=photo_sha(label), source_path=f"photos/{label}.jpg", photo_path=None,
                         taken_at=taken_at, event=event, cards=cards)
