"""fakercards: an independent synthetic business-card benchmark set (scripts/bench_indep.py, `make bench-indep`).

Its words come from Faker (a dev/bench dependency; cardscan never imports it) in 15 locales, its layouts and fonts
are its own (render.py): nothing is shared with tools/cardgen, against whose cards the extractor was developed.
`generate(folder, n, seed, evaluation)` writes card i of a seed as i.jpg (or .png for a flat scan) plus
i.truth.json: {"locale", "layout", "font", "kind", "quad", "labels"} where labels are in the plain form the
real-card scorer hashes (../shared/realcards/score.py hash).

Development and evaluation sets are kept apart by vocabulary, layout and font: every Faker list (given and
family names, job titles, companies, cities) is split in two halves by a hash of the word (contacts.py,
`vocabulary_half`), the development set draws from one and the evaluation set from the other; the development
set draws DEV_LAYOUTS in the development fonts; the evaluation set draws those and the evaluation-only layouts
(EVAL_LAYOUTS: company_big, portrait, no_person) and font (Roboto), which the development set never draws
(render.py, layouts_more.py).
"""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import cv2

from .contacts import LOCALES, make_contact
from .photo import as_photo, as_scan
from .render import DEV_LAYOUTS, EVAL_FONTS, EVAL_LAYOUTS, missing_fonts, render

__all__ = ["DEV_LAYOUTS", "EVAL_FONTS", "EVAL_LAYOUTS", "GENERIC_LOCALS", "LOCALES", "VERSION", "generate", "make_card",
           "missing_fonts"]

VERSION = 5  # bumped whenever the cards of a seed change (the cache folder is named after it)
GENERIC_LOCALS = ("info", "contact", "office", "hello", "kontakt")


def layouts_of(evaluation: bool) -> tuple[str, ...]:
    return DEV_LAYOUTS + EVAL_LAYOUTS if evaluation else DEV_LAYOUTS


def make_card(seed: int, index: int, evaluation: bool = False) -> tuple[object, dict[str, object]]:
    """Card `index` of a seed set: (BGR image, truth). Locales and layouts take turns, so every set is balanced."""
    rng = random.Random(f"fakercards:{seed}:{index}")
    locale = LOCALES[index % len(LOCALES)]
    layouts = layouts_of(evaluation)
    layout = layouts[(index // len(LOCALES) + index) % len(layouts)]
    contact = make_contact(locale, rng.randrange(2**31), half=int(evaluation))
    if layout == "no_person":  # a company's card: no name, no title, a generic e-mail address
        contact = dataclasses.replace(contact, name="", bare_name="", title="", department="",
                                      email=f"{rng.choice(GENERIC_LOCALS)}@{contact.domain}", linkedin="")
    card, family = render(contact, layout, rng, evaluation=evaluation)
    kind = "scan" if rng.random() < 0.2 else "photo"
    image, quad = (as_scan if kind == "scan" else as_photo)(card, rng)
    truth = {"locale": locale, "layout": layout, "font": family, "kind": kind, "quad": quad,
             "labels": contact.labels()}
    return image, truth


def generate(folder: Path, n: int, seed: int, evaluation: bool = False) -> list[Path]:
    """Write cards 0..n-1 of a seed into folder (kept when already there); returns the image paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        truth_path = folder / f"{i:04d}.truth.json"
        existing = [p for p in (folder / f"{i:04d}.jpg", folder / f"{i:04d}.png") if p.is_file()]
        if existing and truth_path.is_file():
            paths.append(existing[0])
            continue
        image, truth = make_card(seed, i, evaluation)
        path = folder / f"{i:04d}.{'png' if truth['kind'] == 'scan' else 'jpg'}"
        quality = random.Random(f"jpeg:{seed}:{i}").randint(70, 92)
        cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, quality] if path.suffix == ".jpg" else [])
        truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=1))
        paths.append(path)
    return paths
