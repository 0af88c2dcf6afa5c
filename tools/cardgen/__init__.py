"""cardgen: synthetic business cards and realistic photos of them, with exact truth, for cardscan's tests.

Quick use:
    card = cardgen.random_card(seed=1)                  # straight card image (PIL) + card.truth()
    photo = cardgen.make_photo(7, "phone")              # numpy RGB in display orientation + truth
    cardgen.write_photo(photo, "out", "p7")             # out/p7.jpg + out/p7.truth.json
    cardgen.generate("out", count=50, seed=3)           # a whole set

No real person's data: names, companies, domains and numbers are combined at random; phone numbers use ranges
reserved for fiction where the numbering plan has them (UK London, USA).
"""

from .contacts import LOCALES, ContactSpec, make_contact
from .output import PRESETS, SAMPLE_PLAN, encode, generate, photo_seed, stored_pixels, write_photo
from .photo import KINDS, Photo, rotation_of
from .qr import mecard_payload, vcard_payload
from .render import RenderedCard, random_card, render_card
from .scenes import make_photo
from .styles import LAYOUTS, CardStyle, random_style

__all__ = [
    "KINDS", "LAYOUTS", "LOCALES", "PRESETS", "SAMPLE_PLAN", "CardStyle", "ContactSpec", "Photo", "RenderedCard",
    "encode", "generate", "make_contact", "make_photo", "mecard_payload", "photo_seed", "random_card",
    "random_style", "render_card", "rotation_of", "stored_pixels", "vcard_payload", "write_photo",
]
