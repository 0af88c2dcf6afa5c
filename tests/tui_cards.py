"""Synthetic cards for the triage app's tests and benchmark: fictional people, example domains, and card
pictures drawn with Pillow (shapes only, so every machine draws the same pixels). Stored through the
library's own API, as a scan stores them."""

from __future__ import annotations

import asyncio
import hashlib
import io
import time
from collections.abc import Callable, Coroutine
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from textual.pilot import Pilot

from cardscan.model import Address, Card, Contact, Field, Phone, SocialProfile
from cardscan.store import Library
from cardscan.tui.app import TriageApp
from cardscan.tui.config import TriageConfig
from cardscan.tui.session import TriageSession

EVENT = "Fair 2026-10-14"
TAKEN_AT = datetime(2026, 10, 14, 10, 30)
TODAY = date(2026, 10, 20)

# Fictional people: given names x family names (1,000 distinct), companies and places on example domains.
GIVEN = ["Lena", "Joris", "Chiara", "Élodie", "Sven", "María José", "Tobias", "Ingrid", "Luca", "Amélie", "Pieter",
         "Astrid", "Jonas", "Greta", "Matteo", "Camille", "Lars", "Sofia", "Henrik", "Noor"]
FAMILY = ["Vogt", "de Wit", "Bellini", "Marchand", "Lindqvist", "García López", "Kessler", "Holm", "Ferrara",
          "Rousseau", "van Dijk", "Nyberg", "Brandt", "Lorenz", "Colombo", "Lefèvre", "Ekström", "Moreira",
          "Aalders", "Richter", "Fontana", "Girard", "Sandberg", "Navarro", "Hoekstra", "Winter", "Rinaldi",
          "Dubois", "Åkesson", "Ortega", "Bakker", "Schreiber", "Gallo", "Mercier", "Lund", "Castillo", "Visser",
          "Engel", "Marino", "Perrin", "Berglund", "Serrano", "Mulder", "Hartmann", "Greco", "Fournier", "Dahl",
          "Romero", "Smit", "Keller"]
# title, company, domain, (country code, E.164 prefix, printed prefix), (street, postcode, city, country)
FIRMS = [
    ("Head of Sales", "Nordlicht Systems GmbH", "nordlicht.example.de", ("+4930901", "Tel. 030 901"),
     ("Friedrichstraße 12", "10117", "Berlin", "DE")),
    ("Projectmanager", "Stichting Kanaal", "kanaal.example.nl", ("+3120123", "T 020 123 "),
     ("Keizersgracht 1", "1015 CJ", "Amsterdam", "NL")),
    ("Responsabile acquisti", "Vetri Lago S.r.l.", "vetrilago.example.it", ("+390212", "Tel. 02 12"),
     ("Via Roma 10", "20121", "Milano", "IT")),
    ("Directrice artistique", "Atelier Quai Sud", "quaisud.example.fr", ("+3314260", "Tél. 01 42 60 "),
     ("12 rue de la Paix", "75002", "Paris", "FR")),
    ("CTO", "Fjord Data AB", "fjorddata.example.se", ("+468123", "Tfn 08-123 "),
     ("Storgatan 5", "111 51", "Stockholm", "SE")),
    ("Directora comercial", "Olivar Verde S.L.", "olivarverde.example.es", ("+3491230", "Tel. 91 230 "),
     ("Calle Mayor, 7", "28013", "Madrid", "ES")),
]
COLOURS = [(32, 86, 160), (176, 48, 56), (40, 128, 88), (120, 72, 150), (210, 140, 30), (30, 130, 140)]


