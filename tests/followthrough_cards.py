"""Synthetic contacts in the eight card languages for the follow-through tests (drafts, calls, introductions,
journal, QR). Invented people and companies (example domains); no real person's data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from test_store_factory import add, contact_from_dict

from cardscan.model import Contact
from cardscan.store import Library

MET = datetime(2026, 10, 14, 19, 30)
EVENT = "expo 2026-10-14"


def contact(name: str, *, given: str, family: str, title: str | None, company: str, email: str | None,
            phone: str, city: str, country: str, prefix: str | None = None) -> Contact:
    d: dict[str, Any] = {
        "name": name, "prefix": prefix, "given_name": given, "family_name": family, "title": title,
        "company": company, "emails": [email] if email else [],
        "phones": [{"number": phone, "type": "work", "text": phone}],
        "address": {"street": None, "postcode": None, "city": city, "region": None, "country": country},
    }
    return contact_from_dict(d)


# language -> (contact, the greeting its draft must open with, the date as that language writes it)
PEOPLE: dict[str, tuple[Contact, str, str]] = {
    "en": (contact("Oliver Hartley", given="Oliver", family="Hartley", title="Sales Director",
                   company="Brightwell Ltd", email="oliver@brightwell.example", phone="+441134960000", city="Leeds",
                   country="GB"), "Dear Oliver,", "14 October 2026"),
    "de": (contact("Dr. Katrin Vogel", prefix="Dr.", given="Katrin", family="Vogel", title="Projektleiterin",
                   company="Vogel Technik GmbH", email="k.vogel@vogel-technik.example", phone="+49711123456",
                   city="Stuttgart", country="DE"), "Sehr geehrte Frau Dr. Vogel,", "14. Oktober 2026"),
    "fr": (contact("Claire Fontaine", given="Claire", family="Fontaine", title="Directrice des achats",
                   company="Atelier Fontaine SARL", email="claire@fontaine.example", phone="+33478123456",
                   city="Lyon", country="FR"), "Bonjour Madame Fontaine,", "14 octobre 2026"),
    "it": (contact("Marco Bellini", given="Marco", family="Bellini", title="Direttore commerciale",
                   company="Bellini Costruzioni S.r.l.", email="m.bellini@bellini.example", phone="+39011123456",
                   city="Torino", country="IT"), "Gentile Marco Bellini,", "14 ottobre 2026"),
    "nl": (contact("Sanne Visser", given="Sanne", family="Visser", title="Projectmanager",
                   company="Visser Advies B.V.", email="sanne@visser.example", phone="+31301234567",
                   city="Utrecht", country="NL"), "Beste Sanne,", "14 oktober 2026"),
    "sv": (contact("Erik Lundgren", given="Erik", family="Lundgren", title="Försäljningschef",
                   company="Lundgren Verkstad AB", email="erik@lundgren.example", phone="+46311234567",
                   city="Göteborg", country="SE"), "Hej Erik,", "14 oktober 2026"),
    "es": (contact("Lucía Navarro", given="Lucía", family="Navarro", title="Directora de compras",
                   company="Navarro Ingeniería S.L.", email="lucia@navarro.example", phone="+34961234567",
                   city="Valencia", country="ES"), "Estimada Lucía:", "14 de octubre de 2026"),
    "pt": (contact("João Ferreira", given="João", family="Ferreira", title="Engenheiro de software",
                   company="Ferreira Tecnologia Lda", email="joao@ferreira.example", phone="+351221234567",
                   city="Porto", country="PT"), "Caro João,", "14 de outubro de 2026"),
}

NO_EMAIL = contact("Hans Bauer", given="Hans", family="Bauer", title="Einkäufer", company="Bauer Holz KG",
                   email=None, phone="+49891234567", city="München", country="DE")


def eight_languages(path: Path) -> dict[str, int]:
    """A library with one kept card per language (each with a two-line note) and a kept card without e-mail.
    Returns language -> card id (and "none" -> the card without e-mail)."""
    with Library.open(path) as lib:
        ids = add(lib, "evening", *(p[0] for p in PEOPLE.values()), NO_EMAIL, event=EVENT, taken_at=MET)
        for card_id in ids:
            lib.set_pocket(card_id, "keep")
        for (lang, _), card_id in zip(PEOPLE.items(), ids, strict=False):
            lib.set_note(card_id, f"note {lang}: first line\nsecond line {lang}")
    return {**dict(zip(PEOPLE, ids, strict=False)), "none": ids[-1]}