def card_picture(index: int, size: tuple[int, int] = (1050, 600), fmt: str = "PNG") -> bytes:
    """A card-like picture: white card, coloured band and logo, grey bars for the lines of text. PNG by default
    (the same pixels everywhere, for snapshots); JPEG as a scan stores it, for the benchmark."""
    width, height = size
    colour = COLOURS[index % len(COLOURS)]
    image = Image.new("RGB", size, (246, 244, 238))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, height // 7), fill=colour)
    draw.ellipse((width - 230, height // 7 + 40, width - 70, height // 7 + 200), fill=colour)
    for line in range(5):
        top = height // 7 + 60 + line * 70
        length = (620, 480, 540, 420, 500)[(line + index) % 5]
        shade = 40 if line == 0 else 110
        draw.rectangle((70, top, 70 + length, top + (34 if line == 0 else 22)), fill=(shade, shade, shade))
    out = io.BytesIO()
    if fmt == "JPEG":
        draw.text((70, height - 60), f"card {index}", fill=(90, 90, 90))  # every picture a different file
        image.save(out, format="JPEG", quality=85)
    else:
        image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def person(index: int) -> tuple[str, str]:
    return GIVEN[index % len(GIVEN)], FAMILY[(index // len(GIVEN)) % len(FAMILY)]


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if c.isalnum() and c.isascii())


def contact_for(index: int, *, low_confidence: bool = True) -> Contact:
    given, family = person(index)
    name = f"{given} {family}"
    title, company, domain, (e164, printed), (street, postcode, city, country) = FIRMS[index % len(FIRMS)]
    email = f"{_ascii(given)}.{_ascii(family)}@{domain}"
    number = f"{e164}{index % 10000:04d}"
    shaky = 0.42 if low_confidence and index % 3 == 1 else 0.93
    return Contact(
        name=Field(name, 0.95, name),
        given_name=Field(given, 0.95, name),
        family_name=Field(family, 0.95, name),
        title=Field(title, shaky, title),
        company=Field(company, 0.9, company),
        emails=[Field(email, 0.97, f"E-mail: {email}")],
        phones=[Field(Phone(number, "work", f"{printed}{index % 10000:04d}"), 0.88, f"{printed}{index % 10000:04d}")],
        websites=[Field(f"https://www.{domain}", 0.9, f"www.{domain}")],
        social=[Field(SocialProfile("linkedin", f"https://linkedin.com/in/{_ascii(given)}{_ascii(family)}"), 0.8,
                      f"linkedin.com/in/{_ascii(given)}{_ascii(family)}")],
        address=Field(Address(street, postcode, city, None, country), 0.7, f"{street}, {postcode} {city}"),
    )


def add_cards(library: Library, count: int, *, start: int = 0, event: str = EVENT, pictures: int = 6,
              folder: str = "/photos/fair", picture_size: tuple[int, int] = (1050, 600), fmt: str = "PNG") -> list[int]:
    """Store `count` cards, one photo each (photo numbers start..start+count-1), with `pictures` distinct card
    pictures among them. Returns their ids."""
    crops = [card_picture(i, picture_size, fmt) for i in range(min(pictures, count))]
    ids: list[int] = []
    for n in range(start, start + count):
        source = f"{folder}/IMG_{n:04d}.jpg"
        card = Card(contact=contact_for(n), card_index=0, quad=[(0, 0), (1050, 0), (1050, 600), (0, 600)],
                    text="\n".join(f.source for f in contact_for(n).emails), source_path=source)
        ids += library.add_photo(sha256=hashlib.sha256(source.encode()).hexdigest(), source_path=source,
                                 photo_path=None, taken_at=TAKEN_AT, event=event,
                                 cards=[(card, crops[(n - start) % len(crops)])])
    return ids


def make_library(path: Path, count: int, **kwargs: object) -> list[int]:
    with Library.open(path) as library:
        return add_cards(library, count, **kwargs)  # type: ignore[arg-type]


# --- driving the app ---


def open_session(library: Library, **kwargs: Any) -> TriageSession:
    session = TriageSession(library, today=lambda: TODAY, **kwargs)
    session.load()
    return session


def new_app(session: TriageSession, config: TriageConfig | None = None) -> TriageApp:
    return TriageApp(session, config=config, today=lambda: TODAY)


def run(scenario: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run an async Pilot scenario from a plain test function."""
    asyncio.run(scenario())


async def wait_for(pilot: Pilot[Any], condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let the app run until `condition()` holds (a worker, a timer); fails the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the app did not reach the expected state in time")
        await pilot.pause(0.05)


def shown_text(app: TriageApp) -> str:
    """The text of the current screen, as a terminal would show it."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
